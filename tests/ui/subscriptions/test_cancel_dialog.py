"""Cancelling: when the service ends, why, and the commitment that must be forced."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cadence.domain.invoicing import InvoiceKind
from cadence.domain.lifecycle import CancellationReason, SubscriptionStatus
from cadence.services.invoices import list_invoices
from cadence.services.lifecycle import subscription_history
from cadence.ui.operations import Change, Operations
from cadence.ui.subscriptions.cancel_dialog import CancelDialog
from cadence.ui.subscriptions.tab import SubscriptionsTab

from .conftest import Shop  # type: ignore[import-not-found]


def opened(tab: SubscriptionsTab, subscription_id: int, qtbot: QtBot) -> CancelDialog:
    assert tab.table.select_id(subscription_id)
    tab.cancel_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, CancelDialog)
    qtbot.waitSignal(dialog.ready).wait()
    return dialog


def test_a_cancellation_at_the_end_of_the_period(
    tab: SubscriptionsTab, shop: Shop, operations: Operations, qtbot: QtBot, today: date
) -> None:
    dialog = opened(tab, shop.active, qtbot)
    assert dialog.at_period_end.text() == (
        "At the end of the period: the last day of service is 9 Dec 2026"
    )
    assert dialog.force.isHidden()  # no commitment
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert "Choose a reason" in dialog.errors.message_for("reason")
    dialog.reason.setCurrentIndex(dialog.reason.findText("Went to a competitor"))
    qtbot.keyClicks(dialog.note, "Moins cher ailleurs")
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    with operations.database.reading() as session:
        history = subscription_history(session, subscription_id=shop.active, today=today)
    assert history.subscription.status is SubscriptionStatus.CANCELLATION_SCHEDULED
    assert history.subscription.cancellation_reason is CancellationReason.SWITCHED_TO_COMPETITOR
    assert history.cancellation_note == "Moins cher ailleurs"
    assert tab.undo_action.isEnabled()


def test_cancelling_now_during_a_commitment_must_be_forced(
    tab: SubscriptionsTab, shop: Shop, operations: Operations, qtbot: QtBot, today: date
) -> None:
    dialog = opened(tab, shop.committed, qtbot)
    dialog.now.setChecked(True)
    assert dialog.force.isVisibleTo(dialog)
    explained = dialog.now_explained.text()
    assert "committed until 9 Oct 2027" in explained
    # The year invoiced on 10 Oct covers the commitment.
    assert "Nothing more is invoiced, and nothing is refunded." in explained
    dialog.reason.setCurrentIndex(dialog.reason.findText("Business closed"))
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert "Tick the box" in dialog.errors.message_for("when")
    dialog.force.setChecked(True)
    with qtbot.waitSignal(
        operations.changed, check_params_cb=lambda changes, _by: Change.INVOICES in changes
    ):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    with operations.database.reading() as session:
        documents = list_invoices(session, today=today, subscription_id=shop.committed)
    assert [document.kind for document in documents] == [InvoiceKind.INVOICE]
    qtbot.waitUntil(lambda: "cancelled" in tab.context.window.statusBar().currentMessage())


def test_cancelling_now_refunds_the_days_invoiced_ahead(
    tab: SubscriptionsTab, shop: Shop, operations: Operations, qtbot: QtBot, today: date
) -> None:
    dialog = opened(tab, shop.active, qtbot)
    dialog.now.setChecked(True)
    assert dialog.now_explained.text() == (
        "The days already invoiced after today, until 9 Dec 2026, are refunded by a credit note."
    )
    dialog.reason.setCurrentIndex(dialog.reason.findText("Did not pay"))
    with qtbot.waitSignal(
        operations.changed, check_params_cb=lambda changes, _by: Change.INVOICES in changes
    ):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    with operations.database.reading() as session:
        newest = list_invoices(session, today=today, subscription_id=shop.active)[0]
    assert newest.kind is InvoiceKind.CREDIT_NOTE
    message = tab.context.window.statusBar().currentMessage()
    assert message == (
        "The subscription is cancelled; its last day of service was 24 Nov 2026. "
        f"Issued: {newest.number}."
    )
