"""The selected customer's overview under the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cadence.ui.customers.detail import CustomerDetail
from cadence.ui.customers.tab import CustomersTab

from .conftest import Books, Navigator  # type: ignore[import-not-found]

OpenTab = Callable[[int], CustomersTab]


def test_choosing_a_customer_shows_their_account(
    books: Books, open_tab: OpenTab, qtbot: QtBot, navigator: Navigator
) -> None:
    books.company()
    customer = books.customer()
    subscription = books.subscribe(customer.id, date(2026, 9, 1))
    books.customer(name="Bruno Petit")
    books.bill()
    tab = open_tab(2)
    detail = tab.detail
    assert detail.pages.currentWidget() is detail.hint
    with qtbot.waitSignal(detail.loaded):
        tab.table.view.selectRow(1)
    assert detail.name.text() == "Élodie Lefèvre"
    assert "3 place Bellecour" in detail.address.text()
    assert detail.balance.text() == "Owes €104.40"
    assert [detail.lists.tabText(i) for i in range(3)] == [
        "Subscriptions (1)",
        "Invoices (3)",
        "Payments (0)",
    ]
    assert detail.subscriptions.item(0, 0).text() == "Caisse mensuelle"
    assert detail.subscriptions.item(0, 4).text() == "every month"
    assert detail.invoices.rowCount() == 3
    assert detail.invoices.item(0, 4).text() == "€34.80"
    assert detail.archive_button.text() == "Archive…"

    # A double-click on a row opens it in its own tab.
    detail.subscriptions.itemDoubleClicked.emit(detail.subscriptions.item(0, 3))
    assert navigator.opened == [("subscriptions", subscription)]

    with qtbot.waitSignal(detail.loaded):
        tab.table.view.selectRow(0)
    assert detail.name.text() == "Bruno Petit"
    assert detail.balance.text() == "Nothing owed"
    assert detail.invoices.rowCount() == 0


def test_while_one_customer_loads_only_the_last_one_asked_for_follows(
    books: Books, open_tab: OpenTab, qtbot: QtBot
) -> None:
    first, second, third = (books.customer(name=name) for name in ("Anne", "Bruno", "Chloé"))
    tab = open_tab(3)
    detail: CustomerDetail = tab.detail
    loads: list[str] = []
    detail.loaded.connect(lambda: loads.append(detail.name.text()))
    detail.show_customer(first.id)
    detail.show_customer(second.id)
    detail.show_customer(third.id)
    qtbot.waitUntil(lambda: loads == ["Chloé"])
    assert tab.context.operations.pending == 0
    detail.show_customer(None)
    assert detail.pages.currentWidget() is detail.hint


def test_the_overview_follows_changes_to_the_customer(
    books: Books, open_tab: OpenTab, qtbot: QtBot
) -> None:
    books.customer()
    tab = open_tab(1)
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_archived.click()
    with qtbot.waitSignal(tab.detail.loaded):
        tab.table.view.selectRow(0)
    tab.detail.archive_button.click()
    box = next(box for box in tab.findChildren(QMessageBox) if box.isVisible())
    archive = next(b for b in box.buttons() if b.text() == "Archive")
    with qtbot.waitSignal(tab.detail.loaded):
        archive.click()
    assert "archived" in tab.detail.facts.text()
    assert tab.detail.archive_button.text() == "Restore"
    with qtbot.waitSignal(tab.detail.loaded):
        tab.detail.archive_button.click()
    assert tab.detail.archive_button.text() == "Archive…"
