"""The Messages tab: the outbox. Every message Cadence wrote to a customer (invoices,
renewal notices, reminders), what waits for the owner first, the selected one below
the list, and what can be done with it: send it, print it, open it in the owner's
own mail program, save it, mark it as handled, or discard it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError, message
from cadence.domain.messages import MessageKind
from cadence.services.outbox import (
    PDF,
    UNFINISHED,
    WAITING_FOR_OWNER,
    AttachmentFile,
    AttachmentRecord,
    MessageRecord,
    Summary,
    attachment_file,
    discard,
    get_message,
    list_messages,
    mark_handled,
    read_summary,
    send_again,
)
from cadence.store.models import MessageStatus
from cadence.ui.customers.prompts import confirm
from cadence.ui.invoices.printing import PrintDialog, ask_printer
from cadence.ui.operations import Change, DbOp
from cadence.ui.outbox.detail import SENDABLE, MessageDetail
from cadence.ui.outbox.files import (
    FOLDER_KEY,
    OpenUrl,
    Written,
    open_attachment,
    safe_name,
    write_attachment,
    write_email,
)
from cadence.ui.outbox.labels import (
    Show,
    delivery_note,
    error_words,
    kind_label,
    show_labels,
    status_label,
    status_tint,
    when,
)
from cadence.ui.outbox.printing import letter, load_pdf, message_pages, print_pages
from cadence.ui.save_dialog import PathChooser, ask_where
from cadence.ui.tab import AppContext, Tab, restore_splitter, save_splitter
from cadence.ui.tables import Column, PagedModel, SearchableTable

STATUS_SECONDS = 8
# In proportion to the room the list has. The date, the kind and the status are never
# cut short: those two as wide as their longest words in the interface's language.
WRITTEN, CUSTOMER, SUBJECT, TO, DELIVERY = 105, 150, 275, 160, 130
WHOLE_COLUMNS = (0, 2, 5)
# What the owner's actions change: a message waiting for them is also an alert.
MESSAGES_CHANGES = frozenset({Change.MESSAGES, Change.ALERTS})


@dataclass(frozen=True)
class Printable:
    """What printing a message needs: its text, and its PDF attachments' bytes."""

    subject: str
    body: str
    pdfs: tuple[AttachmentFile, ...]


