"""A customer's statement of account as a PDF: the period and the file, then built
and written off the GUI thread (rendering takes a while)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.documents.statement_pdf import render_statement
from cadence.domain.errors import KnownError
from cadence.domain.text import search_key
from cadence.services.pdfs import write_atomically
from cadence.services.statements import customer_statement
from cadence.ui.forms import ERROR_STYLE
from cadence.ui.messages import error_text
from cadence.ui.operations import DbOp, Operations
from cadence.ui.subscriptions.widgets import qdate

_FOLDER_KEY = "statements/folder"
_OPEN_KEY = "statements/open_when_written"


def default_period(today: date) -> tuple[date, date]:
    """The last three months: from the first of the month two months back to today."""
    return today.replace(day=1) - relativedelta(months=2), today


def default_file_name(customer_name: str, end: date) -> str:
    """Releve-Elodie-Lefevre-2026-11.pdf: no accent or character a file system refuses."""
    words = re.sub(r"[^0-9a-z]+", "-", search_key(customer_name)).strip("-")
    name = "-".join(word.capitalize() for word in words.split("-") if word) or "Client"
    return f"Releve-{name}-{end:%Y-%m}.pdf"


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def write_statement(
    session: Session, *, customer_id: int, start: date, end: date, today: date, path: Path
) -> str | None:
    """Build the statement from `start` to `end` (both included) and write it to `path`;
    the reason when the file cannot be written (a read-only folder, a full disk)."""
    document = customer_statement(
        session, customer_id=customer_id, start=start, end=end + timedelta(days=1), today=today
    )
    try:
        write_atomically(render_statement(document), path)
    except OSError as error:
        return error.strerror or str(error)
    return None


class StatementDialog(QDialog):
    """Choose the period and the file; the dialog stays open until the PDF is written."""

    written = Signal(object)  # the Path of the PDF

    def __init__(
        self,
        operations: Operations,
        *,
        customer_id: int,
        customer_name: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._customer_id = customer_id
        self._today = today
        self.setWindowTitle(self.tr("Statement of {name}").format(name=customer_name))
        start, end = default_period(today)
        self.start = QDateEdit(qdate(start))
        self.end = QDateEdit(qdate(end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setMaximumWidth(170)
        folder = QSettings().value(_FOLDER_KEY)
        if not isinstance(folder, str) or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        self.path = QLineEdit(str(Path(folder) / default_file_name(customer_name, end)))
        self.path.setMinimumWidth(420)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_file)
        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.path, 1)
        file_layout.addWidget(choose)
        self.open_when_written = QCheckBox(self.tr("Open the PDF once it is written"))
        self.open_when_written.setChecked(QSettings().value(_OPEN_KEY, True) in (True, "true"))

        form = QFormLayout()
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To (included)"), self.end)
        self.period_error = QLabel()
        self.period_error.setStyleSheet(ERROR_STYLE)
        self.period_error.hide()
        form.addRow("", self.period_error)
        form.addRow(self.tr("Save as"), file_row)
        form.addRow("", self.open_when_written)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "The statement lists the invoices, credit notes and payments of the "
                "period, the balance before and after it, and what is overdue today."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the statement as"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.path.setText(chosen)

    def _show_error(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def accept(self) -> None:
        start, end = to_date(self.start.date()), to_date(self.end.date())
        self.period_error.hide()
        if start > end:
            self.period_error.setText(self.tr("The period must start before it ends."))
            self.period_error.show()
            self.start.setFocus()
            return
        text = self.path.text().strip()
        if not text:
            self._show_error(self.tr("Choose where to save the PDF."))
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if path.is_dir():
            self._show_error(self.tr("{path} is a folder: give a file name.").format(path=path))
            return
        customer_id, today = self._customer_id, self._today
        self.buttons.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing the statement…"))
        DbOp(
            self._operations,
            lambda session: write_statement(
                session, customer_id=customer_id, start=start, end=end, today=today, path=path
            ),
        ).success(lambda problem: self._done(path, problem)).failure(self._refused).run(self)

    def _done(self, path: Path, problem: str | None) -> None:
        self.buttons.setEnabled(True)
        if problem is not None:
            self._show_error(
                self.tr("The PDF could not be written to {path}: {problem}").format(
                    path=path, problem=problem
                )
            )
            return
        settings = QSettings()
        settings.setValue(_FOLDER_KEY, str(path.parent))
        settings.setValue(_OPEN_KEY, self.open_when_written.isChecked())
        if self.open_when_written.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.written.emit(path)
        super().accept()

    def _refused(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        self._show_error(error_text(error))
