"""Factur-X XML: an issued invoice or credit note as a Cross Industry Invoice (UN/CEFACT
D16B) at the Factur-X EN 16931 profile.

Every amount is the `InvoiceDocument`'s own, never recomputed, so the XML, the PDF and
the database agree (ARCHITECTURE.md, rule 1). Elements come in the order of the
Factur-X EN 16931 XSD; the BR-… and BT-… ids in the comments are EN 16931-1's business
rules and business terms, which `facturx_check.schematron_errors` verifies. The same
document always gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from cadence.documents import formatting
from cadence.documents.labels import owner_mention, text
from cadence.documents.model import Buyer, DocumentLine, InvoiceDocument, PostalAddress, Seller
from cadence.domain.invoicing import InvoiceKind, OperationCategory
from cadence.domain.money import price_to_show
from cadence.domain.parties import Language
from cadence.domain.periods import Period
from cadence.domain.tax import FRANCHISE_MENTION, VatCategory, VatSubtotal
from cadence.domain.wording import day

NAMESPACES = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}

# BT-24: the specification identifier Factur-X gives its EN 16931 profile.
_GUIDELINE = "urn:cen.eu:en16931:2017"

_TYPE_CODES = {InvoiceKind.INVOICE: "380", InvoiceKind.CREDIT_NOTE: "381"}  # UNTDID 1001

# BT-23, business process: the French e-invoicing reform's "cadre de facturation",
# where 1 is an ordinary invoice and B/S/M say goods, services or mixed, the
# operation category a French invoice must show (décret 2022-1299).
_BUSINESS_PROCESS = {
    OperationCategory.GOODS: "B1",
    OperationCategory.SERVICES: "S1",
    OperationCategory.MIXED: "M1",
}

_DATE_FORMAT = "102"  # UNTDID 2379: CCYYMMDD
_UNIT_ONE = "C62"  # UN/ECE Recommendation 20: "one", a unit without dimension
_SEPA_CREDIT_TRANSFER = "58"  # UNTDID 4461
_SEPA_DIRECT_DEBIT = "59"  # UNTDID 4461
_DISCOUNT = "95"  # UNTDID 5189: allowance reason "Discount"
_VAT_AT_ISSUE = "5"  # UNTDID 2475, BT-8: VAT becomes due on the invoice date (VAT on debits)
_FRANCHISE_CODE = "VATEX-FR-FRANCHISE"  # CEF VATEX list: French franchise en base

# BT-21 note subject codes (UNTDID 4451) as French Factur-X practice and the French
# CTC rules BR-FR-05/06 use them.
_GENERAL = "AAI"
_LATE_PENALTIES = "PMD"
_RECOVERY_INDEMNITY = "PMT"
_EARLY_PAYMENT = "AAB"
_TAX = "TXD"

_CENT = Decimal("0.01")

# BT-20 of a credit note; every other text is the PDF's own (`labels`), so that the
# XML says what the page prints.
_CREDIT_TERMS = {
    Language.FRENCH: (
        "Montant à déduire de la facture {number} du {date} et, pour le solde "
        "éventuel, de vos prochaines factures."
    ),
    Language.ENGLISH: (
        "Amount to be deducted from invoice {number} of {date} and, for any "
        "remainder, from your next invoices."
    ),
}


def facturx_xml(document: InvoiceDocument) -> bytes:
    """The Factur-X EN 16931 XML of `document`, as UTF-8 bytes."""
    root = etree.Element(_name("rsm:CrossIndustryInvoice"), nsmap=NAMESPACES)
    context = _add(root, "rsm:ExchangedDocumentContext")
    process = _add(context, "ram:BusinessProcessSpecifiedDocumentContextParameter")
    _add(process, "ram:ID", _BUSINESS_PROCESS[document.operation_category])
    _add(_add(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", _GUIDELINE)

    header = _add(root, "rsm:ExchangedDocument")
    _add(header, "ram:ID", document.number)
    _add(header, "ram:TypeCode", _TYPE_CODES[document.kind])
    _add_date(_add(header, "ram:IssueDateTime"), document.issue_date)
    for subject, content in _notes(document):
        note = _add(header, "ram:IncludedNote")
        _add(note, "ram:Content", content)
        _add(note, "ram:SubjectCode", subject)

    transaction = _add(root, "rsm:SupplyChainTradeTransaction")
    for line in document.lines:
        _add_line(transaction, line)
    _add_agreement(transaction, document)
    _add_delivery(transaction, document.buyer)
    _add_settlement(transaction, document)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


# -- building blocks -------------------------------------------------------------------


def _name(qualified: str) -> str:
    prefix, local = qualified.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def _add(parent: Any, qualified: str, content: str | None = None, **attributes: str) -> Any:
    element = etree.SubElement(parent, _name(qualified), attributes)
    element.text = content
    return element


def _add_date(parent: Any, value: date, data_type: str = "udt") -> None:
    _add(parent, f"{data_type}:DateTimeString", value.strftime("%Y%m%d"), format=_DATE_FORMAT)


def _add_period(parent: Any, period: Period) -> None:
    """BG-14 / BG-26: the period's last day is its end date (`Period.end` is exclusive)."""
    billed = _add(parent, "ram:BillingSpecifiedPeriod")
    _add_date(_add(billed, "ram:StartDateTime"), period.start)
    _add_date(_add(billed, "ram:EndDateTime"), period.last_day)


