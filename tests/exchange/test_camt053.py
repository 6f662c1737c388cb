"""CAMT.053 statements: batches, credit transfers, returned direct debits, bad files."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from cadence.exchange.camt053 import read_camt053
from cadence.exchange.statement import StatementFileError, StatementFormat

# A French bank's day statement in camt.053.001.02: the owner's direct-debit batch
# credited as one entry, a customer's credit transfer quoting an invoice, a returned
# direct debit (AM04, insufficient funds) and a telephone bill.
CAMT_002 = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr>
      <MsgId>CAMT053-20261105-0001</MsgId>
      <CreDtTm>2026-11-06T06:12:44</CreDtTm>
    </GrpHdr>
    <Stmt>
      <Id>0001-20261105</Id>
      <ElctrncSeqNb>213</ElctrncSeqNb>
      <CreDtTm>2026-11-06T06:12:44</CreDtTm>
      <FrToDt>
        <FrDtTm>2026-11-05T00:00:00</FrDtTm>
        <ToDtTm>2026-11-05T23:59:59</ToDtTm>
      </FrToDt>
      <Acct>
        <Id><IBAN>FR7630004000031234567890143</IBAN></Id>
        <Ccy>EUR</Ccy>
        <Svcr><FinInstnId><BIC>BNPAFRPPXXX</BIC></FinInstnId></Svcr>
      </Acct>
      <Bal>
        <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">4210.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Dt><Dt>2026-11-05</Dt></Dt>
      </Bal>
      <Ntry>
        <Amt Ccy="EUR">150.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-05</Dt></BookgDt>
        <ValDt><Dt>2026-11-05</Dt></ValDt>
        <AcctSvcrRef>2611050000123</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>ESDD</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>
          <Btch>
            <PmtInfId>CADENCE-PRLV-2026-11-05</PmtInfId>
            <NbOfTxs>2</NbOfTxs>
          </Btch>
          <TxDtls>
            <Refs>
              <EndToEndId>CADENCE-F-2026-0101</EndToEndId>
              <MndtId>CDN-000017</MndtId>
            </Refs>
            <AmtDtls><TxAmt><Amt Ccy="EUR">90.00</Amt></TxAmt></AmtDtls>
            <RltdPties>
              <Dbtr><Nm>Élodie Marchand</Nm></Dbtr>
              <DbtrAcct><Id><IBAN>FR14 2004 1010 0505 0001 3M02 606</IBAN></Id></DbtrAcct>
            </RltdPties>
            <RmtInf><Ustrd>F-2026-0101 Abonnement Pro novembre</Ustrd></RmtInf>
          </TxDtls>
          <TxDtls>
            <Refs>
              <EndToEndId>CADENCE-F-2026-0102</EndToEndId>
              <MndtId>CDN-000018</MndtId>
            </Refs>
            <AmtDtls><TxAmt><Amt Ccy="EUR">60.00</Amt></TxAmt></AmtDtls>
            <RltdPties>
              <Dbtr><Nm>SARL Atelier Dufour</Nm></Dbtr>
              <DbtrAcct><Id><IBAN>FR7610107001011234567890129</IBAN></Id></DbtrAcct>
            </RltdPties>
            <RmtInf>
              <Ustrd>F-2026-0102 Abonnement Essentiel</Ustrd>
              <Ustrd>novembre 2026</Ustrd>
            </RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">1234.56</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-05</Dt></BookgDt>
        <ValDt><Dt>2026-11-05</Dt></ValDt>
        <AcctSvcrRef>2611050000124</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs>
              <EndToEndId>NOTPROVIDED</EndToEndId>
            </Refs>
            <RltdPties>
              <Dbtr><Nm>BOULANGERIE LEFÈVRE &amp; FILS</Nm></Dbtr>
              <DbtrAcct><Id><IBAN>FR7617515900000800000000012</IBAN></Id></DbtrAcct>
              <Cdtr><Nm>MA SOCIETE SAS</Nm></Cdtr>
            </RltdPties>
            <RmtInf><Ustrd>VIR FACTURE F-2026-0042</Ustrd></RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">60.00</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-05</Dt></BookgDt>
        <ValDt><Dt>2026-11-06</Dt></ValDt>
        <AcctSvcrRef>2611050000125</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs>
              <EndToEndId>CADENCE-F-2026-0088</EndToEndId>
              <MndtId>CDN-000009</MndtId>
            </Refs>
            <AmtDtls><TxAmt><Amt Ccy="EUR">60.00</Amt></TxAmt></AmtDtls>
            <RltdPties>
              <Dbtr><Nm>Jean-Luc Perrin</Nm></Dbtr>
              <DbtrAcct><Id><IBAN>FR7630003035400005012345678</IBAN></Id></DbtrAcct>
              <Cdtr><Nm>MA SOCIETE SAS</Nm></Cdtr>
              <CdtrAcct><Id><IBAN>FR7630004000031234567890143</IBAN></Id></CdtrAcct>
            </RltdPties>
            <RmtInf><Ustrd>RETOUR PRLV F-2026-0088</Ustrd></RmtInf>
            <RtrInf>
              <Rsn><Cd>AM04</Cd></Rsn>
              <AddtlInf>Provision insuffisante</AddtlInf>
            </RtrInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">45.90</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-05</Dt></BookgDt>
        <ValDt><Dt>2026-11-05</Dt></ValDt>
        <AcctSvcrRef>2611050000126</AcctSvcrRef>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>ORANGE-2611-88412</EndToEndId></Refs>
            <RltdPties>
              <Cdtr><Nm>ORANGE SA</Nm></Cdtr>
              <CdtrAcct><Id><IBAN>FR7630002005500000157845Z02</IBAN></Id></CdtrAcct>
            </RltdPties>
            <RmtInf><Ustrd>PRLV SEPA ORANGE ECH/051126</Ustrd></RmtInf>
          </TxDtls>
        </NtryDtls>
        <AddtlNtryInf>PRLV SEPA ORANGE</AddtlNtryInf>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">12.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>PDNG</Sts>
        <BookgDt><Dt>2026-11-06</Dt></BookgDt>
        <AddtlNtryInf>VIR EN COURS</AddtlNtryInf>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
"""


