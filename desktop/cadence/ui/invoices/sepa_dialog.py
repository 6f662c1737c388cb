"""SEPA direct debit: the open invoices of customers who pay by direct debit, the batch
file (pain.008) asked of the bank, and the batches already written.

The first page lists what a batch collected on the chosen day would hold: each
invoice with its mandate and sequence (first or recurring collection), or the
reason it stays out. "Write the batch file…" records the batch and writes its
file in one transaction: a file that cannot be written records nothing. The
second page lists the batches, to save a file again, confirm that the bank
collected, or cancel a batch the bank has not collected yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.direct_debit import BatchStatus, CollectionStatus, MandateScheme
from cadence.domain.errors import ConflictError, KnownError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.exchange.sepa_debit import Pain008Version
from cadence.services.direct_debit import (
    BatchPreview,
    BatchRecord,
    Candidate,
    CollectionRecord,
    batch_collections,
    batch_file,
    cancel_batch,
    confirm_batch,
    create_batch,
    earliest_collection_date,
    list_batches,
    preview_batch,
)
from cadence.services.pdfs import write_atomically
from cadence.ui.clock import Clock
from cadence.ui.customers.cells import Cell, fill_table, read_only_table
from cadence.ui.customers.labels import ATTENTION, GOOD, MUTED
from cadence.ui.customers.mandate_dialog import scheme_label, sequence_label
from cadence.ui.customers.prompts import confirm
from cadence.ui.formatting import day, money
from cadence.ui.forms import ERROR_STYLE, FieldErrors, WrappedLabel, save_then_close
from cadence.ui.messages import error_text, translated
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.save_dialog import PathChooser, ask_where
from cadence.ui.setup.form import form_layout
from cadence.ui.setup.page import page_hint
from cadence.ui.subscriptions.widgets import date_edit, date_of, limit_dates, set_date

AnyIndex = QModelIndex | QPersistentModelIndex
# Called by this name, with the context written out each time: Qt's lupdate finds
# the strings only so.
translate = QCoreApplication.translate
_FOLDER_KEY = "direct_debit/folder"
_VERSION_KEY = "direct_debit/version"
PREVIEW_DELAY_MS = 200  # a date typed digit by digit asks once, at the end
# What may change the invoices a batch can collect: new invoices, payments, mandates.
PREVIEW_ON = frozenset({Change.INVOICES, Change.PAYMENTS, Change.CUSTOMERS, Change.BANK})
# Writing or cancelling a batch changes what the Invoices tab says of its invoices.
BATCH_CHANGES = frozenset({Change.BANK, Change.INVOICES})
# The bank collected: payments are recorded, invoices paid, customers owe less.
CONFIRM_CHANGES = frozenset(
    {Change.BANK, Change.INVOICES, Change.PAYMENTS, Change.CUSTOMERS, Change.SUBSCRIPTIONS}
)
_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Messages",
    "the batch file could not be written to {path}: {reason}. Nothing was recorded: "
    "choose another folder and write it again",
)


class FileNotWritten(ConflictError):
    """The batch file could not be written: raised inside the operation, so that the
    batch it would have recorded is rolled back with it."""


def write_batch_file(
    session: Session,
    *,
    path: Path,
    collection_date: date,
    scheme: MandateScheme,
    version: Pain008Version,
    invoice_ids: list[int],
    today: date,
    created_at: datetime,
) -> BatchRecord:
    """Record the batch and write its file, in the same transaction: if the file cannot
    be written, nothing is recorded."""
    batch, content = create_batch(
        session,
        collection_date=collection_date,
        scheme=scheme,
        today=today,
        created_at=created_at,
        invoice_ids=invoice_ids,
        version=version,
    )
    try:
        write_atomically(content, path)
    except OSError as error:
        raise FileNotWritten(
            message(_NOT_WRITTEN, path=str(path), reason=error.strerror or str(error))
        ) from error
    return batch


def save_file_again(session: Session, *, batch_id: int, path: Path) -> str | None:
    """Write a batch's file as it was first written; the reason when it cannot be."""
    _name, content = batch_file(session, batch_id)
    try:
        write_atomically(content, path)
    except OSError as error:
        return error.strerror or str(error)
    return None


