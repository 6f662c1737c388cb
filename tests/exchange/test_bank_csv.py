"""Banks' own CSV exports: guessing how they are written, and reading them with a mapping."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cadence.exchange.bank_csv import read_bank_csv, sniff_csv
from cadence.exchange.statement import CsvMapping, StatementFileError, StatementFormat

# A Crédit Agricole–style export in ISO-8859-15: lines about the account before the
# table, Débit and Crédit columns, labels over two lines in quotes, a debit written
# once without and once with its minus sign, a no-break space between thousands,
# the closing balance as a last line without date, empty lines at the end.
CREDIT_AGRICOLE = """Téléchargement du 30/11/2026;
;
Compte courant n° 10278 06039 00020123401;
Solde au 30/11/2026 : 5 123,45 €;
;
Liste des opérations du 01/11/2026 au 30/11/2026;
Date;Libellé;Débit euros;Crédit euros;
03/11/2026;"VIR SEPA MME HÉLÈNE LEFÈVRE
FACTURE F-2026-0042";;1 234,56;
05/11/2026;"PRLV SEPA ORANGE SA
ECH/051126";45,90;;
10/11/2026;"PRLV SEPA RETOUR IMPAYÉ
F-2026-0088 MOTIF AM04";-89,00;;
12/11/2026;"VIR SEPA STRIPE PAYMENTS EUROPE
PAYOUT PO_1QX2";;12\u00a0345,67;
;Solde au 30/11/2026;;5 123,45;


