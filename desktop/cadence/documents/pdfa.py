"""PDF/A-3B files written by ReportLab itself, and the Factur-X XML inside an invoice's.

`ArchivalCanvas` is a ReportLab canvas whose `save` completes the document before it is
written, nothing parsed again afterwards. What PDF/A-3 (ISO 19005-3) and Factur-X 1.0
ask of the file, and where:

- the header `%PDF-1.7` (6.1.2; ReportLab's binary comment line follows it) and a file
  identifier (6.1.3): a digest of what the pages draw and of the metadata, never the
  clock, so the same document gives the same bytes in any process, on any day;
- an end-of-line marker before every `endstream` keyword (6.1.7.1), which ReportLab
  leaves out: `_ArchivalDocument` adds it;
- an sRGB output intent with its ICC profile, under which ReportLab's DeviceRGB and
  DeviceGray colours are allowed (6.2.3, 6.2.4.3; DeviceCMYK colours would not be);
- every font embedded (6.2.11): a document using one that is not (a standard-14 font,
  Helvetica…) is refused with `NotArchivable`, as is an encrypted one (6.1.3);
- printable annotations (6.3.2);
- XMP metadata declaring PDF/A-3B, left uncompressed, and an information dictionary
  that says what the XMP says and nothing more (6.6);
- for an invoice, the Factur-X XML embedded as `factur-x.xml`, an associated file of
  the document (catalog /AF, /AFRelationship, 6.8), and the Factur-X extension schema
  in the XMP.

Every date is the document's own, midnight UTC. factur-x's `generate_from_binary` is
not used: it stamps the current time into the XMP, the /Info dates and the
attachment's /ModDate, and leaves a /Producer its own.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    NoEncryption,
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFInfo,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFStream,
    PDFString,
    PDFText,
)
from reportlab.pdfbase.pdfmetrics import EmbeddedType1Face, getFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from cadence.domain.parties import Language
from cadence.resource_files import resource_path

FACTURX_FILENAME = "factur-x.xml"  # the one name Factur-X readers look for
PRODUCER = "Cadence"

_PDF_VERSION = (1, 7)  # PDF/A-3 is built on ISO 32000-1, PDF 1.7
_SRGB = "sRGB IEC61966-2.1"
_PRINT = 4  # annotation flags with only "Print" set (ISO 32000-1, table 165)
_ENDSTREAM = b"endstream\n"  # how ReportLab ends every stream it formats


class NotArchivable(ValueError):
    """The document cannot be PDF/A: a font is not embedded, or it is encrypted."""


@dataclass(frozen=True, slots=True)
class Archive:
    """What the file says of itself, besides its pages."""

    title: str  # "Facture FA2026-00042"
    author: str  # the seller's legal name
    language: Language
    created: date  # the document's date: creation and modification date alike
    facturx: bytes | None = None  # an invoice's Factur-X XML (EN 16931), embedded


class ArchivalCanvas(Canvas):
    """A ReportLab canvas whose file is PDF/A-3B, described by `archive`.

    Draw on it as on any canvas; `save` completes the document (metadata, output
    intent, embedded XML) and refuses it when a font is not embedded.
    """

    def __init__(self, *args: Any, archive: Archive, **kwargs: Any) -> None:
        kwargs["pdfVersion"] = _PDF_VERSION
        super().__init__(*args, **kwargs)
        self._archive = archive
        _adopt(self._doc)  # type: ignore[attr-defined]  # the stubs omit the canvas' document

    def save(self) -> None:
        if len(self._code):  # type: ignore[attr-defined]  # a page still open, as Canvas.save does
            self.showPage()
        _complete(self._doc, self._archive)  # type: ignore[attr-defined]
        super().save()


# -- the document: identifier, syntax, fonts, annotations (6.1, 6.2.11, 6.3) ------------


class _ArchivalDocument(PDFDocument):
    """ReportLab's document, with an end-of-line marker before every `endstream`.

    PDF/A-3, 6.1.7.1: the `endstream` keyword follows an EOL that /Length does not
    count; ReportLab writes it right after the data. Every object of the file is
    registered here, the streams ReportLab makes while it writes (page contents,
    images, forms) included: each gets a `format` that adds the EOL to a stream.
    """

    def Reference(self, obj: Any, name: str | None = None) -> Any:  # noqa: N802  # ReportLab's name
        if _unregistered(obj):
            _end_streams_with_eol(obj)
        return super().Reference(obj, name)  # type: ignore[no-untyped-call]


def _unregistered(obj: Any) -> bool:
    return (
        isinstance(obj, PDFObject)
        and not isinstance(obj, PDFObjectReference)
        and not hasattr(obj, "__InternalName__")
    )


def _end_streams_with_eol(obj: PDFObject) -> None:
    written: Callable[[Any], bytes] = obj.format  # type: ignore[attr-defined]

    def format_with_eol(document: Any) -> bytes:
        formatted = written(document)
        if formatted.endswith(_ENDSTREAM):
            return formatted[: -len(_ENDSTREAM)] + b"\n" + _ENDSTREAM
        return formatted

    obj.format = format_with_eol  # type: ignore[attr-defined]


def _adopt(doc: PDFDocument) -> None:
    """Make the canvas' fresh document an `_ArchivalDocument`: the objects it holds
    already (its font dictionary) get their `format` too."""
    doc.__class__ = _ArchivalDocument
    for obj in doc.idToObject.values():
        if isinstance(obj, PDFObject):
            _end_streams_with_eol(obj)


def _complete(doc: Any, archive: Archive) -> None:
    if not isinstance(doc.encrypt, NoEncryption):
        raise NotArchivable("an encrypted PDF cannot be PDF/A (ISO 19005-3, 6.1.3)")
    missing = sorted(name for name in doc.fontMapping if not _embedded(name))
    if missing:
        raise NotArchivable(f"fonts not embedded, as PDF/A requires: {', '.join(missing)}")
    _make_annotations_printable(doc)

    catalog = doc.Catalog
    # PDFCatalog.format writes only the keys its class lists: this one lists two more.
    catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents", "AF"]
    catalog.Lang = PDFString(archive.language.value)  # "fr", "en": the language, no region
    catalog.Metadata = _metadata_stream(_xmp(archive))  # made indirect by the catalog
    catalog.OutputIntents = PDFArray([doc.Reference(_output_intent())])
    if archive.facturx is not None:
        filespec = doc.Reference(_embedded_xml(doc, archive.facturx, archive.created))
        catalog.AF = PDFArray([filespec])  # 6.8: an associated file of the document
        names = getattr(catalog, "Names", None) or PDFDictionary()
        names["EmbeddedFiles"] = PDFDictionary(
            {"Names": PDFArray([PDFString(FACTURX_FILENAME), filespec])}
        )
        catalog.Names = names
    doc.info = _Info(archive)
    identifier = _identifier(doc, archive).hex().encode()
    doc._ID = b"[<" + identifier + b"><" + identifier + b">]"


def _embedded(font_name: str) -> bool:
    """A TrueType font, which ReportLab embeds (a subset), or an embedded Type 1 font;
    a standard-14 font (Helvetica…) or a CID font has no font program in the file."""
    font = getFont(font_name)
    return isinstance(font, TTFont) or isinstance(getattr(font, "face", None), EmbeddedType1Face)


def _make_annotations_printable(doc: Any) -> None:
    """PDF/A-3, 6.3.2: every annotation is printed and never hidden. ReportLab's
    annotations carry no flags at all: they get exactly "Print"."""
    prefix = doc.annotationName("")
    for name, annotation in doc.idToObject.items():
        if not name.startswith(prefix):
            continue
        if isinstance(annotation, PDFDictionary):  # canvas.linkURL's
            annotation["F"] = _PRINT
        else:  # pdfdoc.Annotation's subclasses: link, text, free text…
            annotation.otherkw["F"] = _PRINT


def _identifier(doc: Any, archive: Archive) -> bytes:
    """The file identifier (6.1.3): a digest of what the pages draw, the metadata and
    the embedded XML. ReportLab's invariant mode would give every file the same one."""
    digest = hashlib.sha256()
    for part in (archive.title, archive.author, archive.language.value, str(archive.created)):
        digest.update(part.encode() + b"\0")
    digest.update(archive.facturx or b"")
    for page in doc.Pages.pages:
        digest.update(b"\0page\0" + str(page.stream or "").encode(errors="surrogatepass"))
    return digest.digest()[:16]