def test_a_day_statement_gives_one_line_per_transaction() -> None:
    statement = read_camt053(CAMT_002.encode("utf-8"), "camt053.xml")

    assert statement.format is StatementFormat.CAMT053
    assert statement.account == "FR7630004000031234567890143"
    assert statement.currency == "EUR"
    assert (statement.starts_on, statement.ends_on) == (date(2026, 11, 5), date(2026, 11, 5))
    first, second, transfer, returned, bill = statement.lines  # the pending entry is left out

    assert first.amount == Decimal("90.00")
    assert first.currency == "EUR"
    assert first.booked_on == date(2026, 11, 5)
    assert first.end_to_end_id == "CADENCE-F-2026-0101"
    assert first.counterparty == "Élodie Marchand"
    assert first.counterparty_iban == "FR1420041010050500013M02606"
    assert first.text == "F-2026-0101 Abonnement Pro novembre"
    assert first.bank_reference == "2611050000123"
    assert first.source_line == 40
    assert second.amount == Decimal("60.00")
    assert second.end_to_end_id == "CADENCE-F-2026-0102"
    assert second.counterparty == "SARL Atelier Dufour"
    assert second.text == "F-2026-0102 Abonnement Essentiel novembre 2026"

    assert transfer.amount == Decimal("1234.56")
    assert transfer.end_to_end_id == ""  # NOTPROVIDED
    assert transfer.counterparty == "BOULANGERIE LEFÈVRE & FILS"
    assert transfer.counterparty_iban == "FR7617515900000800000000012"
    assert transfer.text == "VIR FACTURE F-2026-0042"
    assert transfer.return_reason == ""

    assert returned.amount == Decimal("-60.00")
    assert returned.return_reason == "AM04"
    assert returned.end_to_end_id == "CADENCE-F-2026-0088"
    assert returned.counterparty == "Jean-Luc Perrin"  # the customer, not the owner
    assert returned.counterparty_iban == "FR7630003035400005012345678"
    assert returned.value_on == date(2026, 11, 6)

    assert bill.amount == Decimal("-45.90")
    assert bill.counterparty == "ORANGE SA"
    assert bill.counterparty_iban == "FR7630002005500000157845Z02"
    assert bill.text == "PRLV SEPA ORANGE ECH/051126"
    assert bill.return_reason == ""


# camt.053.001.08: parties under Pty, a status code, booking date-times, an entry
# without transaction details.
CAMT_008 = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>STMT-2026-11-30</MsgId><CreDtTm>2026-12-01T05:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-2026-11</Id>
      <FrToDt><FrDtTm>2026-11-01T00:00:00+01:00</FrDtTm><ToDtTm>2026-11-30T23:59:59+01:00</ToDtTm></FrToDt>
      <Acct><Id><IBAN>FR7610278060390002012340195</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Ntry>
        <Amt Ccy="EUR">480.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><DtTm>2026-11-28T23:40:00+01:00</DtTm></BookgDt>
        <ValDt><Dt>2026-11-29</Dt></ValDt>
        <AcctSvcrRef>CM-88231</AcctSvcrRef>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>INV F-2026-0140</EndToEndId></Refs>
            <Amt Ccy="EUR">480.00</Amt>
            <CdtDbtInd>CRDT</CdtDbtInd>
            <RltdPties>
              <Dbtr><Pty><Nm>Cabinet Rousseau\tAvocats</Nm></Pty></Dbtr>
              <DbtrAcct><Id><IBAN>BE68539007547034</IBAN></Id></DbtrAcct>
            </RltdPties>
            <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">3.50</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2026-11-30</Dt></BookgDt>
        <AddtlNtryInf>COMMISSION TENUE DE COMPTE</AddtlNtryInf>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
