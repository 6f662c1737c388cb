"""Discounts on a subscription: a percentage or a fixed amount, for N cycles or forever."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.money import check_places, round_money, to_decimal


class DiscountKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"  # a fixed amount off each discounted cycle, excl. VAT


_BAD_PERCENT = QT_TRANSLATE_NOOP(
    "Messages", "a percentage discount must be more than 0 and at most 100, not {value}"
)
_BAD_AMOUNT = QT_TRANSLATE_NOOP("Messages", "a discount amount must be more than 0, not {value}")
_BAD_CYCLES = QT_TRANSLATE_NOOP(
    "Messages", "a discount lasts at least 1 cycle and at most 999, not {cycles}"
)


@dataclass(frozen=True, slots=True)
class Discount:
    kind: DiscountKind
    value: Decimal
    cycles: int | None = None  # None: every cycle, for the subscription's whole life

    def __post_init__(self) -> None:
        # Accept an int (20 %) as the Decimal it stands for; refuse a float.
        object.__setattr__(self, "value", to_decimal(self.value))
        if self.kind is DiscountKind.PERCENT:
            if not Decimal(0) < self.value <= Decimal(100):
                raise InvalidValue(message(_BAD_PERCENT, value=self.value))
            check_places(self.value, 2)
        else:
            if self.value <= 0:
                raise InvalidValue(message(_BAD_AMOUNT, value=self.value))
            check_places(self.value, 2)
        if self.cycles is not None and (
            isinstance(self.cycles, bool) or not 1 <= self.cycles <= 999
        ):
            raise InvalidValue(message(_BAD_CYCLES, cycles=self.cycles))

    @property
    def is_permanent(self) -> bool:
        """Permanent discounts lower MRR; time-limited ones do not."""
        return self.cycles is None

    def applies_to_cycle(self, cycle_index: int) -> bool:
        """Whether billing cycle `cycle_index` (0 for the first) is discounted."""
        return self.cycles is None or cycle_index < self.cycles

    def amount_off(self, net: Decimal, currency: str) -> Decimal:
        """The discount on a cycle whose undiscounted net is `net`; never more than `net`."""
        if net <= 0:
            return Decimal(0)
        if self.kind is DiscountKind.PERCENT:
            return round_money(net * self.value / 100, currency)
        return min(round_money(self.value, currency), net)
