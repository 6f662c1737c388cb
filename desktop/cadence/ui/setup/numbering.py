"""How invoices and credit notes are numbered, with the next number as an example."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.errors import InvalidValue
from cadence.domain.numbering import NumberMask, ResetRule
from cadence.services.company import CompanyData, NumberingState, SeriesState
from cadence.ui.clock import Clock
from cadence.ui.forms import ERROR_STYLE
from cadence.ui.messages import translated
from cadence.ui.setup.form import Section, form_layout, hint

_UNUSED = SeriesState(next_value=1, locked=False)


class _Series:
    """The mask and reset rule of one series, and the number its next document takes."""

    def __init__(
        self,
        section: NumberingSection,
        example: str,
        resets: Sequence[tuple[str, ResetRule]],
        locked: str,
    ) -> None:
        # The texts come translated from the section: lupdate files them under its name.
        self._section = section
        self._example = example  # "Next invoice: {number}"
        self._state = _UNUSED
        self.mask = QLineEdit()
        self.mask.setClearButtonEnabled(True)
        self.reset = QComboBox()
        for text, rule in resets:
            self.reset.addItem(text, rule)
        self.row = QWidget()
        layout = QHBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mask, 1)
        layout.addWidget(self.reset)
        self.row.setFocusProxy(self.mask)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.locked_note = hint(locked)
        self.locked_note.hide()
        self.mask.textChanged.connect(self.show_next)
        self.reset.currentIndexChanged.connect(self.show_next)

    def rule(self) -> ResetRule:
        return ResetRule(self.reset.currentData())

    def load(self, mask: str, reset: ResetRule) -> None:
        self.mask.setText(mask)
        self.reset.setCurrentIndex(self.reset.findData(reset))

    def set_state(self, state: SeriesState) -> None:
        self._state = state
        # The service refuses a change to a used series; say so before the owner tries.
        self.mask.setReadOnly(state.locked)
        self.reset.setEnabled(not state.locked)
        self.locked_note.setVisible(state.locked)
        self.show_next()

    def show_next(self) -> None:
        try:
            mask = NumberMask.parse(self.mask.text(), self.rule())
        except InvalidValue as error:
            self.preview.setStyleSheet(ERROR_STYLE)
            self.preview.setText(translated(error.message))
            return
        self.preview.setStyleSheet("")
        number = mask.render(self._section.today(), self._state.next_value)
        self.preview.setText(self._example.format(number=number))


class NumberingSection(Section):
    """The two numbering series: one for invoices, one for credit notes."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        resets = [
            (self.tr("restarts every year"), ResetRule.YEARLY),
            (self.tr("restarts every month"), ResetRule.MONTHLY),
            (self.tr("never restarts"), ResetRule.NEVER),
        ]
        locked = self.tr(
            "Documents were numbered this way: it can no longer change, so that "
            "their numbers stay continuous."
        )
        self.invoices = _Series(self, self.tr("Next invoice: {number}"), resets, locked)
        self.credit_notes = _Series(self, self.tr("Next credit note: {number}"), resets, locked)
        self.invoices.preview.setObjectName("next_invoice_number")
        self.credit_notes.preview.setObjectName("next_credit_note_number")
        form = form_layout()
        for label, series in (
            (self.tr("Invoices"), self.invoices),
            (self.tr("Credit notes"), self.credit_notes),
        ):
            form.addRow(label, series.row)
            form.addRow("", series.preview)
            form.addRow("", series.locked_note)
        self._form(
            form, {"invoice_mask": self.invoices.row, "credit_note_mask": self.credit_notes.row}
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "In a mask, {YYYY} is the year, {YY} its last two digits, {MM} the month, "
                    "and {00000} the counter, with at least as many digits as zeros. Letters, "
                    "digits and - _ . / # are printed as typed."
                )
            )
        )
        layout.addWidget(
            hint(
                self.tr(
                    "French law wants one continuous series without gaps: a counter may "
                    "restart each year or month only if the number shows that year or month."
                )
            )
        )
        layout.addStretch(1)
        self.invoices.show_next()
        self.credit_notes.show_next()

    def today(self) -> date:
        return self._clock.today()

    def title(self) -> str:
        return self.tr("Numbering")

    def subtitle(self) -> str:
        return self.tr("How your invoices and credit notes are numbered.")

    def set_state(self, state: NumberingState | None) -> None:
        """Where the series stand (None before the company exists: nothing numbered yet)."""
        self.invoices.set_state(state.invoices if state else _UNUSED)
        self.credit_notes.set_state(state.credit_notes if state else _UNUSED)

    def load(self, data: CompanyData) -> None:
        self.invoices.load(data.invoice_mask, data.invoice_reset)
        self.credit_notes.load(data.credit_note_mask, data.credit_note_reset)

    def values(self) -> dict[str, object]:
        return {
            "invoice_mask": self.invoices.mask.text(),
            "invoice_reset": self.invoices.rule(),
            "credit_note_mask": self.credit_notes.mask.text(),
            "credit_note_reset": self.credit_notes.rule(),
        }
