"""The pane under the list: the selected statement line as the bank's file told it,
what Cadence suggests it is (or what it was recorded as), and what the owner can do:
confirm it, correct it, set it aside, or bring it back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cadence.services.reconciliation import LineRow
from cadence.store.models import LineState
from cadence.ui.bank.labels import (
    LEVEL_TEXT,
    LEVEL_TINT,
    SET_ASIDE,
    amount_colour,
    confidence_label,
    confidence_of,
    confidence_tip,
    match_label,
    reason_words,
    source_label,
    suggestion_text,
)
from cadence.ui.formatting import day, money

OPEN_STATES = frozenset({LineState.UNMATCHED, LineState.SUGGESTED})


def _plain_label(parent: QWidget, *, wrap: bool = False) -> QLabel:
    """A label for data (a bank's label, a payer's name): never markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    return label


def badge_style(row: LineRow) -> str:
    """The confidence word's look: its colour on a pale tint of it, rounded."""
    level = confidence_of(row.confidence)
    tint, text = LEVEL_TINT[level], LEVEL_TEXT[level]
    background = f"rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()})"
    return (
        f"color: {text.name()}; background: {background}; border-radius: 8px;"
        " padding: 1px 8px; font-weight: bold;"
    )


class LineDetail(QWidget):
    """One statement line: what the file says, what Cadence suggests, the owner's buttons."""

    confirm_requested = Signal()
    correct_requested = Signal()
    ignore_requested = Signal()
    restore_requested = Signal()
    customer_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: LineRow | None = None

        self.hint = QLabel(
            self.tr("Select a line to see what the bank's file says about it."), self
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)  # greyed: an invitation, not a message

        self.heading = _plain_label(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)

        self.text = _plain_label(self, wrap=True)
        self.payer = _plain_label(self)
        self.iban = _plain_label(self)
        self.fee = _plain_label(self)
        self.reference = _plain_label(self)
        self.end_to_end = _plain_label(self)
        self.value_on = _plain_label(self)
        self.reason = _plain_label(self, wrap=True)
        self.collection = _plain_label(self)
        self.origin = _plain_label(self, wrap=True)
        self.left = QFormLayout()
        self.right = QFormLayout()
        for form in (self.left, self.right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.left.addRow(self.tr("Label:"), self.text)
        self.left.addRow(self.tr("Payer:"), self.payer)
        self.left.addRow(self.tr("Payer's IBAN:"), self.iban)
        self.left.addRow(self.tr("Fee kept:"), self.fee)
        self.right.addRow(self.tr("Bank reference:"), self.reference)
        self.right.addRow(self.tr("End-to-end id:"), self.end_to_end)
        self.right.addRow(self.tr("Value date:"), self.value_on)
        self.right.addRow(self.tr("Return reason:"), self.reason)
        self.right.addRow(self.tr("Debit returned:"), self.collection)
        self.right.addRow(self.tr("From the file:"), self.origin)
        facts = QHBoxLayout()
        facts.addLayout(self.left, 3)
        facts.addSpacing(24)
        facts.addLayout(self.right, 2)

        # What Cadence suggests, in a frame of its own: the part the owner decides on.
        self.suggestion_title = QLabel(self)
        self.suggestion = _plain_label(self, wrap=True)
        bold = QFont(self.suggestion.font())
        bold.setBold(True)
        self.suggestion.setFont(bold)
        self.badge = QLabel(self)
        self.why = _plain_label(self, wrap=True)
        self.why.setEnabled(False)  # greyed: the reason, beside the suggestion
        suggestion_line = QHBoxLayout()
        suggestion_line.setContentsMargins(0, 0, 0, 0)
        suggestion_line.addWidget(self.suggestion, 1)
        suggestion_line.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.frame = QFrame(self)
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(self.frame)
        frame_layout.setContentsMargins(8, 6, 8, 6)
        frame_layout.addWidget(self.suggestion_title)
        frame_layout.addLayout(suggestion_line)
        frame_layout.addWidget(self.why)

        self.confirm_button = QPushButton(self.tr("Confirm"), self)
        self.confirm_button.setToolTip(self.tr("Record it as Cadence suggests"))
        self.correct_button = QPushButton(self.tr("Correct…"), self)
        self.correct_button.setToolTip(self.tr("Say yourself whose money it is and what it pays"))
        self.ignore_button = QPushButton(self.tr("Set aside"), self)
        self.ignore_button.setToolTip(
            self.tr("Not a customer's money (a purchase, a bank fee, a transfer): nothing recorded")
        )
        self.restore_button = QPushButton(self.tr("Bring back"), self)
        self.restore_button.setToolTip(self.tr("Back to the lines to review"))
        self.customer_button = QPushButton(self.tr("Show the customer"), self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button, signal in (
            (self.confirm_button, self.confirm_requested),
            (self.correct_button, self.correct_requested),
            (self.ignore_button, self.ignore_requested),
            (self.restore_button, self.restore_requested),
            (self.customer_button, self.customer_requested),
        ):
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(facts)
        layout.addWidget(self.frame)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.hint)
        self.pages.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    def show_line(self, row: LineRow | None) -> None:
        self.row = row
        if row is None:
            self.pages.setCurrentWidget(self.hint)
            return
        direction = self.tr("Money in") if row.amount > 0 else self.tr("Money out")
        self.heading.setText(
            self.tr("{direction}: {amount} on {day}").format(
                direction=direction, amount=money(row.amount, row.currency), day=day(row.booked_on)
            )
        )
        self.heading.setStyleSheet(f"color: {amount_colour(row.amount).name()};")
        self.text.setText(row.text or self.tr("(no label)"))
        self.payer.setText(row.counterparty or self.tr("(not given)"))
        self.iban.setText(row.counterparty_iban)
        self.left.setRowVisible(self.iban, bool(row.counterparty_iban))
        self.fee.setText(money(row.fee, row.currency))
        self.left.setRowVisible(self.fee, row.fee > 0)
        self.reference.setText(row.bank_reference)
        self.right.setRowVisible(self.reference, bool(row.bank_reference))
        self.end_to_end.setText(row.end_to_end_id)
        self.right.setRowVisible(self.end_to_end, bool(row.end_to_end_id))
        self.value_on.setText(day(row.value_on))
        self.right.setRowVisible(
            self.value_on, row.value_on is not None and row.value_on != row.booked_on
        )
        self.reason.setText(reason_words(row.return_reason))
        self.right.setRowVisible(self.reason, bool(row.return_reason))
        self.collection.setText(row.collection_reference)
        # Found by another id than the line's own (a reference in the label): said apart.
        self.right.setRowVisible(
            self.collection,
            bool(row.collection_reference) and row.collection_reference != row.end_to_end_id,
        )
        origin = (
            self.tr("{file}, line {line} ({format})")
            if row.source_line
            else self.tr("{file} ({format})")
        )
        self.origin.setText(
            origin.format(file=row.file_name, line=row.source_line, format=source_label(row.source))
        )
        self._show_suggestion(row)
        open_line = row.state in OPEN_STATES
        self.confirm_button.setVisible(open_line)
        self.confirm_button.setEnabled(row.match_kind is not None)
        self.correct_button.setVisible(open_line)
        self.ignore_button.setVisible(open_line)
        self.restore_button.setVisible(row.state is LineState.IGNORED)
        self.customer_button.setVisible(row.customer_id is not None)
        self.pages.setCurrentIndex(1)

    def _show_suggestion(self, row: LineRow) -> None:
        match row.state:
            case LineState.CONFIRMED:
                self.suggestion_title.setText(self.tr("Recorded:"))
            case LineState.IGNORED:
                self.suggestion_title.setText(self.tr("Set aside: nothing recorded."))
            case _:
                self.suggestion_title.setText(self.tr("Cadence suggests:"))
        suggested = row.match_kind is not None
        # Nothing suggested: the sentence says so, and what to do, on its own.
        self.suggestion_title.setVisible(suggested or row.state is not LineState.UNMATCHED)
        if row.state is LineState.IGNORED:
            self.suggestion.setText(
                self.tr("Transfer between your own accounts")
                if row.is_transfer
                else self.tr("Not a customer's money (a purchase, a bank fee…)")
            )
        elif suggested:
            self.suggestion.setText(suggestion_text(row))
        else:
            self.suggestion.setText(
                self.tr("Nothing matches: choose the customer with Correct…")
                if row.amount > 0
                else self.tr("Nothing matches: set it aside, or choose the payment it returns")
            )
        if suggested and row.state is LineState.SUGGESTED:
            level = confidence_of(row.confidence)
            self.badge.setText(confidence_label(level))
            self.badge.setToolTip(confidence_tip(level))
            self.badge.setStyleSheet(badge_style(row))
            self.badge.show()
        else:
            self.badge.hide()
        kind = row.match_kind
        self.why.setText(
            "" if kind is None else self.tr("Why: {reason}").format(reason=match_label(kind))
        )
        self.why.setVisible(bool(self.why.text()))
        colour = SET_ASIDE if row.state is LineState.IGNORED else None
        self.suggestion.setStyleSheet("" if colour is None else f"color: {colour.name()};")
