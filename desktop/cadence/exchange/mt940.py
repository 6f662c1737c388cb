"""SWIFT MT940 customer statements, as French banks export them.

The mt-940 package splits the tags and reads the :61: statement lines and the
balances. The :86: details are read here: French banks write the label there as
plain text, some in ?20…?29 sub-fields (German style), which are joined.

The return reason of a returned direct debit has no field of its own in MT940.
It is taken from the text when a bank writes it in one of the forms seen in
practice: "/RTRN/AM04", "RTRN AM04", or "MOTIF AM04" in a line that also says it
is a return or a reject (RETOUR, REJET, IMPAYE, RTRN, RETURN). The end-to-end id is
taken from "/EREF/…" or "EREF+…".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import mt940

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.exchange.fields import (
    NO_STATEMENT,
    NOT_A_DATE,
    NOT_AN_AMOUNT,
    SEVERAL_ACCOUNTS,
    TRUNCATED,
    at_line,
    clean,
    currency,
    decode,
    line_at,
    normalize_iban,
    refuse,
    statement_currency,
)
from cadence.exchange.statement import Statement, StatementFormat, StatementLine

_NOT_MT940 = QT_TRANSLATE_NOOP("Messages", "this is not an MT940 file")
_BAD_LINE = QT_TRANSLATE_NOOP(
    "Messages",
    "“{text}” is not an MT940 statement line (:61:): "
    "it needs a date, a debit/credit mark and an amount",
)
_BAD_TAG = QT_TRANSLATE_NOOP("Messages", "the :{tag}: field cannot be read (“{text}”)")
_MALFORMED = QT_TRANSLATE_NOOP("Messages", "the MT940 file is malformed ({detail})")
_NO_ACCOUNT = QT_TRANSLATE_NOOP("Messages", "the statement has no account (:25:)")
_NO_OPENING = QT_TRANSLATE_NOOP(
    "Messages", "the statement has no opening balance (:60F:), so its currency is unknown"
)

_TAG_LINE = re.compile(r":(\d{2}[A-Z]?|NS):(.*)")
# What every :61: line starts with: value date, optional entry date, the debit/credit
# mark (R for a reversal), an optional funds code, the amount.
_STATEMENT_LINE = re.compile(
    r"(?P<date>\d{6})(?P<entry>\d{4}|\s{4})?(?P<mark>R?[DC])[A-Z]?\n?(?P<amount>\d[\d,]*)",
    re.IGNORECASE,
)
_SUBFIELD = re.compile(r"\?(\d{2})")
_SUBFIELD_WIDTH = 27  # ?20…?29 hold 27 characters each, a line of :86: 65
_DETAILS_WIDTH = 65
_CODE = r"(?P<code>[A-Z]{2}\d{2}|CNOR|DNOR|CUST|DUPL|FOCR|FRAD|TECH|UPAY|NARR)\b"
_RTRN = re.compile(r"RTRN[ :/]+" + _CODE)
_MOTIF = re.compile(r"\bMOTIF[ :/]+" + _CODE)
_RETURN_WORDS = re.compile(r"RETOUR|REJET|IMPAYE|RTRN|RETURN", re.IGNORECASE)
_EREF = re.compile(r"(?:/EREF/|EREF\+|EREF:)\s?(?P<id>[^/\s?]+)")
_NOT_PROVIDED = "NOTPROVIDED"
_SEPA_KEYWORD = re.compile(r"\b(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT)\+")
_ISO_REASON = re.compile(_CODE)
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")
_OPTIONS = mt940.Options(
    strip_bom=True,
    reversal_sign=True,  # a reversed credit (RC) is money out
    case_insensitive_marks=True,
    unbounded_details=True,
    merge_keeps_values=True,
)
# The :86: text raw: its sub-fields are read below, also when no GVC code leads them.
_PROCESSORS: Any = {"post_transaction_details": []}


def read_mt940(data: bytes, file_name: str) -> Statement:
    """The bank statement of an MT940 file (one account); refused whole if anything is
    wrong."""
    text, _encoding = decode(data, file_name)
    tags = _tags(text)
    names = [name for _line, name, _value in tags]
    if "20" not in names and "25" not in names:
        raise refuse(file_name, _NOT_MT940)
    if "25" not in names:
        raise refuse(file_name, _NO_ACCOUNT)
    if not any(name in ("60F", "60M") for name in names):
        raise refuse(file_name, _NO_OPENING)
    statement_lines = [(line, value) for line, name, value in tags if name == "61"]
    for line, value in statement_lines:
        _check_statement_line(value, line, file_name)
    closings = [index for index, name in enumerate(names) if name in ("62F", "62M")]
    last_movement = max((i for i, name in enumerate(names) if name in ("61", "86")), default=-1)
    if not closings or closings[-1] < last_movement:
        raise refuse(file_name, TRUNCATED, line=line_at(text, len(text.rstrip())))

    try:
        blocks = mt940.parse_statements(text, processors=_PROCESSORS, options=_OPTIONS)
    except RuntimeError as error:  # a tag its pattern does not match
        raise _tag_error(error, tags, file_name) from None
    except (ValueError, ArithmeticError, KeyError, TypeError, AttributeError) as error:
        raise refuse(
            file_name, _MALFORMED, detail=clean(str(error)) or type(error).__name__
        ) from None

    blocks = [block for block in blocks if block.data.get("account_identification")]
    if not blocks:
        raise refuse(file_name, NO_STATEMENT)
    accounts = list(dict.fromkeys(clean(block.data["account_identification"]) for block in blocks))
    if len(accounts) > 1:
        raise refuse(file_name, SEVERAL_ACCOUNTS, first=accounts[0], second=accounts[1])

    transactions = [transaction for block in blocks for transaction in block]
    if len(transactions) != len(statement_lines):  # never silently one line short
        raise refuse(
            file_name,
            _MALFORMED,
            detail=f"{len(transactions)} transactions for {len(statement_lines)} :61: lines",
        )
    lines: list[StatementLine] = []
    for (line, _value), transaction in zip(statement_lines, transactions, strict=True):
        with at_line(file_name, line):
            lines.append(_line(transaction.data, line))
    first_days = [_balance_date(block, "opening") for block in blocks]
    last_days = [_balance_date(block, "closing") for block in blocks]
    return Statement(
        format=StatementFormat.MT940,
        lines=tuple(lines),
        account=accounts[0],
        currency=statement_currency(lines, _currency(blocks[0])),
        starts_on=min((day for day in first_days if day), default=None),
        ends_on=max((day for day in last_days if day), default=None),
    )


def _tags(text: str) -> list[tuple[int, str, str]]:
    """Each tag with its line number and the first line of its value."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        tag = _TAG_LINE.match(line)
        if tag:
            found.append((number, tag[1].upper(), tag[2].strip()))
    return found


