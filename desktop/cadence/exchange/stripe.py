"""Stripe's balance exports: the dashboard's balance-transactions CSV (`id`, `Type`,
`Amount`, `Created (UTC)` …) and the "Balance change from activity" and payout
reconciliation reports (`balance_transaction_id`, `reporting_category`, `gross`,
`created_utc` …). Column titles are matched without regard to case, spaces or
underscores.

Charges are money in with Stripe's fee beside them (`amount` is the gross the
customer paid, `fee` what Stripe kept); refunds are money out; payouts to the bank
are money out marked `is_transfer`, with the text "Stripe payout". Dates are the
UTC dates Stripe gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.exchange.fields import (
    NET_MISMATCH,
    Columns,
    ReportRow,
    at_line,
    clean,
    csv_records,
    currency,
    decode,
    fold,
    is_blank,
    join_text,
    parse_iso_date,
    refuse,
    statement_currency,
)
from cadence.exchange.statement import Statement, StatementFormat, StatementLine

_NOT_STRIPE = QT_TRANSLATE_NOOP("Messages", "this is not a Stripe balance export")

PAYOUT_TEXT = "Stripe payout"

_ID = ("balance_transaction_id", "id")
_CATEGORY = ("reporting_category", "type")
_GROSS = ("gross", "amount")
_FEE = ("fee",)
_NET = ("net",)
_CURRENCY = ("currency",)
_CREATED = ("created_utc", "created (utc)", "created date (utc)", "created")
_AVAILABLE = ("available_on_utc", "available on (utc)", "available_on")
_DESCRIPTION = ("description",)
_NAME = ("customer_name", "customer name")
_EMAIL = ("customer_email", "customer email")

_PAYOUTS = {"payout", "payout_reversal", "payout_failure", "payout_cancel"}
_REFUNDS = {"refund", "payment_refund"}


def looks_like_stripe(header: Sequence[str]) -> bool:
    """Whether a CSV header row is one of Stripe's balance exports."""
    folded = {fold(title) for title in header}

    def has(names: tuple[str, ...]) -> bool:
        return any(fold(name) in folded for name in names)

    return all(has(names) for names in (_ID, _CATEGORY, _GROSS, _CURRENCY, _CREATED)) and (
        has(_NET) or has(_FEE)
    )


def read_stripe(data: bytes, file_name: str) -> Statement:
    """The movements of a Stripe balance export; refused whole if a line cannot be read."""
    text, _encoding = decode(data, file_name)
    records = [
        (line, record) for line, record in csv_records(text, ",", file_name) if not is_blank(record)
    ]
    if not records or not looks_like_stripe(records[0][1]):
        raise refuse(file_name, _NOT_STRIPE, line=records[0][0] if records else None)
    (header_line, header), rows = records[0], records[1:]
    columns = Columns(header, file_name, header_line)
    positions = {
        "id": columns.require(*_ID),
        "category": columns.require(*_CATEGORY),
        "gross": columns.require(*_GROSS),
        "fee": columns.find(*_FEE),
        "net": columns.find(*_NET),
        "currency": columns.require(*_CURRENCY),
        "created": columns.require(*_CREATED),
        "available": columns.find(*_AVAILABLE),
        "description": columns.find(*_DESCRIPTION),
        "name": columns.find(*_NAME),
        "email": columns.find(*_EMAIL),
    }
    lines = []
    for line, record in rows:
        with at_line(file_name, line):
            lines.append(_line(record, positions, columns, file_name, line))
    return Statement(
        format=StatementFormat.STRIPE,
        lines=tuple(lines),
        account="Stripe",
        currency=statement_currency(lines),
    )


def _line(
    record: list[str],
    positions: dict[str, int | None],
    columns: Columns,
    file_name: str,
    line: int,
) -> StatementLine:
    row = ReportRow(record, positions, columns, file_name, line)
    category = row.required("category").lower()
    gross = row.required_amount("gross")
    fee = row.amount("fee") or Decimal(0)
    net = row.amount("net")
    if net is not None and net != gross - fee:
        raise refuse(file_name, NET_MISMATCH, line=line, net=net, gross=gross, fee=fee)
    code = currency(row.required("currency"))
    booked_on = parse_iso_date(row.required("created"))
    available = row.text("available")
    is_payout = category in _PAYOUTS
    # Stripe writes refunds and payouts negative already; the sign is made sure of.
    money_out = category in _REFUNDS or category == "payout"
    signed = -abs(gross) if money_out else gross
    return StatementLine(
        booked_on=booked_on,
        amount=signed,
        currency=code,
        text=PAYOUT_TEXT if is_payout else join_text([row.text("description")]),
        counterparty=join_text([row.text("name")]) or join_text([row.text("email")]),
        bank_reference=clean(row.required("id")),
        fee=fee,
        is_transfer=is_payout,
        value_on=parse_iso_date(available) if available else None,
        source_line=line,
    )
