"""French VAT rates and invoice totals per EN 16931 (ARCHITECTURE.md, rule 1)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadence.domain.errors import InvalidValue
from cadence.domain.tax import (
    TaxableAmount,
    Totals,
    VatCategory,
    VatRegime,
    VatSubtotal,
    category_for,
    compute_totals,
    format_rate,
    line_net,
    validate_vat_rate,
)

D = Decimal
S = VatCategory.STANDARD


# --- Rates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        pytest.param(20, "20.00", id="int-20"),
        pytest.param("5.5", "5.50", id="text-5.5"),
        pytest.param(D("2.10"), "2.10", id="decimal-2.10"),
        pytest.param(0, "0.00", id="zero"),
        pytest.param("10", "10.00", id="text-10"),
        pytest.param("8.5", "8.50", id="overseas-8.5"),
    ],
)
def test_validate_vat_rate_accepts_french_rates(rate: Decimal | int | str, expected: str) -> None:
    # The text shows the canonical two-place form, not only an equal number.
    assert str(validate_vat_rate(rate)) == expected


@pytest.mark.parametrize(
    ("rate", "shown"),
    [
        pytest.param("19.6", "19.6", id="old-standard-rate-19.6"),
        pytest.param(D("19.60"), "19.6", id="decimal-19.60"),
        pytest.param(7, "7", id="old-intermediate-rate-7"),
        pytest.param(-1, "-1", id="negative"),
        pytest.param("21", "21", id="belgian-rate"),
    ],
)
def test_validate_vat_rate_refuses_other_rates_and_lists_the_allowed_ones(
    rate: Decimal | int | str, shown: str
) -> None:
    with pytest.raises(InvalidValue) as raised:
        validate_vat_rate(rate)
    text = str(raised.value)
    assert f"{shown} %" in text
    allowed = text.partition("(allowed: ")[2].removesuffix(")").split(", ")
    for written in ("20", "10", "5.5", "2.1", "0"):
        assert written in allowed


def test_validate_vat_rate_refuses_floats() -> None:
    with pytest.raises(TypeError):
        validate_vat_rate(5.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        pytest.param("20.00", "20", id="20"),
        pytest.param("10.00", "10", id="10-keeps-its-zero"),
        pytest.param("5.50", "5.5", id="5.5"),
        pytest.param("2.10", "2.1", id="2.1"),
        pytest.param("1.75", "1.75", id="1.75"),
        pytest.param("0.90", "0.9", id="0.9"),
        pytest.param("0.00", "0", id="zero"),
        pytest.param("100", "100", id="no-decimal-point"),
    ],
)
def test_format_rate(rate: str, expected: str) -> None:
    assert format_rate(D(rate)) == expected


@pytest.mark.parametrize(
    ("rate", "regime", "expected"),
    [
        pytest.param("20.00", VatRegime.FRANCHISE, VatCategory.EXEMPT, id="franchise-20"),
        pytest.param("0.00", VatRegime.FRANCHISE, VatCategory.EXEMPT, id="franchise-0"),
        pytest.param("5.50", VatRegime.NORMAL, VatCategory.STANDARD, id="normal-5.5"),
        pytest.param("0.00", VatRegime.NORMAL, VatCategory.ZERO_RATED, id="normal-0"),
    ],
)
def test_category_for(rate: str, regime: VatRegime, expected: VatCategory) -> None:
    assert category_for(D(rate), regime) is expected


# --- Totals: VAT per rate on the sum of that rate's lines ---------------------


def test_vat_is_computed_on_the_sum_of_a_rate_not_per_line() -> None:
    lines = [TaxableAmount(D("0.10"), D("5.50"))] * 3
    totals = compute_totals(lines, "EUR")
    # On the sum: 0.30 × 5.5 % = 0.0165 → 0.02.
    # Per line it would be 0.10 × 5.5 % = 0.0055 → 0.01, three times → 0.03.
    assert totals == Totals(
        net=D("0.30"),
        vat=D("0.02"),
        gross=D("0.32"),
        subtotals=(VatSubtotal(S, D("5.50"), D("0.30"), D("0.02")),),
    )


def test_vat_on_the_sum_at_twenty_percent() -> None:
    lines = [TaxableAmount(D("0.03"), D("20.00")), TaxableAmount(D("0.03"), D("20.00"))]
    totals = compute_totals(lines, "EUR")
    # On the sum: 0.06 × 20 % = 0.012 → 0.01; per line 0.006 → 0.01 twice → 0.02.
    assert totals.vat == D("0.01")
    assert totals.gross == D("0.07")


def test_several_rates_highest_first() -> None:
    lines = [
        TaxableAmount(D("100.00"), D("20.00")),
        TaxableAmount(D("45.50"), D("5.50")),
        TaxableAmount(D("29.90"), D("20.00")),
        TaxableAmount(D("12.25"), D("10.00")),
    ]
    totals = compute_totals(lines, "EUR")
    # 20 %: 100.00 + 29.90 = 129.90; 129.90 × 0.20 = 25.98
    # 10 %: 12.25 × 0.10 = 1.225 → 1.23 (half up; half-even would give 1.22)
    # 5.5 %: 45.50 × 0.055 = 2.5025 → 2.50
    # net 129.90 + 12.25 + 45.50 = 187.65; VAT 25.98 + 1.23 + 2.50 = 29.71; gross 217.36
    assert totals.subtotals == (
        VatSubtotal(S, D("20.00"), D("129.90"), D("25.98")),
        VatSubtotal(S, D("10.00"), D("12.25"), D("1.23")),
        VatSubtotal(S, D("5.50"), D("45.50"), D("2.50")),
    )
    assert (totals.net, totals.vat, totals.gross) == (D("187.65"), D("29.71"), D("217.36"))


def test_a_zero_rated_line_has_its_own_subtotal_with_no_tax() -> None:
    lines = [
        TaxableAmount(D("50.00"), D("20.00")),
        TaxableAmount(D("10.00"), D("0.00"), VatCategory.ZERO_RATED),
    ]
    totals = compute_totals(lines, "EUR")
    # 50.00 × 20 % = 10.00; the zero-rated 10.00 adds to the net only.
    assert totals.subtotals == (
        VatSubtotal(S, D("20.00"), D("50.00"), D("10.00")),
        VatSubtotal(VatCategory.ZERO_RATED, D("0.00"), D("10.00"), D("0.00")),
    )
    assert (totals.net, totals.vat, totals.gross) == (D("60.00"), D("10.00"), D("70.00"))


def test_one_rate_in_two_categories_gives_two_subtotals() -> None:
    # EN 16931 breaks VAT down per category and rate: 0 % zero-rated is not 0 % exempt.
    lines = [
        TaxableAmount(D("10.00"), D("0.00"), VatCategory.ZERO_RATED),
        TaxableAmount(D("5.00"), D("0.00"), VatCategory.EXEMPT),
    ]
    totals = compute_totals(lines, "EUR")
    assert {(s.category, s.taxable) for s in totals.subtotals} == {
        (VatCategory.ZERO_RATED, D("10.00")),
        (VatCategory.EXEMPT, D("5.00")),
    }
    assert totals.net == D("15.00")
    assert totals.vat == D("0.00")


def test_credit_note_amounts_round_away_from_zero() -> None:
    lines = [TaxableAmount(D("-0.10"), D("5.50"))] * 3
    totals = compute_totals(lines, "EUR")
    # -0.30 × 5.5 % = -0.0165 → -0.02, the mirror of the invoice above.
    assert (totals.net, totals.vat, totals.gross) == (D("-0.30"), D("-0.02"), D("-0.32"))


def test_no_lines_give_zero_totals() -> None:
    totals = compute_totals([], "EUR")
    assert (totals.net, totals.vat, totals.gross, totals.subtotals) == (0, 0, 0, ())


@pytest.mark.parametrize(
    ("net", "currency"),
    [
        pytest.param("0.105", "EUR", id="three-places-in-euros"),
        pytest.param("10.5", "JPY", id="a-decimal-in-yen"),
    ],
)
def test_compute_totals_refuses_an_unrounded_net(net: str, currency: str) -> None:
    with pytest.raises(ValueError, match="not rounded"):
        compute_totals([TaxableAmount(D(net), D("20.00"))], currency)


@pytest.mark.parametrize(
    ("quantity", "unit_price", "expected"),
    [
        # 3 × 0.0125 = 0.0375 → 0.04
        pytest.param(3, "0.0125", "0.04", id="sub-cent-price"),
        # 1.5 × 29.90 = 44.85
        pytest.param(D("1.5"), "29.90", "44.85", id="fractional-quantity"),
        # 7 × 0.0015 = 0.0105 → 0.01
        pytest.param(7, "0.0015", "0.01", id="rounds-down"),
    ],
)
def test_line_net_rounds_once(quantity: Decimal | int, unit_price: str, expected: str) -> None:
    assert str(line_net(quantity, D(unit_price), "EUR")) == expected


# --- Properties ---------------------------------------------------------------

RATES = [D(r) for r in ("20.00", "13.00", "10.00", "8.50", "5.50", "2.10", "1.75", "1.05", "0.90")]
CATEGORIES = [VatCategory.STANDARD, VatCategory.ZERO_RATED, VatCategory.EXEMPT]

taxable_lines = st.lists(
    st.builds(
        TaxableAmount,
        net=st.decimals(min_value=D("-100000"), max_value=D("1000000"), places=2),
        rate=st.sampled_from([*RATES, D("0.00")]),
        category=st.sampled_from(CATEGORIES),
    ),
    max_size=30,
)


@given(taxable_lines)
def test_totals_are_sums_of_rounded_parts(lines: list[TaxableAmount]) -> None:
    totals = compute_totals(lines, "EUR")
    assert totals.gross == totals.net + totals.vat
    assert totals.net == sum((line.net for line in lines), D(0))
    assert totals.vat == sum((subtotal.tax for subtotal in totals.subtotals), D(0))


@given(taxable_lines)
def test_each_subtotal_is_its_rate_applied_once_to_its_lines(lines: list[TaxableAmount]) -> None:
    totals = compute_totals(lines, "EUR")
    keys = [(subtotal.category, subtotal.rate) for subtotal in totals.subtotals]
    assert len(keys) == len(set(keys))
    assert set(keys) == {(line.category, line.rate) for line in lines}
    for subtotal in totals.subtotals:
        taxable = sum(
            (
                line.net
                for line in lines
                if (line.category, line.rate) == (subtotal.category, subtotal.rate)
            ),
            D(0),
        )
        assert subtotal.taxable == taxable
        expected_tax = (taxable * subtotal.rate / 100).quantize(D("0.01"), ROUND_HALF_UP)
        assert subtotal.tax == expected_tax
        assert subtotal.tax.as_tuple().exponent == -2
