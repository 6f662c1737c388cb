"""Saving what the Reports tab shows: a section's tables as CSV, the whole report as a
PDF. Files are written whole or not at all (a temporary name, then renamed)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from cadence.domain.parties import Language
from cadence.services.pdfs import write_atomically
from cadence.ui.formatting import locale_name
from cadence.ui.reports.figure_table import FigureTable

FOLDER_KEY = "reports/folder"


def tables_csv(tables: Sequence[FigureTable]) -> bytes:
    """The tables one after the other, a blank line between, as UTF-8 a spreadsheet
    recognises (with its byte-order mark: Excel reads accents right)."""
    text = "\r\n".join(table.csv_text() for table in tables)
    return text.encode("utf-8-sig")


def write_tables(tables: Sequence[FigureTable], path: Path) -> None:
    write_atomically(tables_csv(tables), path)


def file_name(title: str, first: date, last: date, extension: str) -> str:
    """ "Rapport-2025-12-2026-11.pdf": the period in the name, nothing a disk refuses."""
    safe = "".join(char if char.isalnum() else "-" for char in title).strip("-")
    return f"{safe}-{first:%Y-%m}-{last:%Y-%m}.{extension}"


def report_language() -> Language:
    """The PDF report is in the interface's language."""
    return Language.FRENCH if locale_name().startswith("fr") else Language.ENGLISH
