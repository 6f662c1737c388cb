"""The issued file: a PDF/A-3B Factur-X invoice, byte-identical whenever it is made again;
statements and letters are PDF/A-3B files too."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

import facturx
import pytest
from lxml import etree
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary
from reportlab.pdfbase.ttfonts import TTFont

from cadence.documents.facturx_xml import facturx_xml
from cadence.documents.invoice_file import invoice_file
from cadence.documents.letter_pdf import render_reminder
from cadence.documents.model import InvoiceDocument
from cadence.documents.pdfa import ArchivalCanvas, Archive, NotArchivable
from cadence.documents.statement_pdf import render_statement
from cadence.resource_files import resource_path

from .conftest import fonts  # type: ignore[import-not-found]
from .samples import (  # type: ignore[import-not-found]
    ALL_INVOICES,
    credit_note,
    english,
    invoice,
    reminder,
    statement,
)

SAMPLES = pytest.mark.parametrize("make", ALL_INVOICES.values(), ids=ALL_INVOICES.keys())
FONT = "DejaVuSans"
FONT_FILE = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
XMP = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#",
    "fx": "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
}


STANDARD = invoice()
ARCHIVE = Archive(
    title="Facture FA2026-00042",
    author="Atelier Nuage SAS",
    language=STANDARD.language,
    created=STANDARD.issue_date,
    facturx=facturx_xml(STANDARD),
)


def with_logo() -> InvoiceDocument:
    """The standard invoice, its seller with a half-transparent logo (an image, its mask)."""
    buffer = BytesIO()
    Image.new("RGBA", (300, 100), (29, 78, 137, 128)).save(buffer, format="PNG")
    seller = dataclasses.replace(invoice().seller, logo=buffer.getvalue())
    return dataclasses.replace(invoice(), seller=seller)


FILES: dict[str, Callable[[], bytes]] = {
    "invoice": lambda: invoice_file(invoice()),
    "with_logo": lambda: invoice_file(with_logo()),
    "sixty_lines": lambda: invoice_file(ALL_INVOICES["sixty_lines"]()),
    "statement": lambda: render_statement(statement()),
    "reminder": lambda: render_reminder(reminder()),
}


def issued(document: InvoiceDocument) -> bytes:
    """The file Cadence writes for an issued invoice."""
    return invoice_file(document)


def canvas(buffer: BytesIO, *, font: str = FONT, **options: Any) -> ArchivalCanvas:
    """A canvas as the document renderer's (an embedded TrueType font, Helvetica never
    referenced), which saves PDF/A-3B with the standard invoice's XML into `buffer`."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_FILE))
    return ArchivalCanvas(buffer, archive=ARCHIVE, invariant=True, initialFontName=font, **options)


def small_file(text: str, *, font: str = FONT, **options: Any) -> bytes:
    """A one-page PDF/A file: text, an RGB fill, a link annotation."""
    buffer = BytesIO()
    page = canvas(buffer, font=font, **options)
    page.setFont(font, 12)
    page.drawString(72, 720, text)
    page.setFillColorRGB(0.2, 0.4, 0.6)
    page.rect(72, 650, 200, 40, fill=1)
    page.linkURL("https://atelier-nuage.fr", (72, 700, 240, 715))
    page.showPage()
    page.save()
    return buffer.getvalue()


def resolved(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def xmp_of(reader: PdfReader) -> etree._Element:
    metadata = reader.trailer["/Root"]["/Metadata"].get_object()
    assert "/Filter" not in metadata  # left readable by any tool
    assert metadata["/Type"] == "/Metadata"
    assert metadata["/Subtype"] == "/XML"
    packet = metadata.get_data()
    assert packet.startswith('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'.encode())
    assert packet.endswith(b'<?xpacket end="w"?>')
    return etree.fromstring(packet.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])


def xmp_value(xmp: etree._Element, path: str) -> str:
    (found,) = xmp.xpath(path, namespaces=XMP)
    return str(found.text)


