"""A bank's own CSV export, read with a column mapping the owner chose once per bank.

`sniff_csv` looks at a file for the mapping dialog: its encoding, separator, header
row, a few rows, the date format and decimal mark it seems to use, and a signature
of its header by which the mapping is remembered. `read_bank_csv` then reads it.

French banks write `;` separators, amounts as "1 234,56" or "-1234,56", dates as
dd/mm/yyyy, sometimes separate Débit and Crédit columns, and end with empty lines
or a "Solde" line that is no movement.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from cadence.domain.errors import InvalidValue
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.exchange.fields import (
    Columns,
    at_line,
    cell,
    clean,
    csv_records,
    currency,
    decode,
    fold,
    is_blank,
    join_text,
    parse_amount,
    parse_date,
    refuse,
)
from cadence.exchange.statement import CsvMapping, Statement, StatementFormat, StatementLine

_NO_COLUMNS = QT_TRANSLATE_NOOP(
    "Messages", "this is not a table: no column separator (; , tab |) was found"
)
_NO_AMOUNT_COLUMN = QT_TRANSLATE_NOOP("Messages", "the column mapping names no amount column")
_NO_DATE = QT_TRANSLATE_NOOP("Messages", "the date is missing")
_NO_AMOUNT = QT_TRANSLATE_NOOP("Messages", "the amount is missing")
_NO_DEBIT_OR_CREDIT = QT_TRANSLATE_NOOP("Messages", "the line has neither a debit nor a credit")

_DELIMITERS = (";", ",", "\t", "|")
# Tried in this order: a tie goes to the French forms.
_DATE_FORMATS = (
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%m/%d/%Y",
)
_SNIFFED_LINES = 200
_SAMPLE_ROWS = 20
_DECIMAL_COMMA = re.compile(r"[+-]?[\d \u00a0\u202f.]*\d,\d{1,2}\s*€?")
_DECIMAL_POINT = re.compile(r"[+-]?[\d,]*\d\.\d{1,2}\s*€?")
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class CsvPreview:
    """What a CSV file looks like, for the owner to map its columns."""

    file_name: str
    encoding: str
    delimiter: str
    skip_lines: int  # lines before the header row
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # up to 20 rows after the header
    date_format: str  # strptime's, "" when no column reads as dates
    decimal_comma: bool
    # The header's cells in lower case joined with "|": how a bank's mapping is found again.
    header_signature: str
    # A mapping guessed from the column titles, for the dialog to start from.
    suggested_mapping: CsvMapping | None = None


def header_signature(header: tuple[str, ...] | list[str]) -> str:
    return "|".join(clean(title).lower() for title in header)


def sniff_csv(data: bytes, file_name: str) -> CsvPreview:
    """Guess how a CSV file is written; refused if it is not a text table."""
    text, encoding = decode(data, file_name)
    lines = _LINE_END.split(text)[:_SNIFFED_LINES]
    sample = "\n".join(lines)
    delimiter, width = _delimiter(sample)
    if width < 2:
        raise refuse(file_name, _NO_COLUMNS)
    records = [
        (line, record)
        for line, record in _lenient_records(sample, delimiter)
        if not is_blank(record)
    ]
    wide = [(line, record) for line, record in records if len(record) == width]
    header_line, header = next(
        ((line, record) for line, record in wide if _looks_like_header(record)), wide[0]
    )
    rows = tuple(
        tuple(value.strip() for value in record) for line, record in records if line > header_line
    )[:_SAMPLE_ROWS]
    date_format, date_position = _date_format(rows)
    header_cells = tuple(clean(title) for title in header)
    comma = _decimal_comma(rows, date_position, delimiter)
    return CsvPreview(
        file_name=file_name,
        encoding=encoding,
        delimiter=delimiter,
        skip_lines=header_line - 1,
        header=header_cells,
        rows=rows,
        date_format=date_format,
        decimal_comma=comma,
        header_signature=header_signature(header_cells),
        suggested_mapping=_suggested(
            header_cells, encoding, delimiter, header_line - 1, date_format, date_position, comma
        ),
    )


def _lenient_records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """Records with their first line, as far as they can be read: for guessing only."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = []
    try:
        while True:
            start = reader.line_num + 1
            records.append((start, next(reader)))
    except (StopIteration, csv.Error):
        pass
    return records


