"""Money: `Decimal` amounts with a currency, never floats.

Amounts are rounded to the currency's minor unit with ROUND_HALF_UP, once per
invoice line; totals are sums of rounded parts (ARCHITECTURE.md, rule 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import get_currency_precision, is_currency

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP

DEFAULT_CURRENCY = "EUR"

# The largest amount Cadence accepts anywhere: ten billion in any currency.
# Far beyond a small business, far below what the store's integer columns hold.
MAX_AMOUNT = Decimal("9999999999.99")

_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Messages", "“{text}” is not an amount")
_TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP("Messages", "“{text}” has more than {places} decimal places")
_UNKNOWN_CURRENCY = QT_TRANSLATE_NOOP("Messages", "“{code}” is not an ISO 4217 currency code")
_TOO_LARGE = QT_TRANSLATE_NOOP("Messages", "{text} is larger than the largest amount allowed")


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Convert exactly; floats are refused because they cannot hold cents exactly."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise TypeError(f"money needs Decimal, int or str, not {type(value).__name__}")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise InvalidValue(message(_NOT_A_NUMBER, text=value)) from None
    if not number.is_finite():
        raise InvalidValue(message(_NOT_A_NUMBER, text=value))
    return number


@lru_cache(maxsize=64)
def minor_unit_places(currency: str) -> int:
    """Decimal places of the currency's minor unit (EUR 2, JPY 0, …), from CLDR."""
    return int(get_currency_precision(currency))


def validate_currency(code: str) -> str:
    normalized = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", normalized) or not is_currency(normalized):
        raise InvalidValue(message(_UNKNOWN_CURRENCY, code=code))
    return normalized


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round half up to the currency's minor unit: 0.125 → 0.13, -0.125 → -0.13."""
    return amount.quantize(Decimal(1).scaleb(-minor_unit_places(currency)), ROUND_HALF_UP)


def check_places(amount: Decimal, places: int) -> Decimal:
    """Refuse rather than round: an amount the user typed is kept exactly or not at all."""
    exponent = amount.as_tuple().exponent
    assert isinstance(exponent, int)  # finite by construction
    if exponent < -places and amount != amount.quantize(Decimal(1).scaleb(-places)):
        raise InvalidValue(message(_TOO_MANY_DECIMALS, text=amount, places=places))
    if abs(amount) > MAX_AMOUNT:
        raise InvalidValue(message(_TOO_LARGE, text=amount))
    return amount.quantize(Decimal(1).scaleb(-places))


def price_to_show(price: Decimal) -> Decimal:
    """A unit price with the decimals it needs, at least two: 29.9000 → 29.90, 0.0125 stays."""
    shortest = price.normalize()
    exponent = shortest.as_tuple().exponent
    assert isinstance(exponent, int)
    return price.quantize(Decimal(1).scaleb(min(exponent, -2)))


class CurrencyMismatch(ValueError):
    """Arithmetic between two currencies: always a bug, never user input."""


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in one currency."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError(f"Money.amount must be Decimal, not {type(self.amount).__name__}")
        if not self.amount.is_finite():
            raise ValueError("Money.amount must be finite")
        if not re.fullmatch(r"[A-Z]{3}", self.currency):
            raise ValueError(f"Money.currency must be an ISO 4217 code, not {self.currency!r}")

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        return cls(to_decimal(amount), currency)

    def _same_currency(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} and {other.currency} cannot be combined")

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, Decimal | int):
            raise TypeError(
                f"Money can be multiplied by Decimal or int, not {type(factor).__name__}"
            )
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount >= other.amount

    def rounded(self) -> Money:
        return Money(round_money(self.amount, self.currency), self.currency)

    def is_zero(self) -> bool:
        return self.amount.is_zero()

    def __str__(self) -> str:
        return f"{self.rounded().amount} {self.currency}"


def sum_money(amounts: list[Money], currency: str) -> Money:
    total = Money.zero(currency)
    for amount in amounts:
        total = total + amount
    return total


# Spaces users and spreadsheets put between thousands: plain, no-break, narrow no-break.
_GROUPING_SPACES = re.compile(r"[ \u00a0\u202f']")
_MINUS_SIGNS = ("-", "\u2212")  # hyphen-minus, and the minus sign word processors write
_FRACTION = r"\d{1,4}"


def parse_amount(text: str) -> Decimal:
    """Read an amount as typed by a French or English user.

    `1 234,50`, `1234,5`, `1,234.50`, `1.234,50`, `1234.50`, `−12` and `12 €` are
    read. A single comma or dot is the decimal mark when one to four digits follow
    it (`1,234` is 1.234, as a French reader means it); several marks of one kind
    group thousands (`1.234.567`); with both kinds, the last is the decimal mark.
    Anything else (`1,234,5`, `12.3.4`, `5,`, `1e3`) is refused rather than guessed.
    """
    raw = text
    cleaned = _GROUPING_SPACES.sub("", text.strip()).removesuffix("€").strip()
    sign = ""
    if cleaned.startswith(_MINUS_SIGNS):
        sign, cleaned = "-", cleaned[1:]
    elif cleaned.startswith("+"):
        cleaned = cleaned[1:]
    commas, dots = cleaned.count(","), cleaned.count(".")
    if commas and dots:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        pattern = rf"(?P<whole>\d{{1,3}}(\{grouping}\d{{3}})*)\{decimal_mark}(?P<part>{_FRACTION})"
    elif commas > 1 or dots > 1:
        grouping = "," if commas else "."
        pattern = rf"(?P<whole>\d{{1,3}}(\{grouping}\d{{3}})+)"
    elif commas or dots:
        grouping = ""
        pattern = rf"(?P<whole>\d+)[.,](?P<part>{_FRACTION})"
    else:
        grouping = ""
        pattern = r"(?P<whole>\d+)"
    match = re.fullmatch(pattern, cleaned)
    if match is None:
        raise InvalidValue(message(_NOT_A_NUMBER, text=raw))
    whole = match.group("whole").replace(grouping, "") if grouping else match.group("whole")
    part = match.groupdict().get("part")
    return Decimal(f"{sign}{whole}.{part}" if part else f"{sign}{whole}")