class MessagesTab(Tab):
    """The outbox, newest first, filtered by status, with the selected message below."""

    name = "messages"
    send_queued_requested = Signal()  # the owner asked for the queued messages to go now

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        print_dialog: PrintDialog = ask_printer,
        open_url: OpenUrl = QDesktopServices.openUrl,
        choose_path: PathChooser | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._print_dialog = print_dialog
        self._open_url = open_url
        self._choose_path = choose_path or ask_where(self, FOLDER_KEY)
        self._show = Show.TO_HANDLE
        self._current: MessageRecord | None = None
        self._reveal_id: int | None = None  # show_record's message, selected once loaded
        self.confirmation: QWidget | None = None
        self.context_menu: QMenu | None = None

        self.summary = QLabel(self)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.send_queued_button = QPushButton(self.tr("Send waiting messages now"), self)
        self.send_queued_button.setToolTip(
            self.tr("Cadence sends them every two minutes; this sends them at once")
        )
        self.send_queued_button.clicked.connect(self.send_queued_requested)
        self.show_choice = QComboBox(self)
        for choice, label in show_labels():
            self.show_choice.addItem(label, choice)
        self.show_choice.currentIndexChanged.connect(self._show_chosen)

        self.model: PagedModel[MessageRecord] = PagedModel(
            context.operations,
            self._columns(),
            self._query,
            row_id=lambda row: row.id,
            refresh_on={Change.MESSAGES},
            default_sort="created_at",
            colour=status_tint,
        )
        self.table = SearchableTable(
            self.model,
            settings_key="messages",
            placeholder=self.tr("Search by customer, subject or address"),
            parent=self,
        )
        self.table.set_row_id(lambda row: row.id)
        # Newest first, always: the outbox has no other order.
        self.table.view.setSortingEnabled(False)
        self.table.view.horizontalHeader().setSortIndicatorShown(False)
        metrics = self.table.view.fontMetrics()

        def widest(words: Iterable[str]) -> int:
            return max(metrics.horizontalAdvance(word) for word in words) + 16

        kinds = widest(kind_label(kind) for kind in MessageKind)
        statuses = widest(status_label(status) for status in MessageStatus)
        self.table.set_default_widths(
            (WRITTEN, CUSTOMER, kinds, SUBJECT, TO, statuses, DELIVERY), whole=WHOLE_COLUMNS
        )
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.model.loaded.connect(self._loaded)
        self.table.selected.connect(self._selected)
        self.table.context_menu_requested.connect(self._context_menu)

        self.detail = MessageDetail(self)
        self.detail.send_requested.connect(self.send_selected)
        self.detail.print_requested.connect(self.print_current)
        self.detail.open_in_mail_requested.connect(self.open_in_mail)
        self.detail.save_requested.connect(self.save_as_eml)
        self.detail.handled_requested.connect(self.mark_handled)
        self.detail.discard_requested.connect(self.archive_selected)
        self.detail.attachment_opened.connect(self.open_attachment)
        self.detail.attachment_saved.connect(self.save_attachment)
        self._build_actions()

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.send_queued_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:"), self))
        filters.addWidget(self.show_choice)
        # The table's search box, beside the filter: one row less above the list.
        filters.addWidget(self.table.search_box, 1)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(filters)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        restore_splitter(self.splitter, "messages/splitter", [260, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        context.operations.changed.connect(self._data_changed)
        self._selected(None)
        self.model.reload()
        self._read_summary()

    # -- the list -------------------------------------------------------------------

    def _columns(self) -> list[Column[MessageRecord]]:
        def error_tip(row: MessageRecord) -> str:
            return error_words(row) or delivery_note(row, self.context.clock.today())

        return [
            Column(self.tr("Written"), lambda r: when(r.created_at, self.context.clock.today())),
            Column(
                self.tr("Customer"), lambda r: r.customer_name, tooltip=lambda r: r.customer_name
            ),
            Column(self.tr("What"), lambda r: kind_label(r.kind)),
            Column(self.tr("Subject"), lambda r: r.subject, tooltip=lambda r: r.subject),
            Column(self.tr("To"), lambda r: r.recipient or self.tr("(no address)")),
            Column(self.tr("Status"), lambda r: status_label(r.status)),
            Column(
                self.tr("Delivery"),
                lambda r: delivery_note(r, self.context.clock.today()),
                tooltip=error_tip,
            ),
        ]

    def _query(
        self, session: Session, *, search: str, offset: int, limit: int, sort: str, descending: bool
    ) -> list[MessageRecord]:
        # Runs on the reader thread: reads the choice once (a value, never a widget).
        statuses = self._show.value
        return list_messages(session, statuses=statuses, search=search, offset=offset, limit=limit)

    def _show_chosen(self) -> None:
        self._show = self.show_choice.currentData()
        self.model.reload()

    def _loaded(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            self.empty.setText(
                self.tr("No message matches this search.")
                if self.model.search
                else self.tr("Nothing waits for you: every message went or was dealt with.")
                if self._show is Show.TO_HANDLE
                else self.tr("No message here.")
            )
        self.empty.setVisible(empty)
        if self._reveal_id is not None and self.table.select_or_fetch(self._reveal_id):
            self._reveal_id = None

    def _selected(self, row: MessageRecord | None) -> None:
        self._current = row
        self.detail.show_message(row, self.context.clock.today())
        self._update_actions()

    def _data_changed(self, changes: frozenset[Change], _initiator: object) -> None:
        if Change.MESSAGES in changes:
            self._read_summary()

    # -- the summary line -------------------------------------------------------------

    def _read_summary(self) -> None:
        DbOp(self.context.operations, read_summary).success(self._show_summary).run(self)

    def _show_summary(self, summary: Summary) -> None:
        if summary.configured != self.detail.configured:
            self.detail.configured = summary.configured
            self.detail.show_message(self._current, self.context.clock.today())
        counts = summary.counts
        to_handle = sum(counts.get(status, 0) for status in WAITING_FOR_OWNER)
        waiting = counts.get(MessageStatus.QUEUED, 0) + counts.get(MessageStatus.SENDING, 0)
        parts = [
            self.tr("%n to handle", "", to_handle) if to_handle else self.tr("Nothing to handle")
        ]
        if waiting:
            parts.append(self.tr("%n waiting to go", "", waiting))
        if summary.last_sent is not None:
            parts.append(
                self.tr("last sent {time}").format(
                    time=when(summary.last_sent, self.context.clock.today())
                )
            )
        self.summary.setText(" · ".join(parts))

    def set_sending(self, sending: bool) -> None:
        """While the waiting messages are being sent, the button says so."""
        self.send_queued_button.setEnabled(not sending)
        self.send_queued_button.setText(
            self.tr("Sending…") if sending else self.tr("Send waiting messages now")
        )

    # -- actions ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.customer_action = QAction(self.tr("Show the customer"), self)
        self.customer_action.triggered.connect(self._show_customer)
        self.invoice_action = QAction(self.tr("Show the invoice"), self)
        self.invoice_action.triggered.connect(self._show_invoice)

    def _update_actions(self) -> None:
        row = self._current
        self.customer_action.setEnabled(row is not None)
        self.invoice_action.setEnabled(row is not None and row.invoice_id is not None)

    def _context_menu(self, row: MessageRecord, position: object) -> None:
        menu = QMenu(self)
        for button in (
            self.detail.send_button,
            self.detail.print_button,
            self.detail.mail_button,
            self.detail.save_button,
            self.detail.handled_button,
            self.detail.discard_button,
        ):
            if not button.isHidden():
                menu.addAction(button.text(), button.click)
        menu.addSeparator()
        menu.addAction(self.customer_action)
        if row.invoice_id is not None:
            menu.addAction(self.invoice_action)
        self.context_menu = menu
        menu.popup(position)  # type: ignore[arg-type]

    def _status(self, text: str) -> None:
        self.context.window.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    def _refuse(self, text: str) -> None:
        """A problem the owner can act on, in the window's usual dialog."""
        self.context.operations.refused.emit(KnownError(message("{summary}", summary=text)))

    def _change(self, work_name: str, record: MessageRecord) -> None:
        message_id, now = record.id, self.context.clock.now()
        today = now.date()
        work = {
            "send": lambda session: send_again(session, message_id, now=now),
            "handled": lambda session: mark_handled(session, message_id, today=today),
            "discard": lambda session: discard(session, message_id, today=today),
        }[work_name]
        done = {
            "send": self.tr("“{subject}” goes by e-mail in a moment."),
            "handled": self.tr("“{subject}” is marked as handled."),
            "discard": self.tr("“{subject}” is discarded: it stays in the history, not sent."),
        }[work_name].format(subject=record.subject)

        def changed(_record: MessageRecord) -> None:
            self._status(done)
            if work_name == "send":
                self.send_queued_requested.emit()

        DbOp(self.context.operations, work, writes=True, changes=MESSAGES_CHANGES).success(
            changed
        ).run(self)

    def send_selected(self) -> None:
        """Queue the message to go by e-mail now; the service says what is missing if
        it cannot (no server set up, no address)."""
        if self._current is not None and self._current.status in SENDABLE:
            self._change("send", self._current)

    def mark_handled(self) -> None:
        if self._current is not None and self._current.status in UNFINISHED:
            self._change("handled", self._current)

    def archive_selected(self) -> None:
        """Delete or "Discard…": give the message up, after asking."""
        record = self._current
        if record is None or record.status not in UNFINISHED:
            return
        self.confirmation = confirm(
            self,
            self.tr("Discard this message?"),
            self.tr(
                "“{subject}” to {customer} will not be sent. It stays in the customer's "
                "history, marked as not sent."
            ).format(subject=record.subject, customer=record.customer_name),
            self.tr("Discard"),
            lambda: self._change("discard", record),
        )

    def open_in_mail(self) -> None:
        """The message as an .eml file, attachments included, opened by the owner's
        mail program (a mailto: link cannot carry attachments)."""
        record = self._current
        if record is None:
            return

        def written(result: Written) -> None:
            if result.problem is not None:
                self._write_refused(result)
                return
            self._open_url(QUrl.fromLocalFile(str(result.path)))
            self._status(
                self.tr(
                    "“{subject}” is open in your mail program: once you have sent it, "
                    "click Mark as handled."
                ).format(subject=record.subject)
            )

        write_email(self.context.operations, record.id, record.subject, None).success(written).run(
            self
        )

    def save_as_eml(self) -> None:
        record = self._current
        if record is None:
            return
        path = self._choose_path(
            self.tr("Save the message as"),
            safe_name(record.subject, ".eml"),
            self.tr("E-mail messages (*.eml)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".eml":
            path = path.with_name(path.name + ".eml")
        write_email(self.context.operations, record.id, record.subject, path).success(
            self._saved
        ).run(self)

    def open_attachment(self, attachment: AttachmentRecord) -> None:
        open_attachment(
            self.context.operations,
            attachment.id,
            attachment.file_name,
            self._open_url,
            lambda problem: self._refuse(problem),
            self,
        )

    def save_attachment(self, attachment: AttachmentRecord) -> None:
        path = self._choose_path(
            self.tr("Save the attachment as"),
            safe_name(attachment.file_name, ""),
            self.tr("All files (*)"),
        )
        if path is not None:
            write_attachment(
                self.context.operations, attachment.id, attachment.file_name, path
            ).success(self._saved).run(self)

    def _saved(self, result: Written) -> None:
        if result.problem is not None:
            self._write_refused(result)
        else:
            self._status(self.tr("Saved to {path}").format(path=str(result.path)))

    def _write_refused(self, result: Written) -> None:
        self._refuse(
            self.tr("The file could not be written to {path}: {problem}").format(
                path=str(result.path), problem=result.problem
            )
        )

    def print_current(self) -> None:
        """Ctrl+P or "Print…": the message as a letter, then its PDF attachments."""
        record = self._current
        if record is None:
            return
        message_id = record.id

        def gather(session: Session) -> Printable:
            current = get_message(session, message_id)
            pdfs = tuple(
                attachment_file(session, attachment.id) for attachment in current.attachments
            )
            return Printable(
                current.subject,
                current.body,
                tuple(pdf for pdf in pdfs if pdf.content_type == PDF),
            )

        DbOp(self.context.operations, gather).success(self._print).run(self)

    def _print(self, printable: Printable) -> None:
        document = letter(printable.subject, printable.body)
        pdfs = [load_pdf(pdf.content, self) for pdf in printable.pdfs]
        try:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(printable.subject)
            pages = message_pages(document, pdfs, printer)
            if not self._print_dialog(printer, len(pages), self):
                return
            # Laid out again: the printer chosen may have another paper or resolution.
            printed = print_pages(message_pages(document, pdfs, printer), printer)
        finally:
            for pdf in pdfs:
                pdf.close()
                pdf.deleteLater()
        self._status(
            self.tr("“{subject}” was sent to the printer (%n page(s)).", "", printed).format(
                subject=printable.subject
            )
        )

    def _show_customer(self) -> None:
        if self._current is not None:
            self.context.navigator.open_record("customers", self._current.customer_id)

    def _show_invoice(self) -> None:
        if self._current is not None and self._current.invoice_id is not None:
            self.context.navigator.open_record("invoices", self._current.invoice_id)

    # -- what the window asks of every tab --------------------------------------------------

    def title(self) -> str:
        return self.tr("Messages")

    def focus_search(self) -> None:
        self.table.focus_search()

    def show_record(self, record_id: int) -> None:
        """The message selected, every filter lifted if it is not in the list."""
        if self.table.select_id(record_id):
            return
        self._reveal_id = record_id
        self.show_choice.blockSignals(True)
        self.show_choice.setCurrentIndex(self.show_choice.findData(Show.ALL))
        self.show_choice.blockSignals(False)
        self._show = Show.ALL
        self.table.search_now("")

    def save_state(self) -> None:
        self.table.save_header()
        save_splitter(self.splitter, "messages/splitter")
