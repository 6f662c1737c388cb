"""The plan form: every field saved, errors under their fields all at once, an item
made on the way, the dates following the cycle, and a subscribed cycle locked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cadence.domain.catalogue import BillingTiming, EarlyTermination, RenewalRule
from cadence.domain.periods import DayRule, Interval, IntervalUnit
from cadence.services.catalogue import get_plan, get_plan_row, list_items
from cadence.store.models import Plan
from cadence.ui.clock import FixedClock
from cadence.ui.operations import Operations
from cadence.ui.plans.dialog import PlanDialog
from cadence.ui.plans.item_dialog import ItemDialog

from .conftest import Catalogue  # type: ignore[import-not-found]


def opened(
    operations: Operations, clock: FixedClock, qtbot: QtBot, plan_id: int | None = None
) -> PlanDialog:
    with operations.database.reading() as session:
        items = list_items(session, include_archived=True)
        row = None if plan_id is None else get_plan_row(session, plan_id)
    dialog = PlanDialog(operations, clock, items, row)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(box: object, value: object) -> None:
    box.setCurrentIndex(box.findData(value))  # type: ignore[attr-defined]


def test_every_field_is_saved(
    catalogue: Catalogue, operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    catalogue.item()
    dialog = opened(operations, clock, qtbot)
    qtbot.keyClicks(dialog.name, "Maintenance trimestrielle")
    qtbot.keyClicks(dialog.unit_price, "1 234,5")
    choose(dialog.vat_rate, "10.00")
    dialog.available_from.setDate(QDate(2026, 12, 1))
    dialog.interval.count.setValue(3)
    choose(dialog.day_rule, DayRule.FIXED_DAY)
    dialog.fixed_day.setValue(10)
    choose(dialog.timing, BillingTiming.ARREARS)
    dialog.trial.set(1, IntervalUnit.MONTH)
    dialog.commitment.set(2, IntervalUnit.YEAR)
    choose(dialog.early_termination, EarlyTermination.NO_FEE)
    dialog.notice.set(2, IntervalUnit.WEEK)
    dialog.grace_days.setValue(15)
    choose(dialog.renewal_rule, RenewalRule.FIXED_CYCLES)
    dialog.fixed_cycles.setValue(8)
    dialog.renewal_notice_days.setValue(45)
    dialog.renewal_offer.setPlainText("Renouvelez avant le 31 :\nle 13e mois est offert.")
    qtbot.keyClicks(dialog.description, "Deux visites par an")
    dialog.terms.setPlainText("Article 1.\nArticle 2.")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.accept()
    with operations.database.reading() as session:
        plan = get_plan(session, saved.args[0].id)
    terms = plan.terms_of_billing
    assert (plan.name, plan.unit_price, plan.vat_rate, plan.available_from) == (
        "Maintenance trimestrielle",
        Decimal("1234.50"),
        Decimal("10.00"),
        date(2026, 12, 1),
    )
    assert (terms.interval.count, terms.interval.unit, terms.day_rule, terms.fixed_day) == (
        3,
        IntervalUnit.MONTH,
        DayRule.FIXED_DAY,
        10,
    )
    assert terms.timing is BillingTiming.ARREARS
    assert (terms.trial, terms.commitment, terms.notice) == (
        Interval(1, IntervalUnit.MONTH),
        Interval(2, IntervalUnit.YEAR),
        Interval(2, IntervalUnit.WEEK),
    )
    assert (plan.early_termination, plan.grace_days, plan.renewal_notice_days) == (
        EarlyTermination.NO_FEE,
        15,
        45,
    )
    assert (terms.renewal, terms.fixed_cycles) == (RenewalRule.FIXED_CYCLES, 8)
    assert (plan.description, plan.terms) == ("Deux visites par an", "Article 1.\nArticle 2.")
    assert plan.renewal_offer == "Renouvelez avant le 31 :\nle 13e mois est offert."


def test_what_the_form_cannot_read_is_said_with_everything_else(
    catalogue: Catalogue, operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    catalogue.item()
    dialog = opened(operations, clock, qtbot)
    qtbot.keyClicks(dialog.unit_price, "douze")
    dialog.currency.setCurrentText("XYZ")
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        dialog.accept()
    assert "not an amount" in dialog.errors.message_for("unit_price")
    assert "required" in dialog.errors.message_for("name")
    assert "XYZ" in dialog.errors.message_for("currency")
    assert dialog.unit_price.text() == "douze"
    assert dialog.buttons.isEnabled()
    with operations.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Plan)) == 0


def test_without_items_the_form_asks_for_one(
    operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    dialog = opened(operations, clock, qtbot)
    dialog.name.setText("Box")
    dialog.unit_price.setText("10")
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        dialog.accept()
    assert "New…" in dialog.errors.message_for("item_id")
    assert not dialog.edit_item.isEnabled()


def test_an_item_made_from_the_form_is_chosen_with_its_vat_rate(
    catalogue: Catalogue, operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    catalogue.item()  # 5.5 %
    dialog = opened(operations, clock, qtbot)
    assert dialog.vat_rate.currentData() == "5.50"
    dialog.new_item.click()
    item_dialog = dialog.item_dialog
    assert isinstance(item_dialog, ItemDialog)
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        item_dialog.accept()
    assert "required" in item_dialog.errors.message_for("name")
    qtbot.keyClicks(item_dialog.name, "Coaching en ligne")
    choose(item_dialog.vat_rate, "20.00")
    with qtbot.waitSignal(item_dialog.saved):
        item_dialog.accept()
    assert dialog.item.currentText() == "Coaching en ligne"
    assert dialog.vat_rate.currentData() == "20.00"
    assert dialog.item.count() == 2


def test_the_dates_follow_the_cycle_as_it_is_typed(
    operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    dialog = opened(operations, clock, qtbot)  # today: 25 November 2026
    preview = dialog.preview
    assert preview.table.rowCount() == 12
    assert preview.table.item(1, 0).text() == "25 Dec 2026"
    dialog.interval.count.setValue(3)
    assert preview.table.item(1, 0).text() == "25 Feb 2027"
    assert not dialog.fixed_day.isEnabled()
    choose(dialog.day_rule, DayRule.FIXED_DAY)
    assert dialog.fixed_day.isEnabled()
    dialog.fixed_day.setValue(1)
    assert preview.table.item(1, 0).text() == "1 Dec 2026"
    assert "short first period" in preview.table.item(0, 1).text()
    # A day of the month means nothing for weeks.
    choose(dialog.interval.unit, IntervalUnit.WEEK)
    assert dialog.day_rule.currentData() == DayRule.SAME_DAY
    assert not dialog.day_rule.isEnabled()
    assert preview.table.item(1, 0).text() == "16 Dec 2026"
    assert dialog.interval.unit.currentText() == "weeks"
    preview.start.setDate(QDate(2027, 1, 4))
    assert preview.table.item(0, 0).text() == "4 Jan 2027"
    assert not dialog.fixed_cycles.isEnabled()
    choose(dialog.renewal_rule, RenewalRule.FIXED_CYCLES)
    dialog.fixed_cycles.setValue(2)
    assert preview.table.rowCount() == 2


def test_a_subscribed_plan_keeps_its_cycle_but_its_price_can_change(
    catalogue: Catalogue, operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    tea = catalogue.item()
    plan = catalogue.plan("Box Découverte", tea.id)
    catalogue.subscribe(plan.id)
    dialog = opened(operations, clock, qtbot, plan.id)
    assert dialog.unit_price.text() == "24.90"
    assert not dialog.interval.count.isEnabled()
    assert not dialog.day_rule.isEnabled()
    assert not dialog.timing.isEnabled()
    assert "1 subscription(s) follow this cycle" in dialog.locked.text()
    dialog.unit_price.setText("26.90")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    with operations.database.reading() as session:
        assert get_plan(session, plan.id).unit_price == Decimal("26.90")


def test_the_offer_of_the_renewal_notices_is_shown_and_checked(
    catalogue: Catalogue, operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    tea = catalogue.item()
    plan = catalogue.plan("Box Découverte", tea.id, renewal_offer="Le 13e mois offert.")
    dialog = opened(operations, clock, qtbot, plan.id)
    assert dialog.renewal_offer.toPlainText() == "Le 13e mois offert."
    dialog.renewal_offer.setPlainText("x" * 2001)
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        dialog.accept()
    assert "at most 2000 characters" in dialog.errors.message_for("renewal_offer")
    assert dialog.isVisible()
    with operations.database.reading() as session:
        assert get_plan(session, plan.id).renewal_offer == "Le 13e mois offert."
