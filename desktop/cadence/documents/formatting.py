"""Numbers, amounts and dates as the customer reads them, in French or English.

French amounts group thousands with a narrow no-break space (U+202F) and put
a no-break space before the currency sign (`1 234,50 €`), as CLDR does; the
documents' font has both glyphs. Dates follow `cadence.domain.wording`, which
wrote the generated line texts, so a document never mixes two date styles.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from cadence.documents.labels import text
from cadence.domain.money import price_to_show
from cadence.domain.parties import Language
from cadence.domain.periods import Period
from cadence.domain.wording import day

__all__ = [
    "amount",
    "country",
    "day",
    "grouped",
    "long_day",
    "masked_iban",
    "period",
    "quantity",
    "rate",
    "siren",
    "siret",
    "unit_price",
]

LOCALES = {Language.FRENCH: "fr_FR", Language.ENGLISH: "en_GB"}
NO_BREAK_SPACE = "\u00a0"


def amount(value: Decimal, currency: str, language: Language) -> str:
    """`1 234,50 €` (fr) or `€1,234.50` (en), to the currency's minor unit."""
    return str(format_currency(value, currency, locale=LOCALES[language]))


def unit_price(value: Decimal, currency: str, language: Language) -> str:
    """A unit price with the decimals it has, at least two: `29,90 €`, `0,0125 €`."""
    return str(
        format_currency(
            price_to_show(value), currency, locale=LOCALES[language], decimal_quantization=False
        )
    )


def quantity(value: Decimal, language: Language) -> str:
    """A quantity without trailing zeros: `1`, `2,5` (fr), `2.5` (en)."""
    return str(format_decimal(value, locale=LOCALES[language], decimal_quantization=False))


def rate(value: Decimal, language: Language) -> str:
    """A VAT rate: `5,5 %` in French typography (no-break space), `5.5%` in English."""
    number = quantity(value, language)
    return f"{number}{NO_BREAK_SPACE}%" if language is Language.FRENCH else f"{number}%"


def long_day(value: date, language: Language) -> str:
    """A date in running text, never broken across lines: `25 novembre 2026`."""
    written = str(format_date(value, "d MMMM yyyy", locale=LOCALES[language]))
    return written.replace(" ", NO_BREAK_SPACE)


def period(value: Period, language: Language) -> str:
    """`du 05/11/2026 au 04/12/2026`: the last day printed, since `end` is exclusive."""
    return text(
        language, "period", start=day(value.start, language), end=day(value.last_day, language)
    )


def country(code: str, language: Language) -> str:
    """The country's name from its ISO 3166 code (`IE` → `Irlande`), the code if unknown."""
    return str(Locale.parse(LOCALES[language]).territories.get(code.upper(), code))


def grouped(identifier: str, size: int = 4) -> str:
    """An IBAN as printed: groups of four, `FR76 3000 6000 …`."""
    compact = "".join(identifier.split()).upper()
    return " ".join(compact[index : index + size] for index in range(0, len(compact), size))


def masked_iban(iban: str) -> str:
    """The customer's own account as a document shows it: country and check digits and
    the last four characters, the rest hidden, grouped as printed (`FR76 **** … ***0 189`)."""
    compact = "".join(iban.split()).upper()
    hidden = max(len(compact) - 8, 0)
    return grouped(compact[:4] + "*" * hidden + compact[4 + hidden :])


def siren(value: str) -> str:
    """`732829320` → `732 829 320`, kept on one line; anything else as given."""
    compact = "".join(value.split())
    if len(compact) != 9:
        return value
    return NO_BREAK_SPACE.join(compact[index : index + 3] for index in range(0, 9, 3))


def siret(value: str) -> str:
    """`73282932000074` → `732 829 320 00074`, kept on one line; anything else as given."""
    compact = "".join(value.split())
    if len(compact) != 14:
        return value
    return f"{siren(compact[:9])}{NO_BREAK_SPACE}{compact[9:]}"
