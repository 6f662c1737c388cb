"""A statement in each bank format, written here as a bank would, read into Cadence:
the batch credited, a returned debit, an invoice paid by transfer, a line nobody
expects and a bank fee; the suggestions confirmed; the same file read again adds
nothing; a broken file records nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cadence.domain.direct_debit import BatchStatus, MandateScheme
from cadence.domain.errors import ConflictError
from cadence.domain.invoicing import InvoiceStatus, PaymentStatus
from cadence.domain.parties import CustomerKind, PaymentMethod
from cadence.exchange.statement import CsvMapping, StatementFileError
from cadence.services.bank_import import import_statement
from cadence.services.billing import run_billing
from cadence.services.direct_debit import (
    batch_collections,
    batch_record,
    confirm_batch,
    create_batch,
)
from cadence.services.invoices import list_invoices
from cadence.services.mandates import MandateData, create_mandate
from cadence.services.reconciliation import LineView, confirm_lines, list_lines
from cadence.services.reports.receivables import payment_behaviour
from cadence.store.models import BankStatement, LineState, MatchKind, Payment, StatementLine

from .conftest import Factory  # type: ignore[import-not-found]

CAMT = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
 <BkToCstmrStmt>
  <GrpHdr><MsgId>RELEVE-20261107</MsgId><CreDtTm>2026-11-07T06:00:00</CreDtTm></GrpHdr>
  <Stmt>
   <Id>2026-311</Id><CreDtTm>2026-11-07T06:00:00</CreDtTm>
   <Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>
   <Ntry><Amt Ccy="EUR">34.80</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-02</Dt></BookgDt><ValDt><Dt>2026-11-02</Dt></ValDt>
    <AcctSvcrRef>CA0001</AcctSvcrRef>
    <NtryDtls><TxDtls><RmtInf><Ustrd>REMISE PRLV SEPA {batch}</Ustrd></RmtInf></TxDtls></NtryDtls>
   </Ntry>
   <Ntry><Amt Ccy="EUR">34.80</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-05</Dt></BookgDt><AcctSvcrRef>CA0002</AcctSvcrRef>
    <NtryDtls><TxDtls>
     <Refs><EndToEndId>{e2e}</EndToEndId></Refs>
     <RltdPties><Dbtr><Nm>O'BRIEN ET FILS</Nm></Dbtr></RltdPties>
     <RmtInf><Ustrd>RETOUR PRLV SEPA</Ustrd></RmtInf>
     <RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>
    </TxDtls></NtryDtls>
   </Ntry>
   <Ntry><Amt Ccy="EUR">69.60</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-03</Dt></BookgDt><AcctSvcrRef>CA0003</AcctSvcrRef>
    <NtryDtls><TxDtls>
     <RltdPties><Dbtr><Nm>BOULANGERIE MARTIN</Nm></Dbtr></RltdPties>
     <RmtInf><Ustrd>FACTURE {number}</Ustrd></RmtInf>
    </TxDtls></NtryDtls>
   </Ntry>
   <Ntry><Amt Ccy="EUR">99.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-04</Dt></BookgDt><AcctSvcrRef>CA0004</AcctSvcrRef>
    <NtryDtls><TxDtls>
     <RltdPties><Dbtr><Nm>M DURAND</Nm></Dbtr></RltdPties>
     <RmtInf><Ustrd>CADEAU</Ustrd></RmtInf>
    </TxDtls></NtryDtls>
   </Ntry>
   <Ntry><Amt Ccy="EUR">12.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-06</Dt></BookgDt><AcctSvcrRef>CA0005</AcctSvcrRef>
    <NtryDtls><TxDtls><RmtInf><Ustrd>FRAIS BANCAIRES</Ustrd></RmtInf></TxDtls></NtryDtls>
   </Ntry>
  </Stmt>
 </BkToCstmrStmt>
</Document>
"""

OFX = """OFXHEADER:100\r
DATA:OFXSGML\r
VERSION:102\r
SECURITY:NONE\r
ENCODING:USASCII\r
CHARSET:1252\r
COMPRESSION:NONE\r
OLDFILEUID:NONE\r
NEWFILEUID:NONE\r
\r
<OFX>\r
<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>\r
<DTSERVER>20261107060000<LANGUAGE>FRA</SONRS></SIGNONMSGSRSV1>\r
<BANKMSGSRSV1><STMTTRNRS><TRNUID>20261107<STATUS><CODE>0<SEVERITY>INFO</STATUS>\r
<STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>30006<BRANCHID>00001\r
<ACCTID>12345678901<ACCTTYPE>CHECKING</BANKACCTFROM>\r
<BANKTRANLIST><DTSTART>20261101<DTEND>20261107\r
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261102<TRNAMT>34.80<FITID>O1\r
<NAME>REMISE PRLV SEPA<MEMO>{batch}</STMTTRN>\r
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261105<TRNAMT>-34.80<FITID>O2\r
<NAME>RETOUR PRLV SEPA<MEMO>{e2e} MOTIF AM04</STMTTRN>\r
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261103<TRNAMT>69.60<FITID>O3\r
<NAME>BOULANGERIE MARTIN<MEMO>FACTURE {number}</STMTTRN>\r
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261104<TRNAMT>99.00<FITID>O4\r
<NAME>M DURAND<MEMO>CADEAU</STMTTRN>\r
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261106<TRNAMT>-12.00<FITID>O5\r
<NAME>FRAIS BANCAIRES</STMTTRN>\r
</BANKTRANLIST><LEDGERBAL><BALAMT>256.60<DTASOF>20261107</LEDGERBAL>\r
</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\r
"""

