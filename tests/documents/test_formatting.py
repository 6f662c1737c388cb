"""Amounts, dates, rates and identifiers as French and English customers read them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from cadence.documents import formatting
from cadence.documents.fonts import FONT_FILES
from cadence.documents.labels import LABELS, owner_mention, text
from cadence.domain.invoicing import DEFAULT_EARLY_PAYMENT_TEXT, DEFAULT_LATE_PENALTY_TEXT
from cadence.domain.parties import Language
from cadence.domain.periods import Period
from cadence.resource_files import resource_path

FR, EN = Language.FRENCH, Language.ENGLISH
NBSP, NNBSP = "\u00a0", "\u202f"
D = Decimal


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        ("1234.50", FR, f"1{NNBSP}234,50{NBSP}€"),
        ("179.64", FR, f"179,64{NBSP}€"),
        ("-20.00", FR, f"-20,00{NBSP}€"),
        ("0", FR, f"0,00{NBSP}€"),
        ("1234567.8", FR, f"1{NNBSP}234{NNBSP}567,80{NBSP}€"),
        ("1234.50", EN, "€1,234.50"),
        ("1481.4", EN, "€1,481.40"),
        ("-50", EN, "-€50.00"),
    ],
)
def test_amounts_follow_each_language(value: str, language: Language, expected: str) -> None:
    assert formatting.amount(D(value), "EUR", language) == expected


def test_amounts_round_to_the_currency_unit() -> None:
    assert formatting.amount(D("1000"), "JPY", EN) == "JP¥1,000"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("49.9000", f"49,90{NBSP}€"), ("0.0125", f"0,0125{NBSP}€"), ("19.9", f"19,90{NBSP}€")],
)
def test_unit_prices_keep_the_decimals_they_have(value: str, expected: str) -> None:
    assert formatting.unit_price(D(value), "EUR", FR) == expected


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        ("1", FR, "1"),
        ("3.000", FR, "3"),
        ("2.50", FR, "2,5"),
        ("2.50", EN, "2.5"),
        ("10", FR, "10"),
        ("1500", EN, "1,500"),
        ("0.125", FR, "0,125"),
    ],
)
def test_quantities_have_no_trailing_zeros(value: str, language: Language, expected: str) -> None:
    assert formatting.quantity(D(value), language) == expected


@pytest.mark.parametrize(
    ("rate", "language", "expected"),
    [
        ("20.00", FR, f"20{NBSP}%"),
        ("5.50", FR, f"5,5{NBSP}%"),
        ("2.10", FR, f"2,1{NBSP}%"),
        ("20.00", EN, "20%"),
        ("5.50", EN, "5.5%"),
        ("0.00", EN, "0%"),
    ],
)
def test_vat_rates(rate: str, language: Language, expected: str) -> None:
    assert formatting.rate(D(rate), language) == expected


def test_dates() -> None:
    day = date(2026, 11, 25)
    assert formatting.day(day, FR) == "25/11/2026"
    assert formatting.day(day, EN) == "25 Nov 2026"
    assert formatting.long_day(day, FR) == f"25{NBSP}novembre{NBSP}2026"
    assert formatting.long_day(day, EN) == f"25{NBSP}November{NBSP}2026"


def test_a_period_prints_its_last_day_since_its_end_is_exclusive() -> None:
    november = Period(date(2026, 11, 5), date(2026, 12, 5))
    assert formatting.period(november, FR) == "du 05/11/2026 au 04/12/2026"
    assert formatting.period(november, EN) == "5 Nov 2026 – 4 Dec 2026"


def test_identifiers_are_grouped() -> None:
    assert formatting.grouped("FR7630006000011234567890189") == "FR76 3000 6000 0112 3456 7890 189"
    assert formatting.grouped("fr76 3000 6000 0112 3456 7890 189") == (
        "FR76 3000 6000 0112 3456 7890 189"
    )
    assert formatting.siren("732829320") == f"732{NBSP}829{NBSP}320"
    assert formatting.siret("73282932000074") == f"732{NBSP}829{NBSP}320{NBSP}00074"
    assert formatting.siren("B 123") == "B 123"


def test_a_customers_iban_is_masked_but_its_country_and_last_four_characters() -> None:
    assert formatting.masked_iban("FR7617569000306299188416071") == (
        "FR76 **** **** **** **** ***6 071"
    )
    assert formatting.masked_iban("de89 3704 0044 0532 0130 00") == "DE89 **** **** **** **30 00"
    assert formatting.masked_iban("FR76") == "FR76"  # too short to hide anything


def test_countries_are_named_in_the_documents_language() -> None:
    assert formatting.country("IE", FR) == "Irlande"
    assert formatting.country("IE", EN) == "Ireland"
    assert formatting.country("XX", EN) == "XX"


def test_every_label_exists_in_both_languages() -> None:
    assert LABELS[FR].keys() == LABELS[EN].keys()
    assert text(FR, "page", page="2", pages="3") == "Page 2 / 3"


def test_french_labels_put_a_no_break_space_before_double_punctuation() -> None:
    broken = [
        key
        for key, label in LABELS[FR].items()
        for index, char in enumerate(label)
        if char in ":;?!" and index > 0 and label[index - 1] == " "
    ]
    assert broken == []
    assert text(FR, "debit_mandate", value="X") == f"Référence unique du mandat (RUM){NBSP}: X"


def test_cadences_default_mentions_are_translated_and_the_owners_own_are_not() -> None:
    assert owner_mention(DEFAULT_LATE_PENALTY_TEXT, FR) == DEFAULT_LATE_PENALTY_TEXT
    english = owner_mention(DEFAULT_LATE_PENALTY_TEXT, EN)
    assert "European Central Bank" in english
    assert "L441-10" in english
    assert owner_mention(DEFAULT_EARLY_PAYMENT_TEXT, EN) == "No discount for early payment."
    custom = "Pénalités : 3 fois le taux d'intérêt légal."
    assert owner_mention(custom, EN) == custom


@pytest.mark.parametrize("font_file", sorted(FONT_FILES.values()))
def test_the_font_has_every_glyph_documents_print(font_file: str) -> None:
    font = TTFont("probe", str(resource_path("fonts", font_file)))
    needed = (
        "àâçéèêëîïôöùûüÿœæÀÇÉÈŒ€°«»’–—·"
        f"{NBSP}{NNBSP}"
        "ŁłŚśŹźŻżĄąĘęĆćŃńÓó"  # Polish
        "İıŞşĞğÖöÜüÇç"  # Turkish
        "ΑαΒβΓγΔδΘθΛλΩωάέήίόύώ"  # Greek
        "ĂăĐđƠơƯưẠạẢảẤấẦầẨẩẪẫẬậỆệỊịỌọỘộỚớỜờỢợỤụỨứỪừỰựỲỳỹ"  # Vietnamese
    )
    missing = [char for char in needed if ord(char) not in font.face.charToGlyph]
    assert missing == []
