"""The issued file: the rendered PDF made PDF/A-3B, with its Factur-X XML inside.

What the Factur-X 1.0 specification and PDF/A-3 (ISO 19005-3) ask of the file, and where:
the XML embedded as `factur-x.xml` and associated with the document (catalog /AF,
/AFRelationship); XMP metadata declaring PDF/A-3B and the Factur-X extension schema,
consistent with the document information dictionary; an sRGB output intent for the
device RGB colours ReportLab paints with; every font embedded (checked: a PDF with a
font that is not is refused); printable annotations; no encryption.

factur-x's `generate_from_binary` is not used: it stamps the current time into the
XMP, the /Info dates and the attachment's /ModDate, and leaves a /Producer its own.
Here every date is the issue date and the file identifier a digest of the inputs, so
the same document gives the same bytes in any process, on any day: a lost file is
regenerated and checked against the SHA-256 recorded when it was issued.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from functools import cache
from io import BytesIO
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from cadence.documents.labels import text
from cadence.documents.model import InvoiceDocument
from cadence.domain.invoicing import InvoiceKind
from cadence.resource_files import resource_path

FACTURX_FILENAME = "factur-x.xml"  # the one name Factur-X readers look for
PRODUCER = "Cadence"

# The XMP extension schema Factur-X 1.0 defines for the embedded invoice.
FACTURX_XMP_NAMESPACE = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
_FACTURX_PROPERTIES = {
    "DocumentFileName": ("The name of the embedded XML document", FACTURX_FILENAME),
    "DocumentType": ("The type of the hybrid document in capital letters", "INVOICE"),
    "Version": ("The actual version of the standard applying to the embedded XML document", "1.0"),
    "ConformanceLevel": ("The conformance level of the embedded XML document", "EN 16931"),
}

_XMP_NAMESPACES = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#",
    "fx": FACTURX_XMP_NAMESPACE,
}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_SRGB = "sRGB IEC61966-2.1"
_PRINT = 4  # annotation flags with only "Print" set (ISO 32000-1, table 165)


class NotArchivable(ValueError):
    """The rendered PDF cannot become PDF/A: it is encrypted or a font is not embedded."""


def facturx_pdf(pdf: bytes, xml: bytes, document: InvoiceDocument) -> bytes:
    """`pdf` as a PDF/A-3B Factur-X file carrying `xml`; the same inputs give the same bytes."""
    reader = PdfReader(BytesIO(pdf))
    if reader.is_encrypted:
        raise NotArchivable("an encrypted PDF cannot be PDF/A (ISO 19005-3, 6.1.3)")
    missing = sorted(set(_fonts_not_embedded(reader)))
    if missing:
        raise NotArchivable(f"fonts not embedded, as PDF/A requires: {', '.join(missing)}")

    writer = PdfWriter(clone_from=reader)
    # PDF/A-3 is built on PDF 1.7; pypdf writes the binary comment line after it.
    writer.pdf_header = "%PDF-1.7"
    # The title the renderer gives the page: "Facture FA2026-00042", "Credit note …".
    name = "credit_note_name" if document.kind is InvoiceKind.CREDIT_NOTE else "invoice_name"
    title = f"{text(document.language, name)} {document.number}"
    author = document.seller.legal_name
    root = writer.root_object
    filespec = writer._add_object(_embedded_xml(writer, xml, document.issue_date))
    names = root.get("/Names")
    names = names.get_object() if names is not None else DictionaryObject()
    names[NameObject("/EmbeddedFiles")] = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject(FACTURX_FILENAME), filespec])}
    )
    root.update(
        {
            NameObject("/Names"): names,
            NameObject("/AF"): ArrayObject([filespec]),  # PDF/A-3, 6.8: associated file
            NameObject("/OutputIntents"): ArrayObject([writer._add_object(_output_intent(writer))]),
            NameObject("/Metadata"): writer._add_object(
                _metadata_stream(_xmp(title, author, document.issue_date))
            ),
            NameObject("/Lang"): TextStringObject(document.language.value),
        }
    )
    # PDF/A-3, 6.6: the information dictionary says what the XMP says, no more.
    moment = _pdf_date(document.issue_date)
    writer.metadata = {
        "/Title": title,
        "/Author": author,
        "/Creator": PRODUCER,
        "/Producer": PRODUCER,
        "/CreationDate": moment,
        "/ModDate": moment,
    }
    _make_annotations_printable(writer)
    # PDF/A-3, 6.1.3: a file identifier. pypdf has no public way to set one; a digest
    # of the inputs keeps it stable where pypdf would draw random bytes.
    identifier = ByteStringObject(hashlib.sha256(pdf + xml).digest()[:16])
    writer._ID = ArrayObject([identifier, identifier])
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


# -- the embedded XML (PDF/A-3, 6.8) ---------------------------------------------------


def _embedded_xml(writer: PdfWriter, xml: bytes, issued: date) -> DictionaryObject:
    stream = DecodedStreamObject()
    stream.set_data(xml)
    encoded = stream.flate_encode()
    encoded.update(
        {
            NameObject("/Type"): NameObject("/EmbeddedFile"),
            NameObject("/Subtype"): NameObject("/text/xml"),  # the MIME type, written text#2Fxml
            NameObject("/Params"): DictionaryObject(
                {
                    NameObject("/ModDate"): TextStringObject(_pdf_date(issued)),
                    NameObject("/Size"): NumberObject(len(xml)),
                    NameObject("/CheckSum"): ByteStringObject(hashlib.md5(xml).digest()),
                }
            ),
        }
    )
    embedded = writer._add_object(encoded)
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): TextStringObject(FACTURX_FILENAME),
            NameObject("/UF"): TextStringObject(FACTURX_FILENAME),
            NameObject("/EF"): DictionaryObject(
                {NameObject("/F"): embedded, NameObject("/UF"): embedded}
            ),
            NameObject("/Desc"): TextStringObject("Factur-X invoice"),
            # The XML holds the whole invoice, every mention the PDF prints: it is an
            # alternative representation of the document, the relationship Factur-X
            # gives the EN 16931 profile (MINIMUM and BASIC WL, which hold less, use Data).
            NameObject("/AFRelationship"): NameObject("/Alternative"),
        }
    )


# -- colour (PDF/A-3, 6.2.3 and 6.2.4) -------------------------------------------------


@cache
def _srgb_profile() -> bytes:
    return resource_path("color", "sRGB.icc").read_bytes()


def _output_intent(writer: PdfWriter) -> DictionaryObject:
    """The sRGB output intent (PDF/A-3, 6.2.3) under which ReportLab's DeviceRGB and
    DeviceGray colours are allowed (6.2.4.3); DeviceCMYK colours would not be."""
    profile = DecodedStreamObject()
    profile.set_data(_srgb_profile())
    encoded = profile.flate_encode()
    encoded[NameObject("/N")] = NumberObject(3)
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject(_SRGB),
            NameObject("/Info"): TextStringObject(_SRGB),
            NameObject("/RegistryName"): TextStringObject("http://www.color.org"),
            NameObject("/DestOutputProfile"): writer._add_object(encoded),
        }
    )


# -- metadata (PDF/A-3, 6.6) -----------------------------------------------------------


def _pdf_date(day: date) -> str:
    return f"D:{day:%Y%m%d}000000+00'00'"


def _xmp_date(day: date) -> str:
    return f"{day:%Y-%m-%d}T00:00:00+00:00"


def _xmp(title: str, author: str, issued: date) -> bytes:
    def element(parent: Any, qualified: str, content: str | None = None) -> Any:
        prefix, local = qualified.split(":")
        child = etree.SubElement(parent, f"{{{_XMP_NAMESPACES[prefix]}}}{local}")
        child.text = content
        return child

    def description(rdf: Any) -> Any:
        node = element(rdf, "rdf:Description")
        node.set(f"{{{_XMP_NAMESPACES['rdf']}}}about", "")
        return node

    def resource(parent: Any) -> Any:
        node = element(parent, "rdf:li")
        node.set(f"{{{_XMP_NAMESPACES['rdf']}}}parseType", "Resource")
        return node

    meta = etree.Element(f"{{{_XMP_NAMESPACES['x']}}}xmpmeta", nsmap=_XMP_NAMESPACES)
    rdf = element(meta, "rdf:RDF")
    identification = description(rdf)
    element(identification, "pdfaid:part", "3")
    element(identification, "pdfaid:conformance", "B")
    dublin_core = description(rdf)
    title_item = element(element(element(dublin_core, "dc:title"), "rdf:Alt"), "rdf:li", title)
    title_item.set(_XML_LANG, "x-default")
    element(element(element(dublin_core, "dc:creator"), "rdf:Seq"), "rdf:li", author)
    element(description(rdf), "pdf:Producer", PRODUCER)
    basic = description(rdf)
    element(basic, "xmp:CreatorTool", PRODUCER)
    element(basic, "xmp:CreateDate", _xmp_date(issued))
    element(basic, "xmp:ModifyDate", _xmp_date(issued))

    # PDF/A-3, 6.6: a property outside the predefined schemas is declared in an
    # extension schema, here the four fx: properties of Factur-X.
    bag = element(element(description(rdf), "pdfaExtension:schemas"), "rdf:Bag")
    schema = resource(bag)
    element(schema, "pdfaSchema:schema", "Factur-X PDFA Extension Schema")
    element(schema, "pdfaSchema:namespaceURI", FACTURX_XMP_NAMESPACE)
    element(schema, "pdfaSchema:prefix", "fx")
    properties = element(element(schema, "pdfaSchema:property"), "rdf:Seq")
    facturx = description(rdf)
    for name, (meaning, value) in _FACTURX_PROPERTIES.items():
        declared = resource(properties)
        element(declared, "pdfaProperty:name", name)
        element(declared, "pdfaProperty:valueType", "Text")
        element(declared, "pdfaProperty:category", "external")
        element(declared, "pdfaProperty:description", meaning)
        element(facturx, f"fx:{name}", value)

    body = etree.tostring(meta, encoding="UTF-8", pretty_print=True)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'.encode()
        + bytes(body)
        + b'<?xpacket end="w"?>'
    )


def _metadata_stream(xmp: bytes) -> StreamObject:
    """The catalog's XMP stream, left uncompressed so that any tool can read it."""
    stream = DecodedStreamObject()
    stream.set_data(xmp)
    stream.update(
        {NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")}
    )
    return stream


# -- fonts and annotations (PDF/A-3, 6.2.11 and 6.3) -----------------------------------


def _resolve(value: PdfObject | None) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _fonts_not_embedded(reader: PdfReader) -> Iterator[str]:
    """The names of the fonts the pages use without embedding them. ReportLab keeps one
    font dictionary for the whole document, forms included: the pages' is all of it.
    Its embedded fonts are simple TrueType fonts; anything else (a standard-14 font, a
    CID font) has no font program here and is reported."""
    for page in reader.pages:
        resources = _resolve(page.get("/Resources")) or DictionaryObject()
        fonts = _resolve(resources.get("/Font")) or DictionaryObject()
        for font in (_resolve(value) for value in fonts.values()):
            descriptor = _resolve(font.get("/FontDescriptor")) or DictionaryObject()
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                yield str(font.get("/BaseFont", "unnamed font"))


def _make_annotations_printable(writer: PdfWriter) -> None:
    """PDF/A-3, 6.3.2: every annotation is printed and never hidden. ReportLab's link
    annotations carry no flags at all: they get exactly "Print"."""
    for page in writer.pages:
        for annotation in _resolve(page.get("/Annots")) or ArrayObject():
            _resolve(annotation)[NameObject("/F")] = NumberObject(_PRINT)
