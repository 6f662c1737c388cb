"""Items and plans: validation, unique names, terms locked once subscribed."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from cadence.domain.catalogue import BillingTiming, RenewalRule
from cadence.domain.errors import ConflictError, ValidationError
from cadence.domain.periods import DayRule, Interval, IntervalUnit
from cadence.services.catalogue import (
    ItemData,
    archive_plan,
    create_item,
    get_plan,
    item_data,
    list_items,
    list_plans,
    plan_data,
    restore_plan,
    update_item,
    update_plan,
)
from cadence.store.models import Plan

from .conftest import Factory  # type: ignore[import-not-found]


def test_a_plan_carries_its_terms(make: Factory) -> None:
    plan = make.plan(
        interval_count=3,
        day_rule=DayRule.FIXED_DAY,
        fixed_day=1,
        timing=BillingTiming.ARREARS,
        trial_count=1,
        trial_unit=IntervalUnit.MONTH,
        commitment_count=12,
        notice_count=2,
        notice_unit=IntervalUnit.MONTH,
        unit_price=Decimal("0.0125"),
    )
    terms = plan.terms_of_billing
    assert terms.interval == Interval(3, IntervalUnit.MONTH)
    assert (terms.day_rule, terms.fixed_day, terms.timing) == (
        DayRule.FIXED_DAY,
        1,
        BillingTiming.ARREARS,
    )
    assert terms.trial == Interval(1, IntervalUnit.MONTH)
    assert terms.commitment == Interval(12, IntervalUnit.MONTH)
    assert terms.notice == Interval(2, IntervalUnit.MONTH)
    assert plan.unit_price == Decimal("0.0125")
    assert make.plan(name="Sans essai").terms_of_billing.trial is None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"name": ""}, "name", "required"),
        ({"unit_price": Decimal("-1")}, "unit_price", "negative"),
        ({"unit_price": Decimal("1.00001")}, "unit_price", "more than 4 decimal places"),
        ({"vat_rate": Decimal("19.6")}, "vat_rate", "not a French VAT rate"),
        ({"currency": "XYZ"}, "currency", "ISO 4217"),
        ({"interval_count": 0}, "interval_count", "between 1 and 120"),
        (
            {"interval_unit": IntervalUnit.WEEK, "day_rule": DayRule.LAST_DAY_OF_MONTH},
            "day_rule",
            "months or years",
        ),
        ({"day_rule": DayRule.FIXED_DAY}, "fixed_day", "choose the day"),
        ({"day_rule": DayRule.FIXED_DAY, "fixed_day": 32}, "fixed_day", "between 1 and 31"),
        ({"trial_count": 4000}, "trial_count", "between 1 and 3660"),
        ({"commitment_count": 121}, "commitment_count", "between 1 and 120"),
        ({"grace_days": 91}, "grace_days", "between 0 and 90"),
        ({"renewal_notice_days": -1}, "renewal_notice_days", "between 0 and 365"),
        ({"renewal_offer": "x" * 2001}, "renewal_offer", "at most 2000 characters, not 2001"),
        ({"renewal_offer": "13e mois\x07 offert"}, "renewal_offer", "control character"),
        ({"renewal_rule": RenewalRule.FIXED_CYCLES}, "fixed_cycles", "after how many cycles"),
        ({"fixed_cycles": 6}, "fixed_cycles", "only a plan with a fixed number"),
        ({"item_id": 999}, "item_id", "no item number 999"),
        ({"invoice_series_id": 999}, "invoice_series_id", "no numbering series number 999"),
    ],
)
def test_each_wrong_term_is_named(
    make: Factory, changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        make.plan(**changes)
    assert field in raised.value.errors
    assert words in str(raised.value.errors[field])


def test_names_are_unique_among_plans_on_sale(make: Factory, session: Session, today: date) -> None:
    first = make.plan(name="Box mensuelle")
    with pytest.raises(ValidationError, match="already called"):
        make.plan(name="BOX MENSUELLE")
    archive_plan(session, first.id, today=today)
    second = make.plan(name="Box mensuelle")
    with pytest.raises(ConflictError, match="already called"):
        restore_plan(session, first.id, today=today)
    assert [plan.id for plan in list_plans(session)] == [second.id]


def test_an_archived_item_is_not_offered_for_new_plans(
    make: Factory, session: Session, today: date
) -> None:
    item = make.item(name="Ancien logiciel")
    update_item(session, item.id, item_data(item), today=today)
    from cadence.store.models import CatalogueItem

    session.get_one(CatalogueItem, item.id).archived = True
    with pytest.raises(ValidationError, match="archived"):
        make.plan(item_id=item.id)
    assert [i.name for i in list_items(session)] == []


def test_an_item_needs_a_french_vat_rate(session: Session, today: date) -> None:
    with pytest.raises(ValidationError) as raised:
        create_item(session, ItemData(name="Thé", vat_rate=Decimal("7")), today=today)
    assert set(raised.value.errors) == {"vat_rate"}


def test_a_price_change_applies_but_the_cycle_is_locked_once_subscribed(
    make: Factory, session: Session, today: date
) -> None:
    plan = make.plan()
    unsubscribed = update_plan(
        session, plan.id, dataclasses.replace(plan_data(plan), interval_count=2), today=today
    )
    assert unsubscribed.terms_of_billing.interval.count == 2

    make.subscription(plan_id=plan.id)
    repriced = update_plan(
        session,
        plan.id,
        dataclasses.replace(plan_data(unsubscribed), unit_price=Decimal("31.00")),
        today=today,
    )
    assert repriced.unit_price == Decimal("31.00")
    with pytest.raises(ValidationError) as raised:
        update_plan(
            session,
            plan.id,
            dataclasses.replace(
                plan_data(repriced), interval_count=1, timing=BillingTiming.ARREARS
            ),
            today=today,
        )
    assert set(raised.value.errors) == {"interval_count", "timing"}
    assert "1 subscription(s)" in str(raised.value.errors["timing"])
    assert get_plan(session, plan.id).terms_of_billing.interval.count == 2


def test_a_plan_cannot_become_available_after_its_first_subscription(
    make: Factory, session: Session, today: date
) -> None:
    plan = make.plan()
    make.subscription(plan_id=plan.id, start_date=date(2025, 3, 1))
    later = dataclasses.replace(plan_data(plan), available_from=date(2025, 6, 1))
    with pytest.raises(ValidationError, match="2025-03-01"):
        update_plan(session, plan.id, later, today=today)


def test_the_editable_form_saves_back_unchanged(
    make: Factory, session: Session, today: date
) -> None:
    plan = make.plan(
        trial_count=14,
        commitment_count=12,
        notice_count=1,
        notice_unit=IntervalUnit.MONTH,
        renewal_rule=RenewalRule.FIXED_CYCLES,
        fixed_cycles=6,
        terms="Sans engagement.",
        renewal_offer="Le 13e mois offert.",
    )
    assert update_plan(session, plan.id, plan_data(plan), today=today) == plan


def test_a_plan_keeps_its_renewal_offer_cleaned_and_changes_it(
    make: Factory, session: Session, today: date
) -> None:
    plan = make.plan(renewal_offer="  Renouvelez avant le 31 :  \r\nle 13e mois est offert.\n ")
    assert plan.renewal_offer == "Renouvelez avant le 31 :\nle 13e mois est offert."
    assert plan_data(plan).renewal_offer == plan.renewal_offer
    assert make.plan(name="Sans offre").renewal_offer == ""
    changed = update_plan(
        session,
        plan.id,
        dataclasses.replace(plan_data(plan), renewal_offer="x" * 2000),
        today=today,
    )
    assert get_plan(session, plan.id).renewal_offer == changed.renewal_offer == "x" * 2000
    update_plan(
        session, plan.id, dataclasses.replace(plan_data(plan), renewal_offer=""), today=today
    )
    assert get_plan(session, plan.id).renewal_offer == ""


# --- Bounds on what a plan can express -------------------------------------------


@pytest.mark.parametrize(
    ("count", "unit", "cycles"),
    [
        (10, IntervalUnit.YEAR, 999),  # 9,990 years: its end was past year 9999
        (10, IntervalUnit.YEAR, 11),  # 110 years
        (120, IntervalUnit.MONTH, 11),
        (520, IntervalUnit.WEEK, 11),  # 5,720 weeks, about 110 years
        (3660, IntervalUnit.DAY, 10),  # 36,600 days, more than 100 years
    ],
)
def test_a_fixed_term_longer_than_a_hundred_years_is_refused(
    make: Factory, count: int, unit: IntervalUnit, cycles: int
) -> None:
    with pytest.raises(ValidationError) as raised:
        make.plan(
            interval_count=count,
            interval_unit=unit,
            renewal_rule=RenewalRule.FIXED_CYCLES,
            fixed_cycles=cycles,
        )
    assert set(raised.value.errors) == {"fixed_cycles"}
    assert "longer than 100 years" in str(raised.value.errors["fixed_cycles"])


@pytest.mark.parametrize(
    ("count", "unit", "cycles"),
    [
        (10, IntervalUnit.YEAR, 10),
        (120, IntervalUnit.MONTH, 10),
        (1, IntervalUnit.WEEK, 999),
        (1, IntervalUnit.DAY, 999),
    ],
)
def test_a_fixed_term_of_up_to_a_hundred_years_is_accepted(
    make: Factory, count: int, unit: IntervalUnit, cycles: int
) -> None:
    plan = make.plan(
        interval_count=count,
        interval_unit=unit,
        renewal_rule=RenewalRule.FIXED_CYCLES,
        fixed_cycles=cycles,
    )
    assert plan.terms_of_billing.fixed_cycles == cycles


def test_a_longer_fixed_term_is_refused_on_update_too(
    make: Factory, session: Session, today: date
) -> None:
    plan = make.plan(
        interval_count=10,
        interval_unit=IntervalUnit.YEAR,
        renewal_rule=RenewalRule.FIXED_CYCLES,
        fixed_cycles=10,
    )
    with pytest.raises(ValidationError) as raised:
        update_plan(
            session, plan.id, dataclasses.replace(plan_data(plan), fixed_cycles=999), today=today
        )
    assert set(raised.value.errors) == {"fixed_cycles"}
    assert get_plan(session, plan.id).terms_of_billing.fixed_cycles == 10


@pytest.mark.parametrize("rule", [DayRule.SAME_DAY, DayRule.LAST_DAY_OF_MONTH])
def test_a_billing_day_without_the_fixed_day_rule_is_refused_not_dropped(
    make: Factory, rule: DayRule
) -> None:
    with pytest.raises(ValidationError) as raised:
        make.plan(day_rule=rule, fixed_day=5)
    assert set(raised.value.errors) == {"fixed_day"}
    assert "only applies to the fixed-day rule" in str(raised.value.errors["fixed_day"])


def test_the_fixed_day_rule_needs_its_day(make: Factory) -> None:
    with pytest.raises(ValidationError) as raised:
        make.plan(day_rule=DayRule.FIXED_DAY, fixed_day=None)
    assert set(raised.value.errors) == {"fixed_day"}
    assert make.plan(day_rule=DayRule.FIXED_DAY, fixed_day=5).terms_of_billing.fixed_day == 5


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("XXX", "not a currency in use"),  # "no currency"
        ("XTS", "not a currency in use"),  # reserved for testing
        ("XAU", "not a currency in use"),  # gold
        ("xag", "not a currency in use"),  # silver, typed in lower case
        ("XDR", "not a currency in use"),  # the IMF's special drawing right
        ("USN", "not a currency in use"),  # a fund code, not cash
        ("FRF", "not a currency in use"),  # withdrawn in 2002
        ("TND", "3 decimal places"),  # counted in thousandths: Cadence stores cents
        ("KWD", "3 decimal places"),
    ],
)
def test_codes_that_are_not_money_cadence_can_invoice_are_refused(
    make: Factory, code: str, words: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        make.plan(currency=code)
    assert set(raised.value.errors) == {"currency"}
    assert words in str(raised.value.errors["currency"])


@pytest.mark.parametrize("code", ["EUR", "XPF", "XOF", "CHF", "usd", "JPY"])
def test_currencies_in_use_with_cents_or_none_are_accepted(make: Factory, code: str) -> None:
    assert make.plan(name=f"Plan {code}", currency=code).currency == code.upper()


def test_a_plan_keeps_the_currency_it_was_saved_with(
    make: Factory, session: Session, today: date
) -> None:
    # A plan saved in a code refused today can still be renamed: its currency, which
    # its subscribers lock, is not judged again; changing to such a code is refused.
    plan = make.plan()
    make.subscription(plan_id=plan.id)
    session.get_one(Plan, plan.id).currency = "XXX"
    renamed = update_plan(
        session,
        plan.id,
        dataclasses.replace(plan_data(get_plan(session, plan.id)), name="Renamed"),
        today=today,
    )
    assert (renamed.name, renamed.currency) == ("Renamed", "XXX")
    other = make.plan(name="Autre")
    with pytest.raises(ValidationError) as raised:
        update_plan(
            session, other.id, dataclasses.replace(plan_data(other), currency="XXX"), today=today
        )
    assert set(raised.value.errors) == {"currency"}
