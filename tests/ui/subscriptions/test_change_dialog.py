"""Changing plan or quantity: the prorated lines and the total show before confirming."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadence.services.subscriptions import get_subscription
from cadence.store.models import PendingCharge
from cadence.ui.operations import Operations
from cadence.ui.subscriptions.change_dialog import ChangeDialog
from cadence.ui.subscriptions.tab import SubscriptionsTab

from .conftest import Shop  # type: ignore[import-not-found]


def opened(tab: SubscriptionsTab, shop: Shop, qtbot: QtBot) -> ChangeDialog:
    assert tab.table.select_id(shop.active)
    tab.change_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, ChangeDialog)
    qtbot.waitUntil(lambda: dialog.plan.count() == 3)
    return dialog


def test_the_cost_shows_before_the_change_is_confirmed(
    tab: SubscriptionsTab, shop: Shop, operations: Operations, qtbot: QtBot
) -> None:
    dialog = opened(tab, shop, qtbot)
    assert not dialog.confirm.isEnabled()  # nothing chosen, nothing to confirm
    with qtbot.waitSignal(dialog.previewed):
        dialog.quantity.setValue(3)
    # Invoiced 10 Nov → 10 Dec (30 days); from 25 Nov, 15 days are left:
    # credit 24.90 × 15/30 = 12.45, charge 3 × 12.45 = 37.35.
    lines = dialog.lines
    assert lines.rowCount() == 2
    assert [lines.item(row, 1).text() for row in range(2)] == ["-€12.45", "€37.35"]
    assert "Total excl. VAT: €24.90" in dialog.totals.text()
    assert "will be added to the next invoice" in dialog.summary.text()
    assert dialog.confirm.isEnabled()
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    with operations.database.reading() as session:
        assert get_subscription(session, shop.active).quantity == 3
        charges = session.scalars(
            select(PendingCharge.net_amount).where(PendingCharge.subscription_id == shop.active)
        ).all()
    assert sorted(charges) == [Decimal("-12.45"), Decimal("37.35")]
    assert "applies from 25 Nov 2026" in tab.context.window.statusBar().currentMessage()


def test_another_cycle_starts_with_the_next_period(
    tab: SubscriptionsTab, shop: Shop, operations: Operations, qtbot: QtBot
) -> None:
    dialog = opened(tab, shop, qtbot)
    with qtbot.waitSignal(dialog.previewed):
        dialog.plan.setCurrentIndex(dialog.plan.findData(shop.other_cycle))
    assert "another cycle" in dialog.errors.message_for("mode")
    assert not dialog.confirm.isEnabled()
    with qtbot.waitSignal(dialog.previewed):
        dialog.next_period.setChecked(True)
    assert dialog.errors.message_for("mode") == ""
    assert "apply from 10 Dec 2026" in dialog.summary.text()
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: tab.detail.history is not None and tab.detail.history.scheduled_change is not None
    )
    history = tab.detail.history
    assert history is not None
    assert history.scheduled_change is not None
    assert history.scheduled_change.effective_on == date(2026, 12, 10)
    assert "Coaching hebdomadaire" in tab.detail.value("change")


def test_a_change_to_nothing_is_said_plainly(
    tab: SubscriptionsTab, shop: Shop, qtbot: QtBot
) -> None:
    dialog = opened(tab, shop, qtbot)
    with qtbot.waitSignal(dialog.previewed):
        dialog.quantity.setValue(2)
    with qtbot.waitSignal(dialog.previewed):
        dialog.quantity.setValue(1)
    assert "nothing to change" in dialog.summary.text()
    assert not dialog.confirm.isEnabled()