# -- Factur-X --------------------------------------------------------------------------


@SAMPLES
def test_the_file_carries_exactly_the_xml_as_factur_x_en16931(
    make: Callable[[], InvoiceDocument],
) -> None:
    document = make()
    content = issued(document)
    name, xml = facturx.get_facturx_xml_from_pdf(content, check_xsd=True)
    assert name == "factur-x.xml"
    assert xml == facturx_xml(document)
    tree = etree.fromstring(xml)
    assert facturx.get_flavor(tree) == "factur-x"
    assert facturx.get_level(tree) == "en16931"


def test_any_page_drawn_on_the_archival_canvas_becomes_a_factur_x_file() -> None:
    """Not only the invoice renderer's pages: the canvas itself completes the file."""
    name, xml = facturx.get_facturx_xml_from_pdf(small_file("x"), check_xsd=True)
    assert name == "factur-x.xml"
    assert xml == ARCHIVE.facturx


def test_the_xml_is_an_associated_file_with_its_relationship() -> None:
    document = invoice()
    xml = facturx_xml(document)
    reader = PdfReader(BytesIO(issued(document)))
    catalog = reader.trailer["/Root"]
    (filespec,) = [resolved(item) for item in catalog["/AF"]]
    names = catalog["/Names"]["/EmbeddedFiles"]["/Names"]
    assert names[0] == "factur-x.xml"
    assert resolved(names[1]) == filespec
    assert filespec["/Type"] == "/Filespec"
    assert filespec["/F"] == filespec["/UF"] == "factur-x.xml"
    assert filespec["/AFRelationship"] == "/Alternative"
    stream = filespec["/EF"]["/F"].get_object()
    assert stream["/Type"] == "/EmbeddedFile"
    assert stream["/Subtype"] == "/text/xml"
    assert stream.get_data() == xml
    parameters = stream["/Params"]
    assert parameters["/ModDate"] == "D:20261125000000+00'00'"
    assert parameters["/Size"] == len(xml)
    assert parameters["/CheckSum"].original_bytes == hashlib.md5(xml).digest()


# -- PDF/A-3B --------------------------------------------------------------------------


def test_the_file_declares_pdfa_3b_and_factur_x_in_its_xmp() -> None:
    xmp = xmp_of(PdfReader(BytesIO(issued(invoice()))))
    assert xmp_value(xmp, "//pdfaid:part") == "3"
    assert xmp_value(xmp, "//pdfaid:conformance") == "B"
    assert xmp_value(xmp, "//fx:DocumentType") == "INVOICE"
    assert xmp_value(xmp, "//fx:DocumentFileName") == "factur-x.xml"
    assert xmp_value(xmp, "//fx:Version") == "1.0"
    assert xmp_value(xmp, "//fx:ConformanceLevel") == "EN 16931"
    # PDF/A: a property outside the predefined schemas is declared by an extension schema.
    assert xmp_value(xmp, "//pdfaSchema:namespaceURI") == XMP["fx"]
    assert xmp_value(xmp, "//pdfaSchema:prefix") == "fx"
    declared = {str(name.text) for name in xmp.xpath("//pdfaProperty:name", namespaces=XMP)}
    used = {etree.QName(element).localname for element in xmp.xpath("//fx:*", namespaces=XMP)}
    assert used == declared == {"DocumentType", "DocumentFileName", "Version", "ConformanceLevel"}
    for description in xmp.xpath("//rdf:RDF/rdf:Description", namespaces=XMP):
        assert description.get(f"{{{XMP['rdf']}}}about") == ""