MT940 = """:20:RELEVE311
:25:FR7630006000011234567890189
:28C:311/1
:60F:C261101EUR100,00
:61:2611021102C34,80NTRFNONREF
:86:REMISE PRLV SEPA {batch}
:61:2611051105D34,80NRTINONREF
:86:RETOUR PRLV {e2e} RTRN AM04
:61:2611031103C69,60NTRFNONREF
:86:VIR SEPA BOULANGERIE MARTIN FACTURE {number}
:61:2611041104C99,00NTRFNONREF
:86:VIR SEPA M DURAND CADEAU
:61:2611061106D12,00NCHGNONREF
:86:FRAIS BANCAIRES
:62F:C261107EUR256,60
-
"""

CSV = """Date;Libellé;Débit;Crédit
02/11/2026;REMISE PRLV SEPA {batch};;34,80
05/11/2026;RETOUR PRLV {e2e} MOTIF AM04;34,80;
03/11/2026;VIR SEPA BOULANGERIE MARTIN FACTURE {number};;69,60
04/11/2026;VIR SEPA M DURAND CADEAU;;99,00
06/11/2026;FRAIS BANCAIRES;12,00;
"""
CSV_MAPPING = CsvMapping(
    encoding="iso-8859-15",
    delimiter=";",
    date_column="Date",
    date_format="%d/%m/%Y",
    text_columns=("Libellé",),
    debit_column="Débit",
    credit_column="Crédit",
)

FILES = {
    "releve.xml": (CAMT, "utf-8", None),
    "releve.ofx": (OFX, "cp1252", None),
    "releve.sta": (MT940, "ascii", None),
    "releve.csv": (CSV, "iso-8859-15", CSV_MAPPING),
}


@pytest.fixture
def expected(books: Factory) -> dict[str, object]:
    """A direct-debit customer whose October invoice is in a batch collected on 2 Nov,
    and a bakery paying its October invoice (twice the plan) by transfer."""
    books.company(sepa_creditor_id="FR72ZZZ123456")
    debtor = books.customer(
        name="O'Brien & <Fils>",
        kind=CustomerKind.COMPANY,
        iban="DE89 3704 0044 0532 0130 00",
        payment_method=PaymentMethod.DIRECT_DEBIT,
    )
    create_mandate(
        books.session,
        MandateData(customer_id=debtor.id, signed_on=date(2026, 9, 20)),
        today=books.today,
    )
    bakery = books.customer(name="Boulangerie Martin", email="martin@exemple.fr")
    plan = books.plan()
    books.subscription(customer_id=debtor.id, plan_id=plan.id, start_date=date(2026, 10, 1))
    books.subscription(
        customer_id=bakery.id, plan_id=plan.id, start_date=date(2026, 10, 1), quantity=2
    )
    books.session.commit()
    run_billing(books.session, as_of=date(2026, 10, 1))
    batch, _ = create_batch(
        books.session,
        collection_date=date(2026, 11, 2),
        scheme=MandateScheme.CORE,
        today=date(2026, 10, 30),
    )
    bakery_invoice = list_invoices(books.session, today=books.today, customer_id=bakery.id)[0]
    return {
        "batch": batch.reference,
        "batch_id": batch.id,
        "e2e": batch_collections(books.session, batch.id)[0].end_to_end_id,
        "number": bakery_invoice.number,
        "bakery_invoice": bakery_invoice.id,
        "debtor": debtor.id,
    }


