"""Invoices and credit notes read back: every mandatory mention and amount, as printed."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date
from decimal import Decimal
from functools import cache

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.platypus import Flowable

from cadence.documents import invoice_pdf
from cadence.documents.invoice_pdf import render_invoice
from cadence.documents.model import DocumentLine, InvoiceDocument
from cadence.domain.invoicing import OperationCategory

from .conftest import (  # type: ignore[import-not-found]
    extracted,
    layout_text,
    page_count,
    printed,
    scanned_qr_code,
)
from .samples import (  # type: ignore[import-not-found]
    ALL_INVOICES,
    DEBIT,
    PERSON,
    SELLER,
    credit_note,
    english,
    invoice,
)

D = Decimal
INDEMNITY = (
    "Indemnité forfaitaire pour frais de recouvrement : 40 € (art. D441-5 du Code de commerce)"
)


@cache
def sample_pdf(name: str) -> bytes:
    return render_invoice(ALL_INVOICES[name]())


@cache
def sample_text(name: str) -> str:
    return printed(sample_pdf(name))


def text_of(document: InvoiceDocument) -> str:
    return printed(render_invoice(document))


def assert_all_in(text: str, expected: list[str]) -> None:
    missing = [item for item in expected if item not in text]
    assert missing == [], f"not printed: {missing}"


def test_a_standard_invoice_carries_every_mandatory_mention() -> None:
    assert_all_in(
        sample_text("standard"),
        [
            "FACTURE",
            "N° FA2026-00042",
            # Seller: name, legal form and capital, address, SIRET, RCS, VAT number
            "Atelier Nuage SAS",
            "SAS au capital de 10 000 €",
            "12 rue de la Charité",
            "69002 Lyon",
            "SIRET 732 829 320 00074",
            "RCS Lyon 732 829 320",
            "TVA intracommunautaire FR44732829320",
            # Buyer: name and address, SIREN and VAT number of a business
            "O'Brien & <Fils> SARL",
            "4 rue d'Alsace",
            "Bâtiment B",
            "67000 Strasbourg",
            "SIREN 552 100 554",
            "N° TVA : FR03552100554",
            "du 05/11/2026 au 04/12/2026",
            # The line: description, quantity, unit price, rate, total
            "Logiciel de caisse — licence mensuelle 3 49,90 € 20 % 149,70 €",
            # Totals
            "Total HT 149,70 €",
            "TVA 20 % sur 149,70 € 29,94 €",
            "Total TTC 179,64 €",
            "Net à payer 179,64 €",
            # Payment
            "À régler au plus tard le 25/12/2026",
            "IBAN : FR76 3000 6000 0112 3456 7890 189",
            "BIC : AGRIFRPP",
            "Référence à indiquer : FA2026-00042",
            # Mentions
            "Catégorie de l'opération : Prestations de services",
            "Pas d'escompte pour paiement anticipé.",
            SELLER.late_penalty_text,
            INDEMNITY,
            "Page 1 / 1",
        ],
    )
    # Labels stand above their values: pypdf reads each pair in drawing order.
    assert_all_in(
        extracted(sample_pdf("standard")),
        [
            "Date d'émission 25/11/2026",
            "Date d'échéance 25/12/2026",
            "Votre référence BC-2026-117",
            "Période du 05/11/2026 au 04/12/2026",
        ],
    )


def test_a_standard_invoice_has_no_mention_that_does_not_apply() -> None:
    text = sample_text("standard")
    for absent in ("TVA non applicable", "taxe d'après les débits", "Déjà réglé", "Avoir"):
        assert absent not in text


def test_each_vat_rate_gets_its_row() -> None:
    assert_all_in(
        sample_text("several_rates"),
        [
            "Box de thés 1 24,90 € 5,5 % 24,90 €",
            "Formation sur site 1 12,50 € 10 % 12,50 €",
            "Total HT 87,40 €",
            "TVA 20 % sur 50,00 € 10,00 €",
            "TVA 10 % sur 12,50 € 1,25 €",
            "TVA 5,5 % sur 24,90 € 1,37 €",
            "Total TTC 100,02 €",
            "Catégorie de l'opération : Mixte (biens et services)",
        ],
    )


def test_a_discount_is_a_sub_row_so_the_column_adds_up() -> None:
    assert_all_in(
        sample_text("discount"),
        [
            "Hébergement 2 100,00 € 20 % 200,00 €",
            "Remise de 10 % -20,00 €",
            "Total HT 180,00 €",
            "TVA 20 % sur 180,00 € 36,00 €",
            "Total TTC 216,00 €",
        ],
    )


def test_a_credit_note_quotes_the_invoice_it_corrects_and_asks_for_no_payment() -> None:
    text = sample_text("credit_note")
    assert_all_in(
        text,
        [
            "AVOIR",
            "N° AV2026-00003",
            "Avoir sur la facture n° FA2026-00041 du 25/10/2026",
            "Motif : Erreur de quantité",
            "Total HT 49,90 €",
            "TVA 20 % sur 49,90 € 9,98 €",
            "Total TTC 59,88 €",
            "SIRET 732 829 320 00074",
            "Catégorie de l'opération : Prestations de services",
        ],
    )
    for absent in ("FACTURE", "Date d'échéance", "Net à payer", "Règlement", "IBAN"):
        assert absent not in text


def test_under_the_franchise_the_mention_replaces_every_vat_row() -> None:
    text = sample_text("franchise")
    assert_all_in(
        text,
        [
            "TVA non applicable, art. 293 B du CGI",
            "Cours de yoga — abonnement mensuel 1 60,00 € 60,00 €",
            "Total 60,00 €",
            "Net à payer 60,00 €",
        ],
    )
    assert text.count("TVA non applicable") == 1
    for absent in ("TVA 0", "Total TTC", "Total HT", "TVA intracommunautaire", "0 %"):
        assert absent not in text


def test_an_english_customer_reads_english_labels_and_amounts() -> None:
    text = sample_text("english")
    assert_all_in(
        text,
        [
            "INVOICE",
            "No. FA2026-00042",
            "Murphy Analytics Ltd",
            "D02 XY45 Dublin",
            "IRELAND",
            "VAT no.: IE6388047V",
            "5 Nov 2026 – 4 Dec 2026",
            "Cash register software — yearly licence 1 €1,234.50 20% €1,234.50",
            "Total excl. VAT €1,234.50",
            "VAT 20% on €1,234.50 €246.90",
            "Total incl. VAT €1,481.40",
            "Amount due €1,481.40",
            "Please pay by 25 Dec 2026",
            "Reference to quote: FA2026-00042",
            "Type of operation: Supply of services",
            "No discount for early payment.",
            "main refinancing rate plus 10 percentage points",
            "Fixed compensation for recovery costs: €40 "
            "(art. D441-5 of the French Commercial Code)",
            "SAS with a share capital of €10,000",
            "Page 1 / 1",
        ],
    )
    for french in ("Pas d'escompte", "En cas de retard", "Net à payer", "Facture"):
        assert french not in text
    assert_all_in(
        extracted(sample_pdf("english")),
        ["Issue date 25 Nov 2026", "Due date 25 Dec 2026", "Your reference BC-2026-117"],
    )


def test_an_owners_own_mentions_are_printed_as_written_in_any_language() -> None:
    own = "Pénalités de retard : trois fois le taux d'intérêt légal."
    seller = dataclasses.replace(SELLER, late_penalty_text=own)
    document = dataclasses.replace(ALL_INVOICES["english"](), seller=seller)
    assert own in text_of(document)


def test_sixty_lines_run_over_pages_with_the_header_repeated() -> None:
    pdf = sample_pdf("sixty_lines")
    pages = page_count(pdf)
    assert pages > 1
    second = layout_text(pdf, page=2)
    assert "Désignation" in second
    assert "Total HT" in second  # the last column's header
    assert f"Page 2 / {pages}" in " ".join(second.split())
    assert f"Page 1 / {pages}" in " ".join(layout_text(pdf, page=1).split())
    assert "Net à payer" in layout_text(pdf, page=pages)


def test_sixty_lines_print_each_line_once() -> None:
    text = extracted(sample_pdf("sixty_lines"))
    for position in range(1, 61):
        found = re.findall(rf"Licence boutique n° {position} —", text)
        assert len(found) == 1, f"line {position} printed {len(found)} times"
    assert "Total HT 1 194,00 €" in sample_text("sixty_lines")
    assert "Total TTC 1 432,80 €" in sample_text("sixty_lines")


def test_greek_polish_turkish_and_vietnamese_names_round_trip() -> None:
    assert "Łódź, İzmir, Hà Nội, Αθήνα" in sample_text("sixty_lines")
    buyer = dataclasses.replace(invoice().buyer, name="Şükrü Öztürk — Nguyễn Thị Ánh Łukasz")
    assert "Şükrü Öztürk — Nguyễn Thị Ánh Łukasz" in text_of(
        dataclasses.replace(invoice(), buyer=buyer)
    )


def test_what_was_already_paid_is_taken_off_the_amount_due() -> None:
    assert_all_in(
        sample_text("paid_by_credit"),
        ["Total TTC 179,64 €", "Déjà réglé -50,00 €", "Net à payer 129,64 €"],
    )


def test_the_recovery_indemnity_is_for_business_customers_only() -> None:
    assert INDEMNITY in sample_text("standard")
    assert INDEMNITY not in text_of(dataclasses.replace(invoice(), buyer=PERSON))


def test_a_person_gets_no_siren_or_vat_number_lines() -> None:
    text = text_of(dataclasses.replace(invoice(), buyer=PERSON))
    assert "Élodie Lefèvre" in text
    assert "SIREN 552" not in text
    assert "N° TVA" not in text


def test_options_and_categories_print_their_mention() -> None:
    seller = dataclasses.replace(SELLER, vat_on_debits=True)
    document = dataclasses.replace(
        invoice(), seller=seller, operation_category=OperationCategory.GOODS
    )
    text = text_of(document)
    assert "Option pour le paiement de la taxe d'après les débits" in text
    assert "Catégorie de l'opération : Livraison de biens" in text


def test_a_delivery_address_is_printed_when_it_differs() -> None:
    buyer = dataclasses.replace(invoice().buyer, delivery_address=("Entrepôt 3", "67100 Illkirch"))
    text = text_of(dataclasses.replace(invoice(), buyer=buyer))
    assert "Adresse de livraison : Entrepôt 3, 67100 Illkirch" in text


def test_a_line_of_another_period_shows_its_own() -> None:
    standard = invoice()
    prorated = dataclasses.replace(
        standard.lines[0],
        period=dataclasses.replace(standard.service_period, start=date(2026, 11, 20)),  # type: ignore[arg-type]
    )
    text = text_of(dataclasses.replace(standard, lines=(prorated,)))
    assert "du 20/11/2026 au 04/12/2026" in text


def test_user_text_is_printed_literally_never_read_as_markup() -> None:
    name = "<b>Dupont & Fils</b>"
    buyer = dataclasses.replace(invoice().buyer, name=name)
    line: DocumentLine = dataclasses.replace(
        invoice().lines[0], description="<i>Licence</i> & co\nsecond line <br/>"
    )
    notes = "Remise si total < 100 € & paiement <u>comptant</u>"
    document = dataclasses.replace(invoice(), buyer=buyer, lines=(line,), notes=notes)
    pdf = render_invoice(document)
    assert_all_in(printed(pdf), [name, "<i>Licence</i> & co", "second line <br/>"])
    assert f"Remarques {notes}" in extracted(pdf)
    assert "O'Brien & <Fils> SARL" in sample_text("standard")


def _png(mode: str = "RGBA", size: tuple[int, int] = (300, 100)) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, (29, 78, 137, 128) if mode == "RGBA" else (29, 78, 137)).save(
        buffer, format="PNG"
    )
    return buffer.getvalue()


def _image_sizes(pdf: bytes) -> list[tuple[int, int]]:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return [(image.image.width, image.image.height) for image in page.images if image.image]


def test_the_logo_is_drawn_with_its_aspect_kept() -> None:
    seller = dataclasses.replace(SELLER, logo=_png())
    sizes = _image_sizes(render_invoice(dataclasses.replace(invoice(), seller=seller)))
    assert sizes == [(300, 100)]


@pytest.mark.parametrize(
    "logo",
    [b"not an image", _png()[:60], b"GIF89a" + b"\x00" * 20],
    ids=["garbage", "truncated", "not PNG or JPEG"],
)
def test_a_broken_logo_is_left_out_and_the_invoice_still_renders(logo: bytes) -> None:
    seller = dataclasses.replace(SELLER, logo=logo)
    pdf = render_invoice(dataclasses.replace(invoice(), seller=seller))
    assert _image_sizes(pdf) == []
    assert "Atelier Nuage SAS" in printed(pdf)


class QrSpy:
    """Records the payloads drawn, and draws them as the real renderer does."""

    def __init__(self) -> None:
        self.payloads: list[str] = []
        self.draw = invoice_pdf.qr_code

    def __call__(self, payload: str, size: float) -> Flowable:
        self.payloads.append(payload)
        return self.draw(payload, size)


@pytest.mark.parametrize(
    ("name", "amount"),
    [
        ("standard", "EUR179.64"),
        ("paid_by_credit", "EUR129.64"),
        ("credit_note", None),
        ("direct_debit", None),
    ],
)
def test_the_qr_code_is_drawn_only_for_an_amount_to_pay(
    monkeypatch: pytest.MonkeyPatch, name: str, amount: str | None
) -> None:
    spy = QrSpy()
    monkeypatch.setattr(invoice_pdf, "qr_code", spy)
    render_invoice(ALL_INVOICES[name]())
    drawn = {payload.split("\n")[7] for payload in spy.payloads}
    assert drawn == ({amount} if amount else set())


def test_no_qr_code_without_an_iban_and_no_bank_lines_either(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = QrSpy()
    monkeypatch.setattr(invoice_pdf, "qr_code", spy)
    seller = dataclasses.replace(SELLER, iban=None, bic=None)
    text = printed(render_invoice(dataclasses.replace(invoice(), seller=seller)))
    assert spy.payloads == []
    assert "IBAN" not in text
    assert "Référence à indiquer : FA2026-00042" in text


def test_metadata_names_the_document_and_its_author() -> None:
    reader = PdfReader(io.BytesIO(sample_pdf("standard")))
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.title == "Facture FA2026-00042"
    assert metadata.author == "Atelier Nuage SAS"
    assert metadata["/CreationDate"] == "D:20261125000000+00'00'"
    assert metadata["/ModDate"] == "D:20261125000000+00'00'"
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"
    credit = PdfReader(io.BytesIO(sample_pdf("credit_note")))
    assert credit.metadata is not None
    assert credit.metadata.title == "Avoir AV2026-00003"
    english = PdfReader(io.BytesIO(sample_pdf("english")))
    assert english.trailer["/Root"]["/Lang"] == "en-GB"


def test_a_banking_app_can_scan_the_qr_code_with_accents_in_the_name() -> None:
    seller = dataclasses.replace(SELLER, legal_name="Société Café Œuvre & Fils")
    pdf = render_invoice(dataclasses.replace(invoice(), seller=seller))
    assert scanned_qr_code(pdf) == (
        "BCD\n002\n1\nSCT\nAGRIFRPP\nSociété Café Œuvre & Fils\n"
        "FR7630006000011234567890189\nEUR179.64\n\n\nFA2026-00042"
    )
    assert scanned_qr_code(render_invoice(ALL_INVOICES["credit_note"]())) is None


def test_an_invoice_collected_by_direct_debit_announces_the_debit_instead() -> None:
    """The SEPA pre-notification: amount, day, account, mandate, creditor; nothing that
    would have the customer pay a second time by transfer."""
    pdf = sample_pdf("direct_debit")
    text = printed(pdf)
    assert_all_in(
        text,
        [
            "Règlement",
            "Prélèvement SEPA de 179,64 € à partir du 25/12/2026",
            "Ce montant sera prélevé à partir de cette date sur le compte ci-dessous",
            "Vous n'avez aucun autre règlement à effectuer.",
            "Compte débité : FR14 **** **** **** **** ***2 606",
            "Référence unique du mandat (RUM) : ATELIERNUAGE-000042-01",
            "Identifiant créancier SEPA (ICS) : FR72ZZZ123456",
            "Net à payer 179,64 €",
        ],
    )
    for absent in (
        "À régler au plus tard",
        "virement",
        "FR76 3000 6000 0112 3456 7890 189",  # the seller's account, to pay to
        "Titulaire",
        "Référence à indiquer",
        "Scannez",
        "2004 1010 0505 0001 3M02 606",  # the customer's account in full
    ):
        assert absent not in text, absent
    assert scanned_qr_code(pdf) is None


def test_an_english_customer_reads_of_the_direct_debit_in_english() -> None:
    text = text_of(dataclasses.replace(english(), direct_debit=DEBIT))
    assert_all_in(
        text,
        [
            "SEPA direct debit of €1,481.40 on or after 25 Dec 2026",
            "No other payment is required.",
            "Account debited: FR14 **** **** **** **** ***2 606",
            "Unique mandate reference (UMR): ATELIERNUAGE-000042-01",
            "SEPA creditor identifier: FR72ZZZ123456",
        ],
    )
    assert "bank transfer" not in text


def test_the_debit_is_of_what_remains_due_and_the_ics_printed_only_when_set() -> None:
    debit = dataclasses.replace(DEBIT, creditor_id=None)
    document = dataclasses.replace(invoice(), direct_debit=debit, paid_amount=D("50.00"))
    text = text_of(document)
    assert "Prélèvement SEPA de 129,64 € à partir du 25/12/2026" in text
    assert "ICS" not in text
    # Nothing left to collect: no payment block at all, as for any invoice paid.
    settled = dataclasses.replace(document, paid_amount=document.total_gross)
    assert "Prélèvement" not in text_of(settled)


def test_a_credit_note_is_never_debited() -> None:
    text = text_of(dataclasses.replace(credit_note(), direct_debit=DEBIT))
    assert "Prélèvement" not in text
    assert "ATELIERNUAGE-000042-01" not in text
