"""Subscribing a customer: picked by typing, and errors under the fields they concern."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cadence.domain.discounts import DiscountKind
from cadence.services.subscriptions import list_subscriptions
from cadence.ui.operations import Operations
from cadence.ui.subscriptions.new_dialog import NewSubscriptionDialog
from cadence.ui.subscriptions.tab import SubscriptionsTab

from .conftest import Shop  # type: ignore[import-not-found]


def opened(tab: SubscriptionsTab, qtbot: QtBot) -> NewSubscriptionDialog:
    tab.create_new()
    dialog = tab.dialog
    assert isinstance(dialog, NewSubscriptionDialog)
    qtbot.waitUntil(lambda: dialog.plan.count() == 3)
    return dialog


def pick(dialog: NewSubscriptionDialog, qtbot: QtBot, typed: str) -> None:
    dialog.customer.clear()
    with qtbot.waitSignal(dialog.customer.suggestions_loaded):
        qtbot.keyClicks(dialog.customer, typed)
    popup = dialog.customer.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_a_customer_picked_by_typing_is_subscribed(
    tab: SubscriptionsTab, shop: Shop, operations: Operations, qtbot: QtBot
) -> None:
    dialog = opened(tab, qtbot)
    pick(dialog, qtbot, "lefe")  # no accent typed: Élodie Lefèvre all the same
    assert dialog.customer.text() == "Élodie Lefèvre"
    assert dialog.customer.customer_id() == shop.customers["Élodie Lefèvre"]
    dialog.plan.setCurrentIndex(dialog.plan.findData(shop.pro))
    assert "12 months commitment" in dialog.plan_terms.text()
    dialog.quantity.setValue(3)
    qtbot.keyClicks(dialog.price, "250,50")
    dialog.discount.kind.setCurrentIndex(1)  # a percentage
    qtbot.keyClicks(dialog.discount.value, "10")
    dialog.discount.duration.setCurrentIndex(1)  # on the first invoices only
    dialog.discount.cycles.setValue(2)
    qtbot.keyClicks(dialog.reference, "BC-2026-117")
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None  # accepted and closed
    with operations.database.reading() as session:
        elodie = shop.customers["Élodie Lefèvre"]
        created = list_subscriptions(session, plan_id=shop.pro, customer_id=elodie)
    assert len(created) == 1
    made = created[0]
    assert (made.quantity, made.unit_price_override, made.customer_reference) == (
        3,
        Decimal("250.50"),
        "BC-2026-117",
    )
    assert made.discount is not None
    assert (made.discount.kind, made.discount.value, made.discount.cycles) == (
        DiscountKind.PERCENT,
        Decimal(10),
        2,
    )
    qtbot.waitUntil(lambda: tab.table.current() is not None)
    current = tab.table.current()
    assert current is not None
    assert current.id == made.id  # the new subscription is selected


def test_wrong_fields_are_shown_where_they_are_and_nothing_is_lost(
    tab: SubscriptionsTab, shop: Shop, operations: Operations, qtbot: QtBot
) -> None:
    dialog = opened(tab, qtbot)
    qtbot.keyClicks(dialog.customer, "nobody")
    qtbot.keyClicks(dialog.price, "douze")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "pick them in the list" in dialog.errors.message_for("customer_id")
    assert "not an amount" in dialog.errors.message_for("unit_price_override")
    assert dialog.isVisible()
    # The core's own checks: a discount of 150 % is refused under the discount.
    pick(dialog, qtbot, "bruno")
    dialog.price.clear()
    dialog.discount.kind.setCurrentIndex(1)
    qtbot.keyClicks(dialog.discount.value, "150")
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "at most 100" in dialog.errors.message_for("discount_value")
    assert dialog.errors.message_for("customer_id") == ""
    assert (dialog.customer.text(), dialog.discount.value.text()) == ("Bruno Martin", "150")
    assert dialog.isVisible()


def test_no_customer_matches(tab: SubscriptionsTab, qtbot: QtBot) -> None:
    dialog = opened(tab, qtbot)
    with qtbot.waitSignal(dialog.customer.suggestions_loaded):
        qtbot.keyClicks(dialog.customer, "zzz")
    suggestions = dialog.customer.suggestions
    assert suggestions.rowCount() == 1
    assert suggestions.item(0).text() == "No customer matches “zzz”"
    assert not suggestions.item(0).isEnabled()
    assert dialog.customer.customer_id() is None
