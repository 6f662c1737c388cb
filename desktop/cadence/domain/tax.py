"""VAT: the French rates, VAT categories, and invoice totals per EN 16931.

The VAT of an invoice is computed per rate on the sum of that rate's net
lines, then rounded (EN 16931 BR-CO-17); totals are sums of rounded parts, so
the PDF, the Factur-X XML and the database always agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.money import round_money, to_decimal


class VatRegime(StrEnum):
    """How the seller handles VAT."""

    NORMAL = "normal"
    # Franchise en base (CGI art. 293 B): no VAT charged, a mention instead.
    FRANCHISE = "franchise"


FRANCHISE_MENTION = "TVA non applicable, art. 293 B du CGI"


class VatCategory(StrEnum):
    """UNTDID 5305 codes used by EN 16931 (BT-151) and Factur-X."""

    STANDARD = "S"
    ZERO_RATED = "Z"
    EXEMPT = "E"
    REVERSE_CHARGE = "AE"
    INTRA_COMMUNITY = "K"
    EXPORT = "G"
    NOT_SUBJECT = "O"


# Rates in force in France (CGI art. 278 to 281 nonies): metropolitan 20, 10,
# 5.5 and 2.1 %; Corsica 13, 10, 2.1 and 0.9 %; Guadeloupe, Martinique and
# La Réunion 8.5, 2.1, 1.75 and 1.05 %; and 0 % for zero-rated and exempt operations.
FRENCH_VAT_RATES: tuple[Decimal, ...] = tuple(
    Decimal(rate)
    for rate in ("20.00", "13.00", "10.00", "8.50", "5.50", "2.10", "1.75", "1.05", "0.90", "0.00")
)
STANDARD_VAT_RATE = Decimal("20.00")

_UNKNOWN_RATE = QT_TRANSLATE_NOOP(
    "Messages", "{rate} % is not a French VAT rate (allowed: {allowed})"
)


def validate_vat_rate(rate: Decimal | int | str) -> Decimal:
    """Return the rate as a two-place percentage if France applies it, else refuse it."""
    number = to_decimal(rate)
    for known in FRENCH_VAT_RATES:
        if number == known:
            return known
    allowed = ", ".join(format_rate(known) for known in FRENCH_VAT_RATES)
    raise InvalidValue(message(_UNKNOWN_RATE, rate=format_rate(number), allowed=allowed))


def format_rate(rate: Decimal) -> str:
    """`20.00` → `20`, `5.50` → `5.5`: how rates are written on French invoices."""
    text = f"{rate:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def category_for(rate: Decimal, regime: VatRegime) -> VatCategory:
    """The VAT category of a line under the seller's regime."""
    if regime is VatRegime.FRANCHISE:
        return VatCategory.EXEMPT
    return VatCategory.STANDARD if rate > 0 else VatCategory.ZERO_RATED


@dataclass(frozen=True, slots=True)
class TaxableAmount:
    """A line's net amount (already rounded) with its VAT rate and category."""

    net: Decimal
    rate: Decimal
    category: VatCategory = VatCategory.STANDARD


@dataclass(frozen=True, slots=True)
class VatSubtotal:
    """One row of the VAT breakdown: everything taxed at one rate in one category."""

    category: VatCategory
    rate: Decimal
    taxable: Decimal
    tax: Decimal


@dataclass(frozen=True, slots=True)
class Totals:
    net: Decimal
    vat: Decimal
    gross: Decimal
    subtotals: tuple[VatSubtotal, ...]


def compute_totals(lines: Iterable[TaxableAmount], currency: str) -> Totals:
    """Group net amounts by (category, rate), tax each group once, and sum rounded parts."""
    groups: dict[tuple[VatCategory, Decimal], Decimal] = {}
    for line in lines:
        if line.net != round_money(line.net, currency):
            raise ValueError(f"line net {line.net} is not rounded to {currency}'s minor unit")
        key = (line.category, line.rate)
        groups[key] = groups.get(key, Decimal(0)) + line.net
    subtotals = tuple(
        VatSubtotal(
            category=category,
            rate=rate,
            taxable=taxable,
            tax=round_money(taxable * rate / 100, currency),
        )
        for (category, rate), taxable in sorted(
            groups.items(), key=lambda item: (-item[0][1], item[0][0])
        )
    )
    net = sum((subtotal.taxable for subtotal in subtotals), Decimal(0))
    vat = sum((subtotal.tax for subtotal in subtotals), Decimal(0))
    return Totals(net=net, vat=vat, gross=net + vat, subtotals=subtotals)


def line_net(quantity: Decimal | int, unit_price: Decimal, currency: str) -> Decimal:
    """A line's net amount: quantity × unit price, rounded once to the minor unit."""
    return round_money(Decimal(quantity) * unit_price, currency)
