"""Pausing a subscription: from when, and until when."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.errors import KnownError
from cadence.services.lifecycle import default_pause_start, pause_subscription
from cadence.services.subscriptions import SubscriptionRow
from cadence.ui.clock import Clock
from cadence.ui.formatting import day
from cadence.ui.forms import FieldErrors, save_then_close
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.subscriptions.widgets import date_edit, date_of, hint, row_of, set_date


def _choice(first: QWidget, *rest: QWidget) -> QWidget:
    """Radio buttons (and the date one of them needs) stacked as one form field."""
    field = QWidget()
    layout = QVBoxLayout(field)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in (first, *rest):
        layout.addWidget(widget)
    field.setFocusProxy(first)
    return field


class PauseDialog(QDialog):
    """No service and no invoice from the start of the pause until it ends; by default
    from the next period (nothing already invoiced is cut short) until resumed."""

    paused = Signal(object)  # the Pause planned
    ready = Signal()  # the default start is known

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        subscription: SubscriptionRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._subscription = subscription
        today = clock.today()
        self.setMinimumWidth(480)
        self.setWindowTitle(
            self.tr("Pause — {customer}, {plan}").format(
                customer=subscription.customer_name, plan=subscription.plan_name
            )
        )
        self.from_next_period = QRadioButton(self.tr("At the start of the next period"))
        self.from_day = QRadioButton(self.tr("On"))
        self.start = date_edit(today)
        self.from_next_period.setChecked(True)
        self.start_group = QButtonGroup(self)
        self.start_group.addButton(self.from_next_period)
        self.start_group.addButton(self.from_day)
        self.start_field = _choice(self.from_next_period, row_of(self.from_day, self.start))

        self.until_resumed = QRadioButton(self.tr("Until I resume it"))
        self.until_day = QRadioButton(self.tr("Service resumes on"))
        self.end = date_edit(today + relativedelta(months=1))
        self.until_resumed.setChecked(True)
        self.end_group = QButtonGroup(self)
        self.end_group.addButton(self.until_resumed)
        self.end_group.addButton(self.until_day)
        self.end_field = _choice(self.until_resumed, row_of(self.until_day, self.end))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Holidays, closure for works… (optional)"))

        form = QFormLayout()
        form.addRow(self.tr("Pause"), self.start_field)
        form.addRow(self.tr("Until"), self.end_field)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(
            "",
            hint(
                self.tr(
                    "Periods that start during the pause are not invoiced. A period "
                    "already invoiced is served to its end."
                )
            ),
        )
        self.general_error = QLabel()
        self.errors = FieldErrors(
            form,
            {"starts_on": self.start_field, "resumes_on": self.end_field},
            self.general_error,
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            self.tr("Pause the subscription"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        for radio, edit in ((self.from_day, self.start), (self.until_day, self.end)):
            edit.setEnabled(False)
            radio.toggled.connect(edit.setEnabled)

        subscription_id = subscription.id
        DbOp(
            operations,
            lambda session: default_pause_start(
                session, subscription_id=subscription_id, today=today
            ),
        ).success(self._default_known).failure(self._cannot).run(self)

    def _default_known(self, start: date) -> None:
        self.from_next_period.setText(
            self.tr("At the start of the next period, on {day}").format(day=day(start))
        )
        set_date(self.start, start)
        set_date(self.end, start + relativedelta(months=1))
        self.ready.emit()

    def _cannot(self, error: KnownError) -> None:
        self.errors.show(error)
        self.confirm.setEnabled(False)
        self.ready.emit()

    def submit(self) -> None:
        self.errors.clear()
        starts_on = date_of(self.start) if self.from_day.isChecked() else None
        resumes_on = date_of(self.end) if self.until_day.isChecked() else None
        subscription_id, today, reason = (
            self._subscription.id,
            self._clock.today(),
            self.reason.text(),
        )
        op = DbOp(
            self._operations,
            lambda session: pause_subscription(
                session,
                subscription_id=subscription_id,
                today=today,
                starts_on=starts_on,
                resumes_on=resumes_on,
                reason=reason,
            ),
            writes=True,
            changes={Change.SUBSCRIPTIONS},
        )
        save_then_close(
            self, op, button=self.confirm, show_errors=self.errors.show, saved=self.paused.emit
        )
