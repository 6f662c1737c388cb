"""A segment of subscribers: chosen by plan, status and renewal window, and written as
CSV an e-mail marketing tool imports, formulas neutralised."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from cadence.domain.catalogue import RenewalRule
from cadence.domain.errors import ValidationError
from cadence.domain.lifecycle import CancellationReason, SubscriptionStatus
from cadence.domain.parties import CustomerKind, Language
from cadence.services.customers import archive_customer
from cadence.services.lifecycle import CancelWhen, cancel_subscription
from cadence.services.renewals import RenewalKind
from cadence.services.segments import (
    SegmentFilter,
    SegmentRow,
    segment_csv,
    segment_size,
    subscriber_segment,
    write_segment_csv,
)
from cadence.services.subscriptions import SubscriptionRecord

from .conftest import Factory  # type: ignore[import-not-found]

TODAY = date(2026, 11, 25)
OCTOBER = date(2026, 10, 10)  # a monthly subscription from then renews on 10 Dec


def ids(rows: list[SegmentRow]) -> list[int]:
    return [row.subscription_id for row in rows]


def segment(make: Factory, **criteria: Any) -> list[int]:
    chosen = SegmentFilter(**criteria)
    rows = subscriber_segment(make.session, chosen, today=TODAY)
    assert segment_size(make.session, chosen, today=TODAY) == len(rows)  # count and file agree
    return ids(rows)


def cancel(make: Factory, subscription: SubscriptionRecord, when: CancelWhen) -> None:
    if when is CancelWhen.NOW:
        make.company()  # ending at once settles what was invoiced, in the company's name
    cancel_subscription(
        make.session,
        subscription_id=subscription.id,
        today=TODAY,
        when=when,
        reason=CancellationReason.OTHER,
    )


def test_a_row_says_what_a_mailing_needs(make: Factory) -> None:
    customer = make.customer(
        name="Atelier Brun SARL",
        kind=CustomerKind.COMPANY,
        siren="732829320",
        contact_name="Jeanne Brun",
        email="jeanne@atelier-brun.fr",
        city="Annecy",
        language=Language.ENGLISH,
    )
    plan = make.plan(name="Caisse", unit_price=Decimal("29.00"))
    subscription = make.subscription(
        customer_id=customer.id, plan_id=plan.id, start_date=OCTOBER, quantity=2
    )
    [row] = subscriber_segment(make.session, SegmentFilter(), today=TODAY)
    assert row == SegmentRow(
        subscription_id=subscription.id,
        customer_id=customer.id,
        customer_name="Atelier Brun SARL",
        contact_name="Jeanne Brun",
        email="jeanne@atelier-brun.fr",
        language=Language.ENGLISH,
        customer_kind=CustomerKind.COMPANY,
        city="Annecy",
        country="FR",
        plan_id=plan.id,
        plan_name="Caisse",
        status=SubscriptionStatus.ACTIVE,
        start_date=OCTOBER,
        renews_on=date(2026, 12, 10),
        renewal_kind=RenewalKind.RENEWAL,
        quantity=2,
        mrr=Decimal("58.00"),
        currency="EUR",
        cancellation_effective_on=None,
    )


def test_plans_and_statuses_narrow_the_segment(make: Factory) -> None:
    box = make.plan(name="Box")
    tea = make.plan(name="Thé")
    trial_plan = make.plan(name="Essai", trial_count=14)
    on_box = make.subscription(plan_id=box.id, start_date=OCTOBER)
    on_tea = make.subscription(plan_id=tea.id, start_date=OCTOBER)
    in_trial = make.subscription(plan_id=trial_plan.id)
    gone = make.subscription(plan_id=box.id, start_date=OCTOBER)
    cancel(make, gone, CancelWhen.NOW)

    # No status chosen: every live one, the cancelled one left out.
    assert sorted(segment(make)) == sorted([on_box.id, on_tea.id, in_trial.id])
    assert segment(make, plan_ids=frozenset({box.id})) == [on_box.id]
    assert sorted(segment(make, plan_ids=frozenset({box.id, tea.id}))) == sorted(
        [on_box.id, on_tea.id]
    )
    assert segment(make, statuses=frozenset({SubscriptionStatus.TRIAL})) == [in_trial.id]
    assert segment(make, statuses=frozenset({SubscriptionStatus.CANCELLED})) == [gone.id]
    assert (
        segment(
            make,
            plan_ids=frozenset({tea.id}),
            statuses=frozenset({SubscriptionStatus.CANCELLED}),
        )
        == []
    )


def test_the_renewal_window_includes_both_of_its_days(make: Factory) -> None:
    monthly = make.subscription(start_date=OCTOBER)  # renews 10 Dec
    six = make.plan(name="Six mois", renewal_rule=RenewalRule.FIXED_CYCLES, fixed_cycles=6)
    ending = make.subscription(plan_id=six.id, start_date=date(2026, 6, 15))  # ends 15 Dec
    leaving = make.subscription(start_date=OCTOBER)  # would renew 10 Dec, but leaves then
    cancel(make, leaving, CancelWhen.PERIOD_END)

    def window(start: date | None, end: date | None) -> list[int]:
        return sorted(segment(make, renews_from=start, renews_to=end))

    assert window(date(2026, 12, 10), date(2026, 12, 15)) == sorted([monthly.id, ending.id])
    assert window(date(2026, 12, 10), date(2026, 12, 10)) == [monthly.id]
    assert window(date(2026, 12, 11), date(2026, 12, 15)) == [ending.id]
    assert window(date(2026, 12, 11), date(2026, 12, 14)) == []
    assert window(None, date(2026, 12, 14)) == [monthly.id]
    assert window(date(2026, 12, 15), None) == [ending.id]
    rows = {
        row.subscription_id: row
        for row in subscriber_segment(make.session, SegmentFilter(), today=TODAY)
    }
    assert rows[ending.id].renewal_kind is RenewalKind.TERM_END
    # Without a window, a subscription that ends before renewing is still in the segment.
    assert rows[leaving.id].renews_on is None
    assert rows[leaving.id].cancellation_effective_on == date(2026, 12, 10)
    assert rows[leaving.id].status is SubscriptionStatus.CANCELLATION_SCHEDULED


def test_customers_without_an_email_address_only_when_asked(make: Factory) -> None:
    reachable = make.subscription()
    silent = make.subscription(customer_id=make.customer(name="Sans Courriel", email="").id)
    assert segment(make) == [reachable.id]
    assert sorted(segment(make, only_with_email=False)) == sorted([reachable.id, silent.id])


def test_archived_customers_only_when_asked(make: Factory) -> None:
    kept = make.subscription()
    former = make.subscription(customer_id=make.customer(name="Ancien Client").id)
    cancel(make, former, CancelWhen.NOW)
    archive_customer(make.session, former.customer_id, today=TODAY)
    every_status = frozenset(SubscriptionStatus)
    assert segment(make, statuses=every_status) == [kept.id]
    assert sorted(segment(make, statuses=every_status, include_archived_customers=True)) == (
        sorted([kept.id, former.id])
    )


def test_rows_come_by_customer_name_accents_aside(make: Factory) -> None:
    zoe = make.subscription(customer_id=make.customer(name="Zoé Martin").id)
    emile = make.subscription(customer_id=make.customer(name="Émile Roux").id)
    anne = make.subscription(customer_id=make.customer(name="anne Petit").id)
    assert segment(make) == [anne.id, emile.id, zoe.id]


def test_a_window_that_ends_before_it_starts_is_refused(make: Factory) -> None:
    reversed_window = SegmentFilter(renews_from=date(2026, 12, 31), renews_to=date(2026, 12, 1))
    for run in (subscriber_segment, segment_size):
        with pytest.raises(ValidationError) as refused:
            run(make.session, reversed_window, today=TODAY)
        assert set(refused.value.errors) == {"renews_to"}
        assert "2026-12-31" in str(refused.value)


def test_an_unknown_plan_is_refused(make: Factory) -> None:
    with pytest.raises(ValidationError) as refused:
        subscriber_segment(make.session, SegmentFilter(plan_ids=frozenset({999})), today=TODAY)
    assert set(refused.value.errors) == {"plan_ids"}
    assert "999" in str(refused.value)


# -- the CSV ----------------------------------------------------------------------------

FORMULA = '=HYPERLINK("http://x")'
AMPERSAND = "O'Brien & <Fils>"


@pytest.fixture
def tricky_rows(make: Factory) -> list[SegmentRow]:
    plan = make.plan(name="+Box", unit_price=Decimal("24.90"))
    for name in (FORMULA, AMPERSAND):
        make.subscription(
            customer_id=make.customer(name=name, city="-Lyon").id,
            plan_id=plan.id,
            start_date=OCTOBER,
        )
    return subscriber_segment(make.session, SegmentFilter(), today=TODAY)


def read(content: bytes, delimiter: str) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads the accents right
    text = content[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_french_csv_has_semicolons_decimal_commas_and_no_formula(
    tricky_rows: list[SegmentRow],
) -> None:
    content = segment_csv(tricky_rows, language=Language.FRENCH)
    header, *rows = read(content, ";")
    assert header[:3] == ["Client", "Contact", "E-mail"]
    assert header[13] == "MRR HT"
    by_name = {row[0]: row for row in rows}
    # A formula starts with an apostrophe: a spreadsheet shows it, never runs it.
    assert set(by_name) == {"'" + FORMULA, AMPERSAND}
    tricky = by_name[AMPERSAND]
    assert tricky[5] == "'-Lyon"
    assert tricky[7] == "'+Box"
    assert tricky[8] == "Actif"
    assert tricky[9:12] == ["2026-10-10", "2026-12-10", "Renouvellement"]
    assert tricky[13:15] == ["24,90", "EUR"]
    assert tricky[15] == ""  # no cancellation
    # Nothing escaped as for HTML: the name is as typed.
    assert b"&amp;" not in content
    assert b"&lt;" not in content
    assert content.count(b"\r\n") == 3


def test_english_csv_has_commas_and_decimal_points(tricky_rows: list[SegmentRow]) -> None:
    content = segment_csv(tricky_rows, language=Language.ENGLISH)
    header, *rows = read(content, ",")
    assert (header[0], header[13]) == ("Customer", "MRR excl. VAT")
    assert {row[13] for row in rows} == {"24.90"}
    assert {row[8] for row in rows} == {"Active"}
    # The formula's quotes and comma are quoted as CSV wants, the apostrophe first.
    assert b'"\'=HYPERLINK(""http://x"")"' in content


def test_the_file_is_written_whole_and_a_stream_gets_the_same(
    tricky_rows: list[SegmentRow], tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "abonnes.csv"
    target.write_text("an older export")
    write_segment_csv(tricky_rows, target, language=Language.FRENCH)
    stream = io.BytesIO()
    write_segment_csv(tricky_rows, stream, language=Language.FRENCH)
    assert (
        target.read_bytes()
        == stream.getvalue()
        == segment_csv(tricky_rows, language=Language.FRENCH)
    )
    assert [path.name for path in folder.iterdir()] == ["abonnes.csv"]  # no temporary left
