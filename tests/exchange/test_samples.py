"""The demo's sample statement files: each well-formed for its format, in its
encoding, with the user's text escaped as the format wants and its totals right.

Read back here with generic parsers (ofxtools, the mt-940 library, lxml, csv), not
with Cadence's statement readers."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import mt940
import pytest
from lxml import etree
from ofxtools.Parser import OFXTree

from cadence.exchange.samples import (
    BANK_CSV_HEADER,
    CAMT053_NAMESPACE,
    PAYPAL_HEADER,
    STRIPE_HEADER,
    write_bank_csv,
    write_camt053,
    write_mt940,
    write_ofx,
    write_paypal_csv,
    write_stripe_csv,
)
from cadence.exchange.statement import StatementLine

OBRIEN = "O'Brien & <Fils>"
IBAN = "FR76 3000 6000 0112 3456 7890 189"
PERIOD = {"starts_on": date(2026, 11, 1), "ends_on": date(2026, 11, 30)}
OPENING = Decimal("1000.00")
BANK_LINES = (
    StatementLine(
        booked_on=date(2026, 11, 1),
        amount=Decimal("120.50"),
        currency="EUR",
        text=f"PRLV SEPA {OBRIEN} Facture F2026-0042",
        counterparty=OBRIEN,
        counterparty_iban="DE89 3704 0044 0532 0130 00",
        end_to_end_id="F2026-0042",
    ),
    StatementLine(
        booked_on=date(2026, 11, 5),
        amount=Decimal("1234.56"),
        currency="EUR",
        text="VIR SEPA Hélène Müller F2026-0043 « abonnement ; annuel »",
        counterparty="Hélène Müller",
        bank_reference="BQ-7781",
    ),
    StatementLine(
        booked_on=date(2026, 11, 12),
        amount=Decimal("-120.50"),
        currency="EUR",
        text=f"IMPAYE PRLV {OBRIEN} F2026-0042",
        counterparty=OBRIEN,
        end_to_end_id="F2026-0042",
        return_reason="AM04",
        value_on=date(2026, 11, 13),
    ),
    StatementLine(
        booked_on=date(2026, 11, 30),
        amount=Decimal("-8.40"),
        currency="EUR",
        text='FRAIS "PACK PRO" 10 € / mois',
    ),
)
CLOSING = OPENING + sum((line.amount for line in BANK_LINES), Decimal(0))
PROVIDER_LINES = (
    StatementLine(
        booked_on=date(2026, 11, 3),
        amount=Decimal("49.00"),
        currency="EUR",
        text="Abonnement Pro, novembre",
        counterparty=OBRIEN,
        fee=Decimal("1.67"),
    ),
    StatementLine(
        booked_on=date(2026, 11, 4),
        amount=Decimal("1234.00"),
        currency="EUR",
        text='Abonnement "Équipe" annuel',
        counterparty="Hélène Müller",
        end_to_end_id="F2026-0044",
        fee=Decimal("41.31"),
    ),
    StatementLine(
        booked_on=date(2026, 11, 6),
        amount=Decimal("-49.00"),
        currency="EUR",
        text="Remboursement",
        counterparty=OBRIEN,
    ),
    StatementLine(
        booked_on=date(2026, 11, 10),
        amount=Decimal("-1000.00"),
        currency="EUR",
        text="PAYOUT",
        is_transfer=True,
    ),
)
EMAILS = {OBRIEN: "obrien@example.com", "Hélène Müller": "helene@example.fr"}


def _ofx(lines: tuple[StatementLine, ...] = BANK_LINES) -> bytes:
    return write_ofx(
        lines,
        account_iban=IBAN,
        currency="EUR",
        bank_name="Banque & Crédit <Test>",
        opening_balance=OPENING,
        **PERIOD,
    )


def _camt(lines: tuple[StatementLine, ...] = BANK_LINES) -> bytes:
    return write_camt053(
        lines,
        account_iban=IBAN,
        currency="EUR",
        bank_name="Banque & Crédit <Test>",
        opening_balance=OPENING,
        **PERIOD,
    )


def _mt940(lines: tuple[StatementLine, ...] = BANK_LINES) -> bytes:
    return write_mt940(lines, account_iban=IBAN, currency="EUR", opening_balance=OPENING, **PERIOD)


def _bank_csv(lines: tuple[StatementLine, ...] = BANK_LINES) -> bytes:
    return write_bank_csv(
        lines, account_iban=IBAN, currency="EUR", bank_name="Banque Exemple", **PERIOD
    )


def _stripe(lines: tuple[StatementLine, ...] = PROVIDER_LINES) -> bytes:
    return write_stripe_csv(lines, currency="EUR", customer_emails=EMAILS)


def _paypal(lines: tuple[StatementLine, ...] = PROVIDER_LINES) -> bytes:
    return write_paypal_csv(lines, currency="EUR", customer_emails=EMAILS)


BANK_WRITERS = [_ofx, _camt, _mt940, _bank_csv]
WRITERS = [*BANK_WRITERS, _stripe, _paypal]


# --- OFX ---------------------------------------------------------------------------


def test_ofx_is_sgml_in_cp1252_as_french_banks_write_it() -> None:
    data = _ofx()
    text = data.decode("cp1252")
    header, body = text.split("\r\n\r\n", 1)
    assert header.split("\r\n") == [
        "OFXHEADER:100",
        "DATA:OFXSGML",
        "VERSION:102",
        "SECURITY:NONE",
        "ENCODING:USASCII",
        "CHARSET:1252",
        "COMPRESSION:NONE",
        "OLDFILEUID:NONE",
        "NEWFILEUID:NONE",
    ]
    assert body.startswith("<OFX>\r\n")
    assert "\n" not in body.replace("\r\n", "")
    assert "Hélène Müller".encode("cp1252") in data
    assert "10 € / mois".encode("cp1252") in data
    # Escaped in SGML, never a raw "<" or "&" in a value.
    assert "<NAME>O'Brien &amp; &lt;Fils&gt;\r\n" in body
    assert "<ORG>Banque &amp; Crédit &lt;Test&gt;\r\n" in body


def test_ofx_reads_back_with_ofxtools() -> None:
    parser = OFXTree()
    parser.parse(io.BytesIO(_ofx()))
    statement = parser.convert().statements[0]
    account = statement.account
    assert (account.bankid, account.branchid, account.acctid) == ("30006", "00001", "12345678901")
    assert statement.curdef == "EUR"
    assert statement.balance.balamt == CLOSING
    transactions = statement.transactions
    assert [item.trnamt for item in transactions] == [line.amount for line in BANK_LINES]
    assert [item.trntype for item in transactions] == ["CREDIT", "CREDIT", "DEBIT", "DEBIT"]
    assert transactions[0].name == OBRIEN
    assert transactions[0].memo == BANK_LINES[0].text
    assert transactions[1].fitid == "BQ-7781"
    assert transactions[1].memo == BANK_LINES[1].text
    assert transactions[3].name == BANK_LINES[3].text[:32]
    assert len({item.fitid for item in transactions}) == len(BANK_LINES)


def test_ofx_cuts_names_to_32_characters_and_replaces_what_cp1252_lacks() -> None:
    line = dataclasses.replace(BANK_LINES[0], counterparty="Δ" + "N" * 40)
    data = _ofx((line,))
    assert b"<NAME>?" + b"N" * 31 + b"\r\n" in data
    parser = OFXTree()
    parser.parse(io.BytesIO(data))
    assert parser.convert().statements[0].transactions[0].name == "?" + "N" * 31


# --- camt.053 -----------------------------------------------------------------------

NS = {"c": CAMT053_NAMESPACE}


def _xpath(node: Any, path: str) -> list[Any]:
    steps = "/".join(f"c:{step}" if step and step != "." else step for step in path.split("/"))
    return list(node.xpath(steps, namespaces=NS))


def _one(node: Any, path: str) -> str:
    (found,) = _xpath(node, path)
    return str(found.text)


def _tags(node: Any) -> list[str]:
    return [etree.QName(child).localname for child in node]


def _in_order(tags: list[str], sequence: list[str]) -> bool:
    """Whether `tags` follow the schema's `sequence` (each at most once, in order)."""
    positions = [sequence.index(tag) for tag in tags]
    return positions == sorted(positions) and len(set(positions)) == len(positions)