def _check_statement_line(value: str, line: int, file_name: str) -> None:
    """A :61: line's date and amount, checked where the file can be named and the line
    given (the mt-940 package says neither)."""
    found = _STATEMENT_LINE.match(value)
    if not found:
        raise refuse(file_name, _BAD_LINE, line=line, text=clean(value))
    written = found["date"]
    try:
        date(2000 + int(written[:2]), int(written[2:4]), int(written[4:]))
    except ValueError:
        raise refuse(file_name, NOT_A_DATE, line=line, text=written, format="yymmdd") from None
    if found["amount"].count(",") != 1:
        raise refuse(file_name, NOT_AN_AMOUNT, line=line, text=found["amount"])


def _tag_error(error: RuntimeError, tags: list[tuple[int, str, str]], file_name: str) -> Exception:
    tag = error.args[1] if len(error.args) > 1 else None
    value = str(error.args[2]) if len(error.args) > 2 else ""
    tag_id = str(getattr(tag, "id", ""))
    first = value.splitlines()[0].strip() if value else ""
    for line, name, written in tags:
        if name.startswith(tag_id) and written == first:
            return refuse(file_name, _BAD_TAG, line=line, tag=name, text=clean(value))
    return refuse(file_name, _MALFORMED, detail=clean(str(error.args[0])))


def _currency(block: Any) -> str:
    code = block.currency
    if not code:
        raise InvalidValue(message(_NO_OPENING))
    return currency(str(code))