def _amount(value: Decimal) -> str:
    """Two decimals, as EN 16931 wants amounts (BR-DEC-*) and as rates are written
    (20.00, 5.50); never rounds silently."""
    rounded = value.quantize(_CENT)
    if rounded != value:
        raise ValueError(f"amount {value} is not rounded to the cent")
    return f"{rounded:f}"


def _quantity(value: Decimal) -> str:
    """As many decimals as the quantity has: 3, 1.5, 0.25."""
    return f"{value.normalize():f}"


# -- lines (BG-25) ---------------------------------------------------------------------


def _add_line(transaction: Any, line: DocumentLine) -> None:
    item = _add(transaction, "ram:IncludedSupplyChainTradeLineItem")
    _add(_add(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(line.position))
    _add(_add(item, "ram:SpecifiedTradeProduct"), "ram:Name", line.description)

    # BR-27: the item net price (BT-146) is never negative; a line that takes
    # something back has a negative quantity instead, which keeps
    # quantity × price (BT-129 × BT-146) the same.
    quantity, price = line.quantity, line.unit_price
    if price < 0:
        quantity, price = -quantity, -price
    agreement = _add(item, "ram:SpecifiedLineTradeAgreement")
    net_price = _add(agreement, "ram:NetPriceProductTradePrice")
    _add(net_price, "ram:ChargeAmount", f"{price_to_show(price):f}")
    delivery = _add(item, "ram:SpecifiedLineTradeDelivery")
    _add(delivery, "ram:BilledQuantity", _quantity(quantity), unitCode=_UNIT_ONE)

    settlement = _add(item, "ram:SpecifiedLineTradeSettlement")
    tax = _add(settlement, "ram:ApplicableTradeTax")
    _add(tax, "ram:TypeCode", "VAT")
    _add(tax, "ram:CategoryCode", line.vat_category.value)
    if line.vat_category is not VatCategory.NOT_SUBJECT:  # BR-O-05: no rate when out of scope
        _add(tax, "ram:RateApplicablePercent", _amount(line.vat_rate))
    if line.period is not None:
        _add_period(settlement, line.period)
    if line.discount_amount:
        # The line's discount is an invoice line allowance (BG-27), so that the line
        # net amount reads as EN 16931 defines it: BT-131 = BT-129 × BT-146 − BT-136.
        # BR-41 wants its amount, BR-42 a reason: the "Discount" code, and the
        # label printed on the PDF when there is one.
        allowance = _add(settlement, "ram:SpecifiedTradeAllowanceCharge")
        _add(_add(allowance, "ram:ChargeIndicator"), "udt:Indicator", "false")
        _add(allowance, "ram:ActualAmount", _amount(line.discount_amount))
        _add(allowance, "ram:ReasonCode", _DISCOUNT)
        if line.discount_label:
            _add(allowance, "ram:Reason", line.discount_label)
    summation = _add(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation")
    _add(summation, "ram:LineTotalAmount", _amount(line.net_amount))


# -- parties and references (BG-4, BG-7, BG-13) ----------------------------------------


def _add_address(party: Any, address: PostalAddress) -> None:
    """BG-5 / BG-8 / BG-15: CII has three street lines; any further ones join the third."""
    postal = _add(party, "ram:PostalTradeAddress")
    if address.postal_code:
        _add(postal, "ram:PostcodeCode", address.postal_code)
    street = [line for line in address.lines if line]
    for qualified, line in zip(("ram:LineOne", "ram:LineTwo"), street[:2], strict=False):
        _add(postal, qualified, line)
    if street[2:]:
        _add(postal, "ram:LineThree", ", ".join(street[2:]))
    if address.city:
        _add(postal, "ram:CityName", address.city)
    _add(postal, "ram:CountryID", address.country)


def _add_email(party: Any, email: str | None) -> None:
    """BT-34 / BT-49: the electronic address, scheme EM (e-mail) of the EAS code list."""
    if email:
        _add(_add(party, "ram:URIUniversalCommunication"), "ram:URIID", email, schemeID="EM")


def _add_siren(party: Any, siren: str | None, trade_name: str | None = None) -> None:
    """BT-30 / BT-47: the SIREN, scheme 0002 of ISO 6523; BT-28 the trading name."""
    if siren or trade_name:
        organization = _add(party, "ram:SpecifiedLegalOrganization")
        if siren:
            _add(organization, "ram:ID", siren, schemeID="0002")
        if trade_name:
            _add(organization, "ram:TradingBusinessName", trade_name)


def _legal_information(seller: Seller, language: Language) -> str:
    """BT-33: legal form, share capital and registry, mandatory on French invoices."""
    parts = []
    if seller.legal_form and seller.share_capital is not None:
        # A French company's share capital is in euros, whatever the invoice's currency.
        capital = formatting.amount(seller.share_capital, "EUR", language)
        parts.append(text(language, "share_capital", form=seller.legal_form, amount=capital))
    elif seller.legal_form:
        parts.append(seller.legal_form)
    if seller.registration:
        parts.append(" ".join(filter(None, (seller.registration, seller.siren))))
    return " – ".join(parts)


def _add_seller(
    agreement: Any, seller: Seller, language: Language, *, vat_identifiers: bool
) -> None:
    party = _add(agreement, "ram:SellerTradeParty")
    if seller.siret:
        _add(party, "ram:GlobalID", seller.siret, schemeID="0009")  # BT-29, ISO 6523: SIRET
    _add(party, "ram:Name", seller.legal_name)
    legal_information = _legal_information(seller, language)
    if legal_information:
        _add(party, "ram:Description", legal_information)
    _add_siren(party, seller.siren, seller.trade_name)
    if seller.phone or seller.email:
        contact = _add(party, "ram:DefinedTradeContact")  # BG-6
        if seller.phone:
            _add(
                _add(contact, "ram:TelephoneUniversalCommunication"),
                "ram:CompleteNumber",
                seller.phone,
            )
        if seller.email:
            _add(_add(contact, "ram:EmailURIUniversalCommunication"), "ram:URIID", seller.email)
    _add_address(party, seller.address)
    _add_email(party, seller.email)
    if not vat_identifiers:
        return
    if seller.vat_number:
        _add(
            _add(party, "ram:SpecifiedTaxRegistration"), "ram:ID", seller.vat_number, schemeID="VA"
        )
    elif seller.vat_franchise and seller.siren:
        # A seller under the franchise en base has no VAT number, yet BR-E-02 wants
        # BT-31 or BT-32 on an invoice with exempt lines: BT-32, the seller's tax
        # registration, is then the SIREN, by which the French tax office knows it.
        _add(_add(party, "ram:SpecifiedTaxRegistration"), "ram:ID", seller.siren, schemeID="FC")


def _add_buyer(agreement: Any, buyer: Buyer, *, vat_identifiers: bool) -> None:
    party = _add(agreement, "ram:BuyerTradeParty")
    _add(party, "ram:Name", buyer.name)
    _add_siren(party, buyer.siren)
    _add_address(party, buyer.address)
    _add_email(party, buyer.email)
    if vat_identifiers and buyer.vat_number:
        _add(_add(party, "ram:SpecifiedTaxRegistration"), "ram:ID", buyer.vat_number, schemeID="VA")


def _add_agreement(transaction: Any, document: InvoiceDocument) -> None:
    agreement = _add(transaction, "ram:ApplicableHeaderTradeAgreement")
    # BR-O-02: a document with lines outside the scope of VAT (late fees) names no
    # VAT identifier, the seller's or the buyer's.
    in_scope = all(line.vat_category is not VatCategory.NOT_SUBJECT for line in document.lines)
    _add_seller(agreement, document.seller, document.language, vat_identifiers=in_scope)
    _add_buyer(agreement, document.buyer, vat_identifiers=in_scope)
    if document.customer_reference:  # BT-13, the buyer's order reference
        order = _add(agreement, "ram:BuyerOrderReferencedDocument")
        _add(order, "ram:IssuerAssignedID", document.customer_reference)


def _add_delivery(transaction: Any, buyer: Buyer) -> None:
    """BG-13: the services are delivered to the buyer, at the delivery address if it
    differs. Always given, because an empty delivery element breaks
    PEPPOL-EN16931-R008 (no empty elements)."""
    delivery = _add(transaction, "ram:ApplicableHeaderTradeDelivery")
    ship_to = _add(delivery, "ram:ShipToTradeParty")
    _add(ship_to, "ram:Name", buyer.name)
    address = buyer.address
    if buyer.delivery_address:
        # The model keeps a delivery address as printed lines only; BR-57 requires
        # a country: it is taken to be the buyer's.
        address = PostalAddress(buyer.delivery_address, "", "", buyer.address.country)
    _add_address(ship_to, address)


# -- settlement (BG-16, BG-22, BG-23) --------------------------------------------------


def _exemption(document: InvoiceDocument, subtotal: VatSubtotal) -> tuple[str | None, str | None]:
    """BT-120 and BT-121 of a VAT breakdown: the reason its lines are not taxed.

    Standard and zero-rated breakdowns take none (BR-S-10, BR-Z-10); every other
    category needs one (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10): the lines'
    own legal reference, and under the franchise its VATEX code.
    """
    if subtotal.category in (VatCategory.STANDARD, VatCategory.ZERO_RATED):
        return None, None
    franchise = document.seller.vat_franchise and subtotal.category is VatCategory.EXEMPT
    reasons = (
        line.vat_exemption_reason
        for line in document.lines
        if line.vat_category is subtotal.category
        and line.vat_rate == subtotal.rate
        and line.vat_exemption_reason
    )
    reason = next(reasons, FRANCHISE_MENTION if franchise else None)
    return reason, _FRANCHISE_CODE if franchise else None


def _add_tax(settlement: Any, document: InvoiceDocument, subtotal: VatSubtotal) -> None:
    tax = _add(settlement, "ram:ApplicableTradeTax")
    _add(tax, "ram:CalculatedAmount", _amount(subtotal.tax))
    _add(tax, "ram:TypeCode", "VAT")
    reason, code = _exemption(document, subtotal)
    if reason:
        _add(tax, "ram:ExemptionReason", reason)
    _add(tax, "ram:BasisAmount", _amount(subtotal.taxable))
    _add(tax, "ram:CategoryCode", subtotal.category.value)
    if code:
        _add(tax, "ram:ExemptionReasonCode", code)
    if document.seller.vat_on_debits:
        _add(tax, "ram:DueDateTypeCode", _VAT_AT_ISSUE)
    if subtotal.category is not VatCategory.NOT_SUBJECT:  # BR-O-06 and alike: no rate
        _add(tax, "ram:RateApplicablePercent", _amount(subtotal.rate))


def _payment_terms(document: InvoiceDocument) -> str:
    """BT-20. A credit note has no due date, yet BR-CO-25 wants terms when BT-115 is
    positive: they say how the credited amount is settled."""
    language = document.language
    if document.corrects is not None:
        return _CREDIT_TERMS[language].format(
            number=document.corrects.number, date=day(document.corrects.issue_date, language)
        )
    assert document.due_date is not None
    if document.direct_debit is not None and document.amount_due > 0:
        # As the PDF announces it: the amount and the day it is debited from.
        return text(
            language,
            "debit_on",
            amount=formatting.amount(document.amount_due, document.currency, language),
            date=day(document.due_date, language),
        )
    return text(language, "pay_by", date=day(document.due_date, language))


def _add_settlement(transaction: Any, document: InvoiceDocument) -> None:
    settlement = _add(transaction, "ram:ApplicableHeaderTradeSettlement")
    is_invoice = document.kind is InvoiceKind.INVOICE
    debit = document.direct_debit if is_invoice else None
    if debit is not None and debit.creditor_id:
        _add(settlement, "ram:CreditorReferenceID", debit.creditor_id)  # BT-90, the ICS
    if is_invoice:
        _add(settlement, "ram:PaymentReference", document.payment_reference)  # BT-83
    _add(settlement, "ram:InvoiceCurrencyCode", document.currency)
    seller = document.seller
    if debit is not None:
        # BG-16/BG-19: collected by SEPA direct debit from the buyer's account (BT-91);
        # no seller's account to pay to (BG-17), the customer pays nothing.
        means = _add(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        _add(means, "ram:TypeCode", _SEPA_DIRECT_DEBIT)
        _add(_add(means, "ram:PayerPartyDebtorFinancialAccount"), "ram:IBANID", debit.debtor_iban)
    elif is_invoice and seller.iban:
        # BG-16/BG-17: a SEPA credit transfer to the seller's account (BR-61: IBAN
        # required); a credit note asks for no payment.
        means = _add(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        _add(means, "ram:TypeCode", _SEPA_CREDIT_TRANSFER)
        _add(_add(means, "ram:PayeePartyCreditorFinancialAccount"), "ram:IBANID", seller.iban)
        if seller.bic:
            institution = _add(means, "ram:PayeeSpecifiedCreditorFinancialInstitution")
            _add(institution, "ram:BICID", seller.bic)
    for subtotal in document.vat_breakdown:
        _add_tax(settlement, document, subtotal)
    if document.service_period is not None:
        _add_period(settlement, document.service_period)
    if document.due_date is not None or document.corrects is not None:
        terms = _add(settlement, "ram:SpecifiedTradePaymentTerms")
        _add(terms, "ram:Description", _payment_terms(document))
        if document.due_date is not None:
            _add_date(_add(terms, "ram:DueDateDateTime"), document.due_date)
        if debit is not None:
            _add(terms, "ram:DirectDebitMandateID", debit.mandate_reference)  # BT-89

    summation = _add(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _add(summation, "ram:LineTotalAmount", _amount(document.total_net))  # BT-106
    _add(summation, "ram:TaxBasisTotalAmount", _amount(document.total_net))  # BT-109
    _add(summation, "ram:TaxTotalAmount", _amount(document.total_vat), currencyID=document.currency)
    _add(summation, "ram:GrandTotalAmount", _amount(document.total_gross))  # BT-112
    _add(summation, "ram:TotalPrepaidAmount", _amount(document.paid_amount))  # BT-113
    _add(summation, "ram:DuePayableAmount", _amount(document.amount_due))  # BT-115

    if document.corrects is not None:  # BG-3, BT-25 and BT-26: the invoice corrected
        corrected = _add(settlement, "ram:InvoiceReferencedDocument")
        _add(corrected, "ram:IssuerAssignedID", document.corrects.number)
        issued = _add(corrected, "ram:FormattedIssueDateTime")
        _add_date(issued, document.corrects.issue_date, data_type="qdt")


# -- notes (BG-1) ----------------------------------------------------------------------


def _notes(document: InvoiceDocument) -> Iterator[tuple[str, str]]:
    """The document's own note, then the mentions French law requires, worded as the
    PDF prints them, each under the subject code French practice gives it."""
    seller, language = document.seller, document.language
    if document.notes:
        yield _GENERAL, document.notes
    if seller.late_penalty_text:  # Code de commerce L441-10
        yield _LATE_PENALTIES, owner_mention(seller.late_penalty_text, language)
    if document.buyer.is_business:  # the €40 indemnity is owed by businesses only (D441-5)
        yield _RECOVERY_INDEMNITY, text(language, "recovery_indemnity")
    if seller.early_payment_text:  # L441-9: early payment terms, or that there are none
        yield _EARLY_PAYMENT, owner_mention(seller.early_payment_text, language)
    tax_mentions = []
    if seller.vat_franchise:  # CGI art. 293 B
        tax_mentions.append(text(language, "franchise"))
    if seller.vat_on_debits:  # CGI annexe II art. 242 nonies A
        tax_mentions.append(text(language, "vat_on_debits"))
    if tax_mentions:  # BR-FR-06: one tax note at most
        yield _TAX, ". ".join(tax_mentions)