# The sequences of camt.053.001.02's types, in the XSD's order.
STATEMENT = [
    "Id",
    "ElctrncSeqNb",
    "LglSeqNb",
    "CreDtTm",
    "FrToDt",
    "CpyDplctInd",
    "RptgSrc",
    "Acct",
    "RltdAcct",
    "Intrst",
]
ENTRY = [
    "NtryRef",
    "Amt",
    "CdtDbtInd",
    "RvslInd",
    "Sts",
    "BookgDt",
    "ValDt",
    "AcctSvcrRef",
    "Avlbty",
    "BkTxCd",
    "ComssnWvrInd",
    "AddtlInfInd",
    "AmtDtls",
    "Chrgs",
    "TechInptChanl",
    "Intrst",
    "NtryDtls",
    "AddtlNtryInf",
]
TRANSACTION = [
    "Refs",
    "AmtDtls",
    "Avlbty",
    "BkTxCd",
    "Chrgs",
    "Intrst",
    "RltdPties",
    "RltdAgts",
    "Purp",
    "RltdRmtInf",
    "RmtInf",
    "RltdDts",
    "RltdPric",
    "RltdQties",
    "FinInstrmId",
    "Tax",
    "RtrInf",
    "CorpActn",
    "SfkpgAcct",
    "AddtlTxInf",
]
PARTIES = [
    "InitgPty",
    "Dbtr",
    "DbtrAcct",
    "UltmtDbtr",
    "Cdtr",
    "CdtrAcct",
    "UltmtCdtr",
    "TradgPty",
    "Prtry",
]