def _balance_date(block: Any, kind: str) -> date | None:
    names = (
        ("final_opening_balance", "opening_balance", "intermediate_opening_balance")
        if kind == "opening"
        else ("final_closing_balance", "closing_balance", "intermediate_closing_balance")
    )
    for name in names:
        balance = block.data.get(name)
        if balance is not None and getattr(balance, "date", None):
            day = balance.date
            return date(day.year, day.month, day.day)
    return None


def _line(data: dict[str, Any], line: int) -> StatementLine:
    amount = data["amount"]
    if not amount.currency:
        raise InvalidValue(message(_NO_OPENING))
    value_day = data["date"]
    entry_day = data.get("entry_date") or value_day
    details = _details(str(data.get("transaction_details") or ""))
    extra = clean(data.get("extra_details"))
    searched = " ".join([details.searched, extra])
    customer_reference = clean(data.get("customer_reference"))
    if customer_reference.upper() == "NONREF":
        customer_reference = ""
    end_to_end = _EREF.search(searched)
    end_to_end_id = end_to_end["id"] if end_to_end else ""
    return StatementLine(
        booked_on=date(entry_day.year, entry_day.month, entry_day.day),
        amount=Decimal(amount.amount),
        currency=currency(str(amount.currency)),
        text=details.text or extra,
        counterparty=details.name,
        counterparty_iban=details.iban,
        bank_reference=clean(data.get("bank_reference")) or customer_reference,
        end_to_end_id="" if end_to_end_id.upper() == _NOT_PROVIDED else end_to_end_id,
        return_reason=details.return_code or _return_reason(searched),
        value_on=date(value_day.year, value_day.month, value_day.day),
        source_line=line,
    )


def _joined(parts: list[str], width: int) -> str:
    """Parts of one text cut at a fixed width: a part that fills the width was cut
    mid-word and continues without a space; a shorter one ended at a word."""
    text = previous = ""
    for part in parts:
        if text and len(previous) < width and not previous.endswith(" "):
            text += " "
        text += part
        previous = part
    return clean(text)


@dataclass(frozen=True, slots=True)
class _Details:
    text: str  # what the line is for, as the bank's customer reads it
    searched: str  # all of the purpose, where references and reasons are looked for
    name: str = ""
    iban: str = ""
    return_code: str = ""


def _details(raw: str) -> _Details:
    """The :86: field: plain text, or ?NN sub-fields (German DK style): ?20…?29 and
    ?60…?63 the purpose, ?31 the other side's IBAN, ?32 ?33 its name, ?34 a return
    reason. A purpose in SEPA keywords (EREF+ the end-to-end id, SVWZ+ the
    remittance text …) gives the remittance text alone."""
    raw_lines = raw.replace("\r", "").split("\n")
    if not _SUBFIELD.search(raw):
        text = _joined(raw_lines, _DETAILS_WIDTH)
        return _Details(text=text, searched=text)
    # Sub-fields: lines are cut anywhere, the "?NN" marks are what separates.
    pieces = _SUBFIELD.split("".join(raw_lines))
    fields = list(zip(pieces[1::2], pieces[2::2], strict=True))
    purpose = _joined(
        [value for code, value in fields if "20" <= code <= "29" or "60" <= code <= "63"],
        _SUBFIELD_WIDTH,
    )
    name = _joined([value for code, value in fields if code in ("32", "33")], _SUBFIELD_WIDTH)
    account = normalize_iban(next((value for code, value in fields if code == "31"), ""))
    reason = clean(next((value for code, value in fields if code == "34"), ""))
    split = _SEPA_KEYWORD.split(purpose)  # text, keyword, value, keyword, value …
    keywords = {split[index]: clean(split[index + 1]) for index in range(1, len(split), 2)}
    return _Details(
        text=keywords.get("SVWZ", "") or (purpose if not keywords else "") or clean(pieces[0]),
        searched=purpose,
        name=name,
        iban=account if _IBAN.fullmatch(account) else "",
        return_code=reason if _ISO_REASON.fullmatch(reason) else "",
    )


def _return_reason(text: str) -> str:
    found = _RTRN.search(text)
    if found is None and _RETURN_WORDS.search(text):
        found = _MOTIF.search(text)
    return found["code"] if found else ""
