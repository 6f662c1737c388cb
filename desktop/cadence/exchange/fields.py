"""What every statement reader shares: turning bytes into text, cleaning the text a
bank wrote, reading amounts, dates and currencies exactly, and refusing a file with a
message that names it, the line and the problem.

Helpers that read one value raise `InvalidValue`; the readers turn it into the
file's `StatementFileError` at the line concerned (`at_line`).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import time
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Any

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.money import validate_currency
from cadence.exchange.statement import StatementFileError, StatementLine

NOT_TEXT = QT_TRANSLATE_NOOP(
    "Messages", "the file is not in a text encoding Cadence knows (UTF-8, ISO-8859-15)"
)
UTF16_WITHOUT_BOM = QT_TRANSLATE_NOOP(
    "Messages",
    "the file is in UTF-16 without a byte-order mark: export it again as UTF-8 or ISO-8859-15",
)
NUL_BYTES = QT_TRANSLATE_NOOP("Messages", "the file contains NUL bytes: it is not a text file")
NOT_IN_ENCODING = QT_TRANSLATE_NOOP("Messages", "the file is not written in {encoding}")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("Messages", "“{text}” is not an amount")
NOT_A_DATE = QT_TRANSLATE_NOOP("Messages", "“{text}” is not a date in the format {format}")
TRUNCATED = QT_TRANSLATE_NOOP("Messages", "the file ends before the statement does (truncated?)")
NO_STATEMENT = QT_TRANSLATE_NOOP("Messages", "no statement in this file")
SEVERAL_ACCOUNTS = QT_TRANSLATE_NOOP(
    "Messages",
    "the file holds the statements of several accounts ({first}, {second}): "
    "export one account at a time",
)
MALFORMED_CSV = QT_TRANSLATE_NOOP("Messages", "the line cannot be read as CSV ({detail})")
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "the column “{column}” is missing: the export may have changed"
)
EMPTY_CELL = QT_TRANSLATE_NOOP("Messages", "the column “{column}” is empty")
NET_MISMATCH = QT_TRANSLATE_NOOP(
    "Messages", "the net amount {net} is not the gross {gross} less the fee {fee}"
)


def refuse(
    file_name: str, template: str, *, line: int | None = None, **params: Any
) -> StatementFileError:
    """The error to raise: `template` filled with `params`, at `line` when known."""
    return StatementFileError(file_name, message(template, **params), line)


@contextmanager
def at_line(file_name: str, line: int | None) -> Iterator[None]:
    """Turn a value's error raised in the block into the file's error at `line`."""
    try:
        yield
    except InvalidValue as error:
        raise StatementFileError(file_name, error.message, line) from None


def line_at(data: bytes | str, offset: int) -> int:
    """The 1-based line of the byte (or character) at `offset`."""
    if isinstance(data, bytes):
        return data.count(b"\n", 0, offset) + 1
    return data.count("\n", 0, offset) + 1


# --- Text encodings ---------------------------------------------------------------


def looks_like_utf16(data: bytes) -> bool:
    """Text in UTF-16 has a NUL in (nearly) every other byte; binary data does not."""
    head = data[:2000]
    halves = (head[0::2], head[1::2])
    return any(len(half) >= 2 and half.count(0) >= 0.4 * len(half) for half in halves)


def _refuse_controls(text: str, file_name: str) -> str:
    # Old DOS exports end with Ctrl-Z; any other control character is binary data.
    text = text.rstrip("\x1a")
    found = re.search(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", text)
    if found:
        raise refuse(file_name, NOT_TEXT, line=line_at(text, found.start()))
    return text


def decode(data: bytes, file_name: str, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding it was read in.

    `encoding` is the one the owner chose (a CSV mapping); without it the encoding is
    guessed: UTF-8 (with or without a BOM), UTF-16 with a BOM, else Windows-1252 when
    the bytes 0x80–0x9F occur (where ISO-8859-15 has only control characters and
    Windows-1252 has € ’ « …), else ISO-8859-15. UTF-16 without a BOM, NUL bytes and
    binary data are refused.
    """
    has_utf16_bom = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    chosen_utf16 = encoding is not None and codecs_name(encoding).startswith("utf-16")
    if b"\x00" in data and not (has_utf16_bom or chosen_utf16):
        if looks_like_utf16(data):
            raise refuse(file_name, UTF16_WITHOUT_BOM)
        raise refuse(file_name, NUL_BYTES, line=line_at(data, data.index(b"\x00")))
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        elif has_utf16_bom:
            encoding = "utf-16"
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                encoding = "cp1252" if re.search(rb"[\x80-\x9f]", data) else "iso-8859-15"
            else:
                return _refuse_controls(text, file_name), "utf-8"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise refuse(file_name, NOT_TEXT) from None
        return _refuse_controls(text, file_name), encoding
    chosen = encoding
    if codecs_name(encoding) in ("utf-8", "utf-8-sig"):
        # A mapping written for "utf-8" still reads a file saved with a BOM.
        chosen = "utf-8-sig"
    elif not data.isascii() and _is_single_byte(encoding) and is_utf8(data):
        # The bank now writes UTF-8 where the mapping remembers Latin-9: read as such,
        # "é" would become "Ã©". Accented text in a one-byte encoding is never valid
        # UTF-8 in practice.
        chosen = "utf-8-sig"
    try:
        text = data.decode(chosen)
    except LookupError:
        raise refuse(file_name, NOT_IN_ENCODING, encoding=encoding) from None
    except UnicodeDecodeError as error:
        raise refuse(
            file_name, NOT_IN_ENCODING, line=line_at(data, error.start), encoding=encoding
        ) from None
    return _refuse_controls(text, file_name), encoding


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_single_byte(encoding: str) -> bool:
    return codecs_name(encoding).startswith(("iso8859", "cp125"))


