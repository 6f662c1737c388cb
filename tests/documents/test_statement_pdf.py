"""Statements of account read back: subscriptions, movements with a running balance."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from functools import cache

from cadence.documents.labels import LABELS
from cadence.documents.model import (
    StatementDebit,
    StatementDocument,
    StatementEntry,
    StatementEntryKind,
)
from cadence.documents.statement_pdf import render_statement
from cadence.domain.parties import Language

from .conftest import extracted, layout_lines, printed  # type: ignore[import-not-found]
from .samples import statement  # type: ignore[import-not-found]


@cache
def sample_pdf() -> bytes:
    return render_statement(statement())


def test_a_statement_names_its_period_and_the_customers_subscriptions() -> None:
    text = printed(sample_pdf())
    for expected in (
        "RELEVÉ DE COMPTE",
        "Arrêté au 25/11/2026",
        "O'Brien & <Fils> SARL",
        "SIREN 552 100 554",
        "du 01/09/2026 au 30/11/2026",
        "Vos abonnements",
        "Caisse mensuelle active 3 25/04/2025 25/12/2026 149,70 € / 1 mois",
        "SIRET 732 829 320 00074",
        "Page 1 / 1",
    ):
        assert expected in text, expected


def test_each_movement_shows_the_balance_after_it() -> None:
    lines = layout_lines(sample_pdf())

    def line_with(marker: str) -> str:
        found = [line for line in lines if line.startswith(marker)]
        assert len(found) == 1, f"{marker!r} on {len(found)} lines"
        return found[0]

    assert line_with("Solde d'ouverture au 01/09/2026").endswith("179,64 €")
    assert line_with("12/09/2026 VIR 0912").endswith("Virement reçu 179,64 € 0,00 €")
    assert line_with("25/09/2026 FA2026-00031").endswith("25/10/2026 179,64 € 179,64 €")
    assert line_with("25/10/2026 FA2026-00041").endswith("24/11/2026 179,64 € 359,28 €")
    assert line_with("02/11/2026 AV2026-00003").endswith("59,88 € 299,40 €")
    assert line_with("Solde de clôture au 30/11/2026").endswith("299,40 €")
    order = [
        next(index for index, line in enumerate(lines) if line.startswith(marker))
        for marker in ("Solde d'ouverture", "12/09/2026", "25/09/2026", "02/11/2026", "Solde de")
    ]
    assert order == sorted(order)


def test_the_balance_due_and_its_overdue_part_come_with_payment_details() -> None:
    text = printed(sample_pdf())
    for expected in (
        "Solde à régler 299,40 €",
        "Dont échu 299,40 €",
        "IBAN : FR76 3000 6000 0112 3456 7890 189",
        "Merci d'indiquer en référence les numéros des factures réglées.",
    ):
        assert expected in text, expected


def test_a_negative_closing_balance_is_credit_available_and_asks_for_nothing() -> None:
    overpaid = StatementEntry(
        date(2026, 11, 20),
        StatementEntryKind.PAYMENT,
        "VIR 1120",
        "Virement reçu",
        credit=Decimal("400.00"),
    )
    document = dataclasses.replace(
        statement(), entries=(*statement().entries, overpaid), overdue_amount=Decimal(0)
    )
    text = printed(render_statement(document))
    assert "Solde de clôture au 30/11/2026 -100,60 €" in text
    assert "Crédit disponible en votre faveur 100,60 €" in text
    for absent in ("Solde à régler", "Dont échu", "IBAN"):
        assert absent not in text


def test_a_settled_account_says_so() -> None:
    document = dataclasses.replace(
        statement(), entries=statement().entries[:1], overdue_amount=Decimal(0)
    )
    text = printed(render_statement(document))
    assert "Votre compte est soldé." in text
    assert "IBAN" not in text


def test_an_english_statement() -> None:
    document = dataclasses.replace(statement(), language=Language.ENGLISH)
    pdf = render_statement(document)
    text = printed(pdf)
    for expected in (
        "STATEMENT OF ACCOUNT",
        "As of 25 Nov 2026",
        "1 Sept 2026 – 30 Nov 2026",
        "Opening balance on 1 Sept 2026",
        "Closing balance on 30 Nov 2026 €299.40",
        "Balance due €299.40",
        "Of which overdue €299.40",
    ):
        assert expected in text, expected
    assert "Account activity" in extracted(pdf)


# -- a customer who pays by direct debit ----------------------------------------------------

DEBTOR_IBAN = "FR1420041010050500013M02606"


def debited(amount: str, *numbers: str) -> StatementDocument:
    """The sample statement, `amount` of its balance to be debited under the mandate."""
    terms = StatementDebit(Decimal(amount), DEBTOR_IBAN, numbers)
    return dataclasses.replace(statement(), direct_debit=terms)


def test_what_will_be_debited_is_said_apart_and_only_the_rest_is_asked_by_transfer() -> None:
    document = debited("119.76", "FA2026-00041")
    assert document.amount_to_pay == Decimal("179.64")  # 299.40 − 119.76
    text = printed(render_statement(document))
    for expected in (
        "Solde à régler 299,40 €",
        "Prélèvement SEPA de 119,76 € à l'échéance de la facture FA2026-00041",
        "Ce montant sera prélevé sur votre compte FR14 **** **** **** **** ***2 606, au titre "
        "du mandat de prélèvement SEPA que vous avez signé : vous n'avez pas à le régler "
        "vous-même.",
        "Reste à régler par virement sur le compte ci-dessous : 179,64 €",
        "IBAN : FR76 3000 6000 0112 3456 7890 189",
        "Merci d'indiquer en référence les numéros des factures réglées.",
    ):
        assert expected in text, expected
    assert "ci-dessous : 299,40 €" not in text
    assert DEBTOR_IBAN not in text.replace(" ", "")  # the customer's account is masked


def test_when_all_of_it_is_debited_nothing_is_asked_by_transfer() -> None:
    text = printed(render_statement(debited("299.40", "FA2026-00031", "FA2026-00041")))
    assert (
        "Prélèvement SEPA de 299,40 € à l'échéance des factures FA2026-00031, FA2026-00041" in text
    )
    assert "Vous n'avez aucun autre règlement à effectuer." in text
    for absent in ("Reste à régler", "par virement", "IBAN", "Merci d'indiquer"):
        assert absent not in text, absent


def test_the_debit_is_said_apart_in_english_too() -> None:
    document = dataclasses.replace(debited("119.76", "FA2026-00041"), language=Language.ENGLISH)
    text = printed(render_statement(document))
    for expected in (
        "SEPA direct debit of €119.76 when invoice FA2026-00041 falls due",
        "This amount will be debited from your account FR14 **** **** **** **** ***2 606 "
        "under the SEPA direct debit mandate you signed: you need not pay it yourself.",
        "Left to pay by bank transfer to the account below: €179.64",
    ):
        assert expected in text, expected


def test_the_french_debit_texts_keep_french_typography() -> None:
    for key in ("statement_debit_notice", "statement_rest"):
        written = LABELS[Language.FRENCH][key]
        assert "\u00a0:" in written, key
        assert " :" not in written, key


def test_without_a_debit_the_whole_balance_is_asked_by_transfer_as_before() -> None:
    assert statement().direct_debit is None  # the default: every other statement
    assert statement().amount_to_pay == statement().closing_balance
    text = printed(sample_pdf())
    assert "par virement sur le compte ci-dessous" in text
    for absent in ("Prélèvement", "Reste à régler"):
        assert absent not in text, absent
