"""Money: exact Decimal amounts with a currency (ARCHITECTURE.md, rule 1)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadence.domain.errors import InvalidValue
from cadence.domain.money import (
    CurrencyMismatch,
    Money,
    check_places,
    minor_unit_places,
    parse_amount,
    price_to_show,
    round_money,
    sum_money,
    validate_currency,
)


def eur(amount: str) -> Money:
    return Money(Decimal(amount), "EUR")


# --- Money refuses what cannot hold cents exactly -----------------------------


@pytest.mark.parametrize(
    "amount",
    [pytest.param(1.5, id="float"), pytest.param(True, id="bool"), pytest.param(3, id="int")],
)
def test_money_amount_must_be_a_decimal(amount: object) -> None:
    with pytest.raises(TypeError):
        Money(amount, "EUR")  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", [pytest.param(0.1, id="float"), pytest.param(True, id="bool")])
def test_money_of_refuses_floats_and_bools(amount: object) -> None:
    with pytest.raises(TypeError):
        Money.of(amount, "EUR")  # type: ignore[arg-type]


def test_money_of_reads_ints_and_strings_exactly() -> None:
    assert Money.of(3, "EUR") == Money(Decimal(3), "EUR")
    assert Money.of("0.10", "EUR").amount == Decimal("0.10")


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_money_of_refuses_non_finite_text(text: str) -> None:
    with pytest.raises(InvalidValue):
        Money.of(text, "EUR")


@pytest.mark.parametrize("text", ["abc", "", "1,5"])
def test_money_of_refuses_text_that_is_not_a_number(text: str) -> None:
    with pytest.raises(InvalidValue):
        Money.of(text, "EUR")


@pytest.mark.parametrize("amount", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_money_refuses_non_finite_decimals(amount: Decimal) -> None:
    with pytest.raises(ValueError, match="finite"):
        Money(amount, "EUR")


@pytest.mark.parametrize("currency", ["eur", "EURO", "€", ""])
def test_money_currency_must_look_like_an_iso_code(currency: str) -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        Money(Decimal(1), currency)


@pytest.mark.parametrize("factor", [pytest.param(1.5, id="float"), pytest.param(True, id="bool")])
def test_money_multiplication_refuses_floats_and_bools(factor: object) -> None:
    with pytest.raises(TypeError):
        eur("10.00") * factor  # type: ignore[operator]


def test_money_multiplication_by_decimal_and_int() -> None:
    assert eur("29.90") * 3 == eur("89.70")
    assert 3 * eur("29.90") == eur("89.70")
    assert eur("29.90") * Decimal("0.5") == eur("14.95")


def test_money_arithmetic_in_one_currency() -> None:
    assert eur("29.90") + eur("0.10") == eur("30.00")
    assert eur("29.90") - eur("30.00") == eur("-0.10")
    assert -eur("5.00") == eur("-5.00")
    assert eur("1.00") < eur("1.01")
    assert eur("1.01") >= eur("1.01")


def test_adding_a_plain_number_to_money_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        eur("1.00") + Decimal(1)  # type: ignore[operator]


@pytest.mark.parametrize(
    "operation",
    [
        pytest.param(lambda a, b: a + b, id="add"),
        pytest.param(lambda a, b: a - b, id="subtract"),
        pytest.param(lambda a, b: a < b, id="less-than"),
        pytest.param(lambda a, b: a <= b, id="less-or-equal"),
        pytest.param(lambda a, b: a > b, id="greater-than"),
        pytest.param(lambda a, b: a >= b, id="greater-or-equal"),
    ],
)
def test_mixed_currencies_are_refused(operation) -> None:
    with pytest.raises(CurrencyMismatch):
        operation(eur("1.00"), Money(Decimal("1.00"), "USD"))


def test_sum_money_refuses_a_foreign_amount() -> None:
    with pytest.raises(CurrencyMismatch):
        sum_money([eur("1.00"), Money(Decimal("1.00"), "USD")], "EUR")


def test_sum_money_of_nothing_is_zero_in_that_currency() -> None:
    assert sum_money([], "JPY") == Money(Decimal(0), "JPY")


def test_sum_money_adds_exactly() -> None:
    # 0.1 ten times is 0.9999999999999999 in binary floating point, 1.00 here.
    assert sum_money([eur("0.10")] * 10, "EUR") == eur("1.00")


def test_money_str_rounds_to_the_minor_unit() -> None:
    assert str(eur("1.005")) == "1.01 EUR"
    assert str(Money(Decimal("1234.5"), "JPY")) == "1235 JPY"


# --- Rounding: ROUND_HALF_UP to the currency's minor unit ---------------------


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        pytest.param("0.125", "EUR", "0.13", id="half-goes-up"),
        pytest.param("-0.125", "EUR", "-0.13", id="negative-half-goes-away-from-zero"),
        # As a float 2.675 is 2.67499999…, and round(2.675, 2) gives 2.67.
        pytest.param("2.675", "EUR", "2.68", id="2.675-not-the-float-trap"),
        pytest.param("0.124", "EUR", "0.12", id="below-half-goes-down"),
        pytest.param("0.0049", "EUR", "0.00", id="tiny-goes-to-zero"),
        pytest.param("2", "EUR", "2.00", id="integer-gets-two-places"),
        pytest.param("1234.5", "JPY", "1235", id="yen-half-up"),
        pytest.param("1234.4", "JPY", "1234", id="yen-down"),
        pytest.param("-0.5", "JPY", "-1", id="yen-negative-half"),
    ],
)
def test_round_money(amount: str, currency: str, expected: str) -> None:
    rounded = round_money(Decimal(amount), currency)
    # Compare the text too: the number of places is part of the result.
    assert str(rounded) == expected


@pytest.mark.parametrize(
    ("currency", "places"),
    [
        pytest.param("EUR", 2, id="euro-cents"),
        pytest.param("USD", 2, id="dollar-cents"),
        pytest.param("JPY", 0, id="yen-has-no-minor-unit"),
        pytest.param("BHD", 3, id="bahraini-dinar-fils"),
    ],
)
def test_minor_unit_places(currency: str, places: int) -> None:
    assert minor_unit_places(currency) == places


# --- Currency codes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        pytest.param("eur", "EUR", id="lower-case"),
        pytest.param(" usd ", "USD", id="spaces"),
        pytest.param("JPY", "JPY", id="canonical"),
    ],
)
def test_validate_currency_accepts(code: str, expected: str) -> None:
    assert validate_currency(code) == expected


@pytest.mark.parametrize("code", ["XYZ", "EU", "EURO", "", "€", "E1R"])
def test_validate_currency_refuses(code: str) -> None:
    with pytest.raises(InvalidValue, match="ISO 4217"):
        validate_currency(code)


# --- Typed amounts are kept exactly or refused --------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        pytest.param("1.50", "1.50", id="two-places"),
        pytest.param("1.5000", "1.50", id="trailing-zeros-beyond-two-places"),
        pytest.param("1.5", "1.50", id="one-place"),
        pytest.param("7", "7.00", id="integer"),
    ],
)
def test_check_places_accepts_exact_amounts(amount: str, expected: str) -> None:
    assert str(check_places(Decimal(amount), 2)) == expected


@pytest.mark.parametrize("amount", ["1.505", "0.001", "-2.999"])
def test_check_places_refuses_three_decimals(amount: str) -> None:
    with pytest.raises(InvalidValue, match="more than 2 decimal places"):
        check_places(Decimal(amount), 2)


def test_check_places_refuses_amounts_beyond_the_maximum() -> None:
    with pytest.raises(InvalidValue, match="larger than the largest amount"):
        check_places(Decimal("10000000000.00"), 2)
    assert check_places(Decimal("9999999999.99"), 2) == Decimal("9999999999.99")


# --- Reading amounts typed by French and English users -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1 234,50", "1234.50", id="french-space-grouping"),
        pytest.param("1\u202f234,50", "1234.50", id="french-narrow-no-break-space"),
        pytest.param("1\u00a0234,50", "1234.50", id="french-no-break-space"),
        pytest.param("1234,5", "1234.5", id="french-one-decimal"),
        pytest.param("1,234.50", "1234.50", id="english-comma-grouping"),
        pytest.param("1.234,50", "1234.50", id="german-dot-grouping"),
        pytest.param("1234.50", "1234.50", id="plain-dot-decimal"),
        pytest.param("1.234.567", "1234567", id="dot-grouping-only"),
        pytest.param("-12", "-12", id="negative-integer"),
        pytest.param("+3", "3", id="explicit-plus"),
        pytest.param("12 €", "12", id="euro-sign-after"),
        pytest.param("  42  ", "42", id="surrounding-spaces"),
        pytest.param("\u221212,50", "-12.50", id="unicode-minus-sign"),
        pytest.param("1,234", "1.234", id="single-comma-three-digits-is-decimal"),
        pytest.param("0,0125", "0.0125", id="four-decimals"),
    ],
)
def test_parse_amount_reads(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1,234,5", id="last-group-too-short"),
        pytest.param("12.3.4", id="several-dots-not-grouping"),
        pytest.param("1e3", id="exponent"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="only-spaces"),
        pytest.param("abc", id="letters"),
        pytest.param("--1", id="double-minus"),
        pytest.param("1,,2", id="double-comma"),
        pytest.param("1.234,5.6", id="marks-mixed-up"),
        pytest.param("12,345.6,7", id="comma-after-decimal-dot"),
        pytest.param("-", id="sign-only"),
        pytest.param("NaN", id="nan"),
        pytest.param("5,", id="trailing-comma"),
        pytest.param("5.", id="trailing-dot"),
        pytest.param(",5", id="leading-comma"),
        pytest.param("1,23456", id="five-decimals"),
        pytest.param("1.234,56789", id="five-decimals-after-grouping"),
    ],
)
def test_parse_amount_refuses(text: str) -> None:
    with pytest.raises(InvalidValue, match="is not an amount"):
        parse_amount(text)


# --- Unit prices are shown with the decimals they need ------------------------


@pytest.mark.parametrize(
    ("price", "expected"),
    [
        pytest.param("29.9000", "29.90", id="trailing-zeros-dropped-to-two"),
        pytest.param("0.0125", "0.0125", id="needed-decimals-kept"),
        pytest.param("100.0000", "100.00", id="round-hundred"),
        pytest.param("5", "5.00", id="integer-gets-two"),
        pytest.param("1.2340", "1.234", id="three-needed-decimals"),
    ],
)
def test_price_to_show(price: str, expected: str) -> None:
    assert str(price_to_show(Decimal(price))) == expected


# --- Properties ---------------------------------------------------------------

two_place_amounts = st.decimals(
    min_value=Decimal("-1000000000"),
    max_value=Decimal("1000000000"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


def english_style(amount: Decimal) -> str:
    """`-1234567.8` → `-1,234,567.80`, written without the code under test."""
    sign = "-" if amount < 0 else ""
    return f"{sign}{abs(amount):,.2f}"


def french_style(amount: Decimal, space: str) -> str:
    """`-1234567.8` → `-1 234 567,80`."""
    sign = "-" if amount < 0 else ""
    integer, fraction = f"{abs(amount):.2f}".split(".")
    groups = []
    while integer:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    return f"{sign}{space.join(groups)},{fraction}"


def test_the_formatters_used_below() -> None:
    assert english_style(Decimal("-1234567.8")) == "-1,234,567.80"
    assert french_style(Decimal("-1234567.8"), " ") == "-1 234 567,80"
    assert french_style(Decimal("12.05"), " ") == "12,05"


@given(two_place_amounts, st.sampled_from([" ", "\u00a0", "\u202f"]))
def test_french_formatting_reads_back(amount: Decimal, space: str) -> None:
    assert parse_amount(french_style(amount, space)) == amount


@given(two_place_amounts)
def test_english_formatting_reads_back(amount: Decimal) -> None:
    assert parse_amount(english_style(amount)) == amount


@given(two_place_amounts, two_place_amounts)
def test_adding_then_subtracting_gives_back_the_amount(a: Decimal, b: Decimal) -> None:
    assert (eur(str(a)) + eur(str(b))) - eur(str(b)) == eur(str(a))


@given(
    st.lists(two_place_amounts, max_size=20).flatmap(
        lambda xs: st.tuples(st.just(xs), st.permutations(xs))
    )
)
def test_sum_money_does_not_depend_on_order(lists: tuple[list[Decimal], list[Decimal]]) -> None:
    original, shuffled = lists
    total = sum_money([Money(a, "EUR") for a in original], "EUR")
    assert sum_money([Money(a, "EUR") for a in shuffled], "EUR") == total
    assert total.amount == sum(original, Decimal(0))
