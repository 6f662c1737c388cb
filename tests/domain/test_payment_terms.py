"""Due dates within French law: 60 days net or 45 days end of month (Code de commerce L441-10)."""

from __future__ import annotations

from datetime import date

import pytest

from cadence.domain.errors import InvalidValue
from cadence.domain.payment_terms import PaymentTerms, PaymentTermsBasis
from cadence.domain.periods import DateOutOfRange

NET, END_OF_MONTH = PaymentTermsBasis.NET_DAYS, PaymentTermsBasis.END_OF_MONTH


@pytest.mark.parametrize(
    ("basis", "days", "invoice_date", "expected"),
    [
        pytest.param(NET, 30, date(2026, 11, 25), date(2026, 12, 25), id="30-days-net"),
        pytest.param(NET, 0, date(2026, 11, 25), date(2026, 11, 25), id="on-receipt"),
        # 25 Nov + 60: 5 days to 30 Nov, 31 in December, 24 in January (5 + 31 + 24 = 60).
        pytest.param(NET, 60, date(2026, 11, 25), date(2027, 1, 24), id="60-days-net"),
        pytest.param(END_OF_MONTH, 0, date(2026, 2, 10), date(2026, 2, 28), id="end-of-february"),
        pytest.param(
            END_OF_MONTH, 0, date(2028, 2, 10), date(2028, 2, 29), id="end-of-leap-february"
        ),
        # 31 Jan + 45: 28 days to 28 Feb (2026 is not a leap year), 17 more → 17 March.
        pytest.param(
            END_OF_MONTH, 45, date(2026, 1, 15), date(2026, 3, 17), id="45-days-end-of-month"
        ),
        # 31 Dec + 45: 31 days to 31 Jan, 14 more → 14 Feb 2027.
        pytest.param(END_OF_MONTH, 45, date(2026, 12, 15), date(2027, 2, 14), id="over-new-year"),
        pytest.param(END_OF_MONTH, 10, date(2026, 4, 30), date(2026, 5, 10), id="on-the-last-day"),
    ],
)
def test_due_date(basis: PaymentTermsBasis, days: int, invoice_date: date, expected: date) -> None:
    assert PaymentTerms(basis, days).due_date(invoice_date) == expected


@pytest.mark.parametrize(
    ("basis", "days"),
    [
        pytest.param(NET, 60, id="net-60"),
        pytest.param(END_OF_MONTH, 45, id="end-of-month-45"),
        pytest.param(NET, 0, id="net-0"),
    ],
)
def test_the_legal_maximum_is_allowed(basis: PaymentTermsBasis, days: int) -> None:
    assert PaymentTerms(basis, days).days == days


@pytest.mark.parametrize(
    ("basis", "days", "cap"),
    [
        pytest.param(NET, 61, "60 days from the invoice date", id="net-61"),
        pytest.param(END_OF_MONTH, 46, "45 days end of month", id="end-of-month-46"),
        pytest.param(NET, -1, "60 days from the invoice date", id="net-negative"),
        pytest.param(END_OF_MONTH, -5, "45 days end of month", id="end-of-month-negative"),
        pytest.param(NET, True, "60 days from the invoice date", id="bool"),
    ],
)
def test_terms_beyond_the_cap_are_refused_and_the_message_names_it(
    basis: PaymentTermsBasis, days: int, cap: str
) -> None:
    with pytest.raises(InvalidValue) as raised:
        PaymentTerms(basis, days)
    assert cap in str(raised.value)


@pytest.mark.parametrize(
    ("basis", "days", "invoice_date"),
    [
        pytest.param(NET, 30, date(9999, 12, 15), id="net-past-9999"),
        pytest.param(END_OF_MONTH, 1, date(9999, 12, 1), id="end-of-month-past-9999"),
    ],
)
def test_a_due_date_past_the_calendar_is_a_known_error(
    basis: PaymentTermsBasis, days: int, invoice_date: date
) -> None:
    with pytest.raises(DateOutOfRange, match="outside the calendar"):
        PaymentTerms(basis, days).due_date(invoice_date)


def test_a_due_date_on_the_last_day_of_the_calendar() -> None:
    assert PaymentTerms(NET, 16).due_date(date(9999, 12, 15)) == date.max
    assert PaymentTerms(END_OF_MONTH, 0).due_date(date(9999, 12, 1)) == date.max
