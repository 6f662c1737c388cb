"""The A4 page every document is laid on, its footer, and byte-identical output.

The first page has fixed zones: the sender at the top left, the document's
title at the top right, and the recipient's address where the window of a DL
envelope (window on the right, 100 × 45 mm) shows it once the sheet is folded
in three; the body flows below and on to plain pages. Each page's footer
carries the seller's legal identity and "Page x / y".

Output is deterministic: ReportLab's invariant mode, the document's own date
as creation date, and a document ID ReportLab derives from the title, author
and subject (so from the document's number), never from the clock. (ReportLab
mixes SOURCE_DATE_EPOCH into that ID when the variable is set: a build
environment setting it gets other, equally stable, bytes.) An archival file
(`pdfa.py`) has its own ID, a digest of its pages and metadata.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import (
    BaseDocTemplate,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
)
from reportlab.platypus.flowables import KeepInFrame
from reportlab.platypus.frames import Frame

from cadence.documents import styles
from cadence.documents.fonts import REGULAR, register_fonts
from cadence.documents.labels import text
from cadence.documents.pdfa import ArchivalCanvas, Archive
from cadence.domain.parties import Language

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TOP = 15 * mm
BOTTOM = 25 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

# First-page zones, measured from the top left corner of the sheet.
_SENDER = (MARGIN, TOP, 85 * mm, 72 * mm)
_RIGHT_COLUMN = 112 * mm
_RIGHT_WIDTH = PAGE_WIDTH - MARGIN - _RIGHT_COLUMN
_HEADING = (_RIGHT_COLUMN, TOP, _RIGHT_WIDTH, 33 * mm)
_WINDOW = (_RIGHT_COLUMN, 52 * mm, _RIGHT_WIDTH, 38 * mm)
_FIRST_BODY_TOP = 96 * mm

LANGUAGE_TAGS = {Language.FRENCH: "fr-FR", Language.ENGLISH: "en-GB"}  # a PDF's /Lang
FOOTER_SIZE = 7
_FOOTER_LEADING = 9
_FOOTER_RULE = 20 * mm
PAGE_NUMBER_BASELINE = 8 * mm  # a running title at the foot of the page sits on it too


@dataclass(frozen=True, slots=True)
class Layout:
    """What goes in each zone of a document."""

    sender: Sequence[Flowable]
    heading: Sequence[Flowable]
    recipient: Sequence[Flowable]
    body: Sequence[Flowable]


@dataclass(frozen=True, slots=True)
class Identity:
    """The document's metadata and the text of its footer."""

    title: str  # "Facture FA2026-00042"
    author: str
    subject: str
    language: Language
    created: date
    legal_lines: tuple[str, ...] = ()  # the seller's legal identity
    running_title: bool = True  # repeat the title at the foot of each page