def codecs_name(encoding: str) -> str:
    """Python's own name of an encoding ("UTF8" → "utf-8"), or the name as given."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


# --- Text ---------------------------------------------------------------------------

# Control characters become spaces; invisible format characters (zero-width spaces,
# bidirectional overrides that could make a label read backwards, a stray BOM) go.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def clean(text: str | None) -> str:
    """Text from a file as data: NFC, no control characters, runs of spaces collapsed."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", _CONTROLS.sub(" ", unicodedata.normalize("NFC", text)))
    return " ".join(text.split())


def join_text(parts: Sequence[str | None], separator: str = " ") -> str:
    """The cleaned, non-empty parts joined, each part said once."""
    seen: list[str] = []
    for part in parts:
        cleaned = clean(part)
        if cleaned and cleaned not in seen:
            seen.append(cleaned)
    return separator.join(seen)


def fold(header: str) -> str:
    """A column title folded for matching: no case, accents, spaces or punctuation, so
    "Created (UTC)", "created_utc" and "CREATED UTC" are one name."""
    decomposed = unicodedata.normalize("NFKD", header)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[\W_]+", "", plain.casefold())


def normalize_iban(value: str | None) -> str:
    return "".join((value or "").split()).upper()


# --- Amounts ------------------------------------------------------------------------

# Thousands separators: a space, a no-break space, a narrow no-break space (what
# French locales write), a thin space; with a decimal comma also a dot ("1.234,56"),
# with a decimal point also a comma ("1,234.56") or an apostrophe (Swiss "1'234.56").
# The same separator throughout one number.
_COMMA_AMOUNT = re.compile(
    r"(?P<sign>[+-]?)[ \u00a0\u202f]*"
    r"(?P<int>\d{1,3}(?P<sep>[ .\u00a0\u202f\u2009])\d{3}(?:(?P=sep)\d{3})*|\d+)"
    r"(?:,(?P<frac>\d+))?"
)
_POINT_AMOUNT = re.compile(
    r"(?P<sign>[+-]?)[ \u00a0\u202f]*"
    r"(?P<int>\d{1,3}(?P<sep>[ ,'\u00a0\u202f\u2009])\d{3}(?:(?P=sep)\d{3})*|\d+)"
    r"(?:\.(?P<frac>\d+))?"
)


def parse_amount(text: str, *, decimal_comma: bool) -> Decimal:
    """An amount read exactly, never through a float.

    With `decimal_comma`: "1 234,56", "-1234,56", "1.234,56", "+12,5"; without it:
    "1,234.56", "-1234.56". A trailing "€" and the minus sign "−" are accepted.
    """
    written = text.strip().replace("\u2212", "-").removesuffix("€").strip()
    found = (_COMMA_AMOUNT if decimal_comma else _POINT_AMOUNT).fullmatch(written)
    if not found:
        raise InvalidValue(message(NOT_AN_AMOUNT, text=clean(text)))
    digits = re.sub(r"\D", "", found["int"])
    fraction = f".{found['frac']}" if found["frac"] else ""
    number = Decimal(f"{found['sign']}{digits}{fraction}")
    return abs(number) if number.is_zero() else number


