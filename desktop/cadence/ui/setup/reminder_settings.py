"""The reminders page of the settings: which notices Cadence writes, the three levels
of payment reminders, and the late-payment interest rate."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.dunning import MAX_DAYS_AFTER_DUE, DunningStep
from cadence.domain.errors import InvalidValue, Message
from cadence.services.mail_settings import MailSettingsData, ReminderSettings, parse_rate
from cadence.ui.setup.form import amount_text, form_layout, line_edit
from cadence.ui.setup.page import SettingsPage, page_hint


def _centred(box: QCheckBox) -> QWidget:
    """A check box in the middle of its grid cell, under its column's heading."""
    cell = QWidget()
    layout = QHBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
    cell.setFocusProxy(box)
    return cell


class LevelRow:
    """One level of payment reminders: its day and what it adds, as a row of the grid."""

    def __init__(self, level: int, name: str, parent: QWidget) -> None:
        self.level = level
        self.enabled = QCheckBox(name, parent)
        self.days = QSpinBox(parent)
        self.days.setRange(1, MAX_DAYS_AFTER_DUE)
        self.days.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.days.setMinimumWidth(100)
        self.interest = QCheckBox(parent)
        self.indemnity = QCheckBox(parent)
        self.letter = QCheckBox(parent)
        self.enabled.toggled.connect(self._agree)

    def widgets(self) -> list[QWidget]:
        return [
            self.enabled,
            self.days,
            _centred(self.interest),
            _centred(self.indemnity),
            _centred(self.letter),
        ]

    def _agree(self) -> None:
        # A level that is off keeps its choices, greyed, for when it is turned on again.
        for widget in (self.days, self.interest, self.indemnity, self.letter):
            widget.setEnabled(self.enabled.isChecked())

    def load(self, step: DunningStep) -> None:
        self.enabled.setChecked(step.enabled)
        self.days.setValue(step.days_after_due)
        self.interest.setChecked(step.charge_interest)
        self.indemnity.setChecked(step.charge_indemnity)
        self.letter.setChecked(step.attach_letter)
        self._agree()

    def step(self) -> DunningStep:
        return DunningStep(
            level=self.level,
            days_after_due=self.days.value(),
            enabled=self.enabled.isChecked(),
            charge_interest=self.interest.isChecked(),
            charge_indemnity=self.indemnity.isChecked(),
            attach_letter=self.letter.isChecked(),
        )


class RemindersPage(SettingsPage):
    """Renewal notices on or off, the dunning levels and the late-payment rate."""

    wide = True  # the levels' grid needs the width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renewal_notices = QCheckBox(self.tr("Send renewal notices before each renewal"))
        renewals = QVBoxLayout()
        renewals.addWidget(self.renewal_notices)
        renewals.addWidget(
            page_hint(
                self.tr(
                    "Before a subscription renews by itself or reaches the end of its term, "
                    "the customer is told, as French law requires for consumers. How many "
                    "days before, and the offer the notice carries, are set on each plan "
                    "(Plans ▸ Renewal reminder)."
                )
            )
        )
        renewals_box = QGroupBox(self.tr("Renewal notices"))
        renewals_box.setLayout(renewals)

        self.dunning = QCheckBox(self.tr("Send payment reminders"))
        self.dunning.toggled.connect(self._dunning_toggled)
        self.grid = QWidget()
        grid = QGridLayout(self.grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        headings = [
            self.tr("Level"),
            self.tr("Days after the due date"),
            self.tr("Charge late-payment interest"),
            self.tr("Charge the €40 recovery indemnity"),
            self.tr("Attach the letter as a PDF"),
        ]
        for column, text in enumerate(headings):
            heading = QLabel(text)
            heading.setWordWrap(True)
            heading.setAlignment(
                (Qt.AlignmentFlag.AlignLeft if column < 2 else Qt.AlignmentFlag.AlignHCenter)
                | Qt.AlignmentFlag.AlignBottom
            )
            grid.addWidget(heading, 0, column)
        names = [self.tr("Friendly reminder"), self.tr("Firmer reminder"), self.tr("Formal notice")]
        self.levels = [LevelRow(level, name, self.grid) for level, name in enumerate(names, 1)]
        for row, level in enumerate(self.levels, 1):
            for column, widget in enumerate(level.widgets()):
                grid.addWidget(widget, row, column)
        grid.setColumnStretch(5, 1)
        self.grid.setFocusProxy(self.levels[0].enabled)

        self.rate = line_edit(self.tr("e.g. 12,15"))
        self.rate.setMaximumWidth(120)
        rate_row = QWidget()
        rate_line = QHBoxLayout(rate_row)
        rate_line.setContentsMargins(0, 0, 0, 0)
        rate_line.addWidget(self.rate)
        rate_line.addWidget(QLabel(self.tr("% per year")))
        rate_line.addStretch(1)
        rate_row.setFocusProxy(self.rate)

        # The levels in a form of their own: with no label column, the error about
        # them starts at the left, under the grid, as wide as it.
        levels = form_layout()
        levels.addRow(self.dunning)
        levels.addRow(self.grid)
        levels.addRow(
            page_hint(
                self.tr(
                    "Only business customers owe the €40 indemnity: consumers are never "
                    "charged it. A level that is off is skipped."
                )
            )
        )
        self._form(levels, {"steps": self.grid})
        rate = form_layout()
        rate.addRow(self.tr("Late-payment interest rate"), rate_row)
        rate.addRow(
            "",
            page_hint(
                self.tr(
                    "The ECB rate + 10 points, e.g. 12.15. Needed when a level charges interest."
                )
            ),
        )
        self._form(rate, {"late_interest_rate": rate_row})
        self._dunning_parts = [self.grid, rate_row]
        dunning = QVBoxLayout()
        dunning.addLayout(levels)
        dunning.addLayout(rate)
        dunning_box = QGroupBox(self.tr("Payment reminders"))
        dunning_box.setLayout(dunning)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(renewals_box)
        layout.addWidget(dunning_box)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Reminders")

    def subtitle(self) -> str:
        return self.tr(
            "The notices and reminders Cadence writes to your customers; change their "
            "wording in “Message wording”."
        )

    def _dunning_toggled(self, on: bool) -> None:
        for part in self._dunning_parts:
            part.setEnabled(on)

    def load(self, mail: MailSettingsData, reminders: ReminderSettings) -> None:
        self.renewal_notices.setChecked(mail.renewal_notices)
        self.dunning.setChecked(mail.dunning)
        self._dunning_toggled(mail.dunning)
        for row, step in zip(self.levels, reminders.steps, strict=True):
            row.load(step)
        rate = reminders.late_interest_rate
        self.rate.setText(amount_text(rate))

    def mail_settings(self, base: MailSettingsData) -> MailSettingsData:
        """`base` with the two switches of this page as set."""
        return dataclasses.replace(
            base,
            renewal_notices=self.renewal_notices.isChecked(),
            dunning=self.dunning.isChecked(),
        )

    def settings(self) -> tuple[ReminderSettings, dict[str, Message]]:
        """The levels and rate as set, and the error on a rate that cannot be read
        (sent as no rate, so that the service still checks the rest)."""
        steps = tuple(row.step() for row in self.levels)
        try:
            rate = parse_rate(self.rate.text())
        except InvalidValue as error:
            return ReminderSettings(steps, None), {"late_interest_rate": error.message}
        return ReminderSettings(steps, rate), {}
