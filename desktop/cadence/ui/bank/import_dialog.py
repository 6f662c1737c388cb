"""Importing a statement: the owner picks the file; it is read and imported on the
writer thread (never the window's); a bank's CSV whose columns are new opens the
mapping dialog; and the owner is told what came in, or why nothing did."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError
from cadence.exchange.bank_csv import CsvPreview
from cadence.exchange.detect import CsvMappingNeeded
from cadence.exchange.statement import CsvMapping
from cadence.services.bank_import import ImportResult, import_statement
from cadence.ui.bank.csv_mapping_dialog import CsvMappingDialog
from cadence.ui.bank.labels import Bank
from cadence.ui.customers.prompts import inform
from cadence.ui.messages import error_text
from cadence.ui.operations import Change, DbOp, Operations

FOLDER_KEY = "bank/folder"
# An import adds lines and their suggestions; nothing is recorded until confirmed.
IMPORT_CHANGES = frozenset({Change.BANK})

# Asks which file to open: (title, file filter) → the path, or None.
FileChooser = Callable[[str, str], Path | None]


def ask_which_file(parent: QWidget) -> FileChooser:
    """The system's open dialog, in the folder a statement was last taken from."""

    def choose(title: str, filter_text: str) -> Path | None:
        settings = QSettings()
        folder = str(
            settings.value(FOLDER_KEY, "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        )
        chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, filter_text)
        if not chosen:
            return None
        path = Path(chosen)
        settings.setValue(FOLDER_KEY, str(path.parent))
        return path

    return choose


@dataclass(frozen=True)
class Outcome:
    """What reading the file gave: the import, a CSV to map first, or a disk's refusal."""

    file_name: str
    result: ImportResult | None = None
    data: bytes = b""  # kept for the mapping dialog, which reads it again
    preview: CsvPreview | None = None
    problem: str = ""  # the disk's own words when the file could not be read


def import_work(
    path: Path, today: date, mapping: CsvMapping | None = None, bank_name: str = ""
) -> Callable[[Session], Outcome]:
    """The operation's work: read the file, then import it."""

    def work(session: Session) -> Outcome:
        try:
            data = path.read_bytes()
        except OSError as error:
            return Outcome(path.name, problem=error.strerror or str(error))
        try:
            result = import_statement(
                session, data, path.name, today=today, mapping=mapping, bank_name=bank_name
            )
        except CsvMappingNeeded as needed:
            # Nothing was written: the statement is read before anything is stored.
            return Outcome(path.name, data=data, preview=needed.preview)
        return Outcome(path.name, result=result)

    return work


class StatementImport(QObject):
    """The import of one statement after another, from the tab's button."""

    imported = Signal(object)  # the ImportResult
    busy_changed = Signal(bool)

    def __init__(
        self,
        operations: Operations,
        today: Callable[[], date],
        parent: QWidget,
        choose_file: FileChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._today = today
        self._parent = parent
        self._choose_file = choose_file or ask_which_file(parent)
        self.busy = False
        # What the owner last saw (tests and the screenshot tour read them).
        self.notice: QMessageBox | None = None
        self.mapping_dialog: CsvMappingDialog | None = None

    def start(self) -> None:
        """Ask for the file, then import it."""
        if self.busy:
            return
        path = self._choose_file(
            self.tr("Import a bank statement"),
            self.tr("Bank statements (*.ofx *.qfx *.xml *.sta *.mt940 *.txt *.csv);;All files (*)"),
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        self._set_busy(True)
        DbOp(
            self._operations, import_work(path, self._today()), writes=True, changes=IMPORT_CHANGES
        ).success(self._read).failure(self._refused).run(self._parent)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def _read(self, outcome: Outcome) -> None:
        self._set_busy(False)
        if outcome.problem:
            self._tell(
                self.tr("“{file}” could not be read: {problem}").format(
                    file=outcome.file_name, problem=outcome.problem
                ),
                warning=True,
            )
        elif outcome.preview is not None:
            self._ask_mapping(outcome.file_name, outcome.data, outcome.preview)
        elif outcome.result is not None:
            self._done(outcome.result)

    def _refused(self, error: KnownError) -> None:
        """Already imported, or a file Cadence cannot read: nothing was recorded."""
        self._set_busy(False)
        self._tell(error_text(error), warning=True)

    def _ask_mapping(self, file_name: str, data: bytes, preview: CsvPreview) -> None:
        operations, today = self._operations, self._today()

        def import_with(mapping: CsvMapping, bank_name: str) -> DbOp[ImportResult]:
            def work(session: Session) -> ImportResult:
                return import_statement(
                    session, data, file_name, today=today, mapping=mapping, bank_name=bank_name
                )

            return DbOp(operations, work, writes=True, changes=IMPORT_CHANGES)

        dialog = CsvMappingDialog(data, preview, import_with, self._parent)
        dialog.imported.connect(self._done)
        self.mapping_dialog = dialog
        dialog.open()

    def _done(self, result: ImportResult) -> None:
        words = Bank()
        parts = [words.lines(result.lines), words.new_lines(result.new_lines)]
        if result.suggested:
            parts.append(words.suggested(result.suggested))
        if result.set_aside:
            parts.append(words.set_aside(result.set_aside))
        text = self.tr("Statement imported: {parts}.").format(parts=", ".join(parts))
        if result.lines and not result.new_lines:
            text += " " + self.tr(
                "Every line of it was already read from another statement: nothing new."
            )
        self._tell(text)
        self.imported.emit(result)

    def _tell(self, text: str, *, warning: bool = False) -> None:
        self.notice = inform(self._parent, self.tr("Bank statement"), text, warning=warning)
