"""Checks for the identifiers users type: SIREN, SIRET, VAT numbers, IBAN, BIC,
e-mail addresses, phone numbers, countries and postcodes.

Each `validate_*` returns the value in its canonical spelling (spaces removed,
upper case) or raises `InvalidValue` with a message that says what is wrong.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP

_SIREN_FORMAT = QT_TRANSLATE_NOOP("Messages", "a SIREN has 9 digits; “{value}” does not")
_SIREN_KEY = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a valid SIREN (its check digit is wrong)"
)
_SIRET_FORMAT = QT_TRANSLATE_NOOP("Messages", "a SIRET has 14 digits; “{value}” does not")
_SIRET_KEY = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a valid SIRET (its check digit is wrong)"
)
_VAT_FORMAT = QT_TRANSLATE_NOOP(
    "Messages",
    "“{value}” is not an EU VAT number (two-letter country prefix, then the national number)",
)
_VAT_KEY = QT_TRANSLATE_NOOP(
    "Messages",
    "“{value}” is not a valid French VAT number (its key does not match the SIREN)",
)
_VAT_NOT_SIREN = QT_TRANSLATE_NOOP(
    "Messages", "the VAT number {vat} is not that of SIREN {siren}, which is {expected}"
)
_IBAN = QT_TRANSLATE_NOOP("Messages", "“{value}” is not a valid IBAN: {reason}")
_BIC = QT_TRANSLATE_NOOP("Messages", "“{value}” is not a valid BIC: {reason}")
# schwifty's own reasons are English and technical: each is said for the owner,
# by the name of the exception schwifty raises (imported only when checking).
_IBAN_REASONS = {
    "InvalidChecksumDigits": QT_TRANSLATE_NOOP(
        "Messages", "its check digits do not match (a character is probably mistyped)"
    ),
    "InvalidBBANChecksum": QT_TRANSLATE_NOOP(
        "Messages", "its account key does not match (a character is probably mistyped)"
    ),
    "NationalChecksumNotVerified": QT_TRANSLATE_NOOP(
        "Messages", "its account key does not match (a character is probably mistyped)"
    ),
    "InvalidLength": QT_TRANSLATE_NOOP(
        "Messages", "it does not have the number of characters its country's IBANs have"
    ),
    "InvalidCountryCode": QT_TRANSLATE_NOOP(
        "Messages", "it does not begin with a country's code, such as FR"
    ),
    "InvalidStructure": QT_TRANSLATE_NOOP(
        "Messages", "its letters and digits are not where its country puts them"
    ),
    "InvalidBankCode": QT_TRANSLATE_NOOP("Messages", "its bank code is not valid"),
    "InvalidBranchCode": QT_TRANSLATE_NOOP("Messages", "its branch code is not valid"),
    "InvalidAccountCode": QT_TRANSLATE_NOOP("Messages", "its account number is not valid"),
}
_BIC_REASONS = {
    "InvalidLength": QT_TRANSLATE_NOOP("Messages", "a BIC has 8 or 11 characters"),
    "InvalidCountryCode": QT_TRANSLATE_NOOP(
        "Messages", "its 5th and 6th characters are not a country's code, such as FR"
    ),
    "InvalidStructure": QT_TRANSLATE_NOOP(
        "Messages",
        "a BIC is 4 letters for the bank, 2 for the country, 2 letters or digits "
        "for the place, and perhaps 3 for the branch",
    ),
}
_NOT_WELL_FORMED = QT_TRANSLATE_NOOP("Messages", "it is not well formed")
_BIC_COUNTRY = QT_TRANSLATE_NOOP(
    "Messages", "the BIC {bic} is from {bic_country} but the IBAN is from {iban_country}"
)
_CREDITOR_ID = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a valid SEPA creditor identifier (ICS)"
)
_WEBSITE = QT_TRANSLATE_NOOP("Messages", "“{value}” is not a web address")
_EMAIL = QT_TRANSLATE_NOOP("Messages", "“{value}” is not an e-mail address")
_PHONE = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a phone number (digits, spaces, + ( ) . - only)"
)
_COUNTRY = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a two-letter ISO country code such as FR, BE or GB"
)
_POSTCODE_FR = QT_TRANSLATE_NOOP("Messages", "a French postcode has 5 digits; “{value}” does not")
_POSTCODE = QT_TRANSLATE_NOOP("Messages", "“{value}” is not a postcode")

_SEPARATORS = re.compile(r"[\s.\-]")

# La Poste's establishments share SIREN 356000000; their SIRETs follow a
# different rule (digit sum divisible by 5) instead of Luhn, except the head
# office, 356 000 000 00048, which keeps Luhn.
_LA_POSTE_SIREN = "356000000"
_LA_POSTE_HEAD_OFFICE = "35600000000048"


def _luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def luhn_check_digit(digits: str) -> str:
    """The digit that makes `digits + digit` pass Luhn (used to make demo SIRENs)."""
    for candidate in "0123456789":
        if _luhn_valid(digits + candidate):
            return candidate
    raise AssertionError("unreachable: one of ten digits always completes a Luhn number")


def validate_siren(value: str) -> str:
    siren = _SEPARATORS.sub("", value)
    if not re.fullmatch(r"\d{9}", siren):
        raise InvalidValue(message(_SIREN_FORMAT, value=value))
    if not _luhn_valid(siren):
        raise InvalidValue(message(_SIREN_KEY, value=value))
    return siren


def validate_siret(value: str) -> str:
    siret = _SEPARATORS.sub("", value)
    if not re.fullmatch(r"\d{14}", siret):
        raise InvalidValue(message(_SIRET_FORMAT, value=value))
    if siret.startswith(_LA_POSTE_SIREN) and siret != _LA_POSTE_HEAD_OFFICE:
        valid = sum(int(digit) for digit in siret) % 5 == 0
    else:
        # The establishment number carries its own key, and so does its SIREN.
        valid = _luhn_valid(siret) and _luhn_valid(siret[:9])
    if not valid:
        raise InvalidValue(message(_SIRET_KEY, value=value))
    return siret


def french_vat_key(siren: str) -> str:
    """The two-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97."""
    return f"{(12 + 3 * (int(siren) % 97)) % 97:02d}"


def french_vat_number(siren: str) -> str:
    return f"FR{french_vat_key(siren)}{siren}"


# National formats after the country prefix (European Commission, VIES).
_EU_VAT_FORMATS = {
    "AT": r"U\d{8}",
    "BE": r"[01]\d{9}",
    "BG": r"\d{9,10}",
    "CY": r"\d{8}[A-Z]",
    "CZ": r"\d{8,10}",
    "DE": r"\d{9}",
    "DK": r"\d{8}",
    "EE": r"\d{9}",
    "EL": r"\d{9}",
    "ES": r"[A-Z0-9]\d{7}[A-Z0-9]",
    "FI": r"\d{8}",
    "FR": r"[A-HJ-NP-Z0-9]{2}\d{9}",
    "HR": r"\d{11}",
    "HU": r"\d{8}",
    "IE": r"\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W]",
    "IT": r"\d{11}",
    "LT": r"\d{9}|\d{12}",
    "LU": r"\d{8}",
    "LV": r"\d{11}",
    "MT": r"\d{8}",
    "NL": r"\d{9}B\d{2}",
    "PL": r"\d{10}",
    "PT": r"\d{9}",
    "RO": r"\d{2,10}",
    "SE": r"\d{12}",
    "SI": r"\d{8}",
    "SK": r"\d{10}",
    "XI": r"\d{9}|\d{12}|GD\d{3}|HA\d{3}",  # Northern Ireland
}


def validate_vat_number(value: str) -> str:
    """An EU VAT number; a French one must also carry the key of its SIREN."""
    vat = _SEPARATORS.sub("", value).upper()
    prefix, national = vat[:2], vat[2:]
    national_format = _EU_VAT_FORMATS.get(prefix)
    if national_format is None or not re.fullmatch(national_format, national):
        raise InvalidValue(message(_VAT_FORMAT, value=value))
    if prefix == "FR":
        key, siren = national[:2], national[2:]
        if key.isdigit() and key != french_vat_key(siren):
            raise InvalidValue(message(_VAT_KEY, value=value))
    return vat


# schwifty loads its bank registry on import (a tenth of a second): it is imported
# on the first IBAN or BIC checked, not when Cadence starts.


def check_vat_number_matches_siren(vat_number: str, siren: str) -> None:
    """A French VAT number carries its SIREN; another country's is not checked here."""
    if vat_number.startswith("FR") and vat_number[4:] != siren:
        raise InvalidValue(
            message(_VAT_NOT_SIREN, vat=vat_number, siren=siren, expected=french_vat_number(siren))
        )


