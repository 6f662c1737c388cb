"""PayPal's "Activity download" CSV, with English or French column titles.

The language of the titles says how numbers and dates are written, since PayPal
writes them in the language of the account: French titles ("Avant commission",
"Devise", "État" …) come with decimal commas ("1 234,56") and dd/mm/yyyy dates;
English titles with decimal points ("1,234.56") and mm/dd/yyyy dates, unless some
date of the file cannot be mm/dd/yyyy and all read as dd/mm/yyyy (an English export
from a British account), in which case the whole file is read as dd/mm/yyyy.

Only completed lines (Completed, Terminé) that move the balance are read: pending
and denied ones and "Memo" lines (authorisations, the other half of a currency
conversion shown for information) are no movement. PayPal writes its fee as a
negative amount; it is stored as the positive fee kept. Withdrawals to the bank
are marked `is_transfer`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from cadence.domain.errors import InvalidValue
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.exchange.fields import (
    NET_MISMATCH,
    Columns,
    ReportRow,
    at_line,
    cell,
    clean,
    csv_records,
    currency,
    decode,
    fold,
    is_blank,
    join_text,
    parse_date,
    parse_iso_date,
    refuse,
    statement_currency,
)
from cadence.exchange.statement import Statement, StatementFormat, StatementLine

_NOT_PAYPAL = QT_TRANSLATE_NOOP("Messages", "this is not a PayPal activity download")

# Each field's titles: English first, then the French ones PayPal has used.
_DATE = ("Date",)
_NAME = ("Name", "Nom")
_TYPE = ("Type",)
_STATUS = ("Status", "État", "Statut")
_CURRENCY = ("Currency", "Devise")
_GROSS = ("Gross", "Avant commission", "Brut", "Montant brut")
_FEE = ("Fee", "Commission", "Frais")
_NET = ("Net", "Montant net")
_FROM = ("From Email Address", "De l'adresse email", "De l'adresse e-mail")
_TO = ("To Email Address", "À l'adresse email", "À l'adresse e-mail")
_TRANSACTION_ID = ("Transaction ID", "Numéro de transaction", "Code de transaction")
_INVOICE = ("Invoice Number", "Numéro de facture")
_SUBJECT = ("Subject", "Objet")
_NOTE = ("Note", "Remarque")
_BALANCE_IMPACT = ("Balance Impact", "Impact sur le solde")
# Titles only the French export has: they decide the language.
_FRENCH = ("Devise", "Avant commission", "Brut", "État", "Statut", "Nom", "Numéro de transaction")

_COMPLETED = {"completed", "termine", "terminee"}
_MEMO = {"memo"}
# Types (folded) of money moved between the PayPal balance and the owner's bank.
_TRANSFERS = re.compile(
    r"withdraw|retrait|virementstandard|standardtransfer|bankdeposit|depotbancaire"
)
_DELIMITERS = (",", ";", "\t")
_ISO_DATE = re.compile(r"\d{4}-")


def looks_like_paypal(header: Sequence[str]) -> bool:
    """Whether a CSV header row is PayPal's activity download, in English or French."""
    folded = {fold(title) for title in header}

    def has(names: tuple[str, ...]) -> bool:
        return any(fold(name) in folded for name in names)

    return all(has(names) for names in (_DATE, _STATUS, _CURRENCY, _GROSS, _TRANSACTION_ID))


def read_paypal(data: bytes, file_name: str) -> Statement:
    """The completed movements of a PayPal activity download; refused whole if a line
    cannot be read."""
    text, _encoding = decode(data, file_name)
    # PayPal separates with commas; a file saved again by a spreadsheet may not.
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(_DELIMITERS, key=first.count)
    records = [
        (line, record)
        for line, record in csv_records(text, delimiter, file_name)
        if not is_blank(record)
    ]
    if not records or not looks_like_paypal(records[0][1]):
        raise refuse(file_name, _NOT_PAYPAL, line=records[0][0] if records else None)
    (header_line, header), rows = records[0], records[1:]
    columns = Columns(header, file_name, header_line)
    french = columns.find(*_FRENCH) is not None
    positions = {
        "date": columns.require(*_DATE),
        "status": columns.require(*_STATUS),
        "currency": columns.require(*_CURRENCY),
        "gross": columns.require(*_GROSS),
        "id": columns.require(*_TRANSACTION_ID),
        "fee": columns.find(*_FEE),
        "net": columns.find(*_NET),
        "name": columns.find(*_NAME),
        "type": columns.find(*_TYPE),
        "from": columns.find(*_FROM),
        "to": columns.find(*_TO),
        "invoice": columns.find(*_INVOICE),
        "subject": columns.find(*_SUBJECT),
        "note": columns.find(*_NOTE),
        "impact": columns.find(*_BALANCE_IMPACT),
    }
    kept = [
        (line, record)
        for line, record in rows
        if fold(cell(record, positions["status"])) in _COMPLETED
        and fold(cell(record, positions["impact"])) not in _MEMO
    ]
    date_format = "%d/%m/%Y" if french else _english_date_format(kept, positions["date"])
    lines = []
    for line, record in kept:
        with at_line(file_name, line):
            lines.append(_line(record, positions, columns, french, date_format, file_name, line))
    return Statement(
        format=StatementFormat.PAYPAL,
        lines=tuple(lines),
        account="PayPal",
        currency=statement_currency(lines),
    )


def _english_date_format(rows: list[tuple[int, list[str]]], position: int | None) -> str:
    """mm/dd/yyyy, unless the file's dates only read as dd/mm/yyyy."""

    def all_read(date_format: str) -> bool:
        try:
            for _line, record in rows:
                written = cell(record, position)
                if written and "/" in written:
                    parse_date(written, date_format)
        except InvalidValue:
            return False
        return True

    if not all_read("%m/%d/%Y") and all_read("%d/%m/%Y"):
        return "%d/%m/%Y"
    return "%m/%d/%Y"


def _line(
    record: list[str],
    positions: dict[str, int | None],
    columns: Columns,
    french: bool,
    date_format: str,
    file_name: str,
    line: int,
) -> StatementLine:
    row = ReportRow(record, positions, columns, file_name, line, decimal_comma=french)
    written_date = row.required("date")
    booked_on: date = (
        parse_iso_date(written_date)
        if _ISO_DATE.match(written_date)
        else parse_date(written_date, date_format)
    )
    gross = row.required_amount("gross")
    fee = row.amount("fee") or Decimal(0)  # negative: what PayPal took
    net = row.amount("net")
    if net is not None and net != gross + fee:
        raise refuse(file_name, NET_MISMATCH, line=line, net=net, gross=gross, fee=-fee)
    kind = row.text("type")
    email = row.text("from" if gross > 0 else "to")
    return StatementLine(
        booked_on=booked_on,
        amount=gross,
        currency=currency(row.required("currency")),
        text=join_text([row.text("invoice"), row.text("subject"), row.text("note")]) or clean(kind),
        counterparty=clean(row.text("name")) or clean(email),
        bank_reference=clean(row.required("id")),
        fee=-fee,
        is_transfer=bool(_TRANSFERS.search(fold(kind))),
        source_line=line,
    )