def currency(code: str | None) -> str:
    """An ISO 4217 code, upper case ("eur" → "EUR"); anything else is refused."""
    return validate_currency(code or "")


# --- Dates --------------------------------------------------------------------------

_DIRECTIVES = {"%d": "dd", "%m": "mm", "%Y": "yyyy", "%y": "yy", "%H": "hh", "%M": "mm"}


def human_format(date_format: str) -> str:
    """A strptime format as people write it: "%d/%m/%Y" → "dd/mm/yyyy"."""
    return re.sub(r"%[a-zA-Z]", lambda found: _DIRECTIVES.get(found[0], found[0]), date_format)


def parse_date(text: str, date_format: str) -> date:
    """A date in `date_format` (strptime's), checked to exist: 31/02 is refused."""
    try:
        parsed = time.strptime(text.strip(), date_format)
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        raise InvalidValue(
            message(NOT_A_DATE, text=clean(text), format=human_format(date_format))
        ) from None


_ISO_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)


def parse_iso_date(text: str) -> date:
    """The calendar date of an ISO 8601 date or date-time, as written (no time-zone
    shift): "2026-11-03", "2026-11-03T14:22:05Z", "2026-11-03 14:22:05+01:00"."""
    found = _ISO_DATE.fullmatch(text.strip())
    try:
        if not found:
            raise ValueError(text)
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        raise InvalidValue(message(NOT_A_DATE, text=clean(text), format="yyyy-mm-dd")) from None


# --- CSV ----------------------------------------------------------------------------


def csv_records(
    text: str, delimiter: str, file_name: str, first_line: int = 1
) -> Iterator[tuple[int, list[str]]]:
    """Each CSV record with the number of the line it starts on (`first_line` for the
    first line of `text`); a quote left open at the end is a truncated file."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        start = first_line + reader.line_num
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            if "unexpected end of data" in str(error):
                raise refuse(file_name, TRUNCATED, line=start) from None
            raise refuse(file_name, MALFORMED_CSV, line=start, detail=str(error)) from None
        yield start, record


class Columns:
    """A CSV header: finds columns by any of their accepted titles, folded."""

    def __init__(self, header: Sequence[str], file_name: str, line: int) -> None:
        self.titles = [clean(title) for title in header]
        self._index: dict[str, int] = {}
        for position, title in enumerate(self.titles):
            self._index.setdefault(fold(title), position)
        self._file_name = file_name
        self._line = line

    def find(self, *names: str) -> int | None:
        """The position of the first of `names` the header has (names are folded)."""
        for name in names:
            position = self._index.get(fold(name))
            if position is not None:
                return position
        return None

    def require(self, *names: str) -> int:
        position = self.find(*names)
        if position is None:
            raise refuse(self._file_name, MISSING_COLUMN, line=self._line, column=names[0])
        return position


def cell(record: Sequence[str], position: int | None) -> str:
    """The cell at `position`, "" when the column is absent or the record shorter."""
    if position is None or position >= len(record):
        return ""
    return record[position].strip()


class ReportRow:
    """One record of a provider's CSV report, its cells found by the names the reader
    gave its columns (`positions`): a required cell left empty is refused with its
    column's title, the file and the line."""

    def __init__(
        self,
        record: Sequence[str],
        positions: Mapping[str, int | None],
        columns: Columns,
        file_name: str,
        line: int,
        *,
        decimal_comma: bool = False,
    ) -> None:
        self._record = record
        self._positions = positions
        self._columns = columns
        self._file_name = file_name
        self._line = line
        self._decimal_comma = decimal_comma

    def text(self, name: str) -> str:
        return cell(self._record, self._positions[name])

    def required(self, name: str) -> str:
        value = self.text(name)
        if not value:
            position = self._positions[name]
            title = self._columns.titles[position] if position is not None else name
            raise refuse(self._file_name, EMPTY_CELL, line=self._line, column=title)
        return value

    def amount(self, name: str) -> Decimal | None:
        """The amount in the cell, None when it is empty."""
        value = self.text(name)
        return parse_amount(value, decimal_comma=self._decimal_comma) if value else None

    def required_amount(self, name: str) -> Decimal:
        return parse_amount(self.required(name), decimal_comma=self._decimal_comma)


def is_blank(record: Sequence[str]) -> bool:
    return not any(value.strip() for value in record)


def statement_currency(lines: Sequence[StatementLine], declared: str = "") -> str:
    """The statement's currency: the declared one, else the lines' one when they agree."""
    if declared:
        return declared
    found = {line.currency for line in lines}
    return found.pop() if len(found) == 1 else ""
