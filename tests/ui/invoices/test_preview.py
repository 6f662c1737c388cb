"""The selected document's PDF inside the window: written on demand, read without
keeping the file open, printed, and its folder opened."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadence.domain.invoicing import PdfState
from cadence.services.invoices import write_pdf
from cadence.services.pdfs import produce_pdfs
from cadence.store.models import Invoice
from cadence.ui.invoices.tab import InvoicesTab
from cadence.ui.operations import Change, DbOp, Operations

from .conftest import Books, Printing, Urls  # type: ignore[import-not-found]

TODAY = date(2026, 11, 25)
LEFT = Qt.MouseButton.LeftButton


def select_number(tab: InvoicesTab, books: Books, number: str) -> None:
    assert tab.table.select_id(books.id(number))


def written(operations: Operations, books: Books, number: str) -> Path:
    with operations.database.transaction() as session:
        return write_pdf(session, invoice_id=books.id(number), today=TODAY).path


def status_line(tab: InvoicesTab) -> str:
    window = tab.context.window
    assert isinstance(window, QMainWindow)
    return window.statusBar().currentMessage()


def test_a_pdf_not_written_yet_is_written_on_demand_then_shown(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot, tmp_path: Path
) -> None:
    select_number(tab, books, "FA2026-00002")
    preview = tab.preview
    qtbot.waitUntil(lambda: preview.pages.currentWidget() is preview.message_page)
    assert "has not been written yet" in preview.message.text()
    assert not tab.print_action.isEnabled()
    with qtbot.waitSignal(operations.changed):
        qtbot.mouseClick(preview.write_button, LEFT)
    qtbot.waitUntil(preview.is_ready)
    assert preview.document.pageCount() == 1
    path = tmp_path / "factures" / "2026" / "FA2026-00002.pdf"
    with operations.database.reading() as session:
        invoice = session.get_one(Invoice, books.id("FA2026-00002"))
        assert (invoice.pdf_state, invoice.pdf_path) == (PdfState.WRITTEN, str(path))
        assert invoice.pdf_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert tab.print_action.isEnabled()
    assert "FA2026-00002" in status_line(tab)


def test_the_preview_holds_the_bytes_not_the_file(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    path = written(operations, books, "FA2026-00003")
    select_number(tab, books, "FA2026-00003")
    qtbot.waitUntil(tab.preview.is_ready)
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to list the open files")
    open_files = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    assert str(path.resolve()) not in open_files  # it may be rewritten at any time


def test_a_lost_pdf_is_said_and_written_again_as_it_was(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    path = written(operations, books, "FA2026-00003")
    original = path.read_bytes()
    path.unlink()
    select_number(tab, books, "FA2026-00003")
    preview = tab.preview
    qtbot.waitUntil(lambda: preview.pages.currentWidget() is preview.message_page)
    assert "is no longer at" in preview.message.text()
    assert preview.write_button.text() == "Write it again"
    preview.write_button.click()
    qtbot.waitUntil(preview.is_ready)
    assert path.read_bytes() == original


def test_a_changed_pdf_is_not_shown_as_if_it_were_the_invoice(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    path = written(operations, books, "FA2026-00003")
    path.write_bytes(path.read_bytes() + b"%% edited by hand\n")
    select_number(tab, books, "FA2026-00003")
    preview = tab.preview
    qtbot.waitUntil(lambda: preview.pages.currentWidget() is preview.message_page)
    assert "was changed since Cadence wrote it" in preview.message.text()


def test_print_renders_every_page_to_the_printer(
    books: Books, tab: InvoicesTab, operations: Operations, printing: Printing, qtbot: QtBot
) -> None:
    written(operations, books, "FA2026-00004")
    select_number(tab, books, "FA2026-00004")
    qtbot.waitUntil(tab.print_action.isEnabled)
    tab.print_action.trigger()
    assert printing.asked == [1]
    reader = PdfReader(printing.target)
    assert len(reader.pages) == 1
    # The page drawn as an image at the printer's resolution: A4 at 100 dpi.
    images = reader.pages[0]["/Resources"]["/XObject"]
    image = next(iter(images.values())).get_object()
    assert (image["/Width"], image["/Height"]) == (827, 1169)
    assert "sent to the printer" in status_line(tab)


def test_printing_nothing_when_the_dialog_is_cancelled_or_the_pdf_missing(
    books: Books, tab: InvoicesTab, operations: Operations, printing: Printing, qtbot: QtBot
) -> None:
    select_number(tab, books, "FA2026-00002")  # not written
    qtbot.waitUntil(lambda: tab.preview.shown is not None)
    tab.print_current()  # Ctrl+P
    assert printing.asked == []
    assert "write it first" in status_line(tab)
    written(operations, books, "FA2026-00004")
    select_number(tab, books, "FA2026-00004")
    qtbot.waitUntil(tab.preview.is_ready)
    printing.accept = False
    tab.print_current()
    assert printing.asked == [1]
    assert not printing.target.exists()


def test_open_folder_opens_the_pdfs_folder(
    books: Books, tab: InvoicesTab, operations: Operations, urls: Urls, qtbot: QtBot
) -> None:
    path = written(operations, books, "FA2026-00004")
    select_number(tab, books, "FA2026-00004")
    qtbot.waitUntil(tab.open_folder_action.isEnabled)
    tab.open_folder_action.trigger()
    assert urls.opened == [QUrl.fromLocalFile(str(path.parent))]


def test_double_click_opens_a_folded_preview(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    written(operations, books, "FA2026-00004")
    tab.splitter.setSizes([1366, 0])
    view = tab.table.view
    rect = view.visualRect(tab.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), LEFT, pos=rect.center())
    assert tab.splitter.sizes()[1] >= 200
    qtbot.waitUntil(tab.preview.is_ready)
    assert tab.preview.document.status() is QPdfDocument.Status.Ready


def test_a_pdf_written_in_the_background_replaces_the_message(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    select_number(tab, books, "FA2026-00002")
    qtbot.waitUntil(lambda: tab.preview.shown is not None)
    assert not tab.preview.is_ready()
    DbOp(
        operations,
        lambda session: produce_pdfs(session, workers=1),
        batches=True,
        changes={Change.INVOICES},
    ).run()
    qtbot.waitUntil(tab.preview.is_ready)
    with operations.database.reading() as session:
        assert (
            session.scalar(select(Invoice.pdf_state).where(Invoice.id == books.id("FA2026-00002")))
            is PdfState.WRITTEN
        )
