"""MT940 statements as French banks send them, with and without ?NN sub-fields."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cadence.exchange.mt940 import read_mt940
from cadence.exchange.statement import StatementFileError, StatementFormat

# A CIC-style month statement in ISO-8859-1, inside the SWIFT envelope: a credit
# transfer in ?20–?22 sub-fields cut at 27 characters, a direct debit with a label
# over two lines, a returned direct debit, a card payment.
CIC = """{1:F01CMCIFRPPAXXX0000000000}{2:I940CMCIFRPPXXXXN}{4:
:20:CIC261130
:25:FR7630066100410002012340195
:28C:00011/00001
:60F:C261031EUR10000,00
:61:2611041103C1234,56NTRFNONREF//2611030001
:86:051?00VIREMENT SEPA RECU?20VIR SEPA RECU /DE SARL BOUL
?21ANGERIE LEFEVRE /MOTIF FACT?22URE F-2026-0042 /REF 8842
?30CCBPFRPPXXX?31FR7617515900000800000000012?32SARL BOULANGERIE LEFEVRE
:61:2611051105D45,90NDDTNONREF//2611050002
:86:PRLV SEPA ORANGE SA ECH/051126 ID EMETTEUR/FR88ZZZ123456 MDT/
ORANGE-0042
:61:2611101110D89,00NDDTCADENCE0088//2611100003
/RTRN/AM04
:86:RETOUR PRLV SEPA IMPAYE /EREF/CADENCE-F-2026-0088 /MOTIF AM04 PROV
ISION INSUFFISANTE
:61:2611121112D23,40NMSCNONREF//2611120004
:86:CB LECLERC SAINT-ÉTIENNE 11/11
:62F:C261130EUR11076,26
:64:C261130EUR11076,26
-}
"""


def _latin1(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("iso-8859-1")


def test_a_month_statement_reads_line_by_line() -> None:
    statement = read_mt940(_latin1(CIC), "releve.sta")

    assert statement.format is StatementFormat.MT940
    assert statement.account == "FR7630066100410002012340195"
    assert statement.currency == "EUR"
    assert (statement.starts_on, statement.ends_on) == (date(2026, 10, 31), date(2026, 11, 30))
    transfer, orange, returned, card = statement.lines

    assert transfer.booked_on == date(2026, 11, 3)  # the entry date
    assert transfer.value_on == date(2026, 11, 4)
    assert transfer.amount == Decimal("1234.56")
    assert transfer.currency == "EUR"
    # The sub-fields joined where they were cut, mid-word.
    assert transfer.text == (
        "VIR SEPA RECU /DE SARL BOULANGERIE LEFEVRE /MOTIF FACTURE F-2026-0042 /REF 8842"
    )
    assert transfer.counterparty == "SARL BOULANGERIE LEFEVRE"
    assert transfer.counterparty_iban == "FR7617515900000800000000012"
    assert transfer.bank_reference == "2611030001"
    assert transfer.source_line == 6

    assert orange.amount == Decimal("-45.90")
    assert orange.text == (
        "PRLV SEPA ORANGE SA ECH/051126 ID EMETTEUR/FR88ZZZ123456 MDT/ ORANGE-0042"
    )
    assert orange.return_reason == ""

    assert returned.amount == Decimal("-89.00")
    assert returned.return_reason == "AM04"
    assert returned.end_to_end_id == "CADENCE-F-2026-0088"
    # A full 65-character line was cut mid-word: joined without a space.
    assert returned.text == (
        "RETOUR PRLV SEPA IMPAYE /EREF/CADENCE-F-2026-0088 /MOTIF AM04 PROVISION INSUFFISANTE"
    )
    assert returned.bank_reference == "2611100003"
    assert returned.source_line == 13

    assert card.amount == Decimal("-23.40")
    assert card.text == "CB LECLERC SAINT-ÉTIENNE 11/11"
    assert card.booked_on == date(2026, 11, 12)


def test_a_reason_after_motif_counts_only_in_a_return() -> None:
    data = CIC.replace("/RTRN/AM04\n", "").replace("/EREF/CADENCE-F-2026-0088 ", "")
    motif = data.replace("CB LECLERC SAINT-ÉTIENNE 11/11", "VIR RECU /MOTIF AB12 FACTURE")

    statement = read_mt940(_latin1(motif), "releve.sta")

    assert statement.lines[2].return_reason == "AM04"  # "RETOUR … MOTIF AM04"
    assert statement.lines[3].return_reason == ""  # a payment's purpose, no return


def test_a_statement_line_without_amount_names_its_line() -> None:
    data = _latin1(CIC.replace(":61:2611051105D45,90NDDT", ":61:2611051105DNDDT"))

    with pytest.raises(StatementFileError) as caught:
        read_mt940(data, "releve.sta")

    assert caught.value.line == 10
    assert str(caught.value) == (
        "releve.sta, line 10: “2611051105DNDDTNONREF//2611050002” is not an MT940 "
        "statement line (:61:): it needs a date, a debit/credit mark and an amount"
    )


def test_an_impossible_date_and_a_malformed_amount_name_their_lines() -> None:
    date_data = _latin1(CIC.replace(":61:2611121112D", ":61:2611311112D"))
    amount_data = _latin1(CIC.replace("D89,00NDDT", "D89,0,0NDDT"))

    with pytest.raises(StatementFileError) as bad_date:
        read_mt940(date_data, "releve.sta")
    with pytest.raises(StatementFileError) as bad_amount:
        read_mt940(amount_data, "releve.sta")

    assert str(bad_date.value) == (
        "releve.sta, line 17: “261131” is not a date in the format yymmdd"
    )
    assert str(bad_amount.value) == "releve.sta, line 13: “89,0,0” is not an amount"


def test_a_statement_cut_before_its_closing_balance_is_truncated() -> None:
    data = _latin1(CIC[: CIC.index(":62F:")])

    with pytest.raises(StatementFileError) as caught:
        read_mt940(data, "releve.sta")

    assert str(caught.value) == (
        "releve.sta, line 18: the file ends before the statement does (truncated?)"
    )


def test_a_statement_without_opening_balance_has_no_currency() -> None:
    data = _latin1(CIC.replace(":60F:C261031EUR10000,00\n", ""))

    with pytest.raises(StatementFileError) as caught:
        read_mt940(data, "releve.sta")

    assert str(caught.value) == (
        "releve.sta: the statement has no opening balance (:60F:), so its currency is unknown"
    )


def test_text_that_is_no_mt940_is_refused() -> None:
    with pytest.raises(StatementFileError) as caught:
        read_mt940(b"Date;Libelle;Montant\n03/11/2026;VIR;12,00\n", "releve.sta")

    assert str(caught.value) == "releve.sta: this is not an MT940 file"


def test_statements_of_two_accounts_are_refused() -> None:
    body = CIC.split("{4:\n")[1].removesuffix("-}\n")
    other = body.replace("FR7630066100410002012340195", "FR7630066100410002099990195")

    with pytest.raises(StatementFileError) as caught:
        read_mt940(_latin1(body + other), "releves.sta")

    assert "several accounts" in str(caught.value)


# The German banks' structured :86: (DK format): a transaction code, ?00 the posting
# text, SEPA keywords in ?20…, ?31 the IBAN, ?32 the name, ?34 the return reason.
DEUTSCHE_BANK = """:20:STB20261110
:25:DE89370400440532013000
:28C:00098/001
:60F:C261102EUR2500,00
:61:2611031103C49,00NDDTCADENCEF0101//300111
:86:171?00SEPA-LASTSCHRIFT?109075?20EREF+CADENCE-F-2026-0101?21MREF
+CDN-000017?22CRED+FR88ZZZ123456?23SVWZ+F-2026-0101 Abonnement?24
 Pro novembre?30COBADEFFXXX?31DE02120300000000202051?32Müller GmbH
:61:2611101110D49,00NRTICADENCEF0099//300112
:86:109?00RUECKLASTSCHRIFT?20EREF+CADENCE-F-2026-0099?21SVWZ+F-2026-
0099 RUECKLASTSCHRIFT?31DE02120300000000202051?32Müller GmbH?34MD06
:62F:C261110EUR2500,00
"""


def test_the_german_structured_details_give_references_and_reason() -> None:
    statement = read_mt940(DEUTSCHE_BANK.encode("utf-8"), "MT940_20261110.STA")

    collected, returned = statement.lines
    assert collected.amount == Decimal("49.00")
    assert collected.text == "F-2026-0101 Abonnement Pro novembre"
    assert collected.end_to_end_id == "CADENCE-F-2026-0101"
    assert collected.counterparty == "Müller GmbH"
    assert collected.counterparty_iban == "DE02120300000000202051"
    assert collected.return_reason == ""
    assert returned.amount == Decimal("-49.00")
    assert returned.return_reason == "MD06"
    assert returned.end_to_end_id == "CADENCE-F-2026-0099"
    assert returned.text == "F-2026-0099 RUECKLASTSCHRIFT"
    assert returned.source_line == 9
