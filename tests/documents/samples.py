"""Sample documents for the builders' tests, worked out by hand.

Every sample is a valid issued document: line nets are quantity × unit price −
discount, VAT is per rate on the sum of that rate's lines (rule 1), totals are
sums of rounded parts. `invoice()` is the standard case; the others change one
thing each, as the issue on documents lists them.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from cadence.documents.model import (
    Buyer,
    CorrectedInvoice,
    DirectDebitTerms,
    DocumentLine,
    InvoiceDocument,
    OverdueInvoice,
    PostalAddress,
    ReminderLetter,
    ReminderLevel,
    Seller,
    StatementDocument,
    StatementEntry,
    StatementEntryKind,
    StatementSubscription,
)
from cadence.domain.invoicing import InvoiceKind, OperationCategory
from cadence.domain.parties import CustomerKind, Language
from cadence.domain.periods import Period
from cadence.domain.tax import FRANCHISE_MENTION, VatCategory, compute_totals
from cadence.domain.tax import TaxableAmount as Taxable

D = Decimal
ISSUED = date(2026, 11, 25)
NOVEMBER = Period(date(2026, 11, 5), date(2026, 12, 5))

SELLER = Seller(
    legal_name="Atelier Nuage SAS",
    address=PostalAddress(("12 rue de la Charité",), "69002", "Lyon", "FR"),
    legal_form="SAS",
    share_capital=D("10000.00"),
    siren="732829320",
    siret="73282932000074",
    registration="RCS Lyon",
    vat_number="FR44732829320",
    email="facturation@atelier-nuage.fr",
    phone="04 78 00 00 00",
    website="https://atelier-nuage.fr",
    iban="FR7630006000011234567890189",
    bic="AGRIFRPP",
    late_penalty_text=(
        "En cas de retard de paiement, pénalités au taux directeur de la BCE majoré de "
        "10 points, exigibles sans rappel (art. L441-10 du Code de commerce)."
    ),
    early_payment_text="Pas d'escompte pour paiement anticipé.",
)

BUSINESS = Buyer(
    kind=CustomerKind.COMPANY,
    name="O'Brien & <Fils> SARL",
    address=PostalAddress(("4 rue d'Alsace", "Bâtiment B"), "67000", "Strasbourg", "FR"),
    siren="552100554",
    vat_number="FR03552100554",
    email="compta@obrien.fr",
)

PERSON = Buyer(
    kind=CustomerKind.INDIVIDUAL,
    name="Élodie Lefèvre",
    address=PostalAddress(("3 place Bellecour",), "69002", "Lyon", "FR"),
    email="elodie.lefevre@exemple.fr",
)


def line(
    position: int,
    description: str,
    quantity: str,
    unit_price: str,
    rate: str = "20.00",
    *,
    discount: str = "0.00",
    discount_label: str | None = None,
    period: Period | None = NOVEMBER,
    category: VatCategory = VatCategory.STANDARD,
    exemption: str | None = None,
) -> DocumentLine:
    gross_line = (D(quantity) * D(unit_price)).quantize(D("0.01"))
    return DocumentLine(
        position=position,
        description=description,
        quantity=D(quantity),
        unit_price=D(unit_price),
        net_amount=gross_line - D(discount),
        vat_rate=D(rate),
        vat_category=category,
        period=period,
        discount_amount=D(discount),
        discount_label=discount_label,
        vat_exemption_reason=exemption,
    )


def _document(
    lines: tuple[DocumentLine, ...],
    *,
    buyer: Buyer = BUSINESS,
    seller: Seller = SELLER,
    **changes: object,
) -> InvoiceDocument:
    totals = compute_totals(
        (Taxable(item.net_amount, item.vat_rate, item.vat_category) for item in lines), "EUR"
    )
    document = InvoiceDocument(
        kind=InvoiceKind.INVOICE,
        number="FA2026-00042",
        issue_date=ISSUED,
        language=Language.FRENCH,
        currency="EUR",
        seller=seller,
        buyer=buyer,
        lines=lines,
        vat_breakdown=totals.subtotals,
        total_net=totals.net,
        total_vat=totals.vat,
        total_gross=totals.gross,
        operation_category=OperationCategory.SERVICES,
        due_date=ISSUED + timedelta(days=30),
        service_period=NOVEMBER,
        customer_reference="BC-2026-117",
    )
    return dataclasses.replace(document, **changes)  # type: ignore[arg-type]


def invoice() -> InvoiceDocument:
    """One licence line: 3 × 49.90 = 149.70 excl. VAT, VAT 20 % 29.94, 179.64 incl. VAT."""
    return _document((line(1, "Logiciel de caisse — licence mensuelle", "3", "49.90"),))


def several_rates() -> InvoiceDocument:
    """20 %, 5.5 % and 10 %: VAT 10.00 + 1.37 + 1.25 on 50.00 + 24.90 + 12.50."""
    return _document(
        (
            line(1, "Maintenance", "1", "50.00"),
            line(2, "Box de thés", "1", "24.90", "5.50"),
            line(3, "Formation sur site", "1", "12.50", "10.00"),
        ),
        operation_category=OperationCategory.MIXED,
    )


def with_discount() -> InvoiceDocument:
    """2 × 100.00 with a 10 % discount: net 180.00, VAT 36.00, 216.00."""
    return _document(
        (
            line(
                1,
                "Hébergement",
                "2",
                "100.00",
                discount="20.00",
                discount_label="Remise de 10 %",
            ),
        )
    )


def credit_note() -> InvoiceDocument:
    """A full credit note on FA2026-00041 (one licence, 49.90 + 9.98)."""
    return _document(
        (line(1, "Logiciel de caisse — licence mensuelle", "1", "49.90"),),
        kind=InvoiceKind.CREDIT_NOTE,
        number="AV2026-00003",
        due_date=None,
        corrects=CorrectedInvoice("FA2026-00041", date(2026, 10, 25)),
        notes="Erreur de quantité",
    )


def franchise() -> InvoiceDocument:
    """A seller under the VAT franchise: no VAT, the art. 293 B mention."""
    seller = dataclasses.replace(SELLER, vat_franchise=True, vat_number=None)
    return _document(
        (
            line(
                1,
                "Cours de yoga — abonnement mensuel",
                "1",
                "60.00",
                "0.00",
                category=VatCategory.EXEMPT,
                exemption=FRANCHISE_MENTION,
            ),
        ),
        seller=seller,
        buyer=PERSON,
    )


def english() -> InvoiceDocument:
    """An English-speaking business customer in Ireland, 1,234.50 excl. VAT."""
    buyer = Buyer(
        kind=CustomerKind.COMPANY,
        name="Murphy Analytics Ltd",
        address=PostalAddress(("7 Harcourt Street",), "D02 XY45", "Dublin", "IE"),
        vat_number="IE6388047V",
        email="accounts@murphy.ie",
    )
    return _document(
        (line(1, "Cash register software — yearly licence", "1", "1234.50"),),
        buyer=buyer,
        language=Language.ENGLISH,
    )


def sixty_lines() -> InvoiceDocument:
    """Sixty lines (licences for sixty shops): the table runs over several pages."""
    return _document(
        tuple(
            line(
                position,
                f"Licence boutique n° {position} — Łódź, İzmir, Hà Nội, Αθήνα",
                "1",
                "19.90",
            )
            for position in range(1, 61)
        )
    )


def paid_by_credit() -> InvoiceDocument:
    """An invoice of 179.64 of which 50.00 was paid at issue from the customer's credit."""
    return dataclasses.replace(invoice(), paid_amount=D("50.00"))


