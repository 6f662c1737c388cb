"""Identifiers users type: SIREN, SIRET, VAT numbers, IBAN, BIC, ICS, e-mail, phone, address."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadence.domain.errors import InvalidValue
from cadence.domain.identifiers import (
    check_bic_matches_iban,
    check_vat_number_matches_siren,
    french_vat_key,
    french_vat_number,
    luhn_check_digit,
    validate_bic,
    validate_country,
    validate_creditor_identifier,
    validate_email,
    validate_iban,
    validate_phone,
    validate_postal_code,
    validate_siren,
    validate_siret,
    validate_vat_number,
)

# --- SIREN ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Luhn from the right, doubling every second digit:
        # 7 3 2 8 2 9 3 2 0 → 0 + 4 + 3 + 9 (18) + 2 + 7 (16) + 2 + 6 + 7 = 40 ≡ 0 (mod 10)
        pytest.param("732829320", "732829320", id="732829320"),
        # 1 2 3 4 5 6 7 8 2 → 2 + 7 (16) + 7 + 3 (12) + 5 + 8 + 3 + 4 + 1 = 40
        pytest.param("123456782", "123456782", id="123456782"),
        pytest.param("732 829 320", "732829320", id="spaces-compacted"),
        pytest.param("732.829.320", "732829320", id="dots-compacted"),
    ],
)
def test_validate_siren_accepts(value: str, expected: str) -> None:
    assert validate_siren(value) == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        # Same digits as above with a last digit one higher: 41, not a multiple of 10.
        pytest.param("732829321", "check digit", id="wrong-check-digit"),
        pytest.param("73282932", "9 digits", id="eight-digits"),
        pytest.param("7328293200", "9 digits", id="ten-digits"),
        pytest.param("73282932A", "9 digits", id="letter"),
        pytest.param("", "9 digits", id="empty"),
    ],
)
def test_validate_siren_refuses(value: str, words: str) -> None:
    with pytest.raises(InvalidValue, match=words):
        validate_siren(value)


# --- SIRET ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # 7 3 2 8 2 9 3 2 0 0 0 0 7 4 from the right:
        # 4 + 5 (14) + 0 + 0 + 0 + 0 + 2 + 6 + 9 + 4 + 8 + 4 + 3 + 5 (14) = 50 ≡ 0 (mod 10)
        pytest.param("73282932000074", "73282932000074", id="luhn"),
        pytest.param("732 829 320 00074", "73282932000074", id="spaces-compacted"),
    ],
)
def test_validate_siret_accepts(value: str, expected: str) -> None:
    assert validate_siret(value) == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        # Luhn sum 51.
        pytest.param("73282932000075", "check digit", id="wrong-check-digit"),
        pytest.param("7328293200007", "14 digits", id="thirteen-digits"),
        pytest.param("732829320000745", "14 digits", id="fifteen-digits"),
        # The whole number passes Luhn (sum 40) but its SIREN 123456781 does not (sum 39).
        pytest.param("12345678100012", "check digit", id="siren-part-fails-luhn"),
    ],
)
def test_validate_siret_refuses(value: str, words: str) -> None:
    with pytest.raises(InvalidValue, match=words):
        validate_siret(value)


def digit_sum(text: str) -> int:
    return sum(int(char) for char in text)


def test_la_poste_siret_whose_digit_sum_is_a_multiple_of_five_is_valid() -> None:
    siret = "35600000000010"
    # La Poste's establishments share SIREN 356000000 and are checked by digit sum:
    # 3 + 5 + 6 + 1 = 15, a multiple of 5.
    assert digit_sum(siret) == 15
    # It fails Luhn (0 + 2 + 3 (12) + 5 + 6 = 16), so only the La Poste rule accepts it.
    assert validate_siret(siret) == siret


def test_la_poste_siret_whose_digit_sum_is_not_a_multiple_of_five_is_refused() -> None:
    siret = "35600000000011"
    assert digit_sum(siret) == 16  # 3 + 5 + 6 + 1 + 1
    with pytest.raises(InvalidValue, match="check digit"):
        validate_siret(siret)


def test_la_poste_head_office_siret_is_valid() -> None:
    # La Poste's head office, 356 000 000 00048, is a real SIRET. Its digit sum is
    # 3 + 5 + 6 + 4 + 8 = 26, not a multiple of 5: the head office is the exception
    # to the exception and keeps Luhn, from the right:
    # 8 + 8 (4 × 2) + 0 … + 3 (6 × 2 = 12) + 5 + 6 (3 × 2) = 30 ≡ 0 (mod 10).
    # (python-stdnum, stdnum/fr/siret.py: "La Poste SIRET (except the head office)".)
    siret = "35600000000048"
    assert digit_sum(siret) == 26
    assert validate_siret(siret) == siret


# --- French and EU VAT numbers -------------------------------------------------


def test_french_vat_key_by_hand() -> None:
    # (12 + 3 × (SIREN mod 97)) mod 97
    # 732829320 = 97 × 7554941 + 43   (97 × 7554941 = 732829277)
    # 12 + 3 × 43 = 141; 141 mod 97 = 44
    assert french_vat_key("732829320") == "44"
    assert french_vat_number("732829320") == "FR44732829320"


def test_french_vat_key_is_two_digits() -> None:
    # 123456782 = 97 × 1272750 + 32   (97 × 1272750 = 123456750)
    # 12 + 3 × 32 = 108; 108 mod 97 = 11
    assert french_vat_key("123456782") == "11"
    # A SIREN that is a multiple of 97 gives 12 + 0 = 12; 000000097 = 97 × 1.
    assert french_vat_key("000000097") == "12"
    # 000000093 mod 97 = 93; 12 + 279 = 291 = 3 × 97 + 0 → "00", zero-padded.
    assert french_vat_key("000000093") == "00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("FR44732829320", "FR44732829320", id="france"),
        pytest.param("fr 44 732 829 320", "FR44732829320", id="france-spaced-lower-case"),
        pytest.param("DE123456789", "DE123456789", id="germany"),
        pytest.param("BE0123456789", "BE0123456789", id="belgium"),
        pytest.param("NL123456789B01", "NL123456789B01", id="netherlands"),
        pytest.param("ATU12345678", "ATU12345678", id="austria"),
        pytest.param("IE1234567WA", "IE1234567WA", id="ireland"),
    ],
)
def test_validate_vat_number_accepts(value: str, expected: str) -> None:
    assert validate_vat_number(value) == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        pytest.param("FR45732829320", "key does not match", id="wrong-french-key"),
        pytest.param("XX123", "not an EU VAT number", id="unknown-prefix"),
        pytest.param("FR", "not an EU VAT number", id="prefix-alone"),
        pytest.param("DE12345678", "not an EU VAT number", id="germany-eight-digits"),
        pytest.param("BE2123456789", "not an EU VAT number", id="belgium-bad-first-digit"),
        pytest.param("", "not an EU VAT number", id="empty"),
    ],
)
def test_validate_vat_number_refuses(value: str, words: str) -> None:
    with pytest.raises(InvalidValue, match=words):
        validate_vat_number(value)


# --- IBAN, BIC, creditor identifier ---------------------------------------------


def test_validate_iban_compacts() -> None:
    assert validate_iban("FR76 3000 6000 0112 3456 7890 189") == "FR7630006000011234567890189"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        pytest.param(
            "FR7730006000011234567890189",
            "its check digits do not match (a character is probably mistyped)",
            id="wrong-check-digits",
        ),
        pytest.param(
            "FR763000600001123456789018",
            "it does not have the number of characters its country's ibans have",
            id="one-digit-short",
        ),
        pytest.param(
            "XX7630006000011234567890189",
            "it does not begin with a country's code",
            id="unknown-country",
        ),
    ],
)
def test_validate_iban_refuses_and_says_why(value: str, reason: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        validate_iban(value)
    text = str(raised.value)
    assert "not a valid IBAN" in text
    assert reason in text.lower()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("BNPAFRPP", "BNPAFRPP", id="eight-chars"),
        pytest.param("BNPAFRPPXXX", "BNPAFRPPXXX", id="eleven-chars"),
        pytest.param("bnpa fr pp", "BNPAFRPP", id="lower-case-spaced"),
    ],
)
def test_validate_bic_accepts(value: str, expected: str) -> None:
    assert validate_bic(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        pytest.param("BNPA", "a bic has 8 or 11 characters", id="too-short"),
        pytest.param("BNPAXXPP", "not a country's code", id="unknown-country"),
        pytest.param("BNPA12PP", "4 letters for the bank, 2 for the country", id="digits"),
    ],
)
def test_validate_bic_refuses_and_says_why(value: str, reason: str) -> None:
    with pytest.raises(InvalidValue, match="not a valid BIC") as raised:
        validate_bic(value)
    assert reason in str(raised.value).lower()


FRENCH_IBAN = "FR7630006000011234567890189"


@pytest.mark.parametrize(
    ("bic", "iban"),
    [
        pytest.param("BNPAFRPP", FRENCH_IBAN, id="french-bic-french-iban"),
        pytest.param("bnpafrpp", FRENCH_IBAN.lower(), id="typed-in-lower-case"),
        pytest.param("BDAFGPGP", FRENCH_IBAN, id="guadeloupe-bic-french-iban"),
        pytest.param("BDAFMQMQ", FRENCH_IBAN, id="martinique-bic-french-iban"),
        pytest.param("DEUTDEFF", "DE89370400440532013000", id="german-bic-german-iban"),
    ],
)
def test_bic_matching_the_iban_country_is_accepted(bic: str, iban: str) -> None:
    check_bic_matches_iban(bic, iban)


@pytest.mark.parametrize(
    ("bic", "iban"),
    [
        pytest.param("DEUTDEFF", FRENCH_IBAN, id="german-bic-french-iban"),
        pytest.param("BNPAFRPP", "DE89370400440532013000", id="french-bic-german-iban"),
    ],
)
def test_bic_from_another_country_is_refused(bic: str, iban: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        check_bic_matches_iban(bic, iban)
    text = str(raised.value)
    assert bic in text
    assert f"from {bic[4:6]}" in text
    assert f"from {iban[:2]}" in text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Check digits cover national id + country + check digits, not the business
        # code ZZZ (EPC262): "123456" + "FR72" → F = 15, R = 27 → 123456152772;
        # 123456152772 mod 97 = 1.
        pytest.param("FR72ZZZ123456", "FR72ZZZ123456", id="french"),
        pytest.param("fr72 zzz 123456", "FR72ZZZ123456", id="lower-case-spaced"),
        pytest.param("FR72ABC123456", "FR72ABC123456", id="business-code-not-in-check"),
        # Bundesbank's example: "09999999999" + "DE98" → D = 13, E = 14 → 09999999999131498;
        # 9999999999131498 mod 97 = 1.
        pytest.param("DE98ZZZ09999999999", "DE98ZZZ09999999999", id="german"),
    ],
)
def test_validate_creditor_identifier_accepts(value: str, expected: str) -> None:
    assert validate_creditor_identifier(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        # 123456152773 mod 97 = 2.
        pytest.param("FR73ZZZ123456", id="wrong-check-digits"),
        pytest.param("FR72ZZZ12345", id="french-national-id-too-short"),
        pytest.param("FR72ZZZ1234567", id="french-national-id-too-long"),
        pytest.param("72ZZZ123456", id="no-country"),
        pytest.param("", id="empty"),
    ],
)
def test_validate_creditor_identifier_refuses(value: str) -> None:
    with pytest.raises(InvalidValue, match="SEPA creditor identifier"):
        validate_creditor_identifier(value)


# --- E-mail, phone ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("a@b.fr", "a@b.fr", id="shortest"),
        pytest.param("o'brien@example.ie", "o'brien@example.ie", id="apostrophe"),
        pytest.param("élodie@exemple.fr", "élodie@exemple.fr", id="accented-local-part"),
        pytest.param(
            "contact@élodie-créations.fr", "contact@élodie-créations.fr", id="accented-domain"
        ),
        pytest.param(
            "prenom.nom+factures@sous.domaine.fr",
            "prenom.nom+factures@sous.domaine.fr",
            id="plus-tag",
        ),
        pytest.param("  a@b.fr  ", "a@b.fr", id="trimmed"),
    ],
)
def test_validate_email_accepts(value: str, expected: str) -> None:
    assert validate_email(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("a@b", id="no-top-level-domain"),
        pytest.param("a b@c.fr", id="space"),
        pytest.param("a..b@c.fr", id="double-dot"),
        pytest.param(".a@c.fr", id="leading-dot"),
        pytest.param("a.@c.fr", id="trailing-dot"),
        pytest.param("@c.fr", id="no-local-part"),
        pytest.param("a@@c.fr", id="two-ats"),
        pytest.param("a@-c.fr", id="domain-starts-with-hyphen"),
        pytest.param("a" * 289 + "@example.fr", id="300-characters"),
        pytest.param("", id="empty"),
    ],
)
def test_validate_email_refuses(value: str) -> None:
    with pytest.raises(InvalidValue, match="not an e-mail address"):
        validate_email(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("+33 6 12 34 56 78", "+33 6 12 34 56 78", id="international"),
        pytest.param("06.12.34.56.78", "06.12.34.56.78", id="dots"),
        pytest.param("(0)1 23-45-67-89", "(0)1 23-45-67-89", id="brackets-and-hyphens"),
        pytest.param("  01   23 45 67 89 ", "01 23 45 67 89", id="spaces-collapsed"),
        pytest.param("123456", "123456", id="six-digits"),
    ],
)
def test_validate_phone_accepts(value: str, expected: str) -> None:
    assert validate_phone(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("12345", id="five-digits"),
        # 33 6 12 34 56 78 90 12 34: 2 + 1 + 7 × 2 = 17 digits, over the 15 of E.164.
        pytest.param("+33 6 12 34 56 78 90 12 34", id="seventeen-digits"),
        pytest.param("06 12 34 56 7x", id="letter"),
        pytest.param("++33 6 12 34 56 78", id="two-pluses"),
        pytest.param("06+12345678", id="plus-inside"),
        pytest.param("", id="empty"),
    ],
)
def test_validate_phone_refuses(value: str) -> None:
    with pytest.raises(InvalidValue, match="not a phone number"):
        validate_phone(value)


# --- Country, postcode ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("fr", "FR", id="lower-case"),
        pytest.param(" be ", "BE", id="spaces"),
        pytest.param("GB", "GB", id="canonical"),
    ],
)
def test_validate_country_accepts(value: str, expected: str) -> None:
    assert validate_country(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("XX", id="unassigned"),
        pytest.param("ZZ", id="cldr-unknown-region"),
        pytest.param("EU", id="european-union-is-no-country"),
        pytest.param("IC", id="canary-islands-only-reserved"),
        pytest.param("001", id="un-m49-world-region"),
        pytest.param("FRA", id="alpha-3"),
        pytest.param("", id="empty"),
    ],
)
def test_validate_country_refuses(value: str) -> None:
    with pytest.raises(InvalidValue, match="two-letter ISO country code"):
        validate_country(value)


@pytest.mark.parametrize(
    ("value", "country", "expected"),
    [
        pytest.param("75001", "FR", "75001", id="paris"),
        pytest.param(" 97110 ", "FR", "97110", id="guadeloupe-trimmed"),
        pytest.param("SW1A 1AA", "GB", "SW1A 1AA", id="london"),
        pytest.param("sw1a  1aa", "GB", "SW1A 1AA", id="london-lower-case"),
        pytest.param("1000", "BE", "1000", id="brussels"),
    ],
)
def test_validate_postal_code_accepts(value: str, country: str, expected: str) -> None:
    assert validate_postal_code(value, country) == expected


@pytest.mark.parametrize(
    ("value", "country", "words"),
    [
        pytest.param("7500", "FR", "5 digits", id="french-four-digits"),
        pytest.param("750011", "FR", "5 digits", id="french-six-digits"),
        pytest.param("75OO1", "FR", "5 digits", id="french-letter-o"),
        pytest.param("ABCDEFGHIJKLM", "GB", "not a postcode", id="thirteen-characters"),
        pytest.param("-123", "DE", "not a postcode", id="starts-with-hyphen"),
        pytest.param("", "GB", "not a postcode", id="empty"),
    ],
)
def test_validate_postal_code_refuses(value: str, country: str, words: str) -> None:
    with pytest.raises(InvalidValue, match=words):
        validate_postal_code(value, country)


# --- Properties ---------------------------------------------------------------


def luhn_total(digits: str) -> int:
    """Luhn sum written here independently: double every second digit from the right."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total


