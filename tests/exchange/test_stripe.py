"""Stripe's balance exports, in the report's and the dashboard's column titles."""

# ruff: noqa: E501 - the exports are kept as the provider writes them, a row a line

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cadence.exchange.statement import StatementFileError, StatementFormat
from cadence.exchange.stripe import read_stripe

# The "Balance change from activity" itemized report (snake_case titles, UTC and
# local times, lower-case currencies).
ACTIVITY_REPORT = """balance_transaction_id,created_utc,created,available_on_utc,currency,gross,fee,net,reporting_category,source_id,description,customer_facing_amount,customer_facing_currency,customer_id,customer_email,customer_name,invoice_id
txn_3QAbCdEfGh1234567,2026-11-03 14:22:05,2026-11-03 15:22:05,2026-11-05 00:00:00,eur,49.00,1.02,47.98,charge,ch_3QAbCdEfGh1234567,Subscription update,49.00,eur,cus_R2d2C3po4Bb8,elodie.marchand@example.fr,Élodie Marchand,in_1QAbCdEfGh7654321
txn_3QCdEfGhIj2345678,2026-11-04 08:01:44,2026-11-04 09:01:44,2026-11-06 00:00:00,eur,1234.56,17.53,1217.03,charge,ch_3QCdEfGhIj2345678,"Facture F-2026-0102, Atelier Dufour",1234.56,eur,cus_R3e4F5g6H7i8,compta@atelier-dufour.fr,,in_1QCdEfGhIj8765432
txn_3QEfGhIjKl3456789,2026-11-07 17:45:00,2026-11-07 18:45:00,2026-11-07 17:45:00,eur,-20.00,0.00,-20.00,refund,re_3QEfGhIjKl3456789,REFUND FOR CHARGE (Subscription update),-20.00,eur,cus_R2d2C3po4Bb8,elodie.marchand@example.fr,Élodie Marchand,
txn_1QGhIjKlMn4567890,2026-11-30 23:59:59,2026-12-01 00:59:59,2026-11-30 23:59:59,eur,-2.50,0.00,-2.50,fee,,Billing - Usage Fee (2026-11-01 - 2026-11-30),,,,,,
"""


def test_the_activity_report_gives_gross_fee_and_customer() -> None:
    statement = read_stripe(ACTIVITY_REPORT.encode("utf-8"), "Balance_change_from_activity.csv")

    assert statement.format is StatementFormat.STRIPE
    assert (statement.account, statement.currency) == ("Stripe", "EUR")
    charge, invoice, refund, fee = statement.lines

    assert charge.booked_on == date(2026, 11, 3)
    assert charge.value_on == date(2026, 11, 5)
    assert charge.amount == Decimal("49.00")
    assert charge.fee == Decimal("1.02")
    assert charge.currency == "EUR"
    assert charge.text == "Subscription update"
    assert charge.counterparty == "Élodie Marchand"
    assert charge.bank_reference == "txn_3QAbCdEfGh1234567"
    assert charge.is_transfer is False
    assert charge.source_line == 2

    assert invoice.text == "Facture F-2026-0102, Atelier Dufour"
    assert invoice.counterparty == "compta@atelier-dufour.fr"  # no name: the e-mail
    assert (invoice.amount, invoice.fee) == (Decimal("1234.56"), Decimal("17.53"))

    assert refund.amount == Decimal("-20.00")
    assert refund.fee == Decimal("0.00")
    assert refund.booked_on == date(2026, 11, 7)

    assert fee.amount == Decimal("-2.50")
    assert fee.counterparty == ""


# The dashboard's balance-transactions export (titled columns, no seconds).
DASHBOARD = """id,Type,Source,Amount,Fee,Net,Currency,Created (UTC),Available On (UTC),Description,Customer Facing Amount,Customer Facing Currency,Transfer,Transfer Date (UTC),Transfer Group
txn_1QBb2cLkdIwHu7ix0aB1cD2e,charge,ch_3QBb2cLkdIwHu7ix1xYzAbCd,90.00,1.51,88.49,eur,2026-11-03 09:15,2026-11-10 00:00,Abonnement Pro – novembre 2026,90.00,eur,po_1QDdLkdIwHu7ixQwErTy,2026-11-10,
txn_1QBc3dLkdIwHu7ix9zY8xW7v,payment_refund,pyr_1QBc3dLkdIwHu7ixAbCdEf,-30.00,0.00,-30.00,eur,2026-11-06 16:40,2026-11-06 16:40,"Remboursement partiel, F-2026-0102",-30.00,eur,po_1QDdLkdIwHu7ixQwErTy,2026-11-10,
txn_1QDdLkdIwHu7ixPoIuYtRe,payout,po_1QDdLkdIwHu7ixQwErTy,-58.49,0.00,-58.49,eur,2026-11-10 01:02,2026-11-10 01:02,STRIPE PAYOUT,,,po_1QDdLkdIwHu7ixQwErTy,2026-11-10,
"""


def test_the_dashboard_export_marks_the_payout_as_a_transfer() -> None:
    statement = read_stripe(DASHBOARD.encode("utf-8"), "balance_history.csv")

    charge, refund, payout = statement.lines
    assert charge.amount == Decimal("90.00")
    assert charge.fee == Decimal("1.51")
    assert charge.text == "Abonnement Pro – novembre 2026"
    assert charge.booked_on == date(2026, 11, 3)
    assert refund.amount == Decimal("-30.00")
    assert refund.text == "Remboursement partiel, F-2026-0102"
    assert payout.amount == Decimal("-58.49")
    assert payout.is_transfer is True
    assert payout.text == "Stripe payout"
    assert payout.bank_reference == "txn_1QDdLkdIwHu7ixPoIuYtRe"


def _refused(data: str) -> StatementFileError:
    with pytest.raises(StatementFileError) as caught:
        read_stripe(data.encode("utf-8"), "stripe.csv")
    return caught.value


def test_a_net_that_is_not_gross_less_fee_is_refused() -> None:
    error = _refused(DASHBOARD.replace("1.51,88.49", "1.51,88.94"))

    assert str(error) == (
        "stripe.csv, line 2: the net amount 88.94 is not the gross 90.00 less the fee 1.51"
    )


def test_a_currency_that_is_not_iso_4217_is_refused() -> None:
    error = _refused(DASHBOARD.replace("0.00,-30.00,eur", "0.00,-30.00,euro"))

    assert str(error) == "stripe.csv, line 3: “euro” is not an ISO 4217 currency code"


def test_a_bad_date_is_refused() -> None:
    error = _refused(
        ACTIVITY_REPORT.replace("2026-11-07 17:45:00,2026-11-07 18", "07/11/2026,2026-11-07 18")
    )

    assert str(error) == "stripe.csv, line 4: “07/11/2026” is not a date in the format yyyy-mm-dd"


def test_another_csv_is_not_a_stripe_export() -> None:
    error = _refused("Date;Libellé;Montant\n03/11/2026;VIR;12,00\n")

    assert str(error) == "stripe.csv, line 1: this is not a Stripe balance export"


def test_an_empty_required_cell_is_refused_by_its_title() -> None:
    error = _refused(DASHBOARD.replace("-58.49,eur,", "-58.49,,"))

    assert str(error) == "stripe.csv, line 4: the column “Currency” is empty"
