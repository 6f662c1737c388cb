"""The Plans tab: the catalogue with each plan's terms, withdrawn and restored plans,
and a new plan made from it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cadence.domain.catalogue import BillingTiming, RenewalRule
from cadence.domain.periods import DayRule, IntervalUnit
from cadence.ui.customers.labels import MUTED
from cadence.ui.plans.dialog import PlanDialog
from cadence.ui.plans.tab import PlansTab

from .conftest import Catalogue  # type: ignore[import-not-found]

OpenTab = Callable[[int], PlansTab]
PLAN, ITEM, PRICE, VAT, BILLED, TRIAL, COMMITMENT, RENEWAL, SUBSCRIBERS, ON_SALE = range(10)


def text(tab: PlansTab, row: int, column: int) -> str:
    return str(tab.model.data(tab.model.index(row, column)))


def names(tab: PlansTab) -> list[str]:
    return [text(tab, row, PLAN) for row in range(tab.model.rowCount())]


def visible_box(tab: PlansTab, qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(box.isVisible() for box in tab.findChildren(QMessageBox)))
    return next(box for box in tab.findChildren(QMessageBox) if box.isVisible())


def test_each_plan_shows_its_terms(catalogue: Catalogue, open_tab: OpenTab) -> None:
    tea = catalogue.item()
    box = catalogue.plan(
        "Box Découverte", tea.id, day_rule=DayRule.FIXED_DAY, fixed_day=5, vat_rate=Decimal("5.5")
    )
    catalogue.subscribe(box.id)
    catalogue.plan(
        "Maintenance",
        tea.id,
        unit_price=Decimal("180"),
        interval_count=3,
        timing=BillingTiming.ARREARS,
        trial_count=14,
        commitment_count=12,
        renewal_rule=RenewalRule.FIXED_CYCLES,
        fixed_cycles=4,
    )
    tab = open_tab(2)
    assert names(tab) == ["Box Découverte", "Maintenance"]
    assert [text(tab, 0, column) for column in (ITEM, PRICE, VAT, BILLED, SUBSCRIBERS)] == [
        "Box de thés bio",
        "€24.90",
        "5.5%",
        "Every month, on day 5",
        "1",
    ]
    assert [text(tab, 1, column) for column in (BILLED, TRIAL, COMMITMENT, RENEWAL)] == [
        "Every 3 months, in arrears",
        "14 days",
        "12 months",
        "Ends after 4 invoices",
    ]
    assert text(tab, 0, ON_SALE) == "1 Jan 2024"


def test_delete_withdraws_a_plan_and_its_menu_restores_it(
    catalogue: Catalogue, open_tab: OpenTab, qtbot: QtBot
) -> None:
    tea = catalogue.item()
    plan = catalogue.plan("Box Découverte", tea.id)
    catalogue.subscribe(plan.id)
    tab = open_tab(1)
    tab.table.view.selectRow(0)
    tab.archive_selected()
    box = visible_box(tab, qtbot)
    assert "1 running subscription(s) go on as before" in box.text()
    archive = next(button for button in box.buttons() if button.text() == "Archive")
    with qtbot.waitSignal(tab.model.loaded):
        archive.click()
    assert names(tab) == []
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_archived.click()
    greyed = tab.model.data(tab.model.index(0, PLAN), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(greyed, QBrush)
    assert greyed.color() == MUTED
    menu = tab.menu_for(tab.model.row(0))
    assert [action.text() for action in menu.actions() if action.text()] == ["Edit…", "Restore"]
    with qtbot.waitSignal(tab.model.loaded):
        menu.actions()[-1].trigger()
    assert tab.model.data(tab.model.index(0, PLAN), Qt.ItemDataRole.ForegroundRole) is None


def test_ctrl_n_opens_a_new_plan_and_the_saved_plan_is_selected(
    catalogue: Catalogue, open_tab: OpenTab, qtbot: QtBot
) -> None:
    catalogue.item()
    tab = open_tab(0)
    tab.create_new()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, PlanDialog))
    dialog = tab.dialog
    assert isinstance(dialog, PlanDialog)
    assert dialog.item.currentText() == "Box de thés bio"
    qtbot.keyClicks(dialog.name, "Box Prestige")
    qtbot.keyClicks(dialog.unit_price, "39,90")
    dialog.interval.unit.setCurrentIndex(dialog.interval.unit.findData(IntervalUnit.YEAR))
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(
        lambda: (row := tab.table.current()) is not None and row.plan.name == "Box Prestige"
    )
    assert text(tab, 0, PRICE) == "€39.90"
    assert text(tab, 0, BILLED) == "Every year"
    assert text(tab, 0, VAT) == "5.5%"  # the item's rate, chosen with the item


def test_show_record_reveals_a_withdrawn_plan(
    catalogue: Catalogue, open_tab: OpenTab, qtbot: QtBot
) -> None:
    tea = catalogue.item()
    catalogue.plan("Box Découverte", tea.id)
    old = catalogue.archived_plan("Ancienne box", tea.id)
    tab = open_tab(1)
    qtbot.keyClicks(tab.table.search_box, "decouverte")
    tab.show_record(old.id)
    qtbot.waitUntil(lambda: (row := tab.table.current()) is not None and row.plan.id == old.id)
    assert tab.show_archived.isChecked()
    assert tab.table.search_box.text() == ""


def test_double_click_edits_and_the_columns_are_remembered(
    catalogue: Catalogue, open_tab: OpenTab, qtbot: QtBot
) -> None:
    tea = catalogue.item()
    catalogue.plan("Box Découverte", tea.id)
    tab = open_tab(1)
    view = tab.table.view
    cell = view.visualRect(tab.model.index(0, PLAN)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, PlanDialog))
    assert isinstance(tab.dialog, PlanDialog)
    assert tab.dialog.name.text() == "Box Découverte"
    tab.dialog.reject()
    view.setColumnWidth(BILLED, 333)
    tab.save_state()
    assert QSettings().contains("tables/plans/header")
    assert open_tab(1).table.view.columnWidth(BILLED) == 333
