"""PayPal's activity download, with English and with French column titles."""

# ruff: noqa: E501 - the exports are kept as the provider writes them, a row a line

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cadence.exchange.paypal import read_paypal
from cadence.exchange.statement import StatementFileError, StatementFormat

# English titles, a BOM, every field quoted, US dates and "1,234.56" amounts; a
# pending payment and a memo line that are no movement.
ENGLISH = """\ufeff"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address","To Email Address","Transaction ID","Shipping Address","Address Status","Item Title","Item ID","Reference Txn ID","Invoice Number","Custom Number","Quantity","Receipt ID","Balance","Contact Phone Number","Subject","Note","Balance Impact"
"11/03/2026","14:22:05","PST","Hélène Lefèvre","Express Checkout Payment","Completed","EUR","1,234.56","-41.17","1,193.39","helene.lefevre@example.fr","billing@example.com","5TY05013RG002845M","","","Abonnement Pro annuel","","","F-2026-0042","","1","","1,193.39","","Abonnement Pro annuel","Merci pour tout !","Credit"
"11/04/2026","09:10:00","PST","Atelier Dufour","Website Payment","Pending","EUR","60.00","-2.39","57.61","compta@atelier-dufour.fr","billing@example.com","1AB23456CD789012E","","","Abonnement Essentiel","","","F-2026-0102","","1","","1,193.39","","","","Credit"
"11/05/2026","10:00:00","PST","Hosting Ltd","General Authorization","Completed","EUR","-10.00","0.00","-10.00","billing@example.com","payments@hosting.example","7GH89012JK345678L","","","","","","","","1","","1,193.39","","","","Memo"
"11/07/2026","17:45:00","PST","Hélène Lefèvre","Payment Refund","Completed","EUR","-50.00","1.05","-48.95","billing@example.com","helene.lefevre@example.fr","9XY87654WV321098U","","","","","5TY05013RG002845M","F-2026-0042","","1","","1,144.44","","Geste commercial","","Debit"
"11/30/2026","08:00:00","PST","","General Withdrawal","Completed","EUR","-1,000.00","0.00","-1,000.00","billing@example.com","","3QW45678ER901234T","","","","","","","","","","144.44","","","","Debit"
"""


def test_the_english_download_keeps_completed_movements() -> None:
    statement = read_paypal(ENGLISH.replace("\n", "\r\n").encode("utf-8"), "Download.CSV")

    assert statement.format is StatementFormat.PAYPAL
    assert (statement.account, statement.currency) == ("PayPal", "EUR")
    payment, refund, withdrawal = statement.lines

    assert payment.booked_on == date(2026, 11, 3)
    assert payment.amount == Decimal("1234.56")
    assert payment.fee == Decimal("41.17")  # written negative, kept positive
    assert payment.currency == "EUR"
    assert payment.counterparty == "Hélène Lefèvre"
    assert payment.text == "F-2026-0042 Abonnement Pro annuel Merci pour tout !"
    assert payment.bank_reference == "5TY05013RG002845M"
    assert payment.is_transfer is False
    assert payment.source_line == 2

    assert refund.amount == Decimal("-50.00")
    assert refund.fee == Decimal("-1.05")  # PayPal gave part of its fee back
    assert refund.booked_on == date(2026, 11, 7)
    assert refund.text == "F-2026-0042 Geste commercial"
    assert refund.source_line == 5

    assert withdrawal.amount == Decimal("-1000.00")
    assert withdrawal.is_transfer is True
    assert withdrawal.text == "General Withdrawal"
    assert withdrawal.booked_on == date(2026, 11, 30)


