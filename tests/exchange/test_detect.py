"""Recognising a statement file from its content, and reading it with the right reader."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cadence.exchange.detect import CsvMappingNeeded, detect_format, read_statement
from cadence.exchange.statement import CsvMapping, StatementFileError, StatementFormat

OFX = b"""OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR
<BANKACCTFROM><BANKID>30004<BRANCHID>00031<ACCTID>00012345601<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261103<TRNAMT>12.00<FITID>A1<NAME>VIR
</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""
CAMT = b"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt><Stmt>
<Acct><Id><IBAN>FR7630004000031234567890143</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">12.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
<BookgDt><Dt>2026-11-03</Dt></BookgDt></Ntry>
</Stmt></BkToCstmrStmt></Document>
"""
MT940 = b""":20:STMT
:25:30004/00031/00012345601
:28C:1/1
:60F:C261102EUR0,00
:61:2611031103C12,00NTRFNONREF
:86:VIR
:62F:C261103EUR12,00
"""
STRIPE = b"""balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category
txn_1,2026-11-03 10:00:00,eur,12.00,0.47,11.53,charge
"""
PAYPAL = """"Date","Nom","État","Devise","Avant commission","Commission","Numéro de transaction"
"03/11/2026","A","Terminé","EUR","12,00","-0,64","1AB"
""".encode()
BANK_CSV = "Date;Libellé;Montant\r\n03/11/2026;VIR SEPA;12,00\r\n".encode("iso-8859-15")
MAPPING = CsvMapping(
    encoding="iso-8859-15",
    delimiter=";",
    date_column="Date",
    date_format="%d/%m/%Y",
    text_columns=("Libellé",),
    amount_column="Montant",
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (OFX, StatementFormat.OFX),
        (CAMT, StatementFormat.CAMT053),
        (MT940, StatementFormat.MT940),
        (STRIPE, StatementFormat.STRIPE),
        (PAYPAL, StatementFormat.PAYPAL),
        (BANK_CSV, StatementFormat.CSV),
    ],
)
def test_each_format_is_recognised_and_read(data: bytes, expected: StatementFormat) -> None:
    # Named as if it were something else: the content decides.
    assert detect_format(data, "statement.txt") is expected

    statement = read_statement(data, "statement.txt", MAPPING)

    assert statement.format is expected
    assert statement.lines[0].amount == Decimal("12.00")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        b'<?xml version="1.0"?><invoice xmlns="urn:example"><total>12.00</total></invoice>',
        b"Dear customer,\nthank you for your payment.\n",
        bytes(range(256)) * 4,
    ],
    ids=["pdf", "other-xml", "letter", "binary"],
)
def test_anything_else_is_no_statement(data: bytes) -> None:
    assert detect_format(data, "releve.ofx") is None

    with pytest.raises(StatementFileError) as caught:
        read_statement(data, "releve.ofx")

    assert str(caught.value) == (
        "releve.ofx: not a bank statement Cadence can read "
        "(OFX, CAMT.053, MT940, CSV, Stripe or PayPal export)"
    )


def test_a_bank_csv_without_mapping_asks_for_one_with_a_preview() -> None:
    with pytest.raises(CsvMappingNeeded) as caught:
        read_statement(BANK_CSV, "releve.csv")

    preview = caught.value.preview
    assert preview.header_signature == "date|libellé|montant"
    assert preview.suggested_mapping == MAPPING
    assert isinstance(caught.value, StatementFileError)
    assert str(caught.value).startswith("releve.csv: say which columns")


def test_utf16_without_bom_and_an_empty_file_are_said_as_such() -> None:
    utf16 = "Date;Libellé;Montant\r\n03/11/2026;VIR SEPA;12,00\r\n".encode("utf-16-be")

    with pytest.raises(StatementFileError) as wide:
        read_statement(utf16, "releve.csv")
    with pytest.raises(StatementFileError) as empty:
        read_statement(b"\r\n\r\n", "releve.csv")

    assert "UTF-16 without a byte-order mark" in str(wide.value)
    assert str(empty.value) == "releve.csv: the file is empty"


def test_a_reader_refusal_comes_through_whole() -> None:
    with pytest.raises(StatementFileError) as caught:
        read_statement(MT940.replace(b":62F:C261103EUR12,00\n", b""), "releve.sta")

    assert str(caught.value) == (
        "releve.sta, line 6: the file ends before the statement does (truncated?)"
    )
