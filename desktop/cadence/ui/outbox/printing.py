"""Printing a message to post it: its subject and text as a letter, then its PDF
attachments (the invoice, the formal notice), in one print job."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QRectF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPainter, QTextCursor, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from cadence.ui.invoices.printing import MAX_DPI, draw_pdf_page

MARGIN_MM = 20.0

PagePainter = Callable[[QPainter, QPrinter], None]


def letter(subject: str, body: str) -> QTextDocument:
    """The subject in bold, then the text, both as plain text (user text is never markup)."""
    document = QTextDocument()
    font = QFont()
    font.setPointSize(11)
    document.setDefaultFont(font)
    cursor = QTextCursor(document)
    title = cursor.charFormat()
    title.setFontWeight(QFont.Weight.Bold)
    cursor.insertText(subject, title)
    cursor.insertBlock()
    cursor.insertBlock()
    plain = cursor.charFormat()
    plain.setFontWeight(QFont.Weight.Normal)
    cursor.insertText(body, plain)
    return document


def load_pdf(content: bytes, parent: QObject) -> QPdfDocument:
    """A PDF read from its bytes (no file stays open); its buffer goes with it."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def _letter_pages(document: QTextDocument, printer: QPrinter) -> list[PagePainter]:
    # Laid out at the printer's resolution, within margins of its full page.
    document.documentLayout().setPaintDevice(printer)
    resolution = printer.resolution()
    margin = MARGIN_MM / 25.4 * resolution
    full = printer.pageLayout().fullRectPixels(resolution)
    width, height = full.width() - 2 * margin, full.height() - 2 * margin
    document.setPageSize(QSizeF(width, height))

    def page(number: int) -> PagePainter:
        def draw(painter: QPainter, _printer: QPrinter) -> None:
            painter.save()
            painter.translate(margin, margin - number * height)
            document.drawContents(painter, QRectF(0, number * height, width, height))
            painter.restore()

        return draw

    return [page(number) for number in range(document.pageCount())]


def _pdf_pages(document: QPdfDocument) -> list[PagePainter]:
    def page(number: int) -> PagePainter:
        def draw(painter: QPainter, printer: QPrinter) -> None:
            draw_pdf_page(painter, document, number, min(printer.resolution(), MAX_DPI))

        return draw

    return [page(number) for number in range(document.pageCount())]


def message_pages(
    document: QTextDocument | None, pdfs: Sequence[QPdfDocument], printer: QPrinter
) -> list[PagePainter]:
    """The pages to print: the letter's (if any), then each PDF's."""
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    pages = _letter_pages(document, printer) if document is not None else []
    for pdf in pdfs:
        pages += _pdf_pages(pdf)
    return pages


def print_pages(pages: Sequence[PagePainter], printer: QPrinter) -> int:
    """Print the pages the printer was set to (all by default); return how many."""
    first = printer.fromPage() or 1
    last = min(printer.toPage() or len(pages), len(pages))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for page in pages[first - 1 : last]:
            if printed:
                printer.newPage()
            page(painter, printer)
            printed += 1
    finally:
        painter.end()
    return printed
