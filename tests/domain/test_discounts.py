"""Discounts: a percentage or an amount, for N cycles or forever."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cadence.domain.discounts import Discount, DiscountKind
from cadence.domain.errors import InvalidValue

D = Decimal
PERCENT, AMOUNT = DiscountKind.PERCENT, DiscountKind.AMOUNT


@pytest.mark.parametrize(
    ("discount", "net", "expected"),
    [
        # 29.90 × 20 / 100 = 5.98
        pytest.param(Discount(PERCENT, D("20")), "29.90", "5.98", id="20-percent-of-29.90"),
        # 9.99 × 15 / 100 = 1.4985 → 1.50 (half up)
        pytest.param(Discount(PERCENT, D("15")), "9.99", "1.50", id="percent-rounds-half-up"),
        # 10.00 × 12.5 / 100 = 1.25
        pytest.param(Discount(PERCENT, D("12.5")), "10.00", "1.25", id="fractional-percent"),
        pytest.param(Discount(PERCENT, D("100")), "29.90", "29.90", id="hundred-percent"),
        pytest.param(Discount(AMOUNT, D("5")), "29.90", "5.00", id="amount-below-net"),
        pytest.param(Discount(AMOUNT, D("50.00")), "29.90", "29.90", id="amount-capped-at-net"),
        pytest.param(Discount(AMOUNT, D("29.90")), "29.90", "29.90", id="amount-equal-to-net"),
        pytest.param(Discount(AMOUNT, D("5.00")), "0.00", "0", id="nothing-off-a-free-cycle"),
        pytest.param(Discount(PERCENT, D("20")), "-10.00", "0", id="nothing-off-a-negative-net"),
    ],
)
def test_amount_off(discount: Discount, net: str, expected: str) -> None:
    assert discount.amount_off(D(net), "EUR") == D(expected)


def test_amount_off_never_exceeds_the_net_in_yen() -> None:
    assert Discount(AMOUNT, D("1000")).amount_off(D("300"), "JPY") == D("300")


@pytest.mark.parametrize(
    ("cycle", "expected"),
    [
        pytest.param(0, True, id="first"),
        pytest.param(1, True, id="second"),
        pytest.param(2, True, id="third"),
        pytest.param(3, False, id="fourth"),
        pytest.param(50, False, id="much-later"),
    ],
)
def test_three_cycle_discount_applies_to_the_first_three(cycle: int, expected: bool) -> None:
    assert Discount(PERCENT, D("10"), cycles=3).applies_to_cycle(cycle) is expected


@pytest.mark.parametrize("cycle", [0, 1, 3, 1000])
def test_forever_discount_applies_to_every_cycle(cycle: int) -> None:
    assert Discount(PERCENT, D("10")).applies_to_cycle(cycle) is True


def test_is_permanent() -> None:
    assert Discount(PERCENT, D("10")).is_permanent is True
    assert Discount(PERCENT, D("10"), cycles=3).is_permanent is False
    assert Discount(AMOUNT, D("5.00"), cycles=1).is_permanent is False


@pytest.mark.parametrize(
    ("kind", "value", "cycles", "words"),
    [
        pytest.param(PERCENT, "0", None, "more than 0 and at most 100", id="zero-percent"),
        pytest.param(PERCENT, "101", None, "more than 0 and at most 100", id="101-percent"),
        pytest.param(PERCENT, "-5", None, "more than 0 and at most 100", id="negative-percent"),
        pytest.param(AMOUNT, "-5", None, "must be more than 0", id="negative-amount"),
        pytest.param(AMOUNT, "0", None, "must be more than 0", id="zero-amount"),
        pytest.param(PERCENT, "12.345", None, "more than 2 decimal places", id="percent-3-places"),
        pytest.param(AMOUNT, "10.125", None, "more than 2 decimal places", id="amount-3-places"),
        pytest.param(PERCENT, "10", 0, "at least 1 cycle", id="zero-cycles"),
        pytest.param(PERCENT, "10", -1, "at least 1 cycle", id="negative-cycles"),
        pytest.param(PERCENT, "10", 1000, "at most 999", id="too-many-cycles"),
        pytest.param(PERCENT, "10", True, "at least 1 cycle", id="bool-cycles"),
    ],
)
def test_invalid_discounts_are_refused(
    kind: DiscountKind, value: str, cycles: int | None, words: str
) -> None:
    with pytest.raises(InvalidValue, match=words):
        Discount(kind, D(value), cycles)


@pytest.mark.parametrize(
    ("kind", "value", "cycles"),
    [
        pytest.param(PERCENT, "100", None, id="hundred-percent"),
        pytest.param(PERCENT, "0.01", 1, id="smallest-percent"),
        pytest.param(AMOUNT, "0.01", 999, id="smallest-amount-longest-run"),
        pytest.param(AMOUNT, "10.500", None, id="trailing-zero-third-place"),
    ],
)
def test_valid_edges_are_accepted(kind: DiscountKind, value: str, cycles: int | None) -> None:
    discount = Discount(kind, D(value), cycles)
    assert discount.value == D(value)
    assert discount.cycles == cycles


def test_a_whole_number_value_is_read_as_the_decimal_it_stands_for() -> None:
    discount = Discount(DiscountKind.PERCENT, 20)  # type: ignore[arg-type]
    assert discount.value == Decimal(20)
    assert discount.amount_off(Decimal("29.90"), "EUR") == Decimal("5.98")


def test_a_float_value_is_refused() -> None:
    with pytest.raises(TypeError):
        Discount(DiscountKind.PERCENT, 19.9)  # type: ignore[arg-type]
