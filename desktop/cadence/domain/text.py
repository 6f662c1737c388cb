"""Checks for free text the user types: names, address lines, notes."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP

_REQUIRED = QT_TRANSLATE_NOOP("Messages", "this field is required")
_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "at most {maximum} characters, not {length}")
_CONTROL = QT_TRANSLATE_NOOP("Messages", "contains an invisible control character")


def _has_control(text: str, allow_newlines: bool) -> bool:
    return any(
        unicodedata.category(char) == "Cc" and not (allow_newlines and char in "\n\t")
        for char in text
    )


def clean_line(value: str, *, maximum: int, required: bool = True) -> str:
    """One line of text: trimmed, inner runs of spaces collapsed, NFC-normalised."""
    # A tab pasted from a spreadsheet is only a space here.
    text = unicodedata.normalize("NFC", value).replace("\t", " ")
    if _has_control(text, allow_newlines=False):
        raise InvalidValue(message(_CONTROL))
    text = " ".join(text.split())
    if required and not text:
        raise InvalidValue(message(_REQUIRED))
    if len(text) > maximum:
        raise InvalidValue(message(_TOO_LONG, maximum=maximum, length=len(text)))
    return text


def clean_text(value: str, *, maximum: int) -> str:
    """Several lines of text (notes, terms): trimmed, line breaks kept, NFC-normalised."""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    if _has_control(text, allow_newlines=True):
        raise InvalidValue(message(_CONTROL))
    text = re.sub(r"[ \t]+\n", "\n", text).strip()
    if len(text) > maximum:
        raise InvalidValue(message(_TOO_LONG, maximum=maximum, length=len(text)))
    return text


_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc]")
_NOT_WORD = re.compile(r"[^\w]+")


def search_key(*parts: str | None) -> str:
    """Text folded for searching: case, accents, apostrophes and punctuation ignored,
    so "Élodie LEFÈVRE" matches "elodie lefevre" and "O'Brien" matches "obrien"."""
    joined = " ".join(part for part in parts if part)
    decomposed = unicodedata.normalize("NFKD", joined)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = _NOT_WORD.sub(" ", _APOSTROPHES.sub("", stripped.casefold())).replace("_", " ")
    return " ".join(words.split())


# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralize_formula(cell: str) -> str:
    """Prefix a CSV cell that a spreadsheet would run as a formula with an apostrophe.

    Plain numbers such as `-12.50` are left as they are: they are what they look like.
    """
    if cell.startswith(_FORMULA_STARTS) and not re.fullmatch(r"-?\d+([.,]\d+)?", cell):
        return "'" + cell
    return cell


SpreadsheetValue = str | int | Decimal | date | None


def spreadsheet_cell(value: SpreadsheetValue, *, french: bool) -> str:
    """A CSV cell as a spreadsheet should read it: numbers with a decimal comma in
    French, dates as ISO days, text with its formulas neutralised."""
    if value is None:
        return ""
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        text = str(value)
        return text.replace(".", ",") if french else text
    if isinstance(value, date):
        return value.isoformat()
    return neutralize_formula(str(value))


def spreadsheet_csv(
    headers: Sequence[str], rows: Iterable[Sequence[SpreadsheetValue]], *, french: bool
) -> str:
    """The rows as CSV a spreadsheet opens as it should: in French, semicolons between
    fields and decimal commas; formulas neutralised, headers included."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if french else ",", lineterminator="\r\n")
    writer.writerow([neutralize_formula(title) for title in headers])
    for row in rows:
        writer.writerow([spreadsheet_cell(value, french=french) for value in row])
    return out.getvalue()
