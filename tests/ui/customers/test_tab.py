"""The Customers tab: the list, its search, sort and filter, the actions on a customer,
and what it remembers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from cadence.ui.customers.dialog import CustomerDialog
from cadence.ui.customers.labels import ATTENTION, MUTED
from cadence.ui.customers.tab import CustomersTab

from .conftest import Books  # type: ignore[import-not-found]

OpenTab = Callable[[int], CustomersTab]
NAME, KIND, CITY, EMAIL, PHONE, LANGUAGE, SUBSCRIPTIONS, BALANCE = range(8)


def text(tab: CustomersTab, row: int, column: int) -> str:
    return str(tab.model.data(tab.model.index(row, column)))


def names(tab: CustomersTab) -> list[str]:
    return [text(tab, row, NAME) for row in range(tab.model.rowCount())]


def button(box: QMessageBox, label: str) -> QPushButton:
    found = next(b for b in box.buttons() if b.text() == label)
    assert isinstance(found, QPushButton)
    return found


def message_box(tab: CustomersTab, qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(box.isVisible() for box in tab.findChildren(QMessageBox)))
    return next(box for box in tab.findChildren(QMessageBox) if box.isVisible())


def test_each_customer_shows_what_is_running_and_what_they_owe(
    books: Books, open_tab: OpenTab
) -> None:
    books.company()
    owing = books.customer()
    books.subscribe(owing.id, date(2026, 9, 1))
    books.customer(name="Bruno Petit", city="Genève", postal_code="1201", country="CH")
    books.bill()  # September to November: 3 × 34.80
    tab = open_tab(2)
    assert names(tab) == ["Bruno Petit", "Élodie Lefèvre"]
    assert text(tab, 0, CITY) == "Genève (CH)"
    assert text(tab, 1, CITY) == "Lyon"
    assert text(tab, 1, SUBSCRIPTIONS) == "1"
    assert text(tab, 1, BALANCE) == "owes €104.40"
    assert text(tab, 0, BALANCE) == ""
    owed = tab.model.data(tab.model.index(1, BALANCE), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(owed, QBrush)
    assert owed.color() == ATTENTION
    alignment = tab.model.data(tab.model.index(1, BALANCE), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_archived_customers_show_only_when_asked(
    books: Books, open_tab: OpenTab, qtbot: QtBot
) -> None:
    books.customer()
    books.archived_customer(name="Ancien Client")
    tab = open_tab(1)
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_archived.click()
    assert names(tab) == ["Ancien Client", "Élodie Lefèvre"]
    greyed = tab.model.data(tab.model.index(0, NAME), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(greyed, QBrush)
    assert greyed.color() == MUTED
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_archived.click()
    assert names(tab) == ["Élodie Lefèvre"]


def test_typing_in_the_search_box_narrows_the_list(
    books: Books, open_tab: OpenTab, qtbot: QtBot
) -> None:
    books.customer()
    books.customer(name="Bruno Petit", email="bruno@exemple.fr")
    tab = open_tab(2)
    tab.focus_search()
    assert tab.table.search_box.hasFocus()
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.keyClicks(tab.table.search_box, "LEFEVRE")
    assert names(tab) == ["Élodie Lefèvre"]


def test_clicking_a_header_sorts_by_that_column(
    books: Books, open_tab: OpenTab, qtbot: QtBot
) -> None:
    books.customer(city="Paris", postal_code="75011")
    books.customer(name="Bruno Petit", city="Brest", postal_code="29200")
    tab = open_tab(2)
    assert names(tab) == ["Bruno Petit", "Élodie Lefèvre"]
    header = tab.table.view.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(CITY) + 10, header.height() // 2)
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)  # descending
    assert names(tab) == ["Élodie Lefèvre", "Bruno Petit"]


def test_ctrl_n_creates_a_customer_and_selects_it(
    books: Books, open_tab: OpenTab, qtbot: QtBot
) -> None:
    books.customer()
    tab = open_tab(1)
    tab.create_new()
    dialog = tab.dialog
    assert isinstance(dialog, CustomerDialog)
    qtbot.keyClicks(dialog.name, "Atelier Bois")
    qtbot.keyClicks(dialog.address_line1, "8 rue des Tanneurs")
    qtbot.keyClicks(dialog.postal_code, "67000")
    qtbot.keyClicks(dialog.city, "Strasbourg")
    qtbot.mouseClick(dialog.company, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.siren, "732829320")
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: (row := tab.table.current()) is not None and row.name == "Atelier Bois")
    assert tab.dialog is None  # closed
    assert text(tab, tab.table.view.currentIndex().row(), KIND) == "Company"


def test_double_click_edits_the_customer(books: Books, open_tab: OpenTab, qtbot: QtBot) -> None:
    books.customer()
    tab = open_tab(1)
    view = tab.table.view
    cell = view.visualRect(tab.model.index(0, NAME)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, CustomerDialog))
    dialog = tab.dialog
    assert isinstance(dialog, CustomerDialog)
    assert dialog.name.text() == "Élodie Lefèvre"
    with qtbot.waitSignal(tab.context.operations.busy_changed, check_params_cb=lambda n: n == 0):
        tab.edit(tab.model.row(0).id)  # a second double-click: one form is enough
    assert tab.dialog is dialog
    assert len(tab.findChildren(CustomerDialog)) == 1
    dialog.city.clear()
    qtbot.keyClicks(dialog.city, "Villeurbanne")
    dialog.postal_code.setText("69100")
    with qtbot.waitSignal(tab.model.loaded):
        dialog.accept()
    assert text(tab, 0, CITY) == "Villeurbanne"


def test_delete_archives_after_the_owner_confirms(
    books: Books, open_tab: OpenTab, qtbot: QtBot
) -> None:
    books.customer()
    books.customer(name="Bruno Petit")
    tab = open_tab(2)
    tab.table.view.selectRow(0)
    tab.archive_selected()
    box = message_box(tab, qtbot)
    assert "Bruno Petit" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: tab.context.operations.pending == 0)
    assert names(tab) == ["Bruno Petit", "Élodie Lefèvre"]
    tab.archive_selected()
    with qtbot.waitSignal(tab.model.loaded):
        button(message_box(tab, qtbot), "Archive").click()
    assert names(tab) == ["Élodie Lefèvre"]


def test_a_customer_with_a_running_subscription_stays(
    books: Books, open_tab: OpenTab, qtbot: QtBot
) -> None:
    customer = books.customer()
    books.subscribe(customer.id, date(2026, 11, 1))
    tab = open_tab(1)
    tab.table.view.selectRow(0)
    tab.archive_selected()
    button(message_box(tab, qtbot), "Archive").click()
    qtbot.waitUntil(
        lambda: any(
            "running subscription" in box.text()
            for box in tab.findChildren(QMessageBox)
            if box.isVisible()
        )
    )
    assert names(tab) == ["Élodie Lefèvre"]


def test_an_archived_customer_is_restored_from_its_menu(
    books: Books, open_tab: OpenTab, qtbot: QtBot
) -> None:
    books.archived_customer()
    tab = open_tab(0)
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_archived.click()
    menu = tab.menu_for(tab.model.row(0))
    actions = [action.text() for action in menu.actions() if action.text()]
    assert actions == ["Edit…", "Statement PDF…", "Restore"]
    with qtbot.waitSignal(tab.model.loaded):
        menu.actions()[-1].trigger()
    foreground = tab.model.data(tab.model.index(0, NAME), Qt.ItemDataRole.ForegroundRole)
    assert foreground is None  # no longer greyed
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_archived.click()
    assert names(tab) == ["Élodie Lefèvre"]


def test_show_record_finds_a_customer_the_list_does_not_show(
    books: Books, open_tab: OpenTab, qtbot: QtBot
) -> None:
    books.customer()
    hidden = books.archived_customer(name="Bruno Petit")
    tab = open_tab(1)
    tab.show_record(hidden.id)
    qtbot.waitUntil(lambda: (row := tab.table.current()) is not None and row.id == hidden.id)
    assert tab.show_archived.isChecked()
    assert tab.table.search_box.text() == "Bruno Petit"
    qtbot.waitUntil(lambda: tab.detail.customer_id == hidden.id)


def test_the_tab_remembers_its_columns_order_and_splitter(
    books: Books, open_tab: OpenTab, qtbot: QtBot
) -> None:
    books.customer(city="Paris", postal_code="75011")
    books.customer(name="Bruno Petit", city="Brest", postal_code="29200")
    tab = open_tab(2)
    tab.table.view.setColumnWidth(CITY, 311)
    with qtbot.waitSignal(tab.model.loaded):
        tab.table.view.sortByColumn(CITY, Qt.SortOrder.DescendingOrder)
    tab.splitter.setSizes([500, 200])
    sizes = tab.splitter.sizes()
    tab.save_state()
    assert QSettings().contains("customers/splitter")
    again = open_tab(2)
    assert again.table.view.columnWidth(CITY) == 311
    assert names(again) == ["Élodie Lefèvre", "Bruno Petit"]  # Paris, then Brest
    assert again.splitter.sizes() == sizes