"""

MAPPING = CsvMapping(
    encoding="iso-8859-15",
    delimiter=";",
    date_column="Date",
    date_format="%d/%m/%Y",
    text_columns=("Libellé",),
    credit_column="Crédit euros",
    debit_column="Débit euros",
    decimal_comma=True,
    skip_lines=6,
)


def _latin9(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("iso-8859-15")


def test_sniffing_finds_the_table_below_the_account_lines() -> None:
    preview = sniff_csv(_latin9(CREDIT_AGRICOLE), "CA20261130.csv")

    assert preview.encoding == "iso-8859-15"
    assert preview.delimiter == ";"
    assert preview.skip_lines == 6
    assert preview.header == ("Date", "Libellé", "Débit euros", "Crédit euros", "")
    assert preview.header_signature == "date|libellé|débit euros|crédit euros|"
    assert preview.date_format == "%d/%m/%Y"
    assert preview.decimal_comma is True
    assert len(preview.rows) == 5
    assert preview.rows[0][:2] == (
        "03/11/2026",
        "VIR SEPA MME HÉLÈNE LEFÈVRE\nFACTURE F-2026-0042",
    )
    assert preview.suggested_mapping == MAPPING


def test_reading_with_debit_and_credit_columns() -> None:
    statement = read_bank_csv(_latin9(CREDIT_AGRICOLE), "CA20261130.csv", MAPPING)

    assert statement.format is StatementFormat.CSV
    assert statement.currency == "EUR"
    transfer, orange, returned, stripe = statement.lines  # no "Solde" line
    assert transfer.booked_on == date(2026, 11, 3)
    assert transfer.amount == Decimal("1234.56")
    assert transfer.text == "VIR SEPA MME HÉLÈNE LEFÈVRE FACTURE F-2026-0042"
    assert transfer.source_line == 8
    assert orange.amount == Decimal("-45.90")  # a debit without its minus sign
    assert orange.source_line == 10
    assert returned.amount == Decimal("-89.00")  # and one with it
    assert returned.text == "PRLV SEPA RETOUR IMPAYÉ F-2026-0088 MOTIF AM04"
    assert stripe.amount == Decimal("12345.67")
    assert stripe.booked_on == date(2026, 11, 12)
    assert stripe.source_line == 14


# A Boursorama-style export in UTF-8 with a BOM: one signed amount column, ISO dates,
# narrow no-break spaces between thousands, the header on the first line.
BOURSORAMA = """\ufeffdateOp;dateVal;label;category;categoryParent;amount;comment;accountNum
2026-11-03;2026-11-04;"VIR SARL DUFOUR";"Virements reçus";"Virements";"1\u202f234,56";;"00040754305"
2026-11-05;2026-11-05;"PRLV SEPA ORANGE";"Téléphonie";"Abonnements";"-45,90";;"00040754305"
"""


def test_a_signed_amount_column_and_the_suggested_mapping() -> None:
    data = BOURSORAMA.encode("utf-8")
    preview = sniff_csv(data, "export.csv")
    mapping = preview.suggested_mapping
    assert mapping is not None

    statement = read_bank_csv(data, "export.csv", mapping)

    assert (preview.encoding, preview.skip_lines, preview.date_format) == (
        "utf-8-sig",
        0,
        "%Y-%m-%d",
    )
    assert preview.header[0] == "dateOp"  # the BOM is no part of the first title
    assert (mapping.date_column, mapping.amount_column) == ("dateOp", "amount")
    assert mapping.text_columns == ("label",)
    assert [line.amount for line in statement.lines] == [Decimal("1234.56"), Decimal("-45.90")]
    assert statement.lines[0].text == "VIR SARL DUFOUR"
    assert statement.lines[1].booked_on == date(2026, 11, 5)


def test_a_header_without_lines_and_an_empty_file_are_empty_statements() -> None:
    header_only = _latin9(CREDIT_AGRICOLE.split("03/11/2026")[0])

    assert read_bank_csv(header_only, "vide.csv", MAPPING).lines == ()
    assert read_bank_csv(b"", "vide.csv", MAPPING).lines == ()


def _refused(data: bytes, mapping: CsvMapping = MAPPING) -> StatementFileError:
    with pytest.raises(StatementFileError) as caught:
        read_bank_csv(data, "releve.csv", mapping)
    return caught.value


def test_a_bad_amount_names_its_line() -> None:
    error = _refused(_latin9(CREDIT_AGRICOLE.replace("45,90", "12,3,4")))

    assert error.line == 10
    assert str(error) == "releve.csv, line 10: “12,3,4” is not an amount"


def test_a_date_that_does_not_exist_names_its_line() -> None:
    error = _refused(_latin9(CREDIT_AGRICOLE.replace("10/11/2026", "31/02/2026")))

    assert str(error) == "releve.csv, line 12: “31/02/2026” is not a date in the format dd/mm/yyyy"


def test_a_missing_date_before_the_last_line_is_refused() -> None:
    error = _refused(_latin9(CREDIT_AGRICOLE.replace("05/11/2026;", ";")))

    assert str(error) == "releve.csv, line 10: the date is missing"


def test_a_line_without_debit_or_credit_is_refused() -> None:
    error = _refused(_latin9(CREDIT_AGRICOLE.replace(";45,90;;", ";;;")))

    assert str(error) == "releve.csv, line 10: the line has neither a debit nor a credit"


def test_a_column_the_mapping_names_must_be_there() -> None:
    mapping = CsvMapping(
        encoding="iso-8859-15",
        delimiter=";",
        date_column="Date",
        date_format="%d/%m/%Y",
        text_columns=("Libellé",),
        amount_column="Montant",
        skip_lines=6,
    )

    error = _refused(_latin9(CREDIT_AGRICOLE), mapping)

    assert str(error) == (
        "releve.csv, line 7: the column “Montant” is missing: the export may have changed"
    )


def test_a_file_not_in_the_mappings_encoding_is_refused() -> None:
    mapping = CsvMapping(
        encoding="utf-8",
        delimiter=";",
        date_column="Date",
        date_format="%d/%m/%Y",
        text_columns=("Libellé",),
        amount_column="Montant",
    )

    error = _refused(_latin9(CREDIT_AGRICOLE), mapping)

    assert str(error) == "releve.csv, line 1: the file is not written in utf-8"


def test_a_quote_left_open_at_the_end_is_a_truncated_file() -> None:
    data = _latin9(CREDIT_AGRICOLE[: CREDIT_AGRICOLE.index("PAYOUT PO_1QX2")])

    error = _refused(data)

    assert str(error) == "releve.csv, line 14: the file ends before the statement does (truncated?)"


def test_binary_data_is_refused() -> None:
    with pytest.raises(StatementFileError) as controls:
        sniff_csv(b"\x1b\x8e\xe2\x07GIF89;\x03\xfe;\x11\x12", "image.csv")
    with pytest.raises(StatementFileError) as nul:
        sniff_csv(b"Date;Montant\r\n03/11/2026;12,00\r\n\x00\x00\x01\x02", "dump.csv")

    assert str(controls.value) == (
        "image.csv, line 1: the file is not in a text encoding Cadence knows (UTF-8, ISO-8859-15)"
    )
    assert str(nul.value) == "dump.csv, line 3: the file contains NUL bytes: it is not a text file"


def test_utf16_without_bom_is_refused_with_what_to_do() -> None:
    data = "Date;Libellé;Montant\r\n03/11/2026;VIR;12,00\r\n".encode("utf-16-le")

    with pytest.raises(StatementFileError) as caught:
        sniff_csv(data, "export.csv")

    assert str(caught.value) == (
        "export.csv: the file is in UTF-16 without a byte-order mark: "
        "export it again as UTF-8 or ISO-8859-15"
    )


def test_utf16_with_a_bom_is_read() -> None:
    data = "Date\tLibellé\tMontant\r\n03/11/2026\tVIR ÉLODIE\t12,00\r\n".encode("utf-16")

    preview = sniff_csv(data, "export.txt")

    assert (preview.encoding, preview.delimiter) == ("utf-16", "\t")
    assert preview.rows == (("03/11/2026", "VIR ÉLODIE", "12,00"),)


def test_one_column_is_no_table() -> None:
    with pytest.raises(StatementFileError) as caught:
        sniff_csv(b"Bonjour\nCeci est une lettre.\n", "lettre.txt")

    assert str(caught.value) == (
        "lettre.txt: this is not a table: no column separator (; , tab |) was found"
    )


def test_a_bank_that_moved_to_utf8_is_still_read_with_its_mapping() -> None:
    data = CREDIT_AGRICOLE.encode("utf-8")  # the mapping remembers ISO-8859-15

    statement = read_bank_csv(data, "CA20261130.csv", MAPPING)

    assert statement.lines[0].text == "VIR SEPA MME HÉLÈNE LEFÈVRE FACTURE F-2026-0042"