@pytest.mark.parametrize(
    ("make", "title", "language"),
    [
        (invoice, "Facture FA2026-00042", "fr"),
        (credit_note, "Avoir AV2026-00003", "fr"),
        (english, "Invoice FA2026-00042", "en"),
    ],
    ids=["invoice", "credit_note", "english"],
)
def test_the_information_dictionary_says_what_the_xmp_says(
    make: Callable[[], InvoiceDocument], title: str, language: str
) -> None:
    reader = PdfReader(BytesIO(issued(make())))
    xmp = xmp_of(reader)
    info = reader.metadata
    assert info is not None
    assert info["/Title"] == xmp_value(xmp, "//dc:title/rdf:Alt/rdf:li") == title
    assert info["/Author"] == xmp_value(xmp, "//dc:creator/rdf:Seq/rdf:li") == "Atelier Nuage SAS"
    assert info["/Producer"] == xmp_value(xmp, "//pdf:Producer") == "Cadence"
    assert info["/Creator"] == xmp_value(xmp, "//xmp:CreatorTool") == "Cadence"
    # Both dates are the issue date, the same instant written each way.
    assert info["/CreationDate"] == info["/ModDate"] == "D:20261125000000+00'00'"
    assert xmp_value(xmp, "//xmp:CreateDate") == "2026-11-25T00:00:00+00:00"
    assert xmp_value(xmp, "//xmp:ModifyDate") == "2026-11-25T00:00:00+00:00"
    assert set(info) == {
        "/Title",
        "/Author",
        "/Producer",
        "/Creator",
        "/CreationDate",
        "/ModDate",
    }  # nothing of ReportLab's left without its XMP counterpart (Keywords, Trapped…)
    assert reader.trailer["/Root"]["/Lang"] == language


def test_the_colours_have_an_srgb_output_intent_with_its_icc_profile() -> None:
    reader = PdfReader(BytesIO(issued(invoice())))
    (intent,) = [resolved(item) for item in reader.trailer["/Root"]["/OutputIntents"]]
    assert intent["/Type"] == "/OutputIntent"
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    icc = profile.get_data()
    assert icc == resource_path("color", "sRGB.icc").read_bytes()
    assert icc[36:40] == b"acsp"  # an ICC profile
    assert icc[16:20] == b"RGB "  # of the RGB colour space


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_stream_ends_with_an_eol_before_endstream_outside_its_length(name: str) -> None:
    """PDF/A-3, 6.1.7.1: `stream` then a line feed, the /Length bytes, an EOL, then
    `endstream` (ReportLab writes none of its own); images, fonts, forms and pages alike."""
    content = FILES[name]()
    starts = [match.end() for match in re.finditer(rb"\bstream\r?\n", content)]
    assert len(starts) == content.count(b"endstream") > 5
    for match in re.finditer(rb"/Length (\d+)\b", content):
        # The dictionary that holds /Length is followed by its stream.
        start = min(offset for offset in starts if offset > match.end())
        end = start + int(match.group(1))
        assert content[end : end + 11] in (b"\nendstream\n", b"\rendstream\n")


@pytest.mark.parametrize("name", ["statement", "reminder"])
def test_statements_and_letters_are_pdfa_3b_without_factur_x(name: str) -> None:
    content = FILES[name]()
    assert content.startswith(b"%PDF-1.7\n")
    reader = PdfReader(BytesIO(content))
    xmp = xmp_of(reader)
    assert xmp_value(xmp, "//pdfaid:part") == "3"
    assert xmp_value(xmp, "//pdfaid:conformance") == "B"
    assert not xmp.xpath("//fx:*", namespaces=XMP)
    info = reader.metadata
    assert info is not None
    assert info["/Title"] == xmp_value(xmp, "//dc:title/rdf:Alt/rdf:li")
    assert info["/Author"] == xmp_value(xmp, "//dc:creator/rdf:Seq/rdf:li") == "Atelier Nuage SAS"
    assert set(info) == {"/Title", "/Author", "/Producer", "/Creator", "/CreationDate", "/ModDate"}
    catalog = reader.trailer["/Root"]
    (intent,) = [resolved(item) for item in catalog["/OutputIntents"]]
    assert intent["/DestOutputProfile"].get_object().get_data() == (
        resource_path("color", "sRGB.icc").read_bytes()
    )
    assert "/AF" not in catalog
    assert "/Names" not in catalog
    assert catalog["/Lang"] == "fr"