def _frame(x: float, top: float, width: float, height: float, name: str) -> Frame:
    return Frame(
        x,
        PAGE_HEIGHT - top - height,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


def _zone(flowables: Sequence[Flowable], zone: tuple[float, float, float, float]) -> Flowable:
    """A fixed zone shrinks what it holds rather than let it spill into the next one."""
    return KeepInFrame(zone[2], zone[3], list(flowables), mode="shrink")


def _page_form(page: int) -> str:
    return f"page-number-{page}"


class _NumberingCanvas(Canvas):
    """A canvas that writes each page's "Page x / y" when saved, once y is known.

    Pages draw a reference to a form XObject of their own; `save` defines
    those forms (PDF allows a form to be defined after its use), so the
    document is laid out once.
    """

    def __init__(self, *args: Any, language: Language, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._language = language

    def save(self) -> None:
        pages = self.getPageNumber() - 1
        for page in range(1, pages + 1):
            self.beginForm(_page_form(page))
            self.setFont(REGULAR, FOOTER_SIZE)
            self.setFillColor(styles.MUTED)
            label = text(self._language, "page", page=str(page), pages=str(pages))
            self.drawRightString(PAGE_WIDTH - MARGIN, PAGE_NUMBER_BASELINE, label)
            self.endForm()
        super().save()


class _ArchivalNumberingCanvas(_NumberingCanvas, ArchivalCanvas):
    """Numbered pages in a PDF/A-3B file: the page numbers are drawn, then the file
    completed (`ArchivalCanvas.save`)."""


def numbering_canvas(language: Language, archive: Archive | None = None) -> Callable[..., Canvas]:
    """The canvas maker of a document whose pages end with "Page x / y" in `language`
    (each page calls `draw_page_number`): a PDF/A-3B file with `archive`, else
    ReportLab's plain PDF."""
    if archive is None:
        return partial(_NumberingCanvas, language=language)
    return partial(_ArchivalNumberingCanvas, language=language, archive=archive)


def draw_page_number(canvas: Canvas, page: int) -> None:
    """Page `page`'s "Page x / y", written by the canvas once the pages are counted."""
    canvas.doForm(_page_form(page))


def _footer(identity: Identity) -> Callable[[Canvas, Any], None]:
    lines: list[str] = []
    for line in identity.legal_lines:
        lines.extend(simpleSplit(line, REGULAR, FOOTER_SIZE, CONTENT_WIDTH))

    def draw(canvas: Canvas, document: Any) -> None:
        canvas.saveState()
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, _FOOTER_RULE, PAGE_WIDTH - MARGIN, _FOOTER_RULE)
        canvas.setFillColor(styles.MUTED)
        canvas.setFont(REGULAR, FOOTER_SIZE)
        y = _FOOTER_RULE - 3.5 * mm
        for line in lines[:3]:
            canvas.drawCentredString(PAGE_WIDTH / 2, y, line)
            y -= _FOOTER_LEADING
        if identity.running_title:
            canvas.drawString(MARGIN, PAGE_NUMBER_BASELINE, identity.title)
        draw_page_number(canvas, document.page)
        canvas.restoreState()

    return draw


def render(
    compose: Callable[[], Layout],
    identity: Identity,
    *,
    archival: bool,
    facturx: bytes | None = None,
) -> bytes:
    """The PDF of the layout `compose` returns (called once the fonts its paragraphs
    name are registered): first-page zones, then the body on as many pages as it needs.

    `archival`: a PDF/A-3B file (`pdfa.py`), with `facturx`, an invoice's Factur-X XML,
    embedded in it; otherwise ReportLab's plain PDF of the pages.
    """
    if facturx is not None and not archival:
        raise ValueError("the Factur-X XML is embedded in an archival file only")
    register_fonts()
    layout = compose()
    footer = _footer(identity)
    created = f"D:{identity.created:%Y%m%d}000000+00'00'"

    def first_page(canvas: Canvas, document: Any) -> None:
        # Creation and modification date: the document's date, midnight UTC.
        canvas.setDateFormatter(lambda *ignored: created)
        footer(canvas, document)

    first = PageTemplate(
        id="first",
        frames=[
            _frame(*_SENDER, name="sender"),
            _frame(*_HEADING, name="heading"),
            _frame(*_WINDOW, name="recipient"),
            _frame(
                MARGIN,
                _FIRST_BODY_TOP,
                CONTENT_WIDTH,
                PAGE_HEIGHT - _FIRST_BODY_TOP - BOTTOM,
                "body",
            ),
        ],
        onPage=first_page,
    )
    later = PageTemplate(
        id="later",
        frames=[_frame(MARGIN, TOP, CONTENT_WIDTH, PAGE_HEIGHT - TOP - BOTTOM, "body")],
        onPage=footer,
    )
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=[first, later],
        title=identity.title,
        author=identity.author,
        subject=identity.subject,
        creator="Cadence",
        invariant=1,
        lang=LANGUAGE_TAGS[identity.language],
        # The canvas starts every page in this font; left at its default
        # (Helvetica) it would put a font PDF/A forbids in each page.
        initialFontName=REGULAR,
    )
    story: list[Flowable] = [
        _zone(layout.sender, _SENDER),
        FrameBreak,
        _zone(layout.heading, _HEADING),
        FrameBreak,
        _zone(layout.recipient, _WINDOW),
        FrameBreak,
        NextPageTemplate("later"),
        *layout.body,
    ]

    archive: Archive | None = None
    if archival:
        archive = Archive(
            title=identity.title,
            author=identity.author,
            language=identity.language,
            created=identity.created,
            facturx=facturx,
        )
    document.build(story, canvasmaker=numbering_canvas(identity.language, archive))
    return buffer.getvalue()