# French titles, decimal commas with no-break and narrow no-break spaces, dd/mm/yyyy.
FRENCH = """\ufeff"Date","Heure","Fuseau horaire","Nom","Type","État","Devise","Avant commission","Commission","Net","De l'adresse email","À l'adresse email","Numéro de transaction","Adresse de livraison","Statut de l'adresse","Titre de l'objet","Numéro de l'objet","Numéro de transaction de référence","Numéro de facture","Numéro personnalisé","Quantité","Numéro de reçu","Solde","Numéro de téléphone du contact","Objet","Remarque","Impact sur le solde"
"03/11/2026","14:22:05","Europe/Paris","Élodie Marchand","Paiement Express Checkout","Terminé","EUR","1\u00a0234,56","-41,17","1\u00a0193,39","elodie.marchand@example.fr","facturation@example.fr","8MC58437GL331874X","","","Abonnement Pro","","","F-2026-0101","","1","","1\u00a0193,39","","Abonnement Pro","","Crédit"
"05/11/2026","09:30:12","Europe/Paris","Atelier Dufour","Paiement sur site marchand","En attente","EUR","60,00","-2,39","57,61","compta@atelier-dufour.fr","facturation@example.fr","2CD34567EF890123G","","","","","","F-2026-0102","","1","","1\u00a0193,39","","","","Crédit"
"12/11/2026","08:00:00","Europe/Paris","","Virement standard","Terminé","EUR","-1\u202f000,00","0,00","-1\u202f000,00","facturation@example.fr","","4RT56789YU012345I","","","","","","","","","","193,39","","","","Débit"
"15/11/2026","11:05:40","Europe/Paris","Élodie Marchand","Remboursement de paiement","Terminé","EUR","-50,00","1,05","-48,95","facturation@example.fr","elodie.marchand@example.fr","6OP78901AS234567D","","","","","8MC58437GL331874X","F-2026-0101","","1","","144,44","","Remboursement partiel","Désolés du retard","Débit"
"""


def test_the_french_download_reads_french_numbers_and_dates() -> None:
    statement = read_paypal(FRENCH.encode("utf-8"), "Télécharger.CSV")

    payment, transfer, refund = statement.lines
    assert payment.booked_on == date(2026, 11, 3)
    assert payment.amount == Decimal("1234.56")
    assert payment.fee == Decimal("41.17")
    assert payment.counterparty == "Élodie Marchand"
    assert payment.text == "F-2026-0101 Abonnement Pro"
    assert payment.bank_reference == "8MC58437GL331874X"

    assert transfer.booked_on == date(2026, 11, 12)  # 12 November, not 11 December
    assert transfer.amount == Decimal("-1000.00")
    assert transfer.is_transfer is True

    assert refund.amount == Decimal("-50.00")
    assert refund.fee == Decimal("-1.05")
    assert refund.text == "F-2026-0101 Remboursement partiel Désolés du retard"
    assert refund.source_line == 5


def test_an_english_download_with_british_dates_is_read_as_such() -> None:
    british = """"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address","To Email Address","Transaction ID","Invoice Number","Subject","Note","Balance Impact"
"03/11/2026","10:00:00","GMT","Oliver Hughes","Express Checkout Payment","Completed","GBP","120.00","-4.38","115.62","oliver@example.co.uk","billing@example.com","0AB12345CD678901E","F-2026-0150","","","Credit"
"25/11/2026","10:00:00","GMT","Oliver Hughes","Express Checkout Payment","Completed","GBP","120.00","-4.38","115.62","oliver@example.co.uk","billing@example.com","0AB12345CD678902F","F-2026-0151","","","Credit"
"""
    statement = read_paypal(british.encode("utf-8"), "Download.CSV")

    assert [line.booked_on for line in statement.lines] == [date(2026, 11, 3), date(2026, 11, 25)]
    assert statement.currency == "GBP"


def _refused(data: str) -> StatementFileError:
    with pytest.raises(StatementFileError) as caught:
        read_paypal(data.encode("utf-8"), "paypal.csv")
    return caught.value


def test_a_bad_amount_names_its_line() -> None:
    error = _refused(FRENCH.replace('"-50,00"', '"-50,0,0"'))

    assert str(error) == "paypal.csv, line 5: “-50,0,0” is not an amount"


def test_a_net_that_is_not_gross_less_fee_is_refused() -> None:
    error = _refused(ENGLISH.replace('"1,193.39","helene', '"1,139.39","helene'))

    assert str(error) == (
        "paypal.csv, line 2: the net amount 1139.39 is not the gross 1234.56 less the fee 41.17"
    )


def test_another_csv_is_not_a_paypal_download() -> None:
    error = _refused("Date;Libellé;Montant\n03/11/2026;VIR;12,00\n")

    assert str(error) == "paypal.csv, line 1: this is not a PayPal activity download"
