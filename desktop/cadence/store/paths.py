"""Where Cadence keeps its data on each platform."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path, user_documents_path

APP_NAME = "Cadence"
DATABASE_FILE_NAME = "cadence.sqlite3"


def default_database_path() -> Path:
    """~/.local/share/Cadence/cadence.sqlite3 on Linux, the platform's equivalent elsewhere."""
    return user_data_path(APP_NAME, appauthor=False) / DATABASE_FILE_NAME


def backups_folder(database: Path) -> Path:
    """Backups live beside the database they copy, in a `backups` folder."""
    return database.parent / "backups"


def default_pdf_folder() -> Path:
    """Where invoice PDFs go unless the company says otherwise: the user's
    documents folder, Cadence/Invoices."""
    return user_documents_path() / APP_NAME / "Invoices"