def test_the_file_has_a_pdfa_header_a_stable_identifier_and_no_encryption() -> None:
    content = issued(invoice())
    # PDF/A-3, 6.1.2: the version line, then a comment of four bytes above 127.
    first, second = content.split(b"\n")[:2]
    assert first == b"%PDF-1.7"
    assert second.startswith(b"%")
    assert all(byte > 127 for byte in second[1:5])
    reader = PdfReader(BytesIO(content))
    assert not reader.is_encrypted
    assert "/Encrypt" not in reader.trailer
    first_id, second_id = reader.trailer["/ID"]
    assert len(first_id) == 16
    assert first_id == second_id
    assert content.endswith(b"%%EOF\n")


def test_each_file_has_its_own_identifier() -> None:
    # ReportLab's invariant mode gives every document the same /ID.
    identifiers = {
        bytes(PdfReader(BytesIO(issued(make()))).trailer["/ID"][0].original_bytes)
        for make in (invoice, credit_note, english)
    }
    assert len(identifiers) == 3


def test_every_font_is_embedded_and_every_annotation_printable() -> None:
    reader = PdfReader(BytesIO(small_file(f"{invoice().number} — Łódź €")))
    (page,) = reader.pages
    fonts = page["/Resources"]["/Font"]
    assert len(fonts) == 1
    for font in (resolved(value) for value in fonts.values()):
        assert str(font["/BaseFont"]).endswith("+DejaVuSans")
        assert "/FontFile2" in font["/FontDescriptor"]
    (link,) = [resolved(item) for item in page["/Annots"]]
    assert link["/F"] == 4  # Print, and none of the hiding flags (PDF/A-3, 6.3.2)


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_font_of_the_real_files_is_embedded(name: str) -> None:
    found = fonts(FILES[name]())
    assert found, "pdffonts lists no font"
    assert [font for font, embedded in found if embedded != "yes"] == []


def test_a_font_that_is_not_embedded_is_refused() -> None:
    with pytest.raises(NotArchivable, match="Helvetica"):
        small_file("x", font="Helvetica")


def test_an_encrypted_pdf_is_refused() -> None:
    with pytest.raises(NotArchivable, match="encrypted"):
        small_file("x", encrypt="secret")


def test_fonts_drawn_inside_a_form_are_checked_too() -> None:
    page = canvas(BytesIO())
    page.beginForm("letterhead")
    page.setFont("Helvetica", 10)
    page.drawString(72, 800, "Atelier Nuage")
    page.endForm()
    page.doForm("letterhead")
    page.showPage()
    with pytest.raises(NotArchivable, match="Helvetica"):
        page.save()


def test_the_names_the_document_has_are_kept() -> None:
    buffer = BytesIO()
    page = canvas(buffer)
    page.setFont(FONT, 12)
    page.drawString(72, 720, "x")
    page.setCatalogEntry("Names", {"Dests": PDFDictionary({"Names": PDFArray([])})})
    page.showPage()
    page.save()
    names = resolved(PdfReader(buffer).trailer["/Root"]["/Names"])
    assert isinstance(names, DictionaryObject)
    assert set(names) == {"/Dests", "/EmbeddedFiles"}


# -- determinism -----------------------------------------------------------------------


@SAMPLES
def test_the_same_inputs_give_the_same_bytes(make: Callable[[], InvoiceDocument]) -> None:
    assert issued(make()) == issued(make())


def test_another_process_makes_the_same_bytes() -> None:
    """What a regenerated file is checked against: the SHA-256 recorded at issue."""
    expected = hashlib.sha256(issued(credit_note())).hexdigest()
    script = f"""
import hashlib, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from samples import credit_note
from cadence.documents.invoice_file import invoice_file
print(hashlib.sha256(invoice_file(credit_note())).hexdigest())
"""
    # Another hash seed: nothing may depend on the order of a set or a dict of strings.
    environment = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        timeout=60,
    )
    assert result.stdout.strip() == expected