def test_camt053_is_utf8_xml_in_the_schema_order() -> None:
    data = _camt()
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    data.decode("utf-8")
    document = etree.fromstring(data)
    assert etree.QName(document).namespace == CAMT053_NAMESPACE
    assert _tags(document) == ["BkToCstmrStmt"]
    (message,) = document
    assert _tags(message) == ["GrpHdr", "Stmt"]
    assert _tags(message[0]) == ["MsgId", "CreDtTm"]
    statement = message[1]
    tags = _tags(statement)
    head = [tag for tag in tags if tag not in {"Bal", "TxsSummry", "Ntry"}]
    assert _in_order(head, STATEMENT)
    assert tags[len(head) :] == ["Bal", "Bal", "TxsSummry"] + ["Ntry"] * len(BANK_LINES)
    for entry in _xpath(statement, "Ntry"):
        assert _in_order(_tags(entry), ENTRY)
        for transaction in _xpath(entry, "NtryDtls/TxDtls"):
            assert _in_order(_tags(transaction), TRANSACTION)
            for parties in _xpath(transaction, "RltdPties"):
                assert _in_order(_tags(parties), PARTIES)
    for node in document.iter():
        if isinstance(node.tag, str) and len(node) == 0:
            assert node.text, f"{etree.QName(node).localname} is empty"
    for tag in ("MsgId", "Id", "AcctSvcrRef", "EndToEndId"):
        for node in document.iter(f"{{{CAMT053_NAMESPACE}}}{tag}"):
            assert 0 < len(node.text) <= 35


