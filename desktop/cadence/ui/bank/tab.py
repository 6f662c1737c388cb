"""The Bank tab: the lines of the statements imported, what Cadence suggests each one
is, and the owner's decisions. A line becomes a payment (or a direct-debit batch
collected, or a debit returned) only once the owner confirms it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
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

from cadence.services.bank_import import ImportResult
from cadence.services.reconciliation import (
    SURE,
    LineRow,
    LineView,
    confirm_lines,
    ignore_lines,
    line_counts,
    list_lines,
    restore_lines,
)
from cadence.store.models import LineState
from cadence.ui.bank.correct_dialog import CorrectDialog
from cadence.ui.bank.detail import OPEN_STATES, LineDetail
from cadence.ui.bank.import_dialog import FileChooser, StatementImport
from cadence.ui.bank.labels import Bank, Confidence, confidence_label, suggestion_text, view_labels
from cadence.ui.bank.table import CONFIDENCE, LineModel, PillDelegate, line_columns
from cadence.ui.customers.prompts import confirm
from cadence.ui.formatting import money
from cadence.ui.operations import Change, DbOp
from cadence.ui.tab import AppContext, Tab, restore_splitter, save_splitter
from cadence.ui.tables import SearchableTable

STATUS_SECONDS = 8
# In proportion to the room the list has. The date, the amounts and the confidence
# are never cut short.
DATE, LABEL, PAYER, AMOUNT, FEE, SUGGESTION = 90, 230, 140, 105, 70, 330
WHOLE_COLUMNS = (0, 3, 4, 6)
# What confirming a line records: a payment settles invoices, changes the customer's
# balance and the alerts of what is overdue.
CONFIRM_CHANGES = frozenset(
    {Change.BANK, Change.PAYMENTS, Change.INVOICES, Change.CUSTOMERS, Change.ALERTS}
)
DECISION_CHANGES = frozenset({Change.BANK})


def sure_lines(rows: Iterable[LineRow]) -> list[LineRow]:
    """The lines whose suggestion is sure enough to confirm without a look."""
    return [row for row in rows if row.state is LineState.SUGGESTED and row.confidence >= SURE]


class BankTab(Tab):
    """Statement lines, the latest first, filtered by what is left to decide."""

    name = "bank"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        choose_file: FileChooser | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._view = LineView.TO_REVIEW
        self._current: LineRow | None = None
        self._counts: dict[LineState, int] | None = None
        self._reveal_id: int | None = None  # show_record's line, selected once loaded
        self.confirmation: QWidget | None = None
        self.dialog: CorrectDialog | None = None
        self.context_menu: QMenu | None = None

        self.importer = StatementImport(
            context.operations, context.clock.today, self, choose_file=choose_file
        )
        self.importer.busy_changed.connect(self._import_busy)
        self.importer.imported.connect(self._imported)
        self.import_button = QPushButton(self.tr("Import a statement…"), self)
        self.import_button.setToolTip(
            self.tr(
                "Your bank's statement (OFX, CAMT.053, MT940 or CSV), or a Stripe or PayPal export"
            )
        )
        self.import_button.clicked.connect(self.importer.start)
        self.view_choice = QComboBox(self)
        for choice, label in view_labels({}):
            self.view_choice.addItem(label, choice)
        self.view_choice.currentIndexChanged.connect(self._view_chosen)
        self.confirm_sure_button = QPushButton(self.tr("Confirm all sure matches"), self)
        self.confirm_sure_button.setToolTip(
            self.tr("Record every line shown whose match is {sure}").format(
                sure=confidence_label(Confidence.SURE)
            )
        )
        self.confirm_sure_button.clicked.connect(self.confirm_sure)

        self.model = LineModel(
            context.operations,
            line_columns(),
            self._query,
            row_id=lambda row: row.id,
            refresh_on={Change.BANK, Change.CUSTOMERS},
            default_sort="booked_on",
        )
        self.table = SearchableTable(
            self.model,
            settings_key="bank",
            placeholder=self.tr("Search the label, the payer or the customer"),
            parent=self,
        )
        self.table.set_row_id(lambda row: row.id)
        # The latest first, always: the statement's own order.
        self.table.view.setSortingEnabled(False)
        self.table.view.horizontalHeader().setSortIndicatorShown(False)
        self.table.view.setItemDelegateForColumn(CONFIDENCE, PillDelegate(self.table.view))
        metrics = self.table.view.fontMetrics()
        confidence = (
            max(metrics.horizontalAdvance(confidence_label(level)) for level in Confidence) + 40
        )
        self.table.set_default_widths(
            (DATE, LABEL, PAYER, AMOUNT, FEE, SUGGESTION, confidence), whole=WHOLE_COLUMNS
        )
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(12)
        self.empty.hide()
        self.model.loaded.connect(self._loaded)
        self.table.selected.connect(self._selected)
        # A double-click opens the correction, never records: confirming is a button's.
        self.table.activated.connect(lambda _row: self.correct_selected())
        self.table.context_menu_requested.connect(self._context_menu)

        self.detail = LineDetail(self)
        self.detail.confirm_requested.connect(self.confirm_selected)
        self.detail.correct_requested.connect(self.correct_selected)
        self.detail.ignore_requested.connect(self.ignore_selected)
        self.detail.restore_requested.connect(self.restore_selected)
        self.detail.customer_requested.connect(self._show_customer)

        filters = QHBoxLayout()
        filters.addWidget(self.import_button)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Show:"), self))
        filters.addWidget(self.view_choice)
        # The table's search box, beside the filter: one row less above the list.
        filters.addWidget(self.table.search_box, 1)
        filters.addWidget(self.confirm_sure_button)
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
        restore_splitter(self.splitter, "bank/splitter", [330, 270])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter, 1)

        context.operations.changed.connect(self._data_changed)
        self._selected(None)
        self.model.reload()
        self._read_counts()

    # -- the list -------------------------------------------------------------------

    def _query(
        self, session: Session, *, search: str, offset: int, limit: int, sort: str, descending: bool
    ) -> list[LineRow]:
        # Runs on the reader thread: reads the choice once (a value, never a widget).
        view = self._view
        return list_lines(session, view=view, search=search, offset=offset, limit=limit)

    def _view_chosen(self) -> None:
        self._view = self.view_choice.currentData()
        self.model.reload()

    def _loaded(self) -> None:
        self._show_empty()
        self._update_sure_button()
        if self._reveal_id is not None and self.table.select_or_fetch(self._reveal_id):
            self._reveal_id = None

    def _show_empty(self) -> None:
        empty = self.model.rowCount() == 0
        nothing_yet = self._counts is not None and not any(self._counts.values())
        if nothing_yet:
            text = self.tr(
                "No bank statement yet. Download your account's statement from your bank's "
                "website (OFX, CAMT.053, MT940 or CSV), or your Stripe or PayPal export, "
                "then click “Import a statement…”: Cadence finds which invoices each "
                "payment settles, and you confirm."
            )
        elif self.model.search:
            text = self.tr("No line matches this search.")
        elif self._view is LineView.TO_REVIEW:
            text = self.tr(
                "Nothing to review: every line is confirmed or set aside. Import the next "
                "statement when your bank has it."
            )
        else:
            text = self.tr("No line here.")
        self.empty.setText(text)
        self.empty.setVisible(empty)
        # Before the first statement there is no line to select: the sentence alone.
        self.detail.setVisible(not nothing_yet)

    def _selected(self, row: LineRow | None) -> None:
        self._current = row
        self.detail.show_line(row)

    def _data_changed(self, changes: frozenset[Change], _initiator: object) -> None:
        if Change.BANK in changes:
            self._read_counts()

    def _read_counts(self) -> None:
        DbOp(self.context.operations, line_counts).success(self._show_counts).run(self)

    def _show_counts(self, counts: dict[LineState, int]) -> None:
        self._counts = counts
        for index, (_choice, label) in enumerate(view_labels(counts)):
            self.view_choice.setItemText(index, label)
        self._show_empty()

    def _update_sure_button(self) -> None:
        self.confirm_sure_button.setEnabled(bool(sure_lines(self.model.rows())))

    # -- importing ------------------------------------------------------------------------

    def _import_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.import_button.setText(
            self.tr("Importing…") if busy else self.tr("Import a statement…")
        )

    def _imported(self, result: ImportResult) -> None:
        self._status(Bank().imported(result.file_name, result.new_lines))

    def import_file(self, path: Path) -> None:
        """Import this file as the button does once a file is chosen."""
        self.importer.import_file(path)

    # -- the owner's decisions ----------------------------------------------------------------

    def _status(self, text: str) -> None:
        self.context.window.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    def _recorded_text(self, row: LineRow) -> str:
        return self.tr("Recorded: {what}, {amount}.").format(
            what=suggestion_text(row), amount=money(row.amount, row.currency)
        )

    def confirm_selected(self) -> None:
        """Record the selected line as Cadence (or the owner's correction) suggests."""
        row = self._current
        if row is None or row.state not in OPEN_STATES or row.match_kind is None:
            return
        done = self._recorded_text(row)
        self._confirm([row.id], lambda: self._status(done))

    def confirm_sure(self) -> None:
        """ "Confirm all sure matches": the sure lines shown, after saying how many and how much."""
        rows = sure_lines(self.model.rows())
        if not rows:
            return
        currency = rows[0].currency
        money_in = sum((row.amount for row in rows if row.amount > 0), Decimal(0))
        money_out = -sum((row.amount for row in rows if row.amount < 0), Decimal(0))
        parts = []
        if money_in:
            parts.append(self.tr("{amount} received").format(amount=money(money_in, currency)))
        if money_out:
            parts.append(self.tr("{amount} returned").format(amount=money(money_out, currency)))
        words = Bank()
        in_all = self.tr("In all: {amounts}.").format(amounts=", ".join(parts))
        text = f"{words.confirm_sure(len(rows))}\n\n{in_all}"
        ids = [row.id for row in rows]

        def confirmed() -> None:
            self._status(words.confirmed(len(ids)))

        self.confirmation = confirm(
            self,
            self.tr("Confirm the sure matches"),
            text,
            self.tr("Record them"),
            lambda: self._confirm(ids, confirmed),
        )

    def _confirm(self, line_ids: list[int], done: Callable[[], None]) -> None:
        today = self.context.clock.today()
        DbOp(
            self.context.operations,
            lambda session: confirm_lines(session, line_ids, today=today),
            writes=True,
            changes=CONFIRM_CHANGES,
        ).success(lambda _count: done()).run(self)

    def correct_selected(self) -> None:
        """ "Correct…": the owner says whose money it is and what it pays (or returns)."""
        row = self._current
        if row is None or row.state not in OPEN_STATES:
            return
        dialog = CorrectDialog(self.context.operations, row, self.context.clock.today(), self)
        dialog.corrected.connect(
            lambda _line_id: self._status(
                self.tr("The match is changed. Check it, then click Confirm to record it.")
            )
        )
        self.dialog = dialog
        dialog.open()

    def ignore_selected(self) -> None:
        """ "Set aside": not a customer's money; nothing is recorded, and it can come back."""
        row = self._current
        if row is None or row.state not in OPEN_STATES:
            return
        line_id, today = row.id, self.context.clock.today()
        DbOp(
            self.context.operations,
            lambda session: ignore_lines(session, [line_id], today=today),
            writes=True,
            changes=DECISION_CHANGES,
        ).success(
            lambda _none: self._status(
                self.tr("The line of {amount} is set aside: see it under “Set aside”.").format(
                    amount=money(row.amount, row.currency)
                )
            )
        ).run(self)

    def restore_selected(self) -> None:
        """ "Bring back": a line set aside goes back to the lines to review."""
        row = self._current
        if row is None or row.state is not LineState.IGNORED:
            return
        line_id = row.id
        DbOp(
            self.context.operations,
            lambda session: restore_lines(session, [line_id]),
            writes=True,
            changes=DECISION_CHANGES,
        ).success(
            lambda _none: self._status(
                self.tr("The line of {amount} is back among the lines to review.").format(
                    amount=money(row.amount, row.currency)
                )
            )
        ).run(self)

    def _context_menu(self, row: LineRow, position: object) -> None:
        menu = QMenu(self)
        for button in (
            self.detail.confirm_button,
            self.detail.correct_button,
            self.detail.ignore_button,
            self.detail.restore_button,
            self.detail.customer_button,
        ):
            if not button.isHidden() and button.isEnabled():
                menu.addAction(button.text(), button.click)
        self.context_menu = menu
        menu.popup(position)  # type: ignore[arg-type]

    def _show_customer(self) -> None:
        if self._current is not None and self._current.customer_id is not None:
            self.context.navigator.open_record("customers", self._current.customer_id)

    # -- what the window asks of every tab --------------------------------------------------

    def title(self) -> str:
        return self.tr("Bank")

    def create_new(self) -> None:
        """Ctrl+N: a new statement to import."""
        self.importer.start()

    def focus_search(self) -> None:
        self.table.focus_search()

    def archive_selected(self) -> None:
        """Delete: set the selected line aside (it can be brought back)."""
        self.ignore_selected()

    def show_record(self, record_id: int) -> None:
        """The line selected, every filter lifted if it is not in the list."""
        if self.table.select_id(record_id):
            return
        self._reveal_id = record_id
        self.view_choice.blockSignals(True)
        self.view_choice.setCurrentIndex(self.view_choice.findData(LineView.ALL))
        self.view_choice.blockSignals(False)
        self._view = LineView.ALL
        self.table.search_now("")

    def save_state(self) -> None:
        self.table.save_header()
        save_splitter(self.splitter, "bank/splitter")
