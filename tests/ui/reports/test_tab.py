"""The Reports tab: cards, sections, choices, what lies behind a bar, and saving."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCharts import QStackedBarSeries
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from cadence.domain.revenue import AgeingBucket, MovementKind
from cadence.services.catalogue import PlanData, create_plan
from cadence.services.customers import CustomerData, create_customer
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.ui.clock import FixedClock
from cadence.ui.formatting import money
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.preferences import Preferences
from cadence.ui.reports import tab as reports_tab
from cadence.ui.reports.cards import WAITING
from cadence.ui.reports.details import AgeingCustomersDialog, MovementDetailsDialog
from cadence.ui.reports.figures import Forecast, Request
from cadence.ui.reports.tab import ReportsTab
from cadence.ui.tab import AppContext

from .conftest import Shop  # type: ignore[import-not-found]

D = Decimal


class Navigator:
    def __init__(self) -> None:
        self.opened: list[tuple[str, int]] = []

    def open_record(self, tab: str, record_id: int) -> None:
        self.opened.append((tab, record_id))


def reports(
    operations: Operations, clock: FixedClock, preferences: Preferences, qtbot: QtBot
) -> tuple[QMainWindow, ReportsTab, Navigator]:
    window = QMainWindow()
    qtbot.addWidget(window)
    navigator = Navigator()
    tab = ReportsTab(AppContext(operations, clock, preferences, navigator, window))
    window.setCentralWidget(tab)
    window.resize(1366, 768)
    return window, tab, navigator


def shown(qtbot: QtBot, window: QMainWindow, tab: ReportsTab) -> None:
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        window.show()


def subscribe(
    operations: Operations, plan: int, name: str, start: date, today: date
) -> DbOp[object]:
    def work(session: object) -> object:
        customer = create_customer(
            session,  # type: ignore[arg-type]
            CustomerData(name=name, address_line1="1 rue", postal_code="69001", city="Lyon"),
            today=today,
        ).id
        data = SubscriptionData(customer_id=customer, plan_id=plan, start_date=start)
        return create_subscription(session, data, today=today)  # type: ignore[arg-type]

    return DbOp(operations, work, writes=True, changes={Change.SUBSCRIPTIONS})


def test_the_figures_are_read_when_the_tab_is_shown(
    operations: Operations, clock: FixedClock, preferences: Preferences, shop: Shop, qtbot: QtBot
) -> None:
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    assert tab.mrr_card.value.text() == WAITING  # nothing read while out of view
    shown(qtbot, window, tab)
    assert tab.title() == "Reports"
    # Élodie since 20 October and Bruno since 5 November, 29.00 each.
    assert tab.mrr_card.value.text() == money(D("58.00"))
    assert tab.mrr_card.change.text() == "+€29.00 (+100.0%) in 30 days"
    assert tab.arr_card.value.text() == money(D("696.00"))
    assert tab.subscriptions_card.value.text() == "2"
    assert tab.churn_card.value.text() == "0.00%"  # nobody lost of Élodie and Bruno
    assert tab.overdue_card.value.text() == money(D("34.80"))  # Élodie's first, VAT incl.
    assert tab.overdue_card.note.text() == "1 invoice(s) of 1 customer(s), VAT incl., all plans"
    revenue = tab.revenue.table.texts()
    assert len(revenue) == 12  # the last 12 months, this one included
    assert revenue[-2][:2] == ["Oct 2026", money(D("29.00"))]
    assert revenue[-1][:2] == ["1–25 Nov 2026", money(D("58.00"))]
    movements = tab.movements.table.texts()
    assert movements[-1][:3] == ["1–25 Nov 2026", money(D("29.00")), "+€29.00"]  # Bruno, new
    forecast = tab.forecast.table.texts()
    # Bruno on 5 December, Élodie on the 20th; what is due today is today's run's.
    assert forecast[0] == ["26–30 Nov 2026", "0", money(D("0.00")), money(D("0.00"))]
    assert forecast[1] == ["Dec 2026", "2", money(D("58.00")), money(D("69.60"))]
    assert len(forecast) == 13  # the rest of November, then 12 months


def test_the_movements_chart_stacks_gains_and_losses(
    operations: Operations, clock: FixedClock, preferences: Preferences, shop: Shop, qtbot: QtBot
) -> None:
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    chart = tab.movements.view.chart()
    (bars,) = [series for series in chart.series() if isinstance(series, QStackedBarSeries)]
    values = {
        bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())]
        for bar_set in bars.barSets()
    }
    assert set(values) == {
        "New",
        "Expansion",
        "Reactivation",
        "Resumed",
        "Contraction",
        "Churned",
        "Paused",
    }
    assert values["New"][-2:] == [29.0, 29.0]  # Élodie in October, Bruno in November
    assert values["Churned"] == [0.0] * 12


def test_a_change_is_read_at_once_while_the_tab_is_in_view(
    operations: Operations, clock: FixedClock, preferences: Preferences, shop: Shop, qtbot: QtBot
) -> None:
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        subscribe(operations, shop.plan, "Chloé", date(2026, 11, 20), clock.today()).run()
    assert tab.mrr_card.value.text() == money(D("87.00"))
    assert tab.forecast.table.texts()[1][1] == "3"


def test_a_change_out_of_view_is_read_when_the_tab_is_shown_again(
    operations: Operations, clock: FixedClock, preferences: Preferences, shop: Shop, qtbot: QtBot
) -> None:
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    window.hide()
    with qtbot.waitSignal(operations.changed):
        subscribe(operations, shop.plan, "Chloé", date(2026, 11, 20), clock.today()).run()
    assert operations.pending == 0  # no reading for a tab out of view
    assert tab.mrr_card.value.text() == money(D("58.00"))
    shown(qtbot, window, tab)
    assert tab.mrr_card.value.text() == money(D("87.00"))


def test_the_forecast_is_not_worked_out_again_when_nothing_changed(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    shop: Shop,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[date] = []
    read = reports_tab.read_forecast

    def counted(session: object, request: Request, today: date) -> Forecast:
        asked.append(today)
        return read(session, request, today)  # type: ignore[arg-type]

    monkeypatch.setattr(reports_tab, "read_forecast", counted)
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.refresh()  # as after a billing run that issued nothing
    assert asked == [date(2026, 11, 25)]
    clock.advance(days=1)
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.refresh()
    assert asked == [date(2026, 11, 25), date(2026, 11, 26)]


def test_a_plan_and_a_period_choose_the_figures(
    operations: Operations, clock: FixedClock, preferences: Preferences, shop: Shop, qtbot: QtBot
) -> None:
    with operations.database.transaction() as session:
        from cadence.store.models import Plan

        item = session.get(Plan, shop.plan)
        assert item is not None
        other = create_plan(
            session,
            PlanData(
                name="Box <Thé> & Co",
                item_id=item.item_id,
                unit_price=D("10.00"),
                available_from=date(2024, 1, 1),
            ),
            today=clock.today(),
        ).id
    with qtbot.waitSignal(operations.changed):
        subscribe(operations, other, "Denis", date(2026, 11, 10), clock.today()).run()
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    assert tab.mrr_card.value.text() == money(D("68.00"))
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.filters.plan.setCurrentIndex(tab.filters.plan.findData(other))
    assert tab.mrr_card.value.text() == money(D("10.00"))
    assert tab.revenue.table.texts()[-1][1] == money(D("10.00"))
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.filters.period.setCurrentIndex(tab.filters.period.findData("24"))
    assert len(tab.revenue.table.texts()) == 24


def test_an_impossible_period_is_said_and_the_figures_stay(
    operations: Operations, clock: FixedClock, preferences: Preferences, shop: Shop, qtbot: QtBot
) -> None:
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.filters.period.setCurrentIndex(tab.filters.period.findData("custom"))
    from PySide6.QtCore import QDate

    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.filters.first.setDate(QDate(2026, 11, 20))
        tab.filters.last.setDate(QDate(2026, 11, 1))
    assert "the period must end on or after its start" in tab.status.text()
    assert len(tab.revenue.table.texts()) == 12  # what was shown stays


def test_a_bar_of_movements_lists_the_customers_behind_it(
    operations: Operations, clock: FixedClock, preferences: Preferences, shop: Shop, qtbot: QtBot
) -> None:
    window, tab, navigator = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    chart = tab.movements.view.chart()
    (bars,) = [series for series in chart.series() if isinstance(series, QStackedBarSeries)]
    (new,) = [bar_set for bar_set in bars.barSets() if bar_set.label() == "New"]
    new.clicked.emit(11)  # November
    dialog = _dialog(tab, MovementDetailsDialog)  # opened at once, read in the background
    assert isinstance(dialog, MovementDetailsDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    row = dialog.table.texts()[0]
    assert row[:3] == ["Bruno Martin", "New", "+€29.00"]
    assert "Started: Caisse mensuelle" in row[5]
    dialog.table.cellDoubleClicked.emit(0, 0)
    assert navigator.opened == [("customers", shop.customer)]


def test_a_bar_of_the_ageing_lists_who_owes(
    operations: Operations, clock: FixedClock, preferences: Preferences, shop: Shop, qtbot: QtBot
) -> None:
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    tab.payments.clicks.clicked.emit(AgeingBucket.DAYS_1_30, 1)
    dialog = _dialog(tab, AgeingCustomersDialog)
    assert isinstance(dialog, AgeingCustomersDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    assert dialog.table.texts() == [["Élodie Lefèvre", money(D("34.80")), "1"]]


def _dialog(tab: ReportsTab, kind: type) -> object | None:
    found = [child for child in tab.findChildren(kind) if child.isVisible()]
    return found[-1] if found else None


def test_a_section_is_saved_as_csv_a_spreadsheet_opens(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    shop: Shop,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    target = tmp_path / "movements.csv"
    tab.choose_path = lambda _title, name, _filter: target
    tab.movements.export_button.click()
    content = target.read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")  # UTF-8 that Excel recognises
    lines = content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Month,MRR at the start,New,Expansion")
    assert lines[-1].startswith("2026-11-01,29.00,29.00,0.00")  # numbers, not "+€29.00"
    assert "Saved movements.csv" in tab.status.text()


def test_a_customer_named_like_a_formula_is_exported_as_text(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    shop: Shop,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    with qtbot.waitSignal(operations.changed):
        subscribe(
            operations, shop.plan, '=HYPERLINK("http://x")', date(2026, 11, 20), clock.today()
        ).run()
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    tab.show_movement_details(tab.movements._figures.movements[-1].window, MovementKind.NEW)  # type: ignore[union-attr]
    dialog = _dialog(tab, MovementDetailsDialog)
    assert isinstance(dialog, MovementDetailsDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=20_000)
    target = tmp_path / "new.csv"
    tab.choose_path = lambda _title, name, _filter: target
    dialog.export_button.click()
    text = target.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "\n=HYPERLINK" not in text


def test_a_csv_that_cannot_be_written_is_said_and_nothing_is_left(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    shop: Shop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    warnings: list[str] = []
    monkeypatch.setattr(
        reports_tab.QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text)
    )
    # A "folder" that is a file: no folder can be made there (tests may run as root,
    # whom a read-only folder does not stop).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("kept")
    tab.choose_path = lambda _title, name, _filter: blocker / "revenue.csv"
    tab.revenue.export_button.click()
    assert len(warnings) == 1
    assert "could not be written" in warnings[0]
    assert not [path for path in tmp_path.iterdir() if "revenue" in path.name]
    assert blocker.read_text() == "kept"


def test_the_whole_report_is_saved_as_a_pdf(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    shop: Shop,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    target = tmp_path / "report.pdf"
    tab.choose_path = lambda _title, name, _filter: target
    tab.pdf_button.click()
    qtbot.waitUntil(lambda: "Saved report.pdf" in tab.status.text(), timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_chart_is_copied_as_an_image(
    operations: Operations, clock: FixedClock, preferences: Preferences, shop: Shop, qtbot: QtBot
) -> None:
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    shown(qtbot, window, tab)
    QApplication.clipboard().clear()
    tab.revenue.copy_button.click()
    image = QApplication.clipboard().pixmap()
    assert not image.isNull()
    assert image.size() == tab.revenue.view.size()


@pytest.mark.parametrize(("width", "rows"), [(1366, 1), (800, 2)])
def test_the_cards_make_two_rows_when_the_tab_is_narrow(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    qtbot: QtBot,
    width: int,
    rows: int,
) -> None:
    window, tab, _ = reports(operations, clock, preferences, qtbot)
    window.resize(width, 700)
    shown(qtbot, window, tab)
    row, _column, _rows, _columns = tab.card_grid.getItemPosition(
        tab.card_grid.indexOf(tab.overdue_card)
    )
    assert row == rows - 1