def version_labels() -> list[tuple[Pain008Version, str]]:
    return [
        (
            Pain008Version.V08,
            translate("DirectDebit", "pain.008.001.08 (current banks)"),
        ),
        (
            Pain008Version.V02,
            translate("DirectDebit", "pain.008.001.02 (older bank software)"),
        ),
    ]


def batch_status_text(batch: BatchRecord) -> str:
    if batch.status is BatchStatus.CONFIRMED and batch.confirmed_on is not None:
        return translate("DirectDebit", "Collected (confirmed on {day})").format(
            day=day(batch.confirmed_on)
        )
    if batch.status is BatchStatus.CANCELLED and batch.cancelled_on is not None:
        return translate("DirectDebit", "Cancelled on {day}").format(day=day(batch.cancelled_on))
    return translate("DirectDebit", "Requested, waiting for the bank")


def collection_status_text(status: CollectionStatus) -> str:
    return {
        CollectionStatus.REQUESTED: translate("DirectDebit", "Requested"),
        CollectionStatus.PAID: translate("DirectDebit", "Paid"),
        CollectionStatus.RETURNED: translate("DirectDebit", "Returned by the bank"),
        CollectionStatus.CANCELLED: translate("DirectDebit", "Cancelled"),
    }[status]


@dataclass(frozen=True)
class _Texts:
    """A candidate's cells as shown, made the first time its row is painted."""

    cells: tuple[str, ...]