def validate_iban(value: str) -> str:
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    try:
        return str(IBAN(value).compact)
    except SchwiftyException as error:
        reason = message(_IBAN_REASONS.get(type(error).__name__, _NOT_WELL_FORMED))
        raise InvalidValue(message(_IBAN, value=value, reason=reason)) from None


def validate_bic(value: str) -> str:
    from schwifty import BIC
    from schwifty.exceptions import SchwiftyException

    try:
        return str(BIC(value).compact)
    except SchwiftyException as error:
        reason = message(_BIC_REASONS.get(type(error).__name__, _NOT_WELL_FORMED))
        raise InvalidValue(message(_BIC, value=value, reason=reason)) from None


def check_bic_matches_iban(bic: str, iban: str) -> None:
    """A BIC must belong to the IBAN's country (SEPA allows French overseas codes)."""
    bic_country, iban_country = bic.strip().upper()[4:6], iban.strip().upper()[:2]
    # French overseas departments and territories have their own ISO codes in BICs.
    french = {"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "MC"}
    if bic_country != iban_country and not {bic_country, iban_country} <= french:
        raise InvalidValue(
            message(_BIC_COUNTRY, bic=bic, bic_country=bic_country, iban_country=iban_country)
        )


def _iso7064_mod97_valid(text: str) -> bool:
    digits = "".join(str(int(char, 36)) for char in text)
    return int(digits) % 97 == 1


def validate_creditor_identifier(value: str) -> str:
    """A SEPA creditor identifier (ICS in France): country, check digits, business code,
    national id; the check digits cover everything but the business code (EPC262-08)."""
    ics = _SEPARATORS.sub("", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}", ics):
        raise InvalidValue(message(_CREDITOR_ID, value=value))
    if ics.startswith("FR") and not re.fullmatch(r"FR\d{2}[A-Z0-9]{3}[A-Z0-9]{6}", ics):
        raise InvalidValue(message(_CREDITOR_ID, value=value))
    if not _iso7064_mod97_valid(ics[7:] + ics[:4]):
        raise InvalidValue(message(_CREDITOR_ID, value=value))
    return ics


def validate_website(value: str) -> str:
    website = value.strip()
    if not re.fullmatch(r"(https?://)?[A-Za-z0-9\u00C0-\uFFFF.-]+\.[A-Za-z]{2,63}(/\S*)?", website):
        raise InvalidValue(message(_WEBSITE, value=value))
    return website


# Deliberately permissive: what a mail server would accept as an address, not
# the full RFC 5322 grammar, which no owner types.
# Letters beyond ASCII are allowed on both sides of the @ (RFC 6531, 6530).
_EMAIL_RE = re.compile(
    r"[A-Za-z0-9\u00C0-\uFFFF.!#$%&'*+/=?^_`{|}~-]+@"
    r"(?:[A-Za-z0-9\u00C0-\uFFFF](?:[A-Za-z0-9\u00C0-\uFFFF-]{0,61}[A-Za-z0-9\u00C0-\uFFFF])?\.)+"
    r"[A-Za-z\u00C0-\uFFFF]{2,63}"
)


def validate_email(value: str) -> str:
    email = value.strip()
    local = email.partition("@")[0]
    if (
        len(email) > 254
        or not _EMAIL_RE.fullmatch(email)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
    ):
        raise InvalidValue(message(_EMAIL, value=value))
    return email


def validate_phone(value: str) -> str:
    phone = " ".join(value.split())
    digits = re.sub(r"\D", "", phone)
    if not re.fullmatch(r"\+?[0-9 ().-]+", phone) or not 6 <= len(digits) <= 15:
        raise InvalidValue(message(_PHONE, value=value))
    return phone


# CLDR territories that are not ISO 3166-1 countries an address can be in:
# groupings, pseudo-locales, and codes ISO only reserves (Ceuta and Melilla,
# Canary Islands, Diego Garcia, Clipperton, Tristan da Cunha, Ascension, Sark).
# XK (Kosovo) stays: the EU and SEPA use it.
_NOT_COUNTRIES = frozenset(
    {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "EA", "IC", "DG", "CP", "TA", "AC", "CQ"}
)


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    return frozenset(
        code
        for code in Locale("en").territories
        if isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code) and code not in _NOT_COUNTRIES
    )


def validate_country(value: str) -> str:
    code = value.strip().upper()
    if code not in _country_codes():
        raise InvalidValue(message(_COUNTRY, value=value))
    return code


def validate_postal_code(value: str, country: str) -> str:
    code = " ".join(value.split()).upper()
    if country == "FR":
        if not re.fullmatch(r"\d{5}", code):
            raise InvalidValue(message(_POSTCODE_FR, value=value))
    elif not re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{1,9}", code):
        raise InvalidValue(message(_POSTCODE, value=value))
    return code
