"""Cancelling a subscription: when the service ends, why, and what it costs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.errors import KnownError, Message, ValidationError
from cadence.domain.lifecycle import CancellationReason
from cadence.services.lifecycle import (
    CancellationPreview,
    CancelWhen,
    cancel_subscription,
    preview_cancellation,
)
from cadence.services.subscriptions import SubscriptionRow
from cadence.ui.clock import Clock
from cadence.ui.formatting import day
from cadence.ui.forms import FieldErrors, save_then_close
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.subscriptions.widgets import hint, local_error
from cadence.ui.subscriptions.wording import last_day, reason_text


class CancelDialog(QDialog):
    """At the end of the period (after the notice and any commitment) or now; the
    reason from the list the churn report counts, and the owner's own words."""

    cancelled = Signal(object)  # the CancellationResult
    ready = Signal()  # what cancelling would do is known

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
        self._preview: CancellationPreview | None = None
        self.setWindowTitle(
            self.tr("Cancel — {customer}, {plan}").format(
                customer=subscription.customer_name, plan=subscription.plan_name
            )
        )
        self.setMinimumWidth(560)
        self.already = hint()
        self.already.hide()
        self.at_period_end = QRadioButton(self.tr("At the end of the period"))
        self.now = QRadioButton(self.tr("Now: the service stops today"))
        self.at_period_end.setChecked(True)
        self.when = QButtonGroup(self)
        self.when.addButton(self.at_period_end)
        self.when.addButton(self.now)
        self.now_explained = hint()
        self.force = QCheckBox(self.tr("Cancel now despite the commitment"))
        self.force.hide()
        self.when_field = QWidget()
        when_layout = QVBoxLayout(self.when_field)
        when_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.at_period_end, self.now, self.now_explained, self.force):
            when_layout.addWidget(widget)
        self.when_field.setFocusProxy(self.at_period_end)

        self.reason = QComboBox()
        # By position: Qt would hand the enums back as plain strings.
        self._reasons: list[CancellationReason | None] = [None, *CancellationReason]
        self.reason.addItem(self.tr("Choose why the customer leaves…"))
        self.reason.addItems([reason_text(reason) for reason in CancellationReason])
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("In the customer's words (optional)"))
        self.note.setFixedHeight(70)

        form = QFormLayout()
        form.addRow("", self.already)
        form.addRow(self.tr("Service ends"), self.when_field)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Details"), self.note)
        self.general_error = QLabel()
        self.errors = FieldErrors(
            form,
            {"when": self.when_field, "reason": self.reason, "note": self.note},
            self.general_error,
        )
        # "Cancel" would be ambiguous here: the buttons say what they do.
        self.buttons = QDialogButtonBox()
        self.keep = self.buttons.addButton(
            self.tr("Keep the subscription"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.confirm = self.buttons.addButton(
            self.tr("Cancel the subscription"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setEnabled(False)  # until the dates are known
        self.keep.setDefault(True)  # Enter never cancels by mistake
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.now.toggled.connect(self._when_changed)

        subscription_id, today = subscription.id, clock.today()
        DbOp(
            operations,
            lambda session: preview_cancellation(
                session, subscription_id=subscription_id, today=today
            ),
        ).success(self._known).failure(self._cannot).run(self)

    def _known(self, preview: CancellationPreview) -> None:
        self._preview = preview
        today = self._clock.today()
        if preview.at_period_end <= today:
            self.at_period_end.setText(self.tr("At the end of the period: the service stops today"))
        elif preview.in_trial:
            self.at_period_end.setText(
                self.tr("When the trial ends: its last day is {day}, nothing is invoiced").format(
                    day=last_day(preview.at_period_end)
                )
            )
        else:
            self.at_period_end.setText(
                self.tr("At the end of the period: the last day of service is {day}").format(
                    day=last_day(preview.at_period_end)
                )
            )
        if preview.scheduled_on is not None:
            self.already.setText(
                self.tr(
                    "A cancellation is already scheduled: the last day of service is {day}. "
                    "Confirming replaces it."
                ).format(day=last_day(preview.scheduled_on))
            )
            self.already.show()
        self.now_explained.setText("\n".join(self._what_now_means(preview)))
        self.force.setVisible(preview.committed_until is not None)
        self._when_changed()
        self.confirm.setEnabled(True)
        self.ready.emit()

    def _what_now_means(self, preview: CancellationPreview) -> list[str]:
        """What cancelling now issues, sentence by sentence."""
        sentences: list[str] = []
        if preview.committed_until is not None:
            sentences.append(
                self.tr("The customer is committed until {day}.").format(
                    day=last_day(preview.committed_until)
                )
            )
        if preview.bills_commitment_from is not None:
            assert preview.committed_until is not None  # only a commitment is billed
            sentences.append(
                self.tr(
                    "Cancelling now invoices the rest of the commitment, from {start} to {end}."
                ).format(
                    start=day(preview.bills_commitment_from), end=last_day(preview.committed_until)
                )
            )
        elif preview.refunded_until is not None:
            sentences.append(
                self.tr(
                    "The days already invoiced after today, until {day}, are refunded by a "
                    "credit note."
                ).format(day=last_day(preview.refunded_until))
            )
        elif preview.committed_until is not None:
            sentences.append(self.tr("Nothing more is invoiced, and nothing is refunded."))
        if preview.committed_until is not None:
            sentences.append(self.tr("To cancel now all the same, tick the box below."))
        return sentences

    def _cannot(self, error: KnownError) -> None:
        self.errors.show(error)
        self.ready.emit()

    def _when_changed(self) -> None:
        self.now_explained.setVisible(self.now.isChecked() and bool(self.now_explained.text()))
        self.force.setEnabled(self.now.isChecked())

    def submit(self) -> None:
        preview = self._preview
        if preview is None:
            return
        problems: dict[str, Message] = {}
        reason = self._reasons[max(self.reason.currentIndex(), 0)]
        if reason is None:
            problems["reason"] = local_error(self.tr("Choose a reason: it counts in the reports"))
        now = self.now.isChecked()
        force = now and self.force.isChecked()
        if now and preview.committed_until is not None and not force:
            problems["when"] = local_error(
                self.tr("Tick the box to cancel before the end of the commitment")
            )
        if problems:
            self.errors.show(ValidationError(problems))
            return
        assert reason is not None  # checked above
        self.errors.clear()
        when = CancelWhen.NOW if now else CancelWhen.PERIOD_END
        subscription_id, today = self._subscription.id, self._clock.today()
        text = self.note.toPlainText()
        op = DbOp(
            self._operations,
            lambda session: cancel_subscription(
                session,
                subscription_id=subscription_id,
                today=today,
                when=when,
                reason=reason,
                note=text,
                force=force,
            ),
            writes=True,
            # Cancelling now issues a credit note (which settles invoices) or an invoice.
            changes={Change.SUBSCRIPTIONS, Change.INVOICES, Change.PAYMENTS},
        )
        save_then_close(
            self, op, button=self.confirm, show_errors=self.errors.show, saved=self.cancelled.emit
        )