class _Info(PDFInfo):
    """The document information dictionary: what the XMP says (6.6), no more. ReportLab's
    own adds Subject, Keywords and Trapped, and its dates."""

    def __init__(self, archive: Archive) -> None:
        super().__init__()
        self.title = archive.title
        self.author = archive.author
        self._moment = _pdf_date(archive.created)

    def format(self, document: Any) -> bytes:
        moment = PDFString(self._moment)
        return PDFDictionary(
            {
                "Title": PDFString(self.title),
                "Author": PDFString(self.author),
                "Creator": PDFString(PRODUCER),
                "Producer": PDFString(PRODUCER),
                "CreationDate": moment,
                "ModDate": moment,
            }
        ).format(document)


# -- colour (PDF/A-3, 6.2.3 and 6.2.4) -------------------------------------------------


@cache
def _srgb_profile() -> bytes:
    """The sRGB ICC profile, Flate-compressed once per process."""
    return zlib.compress(resource_path("color", "sRGB.icc").read_bytes())


def _output_intent() -> PDFDictionary:
    profile = PDFStream(
        PDFDictionary({"N": 3, "Filter": PDFName("FlateDecode")}), content=_srgb_profile()
    )
    return PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(_SRGB),
            "Info": PDFString(_SRGB),
            "RegistryName": PDFString("http://www.color.org"),
            "DestOutputProfile": profile,  # a stream: written as an indirect object
        }
    )


