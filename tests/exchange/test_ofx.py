"""OFX statements as French banks export them, read back value by value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cadence.exchange.ofx import read_ofx
from cadence.exchange.statement import StatementFileError, StatementFormat

# A Crédit Mutuel–style OFX 1.02 export: SGML with unclosed leaf tags, Windows-1252
# with accents, CRLF line ends, a NAME longer than OFX's 32 characters.
CREDIT_MUTUEL = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<SIGNONMSGSRSV1>
<SONRS>
<STATUS>
<CODE>0
<SEVERITY>INFO
</STATUS>
<DTSERVER>20261130093512
<LANGUAGE>FRA
</SONRS>
</SIGNONMSGSRSV1>
<BANKMSGSRSV1>
<STMTTRNRS>
<TRNUID>20261130093512
<STATUS>
<CODE>0
<SEVERITY>INFO
</STATUS>
<STMTRS>
<CURDEF>EUR
<BANKACCTFROM>
<BANKID>10278
<BRANCHID>06039
<ACCTID>00020123401
<ACCTTYPE>CHECKING
</BANKACCTFROM>
<BANKTRANLIST>
<DTSTART>20261101
<DTEND>20261130
<STMTTRN>
<TRNTYPE>CREDIT
<DTPOSTED>20261103
<DTUSER>20261103
<TRNAMT>1234.56
<FITID>0603900012345
<NAME>VIR SEPA MME HÉLÈNE LEFÈVRE ET ASSOCIÉS
<MEMO>FACTURE F-2026-0042 ÉCHÉANCE NOVEMBRE
</STMTTRN>
<STMTTRN>
<TRNTYPE>DIRECTDEBIT
<DTPOSTED>20261105
<DTUSER>20261105
<TRNAMT>-45.90
<FITID>0603900012346
<NAME>PRLV SEPA ORANGE SA
<MEMO>ECH/051126 ID EMETTEUR/FR88ZZZ123456
</STMTTRN>
<STMTTRN>
<TRNTYPE>DEBIT
<DTPOSTED>20261110
<DTUSER>20261109
<TRNAMT>-89.00
<FITID>0603900012347
<NAME>PRLV SEPA RETOUR IMPAYÉ
<MEMO>F-2026-0102 MOTIF AM04 – 89,00 €
</STMTTRN>
</BANKTRANLIST>
<LEDGERBAL>
<BALAMT>5123.45
<DTASOF>20261130
</LEDGERBAL>
</STMTRS>
</STMTTRNRS>
</BANKMSGSRSV1>
</OFX>
"""


