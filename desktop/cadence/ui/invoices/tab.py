"""The Invoices tab: every invoice and credit note, filtered and searched, the selected
one's PDF beside the list, and what can be done with it (print, pay, correct)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind, InvoiceStatus
from cadence.services.invoices import (
    DocumentFilter,
    DocumentPdf,
    InvoiceRow,
    InvoiceToCredit,
    InvoiceToPay,
    document_pdf,
    invoice_page,
    invoice_row,
    invoice_to_credit,
    invoice_to_pay,
    write_pdf,
)
from cadence.services.issuing import IssuedDocument
from cadence.services.payments import PaymentRecord
from cadence.services.pdfs import RegeneratedPdf
from cadence.ui.formatting import day, money
from cadence.ui.invoices.credit_note_dialog import CreditNoteDialog
from cadence.ui.invoices.filters import FilterBar
from cadence.ui.invoices.labels import kind_label, status_label, status_tint
from cadence.ui.invoices.payment_dialog import PaymentDialog
from cadence.ui.invoices.preview import PdfPreview
from cadence.ui.invoices.printing import PrintDialog, ask_printer, print_document
from cadence.ui.invoices.sepa_dialog import SepaDialog
from cadence.ui.operations import Change, DbOp
from cadence.ui.tab import AppContext, Tab, restore_splitter, save_splitter
from cadence.ui.tables import Column, PagedModel, SearchableTable

OpenUrl = Callable[[QUrl], bool]
PREVIEW_DELAY_MS = 120  # arrowing through the list does not open every PDF on the way
STATUS_SECONDS = 8
ISSUE_DATE_COLUMN = 3
# Wide enough for a number, a date, an amount in French or English, in proportion to
# the room the list has; the number, the dates and the amounts are never cut short.
COLUMN_WIDTHS = (100, 72, 170, 82, 82, 92, 92, 130)
WHOLE_COLUMNS = (0, 3, 4, 5, 6)


class InvoicesTab(Tab):
    """Invoices and credit notes, newest first, with the selected one's PDF."""

    name = "invoices"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        print_dialog: PrintDialog = ask_printer,
        open_url: OpenUrl = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(context, parent)
        self._print_dialog = print_dialog
        self._open_url = open_url
        self._current: InvoiceRow | None = None
        self._filter = DocumentFilter()
        self._preview_request = 0  # answers for an older selection are dropped
        self._reveal_id: int | None = None  # show_record's row, selected once loaded
        self.payment_dialog: PaymentDialog | None = None
        self.credit_note_dialog: CreditNoteDialog | None = None
        self.sepa_dialog: SepaDialog | None = None
        self.notice: QMessageBox | None = None
        self.context_menu: QMenu | None = None

        self.filters = FilterBar(context.clock.today, self)
        self.filters.changed.connect(self._filters_changed)
        self.model: PagedModel[InvoiceRow] = PagedModel(
            context.operations,
            self._columns(),
            self._query,
            row_id=lambda row: row.id,
            refresh_on={Change.INVOICES, Change.PAYMENTS},
            default_sort="issue_date",
            colour=status_tint,
        )
        self.table = SearchableTable(
            self.model,
            settings_key="invoices",
            placeholder=self.tr("Search by number or customer"),
            parent=self,
        )
        self.table.set_row_id(lambda row: row.id)
        self._sort_column, self._sort_order = ISSUE_DATE_COLUMN, Qt.SortOrder.DescendingOrder
        header = self.table.view.horizontalHeader()
        header.sortIndicatorChanged.connect(self._sort_changed)
        if QSettings().contains("tables/invoices/header") and self.model.is_sortable(
            header.sortIndicatorSection()
        ):
            self._sort_changed(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:  # newest first, until the owner chooses otherwise
            self.table.set_default_widths(COLUMN_WIDTHS, whole=WHOLE_COLUMNS)
            header.setSortIndicator(ISSUE_DATE_COLUMN, Qt.SortOrder.DescendingOrder)
        self.empty = QLabel(self.tr("No document matches this search and these filters."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.model.loaded.connect(self._loaded)
        self.table.selected.connect(self._selected)
        self.table.activated.connect(lambda _row: self.open_preview())
        self.table.context_menu_requested.connect(self._context_menu)

        self._build_actions()
        self.preview = PdfPreview(self)
        self.preview.write_requested.connect(self._write_pdf)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a customer's name is data
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        # What can be done with the selected document, across the top of the tab as on
        # the Subscriptions tab: beside the preview, French words did not fit a laptop.
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.print_action,
            self.open_folder_action,
            self.payment_action,
            self.credit_note_action,
        ):
            action.setIconText(action.text())  # "…" stays: these open a dialog
            self.toolbar.addAction(action)
            # Framed like the buttons of the other tabs: flat words would not look clickable.
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAutoRaise(False)
        # Not about the selected document: every invoice to collect, apart from the others.
        self.toolbar.addSeparator()
        self.direct_debit_action.setIconText(self.direct_debit_action.text())
        self.toolbar.addAction(self.direct_debit_action)
        button = self.toolbar.widgetForAction(self.direct_debit_action)
        if isinstance(button, QToolButton):
            button.setAutoRaise(False)
        self._preview_pause = QTimer(self)
        self._preview_pause.setSingleShot(True)
        self._preview_pause.setInterval(PREVIEW_DELAY_MS)
        self._preview_pause.timeout.connect(self._load_preview)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(True)
        # Grown or shrunk 3:2 from the first sizes: a laptop shows every column of the
        # list and a preview still readable; a wide screen a larger page.
        restore_splitter(self.splitter, "invoices/splitter", [700, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter)

        context.operations.changed.connect(self._data_changed)
        self._selected(None)

    # -- the list -------------------------------------------------------------------

    def _columns(self) -> list[Column[InvoiceRow]]:
        def total(row: InvoiceRow) -> str:
            # A credit note gives money back: shown as such, beside the invoices.
            sign = -1 if row.kind is InvoiceKind.CREDIT_NOTE else 1
            return money(sign * row.total_gross, row.currency)

        def left_to_pay(row: InvoiceRow) -> str:
            return money(row.left_to_pay, row.currency) if row.left_to_pay > 0 else ""

        def status_text(row: InvoiceRow) -> str:
            if row.debit_to_request:  # past due, announced as debited: the owner's to collect
                if row.status is InvoiceStatus.ISSUED:
                    return self.tr("Direct debit to request")
                return self.tr("{status} · direct debit to request").format(
                    status=status_label(row)
                )
            if row.collection_batch is None:
                return status_label(row)
            if row.status is InvoiceStatus.ISSUED:  # unpaid, and the bank is asked for it
                return self.tr("Collection requested")
            return self.tr("{status} · collection requested").format(status=status_label(row))

        def status_tip(row: InvoiceRow) -> str:
            collecting = (
                "\n"
                + self.tr("Collection requested from the bank (batch {reference})").format(
                    reference=row.collection_batch
                )
                if row.collection_batch is not None
                else ""
            )
            if row.debit_to_request and row.due_date is not None:
                return self.tr(
                    "Due on {day}, announced to the customer as debited: not in a batch yet "
                    "(Direct debit…)"
                ).format(day=day(row.due_date))
            if row.overdue and row.due_date is not None:
                late = (self.context.clock.today() - row.due_date).days
                # %n: Qt picks the plural form the translation gives for this count.
                return (
                    self.tr("Due on {day}: %n day(s) late", "", late).format(day=day(row.due_date))
                    + collecting
                )
            return status_label(row) + collecting

        def kind_tip(row: InvoiceRow) -> str:
            if row.corrects_number:
                return self.tr("Corrects invoice {number}").format(number=row.corrects_number)
            return kind_label(row.kind)

        return [
            Column(self.tr("Number"), lambda r: r.number or self.tr("(draft)"), "number"),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind), tooltip=kind_tip),
            Column(
                self.tr("Customer"), lambda r: r.customer_name, tooltip=lambda r: r.customer_name
            ),
            Column(self.tr("Issued on"), lambda r: day(r.issue_date), "issue_date"),
            Column(self.tr("Due on"), lambda r: day(r.due_date)),
            Column(self.tr("Total incl. VAT"), total, numeric=True),
            Column(self.tr("Left to pay"), left_to_pay, numeric=True),
            Column(self.tr("Status"), status_text, tooltip=status_tip),
        ]

    def _query(
        self, session: Session, *, search: str, offset: int, limit: int, sort: str, descending: bool
    ) -> list[InvoiceRow]:
        # Runs on the reader thread: reads the filter once (it is replaced, never changed).
        filters = self._filter
        return invoice_page(
            session,
            today=self.context.clock.today(),
            filters=filters,
            search=search,
            offset=offset,
            limit=limit,
            sort=sort,
            descending=descending,
        )

    def _filters_changed(self, filters: DocumentFilter) -> None:
        self._filter = filters
        self.model.reload()

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        """Only some columns sort (on an index, so a million rows stay fast): a click on
        another leaves the indicator where the order really is."""
        if self.model.is_sortable(section):
            self._sort_column, self._sort_order = section, order
            return
        header = self.table.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self._sort_column, self._sort_order)
        header.blockSignals(False)
        header.viewport().update()

    def _loaded(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        if self._reveal_id is not None:
            self.table.select_id(self._reveal_id)
            self._reveal_id = None

    def _selected(self, row: InvoiceRow | None) -> None:
        self._current = row
        self._update_actions()
        if row is None:
            self.heading.setText(self.tr("No document selected"))
            self._preview_request += 1
            self.preview.show_nothing()
            return
        self.heading.setText(
            self.tr("{kind} {number} — {customer}").format(
                kind=kind_label(row.kind), number=row.number or "", customer=row.customer_name
            )
        )
        if self.preview.shown is None or self.preview.shown.invoice_id != row.id:
            self._preview_pause.start()

    def _data_changed(self, changes: frozenset[Change], initiator: object) -> None:
        """A PDF written meanwhile (by the background run) replaces its message."""
        shown = self.preview.shown
        if Change.INVOICES in changes and shown is not None and not self.preview.is_ready():
            self._load_preview()

    # -- the preview -------------------------------------------------------------------

    def open_preview(self) -> None:
        """Double-click or Enter: the preview opened (widened if it was folded away)."""
        sizes = self.splitter.sizes()
        if sizes[1] < 200:
            self.splitter.setSizes([max(sizes[0] - 520, 300), 520])
        if self._preview_pause.isActive():
            self._preview_pause.stop()
            self._load_preview()
        self.preview.view.setFocus()

    def _load_preview(self) -> None:
        self._preview_pause.stop()
        row = self._current
        self._preview_request += 1
        if row is None:
            self.preview.show_nothing()
            return
        request, invoice_id = self._preview_request, row.id
        DbOp(self.context.operations, lambda session: document_pdf(session, invoice_id)).success(
            lambda pdf: self._preview_arrived(request, pdf)
        ).run(self)

    def _preview_arrived(self, request: int, pdf: DocumentPdf) -> None:
        if request == self._preview_request:
            self.preview.show_document(pdf)
            self._update_actions()

    def _write_pdf(self, invoice_id: int, number: str) -> None:
        today = self.context.clock.today()
        self._preview_request += 1  # a read still on its way would show the old state
        self.preview.show_writing(number)

        def written(pdf: RegeneratedPdf) -> None:
            self._status(
                self.tr("The PDF of {number} is written: {path}").format(
                    number=number, path=str(pdf.path)
                )
            )
            self._load_preview()

        def refused(error: Exception) -> None:
            self._load_preview()
            self.context.operations.refused.emit(error)

        DbOp(
            self.context.operations,
            lambda session: write_pdf(session, invoice_id=invoice_id, today=today),
            writes=True,
            changes={Change.INVOICES},
        ).success(written).failure(refused).run(self)

    # -- actions ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object]) -> QAction:
            created = QAction(text, self)
            created.triggered.connect(slot)
            return created

        self.preview_action = action(self.tr("Show the PDF"), self.open_preview)
        self.print_action = action(self.tr("Print…"), self.print_current)
        self.open_folder_action = action(self.tr("Open the folder"), self.open_folder)
        self.payment_action = action(self.tr("Record a payment…"), self.record_payment)
        self.credit_note_action = action(self.tr("Credit note…"), self.credit_note)
        self.customer_action = action(self.tr("Show the customer"), self._show_customer)
        self.corrected_action = action(
            self.tr("Show the corrected invoice"), self._show_corrected_invoice
        )
        self.direct_debit_action = action(self.tr("Direct debit…"), self.open_direct_debit)
        self.direct_debit_action.setToolTip(
            self.tr("Collect the open invoices of customers who pay by SEPA direct debit")
        )
        self.print_action.setToolTip(self.tr("Print this document (Ctrl+P)"))
        self.open_folder_action.setToolTip(self.tr("Open the folder that holds this PDF"))

    def _update_actions(self) -> None:
        row = self._current
        shown = self.preview.shown
        this_pdf = (
            shown if shown is not None and row is not None and shown.invoice_id == row.id else None
        )
        is_invoice = row is not None and row.kind is InvoiceKind.INVOICE
        self.preview_action.setEnabled(row is not None)
        self.print_action.setEnabled(this_pdf is not None and self.preview.is_ready())
        self.open_folder_action.setEnabled(this_pdf is not None and this_pdf.path is not None)
        self.payment_action.setEnabled(
            is_invoice and row is not None and row.status in OPEN_STATUSES
        )
        self.credit_note_action.setEnabled(
            is_invoice
            and row is not None
            and row.status not in (InvoiceStatus.DRAFT, InvoiceStatus.CREDITED)
        )
        self.customer_action.setEnabled(row is not None)
        self.corrected_action.setEnabled(row is not None and row.corrects_invoice_id is not None)

    def _context_menu(self, row: InvoiceRow, position: object) -> None:
        menu = QMenu(self)
        menu.addAction(self.preview_action)
        menu.addAction(self.print_action)
        menu.addAction(self.open_folder_action)
        menu.addSeparator()
        menu.addAction(self.payment_action)
        menu.addAction(self.credit_note_action)
        menu.addSeparator()
        menu.addAction(self.customer_action)
        if row.corrects_invoice_id is not None:
            menu.addAction(self.corrected_action)
        self.context_menu = menu
        menu.popup(position)  # type: ignore[arg-type]

    def _status(self, text: str) -> None:
        self.context.window.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    def _ready_pdf(self) -> DocumentPdf | None:
        """The selected document's PDF, if the preview holds it."""
        shown, row = self.preview.shown, self._current
        if row is None or shown is None or shown.invoice_id != row.id:
            return None
        return shown

    def print_current(self) -> None:
        row, shown = self._current, self._ready_pdf()
        if row is None:
            return
        if shown is None or not self.preview.is_ready():
            self._status(
                self.tr("The PDF of {number} is not ready: write it first, then print it.").format(
                    number=row.number or ""
                )
            )
            return
        document = self.preview.document
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(row.number or "")
        if not self._print_dialog(printer, document.pageCount(), self):
            return
        print_document(document, printer)
        self._status(self.tr("{number} was sent to the printer.").format(number=row.number or ""))

    def open_folder(self) -> None:
        shown = self._ready_pdf()
        if shown is None or shown.path is None:
            return
        folder = shown.path.parent
        if not folder.is_dir():
            self._status(
                self.tr("The folder {folder} does not exist any more.").format(folder=str(folder))
            )
            return
        self._open_url(QUrl.fromLocalFile(str(folder)))

    def record_payment(self) -> None:
        row = self._current
        if row is None or not self.payment_action.isEnabled():
            return
        invoice_id = row.id
        DbOp(self.context.operations, lambda session: invoice_to_pay(session, invoice_id)).success(
            self._open_payment_dialog
        ).run(self)

    def _open_payment_dialog(self, invoice: InvoiceToPay) -> None:
        dialog = PaymentDialog(self.context.operations, invoice, self.context.clock.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(lambda record: self._payment_recorded(invoice, record))
        dialog.finished.connect(lambda _result: setattr(self, "payment_dialog", None))
        self.payment_dialog = dialog
        dialog.open()

    def _payment_recorded(self, invoice: InvoiceToPay, record: PaymentRecord) -> None:
        text = self.tr("Payment of {amount} recorded for {number}.").format(
            amount=money(record.amount, record.currency), number=invoice.number
        )
        if record.unallocated > 0:
            text += " " + self.tr("{amount} is kept as {customer}'s credit.").format(
                amount=money(record.unallocated, record.currency), customer=invoice.customer_name
            )
        self._status(text)

    def credit_note(self) -> None:
        row = self._current
        if row is None or not self.credit_note_action.isEnabled():
            return
        invoice_id = row.id
        DbOp(
            self.context.operations, lambda session: invoice_to_credit(session, invoice_id)
        ).success(self._open_credit_note_dialog).run(self)

    def _open_credit_note_dialog(self, invoice: InvoiceToCredit) -> None:
        dialog = CreditNoteDialog(
            self.context.operations, invoice, self.context.clock.today(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.issued.connect(lambda document: self._credit_note_issued(invoice, document))
        dialog.finished.connect(lambda _result: setattr(self, "credit_note_dialog", None))
        self.credit_note_dialog = dialog
        dialog.open()

    def _credit_note_issued(self, invoice: InvoiceToCredit, document: IssuedDocument) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Credit note issued"),
            self.tr(
                "Credit note {number} is issued for {amount} incl. VAT, correcting invoice "
                "{invoice}. Its PDF is written in the background."
            ).format(
                number=document.number,
                amount=money(document.total_gross, document.currency),
                invoice=invoice.number,
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "notice", None))
        self.notice = box
        box.open()

    def open_direct_debit(self) -> None:
        if self.sepa_dialog is not None:
            self.sepa_dialog.raise_()
            return
        dialog = SepaDialog(self.context.operations, self.context.clock, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.written.connect(
            lambda batch: self._status(
                self.tr("Batch {reference} written: {total} to collect on {day}.").format(
                    reference=batch.reference,
                    total=money(batch.total, batch.currency),
                    day=day(batch.collection_date),
                )
            )
        )
        dialog.finished.connect(lambda _result: setattr(self, "sepa_dialog", None))
        self.sepa_dialog = dialog
        dialog.open()

    def _show_customer(self) -> None:
        if self._current is not None:
            self.context.navigator.open_record("customers", self._current.customer_id)

    def _show_corrected_invoice(self) -> None:
        if self._current is not None and self._current.corrects_invoice_id is not None:
            self.show_record(self._current.corrects_invoice_id)

    # -- what the window asks of every tab --------------------------------------------------

    def title(self) -> str:
        return self.tr("Invoices")

    def focus_search(self) -> None:
        self.table.focus_search()

    def archive_selected(self) -> None:
        if self._current is not None:
            self._status(
                self.tr(
                    "An issued invoice is never deleted: to cancel or correct it, issue a "
                    "credit note."
                )
            )

    def show_record(self, record_id: int) -> None:
        """The document found by its number, every filter lifted, and selected."""
        today = self.context.clock.today()
        DbOp(
            self.context.operations, lambda session: invoice_row(session, record_id, today=today)
        ).success(self._reveal).run(self)

    def _reveal(self, row: InvoiceRow) -> None:
        if self.table.select_id(row.id):  # already in the list: the filters stay
            return
        self._reveal_id = row.id
        self.filters.show_everything()
        self._filter = self.filters.current()
        self.table.search_now(row.number or "")

    def save_state(self) -> None:
        self.table.save_header()
        save_splitter(self.splitter, "invoices/splitter")
