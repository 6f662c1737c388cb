"""The Reports tab's cards and weekly table, read when shown and when their data changes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from cadence.services.dashboard import Forecast, expected_invoices
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.ui.clock import FixedClock
from cadence.ui.formatting import day, money
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.preferences import Preferences
from cadence.ui.reports import tab as reports_tab
from cadence.ui.reports.cards import WAITING
from cadence.ui.reports.tab import ReportsTab
from cadence.ui.tab import AppContext

from .conftest import Shop  # type: ignore[import-not-found]


class Navigator:
    def open_record(self, tab: str, record_id: int) -> None:
        raise AssertionError("the dashboard opens no row")


def reports(
    operations: Operations, clock: FixedClock, preferences: Preferences, qtbot: QtBot
) -> tuple[QMainWindow, ReportsTab]:
    window = QMainWindow()
    qtbot.addWidget(window)
    tab = ReportsTab(AppContext(operations, clock, preferences, Navigator(), window))
    window.setCentralWidget(tab)
    window.resize(1366, 768)
    return window, tab


def subscribe(operations: Operations, shop: Shop, start: date, today: date) -> DbOp[object]:
    data = SubscriptionData(customer_id=shop.customer, plan_id=shop.plan, start_date=start)
    return DbOp(
        operations,
        lambda session: create_subscription(session, data, today=today),
        writes=True,
        changes={Change.SUBSCRIPTIONS},
    )


def test_the_figures_are_read_when_the_tab_is_shown(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    shop: Shop,
    qtbot: QtBot,
) -> None:
    window, tab = reports(operations, clock, preferences, qtbot)
    assert tab.mrr_card.value.text() == WAITING  # nothing read while out of view
    with qtbot.waitSignal(tab.refreshed):
        window.show()
    assert tab.title() == "Reports"
    assert tab.as_of.text() == f"Figures of {day(date(2026, 11, 25))}"
    assert tab.mrr_card.value.text() == money(Decimal("58.00"))  # 2 × 29.00
    assert tab.subscriptions_card.value.text() == "2"
    assert tab.overdue_card.value.text() == money(Decimal("34.80"))
    assert tab.overdue_card.note.text() == "1 invoice(s) past their due date, VAT incl."
    # Bruno on 5 December, Élodie on 20 December; what is due today is not counted.
    assert tab.forecast_card.value.text() == money(Decimal("58.00"))
    assert tab.forecast_card.note.text() == (
        f"2 invoice(s) until {day(date(2026, 12, 25))}, excl. VAT"
    )
    rows = [
        [tab.weeks.item(row, column).text() for column in range(3)]
        for row in range(tab.weeks.rowCount())
    ]
    none, one = ["0", money(Decimal("0.00"))], ["1", money(Decimal("29.00"))]
    assert rows == [
        [f"{day(date(2026, 11, 26))} to {day(date(2026, 11, 29))}", *none],
        [f"{day(date(2026, 11, 30))} to {day(date(2026, 12, 6))}", *one],
        [f"{day(date(2026, 12, 7))} to {day(date(2026, 12, 13))}", *none],
        [f"{day(date(2026, 12, 14))} to {day(date(2026, 12, 20))}", *one],
        [f"{day(date(2026, 12, 21))} to {day(date(2026, 12, 25))}", *none],
    ]


def test_a_change_is_read_at_once_while_the_tab_is_in_view(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    shop: Shop,
    qtbot: QtBot,
) -> None:
    window, tab = reports(operations, clock, preferences, qtbot)
    with qtbot.waitSignal(tab.refreshed):
        window.show()
    with qtbot.waitSignal(tab.refreshed):
        subscribe(operations, shop, date(2026, 12, 1), clock.today()).run()
    assert tab.mrr_card.value.text() == money(Decimal("87.00"))
    assert tab.forecast_card.value.text() == money(Decimal("87.00"))  # and on 1 December


def test_a_change_out_of_view_is_read_when_the_tab_is_shown_again(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    shop: Shop,
    qtbot: QtBot,
) -> None:
    window, tab = reports(operations, clock, preferences, qtbot)
    with qtbot.waitSignal(tab.refreshed):
        window.show()
    window.hide()
    with qtbot.waitSignal(operations.changed):
        subscribe(operations, shop, date(2026, 12, 1), clock.today()).run()
    assert operations.pending == 0  # no reading for a tab out of view
    assert tab.mrr_card.value.text() == money(Decimal("58.00"))
    with qtbot.waitSignal(tab.refreshed):
        window.show()
    assert tab.mrr_card.value.text() == money(Decimal("87.00"))


def test_the_forecast_is_not_worked_out_again_when_nothing_changed(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    shop: Shop,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    computed: list[date] = []

    def counted(session: object, *, today: date) -> Forecast:
        computed.append(today)
        return expected_invoices(session, today=today)  # type: ignore[arg-type]

    monkeypatch.setattr(reports_tab, "expected_invoices", counted)
    window, tab = reports(operations, clock, preferences, qtbot)
    with qtbot.waitSignal(tab.refreshed):
        window.show()
    with qtbot.waitSignal(tab.refreshed):
        tab.refresh()  # as after a billing run that issued nothing
    assert computed == [date(2026, 11, 25)]
    clock.advance(days=1)
    with qtbot.waitSignal(tab.refreshed):
        tab.refresh()
    assert computed == [date(2026, 11, 25), date(2026, 11, 26)]
    assert tab.forecast_card.note.text().endswith(f"{day(date(2026, 12, 26))}, excl. VAT")


@pytest.mark.parametrize(("width", "rows"), [(1366, 1), (800, 2)])
def test_the_cards_make_two_rows_when_the_tab_is_narrow(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    qtbot: QtBot,
    width: int,
    rows: int,
) -> None:
    window, tab = reports(operations, clock, preferences, qtbot)
    window.resize(width, 700)
    with qtbot.waitSignal(tab.refreshed):
        window.show()
    row, _column, _rows, _columns = tab.card_grid.getItemPosition(
        tab.card_grid.indexOf(tab.forecast_card)
    )
    assert row == rows - 1
