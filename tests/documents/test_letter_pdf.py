"""Reminder letters read back: the firmness of each level, and what every letter needs."""

from __future__ import annotations

import dataclasses

from cadence.documents.letter_pdf import render_reminder
from cadence.documents.model import ReminderLetter, ReminderLevel
from cadence.domain.parties import Language

from .conftest import extracted, printed, word_box  # type: ignore[import-not-found]
from .samples import PERSON, reminder  # type: ignore[import-not-found]

PENALTIES = "40 € par facture"


def letter_text(**changes: object) -> str:
    letter: ReminderLetter = dataclasses.replace(reminder(), **changes)  # type: ignore[arg-type]
    return printed(render_reminder(letter))


def test_a_second_reminder_is_a_complete_business_letter() -> None:
    text = letter_text()
    for expected in (
        "Atelier Nuage SAS",
        "O'Brien & <Fils> SARL",
        "67000 Strasbourg",
        "Lyon, le 25 novembre 2026",
        "Objet : Deuxième relance — factures impayées",
        "Madame, Monsieur,",
        "Malgré notre précédente relance",
        "299,40 €",
        "10 décembre 2026",
        "FA2026-00031 25/09/2026 25/10/2026 179,64 € 179,64 €",
        "FA2026-00041 25/10/2026 24/11/2026 179,64 € 119,76 €",
        "Total restant dû 299,40 €",
        PENALTIES,
        "IBAN FR76 3000 6000 0112 3456 7890 189, BIC AGRIFRPP",
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations",
        "SIRET 732 829 320 00074",
    ):
        assert expected in text, expected
    assert "mise en demeure" not in text.lower()


def test_a_first_reminder_is_courteous() -> None:
    text = letter_text(level=ReminderLevel.FIRST)
    assert "Objet : Relance — factures impayées" in text
    assert "simple oubli" in text
    assert "ne pas tenir compte de ce courrier" in text
    assert PENALTIES not in text
    assert "Malgré" not in text


def test_one_invoice_makes_the_subject_singular() -> None:
    text = letter_text(level=ReminderLevel.FIRST, invoices=reminder().invoices[:1])
    assert "Objet : Relance — facture impayée" in text
    assert "Total restant dû 179,64 €" in text


def test_a_formal_notice_to_a_business_cites_the_penalties_and_the_indemnity() -> None:
    text = letter_text(level=ReminderLevel.FORMAL_NOTICE)
    for expected in (
        "Lettre recommandée avec accusé de réception",
        "Objet : Mise en demeure de payer",
        "nous vous mettons en demeure de nous régler la somme de 299,40 € au plus tard le "
        "10 décembre 2026",
        "article L441-10 du Code de commerce",
        PENALTIES,
        "D441-5",
        "toute procédure utile",
    ):
        assert expected in text, expected


def test_a_formal_notice_to_a_person_cites_statutory_interest_not_the_indemnity() -> None:
    text = letter_text(level=ReminderLevel.FORMAL_NOTICE, buyer=PERSON)
    assert "Élodie Lefèvre" in text
    assert "intérêts au taux légal" in text
    assert "1344-1 du Code civil" in text
    assert PENALTIES not in text
    assert "L441-10" not in text


def test_the_owners_paragraph_is_printed_as_written() -> None:
    message = "Un échéancier <b>reste possible</b> : appelez-nous & parlons-en."
    pdf = render_reminder(dataclasses.replace(reminder(), message=message))
    assert message in extracted(pdf)


def test_an_english_letter() -> None:
    text = letter_text(language=Language.ENGLISH, level=ReminderLevel.FORMAL_NOTICE)
    for expected in (
        "Lyon, 25 November 2026",
        "Subject: Final demand before legal action",
        "By registered letter with acknowledgement of receipt",
        "Dear Sir or Madam,",
        "formal notice to pay the sum of €299.40 by 10 December 2026",
        "€40 per invoice",
        "Total outstanding €299.40",
        "Yours faithfully,",
    ):
        assert expected in text, expected


def test_the_address_sits_in_the_window_of_a_dl_envelope() -> None:
    # Window on the right of a DL envelope: about 100 to 200 mm from the left
    # edge and 50 to 95 mm from the top of the sheet folded in three.
    pdf = render_reminder(reminder())
    for word in ("Bâtiment", "67000"):
        left, top = word_box(pdf, word)
        assert 100 <= left <= 120, (word, left)
        assert 50 <= top <= 90, (word, top)