def _file(name: str, expected: dict[str, object]) -> bytes:
    text, encoding, _ = FILES[name]
    return text.format(**expected).encode(encoding)


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_format_is_matched_confirmed_and_never_read_twice(
    books: Factory, expected: dict[str, object], name: str
) -> None:
    session = books.session
    data = _file(name, expected)
    result = import_statement(
        session, data, name, today=date(2026, 11, 7), mapping=FILES[name][2], bank_name="CA"
    )
    assert (result.lines, result.new_lines, result.suggested, result.set_aside) == (5, 5, 3, 1)
    lines = {line.amount: line for line in list_lines(session, view=LineView.ALL)}
    assert lines[Decimal("34.80")].match_kind is MatchKind.BATCH
    assert lines[Decimal("34.80")].batch_reference == expected["batch"]
    assert lines[Decimal("-34.80")].match_kind is MatchKind.RETURN
    assert lines[Decimal("-34.80")].collection_reference == expected["e2e"]
    assert lines[Decimal("69.60")].match_kind is MatchKind.INVOICE_NUMBER
    assert lines[Decimal("69.60")].invoices == (
        (expected["bakery_invoice"], expected["number"], Decimal("69.60")),
    )
    assert lines[Decimal("99.00")].state is LineState.UNMATCHED
    assert lines[Decimal("-12.00")].state is LineState.IGNORED
    assert all(
        lines[amount].confidence >= 90 for amount in map(Decimal, ("34.80", "-34.80", "69.60"))
    )

    suggested = [line.id for line in lines.values() if line.state is LineState.SUGGESTED]
    # The batch first: the bank credited it before the debit came back.
    suggested.sort(key=lambda line_id: lines[Decimal("34.80")].id != line_id)
    confirm_lines(session, suggested, today=date(2026, 11, 7))

    assert batch_record(session, int(str(expected["batch_id"]))).status is BatchStatus.CONFIRMED
    invoices = {
        invoice.customer_id: invoice.status
        for invoice in list_invoices(session, today=date(2026, 11, 7))
    }
    assert invoices[int(str(expected["debtor"]))] is InvoiceStatus.ISSUED  # returned: unpaid
    assert InvoiceStatus.PAID in invoices.values()  # the bakery's
    returned = session.scalars(
        select(Payment).where(Payment.status == PaymentStatus.RETURNED)
    ).one()
    assert returned.returned_on == date(2026, 11, 5)
    november = payment_behaviour(
        session, currency="EUR", first=date(2026, 11, 1), last=date(2026, 11, 30)
    )[0]
    assert november.failed == 1
    assert list_lines(session)[0].amount == Decimal("99.00")  # still to review

    before = session.scalar(select(func.count()).select_from(StatementLine))
    with pytest.raises(ConflictError, match="already imported"):
        import_statement(
            session, data, f"copy of {name}", today=date(2026, 11, 8), mapping=FILES[name][2]
        )
    assert session.scalar(select(func.count()).select_from(StatementLine)) == before


def test_the_credit_of_a_batch_confirmed_by_hand_is_not_a_second_payment(
    books: Factory, expected: dict[str, object]
) -> None:
    """The owner confirmed the batch from the bank's website before importing the
    statement: its credit is recognised, and confirming it records nothing more."""
    session = books.session
    batch_id = int(str(expected["batch_id"]))
    confirm_batch(session, batch_id, received_on=date(2026, 11, 2), today=date(2026, 11, 3))
    payments = session.scalar(select(func.count()).select_from(Payment))
    import_statement(session, _file("releve.xml", expected), "releve.xml", today=date(2026, 11, 7))
    credit = next(line for line in list_lines(session) if line.amount == Decimal("34.80"))
    assert (credit.match_kind, credit.confidence) == (MatchKind.BATCH, 100)
    assert (credit.batch_reference, credit.batch_recorded) == (expected["batch"], True)

    confirm_lines(session, [credit.id], today=date(2026, 11, 7))
    assert session.scalar(select(func.count()).select_from(Payment)) == payments
    confirmed = list_lines(session, view=LineView.CONFIRMED)
    assert [(line.id, line.batch_recorded) for line in confirmed] == [(credit.id, False)]
    # Credited once: a second statement's line of the same amount is not that batch's.
    again = CAMT.replace("CA0001", "CA0099").replace("2026-11-02", "2026-11-04")
    import_statement(
        session, again.format(**expected).encode(), "releve-2.xml", today=date(2026, 11, 8)
    )
    second = next(
        line
        for line in list_lines(session)
        if line.amount == Decimal("34.80") and line.id != credit.id
    )
    assert second.match_kind is not MatchKind.BATCH


def test_an_overlapping_statement_adds_only_its_new_lines(
    books: Factory, expected: dict[str, object]
) -> None:
    session = books.session
    import_statement(session, _file("releve.xml", expected), "releve.xml", today=date(2026, 11, 7))
    longer = CAMT.replace(
        "  </Stmt>",
        """   <Ntry><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-07</Dt></BookgDt><AcctSvcrRef>CA0006</AcctSvcrRef>
    <NtryDtls><TxDtls><RmtInf><Ustrd>INTERETS</Ustrd></RmtInf></TxDtls></NtryDtls>
   </Ntry>
  </Stmt>""",
    )
    result = import_statement(
        session, longer.format(**expected).encode(), "releve-2.xml", today=date(2026, 11, 8)
    )
    assert (result.lines, result.new_lines) == (6, 1)


def test_a_broken_file_records_nothing(books: Factory, expected: dict[str, object]) -> None:
    session = books.session
    truncated = _file("releve.xml", expected)[:-200]
    with pytest.raises(StatementFileError, match=r"releve\.xml"):
        import_statement(session, truncated, "releve.xml", today=date(2026, 11, 7))
    bad_amount = _file("releve.csv", expected).replace(b"69,60", b"69,6,0")
    with pytest.raises(StatementFileError, match=r"releve.csv, line 4: .*69,6,0"):
        import_statement(
            session, bad_amount, "releve.csv", today=date(2026, 11, 7), mapping=CSV_MAPPING
        )
    assert session.scalar(select(func.count()).select_from(BankStatement)) == 0
    assert session.scalar(select(func.count()).select_from(StatementLine)) == 0