def test_luhn_total_by_hand() -> None:
    assert luhn_total("732829320") == 40
    assert luhn_total("73282932000074") == 50


bodies = st.text(alphabet="0123456789", min_size=8, max_size=8)


@given(bodies)
def test_a_body_with_its_check_digit_is_a_siren(body: str) -> None:
    siren = body + luhn_check_digit(body)
    assert luhn_total(siren) % 10 == 0
    assert validate_siren(siren) == siren


@given(bodies, st.integers(min_value=0, max_value=8), st.integers(min_value=1, max_value=9))
def test_changing_one_digit_of_a_siren_makes_it_invalid(
    body: str, position: int, shift: int
) -> None:
    siren = body + luhn_check_digit(body)
    changed_digit = str((int(siren[position]) + shift) % 10)
    changed = siren[:position] + changed_digit + siren[position + 1 :]
    assert changed != siren
    with pytest.raises(InvalidValue, match="check digit"):
        validate_siren(changed)


def test_a_french_vat_number_must_carry_its_siren() -> None:
    check_vat_number_matches_siren("FR44732829320", "732829320")
    check_vat_number_matches_siren("BE0123456789", "732829320")  # not French: not compared
    with pytest.raises(InvalidValue, match="is not that of SIREN 123456782, which is FR11"):
        check_vat_number_matches_siren("FR44732829320", "123456782")
