"""What every statement reader returns, whatever the file's format.

A statement is a list of booked lines, each an amount in or out of an account
(a bank account, or a Stripe or PayPal balance). Readers never guess silently:
a file they cannot read whole is refused with `StatementFileError`, naming the
file, the line and the problem, and nothing of it is returned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from cadence.domain.errors import KnownError, Message, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP

_AT_LINE = QT_TRANSLATE_NOOP("Messages", "{file}, line {line}: {problem}")
_IN_FILE = QT_TRANSLATE_NOOP("Messages", "{file}: {problem}")


class StatementFormat(StrEnum):
    OFX = "ofx"
    CAMT053 = "camt053"
    MT940 = "mt940"
    CSV = "csv"  # a bank's own CSV export, read with a column mapping
    STRIPE = "stripe"  # Stripe's balance report (balance transactions)
    PAYPAL = "paypal"  # PayPal's activity download


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One booked movement. `amount` is signed: positive is money in."""

    booked_on: date
    amount: Decimal
    currency: str  # ISO 4217
    # What the bank printed: the remittance information, the label, the memo.
    text: str
    counterparty: str = ""  # the payer's (or payee's) name, when the file has it
    counterparty_iban: str = ""
    # The bank's or provider's own id of the line (FITID, AcctSvcrRef, a Stripe txn id).
    bank_reference: str = ""
    # ISO 20022 end-to-end id, as sent in a pain.008 batch or a credit transfer.
    end_to_end_id: str = ""
    # A returned direct debit (R-transaction): the ISO reason code (AM04, MD06 …).
    return_reason: str = ""
    # Fees a provider kept from this line (Stripe, PayPal), as a positive amount;
    # `amount` stays the gross the customer paid.
    fee: Decimal = Decimal(0)
    # Money moved between the owner's own accounts (a Stripe or PayPal payout to the
    # bank), not a payment by or to anyone: never matched against an invoice.
    is_transfer: bool = False
    value_on: date | None = None
    # Where the line starts in the file (1-based), for messages about it.
    source_line: int = 0


@dataclass(frozen=True, slots=True)
class Statement:
    format: StatementFormat
    lines: tuple[StatementLine, ...]
    account: str = ""  # the account's IBAN, number or the provider's name
    currency: str = ""
    starts_on: date | None = None
    ends_on: date | None = None


class StatementFileError(KnownError):
    """The file is not what it claims, is truncated, is in an unknown encoding or has
    a malformed line. Raised before anything of it is used."""

    def __init__(self, file_name: str, problem: Message, line: int | None = None) -> None:
        msg = (
            message(_IN_FILE, file=file_name, problem=problem)
            if line is None
            else message(_AT_LINE, file=file_name, line=line, problem=problem)
        )
        super().__init__(msg)
        self.file_name = file_name
        self.line = line
        self.problem = problem


@dataclass(frozen=True, slots=True)
class CsvMapping:
    """How to read one bank's CSV export: chosen once by the owner, remembered per bank.

    Columns are named by their header text. Either `amount` (signed) or both
    `credit` and `debit` (each positive) are given.
    """

    encoding: str  # "utf-8", "iso-8859-15", "cp1252" …
    delimiter: str  # ";" "," "\t"
    date_column: str
    date_format: str  # strptime format: "%d/%m/%Y", "%Y-%m-%d" …
    text_columns: tuple[str, ...]  # joined with " " to make the line's text
    amount_column: str = ""
    credit_column: str = ""
    debit_column: str = ""
    decimal_comma: bool = True
    counterparty_column: str = ""
    reference_column: str = ""
    currency: str = "EUR"
    # Lines before the header row (some banks print the account and period first).
    skip_lines: int = 0