def test_camt053_says_the_account_balances_and_totals() -> None:
    statement = _xpath(etree.fromstring(_camt()), "BkToCstmrStmt/Stmt")[0]
    assert _one(statement, "Acct/Id/IBAN") == "FR7630006000011234567890189"
    assert _one(statement, "Acct/Ccy") == "EUR"
    assert _one(statement, "Acct/Svcr/FinInstnId/Nm") == "Banque & Crédit <Test>"
    assert _one(statement, "FrToDt/FrDtTm") == "2026-11-01T00:00:00"
    assert _one(statement, "FrToDt/ToDtTm") == "2026-11-30T23:59:59"
    balances = {
        _one(balance, "Tp/CdOrPrtry/Cd"): (
            _one(balance, "Amt"),
            _one(balance, "CdtDbtInd"),
            _one(balance, "Dt/Dt"),
        )
        for balance in _xpath(statement, "Bal")
    }
    assert balances == {
        "OPBD": ("1000.00", "CRDT", "2026-11-01"),
        "CLBD": (f"{CLOSING:.2f}", "CRDT", "2026-11-30"),
    }
    assert _one(statement, "TxsSummry/TtlNtries/NbOfNtries") == "4"
    assert _one(statement, "TxsSummry/TtlNtries/Sum") == "1483.96"
    assert _one(statement, "TxsSummry/TtlNtries/TtlNetNtryAmt") == "1226.16"
    assert _one(statement, "TxsSummry/TtlCdtNtries/Sum") == "1355.06"
    assert _one(statement, "TxsSummry/TtlDbtNtries/Sum") == "128.90"


def test_camt053_has_one_entry_per_line() -> None:
    data = _camt()
    assert b"O'Brien &amp; &lt;Fils&gt;" in data
    entries = _xpath(etree.fromstring(data), "BkToCstmrStmt/Stmt/Ntry")
    assert len(entries) == len(BANK_LINES)
    for entry, line in zip(entries, BANK_LINES, strict=True):
        amount = _xpath(entry, "Amt")[0]
        assert (Decimal(amount.text), amount.get("Ccy")) == (abs(line.amount), "EUR")
        assert _one(entry, "CdtDbtInd") == ("CRDT" if line.amount > 0 else "DBIT")
        assert _one(entry, "Sts") == "BOOK"
        assert _one(entry, "BookgDt/Dt") == line.booked_on.isoformat()
        assert _one(entry, "ValDt/Dt") == (line.value_on or line.booked_on).isoformat()
        assert _one(entry, "BkTxCd/Domn/Cd") == "PMNT"
        details = _xpath(entry, "NtryDtls/TxDtls")[0]
        assert [node.text for node in _xpath(details, "Refs/EndToEndId")] == (
            [line.end_to_end_id] if line.end_to_end_id else []
        )
        assert "".join(node.text for node in _xpath(details, "RmtInf/Ustrd")) == line.text
        assert _one(entry, "AddtlNtryInf") == line.text

    collected, transfer, returned, fees = entries
    assert _one(collected, "NtryDtls/TxDtls/RltdPties/Dbtr/Nm") == OBRIEN
    assert _one(collected, "NtryDtls/TxDtls/RltdPties/DbtrAcct/Id/IBAN") == (
        "DE89370400440532013000"
    )
    assert _one(collected, "BkTxCd/Domn/Fmly/Cd") == "IDDT"
    assert _one(collected, "BkTxCd/Domn/Fmly/SubFmlyCd") == "ESDD"
    assert _xpath(collected, "NtryDtls/TxDtls/RtrInf") == []
    assert _one(transfer, "AcctSvcrRef") == "BQ-7781"
    assert _one(transfer, "NtryDtls/TxDtls/RltdPties/Dbtr/Nm") == "Hélène Müller"
    assert _one(transfer, "BkTxCd/Domn/Fmly/Cd") == "RCDT"
    # A returned direct debit: the debtor, the return reason and the unpaid code.
    assert _one(returned, "NtryDtls/TxDtls/RltdPties/Dbtr/Nm") == OBRIEN
    assert _one(returned, "NtryDtls/TxDtls/RtrInf/Rsn/Cd") == "AM04"
    for code in (_xpath(returned, "BkTxCd")[0], _xpath(returned, "NtryDtls/TxDtls/BkTxCd")[0]):
        assert (_one(code, "Domn/Fmly/Cd"), _one(code, "Domn/Fmly/SubFmlyCd")) == (
            "IDDT",
            "UPDD",
        )
    assert _xpath(fees, "NtryDtls/TxDtls/RltdPties") == []
    assert _one(fees, "BkTxCd/Domn/Fmly/Cd") == "ICDT"