# The customer's mandate and account, and the seller's creditor identifier (ICS).
DEBIT = DirectDebitTerms(
    mandate_reference="ATELIERNUAGE-000042-01",
    debtor_iban="FR1420041010050500013M02606",
    creditor_id="FR72ZZZ123456",
)


def direct_debit() -> InvoiceDocument:
    """The standard invoice, collected by SEPA direct debit under the customer's mandate."""
    return dataclasses.replace(invoice(), direct_debit=DEBIT)


def statement() -> StatementDocument:
    return StatementDocument(
        issue_date=ISSUED,
        period=Period(date(2026, 9, 1), date(2026, 12, 1)),
        language=Language.FRENCH,
        currency="EUR",
        seller=SELLER,
        buyer=BUSINESS,
        opening_balance=D("179.64"),
        entries=(
            StatementEntry(
                date(2026, 9, 12),
                StatementEntryKind.PAYMENT,
                "VIR 0912",
                "Virement reçu",
                credit=D("179.64"),
            ),
            StatementEntry(
                date(2026, 9, 25),
                StatementEntryKind.INVOICE,
                "FA2026-00031",
                "Logiciel de caisse — licence mensuelle",
                debit=D("179.64"),
                due_date=date(2026, 10, 25),
            ),
            StatementEntry(
                date(2026, 10, 25),
                StatementEntryKind.INVOICE,
                "FA2026-00041",
                "Logiciel de caisse — licence mensuelle",
                debit=D("179.64"),
                due_date=date(2026, 11, 24),
            ),
            StatementEntry(
                date(2026, 11, 2),
                StatementEntryKind.CREDIT_NOTE,
                "AV2026-00003",
                "Avoir sur la facture FA2026-00041",
                credit=D("59.88"),
            ),
        ),
        subscriptions=(
            StatementSubscription(
                plan_name="Caisse mensuelle",
                status="active",
                quantity=3,
                started_on=date(2025, 4, 25),
                next_billing_date=date(2026, 12, 25),
                recurring_amount=D("149.70"),
                cycle="1 mois",
            ),
        ),
        overdue_amount=D("299.40"),  # FA2026-00031 and what is left of FA2026-00041
    )


def reminder() -> ReminderLetter:
    return ReminderLetter(
        issue_date=ISSUED,
        level=ReminderLevel.SECOND,
        language=Language.FRENCH,
        currency="EUR",
        seller=SELLER,
        buyer=BUSINESS,
        invoices=(
            OverdueInvoice(
                "FA2026-00031", date(2026, 9, 25), date(2026, 10, 25), D("179.64"), D("179.64")
            ),
            OverdueInvoice(
                "FA2026-00041", date(2026, 10, 25), date(2026, 11, 24), D("179.64"), D("119.76")
            ),
        ),
        pay_by=date(2026, 12, 10),
    )


ALL_INVOICES = {
    "standard": invoice,
    "several_rates": several_rates,
    "discount": with_discount,
    "credit_note": credit_note,
    "franchise": franchise,
    "english": english,
    "sixty_lines": sixty_lines,
    "paid_by_credit": paid_by_credit,
    "direct_debit": direct_debit,
}