def _cp1252(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("cp1252")


def test_a_credit_mutuel_sgml_statement_reads_line_by_line() -> None:
    statement = read_ofx(_cp1252(CREDIT_MUTUEL), "releve.ofx")

    assert statement.format is StatementFormat.OFX
    assert statement.account == "00020123401"
    assert statement.currency == "EUR"
    assert (statement.starts_on, statement.ends_on) == (date(2026, 11, 1), date(2026, 11, 30))
    first, second, third = statement.lines
    assert first.booked_on == date(2026, 11, 3)
    assert first.amount == Decimal("1234.56")
    assert first.currency == "EUR"
    assert first.counterparty == "VIR SEPA MME HÉLÈNE LEFÈVRE ET ASSOCIÉS"
    assert first.text == (
        "VIR SEPA MME HÉLÈNE LEFÈVRE ET ASSOCIÉS FACTURE F-2026-0042 ÉCHÉANCE NOVEMBRE"
    )
    assert first.bank_reference == "0603900012345"
    assert first.source_line == 40
    assert (second.booked_on, second.amount) == (date(2026, 11, 5), Decimal("-45.90"))
    assert second.text == "PRLV SEPA ORANGE SA ECH/051126 ID EMETTEUR/FR88ZZZ123456"
    assert (third.booked_on, third.amount) == (date(2026, 11, 10), Decimal("-89.00"))
    assert third.text == "PRLV SEPA RETOUR IMPAYÉ F-2026-0102 MOTIF AM04 – 89,00 €"
    assert third.source_line == 58
    assert all(isinstance(line.amount, Decimal) for line in statement.lines)


# OFX 2.x is XML: closed tags, UTF-8, escaped ampersands, dates with a time zone.
OFX2 = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX>
  <SIGNONMSGSRSV1>
    <SONRS>
      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
      <DTSERVER>20261201080000.000[+1:CET]</DTSERVER>
      <LANGUAGE>FRA</LANGUAGE>
    </SONRS>
  </SIGNONMSGSRSV1>
  <BANKMSGSRSV1>
    <STMTTRNRS>
      <TRNUID>1</TRNUID>
      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
      <STMTRS>
        <CURDEF>EUR</CURDEF>
        <BANKACCTFROM>
          <BANKID>40618</BANKID>
          <BRANCHID>80263</BRANCHID>
          <ACCTID>00040754305</ACCTID>
          <ACCTTYPE>CHECKING</ACCTTYPE>
        </BANKACCTFROM>
        <BANKTRANLIST>
          <DTSTART>20261101000000.000[+1:CET]</DTSTART>
          <DTEND>20261130235959.000[+1:CET]</DTEND>
          <STMTTRN>
            <TRNTYPE>CREDIT</TRNTYPE>
            <DTPOSTED>20261103003000.000[+1:CET]</DTPOSTED>
            <DTAVAIL>20261104</DTAVAIL>
            <TRNAMT>+250.00</TRNAMT>
            <FITID>BRS-2026-11-03-0001</FITID>
            <NAME>VIR DUPONT &amp; FILS</NAME>
            <MEMO>Facture F-2026-0050 &lt;novembre&gt;</MEMO>
          </STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL><BALAMT>250.00</BALAMT><DTASOF>20261130</DTASOF></LEDGERBAL>
      </STMTRS>
    </STMTTRNRS>
  </BANKMSGSRSV1>
</OFX>
"""


def test_an_ofx2_statement_keeps_the_date_as_written_and_unescapes_text() -> None:
    statement = read_ofx(OFX2.encode("utf-8"), "boursorama.ofx")

    (line,) = statement.lines
    # 00:30 in Paris is the 2nd in UTC: the bank's own date is the one that counts.
    assert line.booked_on == date(2026, 11, 3)
    assert line.value_on == date(2026, 11, 4)
    assert line.amount == Decimal("250.00")
    assert line.counterparty == "VIR DUPONT & FILS"
    assert line.text == "VIR DUPONT & FILS Facture F-2026-0050 <novembre>"
    assert line.bank_reference == "BRS-2026-11-03-0001"
    assert statement.account == "00040754305"
    assert statement.starts_on == date(2026, 11, 1)


def _body(transaction: str, charset: str = "1252") -> str:
    return (
        CREDIT_MUTUEL.replace("CHARSET:1252", f"CHARSET:{charset}").split("<STMTTRN>")[0]
        + transaction
        + "</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n"
    )


def test_french_quirks_that_ofxtools_alone_refuses_or_misreads() -> None:
    transaction = (
        "<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261105\n<TRNAMT>-45,90\n"
        "<FITID>LBP-7\n<NAME>CB LECLERC < 50 € SAINT-ÉTIENNE\n</STMTTRN>\n"
    )
    # ISO-8859-15, which ofxtools does not know, with its € at 0xA4 …
    latin9 = read_ofx(_body(transaction, "ISO-8859-15").encode("iso-8859-15"), "lbp.ofx")
    # … and a body in UTF-8 under a header that says Windows-1252.
    mislabelled = read_ofx(_body(transaction).encode("utf-8"), "lbp.ofx")

    for statement in (latin9, mislabelled):
        (line,) = statement.lines
        assert line.amount == Decimal("-45.90")  # a decimal comma
        assert line.text == "CB LECLERC < 50 € SAINT-ÉTIENNE"  # the stray "<" kept


def test_a_body_without_header_and_lower_case_tags_is_read() -> None:
    body = CREDIT_MUTUEL[CREDIT_MUTUEL.index("<OFX>") :].replace("<MEMO>", "<memo>")

    statement = read_ofx(_cp1252(body), "export.ofx")

    assert statement.lines[0].text.endswith("FACTURE F-2026-0042 ÉCHÉANCE NOVEMBRE")


def test_a_truncated_file_is_refused_naming_the_last_line() -> None:
    data = _cp1252(CREDIT_MUTUEL[: CREDIT_MUTUEL.index("<TRNAMT>-45.90")])

    with pytest.raises(StatementFileError) as caught:
        read_ofx(data, "releve.ofx")

    assert caught.value.line == 52
    assert str(caught.value) == (
        "releve.ofx, line 52: the file ends before the statement does (truncated?)"
    )


def test_a_pdf_renamed_ofx_is_not_an_ofx_file() -> None:
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"

    with pytest.raises(StatementFileError) as caught:
        read_ofx(pdf, "releve.ofx")

    assert str(caught.value) == "releve.ofx: this is not an OFX file"


def test_a_malformed_amount_names_its_line() -> None:
    data = _cp1252(CREDIT_MUTUEL.replace("<TRNAMT>-45.90", "<TRNAMT>-45.9.0"))

    with pytest.raises(StatementFileError) as caught:
        read_ofx(data, "releve.ofx")

    assert str(caught.value) == "releve.ofx, line 53: “-45.9.0” is not an amount"


def test_an_impossible_date_names_its_line() -> None:
    data = _cp1252(CREDIT_MUTUEL.replace("<DTPOSTED>20261105", "<DTPOSTED>20260231"))

    with pytest.raises(StatementFileError) as caught:
        read_ofx(data, "releve.ofx")

    assert str(caught.value) == (
        "releve.ofx, line 51: “20260231” is not a date in the format yyyymmdd"
    )


def test_a_transaction_without_amount_is_refused() -> None:
    data = _cp1252(CREDIT_MUTUEL.replace("<TRNAMT>-45.90\n", ""))

    with pytest.raises(StatementFileError) as caught:
        read_ofx(data, "releve.ofx")

    assert str(caught.value) == "releve.ofx, line 49: a transaction has no amount (TRNAMT)"


def test_a_sign_on_reply_without_statement_is_refused() -> None:
    head = CREDIT_MUTUEL[: CREDIT_MUTUEL.index("<BANKMSGSRSV1>")]

    with pytest.raises(StatementFileError) as caught:
        read_ofx(_cp1252(head + "</OFX>\n"), "vide.ofx")

    assert str(caught.value) == "vide.ofx: no statement in this file"


def test_statements_of_two_accounts_are_refused() -> None:
    start = CREDIT_MUTUEL.index("<STMTTRNRS>")
    end = CREDIT_MUTUEL.index("</BANKMSGSRSV1>")
    other = CREDIT_MUTUEL[start:end].replace("00020123401", "00020999902")
    data = CREDIT_MUTUEL[:end] + other + CREDIT_MUTUEL[end:]

    with pytest.raises(StatementFileError) as caught:
        read_ofx(_cp1252(data), "comptes.ofx")

    assert "several accounts (00020123401, 00020999902)" in str(caught.value)


def test_a_body_that_is_not_in_its_declared_utf8_is_refused_at_its_line() -> None:
    data = _body(
        "<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261105\n<TRNAMT>-45.90\n"
        "<FITID>X\n<NAME>CB CAFÉ DE LA GARE\n</STMTTRN>\n",
        "UTF-8",
    ).encode("cp1252")

    with pytest.raises(StatementFileError) as caught:
        read_ofx(data, "releve.ofx")

    assert str(caught.value) == "releve.ofx, line 45: the file is not written in UTF-8"