# -- the embedded XML (PDF/A-3, 6.8) ---------------------------------------------------


def _embedded_xml(doc: Any, xml: bytes, issued: date) -> PDFDictionary:
    stream = doc.Reference(
        PDFStream(
            PDFDictionary(
                {
                    "Type": PDFName("EmbeddedFile"),
                    # The MIME type text/xml; the "/" in a name is written #2F (PDFName
                    # escapes only delimiters and the bytes outside ! to ~).
                    "Subtype": "/text#2Fxml",
                    "Filter": PDFName("FlateDecode"),
                    "Params": PDFDictionary(
                        {
                            "ModDate": PDFString(_pdf_date(issued)),
                            "Size": len(xml),
                            "CheckSum": PDFText(hashlib.md5(xml).digest(), enc="raw"),
                        }
                    ),
                }
            ),
            content=zlib.compress(xml),
        )
    )
    return PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(FACTURX_FILENAME),
            "UF": PDFString(FACTURX_FILENAME),
            "EF": PDFDictionary({"F": stream, "UF": stream}),
            "Desc": PDFString("Factur-X invoice"),
            # The XML holds the whole invoice, every mention the PDF prints: it is an
            # alternative representation of the document, the relationship Factur-X
            # gives the EN 16931 profile (MINIMUM and BASIC WL, which hold less, use Data).
            "AFRelationship": PDFName("Alternative"),
        }
    )


# -- metadata (PDF/A-3, 6.6) -----------------------------------------------------------


def _pdf_date(day: date) -> str:
    return f"D:{day:%Y%m%d}000000+00'00'"


def _xmp_date(day: date) -> str:
    return f"{day:%Y-%m-%d}T00:00:00+00:00"


_XMP = """\
<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>3</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{producer}</pdf:Producer>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>{producer}</xmp:CreatorTool>
   <xmp:CreateDate>{moment}</xmp:CreateDate>
   <xmp:ModifyDate>{moment}</xmp:ModifyDate>
  </rdf:Description>
{facturx} </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""

# The XMP extension schema Factur-X 1.0 defines for the embedded invoice. PDF/A-3, 6.6:
# a property outside the predefined schemas is declared in an extension schema, here the
# four fx: properties of Factur-X, which the last description then gives.
FACTURX_XMP_NAMESPACE = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
_FACTURX_PROPERTIES = {
    "DocumentFileName": ("The name of the embedded XML document", FACTURX_FILENAME),
    "DocumentType": ("The type of the hybrid document in capital letters", "INVOICE"),
    "Version": ("The actual version of the standard applying to the embedded XML document", "1.0"),
    "ConformanceLevel": ("The conformance level of the embedded XML document", "EN 16931"),
}
_FACTURX_DECLARED = "".join(
    f"""\
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>{name}</pdfaProperty:name>
         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
         <pdfaProperty:category>external</pdfaProperty:category>
         <pdfaProperty:description>{meaning}</pdfaProperty:description>
        </rdf:li>
"""
    for name, (meaning, _) in _FACTURX_PROPERTIES.items()
)
_FACTURX_VALUES = "".join(
    f"   <fx:{name}>{value}</fx:{name}>\n" for name, (_, value) in _FACTURX_PROPERTIES.items()
)
_FACTURX_XMP = f"""\
  <rdf:Description rdf:about=""
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>{FACTURX_XMP_NAMESPACE}</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>fx</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
{_FACTURX_DECLARED}\
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:fx="{FACTURX_XMP_NAMESPACE}">
{_FACTURX_VALUES}\
  </rdf:Description>
"""


def _xmp(archive: Archive) -> bytes:
    return _XMP.format(
        title=escape(archive.title),
        author=escape(archive.author),
        producer=PRODUCER,
        moment=_xmp_date(archive.created),
        facturx=_FACTURX_XMP if archive.facturx is not None else "",
    ).encode()


def _metadata_stream(xmp: bytes) -> PDFStream:
    """The catalog's XMP stream, left uncompressed so that any tool can read it (ReportLab
    compresses only the streams given filters, or all when `defaultStreamFilters` is set,
    which Cadence never does)."""
    return PDFStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), content=xmp
    )