def test_camt053_splits_long_remittance_into_140_character_lines() -> None:
    line = dataclasses.replace(BANK_LINES[0], text="x" * 300)
    entry = _xpath(etree.fromstring(_camt((line,))), "BkToCstmrStmt/Stmt/Ntry")[0]
    parts = [node.text for node in _xpath(entry, "NtryDtls/TxDtls/RmtInf/Ustrd")]
    assert [len(part) for part in parts] == [140, 140, 20]


# --- MT940 --------------------------------------------------------------------------


def _fields(data: bytes) -> list[tuple[str, str]]:
    """(tag, content) in order, continuation lines joined with "\\n"."""
    fields: list[tuple[str, str]] = []
    for line in data.decode("ascii").split("\r\n"):
        match = re.match(r":(\w+):(.*)", line)
        if match:
            fields.append((match[1], match[2]))
        elif line not in {"-", ""}:
            tag, content = fields[-1]
            fields[-1] = (tag, content + "\n" + line)
    return fields


def _balance(content: str) -> Decimal:
    match = re.fullmatch(r"([CD])(\d{6})EUR([\d,]+)", content)
    assert match, content
    value = Decimal(match[3].replace(",", "."))
    return value if match[1] == "C" else -value


def test_mt940_is_ascii_with_the_swift_fields_in_order() -> None:
    data = _mt940()
    text = data.decode("ascii")
    assert text.endswith("\r\n-\r\n")
    assert "\n" not in text.replace("\r\n", "")
    tags = [tag for tag, _ in _fields(data)]
    assert tags == ["20", "25", "28C", "60F"] + ["61", "86"] * len(BANK_LINES) + ["62F"]
    fields = dict(_fields(data))
    assert fields["25"] == "FR7630006000011234567890189"
    assert re.fullmatch(r"\d{5}/\d{3}", fields["28C"])
    # SWIFT's character set: no "&", "<", accents or quotes.
    assert re.fullmatch(r"[A-Za-z0-9/\-?:().,'+ \r\n{}]*", text)
    for tag, content in _fields(data):
        if tag == "86":
            lines = content.split("\n")
            assert len(lines) <= 6
            assert all(len(line) <= 65 for line in lines)
            assert not any(line.startswith((":", "-")) for line in lines[1:])


def test_mt940_balances_add_up() -> None:
    fields = _fields(_mt940())
    opening = _balance(dict(fields)["60F"])
    closing = _balance(dict(fields)["62F"])
    movements = []
    for tag, content in fields:
        if tag == "61":
            match = re.match(r"\d{6}\d{4}([CD])([\d,]+)N", content)
            assert match, content
            value = Decimal(match[2].replace(",", "."))
            movements.append(value if match[1] == "C" else -value)
    assert opening == OPENING
    assert movements == [line.amount for line in BANK_LINES]
    assert closing == opening + sum(movements) == CLOSING


def test_mt940_reads_back_with_the_mt940_library() -> None:
    statement = mt940.models.Transactions(
        processors={
            "post_transaction_details": [mt940.processors.transaction_details_post_processor]
        }
    )
    statement.parse(_mt940().decode("ascii"))
    assert statement.data["final_opening_balance"].amount.amount == OPENING
    assert statement.data["final_closing_balance"].amount.amount == CLOSING
    transactions = list(statement)
    assert [item.data["amount"].amount for item in transactions] == [
        line.amount for line in BANK_LINES
    ]
    collected, transfer, returned, fees = (item.data for item in transactions)
    assert collected["end_to_end_reference"] == "F2026-0042"
    assert collected["purpose"] == "PRLV SEPA O'Brien + (Fils) Facture F2026-0042"
    assert collected["applicant_name"].endswith("O'Brien + (Fils)")
    assert transfer["purpose"] == "VIR SEPA Helene Muller F2026-0043 'abonnement , annuel'"
    assert transfer["bank_reference"] == "BQ-7781"
    assert returned["return_debit_notes"] == "AM04"
    assert returned["date"] == date(2026, 11, 13)  # the value date
    assert returned["entry_date"] == date(2026, 11, 12)
    assert fees["purpose"] == "FRAIS 'PACK PRO' 10 EUR / mois"


