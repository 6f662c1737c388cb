"""Which kind of statement a file holds, recognised from its content (never from its
name, which the owner may have changed), and reading it with the right reader."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from cadence.domain.errors import message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.exchange.bank_csv import CsvPreview, read_bank_csv, sniff_csv
from cadence.exchange.camt053 import read_camt053
from cadence.exchange.fields import (
    UTF16_WITHOUT_BOM,
    csv_records,
    decode,
    is_blank,
    looks_like_utf16,
    refuse,
)
from cadence.exchange.mt940 import read_mt940
from cadence.exchange.ofx import read_ofx
from cadence.exchange.paypal import looks_like_paypal, read_paypal
from cadence.exchange.statement import CsvMapping, Statement, StatementFileError, StatementFormat
from cadence.exchange.stripe import looks_like_stripe, read_stripe

_UNKNOWN = QT_TRANSLATE_NOOP(
    "Messages",
    "not a bank statement Cadence can read (OFX, CAMT.053, MT940, CSV, Stripe or PayPal export)",
)
_EMPTY = QT_TRANSLATE_NOOP("Messages", "the file is empty")
_NEEDS_MAPPING = QT_TRANSLATE_NOOP(
    "Messages", "say which columns of this CSV file hold the date, the text and the amount"
)

_HEAD = 16384
_MT940_TAG = {tag: re.compile(rb"^:" + tag + rb":", re.MULTILINE) for tag in (b"20", b"25")}
_MT940_MOVEMENT = re.compile(rb"^:(?:60[FM]|61):", re.MULTILINE)
_CAMT053 = re.compile(rb"urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.\d{2}")
_HEADER_DELIMITERS = (",", ";", "\t")


class CsvMappingNeeded(StatementFileError):
    """A bank's CSV export that needs its columns mapped: `preview` shows the file."""

    def __init__(self, file_name: str, preview: CsvPreview) -> None:
        super().__init__(file_name, message(_NEEDS_MAPPING))
        self.preview = preview


def detect_format(data: bytes, file_name: str) -> StatementFormat | None:
    """The format of a statement file, from its content; None for anything else."""
    head = data[:_HEAD].removeprefix(codecs.BOM_UTF8)
    start = head.lstrip()
    upper = head.upper()
    if start.upper().startswith(b"OFXHEADER") or b"<?OFX" in upper or b"<OFX>" in upper:
        return StatementFormat.OFX
    if start.startswith(b"<"):
        return StatementFormat.CAMT053 if _CAMT053.search(head) else None
    if start.startswith(b"%PDF"):
        return None
    if all(pattern.search(head) for pattern in _MT940_TAG.values()) and _MT940_MOVEMENT.search(
        head
    ):
        return StatementFormat.MT940
    try:
        text, _encoding = decode(data, file_name)
    except StatementFileError:
        return None
    header = _first_record(text)
    if looks_like_stripe(header):
        return StatementFormat.STRIPE
    if looks_like_paypal(header):
        return StatementFormat.PAYPAL
    try:
        preview = sniff_csv(data, file_name)
    except StatementFileError:
        return None
    # A table is a statement only if its rows have dates: a letter with a comma is not.
    return StatementFormat.CSV if preview.rows and preview.date_format else None


def _first_record(text: str) -> list[str]:
    """The first row of a CSV file, split by the separator its first line has most of."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(_HEADER_DELIMITERS, key=first.count)
    try:
        for _line, record in csv_records(text, delimiter, ""):
            if not is_blank(record):
                return record
    except StatementFileError:
        pass
    return []


_READERS: dict[StatementFormat, Callable[[bytes, str], Statement]] = {
    StatementFormat.OFX: read_ofx,
    StatementFormat.CAMT053: read_camt053,
    StatementFormat.MT940: read_mt940,
    StatementFormat.STRIPE: read_stripe,
    StatementFormat.PAYPAL: read_paypal,
}


def read_statement(data: bytes, file_name: str, mapping: CsvMapping | None = None) -> Statement:
    """The statement in a file of any format Cadence reads.

    A bank's CSV export is read with `mapping`; without one, `CsvMappingNeeded`
    carries a preview of the file for the owner to map its columns.
    """
    if not data.removeprefix(codecs.BOM_UTF8).strip():
        raise refuse(file_name, _EMPTY)
    statement_format = detect_format(data, file_name)
    if statement_format is None:
        if b"\x00" in data[:_HEAD] and looks_like_utf16(data):
            raise refuse(file_name, UTF16_WITHOUT_BOM)
        raise refuse(file_name, _UNKNOWN)
    if statement_format is StatementFormat.CSV:
        if mapping is None:
            raise CsvMappingNeeded(file_name, sniff_csv(data, file_name))
        return read_bank_csv(data, file_name, mapping)
    return _READERS[statement_format](data, file_name)
