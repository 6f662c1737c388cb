"""What the documents print: plain frozen values, never database rows.

Services build these from the database (an issued invoice's own copies of the
seller and the buyer, its lines, its totals); the builders in this package
turn them into PDF pages and Factur-X XML. Everything a document shows is
here, so the same value always renders to the same bytes, in any process.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from cadence.domain.invoicing import InvoiceKind, OperationCategory
from cadence.domain.parties import CustomerKind, Language
from cadence.domain.periods import Period
from cadence.domain.tax import VatCategory, VatSubtotal


@dataclass(frozen=True, slots=True)
class PostalAddress:
    """An address as Factur-X structures it (BG-5, BG-8): street lines, postcode,
    city, and an ISO 3166-1 alpha-2 country code."""

    lines: tuple[str, ...]
    postal_code: str
    city: str
    country: str


@dataclass(frozen=True, slots=True)
class Seller:
    """The business issuing the document, as it was on the day of issue."""

    legal_name: str
    address: PostalAddress
    trade_name: str | None = None
    legal_form: str | None = None  # SAS, SARL, EI …
    share_capital: Decimal | None = None
    siren: str | None = None
    siret: str | None = None
    registration: str | None = None  # "RCS Lyon"
    vat_number: str | None = None
    vat_franchise: bool = False  # franchise en base: no VAT, art. 293 B mention
    vat_on_debits: bool = False  # « option pour le paiement de la taxe d'après les débits »
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    iban: str | None = None
    bic: str | None = None
    logo: bytes | None = None  # PNG or JPEG content, read by the caller
    late_penalty_text: str = ""
    early_payment_text: str = ""


@dataclass(frozen=True, slots=True)
class Buyer:
    """The customer, as copied onto the document at issue."""

    kind: CustomerKind
    name: str
    address: PostalAddress
    delivery_address: tuple[str, ...] = ()  # lines, when it differs from the billing address
    siren: str | None = None
    vat_number: str | None = None
    email: str | None = None

    @property
    def is_business(self) -> bool:
        return self.kind is CustomerKind.COMPANY


@dataclass(frozen=True, slots=True)
class DocumentLine:
    """One line as issued; `net_amount` = quantity × unit price − discount, rounded."""

    position: int
    description: str
    quantity: Decimal
    unit_price: Decimal  # excl. VAT, up to four places
    net_amount: Decimal
    vat_rate: Decimal
    vat_category: VatCategory
    period: Period | None = None  # the service period covered; `end` is exclusive
    discount_amount: Decimal = Decimal(0)
    discount_label: str | None = None
    vat_exemption_reason: str | None = None


@dataclass(frozen=True, slots=True)
class CorrectedInvoice:
    """The invoice a credit note corrects: it quotes its number and date."""

    number: str
    issue_date: date


@dataclass(frozen=True, slots=True)
class DirectDebitTerms:
    """How an invoice is collected by SEPA direct debit, as copied onto it at issue: the
    customer's mandate (BT-89), the account it debits (BT-91, in full: the PDF masks
    it) and the seller's SEPA creditor identifier, the ICS (BT-90), if it was set."""

    mandate_reference: str  # the RUM
    debtor_iban: str
    creditor_id: str | None = None


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    """An issued invoice or credit note, everything its PDF and XML carry.

    Amounts of a credit note are positive, as issued; the kind says they are
    credited. `paid_amount` is what was already settled when the PDF was first
    produced (a customer's credit used at issue), kept so that regenerating the
    PDF gives the same bytes. `direct_debit`: the invoice is collected under the
    customer's SEPA mandate rather than paid by transfer (never on a credit note).
    """

    kind: InvoiceKind
    number: str
    issue_date: date
    language: Language
    currency: str
    seller: Seller
    buyer: Buyer
    lines: tuple[DocumentLine, ...]
    vat_breakdown: tuple[VatSubtotal, ...]
    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    operation_category: OperationCategory
    due_date: date | None = None  # none on a credit note
    paid_amount: Decimal = Decimal(0)
    service_period: Period | None = None  # the subscription period billed, if one
    corrects: CorrectedInvoice | None = None
    customer_reference: str | None = None  # the buyer's order reference (BT-13)
    notes: str = ""
    direct_debit: DirectDebitTerms | None = None

    @property
    def amount_due(self) -> Decimal:
        return self.total_gross - self.paid_amount

    @property
    def payment_reference(self) -> str:
        """What the customer quotes with a bank transfer: the document's number."""
        return self.number


class StatementEntryKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    PAYMENT = "payment"
    PAYMENT_RETURNED = "payment_returned"


@dataclass(frozen=True, slots=True)
class StatementEntry:
    """One movement of the customer's account; `debit` raises what they owe."""

    on: date
    kind: StatementEntryKind
    reference: str  # an invoice or credit-note number, or a payment's reference
    description: str
    debit: Decimal = Decimal(0)
    credit: Decimal = Decimal(0)
    due_date: date | None = None


@dataclass(frozen=True, slots=True)
class StatementSubscription:
    plan_name: str
    status: str  # already in the statement's language
    quantity: int
    started_on: date
    next_billing_date: date | None
    recurring_amount: Decimal  # per cycle, excl. VAT, after a permanent discount
    cycle: str  # "1 mois", "3 months" … in the statement's language


@dataclass(frozen=True, slots=True)
class StatementDebit:
    """What the seller is still to collect by SEPA direct debit of the customer's open
    invoices (those issued to be debited whose debit did not come back, and those in
    a batch the bank has not confirmed yet): the customer pays none of it themselves.
    The account is in full: the PDF masks it."""

    amount: Decimal
    debtor_iban: str
    invoice_numbers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StatementDocument:
    """A customer's account over a period: their subscriptions, the movements,
    and the balance (positive: they owe; negative: credit in their favour).
    `direct_debit`: the part of what they owe that will be debited, said apart from
    what they are asked to pay by transfer."""

    issue_date: date
    period: Period  # `end` exclusive
    language: Language
    currency: str
    seller: Seller
    buyer: Buyer
    opening_balance: Decimal
    entries: tuple[StatementEntry, ...]
    subscriptions: tuple[StatementSubscription, ...] = ()
    overdue_amount: Decimal = Decimal(0)  # part of the closing balance past its due date
    direct_debit: StatementDebit | None = None

    @property
    def closing_balance(self) -> Decimal:
        movement = sum((entry.debit - entry.credit for entry in self.entries), Decimal(0))
        return self.opening_balance + movement

    @property
    def amount_to_pay(self) -> Decimal:
        """What the customer is asked to pay themselves: the balance they owe, less
        what will be debited from their account."""
        debited = self.direct_debit.amount if self.direct_debit else Decimal(0)
        return max(self.closing_balance - debited, Decimal(0))


class ReminderLevel(StrEnum):
    """How firm the letter is: a friendly reminder, a second one, a formal notice."""

    FIRST = "first"
    SECOND = "second"
    FORMAL_NOTICE = "formal_notice"  # mise en demeure


@dataclass(frozen=True, slots=True)
class OverdueInvoice:
    number: str
    issue_date: date
    due_date: date
    total_gross: Decimal
    outstanding: Decimal


@dataclass(frozen=True, slots=True)
class ReminderLetter:
    """A payment reminder about one customer's overdue invoices."""

    issue_date: date
    level: ReminderLevel
    language: Language
    currency: str
    seller: Seller
    buyer: Buyer
    invoices: tuple[OverdueInvoice, ...]
    pay_by: date  # the new deadline the letter gives
    message: str = ""  # the owner's own paragraph, if any

    @property
    def total_outstanding(self) -> Decimal:
        return sum((invoice.outstanding for invoice in self.invoices), Decimal(0))
