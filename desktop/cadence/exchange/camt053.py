"""ISO 20022 bank-to-customer statements (CAMT.053, versions 001.02 to 001.08 and
later ones of the same shape).

One statement line per transaction (TxDtls): a batch credit booked as one entry
gives the payments it holds, each with its own amount, end-to-end id and payer; an
entry without transaction details gives one line. Only booked entries are read
(status BOOK, or none given); pending and informative ones are no movement yet.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.exchange.fields import (
    NO_STATEMENT,
    SEVERAL_ACCOUNTS,
    TRUNCATED,
    at_line,
    clean,
    currency,
    join_text,
    line_at,
    normalize_iban,
    parse_amount,
    parse_iso_date,
    refuse,
    statement_currency,
)
from cadence.exchange.statement import Statement, StatementFormat, StatementLine

_NOT_CAMT053 = QT_TRANSLATE_NOOP("Messages", "this is not a CAMT.053 bank statement")
_MALFORMED = QT_TRANSLATE_NOOP("Messages", "the XML is malformed ({detail})")
_DTD = QT_TRANSLATE_NOOP("Messages", "the file declares a DTD, which a bank statement never does")
_NO_AMOUNT = QT_TRANSLATE_NOOP("Messages", "an entry has no amount")
_NO_DIRECTION = QT_TRANSLATE_NOOP(
    "Messages", "an entry says neither credit nor debit (CdtDbtInd “{value}”)"
)
_NO_DATE = QT_TRANSLATE_NOOP("Messages", "an entry has no booking date")

_NAMESPACE = re.compile(r"urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.\d{2}")
_NOT_PROVIDED = "NOTPROVIDED"

# No network, no entities expanded, no DTD loaded, no huge trees: a statement is data
# from outside and must not make the parser fetch, expand or allocate anything.
_PARSER_OPTIONS: dict[str, bool] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def read_camt053(data: bytes, file_name: str) -> Statement:
    """The bank statement of a CAMT.053 file (one account); refused whole if anything
    is wrong."""
    root = _parse(data, file_name)
    tag = etree.QName(root)
    if tag.localname != "Document" or not _NAMESPACE.fullmatch(tag.namespace or ""):
        raise refuse(file_name, _NOT_CAMT053, line=root.sourceline)
    xml = _Xml(tag.namespace)
    statements = xml.all(root, "BkToCstmrStmt/Stmt")
    if not statements:
        raise refuse(file_name, NO_STATEMENT)
    accounts = list(dict.fromkeys(_account(xml, statement) for statement in statements))
    if len(accounts) > 1:
        raise refuse(file_name, SEVERAL_ACCOUNTS, first=accounts[0], second=accounts[1])
    lines: list[StatementLine] = []
    first_days: list[date] = []
    last_days: list[date] = []
    declared = ""
    for statement in statements:
        with at_line(file_name, statement.sourceline):
            if code := xml.text(statement, "Acct/Ccy"):
                declared = currency(code)
            if start := xml.text(statement, "FrToDt/FrDtTm"):
                first_days.append(parse_iso_date(start))
            if end := xml.text(statement, "FrToDt/ToDtTm"):
                last_days.append(parse_iso_date(end))
        for entry in xml.all(statement, "Ntry"):
            status = xml.text(entry, "Sts/Cd") or xml.text(entry, "Sts")
            if status and status.upper() != "BOOK":
                continue
            lines.extend(_entry_lines(xml, entry, accounts[0], file_name))
    return Statement(
        format=StatementFormat.CAMT053,
        lines=tuple(lines),
        account=accounts[0],
        currency=statement_currency(lines, declared),
        starts_on=min(first_days, default=None),
        ends_on=max(last_days, default=None),
    )


def _parse(data: bytes, file_name: str) -> Any:
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        last_line = line_at(data, len(data.rstrip()))
        line = error.lineno or None
        if not data.strip() or (line is not None and line >= last_line):
            # The parser stopped at the very end: the rest of the document is missing.
            raise refuse(file_name, TRUNCATED, line=line) from None
        detail = clean(str(error.msg or error))
        raise refuse(file_name, _MALFORMED, line=line, detail=detail) from None
    except ValueError as error:
        raise refuse(file_name, _MALFORMED, detail=clean(str(error))) from None
    if root is None:
        raise refuse(file_name, _NOT_CAMT053)
    if root.getroottree().docinfo.doctype:
        raise refuse(file_name, _DTD, line=1)
    return root


class _Xml:
    """Paths like "Ntry/Amt" in the statement's namespace, whichever version it is."""

    def __init__(self, namespace: str) -> None:
        self._namespace = namespace
        self._paths: dict[str, str] = {}

    def _path(self, path: str) -> str:
        if path not in self._paths:
            self._paths[path] = "/".join(f"{{{self._namespace}}}{step}" for step in path.split("/"))
        return self._paths[path]

    def find(self, element: Any, path: str) -> Any:
        return element.find(self._path(path))

    def all(self, element: Any, path: str) -> list[Any]:
        return list(element.iterfind(self._path(path)))

    def text(self, element: Any, path: str) -> str:
        return clean(element.findtext(self._path(path)))

    def texts(self, element: Any, path: str) -> list[str]:
        return [clean(found.text) for found in element.iterfind(self._path(path))]

    def date(self, element: Any, path: str) -> date | None:
        """The date of a DateAndDateTimeChoice (`Dt` or `DtTm`)."""
        written = self.text(element, f"{path}/Dt") or self.text(element, f"{path}/DtTm")
        return parse_iso_date(written) if written else None


