"""Amounts, dates and rates as the window shows them, in the interface's language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal
from PySide6.QtCore import QLocale

from cadence.domain.tax import format_rate


def locale_name() -> str:
    """The interface's locale for babel: QLocale's default, which the app sets from
    the language chosen in the settings (or the system's)."""
    name = QLocale().name()  # "fr_FR", "en_GB", "C"
    return name if name and name != "C" else "en_GB"


def money(amount: Decimal, currency: str = "EUR") -> str:
    """1 234,50 € in French, €1,234.50 in English."""
    return format_currency(amount, currency, locale=locale_name())


def number(value: Decimal | int) -> str:
    return format_decimal(value, locale=locale_name())


def day(value: date | None) -> str:
    """25/11/2026 in French, 25 Nov 2026 in English; "" for no date."""
    if value is None:
        return ""
    return format_date(
        value, "short" if locale_name().startswith("fr") else "medium", locale=locale_name()
    )


def moment(value: datetime) -> str:
    return format_datetime(value, "short", locale=locale_name())


def rate(value: Decimal) -> str:
    """A VAT rate: 20 %, 5,5 % (French) or 20%, 5.5% (English)."""
    text = format_rate(value)
    if locale_name().startswith("fr"):
        return text.replace(".", ",") + "\u00a0%"
    return text + "%"