class CandidatesModel(QAbstractTableModel):
    """The candidates of a batch, each to collect (ticked) or left out; those that
    cannot be collected are greyed, their reason in red. Texts are made only for the
    rows painted, so two thousand candidates show at once."""

    chosen_changed = Signal()

    CUSTOMER, INVOICE, DUE, AMOUNT, MANDATE, COLLECTION = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._candidates: tuple[Candidate, ...] = ()
        self._texts: dict[int, _Texts] = {}
        self.left_out: set[int] = set()  # invoice ids the owner unticked
        self._shown: set[int] = set()  # invoice ids listed before, ticked or not
        self._headers = [
            translate("DirectDebit", "Customer"),
            translate("DirectDebit", "Invoice"),
            translate("DirectDebit", "Due on"),
            translate("DirectDebit", "Amount"),
            translate("DirectDebit", "Mandate"),
            translate("DirectDebit", "Collection"),
        ]

    def set_candidates(self, candidates: tuple[Candidate, ...]) -> None:
        self.beginResetModel()
        self._candidates = candidates
        self._texts = {}
        present = {candidate.invoice_id for candidate in candidates}
        self.left_out &= present  # what was unticked stays unticked
        # An invoice the customer was not told would be debited starts unticked.
        self.left_out |= {
            candidate.invoice_id
            for candidate in candidates
            if not candidate.announced and candidate.invoice_id not in self._shown
        }
        self._shown = present
        self.endResetModel()
        self.chosen_changed.emit()

    def candidate(self, row: int) -> Candidate:
        return self._candidates[row]

    def chosen(self) -> list[Candidate]:
        return [
            candidate
            for candidate in self._candidates
            if candidate.problem is None and candidate.invoice_id not in self.left_out
        ]

    def set_chosen(self, invoice_id: int, chosen: bool) -> None:
        """Tick or untick one invoice, as a click in its box does."""
        row = next(i for i, c in enumerate(self._candidates) if c.invoice_id == invoice_id)
        self.setData(
            self.index(row, 0),
            (Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked).value,
            Qt.ItemDataRole.CheckStateRole,
        )

    # -- what the view asks -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._candidates)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        candidate = self._candidates[index.row()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and candidate.problem is None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _cells(self, row: int) -> tuple[str, ...]:
        texts = self._texts.get(row)
        if texts is None:
            candidate = self._candidates[row]
            collection = (
                translated(candidate.problem)
                if candidate.problem is not None
                else sequence_label(candidate.sequence)
                if candidate.sequence is not None
                else ""
            )
            if candidate.problem is None and not candidate.announced:
                collection = translate("DirectDebit", "{sequence} · not announced").format(
                    sequence=collection
                )
            texts = _Texts(
                (
                    candidate.customer_name,
                    candidate.number,
                    day(candidate.due_date),
                    money(candidate.amount, candidate.currency),
                    candidate.mandate_reference,
                    collection,
                )
            )
            self._texts[row] = texts
        return texts.cells

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        candidate = self._candidates[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(index.row())[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and candidate.problem is None:
            left_out = candidate.invoice_id in self.left_out
            return (Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked).value
        if role == Qt.ItemDataRole.ForegroundRole:
            if candidate.problem is not None:
                return QBrush(ATTENTION if column == self.COLLECTION else MUTED)
            if candidate.invoice_id in self.left_out:
                return QBrush(MUTED)  # left out by the owner: greyed with its box
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.CUSTOMER, self.COLLECTION):
            if column == self.COLLECTION and candidate.problem is None and not candidate.announced:
                return translate(
                    "DirectDebit",
                    "The customer was not told this invoice would be debited: its PDF asks "
                    "for a payment by transfer (issued before the mandate), or its debit came "
                    "back. Tick it only if you warned them, at least 14 days before.",
                )
            return self._cells(index.row())[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        candidate = self._candidates[index.row()]
        if candidate.problem is not None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self.left_out.discard(candidate.invoice_id)
        else:
            self.left_out.add(candidate.invoice_id)
        # The whole row: its text is greyed when it is left out.
        self.dataChanged.emit(index, self.index(index.row(), self.columnCount() - 1))
        self.chosen_changed.emit()
        return True


class SepaDialog(QDialog):
    """A new batch of direct debits, and the batches written before."""

    previewed = Signal()  # a preview arrived and is shown
    batches_loaded = Signal()
    collections_loaded = Signal()
    written = Signal(object)  # the BatchRecord, its file written
    saved_again = Signal(object)  # the Path written, or None when it could not be

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        choose_path: PathChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._preview_request = 0  # only the answer to the latest question is shown
        self._collections_request = 0
        self._closed = False
        self.preview: BatchPreview | None = None
        self.batches: list[BatchRecord] = []
        self.collections: list[CollectionRecord] = []
        self.choose_path: PathChooser = choose_path or ask_where(self, _FOLDER_KEY)
        self.confirm_dialog: ConfirmCollectedDialog | None = None
        self._show_batch: int | None = None  # the batch just written, selected once listed
        self.cancel_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("SEPA direct debit"))
        self.setSizeGripEnabled(True)

        self.pages = QTabWidget()
        self.pages.addTab(self._new_batch_page(), self.tr("New batch"))
        self.pages.addTab(self._batches_page(), self.tr("Batches"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(close)
        self._fit_to_screen()

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PREVIEW_DELAY_MS)
        self._pause.timeout.connect(self.refresh_preview)
        self.collection_date.dateChanged.connect(lambda _day: self._pause.start())
        self.scheme.currentIndexChanged.connect(lambda _index: self.refresh_preview())
        operations.changed.connect(self._on_changed)
        self.refresh_preview()
        self.refresh_batches()

    def _fit_to_screen(self) -> None:
        width, height = 1040, 660
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 40)
        self.resize(width, height)

    # -- the new batch ------------------------------------------------------------------

    def _new_batch_page(self) -> QWidget:
        today = self._clock.today()
        self.collection_date = date_edit(earliest_collection_date(today))
        self.collection_date.setMaximumWidth(170)
        self.scheme = QComboBox()
        for scheme in MandateScheme:
            self.scheme.addItem(scheme_label(scheme), scheme)
        self.version = QComboBox()
        for version, label in version_labels():
            self.version.addItem(label, version)
        remembered = self.version.findData(QSettings().value(_VERSION_KEY, Pain008Version.V08))
        self.version.setCurrentIndex(max(remembered, 0))
        self.problems = WrappedLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.hide()
        form = form_layout()
        form.addRow(self.tr("Collect on"), self.collection_date)
        form.addRow("", self.problems)
        form.addRow(self.tr("Mandate type"), self.scheme)
        form.addRow(self.tr("File format"), self.version)
        explanation = page_hint(
            self.tr(
                "The open invoices due by that day, of the customers who pay by direct "
                "debit. Untick those to leave out. Send the file to your bank (upload it "
                "in your online banking) before the collection day."
            )
        )
        explanation.setMinimumWidth(300)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addSpacing(12)
        top.addWidget(explanation, 2)

        self.candidates = CandidatesModel(self)
        self.candidates.chosen_changed.connect(self._update_summary)
        self.table = QTableView()
        self.table.setModel(self.candidates)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Rows of one height, never measured: two thousand rows show at once.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 120, 95, 105, 190)):
            header.resizeSection(column, width)

        self.summary = QLabel()
        summary_font = QFont(self.summary.font())
        summary_font.setBold(True)
        self.summary.setFont(summary_font)
        self.left_out_note = QLabel()
        self.left_out_note.setStyleSheet(f"color: {MUTED.name()};")
        self.write_button = QPushButton(self.tr("Write the batch file…"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write_batch)
        self.status = WrappedLabel()
        self.status.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addWidget(self.left_out_note, 1)
        bottom.addWidget(self.write_button)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        return page

    def refresh_preview(self) -> None:
        self._pause.stop()
        self._preview_request += 1
        request = self._preview_request
        collection_date, today = date_of(self.collection_date), self._clock.today()
        scheme = MandateScheme(self.scheme.currentData())
        self.write_button.setEnabled(False)
        self.summary.setText(self.tr("Looking for invoices to collect…"))
        self.left_out_note.clear()
        DbOp(
            self._operations,
            lambda session: preview_batch(
                session, collection_date=collection_date, scheme=scheme, today=today
            ),
        ).success(lambda preview: self._previewed(request, preview)).failure(
            self._preview_refused
        ).run(self)

    def _previewed(self, request: int, preview: BatchPreview) -> None:
        if self._closed or request != self._preview_request:
            return  # another day or scheme was chosen since
        self.preview = preview
        self.problems.setText("\n".join(translated(problem) for problem in preview.problems))
        self.problems.setVisible(bool(preview.problems))
        self.candidates.set_candidates(preview.candidates)
        self.previewed.emit()

    def _preview_refused(self, error: KnownError) -> None:
        if not self._closed:
            self.summary.setText("")
            self.problems.setText(error_text(error))
            self.problems.show()

    def _update_summary(self) -> None:
        preview = self.preview
        if preview is None:
            return
        chosen = self.candidates.chosen()
        total = sum((candidate.amount for candidate in chosen), Decimal(0))
        self.summary.setText(
            self.tr("%n invoice(s) to collect: {total}", "", len(chosen)).format(
                total=money(total, "EUR")
            )
        )
        excluded = len(preview.candidates) - len(preview.included)
        unticked = len(preview.included) - len(chosen)
        notes = []
        if excluded:
            notes.append(self.tr("%n cannot be collected (see why in the list)", "", excluded))
        if unticked:
            notes.append(self.tr("%n left out", "", unticked))
        self.left_out_note.setText(" · ".join(notes))
        self.write_button.setEnabled(bool(chosen) and not preview.problems)

    def write_batch(self) -> None:
        preview = self.preview
        chosen = self.candidates.chosen()
        if preview is None or preview.problems or not chosen:
            return
        collection_date = preview.collection_date
        path = self.choose_path(
            self.tr("Save the batch file as"),
            self.tr("direct-debits-{day}.xml").format(day=collection_date.isoformat()),
            self.tr("SEPA files (*.xml)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".xml":
            path = path.with_name(path.name + ".xml")
        scheme, version = preview.scheme, Pain008Version(self.version.currentData())
        invoice_ids = [candidate.invoice_id for candidate in chosen]
        today = self._clock.today()
        # Local time as banks read it in the file's header (no offset).
        created_at = self._clock.now().replace(tzinfo=None)
        QSettings().setValue(_VERSION_KEY, version.value)
        self.write_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing the batch file…"))
        self.status.show()
        DbOp(
            self._operations,
            lambda session: write_batch_file(
                session,
                path=path,
                collection_date=collection_date,
                scheme=scheme,
                version=version,
                invoice_ids=invoice_ids,
                today=today,
                created_at=created_at,
            ),
            writes=True,
            changes=BATCH_CHANGES,
        ).success(lambda batch: self._written(batch, path)).failure(self._write_refused).run(self)

    def _written(self, batch: BatchRecord, path: Path) -> None:
        if self._closed:
            return
        self._show_batch = batch.id
        self.status.setStyleSheet(f"color: {GOOD.name()};")
        self.status.setText(
            self.tr(
                "Batch {reference} is written to {path}: %n collection(s), {total}, on {day}. "
                "Send this file to your bank.",
                "",
                batch.count,
            ).format(
                reference=batch.reference,
                path=str(path),
                total=money(batch.total, batch.currency),
                day=day(batch.collection_date),
            )
        )
        self.written.emit(batch)

    def _write_refused(self, error: KnownError) -> None:
        if self._closed:
            return
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(error))
        self.status.show()
        self._update_summary()

    # -- the batches written --------------------------------------------------------------

    def _batches_page(self) -> QWidget:
        self.batch_table = read_only_table(
            [
                self.tr("Batch"),
                self.tr("Collection date"),
                self.tr("Status"),
                self.tr("Invoices"),
                self.tr("Total"),
                self.tr("Returned"),
            ],
            stretch=2,
        )
        self.batch_table.itemSelectionChanged.connect(self._batch_selected)
        self.save_again_button = QPushButton(self.tr("Save the file again…"))
        self.confirm_button = QPushButton(self.tr("Confirm collected…"))
        self.confirm_button.setToolTip(
            self.tr("The bank credited the batch: its invoices are paid")
        )
        self.cancel_button = QPushButton(self.tr("Cancel the batch…"))
        self.cancel_button.setToolTip(
            self.tr(
                "Withdraw a batch the bank has not collected: its invoices can be collected again"
            )
        )
        self.save_again_button.clicked.connect(self.save_selected_again)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.batch_status = WrappedLabel()
        self.batch_status.hide()
        buttons = QHBoxLayout()
        for button in (self.save_again_button, self.confirm_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.collection_table = read_only_table(
            [
                self.tr("Customer"),
                self.tr("Invoice"),
                self.tr("Amount"),
                self.tr("Collection"),
                self.tr("End-to-end id"),
                self.tr("Status"),
            ],
            stretch=0,
        )
        self.no_batch = QLabel(self.tr("No batch yet: write one on the first page."))
        self.no_batch.setStyleSheet(f"color: {MUTED.name()};")
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.batch_table, 1)
        upper_layout.addWidget(self.no_batch)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.batch_status)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.collections_title = QLabel()
        lower_layout.addWidget(self.collections_title)
        lower_layout.addWidget(self.collection_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 260])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        self._update_batch_actions()
        return page

    def refresh_batches(self) -> None:
        DbOp(self._operations, list_batches).success(self._batches_arrived).run(self)

    def _batches_arrived(self, batches: list[BatchRecord]) -> None:
        if self._closed:
            return
        selected = self.selected_batch()
        wanted = self._show_batch or (selected.id if selected is not None else None)
        self._show_batch = None
        self.batches = batches
        rows = []
        for batch in batches:
            colour = {
                BatchStatus.REQUESTED: None,
                BatchStatus.CONFIRMED: GOOD,
                BatchStatus.CANCELLED: MUTED,
            }[batch.status]
            rows.append(
                (
                    batch.id,
                    [
                        Cell(batch.reference),
                        Cell(day(batch.collection_date)),
                        Cell(batch_status_text(batch), colour=colour),
                        Cell(str(batch.count), numeric=True),
                        Cell(money(batch.total, batch.currency), numeric=True),
                        Cell(
                            str(batch.returned) if batch.returned else "",
                            numeric=True,
                            colour=ATTENTION,
                        ),
                    ],
                )
            )
        position = next((i for i, batch in enumerate(batches) if batch.id == wanted), 0)
        # Refilled and selected again quietly, then shown once: the same row selected
        # again says nothing, yet its batch may have changed.
        with QSignalBlocker(self.batch_table):
            fill_table(self.batch_table, rows)
            if batches:
                self.batch_table.selectRow(position)
        self.no_batch.setVisible(not batches)
        self._batch_selected()
        self.batches_loaded.emit()

    def selected_batch(self) -> BatchRecord | None:
        rows = self.batch_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.batches):
            return None
        return self.batches[rows[0].row()]

    def select_batch(self, batch_id: int) -> None:
        position = next(i for i, batch in enumerate(self.batches) if batch.id == batch_id)
        self.batch_table.selectRow(position)

    def _update_batch_actions(self) -> None:
        batch = self.selected_batch()
        requested = batch is not None and batch.status is BatchStatus.REQUESTED
        self.save_again_button.setEnabled(batch is not None)
        self.confirm_button.setEnabled(requested)
        self.cancel_button.setEnabled(requested)

    def _batch_selected(self) -> None:
        self._update_batch_actions()
        batch = self.selected_batch()
        self._collections_request += 1
        if batch is None:
            self.collections = []
            self.collections_title.setText("")
            fill_table(self.collection_table, [])
            return
        self.collections_title.setText(
            self.tr("Collections of batch {reference}").format(reference=batch.reference)
        )
        request, batch_id = self._collections_request, batch.id
        DbOp(self._operations, lambda session: batch_collections(session, batch_id)).success(
            lambda collections: self._collections_arrived(request, collections)
        ).run(self)

    def _collections_arrived(self, request: int, collections: list[CollectionRecord]) -> None:
        if self._closed or request != self._collections_request:
            return
        self.collections = collections
        colours = {CollectionStatus.RETURNED: ATTENTION, CollectionStatus.CANCELLED: MUTED}
        fill_table(
            self.collection_table,
            [
                (
                    collection.id,
                    [
                        Cell(collection.customer_name),
                        Cell(collection.invoice_number),
                        Cell(money(collection.amount, "EUR"), numeric=True),
                        Cell(sequence_label(collection.sequence)),
                        Cell(collection.end_to_end_id),
                        Cell(
                            collection_status_text(collection.status),
                            colour=colours.get(collection.status),
                        ),
                    ],
                )
                for collection in collections
            ],
        )
        self.collections_loaded.emit()

    def _tell(self, text: str, *, error: bool = False) -> None:
        self.batch_status.setStyleSheet(ERROR_STYLE if error else f"color: {GOOD.name()};")
        self.batch_status.setText(text)
        self.batch_status.show()

    def save_selected_again(self) -> None:
        batch = self.selected_batch()
        if batch is None:
            return
        path = self.choose_path(
            self.tr("Save the batch file as"),
            f"{batch.reference}.xml",
            self.tr("SEPA files (*.xml)"),
        )
        if path is None:
            return
        batch_id = batch.id
        DbOp(
            self._operations,
            lambda session: save_file_again(session, batch_id=batch_id, path=path),
        ).success(lambda problem: self._saved_again(path, problem)).failure(
            lambda error: self._tell(error_text(error), error=True)
        ).run(self)

    def _saved_again(self, path: Path, problem: str | None) -> None:
        if self._closed:
            return
        if problem is not None:
            self._tell(
                self.tr("The file could not be written to {path}: {problem}").format(
                    path=str(path), problem=problem
                ),
                error=True,
            )
            self.saved_again.emit(None)
            return
        self._tell(self.tr("Saved to {path}").format(path=str(path)))
        self.saved_again.emit(path)

    def confirm_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.status is not BatchStatus.REQUESTED or self.confirm_dialog:
            return
        dialog = ConfirmCollectedDialog(self._operations, self._clock, batch, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(
            lambda record: self._tell(
                self.tr("Batch {reference} is collected: its invoices are paid.").format(
                    reference=record.reference
                )
            )
        )
        dialog.finished.connect(lambda _result: setattr(self, "confirm_dialog", None))
        self.confirm_dialog = dialog
        dialog.open()

    def cancel_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.status is not BatchStatus.REQUESTED:
            return
        batch_id, today = batch.id, self._clock.today()

        def cancel_now() -> None:
            DbOp(
                self._operations,
                lambda session: cancel_batch(session, batch_id, today=today),
                writes=True,
                changes=BATCH_CHANGES,
            ).success(
                lambda record: self._tell(
                    self.tr(
                        "Batch {reference} is cancelled: its invoices can be collected again."
                    ).format(reference=record.reference)
                )
            ).failure(lambda error: self._tell(error_text(error), error=True)).run(self)

        self.cancel_box = confirm(
            self,
            self.tr("Cancel a batch"),
            self.tr(
                "Cancel batch {reference} ({count} invoices, {total})? Its invoices can then "
                "be collected in another batch. If you already sent the file to your bank, "
                "ask your bank to withdraw it too."
            ).format(
                reference=batch.reference,
                count=batch.count,
                total=money(batch.total, batch.currency),
            ),
            self.tr("Cancel the batch"),
            cancel_now,
        )

    # -- keeping up -----------------------------------------------------------------------

    def _on_changed(self, changes: frozenset[Change], _initiator: object) -> None:
        if self._closed:
            return
        if changes & PREVIEW_ON:
            self.refresh_preview()
        if Change.BANK in changes:
            self.refresh_batches()

    def done(self, result: int) -> None:
        # An answer arriving after this finds the widgets gone: it is dropped.
        if not self._closed:
            self._closed = True
            self._preview_request += 1
            self._pause.stop()
            self._operations.changed.disconnect(self._on_changed)
        super().done(result)


class ConfirmCollectedDialog(QDialog):
    """The day the bank credited the batch; each of its collections becomes a payment."""

    confirmed = Signal(object)  # the BatchRecord, once confirmed

    def __init__(
        self, operations: Operations, clock: Clock, batch: BatchRecord, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._batch = batch
        today = clock.today()
        self.setWindowTitle(
            self.tr("Batch {reference} collected").format(reference=batch.reference)
        )
        self.setMinimumWidth(460)
        explanation = QLabel(
            self.tr(
                "Each of its {count} invoices is recorded as paid by direct debit on that "
                "day ({total} in all). A collection the bank sends back later is recorded "
                "from the customer's payments."
            ).format(count=batch.count, total=money(batch.total, batch.currency))
        )
        explanation.setWordWrap(True)
        # The bank collects on the collection date, never before (confirm_batch says so):
        # the day asked for lies between it and today.
        collected = batch.collection_date
        self.received_on = date_edit(collected)
        set_date(self.received_on, collected)
        limit_dates(self.received_on, earliest=collected, latest=max(collected, today))
        self.received_on.setMaximumWidth(170)
        form = form_layout()
        form.addRow(self.tr("Credited on"), self.received_on)
        self.general_error = QLabel()
        self.errors = FieldErrors(form, {"received_on": self.received_on}, self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            self.tr("Confirm collected"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.too_soon = WrappedLabel(
            self.tr(
                "The bank collects this batch on {day}: confirm it once the bank has credited it."
            ).format(day=day(collected))
        )
        self.too_soon.setStyleSheet(ERROR_STYLE)
        self.too_soon.setVisible(today < collected)
        self.confirm.setEnabled(today >= collected)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.too_soon)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        batch_id, today = self._batch.id, self._clock.today()
        received_on = date_of(self.received_on)
        self.errors.clear()
        op = DbOp(
            self._operations,
            lambda session: confirm_batch(session, batch_id, received_on=received_on, today=today),
            writes=True,
            changes=CONFIRM_CHANGES,
        )
        save_then_close(
            self, op, button=self.confirm, show_errors=self.errors.show, saved=self.confirmed.emit
        )