def _account(xml: _Xml, statement: Any) -> str:
    return normalize_iban(xml.text(statement, "Acct/Id/IBAN")) or xml.text(
        statement, "Acct/Id/Othr/Id"
    )


def _amount(
    xml: _Xml, element: Any, path: str, credit: bool, file_name: str
) -> tuple[Decimal, str] | None:
    found = xml.find(element, path)
    if found is None or not clean(found.text):
        return None
    with at_line(file_name, found.sourceline):
        amount = parse_amount(clean(found.text), decimal_comma=False)
        return (amount if credit else -amount), currency(clean(found.get("Ccy")))


def _is_credit(xml: _Xml, element: Any, file_name: str, default: bool | None = None) -> bool:
    indicator = xml.text(element, "CdtDbtInd").upper()
    if indicator in ("CRDT", "DBIT"):
        return indicator == "CRDT"
    if default is not None and not indicator:
        return default
    raise refuse(file_name, _NO_DIRECTION, line=element.sourceline, value=indicator)


def _entry_lines(xml: _Xml, entry: Any, own_account: str, file_name: str) -> list[StatementLine]:
    line = entry.sourceline
    credit = _is_credit(xml, entry, file_name)
    entry_amount = _amount(xml, entry, "Amt", credit, file_name)
    with at_line(file_name, line):
        booked_on = xml.date(entry, "BookgDt") or xml.date(entry, "ValDt")
        value_on = xml.date(entry, "ValDt")
    if entry_amount is None:
        raise refuse(file_name, _NO_AMOUNT, line=line)
    if booked_on is None:
        raise refuse(file_name, _NO_DATE, line=line)
    reference = xml.text(entry, "AcctSvcrRef")
    entry_text = xml.text(entry, "AddtlNtryInf")
    transactions = xml.all(entry, "NtryDtls/TxDtls")

    amounts: list[tuple[Decimal, str] | None] = []
    for transaction in transactions:
        transaction_credit = _is_credit(xml, transaction, file_name, default=credit)
        amounts.append(
            _amount(xml, transaction, "AmtDtls/TxAmt/Amt", transaction_credit, file_name)
            or _amount(xml, transaction, "Amt", transaction_credit, file_name)
        )
    if len(transactions) == 1 and amounts[0] is None:
        amounts = [entry_amount]
    if not transactions or None in amounts:
        # No details, or several transactions without their own amounts: the entry is
        # one movement, said once.
        texts = [_remittance(xml, transaction) for transaction in transactions]
        return [
            StatementLine(
                booked_on=booked_on,
                amount=entry_amount[0],
                currency=entry_amount[1],
                text=join_text([*texts, entry_text]),
                bank_reference=reference,
                value_on=value_on,
                source_line=line,
            )
        ]
    lines = []
    for transaction, found in zip(transactions, amounts, strict=True):
        assert found is not None  # checked above
        amount, code = found
        returned = xml.find(transaction, "RtrInf") is not None
        name, iban = _counterparty(xml, transaction, amount > 0, returned, own_account)
        end_to_end_id = xml.text(transaction, "Refs/EndToEndId")
        if end_to_end_id.upper() == _NOT_PROVIDED:
            end_to_end_id = ""
        lines.append(
            StatementLine(
                booked_on=booked_on,
                amount=amount,
                currency=code,
                text=_remittance(xml, transaction)
                or xml.text(transaction, "AddtlTxInf")
                or entry_text,
                counterparty=name,
                counterparty_iban=iban,
                bank_reference=xml.text(transaction, "Refs/AcctSvcrRef") or reference,
                end_to_end_id=end_to_end_id,
                return_reason=xml.text(transaction, "RtrInf/Rsn/Cd")
                or xml.text(transaction, "RtrInf/Rsn/Prtry"),
                value_on=value_on,
                source_line=transaction.sourceline or line,
            )
        )
    return lines


def _remittance(xml: _Xml, transaction: Any) -> str:
    """The unstructured remittance lines and the structured creditor references."""
    return join_text(
        [
            " ".join(xml.texts(transaction, "RmtInf/Ustrd")),
            *xml.texts(transaction, "RmtInf/Strd/CdtrRefInf/Ref"),
        ]
    )


def _party(xml: _Xml, transaction: Any, role: str) -> tuple[str, str]:
    """A party's name (001.02–.07 `Dbtr/Nm`, 001.08 on `Dbtr/Pty/Nm`) and IBAN."""
    name = (
        xml.text(transaction, f"RltdPties/{role}/Nm")
        or xml.text(transaction, f"RltdPties/{role}/Pty/Nm")
        or xml.text(transaction, f"RltdPties/Ultmt{role}/Nm")
        or xml.text(transaction, f"RltdPties/Ultmt{role}/Pty/Nm")
    )
    return name, normalize_iban(xml.text(transaction, f"RltdPties/{role}Acct/Id/IBAN"))


def _counterparty(
    xml: _Xml, transaction: Any, money_in: bool, returned: bool, own_account: str
) -> tuple[str, str]:
    """The other side: the debtor of money in, the creditor of money out. A return
    (RtrInf) keeps the parties of the original payment, so the sides swap: a returned
    direct debit is money out whose debtor is the customer. A side holding the
    statement's own account is never the other side."""
    payer = _party(xml, transaction, "Dbtr")
    payee = _party(xml, transaction, "Cdtr")
    other, own = (payer, payee) if money_in != returned else (payee, payer)
    if own_account and other[1] == own_account:
        other = own
    return other
