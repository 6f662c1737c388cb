"""Amounts as the owner types them, read exactly (never through a float)."""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import format_decimal, get_currency_symbol

from cadence.ui.formatting import locale_name

_AMOUNT = re.compile(r"-?\d+(\.\d+)?")
_IGNORED = re.compile(r"[\s\u00a0\u202f€$£]")  # spaces of every width, currency signs


def parse_amount(text: str) -> Decimal | None:
    """ "1 234,50", "1234.50", "1,234.50", "34,8 €" → a Decimal; None when it is not an amount.

    The last comma or dot is the decimal mark when both appear; a lone comma is one
    too (French), so "1,234" reads as 1.234: its three decimals are then refused by
    the service next to the field rather than silently becoming 1234.
    """
    cleaned = _IGNORED.sub("", text)
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        cleaned = cleaned.replace(grouping, "").replace(decimal_mark, ".")
    else:
        cleaned = cleaned.replace(",", ".")
    if not _AMOUNT.fullmatch(cleaned):
        return None
    return Decimal(cleaned)


def amount_text(value: Decimal) -> str:
    """An amount to edit: 1234,50 in French, 1234.50 in English, always two decimals,
    without a currency sign (the field's label says which)."""
    return format_decimal(value, format="0.00", locale=locale_name())


def currency_symbol(currency: str) -> str:
    """€ for EUR, CHF for CHF: what a label after an amount says."""
    return str(get_currency_symbol(currency, locale=locale_name()))
