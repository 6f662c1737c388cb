"""Printing a PDF already loaded in the preview, through the system's printers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

# Asks the owner which printer and pages (of how many): True to print. Tests give their own.
PrintDialog = Callable[[QPrinter, int, QWidget], bool]

# Pages are rendered to an image at the printer's resolution, up to this: an A4
# page at 1200 dpi would be a 540 MB image, and 300 dpi is as sharp as paper shows.
MAX_DPI = 300


def ask_printer(printer: QPrinter, pages: int, parent: QWidget) -> bool:
    """The system's print dialog."""
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, pages))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the pages the printer was set to (all by default); return how many."""
    count = document.pageCount()
    first = printer.fromPage() or 1
    last = min(printer.toPage() or count, count)
    dpi = min(printer.resolution(), MAX_DPI)
    printer.setFullPage(True)  # the PDF's pages carry their own margins
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for page in range(first - 1, last):
            if printed:
                printer.newPage()
            draw_pdf_page(painter, document, page, dpi)
            printed += 1
    finally:
        painter.end()
    return printed


def draw_pdf_page(painter: QPainter, document: QPdfDocument, page: int, dpi: int) -> None:
    """Page `page` of `document`, rendered at `dpi`, fitted to the paper with its
    proportions kept, centred (the PDF has its own margins)."""
    points = document.pagePointSize(page)
    image = document.render(
        page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    )
    area = QRectF(painter.viewport())
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    target = QRectF(
        area.x() + (area.width() - width) / 2,
        area.y() + (area.height() - height) / 2,
        width,
        height,
    )
    painter.drawImage(target, image)
