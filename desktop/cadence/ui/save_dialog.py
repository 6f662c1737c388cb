"""Asking where to save a file: the system's dialog, opening in the folder used last
time for that kind of file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

# Asks where to save: (title, suggested file name, file filter) → the path, or None.
PathChooser = Callable[[str, str, str], Path | None]


def ask_where(parent: QWidget, folder_key: str) -> PathChooser:
    """A chooser showing the system's save dialog, in the folder last used for files
    remembered under `folder_key` (the documents folder the first time)."""

    def choose(title: str, name: str, filter_text: str) -> Path | None:
        settings = QSettings()
        folder = str(
            settings.value(folder_key, "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen, _ = QFileDialog.getSaveFileName(
            parent, title, str(Path(folder) / name), filter_text
        )
        if not chosen:
            return None
        path = Path(chosen)
        settings.setValue(folder_key, str(path.parent))
        return path

    return choose
