"""When a cancellation takes effect, commitment terms and renewals; an invoice's
settlement status, its operation category and its chained digest. Worked by hand."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from cadence.domain.catalogue import ItemKind
from cadence.domain.invoicing import (
    InvoiceStatus,
    OperationCategory,
    document_digest,
    is_overdue,
    operation_category,
    settlement_status,
)
from cadence.domain.lifecycle import (
    cancellation_takes_effect,
    current_commitment_end,
    next_boundary,
    renewal_date,
)
from cadence.domain.periods import BillingSchedule, DateOutOfRange, Interval, IntervalUnit

D = Decimal
d = date
DAY, MONTH, YEAR = IntervalUnit.DAY, IntervalUnit.MONTH, IntervalUnit.YEAR
ONE_MONTH = Interval(1, MONTH)
TWELVE_MONTHS = Interval(12, MONTH)

# Monthly on the 5th: periods start 5 Nov 2026, 5 Dec, 5 Jan 2027, 5 Feb, 5 Mar …
ON_THE_5TH = BillingSchedule(d(2026, 11, 5), ONE_MONTH)
# Monthly on the 31st: 31 Jan 2026, 28 Feb, 31 Mar … 31 Jan 2027, 28 Feb 2027, 31 Mar 2027.
ON_THE_31ST = BillingSchedule(d(2026, 1, 31), ONE_MONTH)


# --- The next period start ----------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param(d(2027, 1, 20), d(2027, 2, 5), id="mid-period"),
        pytest.param(d(2027, 2, 5), d(2027, 2, 5), id="on-a-period-start"),
        pytest.param(d(2027, 2, 6), d(2027, 3, 5), id="the-day-after-a-period-start"),
        pytest.param(d(2026, 10, 1), d(2026, 11, 5), id="before-the-anchor"),
    ],
)
def test_next_boundary(day: date, expected: date) -> None:
    assert next_boundary(ON_THE_5TH, day) == expected


# --- When a cancellation at period end takes effect ----------------------------


@pytest.mark.parametrize(
    ("requested_on", "notice", "commitment_end", "term_end", "expected"),
    [
        pytest.param(
            d(2027, 1, 20), None, None, None, d(2027, 2, 5), id="no-notice-ends-with-the-period"
        ),
        pytest.param(
            # 20 Jan + 1 month = 20 Feb, in [5 Feb, 5 Mar): ends 5 March.
            d(2027, 1, 20),
            ONE_MONTH,
            None,
            None,
            d(2027, 3, 5),
            id="one-month-notice",
        ),
        pytest.param(
            # 20 Jan + 15 days = 4 Feb, in [5 Jan, 5 Feb): ends 5 Feb.
            d(2027, 1, 20),
            Interval(15, DAY),
            None,
            None,
            d(2027, 2, 5),
            id="notice-over-before-the-period-ends",
        ),
        pytest.param(
            # 20 Jan + 16 days = 5 Feb: the notice is over on a period start.
            d(2027, 1, 20),
            Interval(16, DAY),
            None,
            None,
            d(2027, 2, 5),
            id="notice-over-on-a-period-start",
        ),
        pytest.param(
            # 20 Jan + 17 days = 6 Feb, in [5 Feb, 5 Mar): ends 5 March.
            d(2027, 1, 20),
            Interval(17, DAY),
            None,
            None,
            d(2027, 3, 5),
            id="notice-over-the-day-after-a-period-start",
        ),
        pytest.param(
            # Committed until 1 June (excluded), in [5 May, 5 Jun): ends 5 June.
            d(2027, 1, 20),
            None,
            d(2027, 6, 1),
            None,
            d(2027, 6, 5),
            id="commitment-served-first",
        ),
        pytest.param(
            # Notice to 20 Feb, commitment to 1 June: the later wins, 5 June.
            d(2027, 1, 20),
            ONE_MONTH,
            d(2027, 6, 1),
            None,
            d(2027, 6, 5),
            id="notice-within-the-commitment",
        ),
        pytest.param(
            d(2027, 1, 20),
            None,
            d(2027, 6, 5),
            None,
            d(2027, 6, 5),
            id="commitment-ending-on-a-period-start",
        ),
        pytest.param(
            d(2027, 1, 20),
            ONE_MONTH,
            d(2026, 12, 1),
            None,
            d(2027, 3, 5),
            id="commitment-already-over",
        ),
        pytest.param(
            # The notice would end it 5 March; the fixed term ends 5 Feb.
            d(2027, 1, 20),
            ONE_MONTH,
            None,
            d(2027, 2, 5),
            d(2027, 2, 5),
            id="term-ending-sooner",
        ),
        pytest.param(
            # The commitment would end it 5 June; the fixed term ends 5 April.
            d(2027, 1, 20),
            None,
            d(2027, 6, 1),
            d(2027, 4, 5),
            d(2027, 4, 5),
            id="term-ending-before-the-commitment",
        ),
        pytest.param(
            d(2027, 1, 20),
            ONE_MONTH,
            None,
            d(2027, 5, 5),
            d(2027, 3, 5),
            id="term-ending-later",
        ),
        pytest.param(
            # The period [5 Feb, 5 Mar) started on the day of the request: it is in
            # progress (and may be billed already), so it is served to its end.
            d(2027, 2, 5),
            None,
            None,
            None,
            d(2027, 3, 5),
            id="requested-on-a-period-start",
        ),
        pytest.param(
            d(2027, 2, 4),
            None,
            None,
            None,
            d(2027, 2, 5),
            id="requested-the-day-before-a-period-start",
        ),
        pytest.param(
            # Requested during the trial, before the first period: ends at the anchor.
            d(2026, 10, 20),
            None,
            None,
            None,
            d(2026, 11, 5),
            id="before-the-first-period",
        ),
    ],
)
def test_cancellation_takes_effect(
    requested_on: date,
    notice: Interval | None,
    commitment_end: date | None,
    term_end: date | None,
    expected: date,
) -> None:
    effective = cancellation_takes_effect(
        requested_on=requested_on,
        schedule=ON_THE_5TH,
        notice=notice,
        commitment_end=commitment_end,
        term_end=term_end,
    )
    assert effective == expected


def test_cancellation_at_the_end_of_a_month_on_the_31st() -> None:
    # 10 Feb 2027 + 1 month = 10 March, in [28 Feb, 31 Mar): ends 31 March, not 28.
    effective = cancellation_takes_effect(
        requested_on=d(2027, 2, 10),
        schedule=ON_THE_31ST,
        notice=ONE_MONTH,
        commitment_end=None,
    )
    assert effective == d(2027, 3, 31)


# --- Commitment terms renewed by tacit agreement --------------------------------


@pytest.mark.parametrize(
    ("service_start", "commitment", "on", "expected"),
    [
        pytest.param(
            # Terms end 31 Jan 2027, 31 Jan 2028: on 1 Mar 2027 the second is in progress.
            d(2026, 1, 31),
            TWELVE_MONTHS,
            d(2027, 3, 1),
            d(2028, 1, 31),
            id="second-twelve-month-term",
        ),
        pytest.param(d(2026, 1, 31), TWELVE_MONTHS, d(2026, 6, 1), d(2027, 1, 31), id="first-term"),
        pytest.param(
            d(2026, 1, 31),
            TWELVE_MONTHS,
            d(2027, 1, 30),
            d(2027, 1, 31),
            id="last-day-of-the-first-term",
        ),
        pytest.param(
            # 31 Jan 2027 is the first day free of the first term: the second has begun.
            d(2026, 1, 31),
            TWELVE_MONTHS,
            d(2027, 1, 31),
            d(2028, 1, 31),
            id="first-day-of-the-second-term",
        ),
        pytest.param(
            d(2026, 1, 31),
            TWELVE_MONTHS,
            d(2025, 12, 1),
            d(2027, 1, 31),
            id="before-the-service-start",
        ),
        pytest.param(
            # Monthly terms from 31 Jan end 28 Feb, then 31 Mar (start + 2 months),
            # not 28 Mar (28 Feb + 1 month).
            d(2026, 1, 31),
            ONE_MONTH,
            d(2026, 3, 15),
            d(2026, 3, 31),
            id="monthly-terms-no-drift-after-february",
        ),
        pytest.param(
            # 28 Feb, 31 Mar, 30 Apr have passed on 30 April: the term ends 31 May.
            d(2026, 1, 31),
            ONE_MONTH,
            d(2026, 4, 30),
            d(2026, 5, 31),
            id="monthly-terms-on-a-term-end",
        ),
        pytest.param(
            # From 29 Feb 2028: 28 Feb 2029, 2030, 2031 have passed; then 29 Feb 2032.
            d(2028, 2, 29),
            Interval(1, YEAR),
            d(2031, 6, 1),
            d(2032, 2, 29),
            id="yearly-from-29-february-back-on-the-29th",
        ),
    ],
)
def test_current_commitment_end(
    service_start: date, commitment: Interval, on: date, expected: date
) -> None:
    assert current_commitment_end(service_start, commitment, on) == expected


@pytest.mark.parametrize(
    ("commitment", "on_or_after", "expected"),
    [
        pytest.param(TWELVE_MONTHS, d(2026, 6, 1), d(2027, 1, 31), id="committed-first-term"),
        pytest.param(
            TWELVE_MONTHS, d(2027, 1, 31), d(2027, 1, 31), id="committed-on-the-renewal-day"
        ),
        pytest.param(
            TWELVE_MONTHS, d(2027, 2, 1), d(2028, 1, 31), id="committed-the-day-after-renewing"
        ),
        pytest.param(None, d(2027, 2, 1), d(2027, 2, 28), id="uncommitted-next-period"),
        pytest.param(None, d(2027, 2, 28), d(2027, 2, 28), id="uncommitted-on-a-period-start"),
        pytest.param(None, d(2027, 3, 1), d(2027, 3, 31), id="uncommitted-back-on-the-31st"),
        pytest.param(None, d(2025, 12, 1), d(2026, 1, 31), id="uncommitted-before-the-anchor"),
    ],
)
def test_renewal_date(commitment: Interval | None, on_or_after: date, expected: date) -> None:
    renews = renewal_date(
        schedule=ON_THE_31ST,
        commitment=commitment,
        service_start=d(2026, 1, 31),
        on_or_after=on_or_after,
    )
    assert renews == expected


# --- Settlement status ---------------------------------------------------------

ISSUED, PARTIALLY_PAID, PAID, CREDITED = (
    InvoiceStatus.ISSUED,
    InvoiceStatus.PARTIALLY_PAID,
    InvoiceStatus.PAID,
    InvoiceStatus.CREDITED,
)


@pytest.mark.parametrize(
    ("paid", "credited", "expected"),
    [
        pytest.param("0.00", "0.00", ISSUED, id="nothing-settled"),
        pytest.param("40.00", "0.00", PARTIALLY_PAID, id="paid-40"),
        pytest.param("99.99", "0.00", PARTIALLY_PAID, id="one-cent-short"),
        pytest.param("100.00", "0.00", PAID, id="paid-in-full"),
        pytest.param("120.00", "0.00", PAID, id="overpaid"),
        pytest.param("0.00", "100.00", CREDITED, id="credited-in-full"),
        pytest.param("60.00", "40.00", PAID, id="paid-60-credited-40"),
        pytest.param("0.00", "40.00", PARTIALLY_PAID, id="credited-40-only"),
        pytest.param("50.00", "40.00", PARTIALLY_PAID, id="paid-50-credited-40"),
    ],
)
def test_settlement_status_of_an_invoice_of_100(
    paid: str, credited: str, expected: InvoiceStatus
) -> None:
    assert settlement_status(D("100.00"), D(paid), D(credited)) is expected


# --- Overdue -------------------------------------------------------------------

TODAY = d(2026, 11, 25)


@pytest.mark.parametrize(
    ("status", "due_date", "expected"),
    [
        pytest.param(ISSUED, d(2026, 11, 24), True, id="issued-due-yesterday"),
        pytest.param(ISSUED, d(2026, 11, 25), False, id="issued-due-today"),
        pytest.param(ISSUED, d(2026, 11, 26), False, id="issued-due-tomorrow"),
        pytest.param(PARTIALLY_PAID, d(2026, 10, 1), True, id="partially-paid-late"),
        pytest.param(PAID, d(2026, 10, 1), False, id="paid"),
        pytest.param(CREDITED, d(2026, 10, 1), False, id="credited"),
        pytest.param(InvoiceStatus.DRAFT, d(2026, 10, 1), False, id="draft"),
        pytest.param(ISSUED, None, False, id="no-due-date"),
    ],
)
def test_is_overdue(status: InvoiceStatus, due_date: date | None, expected: bool) -> None:
    assert is_overdue(status, due_date, TODAY) is expected


# --- Category of operation -----------------------------------------------------

GOODS, SERVICE = ItemKind.GOODS, ItemKind.SERVICE


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        pytest.param([GOODS], OperationCategory.GOODS, id="goods"),
        pytest.param([GOODS, GOODS], OperationCategory.GOODS, id="goods-only"),
        pytest.param([SERVICE], OperationCategory.SERVICES, id="service"),
        pytest.param([SERVICE, SERVICE], OperationCategory.SERVICES, id="services-only"),
        pytest.param([GOODS, SERVICE], OperationCategory.MIXED, id="mixed"),
        pytest.param([SERVICE, GOODS, SERVICE], OperationCategory.MIXED, id="mixed-order"),
        pytest.param([None], OperationCategory.SERVICES, id="no-item-is-a-service"),
        pytest.param([None, SERVICE], OperationCategory.SERVICES, id="no-item-and-a-service"),
        pytest.param([None, GOODS], OperationCategory.MIXED, id="no-item-and-goods"),
    ],
)
def test_operation_category(kinds: list[ItemKind | None], expected: OperationCategory) -> None:
    assert operation_category(kinds) is expected
    assert operation_category(iter(kinds)) is expected  # any iterable, read once


# --- Chained digest ------------------------------------------------------------

PREVIOUS = "a" * 64


def invoice() -> dict[str, object]:
    """The content of an invoice, built anew for each call."""
    return {
        "number": "F-2027-0001",
        "issued_on": d(2027, 1, 31),
        "customer": {"name": "Dupont SARL", "city": "Lyon"},
        "lines": [
            {"description": "Abonnement Pro", "net": D("29.00")},
            {"description": "Installation", "net": D("50.00")},
        ],
        "gross": D("94.80"),
    }


def test_same_content_same_digest() -> None:
    first = document_digest(PREVIOUS, invoice())
    assert document_digest(PREVIOUS, invoice()) == first
    assert re.fullmatch(r"[0-9a-f]{64}", first)
    assert document_digest(None, invoice()) == document_digest(None, invoice())


def test_key_order_does_not_matter() -> None:
    content = invoice()
    reordered = {key: content[key] for key in reversed(list(content))}
    reordered["customer"] = {"city": "Lyon", "name": "Dupont SARL"}
    assert list(reordered) != list(content)
    assert document_digest(PREVIOUS, reordered) == document_digest(PREVIOUS, content)


def changed(key: str, value: object) -> dict[str, object]:
    content = invoice()
    content[key] = value
    return content


def without(key: str) -> dict[str, object]:
    content = invoice()
    del content[key]
    return content


CHANGES = {
    "number": changed("number", "F-2027-0002"),
    "date": changed("issued_on", d(2027, 2, 1)),
    "gross-by-a-cent": changed("gross", D("94.81")),
    "customer-name": changed("customer", {"name": "Dupont SAS", "city": "Lyon"}),
    "accent": changed("customer", {"name": "Dupont SARL", "city": "Lyon é"}),
    "line-order": changed(
        "lines",
        [
            {"description": "Installation", "net": D("50.00")},
            {"description": "Abonnement Pro", "net": D("29.00")},
        ],
    ),
    "line-removed": changed("lines", [{"description": "Abonnement Pro", "net": D("29.00")}]),
    "key-added": changed("note", "merci"),
    "key-removed": without("gross"),
    "key-renamed": {**without("gross"), "total": D("94.80")},
}


@pytest.mark.parametrize("content", list(CHANGES.values()), ids=list(CHANGES))
def test_any_change_of_content_changes_the_digest(content: dict[str, object]) -> None:
    assert document_digest(PREVIOUS, content) != document_digest(PREVIOUS, invoice())


def test_every_change_gives_its_own_digest() -> None:
    digests = {document_digest(PREVIOUS, content) for content in CHANGES.values()}
    assert len(digests) == len(CHANGES)


@pytest.mark.parametrize(
    "previous",
    [
        pytest.param(None, id="none"),
        pytest.param("", id="empty"),
        pytest.param("b" * 64, id="another-digest"),
        pytest.param("a" * 63 + "b", id="last-character"),
    ],
)
def test_a_different_previous_digest_changes_the_digest(previous: str | None) -> None:
    assert document_digest(previous, invoice()) != document_digest(PREVIOUS, invoice())


def test_a_change_to_an_earlier_document_breaks_the_chain() -> None:
    first = document_digest(None, invoice())
    second = document_digest(first, changed("number", "F-2027-0002"))
    tampered_first = document_digest(None, changed("gross", D("94.81")))
    assert document_digest(tampered_first, changed("number", "F-2027-0002")) != second


# --- At the end of the calendar ----------------------------------------------------


@pytest.mark.parametrize(
    ("requested_on", "notice"),
    [
        pytest.param(date.max, None, id="requested-on-the-last-day"),
        pytest.param(d(9999, 11, 20), Interval(2, MONTH), id="notice-past-9999"),
        pytest.param(d(9999, 12, 20), None, id="period-ending-past-9999"),
    ],
)
def test_a_cancellation_taking_effect_past_the_calendar_is_a_known_error(
    requested_on: date, notice: Interval | None
) -> None:
    monthly = BillingSchedule(d(9999, 1, 15), ONE_MONTH)
    with pytest.raises(DateOutOfRange, match="outside the calendar"):
        cancellation_takes_effect(
            requested_on=requested_on, schedule=monthly, notice=notice, commitment_end=None
        )


def test_a_commitment_renewed_past_the_calendar_is_a_known_error() -> None:
    with pytest.raises(DateOutOfRange):
        current_commitment_end(d(9990, 3, 1), Interval(10, YEAR), d(9999, 6, 1))
