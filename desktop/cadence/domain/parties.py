"""Who the business sells to."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    INDIVIDUAL = "individual"
    COMPANY = "company"  # a business customer: SIREN, VAT number, €40 recovery indemnity


class Language(StrEnum):
    """The language of the customer's documents and e-mails."""

    FRENCH = "fr"
    ENGLISH = "en"


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    DIRECT_DEBIT = "direct_debit"
    CARD = "card"
    CHEQUE = "cheque"
    CASH = "cash"
    OTHER = "other"