"""


def test_version_08_parties_and_an_entry_without_details() -> None:
    statement = read_camt053(CAMT_008.encode("utf-8"), "cm.xml")

    payment, fee = statement.lines
    assert payment.booked_on == date(2026, 11, 28)  # as the bank wrote it, no shift to UTC
    assert payment.value_on == date(2026, 11, 29)
    assert payment.amount == Decimal("480.00")
    assert payment.counterparty == "Cabinet Rousseau Avocats"  # the tab is a space
    assert payment.counterparty_iban == "BE68539007547034"
    assert payment.text == "RF18539007547034"
    assert payment.end_to_end_id == "INV F-2026-0140"
    assert fee.amount == Decimal("-3.50")
    assert fee.text == "COMMISSION TENUE DE COMPTE"
    assert fee.source_line == 29
    assert (statement.starts_on, statement.ends_on) == (date(2026, 11, 1), date(2026, 11, 30))


def test_a_batch_whose_transactions_have_no_amounts_stays_one_line() -> None:
    data = re.sub(r"<AmtDtls><TxAmt><Amt Ccy=\"EUR\">\d+\.00</Amt></TxAmt></AmtDtls>", "", CAMT_002)

    statement = read_camt053(data.encode("utf-8"), "camt053.xml")

    batch = statement.lines[0]
    assert batch.amount == Decimal("150.00")
    assert batch.text == (
        "F-2026-0101 Abonnement Pro novembre F-2026-0102 Abonnement Essentiel novembre 2026"
    )
    assert len(statement.lines) == 4


def test_a_truncated_file_is_refused() -> None:
    data = CAMT_002[: CAMT_002.index("<RtrInf>")].encode("utf-8")

    with pytest.raises(StatementFileError) as caught:
        read_camt053(data, "camt053.xml")

    assert str(caught.value) == (
        "camt053.xml, line 113: the file ends before the statement does (truncated?)"
    )


def test_malformed_xml_names_the_line() -> None:
    data = CAMT_002.replace("<Sts>BOOK</Sts>", "<Sts>BOOK</Stst>", 1).encode("utf-8")

    with pytest.raises(StatementFileError) as caught:
        read_camt053(data, "camt053.xml")

    assert caught.value.line == 30
    assert str(caught.value).startswith("camt053.xml, line 30: the XML is malformed (")


def test_an_entry_without_amount_names_its_line() -> None:
    data = CAMT_002.replace('<Amt Ccy="EUR">1234.56</Amt>', "").encode("utf-8")

    with pytest.raises(StatementFileError) as caught:
        read_camt053(data, "camt053.xml")

    assert str(caught.value) == "camt053.xml, line 69: an entry has no amount"


def test_a_bad_amount_and_a_bad_currency_are_refused() -> None:
    comma = CAMT_002.replace(">1234.56<", ">1234,56<").encode("utf-8")
    franc = CAMT_002.replace('Ccy="EUR">45.90', 'Ccy="FRANCS">45.90').encode("utf-8")

    with pytest.raises(StatementFileError) as bad_amount:
        read_camt053(comma, "camt053.xml")
    with pytest.raises(StatementFileError) as bad_currency:
        read_camt053(franc, "camt053.xml")

    assert str(bad_amount.value) == "camt053.xml, line 70: “1234,56” is not an amount"
    assert str(bad_currency.value) == (
        "camt053.xml, line 121: “FRANCS” is not an ISO 4217 currency code"
    )


def test_external_entities_are_refused_unread() -> None:
    data = b"""<?xml version="1.0"?>
<!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt><Stmt><Acct><Id><IBAN>&secret;</IBAN></Id></Acct></Stmt></BkToCstmrStmt>
</Document>
"""
    with pytest.raises(StatementFileError) as caught:
        read_camt053(data, "evil.xml")

    assert str(caught.value) == (
        "evil.xml, line 1: the file declares a DTD, which a bank statement never does"
    )


def test_another_iso_message_is_not_a_statement() -> None:
    data = CAMT_002.replace("camt.053.001.02", "camt.054.001.02").encode("utf-8")

    with pytest.raises(StatementFileError) as caught:
        read_camt053(data, "avis.xml")

    assert str(caught.value) == "avis.xml, line 2: this is not a CAMT.053 bank statement"


def test_a_document_without_statement_is_refused() -> None:
    data = b"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt>
<GrpHdr><MsgId>X</MsgId></GrpHdr></BkToCstmrStmt></Document>"""

    with pytest.raises(StatementFileError) as caught:
        read_camt053(data, "vide.xml")

    assert str(caught.value) == "vide.xml: no statement in this file"
