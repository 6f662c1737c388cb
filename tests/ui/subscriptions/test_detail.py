"""The pane under the table: the selected subscription's terms, invoices and history."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cadence.ui.subscriptions.detail import INVOICE_ID_ROLE
from cadence.ui.subscriptions.tab import SubscriptionsTab

from .conftest import Navigator, Shop  # type: ignore[import-not-found]


def selected(tab: SubscriptionsTab, subscription_id: int, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tab.detail.loaded):
        assert tab.table.select_id(subscription_id)


def column(tab: SubscriptionsTab, table: str, index: int) -> list[str]:
    widget = getattr(tab.detail, table)
    return [widget.item(row, index).text() for row in range(widget.rowCount())]


def test_a_running_subscription_with_its_invoices_and_history(
    tab: SubscriptionsTab, shop: Shop, navigator: Navigator, qtbot: QtBot
) -> None:
    assert tab.detail.content.isHidden()  # nothing selected yet
    selected(tab, shop.active, qtbot)
    detail = tab.detail
    assert (detail.value("customer"), detail.value("status")) == ("Élodie Lefèvre", "Active")
    assert detail.value("price") == "€24.90 / month"
    assert detail.value("next") == "10 Dec 2026"
    assert detail.value("cancellation") == ""  # rows without a value are hidden
    # Newest first: November's period, then October's (24.90 + 20 % VAT).
    assert column(tab, "invoices", 1) == [
        "10 Nov 2026 to 9 Dec 2026",
        "10 Oct 2026 to 9 Nov 2026",
    ]
    assert column(tab, "invoices", 2) == ["€29.88", "€29.88"]
    assert column(tab, "events", 1) == ["Subscription created, starting on 10 Oct 2026"]
    invoice_id = detail.invoices.item(0, 0).data(INVOICE_ID_ROLE)
    detail.invoices.cellDoubleClicked.emit(0, 2)
    assert navigator.opened == [("invoices", invoice_id)]


def test_a_cancelled_subscription_shows_its_credit_note_and_reason(
    tab: SubscriptionsTab, shop: Shop, qtbot: QtBot
) -> None:
    selected(tab, shop.cancelled, qtbot)
    detail = tab.detail
    assert detail.value("ended") == "24 Nov 2026 — Too expensive"
    assert detail.value("mrr") == "€0.00"
    numbers = column(tab, "invoices", 0)
    assert numbers[0].endswith("(credit note)")
    assert column(tab, "invoices", 2)[0] == "-€29.88"  # the whole month refunded
    assert column(tab, "events", 1)[0] == "Cancelled (Too expensive)"