def test_mt940_details_fit_six_lines_and_never_start_a_line_with_a_tag() -> None:
    line = dataclasses.replace(BANK_LINES[0], text=":-" * 300, counterparty="N" * 80)
    for tag, content in _fields(_mt940((line,))):
        if tag == "86":
            lines = content.split("\n")
            assert len(lines) <= 6
            assert all(len(part) <= 65 for part in lines)
            assert not any(part.startswith((":", "-")) for part in lines[1:])


# --- The bank's CSV -----------------------------------------------------------------


def test_bank_csv_is_latin9_with_a_two_line_preamble() -> None:
    data = _bank_csv()
    text = data.decode("iso-8859-15")
    assert "Hélène".encode("iso-8859-15") in data
    assert "€".encode("iso-8859-15") == b"\xa4"
    assert b"\xa4" in data
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Banque Exemple", "Compte courant FR76 3000 6000 0112 3456 7890 189", "EUR"]
    assert rows[1] == ["Opérations du 01/11/2026 au 30/11/2026"]
    assert tuple(rows[2]) == BANK_CSV_HEADER == ("Date", "Libellé", "Débit", "Crédit")
    assert rows[3:] == [
        ["01/11/2026", BANK_LINES[0].text, "", "120,50"],
        ["05/11/2026", BANK_LINES[1].text, "", "1 234,56"],
        ["12/11/2026", BANK_LINES[2].text, "120,50", ""],
        ["30/11/2026", BANK_LINES[3].text, "8,40", ""],
    ]
    assert text.count("\r\n") == len(rows)


def test_bank_csv_quotes_text_with_separators() -> None:
    text = _bank_csv().decode("iso-8859-15")
    # The ";" inside a label is quoted; the quotes inside another are doubled.
    assert '"VIR SEPA Hélène Müller F2026-0043 « abonnement ; annuel »"' in text
    assert '"FRAIS ""PACK PRO"" 10 € / mois"' in text


# --- Stripe -------------------------------------------------------------------------


def _rows(data: bytes, encoding: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode(encoding))))


def test_stripe_csv_is_a_balance_transactions_report() -> None:
    data = _stripe()
    assert data.splitlines()[0].decode() == ",".join(STRIPE_HEADER)
    rows = _rows(data, "utf-8")
    assert [row["Type"] for row in rows] == ["charge", "charge", "refund", "payout"]
    assert [row["Source"][:3] for row in rows] == ["ch_", "ch_", "re_", "po_"]
    assert all(re.fullmatch(r"txn_[0-9a-f]{24}", row["id"]) for row in rows)
    assert len({row["id"] for row in rows}) == len(rows)
    for row, line in zip(rows, PROVIDER_LINES, strict=True):
        amount, fee, net = (Decimal(row[name]) for name in ("Amount", "Fee", "Net"))
        assert (amount, fee) == (line.amount, line.fee)
        assert net == amount - fee
        assert row["Currency"] == "eur"
        assert re.fullmatch(r"2026-11-\d\d \d\d:\d\d:\d\d", row["Created (UTC)"])
        assert row["Created (UTC)"].startswith(line.booked_on.isoformat())
        assert row["Description"] == line.text
    assert rows[0]["Fee"] == "1.67"
    assert rows[0]["Customer Name"] == OBRIEN
    assert rows[0]["Customer Email"] == "obrien@example.com"
    assert rows[1]["Customer Name"] == "Hélène Müller"
    assert rows[1]["Description"] == 'Abonnement "Équipe" annuel'
    assert (rows[3]["Customer Name"], rows[3]["Customer Email"]) == ("", "")