def _delimiter(sample: str) -> tuple[str, int]:
    """The separator that splits the most rows into the same number of columns (at
    least two), and that number."""
    best = (0, 0, ";")
    for delimiter in _DELIMITERS:
        widths = Counter(
            len(record)
            for _line, record in _lenient_records(sample, delimiter)
            if not is_blank(record)
        )
        width, rows = max(
            ((width, rows) for width, rows in widths.items() if width >= 2),
            key=lambda item: (item[1], item[0]),
            default=(0, 0),
        )
        if (rows, width) > best[:2]:
            best = (rows, width, delimiter)
    return best[2], best[1]


def _looks_like_date(value: str) -> bool:
    return any(_parses(value, date_format) for date_format in _DATE_FORMATS)


def _looks_like_amount(value: str) -> bool:
    return bool(_DECIMAL_COMMA.fullmatch(value) or _DECIMAL_POINT.fullmatch(value))


def _looks_like_header(record: list[str]) -> bool:
    titles = [value.strip() for value in record if value.strip()]
    return len(titles) >= 2 and not any(
        _looks_like_date(title) or _looks_like_amount(title) for title in titles
    )


def _parses(value: str, date_format: str) -> bool:
    try:
        parse_date(value, date_format)
    except InvalidValue:
        return False
    return True


def _date_format(rows: tuple[tuple[str, ...], ...]) -> tuple[str, int | None]:
    """The format most rows have a date in, and the first column holding such dates."""
    best: tuple[int, str, int | None] = (0, "", None)
    for date_format in _DATE_FORMATS:
        per_column: Counter[int] = Counter()
        for row in rows:
            for position, value in enumerate(row):
                if value and _parses(value, date_format):
                    per_column[position] += 1
        if per_column:
            count = max(per_column.values())
            position = min(p for p, seen in per_column.items() if seen == count)
            if count > best[0]:
                best = (count, date_format, position)
    return best[1], best[2]


def _decimal_comma(
    rows: tuple[tuple[str, ...], ...], date_position: int | None, delimiter: str
) -> bool:
    comma = point = 0
    for row in rows:
        for position, value in enumerate(row):
            if position == date_position:
                continue
            comma += bool(_DECIMAL_COMMA.fullmatch(value))
            point += bool(_DECIMAL_POINT.fullmatch(value))
    if comma == point:
        return delimiter == ";"
    return comma > point


def _suggested(
    header: tuple[str, ...],
    encoding: str,
    delimiter: str,
    skip_lines: int,
    date_format: str,
    date_position: int | None,
    decimal_comma: bool,
) -> CsvMapping | None:
    """A mapping from the titles French and English banks give their columns."""
    folded = [fold(title) for title in header]

    def first(*words: str, unless: tuple[str, ...] = ()) -> str:
        for title, name in zip(header, folded, strict=True):
            if any(word in name for word in words) and not any(no in name for no in unless):
                return title
        return ""

    date_column = first("date", unless=("valeur", "value"))
    if not date_column and date_position is not None:
        date_column = header[date_position]
    amount = first("montant", "amount", "somme")
    debit = first("debit")
    credit = first("credit")
    taken = {date_column, amount, debit, credit}
    text_columns = tuple(
        title
        for title, name in zip(header, folded, strict=True)
        if title not in taken
        and "date" not in name
        and any(
            word in name
            for word in (
                "libelle",
                "label",
                "description",
                "intitule",
                "detail",
                "motif",
                "operation",
            )
        )
    )
    if not date_column or not date_format or not (amount or (debit and credit)):
        return None
    return CsvMapping(
        encoding=encoding,
        delimiter=delimiter,
        date_column=date_column,
        date_format=date_format,
        text_columns=text_columns,
        amount_column="" if debit and credit else amount,
        credit_column=credit if debit and credit else "",
        debit_column=debit if debit and credit else "",
        decimal_comma=decimal_comma,
        reference_column=first("reference"),
        skip_lines=skip_lines,
    )


