"""The Factur-X XML: valid against the official XSD and the EN 16931 schematron, and
saying exactly what the document says."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from decimal import Decimal

import pytest
from lxml import etree

from cadence.documents import facturx_check
from cadence.documents.facturx_check import SchematronUnavailable, schematron_errors, xsd_errors
from cadence.documents.facturx_xml import NAMESPACES, facturx_xml
from cadence.documents.labels import text
from cadence.documents.model import DocumentLine, InvoiceDocument
from cadence.domain.invoicing import InvoiceKind
from cadence.domain.parties import Language
from cadence.domain.tax import FRANCHISE_MENTION, TaxableAmount, VatCategory, compute_totals

from .samples import (  # type: ignore[import-not-found]
    ALL_INVOICES,
    DEBIT,
    credit_note,
    direct_debit,
    english,
    franchise,
    invoice,
    line,
    paid_by_credit,
    several_rates,
    with_discount,
)

D = Decimal
SAMPLES = pytest.mark.parametrize("make", ALL_INVOICES.values(), ids=ALL_INVOICES.keys())
HEADER = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction"
SETTLEMENT = f"{HEADER}/ram:ApplicableHeaderTradeSettlement"
TOTALS = f"{SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
SELLER = f"{HEADER}/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty"
BUYER = f"{HEADER}/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty"


def tree_of(document: InvoiceDocument) -> etree._Element:
    return etree.fromstring(facturx_xml(document))


def values(node: etree._Element, path: str) -> list[str]:
    """The text of every element (or the value of every attribute) `path` selects."""
    found = node.xpath(path, namespaces=NAMESPACES)
    return [item if isinstance(item, str) else item.text for item in found]


def value(node: etree._Element, path: str) -> str:
    (only,) = values(node, path)
    return only


def notes(tree: etree._Element) -> dict[str, str]:
    return {
        value(note, "ram:SubjectCode"): value(note, "ram:Content")
        for note in tree.xpath("//rsm:ExchangedDocument/ram:IncludedNote", namespaces=NAMESPACES)
    }


def with_lines(document: InvoiceDocument, lines: tuple[DocumentLine, ...]) -> InvoiceDocument:
    """`document` with other lines, and the totals they make (rule 1)."""
    totals = compute_totals(
        (TaxableAmount(item.net_amount, item.vat_rate, item.vat_category) for item in lines), "EUR"
    )
    return dataclasses.replace(
        document,
        lines=lines,
        vat_breakdown=totals.subtotals,
        total_net=totals.net,
        total_vat=totals.vat,
        total_gross=totals.gross,
    )


def valid(document: InvoiceDocument) -> bytes:
    xml = facturx_xml(document)
    assert xsd_errors(xml) == []
    assert schematron_errors(xml) == []
    return xml


# -- every sample is a valid EN 16931 invoice ------------------------------------------


@SAMPLES
def test_each_sample_is_valid_against_the_factur_x_xsd(
    make: Callable[[], InvoiceDocument],
) -> None:
    assert xsd_errors(facturx_xml(make())) == []


@SAMPLES
def test_each_sample_passes_every_en16931_business_rule(
    make: Callable[[], InvoiceDocument],
) -> None:
    assert schematron_errors(facturx_xml(make())) == []


@SAMPLES
def test_the_header_names_the_profile_kind_number_and_date(
    make: Callable[[], InvoiceDocument],
) -> None:
    document = make()
    tree = tree_of(document)
    context = "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext"
    guideline = f"{context}/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"
    assert value(tree, guideline) == "urn:cen.eu:en16931:2017"
    header = "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument"
    assert value(tree, f"{header}/ram:ID") == document.number
    expected_type = "381" if document.kind is InvoiceKind.CREDIT_NOTE else "380"
    assert value(tree, f"{header}/ram:TypeCode") == expected_type
    assert value(tree, f"{header}/ram:IssueDateTime/udt:DateTimeString") == "20261125"
    assert value(tree, f"{header}/ram:IssueDateTime/udt:DateTimeString/@format") == "102"


@SAMPLES
def test_the_totals_are_the_documents_own(make: Callable[[], InvoiceDocument]) -> None:
    document = make()
    tree = tree_of(document)
    assert value(tree, f"{SETTLEMENT}/ram:InvoiceCurrencyCode") == "EUR"
    assert value(tree, f"{TOTALS}/ram:LineTotalAmount") == f"{document.total_net}"
    assert value(tree, f"{TOTALS}/ram:TaxBasisTotalAmount") == f"{document.total_net}"
    assert value(tree, f"{TOTALS}/ram:TaxTotalAmount") == f"{document.total_vat}"
    assert value(tree, f"{TOTALS}/ram:TaxTotalAmount/@currencyID") == "EUR"
    assert value(tree, f"{TOTALS}/ram:GrandTotalAmount") == f"{document.total_gross}"
    assert D(value(tree, f"{TOTALS}/ram:TotalPrepaidAmount")) == document.paid_amount
    assert D(value(tree, f"{TOTALS}/ram:DuePayableAmount")) == document.amount_due


@SAMPLES
def test_the_vat_breakdown_is_the_documents_own(make: Callable[[], InvoiceDocument]) -> None:
    document = make()
    breakdown = [
        (
            value(tax, "ram:CategoryCode"),
            value(tax, "ram:RateApplicablePercent"),
            value(tax, "ram:BasisAmount"),
            value(tax, "ram:CalculatedAmount"),
        )
        for tax in tree_of(document).xpath(
            f"{SETTLEMENT}/ram:ApplicableTradeTax", namespaces=NAMESPACES
        )
    ]
    assert breakdown == [
        (row.category.value, f"{row.rate}", f"{row.taxable}", f"{row.tax}")
        for row in document.vat_breakdown
    ]


@SAMPLES
def test_each_line_is_the_documents_own(make: Callable[[], InvoiceDocument]) -> None:
    document = make()
    items = tree_of(document).xpath(
        f"{HEADER}/ram:IncludedSupplyChainTradeLineItem", namespaces=NAMESPACES
    )
    assert len(items) == len(document.lines)
    for item, line_ in zip(items, document.lines, strict=True):
        settlement = "ram:SpecifiedLineTradeSettlement"
        assert value(item, "ram:AssociatedDocumentLineDocument/ram:LineID") == str(line_.position)
        assert value(item, "ram:SpecifiedTradeProduct/ram:Name") == line_.description
        price = "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount"
        assert D(value(item, price)) == line_.unit_price
        quantity = "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"
        assert D(value(item, quantity)) == line_.quantity
        assert value(item, f"{quantity}/@unitCode") == "C62"
        tax = f"{settlement}/ram:ApplicableTradeTax"
        assert value(item, f"{tax}/ram:CategoryCode") == line_.vat_category.value
        assert value(item, f"{tax}/ram:RateApplicablePercent") == f"{line_.vat_rate}"
        total = (
            f"{settlement}/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
        )
        assert value(item, total) == f"{line_.net_amount}"
        assert line_.period is not None
        period = f"{settlement}/ram:BillingSpecifiedPeriod"
        assert value(item, f"{period}/ram:StartDateTime/udt:DateTimeString") == "20261105"
        assert value(item, f"{period}/ram:EndDateTime/udt:DateTimeString") == "20261204"


@SAMPLES
def test_the_seller_is_identified_by_siren_siret_and_vat_number(
    make: Callable[[], InvoiceDocument],
) -> None:
    document = make()
    tree = tree_of(document)
    assert value(tree, f"{SELLER}/ram:Name") == "Atelier Nuage SAS"
    assert value(tree, f"{SELLER}/ram:SpecifiedLegalOrganization/ram:ID") == "732829320"
    assert value(tree, f"{SELLER}/ram:SpecifiedLegalOrganization/ram:ID/@schemeID") == "0002"
    assert value(tree, f"{SELLER}/ram:GlobalID[@schemeID='0009']") == "73282932000074"
    assert value(tree, f"{SELLER}/ram:PostalTradeAddress/ram:PostcodeCode") == "69002"
    assert value(tree, f"{SELLER}/ram:PostalTradeAddress/ram:LineOne") == "12 rue de la Charité"
    assert value(tree, f"{SELLER}/ram:PostalTradeAddress/ram:CityName") == "Lyon"
    assert value(tree, f"{SELLER}/ram:PostalTradeAddress/ram:CountryID") == "FR"
    email = f"{SELLER}/ram:URIUniversalCommunication/ram:URIID"
    assert value(tree, email) == "facturation@atelier-nuage.fr"
    assert value(tree, f"{email}/@schemeID") == "EM"
    registration = f"{SELLER}/ram:SpecifiedTaxRegistration/ram:ID"
    registrations = dict(
        zip(values(tree, f"{registration}/@schemeID"), values(tree, registration), strict=True)
    )
    if document.seller.vat_number:
        assert registrations == {"VA": "FR44732829320"}
    else:  # the franchise: BR-E-02 is met with the SIREN as tax registration
        assert registrations == {"FC": "732829320"}


def test_the_sellers_legal_form_capital_and_registry_are_its_legal_information() -> None:
    legal = f"{SELLER}/ram:Description"
    capital = "10\u202f000,00\u00a0€"  # as the PDF writes amounts (CLDR)
    assert value(tree_of(invoice()), legal) == f"SAS au capital de {capital} – RCS Lyon 732829320"
    assert value(tree_of(english()), legal) == (
        "SAS with a share capital of €10,000.00 – RCS Lyon 732829320"
    )


def test_a_business_buyer_has_its_siren_vat_number_and_address() -> None:
    tree = tree_of(invoice())
    assert value(tree, f"{BUYER}/ram:Name") == "O'Brien & <Fils> SARL"
    assert value(tree, f"{BUYER}/ram:SpecifiedLegalOrganization/ram:ID") == "552100554"
    assert value(tree, f"{BUYER}/ram:SpecifiedLegalOrganization/ram:ID/@schemeID") == "0002"
    assert value(tree, f"{BUYER}/ram:SpecifiedTaxRegistration/ram:ID") == "FR03552100554"
    assert value(tree, f"{BUYER}/ram:SpecifiedTaxRegistration/ram:ID/@schemeID") == "VA"
    address = f"{BUYER}/ram:PostalTradeAddress"
    assert values(tree, f"{address}/ram:LineOne | {address}/ram:LineTwo") == [
        "4 rue d'Alsace",
        "Bâtiment B",
    ]
    assert value(tree, f"{BUYER}/ram:URIUniversalCommunication/ram:URIID") == "compta@obrien.fr"
    order = f"{HEADER}/ram:ApplicableHeaderTradeAgreement/ram:BuyerOrderReferencedDocument"
    assert value(tree, f"{order}/ram:IssuerAssignedID") == "BC-2026-117"


def test_address_lines_beyond_the_third_join_it() -> None:
    base = invoice()
    address = dataclasses.replace(
        base.buyer.address, lines=("Tour A", "Étage 4", "Porte 2", "BP 7")
    )
    buyer = dataclasses.replace(base.buyer, address=address)
    tree = etree.fromstring(valid(dataclasses.replace(base, buyer=buyer)))
    lines = "*[self::ram:LineOne or self::ram:LineTwo or self::ram:LineThree]"
    assert values(tree, f"{BUYER}/ram:PostalTradeAddress/{lines}") == [
        "Tour A",
        "Étage 4",
        "Porte 2, BP 7",
    ]


def test_a_foreign_buyer_without_siren_has_its_vat_number_only() -> None:
    tree = tree_of(english())
    assert values(tree, f"{BUYER}/ram:SpecifiedLegalOrganization") == []
    assert value(tree, f"{BUYER}/ram:SpecifiedTaxRegistration/ram:ID") == "IE6388047V"
    assert value(tree, f"{BUYER}/ram:PostalTradeAddress/ram:CountryID") == "IE"
    assert value(tree, f"{BUYER}/ram:PostalTradeAddress/ram:PostcodeCode") == "D02 XY45"


def test_an_invoice_is_paid_by_sepa_transfer_by_its_due_date() -> None:
    tree = tree_of(invoice())
    means = f"{SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans"
    assert value(tree, f"{means}/ram:TypeCode") == "58"
    iban = f"{means}/ram:PayeePartyCreditorFinancialAccount/ram:IBANID"
    assert value(tree, iban) == "FR7630006000011234567890189"
    bic = f"{means}/ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID"
    assert value(tree, bic) == "AGRIFRPP"
    assert value(tree, f"{SETTLEMENT}/ram:PaymentReference") == "FA2026-00042"
    terms = f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms"
    assert value(tree, f"{terms}/ram:DueDateDateTime/udt:DateTimeString") == "20261225"
    assert value(tree, f"{terms}/ram:Description") == "À régler au plus tard le 25/12/2026"


def test_an_invoice_collected_by_direct_debit_names_mandate_creditor_and_account() -> None:
    xml = facturx_xml(direct_debit())
    tree = etree.fromstring(xml)
    means = f"{SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans"
    assert value(tree, f"{means}/ram:TypeCode") == "59"  # BT-81: SEPA direct debit
    # BT-91, the account debited; no seller's account to pay to (BG-17).
    assert value(tree, f"{means}/ram:PayerPartyDebtorFinancialAccount/ram:IBANID") == (
        "FR1420041010050500013M02606"
    )
    assert values(tree, f"{means}/ram:PayeePartyCreditorFinancialAccount") == []
    assert values(tree, f"{means}/ram:PayeeSpecifiedCreditorFinancialInstitution") == []
    assert value(tree, f"{SETTLEMENT}/ram:CreditorReferenceID") == "FR72ZZZ123456"  # BT-90
    terms = f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms"
    assert value(tree, f"{terms}/ram:DirectDebitMandateID") == "ATELIERNUAGE-000042-01"  # BT-89
    assert value(tree, f"{terms}/ram:DueDateDateTime/udt:DateTimeString") == "20261225"
    assert value(tree, f"{terms}/ram:Description") == (
        "Prélèvement SEPA de 179,64\u00a0€ à partir du 25/12/2026"
    )
    assert value(tree, f"{SETTLEMENT}/ram:PaymentReference") == "FA2026-00042"
    # The XSD's order: the creditor identifier first in the settlement.
    (settlement,) = tree.xpath(SETTLEMENT, namespaces=NAMESPACES)
    assert etree.QName(settlement[0]).localname == "CreditorReferenceID"
    assert xsd_errors(xml) == []
    assert schematron_errors(xml) == []


def test_without_a_creditor_identifier_the_direct_debit_still_passes_every_rule() -> None:
    document = dataclasses.replace(
        invoice(), direct_debit=dataclasses.replace(DEBIT, creditor_id=None)
    )
    xml = facturx_xml(document)
    tree = etree.fromstring(xml)
    assert values(tree, f"{SETTLEMENT}/ram:CreditorReferenceID") == []
    means = f"{SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans"
    assert value(tree, f"{means}/ram:TypeCode") == "59"
    assert (xsd_errors(xml), schematron_errors(xml)) == ([], [])


def test_a_credit_note_never_carries_a_direct_debit() -> None:
    tree = tree_of(dataclasses.replace(credit_note(), direct_debit=DEBIT))
    assert values(tree, f"{SETTLEMENT}/ram:CreditorReferenceID") == []
    assert values(tree, f"{SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans") == []
    assert values(tree, f"{SETTLEMENT}//ram:DirectDebitMandateID") == []


def test_the_service_period_ends_on_its_last_day() -> None:
    tree = tree_of(invoice())
    period = f"{SETTLEMENT}/ram:BillingSpecifiedPeriod"
    assert value(tree, f"{period}/ram:StartDateTime/udt:DateTimeString") == "20261105"
    # Period.end is 5 December, excluded: the service ends on the 4th.
    assert value(tree, f"{period}/ram:EndDateTime/udt:DateTimeString") == "20261204"


def test_a_credit_note_quotes_the_invoice_it_corrects_and_asks_no_payment() -> None:
    tree = tree_of(credit_note())
    corrected = f"{SETTLEMENT}/ram:InvoiceReferencedDocument"
    assert value(tree, f"{corrected}/ram:IssuerAssignedID") == "FA2026-00041"
    assert value(tree, f"{corrected}/ram:FormattedIssueDateTime/qdt:DateTimeString") == "20261025"
    assert values(tree, f"{SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans") == []
    assert values(tree, f"{SETTLEMENT}//ram:DueDateDateTime") == []
    # Amounts stay positive, as issued: the type code says they are credited.
    assert value(tree, f"{TOTALS}/ram:GrandTotalAmount") == "59.88"
    assert value(tree, f"{TOTALS}/ram:DuePayableAmount") == "59.88"
    description = value(tree, f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:Description")
    assert "FA2026-00041 du 25/10/2026" in description
    assert notes(tree)["AAI"] == "Erreur de quantité"


def test_a_line_discount_is_a_line_allowance_that_makes_the_net_amount() -> None:
    tree = tree_of(with_discount())
    (item,) = tree.xpath(f"{HEADER}/ram:IncludedSupplyChainTradeLineItem", namespaces=NAMESPACES)
    settlement = "ram:SpecifiedLineTradeSettlement"
    allowance = f"{settlement}/ram:SpecifiedTradeAllowanceCharge"
    assert value(item, f"{allowance}/ram:ChargeIndicator/udt:Indicator") == "false"
    assert value(item, f"{allowance}/ram:ActualAmount") == "20.00"
    assert value(item, f"{allowance}/ram:ReasonCode") == "95"
    assert value(item, f"{allowance}/ram:Reason") == "Remise de 10 %"
    price = D(value(item, "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/*"))
    quantity = D(value(item, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"))
    total = D(value(item, f"{settlement}//ram:LineTotalAmount"))
    # EN 16931: BT-131 = BT-129 × BT-146 − BT-136.
    assert (price, quantity, total) == (D("100.00"), D(2), D("180.00"))
    assert quantity * price - D(value(item, f"{allowance}/ram:ActualAmount")) == total


def test_several_rates_are_written_with_two_decimals() -> None:
    tree = tree_of(several_rates())
    assert values(tree, f"{SETTLEMENT}/ram:ApplicableTradeTax/ram:RateApplicablePercent") == [
        "20.00",
        "10.00",
        "5.50",
    ]
    assert values(tree, f"{SETTLEMENT}/ram:ApplicableTradeTax/ram:CalculatedAmount") == [
        "10.00",
        "1.25",
        "1.37",
    ]


def test_the_franchise_is_exempt_with_the_art_293_b_mention() -> None:
    tree = tree_of(franchise())
    tax = f"{SETTLEMENT}/ram:ApplicableTradeTax"
    assert value(tree, f"{tax}/ram:CategoryCode") == VatCategory.EXEMPT.value
    assert value(tree, f"{tax}/ram:RateApplicablePercent") == "0.00"
    assert value(tree, f"{tax}/ram:CalculatedAmount") == "0.00"
    assert value(tree, f"{tax}/ram:ExemptionReason") == FRANCHISE_MENTION
    assert value(tree, f"{tax}/ram:ExemptionReasonCode") == "VATEX-FR-FRANCHISE"
    assert notes(tree)["TXD"] == FRANCHISE_MENTION


def test_business_buyers_get_the_legal_payment_mentions() -> None:
    found = notes(tree_of(invoice()))
    assert found["PMD"] == invoice().seller.late_penalty_text
    assert found["PMT"] == text(Language.FRENCH, "recovery_indemnity")  # as the PDF prints it
    assert "40\u00a0€" in found["PMT"]
    assert found["AAB"] == "Pas d'escompte pour paiement anticipé."
    assert "TXD" not in found


def test_the_recovery_indemnity_is_for_business_buyers_only() -> None:
    assert "PMT" not in notes(tree_of(franchise()))  # sold to a private person
    assert "PMT" in notes(tree_of(english()))


def test_vat_on_debits_is_said_in_a_note_and_as_the_tax_point_code() -> None:
    document = invoice()
    document = dataclasses.replace(
        document, seller=dataclasses.replace(document.seller, vat_on_debits=True)
    )
    tree = etree.fromstring(valid(document))
    assert notes(tree)["TXD"] == "Option pour le paiement de la taxe d'après les débits"
    assert value(tree, f"{SETTLEMENT}/ram:ApplicableTradeTax/ram:DueDateTypeCode") == "5"


def test_an_invoice_paid_in_part_at_issue_says_what_remains_due() -> None:
    tree = tree_of(paid_by_credit())
    assert value(tree, f"{TOTALS}/ram:GrandTotalAmount") == "179.64"
    assert value(tree, f"{TOTALS}/ram:TotalPrepaidAmount") == "50.00"
    assert value(tree, f"{TOTALS}/ram:DuePayableAmount") == "129.64"


def test_english_documents_word_their_terms_in_english() -> None:
    tree = tree_of(english())
    terms = f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:Description"
    assert value(tree, terms) == "Please pay by 25 Dec 2026"
    found = notes(tree)
    assert found["PMT"].startswith("Fixed compensation for recovery costs")
    # Cadence's own French default mentions are translated, as on the PDF.
    assert found["AAB"] == "No discount for early payment."
    assert found["PMD"].startswith("In case of late payment, penalties")


def test_a_line_that_credits_has_a_negative_quantity_never_a_negative_price() -> None:
    base = invoice()
    document = with_lines(base, (base.lines[0], line(2, "Crédit : licence", "1", "-30.00")))
    tree = etree.fromstring(valid(document))
    (_, item) = tree.xpath(f"{HEADER}/ram:IncludedSupplyChainTradeLineItem", namespaces=NAMESPACES)
    assert value(item, "ram:SpecifiedLineTradeAgreement//ram:ChargeAmount") == "30.00"  # BR-27
    assert value(item, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity") == "-1"
    assert value(item, "ram:SpecifiedLineTradeSettlement//ram:LineTotalAmount") == "-30.00"


def test_unit_prices_keep_up_to_four_decimals_and_quantities_their_own() -> None:
    base = invoice()
    document = with_lines(
        base, (line(1, "SMS envoyés", "1000", "0.0125"), line(2, "Assistance", "2.5", "40.00"))
    )
    tree = etree.fromstring(valid(document))
    items = tree.xpath(f"{HEADER}/ram:IncludedSupplyChainTradeLineItem", namespaces=NAMESPACES)
    price = "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount"
    quantity = "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"
    total = "ram:SpecifiedLineTradeSettlement//ram:LineTotalAmount"
    assert [(value(item, price), value(item, quantity), value(item, total)) for item in items] == [
        ("0.0125", "1000", "12.50"),
        ("40.00", "2.5", "100.00"),
    ]


def test_an_exempt_line_of_a_vat_registered_seller_gives_its_own_legal_reason() -> None:
    base = invoice()
    reason = "Exonération de TVA, art. 261-4-4° du CGI"
    training = line(
        2, "Formation", "1", "100.00", "0.00", category=VatCategory.EXEMPT, exemption=reason
    )
    tree = etree.fromstring(valid(with_lines(base, (base.lines[0], training))))
    taxes = tree.xpath(f"{SETTLEMENT}/ram:ApplicableTradeTax", namespaces=NAMESPACES)
    assert [values(tax, "ram:CategoryCode | ram:ExemptionReason") for tax in taxes] == [
        ["S"],
        [reason, "E"],
    ]
    assert values(tree, f"{SETTLEMENT}//ram:ExemptionReasonCode") == []  # no VATEX code known


def test_a_different_delivery_address_is_where_the_buyer_is_delivered() -> None:
    base = invoice()
    buyer = dataclasses.replace(base.buyer, delivery_address=("Entrepôt Nord", "67100 Strasbourg"))
    tree = etree.fromstring(valid(dataclasses.replace(base, buyer=buyer)))
    ship_to = f"{HEADER}/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty"
    address = f"{ship_to}/ram:PostalTradeAddress"
    assert values(tree, f"{address}/ram:LineOne | {address}/ram:LineTwo") == [
        "Entrepôt Nord",
        "67100 Strasbourg",
    ]
    assert value(tree, f"{address}/ram:CountryID") == "FR"


def test_an_amount_not_rounded_to_the_cent_is_refused_not_rounded() -> None:
    with pytest.raises(ValueError, match="not rounded"):
        facturx_xml(dataclasses.replace(invoice(), total_vat=D("29.945")))


@SAMPLES
def test_the_same_document_gives_the_same_bytes(make: Callable[[], InvoiceDocument]) -> None:
    assert facturx_xml(make()) == facturx_xml(make())


# -- the checks find what is wrong -----------------------------------------------------


def test_the_schematron_finds_a_wrong_grand_total() -> None:
    xml = facturx_xml(invoice())
    broken = xml.replace(b"<ram:GrandTotalAmount>179.64<", b"<ram:GrandTotalAmount>179.65<")
    assert broken != xml
    errors = schematron_errors(broken)
    assert any(error.startswith("BR-CO-15 at ") for error in errors), errors
    assert xsd_errors(broken) == []  # only the business rules see it


def test_the_schematron_finds_an_exempt_line_without_seller_tax_identifier() -> None:
    document = franchise()
    document = dataclasses.replace(
        document, seller=dataclasses.replace(document.seller, siren=None)
    )
    errors = schematron_errors(facturx_xml(document))
    assert any(error.startswith("BR-E-02 ") for error in errors), errors


def test_the_xsd_finds_a_missing_element() -> None:
    tree = tree_of(invoice())
    (type_code,) = tree.xpath("//rsm:ExchangedDocument/ram:TypeCode", namespaces=NAMESPACES)
    type_code.getparent().remove(type_code)
    errors = xsd_errors(etree.tostring(tree))
    assert len(errors) == 1
    assert "IssueDateTime" in errors[0]
    assert "TypeCode" in errors[0]


def test_xml_that_is_not_well_formed_is_reported_by_both_checks() -> None:
    assert xsd_errors(b"<rsm:CrossIndustryInvoice")[0].startswith("not well-formed XML")
    assert schematron_errors(b"<rsm:CrossIndustryInvoice")[0].startswith("not well-formed XML")


def test_xml_that_is_no_invoice_is_never_passed_as_valid() -> None:
    assert schematron_errors(b"<order><number>1</number></order>") == [
        "no EN 16931 rule applies: this is not a Cross Industry Invoice"
    ]


def test_without_saxon_the_schematron_refuses_to_run(monkeypatch: pytest.MonkeyPatch) -> None:
    facturx_check._schematron.cache_clear()  # forget the compiled stylesheet: import again
    monkeypatch.setitem(sys.modules, "saxonche", None)  # and `import saxonche` fails
    with pytest.raises(SchematronUnavailable, match="saxonche"):
        schematron_errors(facturx_xml(invoice()))
