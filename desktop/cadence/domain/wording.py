"""The words Cadence writes onto documents, in the customer's language.

An issued document never changes, so the text of the lines Cadence generates
(proration, remaining commitment, credits) is written once, in the language
of the customer it is for, and stored. These are not interface strings: they
follow the customer, not the owner's screen.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date

from cadence.domain.parties import Language
from cadence.domain.tax import format_rate

_LOCALES = {Language.FRENCH: "fr_FR", Language.ENGLISH: "en_GB"}

_WORDS: dict[Language, dict[str, str]] = {
    Language.FRENCH: {
        "prorated": "{plan} (au prorata, {days} jours sur {cycle_days})",
        "discount_percent": "Remise de {value} %",
        "discount_amount": "Remise",
        "change_credit": "Crédit : {plan}, du {start} au {end}, non utilisé",
        "change_charge": "{plan}, du {start} au {end}, au prorata",
        "remaining_commitment": "{plan} : engagement restant du {start} au {end}",
        "cancellation_credit": "Crédit : {plan}, du {start} au {end}, après résiliation",
        "credit_note": "Avoir sur la facture {number}",
        "payment_bank_transfer": "Virement reçu",
        "payment_direct_debit": "Prélèvement",
        "payment_card": "Paiement par carte",
        "payment_cheque": "Chèque reçu",
        "payment_cash": "Paiement en espèces",
        "payment_other": "Paiement reçu",
        "late_interest": (
            "Pénalités de retard sur la facture {number} : {days} jours au taux annuel de {rate}"
        ),
        "recovery_indemnity": (
            "Indemnité forfaitaire pour frais de recouvrement, facture {number} (art. D441-5 "
            "du Code de commerce)"
        ),
        "late_fees_out_of_scope": "Hors champ de la TVA : pénalités et indemnité de retard",
        "late_fees_sentence": "Conformément à nos conditions de vente, la facture {number} "
        "ci-jointe vous réclame {fees}.",
        "late_fees_and": " et ",
        "how_to_cancel": "Si vous ne souhaitez pas le renouveler, il vous suffit de nous le "
        "faire savoir au plus tard le {deadline}, en répondant à ce message.",
        "notice_passed": "Le délai de préavis pour refuser ce renouvellement est passé ; pour "
        "toute question sur votre abonnement, répondez simplement à ce message.",
    },
    Language.ENGLISH: {
        "prorated": "{plan} (prorated, {days} of {cycle_days} days)",
        "discount_percent": "{value}% discount",
        "discount_amount": "Discount",
        "change_credit": "Credit: {plan}, unused from {start} to {end}",
        "change_charge": "{plan}, {start} to {end}, prorated",
        "remaining_commitment": "{plan}: remaining commitment from {start} to {end}",
        "cancellation_credit": "Credit: {plan}, {start} to {end}, after cancellation",
        "credit_note": "Credit note on invoice {number}",
        "payment_bank_transfer": "Bank transfer received",
        "payment_direct_debit": "Direct debit",
        "payment_card": "Card payment",
        "payment_cheque": "Cheque received",
        "payment_cash": "Cash payment",
        "payment_other": "Payment received",
        "late_interest": "Late-payment penalties on invoice {number}: {days} days at {rate} a year",
        "recovery_indemnity": "Fixed recovery indemnity, invoice {number} (French Commercial "
        "Code, art. D441-5)",
        "late_fees_out_of_scope": "Outside the scope of VAT: late-payment penalties and indemnity",
        "late_fees_sentence": "As our terms of sale provide, the attached invoice {number} "
        "claims {fees}.",
        "late_fees_and": " and ",
        "how_to_cancel": "If you do not wish to renew, simply let us know by {deadline}, by "
        "replying to this message.",
        "notice_passed": "The notice period to refuse this renewal has passed; for any "
        "question about your subscription, simply reply to this message.",
    },
}


_STATUSES: dict[Language, dict[str, str]] = {
    Language.FRENCH: {
        "trial": "essai",
        "active": "actif",
        "paused": "en pause",
        "past_due": "impayé",
        "cancellation_scheduled": "résiliation programmée",
        "cancelled": "résilié",
        "ended": "terminé",
    },
    Language.ENGLISH: {
        "trial": "trial",
        "active": "active",
        "paused": "paused",
        "past_due": "past due",
        "cancellation_scheduled": "cancellation scheduled",
        "cancelled": "cancelled",
        "ended": "ended",
    },
}

# (singular, plural) of each interval unit.
_UNITS: dict[Language, dict[str, tuple[str, str]]] = {
    Language.FRENCH: {
        "day": ("jour", "jours"),
        "week": ("semaine", "semaines"),
        "month": ("mois", "mois"),
        "year": ("an", "ans"),
    },
    Language.ENGLISH: {
        "day": ("day", "days"),
        "week": ("week", "weeks"),
        "month": ("month", "months"),
        "year": ("year", "years"),
    },
}


def status(value: str, language: Language) -> str:
    """A subscription status as the customer reads it: « résiliation programmée »."""
    return _STATUSES[language][value]


def every(count: int, unit: str, language: Language) -> str:
    """A billing cycle: « 1 mois », « 3 mois », "2 weeks"."""
    singular, plural = _UNITS[language][unit]
    return f"{count} {singular if count == 1 else plural}"


def day(value: date, language: Language) -> str:
    """A date as the customer reads it: 31/01/2027, or 31 Jan 2027."""
    if language is Language.FRENCH:
        return format_date(value, "dd/MM/yyyy", locale=_LOCALES[language])
    return format_date(value, "d MMM yyyy", locale=_LOCALES[language])


def words(language: Language, key: str, **values: object) -> str:
    """The sentence `key` in `language`, with dates written for that language."""
    written = {
        name: day(value, language) if isinstance(value, date) else value
        for name, value in values.items()
    }
    return _WORDS[language][key].format(**written)


def percent(value: Decimal) -> str:
    return format_rate(value)