def _after_lines(text: str, count: int) -> str:
    offset = 0
    for _ in range(count):
        found = _LINE_END.search(text, offset)
        if found is None:
            return ""
        offset = found.end()
    return text[offset:]


def read_bank_csv(data: bytes, file_name: str, mapping: CsvMapping) -> Statement:
    """The movements of a bank's CSV export read with `mapping`; refused whole if a
    line cannot be read."""
    text, _encoding = decode(data, file_name, mapping.encoding)
    with at_line(file_name, None):
        code = currency(mapping.currency)
    records = [
        (line, record)
        for line, record in csv_records(
            _after_lines(text, mapping.skip_lines),
            mapping.delimiter,
            file_name,
            first_line=mapping.skip_lines + 1,
        )
        if not is_blank(record)
    ]
    if not records:
        return Statement(format=StatementFormat.CSV, lines=(), currency=code)
    (header_line, header), rows = records[0], records[1:]
    columns = Columns(header, file_name, header_line)
    date_position = columns.require(mapping.date_column)
    text_positions = [columns.require(title) for title in mapping.text_columns]
    split = bool(mapping.credit_column or mapping.debit_column)
    if not split and not mapping.amount_column:
        raise refuse(file_name, _NO_AMOUNT_COLUMN)
    amount_position = None if split else columns.require(mapping.amount_column)
    credit_position = columns.require(mapping.credit_column) if mapping.credit_column else None
    debit_position = columns.require(mapping.debit_column) if mapping.debit_column else None
    counterparty_position = (
        columns.require(mapping.counterparty_column) if mapping.counterparty_column else None
    )
    reference_position = (
        columns.require(mapping.reference_column) if mapping.reference_column else None
    )

    lines: list[StatementLine] = []
    for index, (line, record) in enumerate(rows):
        written_date = cell(record, date_position)
        if not written_date:
            if index == len(rows) - 1:
                continue  # the closing "Solde" line: a balance, no movement
            raise refuse(file_name, _NO_DATE, line=line)
        with at_line(file_name, line):
            booked_on = parse_date(written_date, mapping.date_format)
            if amount_position is not None:
                amount = _amount(
                    cell(record, amount_position), mapping.decimal_comma, file_name, line
                )
            else:
                amount = _split_amount(
                    cell(record, credit_position),
                    cell(record, debit_position),
                    mapping.decimal_comma,
                    file_name,
                    line,
                )
        lines.append(
            StatementLine(
                booked_on=booked_on,
                amount=amount,
                currency=code,
                text=join_text([cell(record, position) for position in text_positions]),
                counterparty=clean(cell(record, counterparty_position)),
                bank_reference=clean(cell(record, reference_position)),
                source_line=line,
            )
        )
    return Statement(format=StatementFormat.CSV, lines=tuple(lines), currency=code)


def _amount(written: str, decimal_comma: bool, file_name: str, line: int) -> Decimal:
    if not written:
        raise refuse(file_name, _NO_AMOUNT, line=line)
    return parse_amount(written, decimal_comma=decimal_comma)


def _split_amount(
    credit: str, debit: str, decimal_comma: bool, file_name: str, line: int
) -> Decimal:
    """Credit in, debit out: a debit is money out whether the bank wrote it with a minus
    sign or without."""
    if not credit and not debit:
        raise refuse(file_name, _NO_DEBIT_OR_CREDIT, line=line)
    money_in = parse_amount(credit, decimal_comma=decimal_comma) if credit else Decimal(0)
    money_out = abs(parse_amount(debit, decimal_comma=decimal_comma)) if debit else Decimal(0)
    return money_in - money_out