def test_stripe_csv_marks_a_failed_debit() -> None:
    failed = dataclasses.replace(PROVIDER_LINES[2], return_reason="AC04")
    (row,) = _rows(write_stripe_csv([failed], currency="EUR"), "utf-8")
    assert (row["Type"], row["Source"][:4]) == ("payment_failure_refund", "pyr_")


# --- PayPal -------------------------------------------------------------------------


def test_paypal_csv_is_quoted_utf8_with_a_bom_and_french_numbers() -> None:
    data = _paypal()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    quoted_field = r'"(?:[^"]|"")*"'
    for raw in text.split("\r\n")[:-1]:
        assert re.fullmatch(f"{quoted_field}(,{quoted_field})*", raw), raw
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == PAYPAL_HEADER
    records = [dict(zip(PAYPAL_HEADER, row, strict=True)) for row in rows[1:]]
    assert [record["Avant commission"] for record in records] == [
        "49,00",
        "1234,00",
        "-49,00",
        "-1000,00",
    ]
    assert [record["Commission"] for record in records] == ["-1,67", "-41,31", "0,00", "0,00"]
    assert [record["Net"] for record in records] == ["47,33", "1192,69", "-49,00", "-1000,00"]
    assert [record["Date"] for record in records] == [
        "03/11/2026",
        "04/11/2026",
        "06/11/2026",
        "10/11/2026",
    ]
    assert all(re.fullmatch(r"\d\d:\d\d:\d\d", record["Heure"]) for record in records)
    assert {record["Devise"] for record in records} == {"EUR"}
    assert {record["État"] for record in records} == {"Terminé"}
    assert records[0]["Nom"] == OBRIEN
    assert records[0]["De l'adresse email"] == "obrien@example.com"
    assert records[1]["Objet"] == 'Abonnement "Équipe" annuel'
    assert records[1]["Numéro de facture"] == "F2026-0044"
    assert records[3]["Type"] == "Virement standard sur un compte bancaire"
    assert records[3]["Nom"] == ""
    ids = [record["Numéro de transaction"] for record in records]
    assert all(re.fullmatch(r"[0-9A-Z]{17}", value) for value in ids)
    assert len(set(ids)) == len(ids)


# --- All formats --------------------------------------------------------------------


@pytest.mark.parametrize("write", WRITERS, ids=lambda write: write.__name__)
def test_the_same_lines_give_the_same_bytes(write: Callable[..., bytes]) -> None:
    assert write() == write()


@pytest.mark.parametrize("write", BANK_WRITERS, ids=lambda write: write.__name__)
@pytest.mark.parametrize(
    ("change", "match"),
    [
        pytest.param({"currency": "USD"}, "USD", id="other-currency"),
        pytest.param({"booked_on": date(2026, 10, 31)}, "before", id="before-the-period"),
        pytest.param({"booked_on": date(2026, 12, 1)}, "after", id="after-the-period"),
        pytest.param({"amount": Decimal("1.005")}, "cents", id="three-decimals"),
    ],
)
def test_bank_writers_refuse_lines_outside_the_statement(
    write: Callable[..., bytes], change: dict[str, Any], match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        write((dataclasses.replace(BANK_LINES[0], **change),))


@pytest.mark.parametrize("write", [_stripe, _paypal], ids=lambda write: write.__name__)
def test_provider_writers_refuse_another_currency(write: Callable[..., bytes]) -> None:
    with pytest.raises(ValueError, match="USD"):
        write((dataclasses.replace(PROVIDER_LINES[0], currency="USD"),))


@pytest.mark.parametrize("write", WRITERS, ids=lambda write: write.__name__)
def test_an_empty_statement_is_still_a_file(write: Callable[..., bytes]) -> None:
    assert write(())
