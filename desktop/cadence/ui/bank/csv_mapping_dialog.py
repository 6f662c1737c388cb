"""Reading a bank's CSV export the first time: the owner says which columns hold the
date, the amount and the label, and names the bank. Cadence remembers the choice by
the file's header row, so the next statement from that bank imports without asking.

The preview shows the first rows as they will be read: choosing another encoding
decodes them again, so that the owner sees the accents come right.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.errors import KnownError
from cadence.exchange.bank_csv import CsvPreview
from cadence.exchange.fields import clean, codecs_name, human_format, is_blank
from cadence.exchange.statement import CsvMapping
from cadence.services.bank_import import ImportResult
from cadence.ui.forms import ERROR_STYLE, WrappedLabel, save_then_close
from cadence.ui.messages import error_text
from cadence.ui.operations import DbOp

# The preview decodes only the start of the file: what it shows, quickly, on any size.
PREVIEW_BYTES = 65536
PREVIEW_ROWS = 20
ENCODINGS = (("utf-8", "UTF-8"), ("iso-8859-15", "ISO-8859-15"), ("cp1252", "Windows-1252"))
DELIMITERS = (";", ",", "\t", "|")
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y")
_CONTROLS = re.compile(r"[\x80-\x9f]")

# Runs the import with the mapping chosen and the bank's name: an operation to run.
ImportWith = Callable[[CsvMapping, str], DbOp[ImportResult]]


def _choice(encoding: str) -> str:
    """The encoding among the dialog's choices that `encoding` is ("utf-8-sig" is UTF-8)."""
    name = codecs_name(encoding)
    for value, _label in ENCODINGS:
        if codecs_name(value) == name or name.startswith(codecs_name(value)):
            return value
    return encoding


def decoded_rows(
    data: bytes, encoding: str, delimiter: str, skip_lines: int
) -> tuple[list[str], list[list[str]], bool]:
    """The header and the first rows of the file read in `encoding`, and whether the
    file really is in it (if not, the bytes it cannot read show as "�")."""
    decoder = codecs.getincrementaldecoder(codecs_name(encoding))(errors="strict")
    head = data[:PREVIEW_BYTES]
    try:
        text, fits = decoder.decode(head, final=len(data) <= PREVIEW_BYTES), True
    except (UnicodeDecodeError, LookupError):
        text, fits = head.decode(codecs_name(encoding), errors="replace"), False
    # Bytes 0x80–0x9F read in ISO-8859-15 are control characters, not text: the file is
    # in Windows-1252 (€ ’ « …), and the import would refuse it.
    fits = fits and not _CONTROLS.search(text)
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()[skip_lines:]
    records: list[list[str]] = []
    try:
        for record in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter):
            if not is_blank(record):
                records.append([clean(value) for value in record])
            if len(records) > PREVIEW_ROWS:
                break
    except csv.Error:
        pass  # shown as far as it reads: the import itself names the line
    if not records:
        return [], [], fits
    return records[0], records[1:], fits


class CsvMappingDialog(QDialog):
    """Which column is which, with the file's first rows to see it by."""

    imported = Signal(object)  # the ImportResult, once the statement is read

    def __init__(
        self,
        data: bytes,
        preview: CsvPreview,
        import_with: ImportWith,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._preview = preview
        self._import_with = import_with
        self._header: list[str] = []
        self.setWindowTitle(self.tr("Read a bank's CSV file"))

        intro = WrappedLabel(
            self.tr(
                "Cadence does not know the columns of “{file}” yet. Say which column holds "
                "what: the next statement with the same columns is read without asking."
            ).format(file=preview.file_name),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is data

        self.bank = QLineEdit(self)
        self.bank.setPlaceholderText(self.tr("Crédit Agricole"))
        self.bank.setMaxLength(100)
        self.encoding = QComboBox(self)
        for value, label in ENCODINGS:
            self.encoding.addItem(label, value)
        chosen = _choice(preview.encoding)
        if self.encoding.findData(chosen) < 0:
            self.encoding.addItem(chosen, chosen)
        self.encoding.setCurrentIndex(self.encoding.findData(chosen))
        self.delimiter = QComboBox(self)
        for value, label in zip(
            DELIMITERS,
            (
                self.tr("; (semicolon)"),
                self.tr(", (comma)"),
                self.tr("Tab"),
                self.tr("| (vertical bar)"),
            ),
            strict=True,
        ):
            self.delimiter.addItem(label, value)
        self.delimiter.setCurrentIndex(max(self.delimiter.findData(preview.delimiter), 0))
        self.encoding_warning = QLabel(self)
        self.encoding_warning.setStyleSheet(ERROR_STYLE)
        self.encoding_warning.setWordWrap(True)
        self.encoding_warning.hide()

        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(150)

        self.date_column = QComboBox(self)
        self.date_format = QComboBox(self)
        for date_format in DATE_FORMATS:
            self.date_format.addItem(self._format_label(date_format), date_format)
        if preview.date_format and self.date_format.findData(preview.date_format) < 0:
            self.date_format.addItem(human_format(preview.date_format), preview.date_format)
        self.date_format.setCurrentIndex(max(self.date_format.findData(preview.date_format), 0))
        self.one_column = QRadioButton(self.tr("One column, money out with a minus:"), self)
        self.two_columns = QRadioButton(self.tr("A debit and a credit column:"), self)
        self.amount_kind = QButtonGroup(self)
        self.amount_kind.addButton(self.one_column)
        self.amount_kind.addButton(self.two_columns)
        self.amount_column = QComboBox(self)
        self.debit_column = QComboBox(self)
        self.credit_column = QComboBox(self)
        self.decimal_comma = QCheckBox(self.tr("Amounts have a decimal comma (1 234,56)"), self)
        self.decimal_comma.setChecked(preview.decimal_comma)
        self.text_columns = QListWidget(self)
        self.text_columns.setFlow(QListView.Flow.LeftToRight)
        self.text_columns.setWrapping(True)
        self.text_columns.setResizeMode(QListView.ResizeMode.Adjust)
        self.text_columns.setSpacing(2)
        self.text_columns.setMaximumHeight(64)
        self.payer_column = QComboBox(self)
        self.reference_column = QComboBox(self)

        debit_credit = QHBoxLayout()
        debit_credit.setContentsMargins(0, 0, 0, 0)
        debit_credit.addWidget(QLabel(self.tr("Debit:"), self))
        debit_credit.addWidget(self.debit_column, 1)
        debit_credit.addWidget(QLabel(self.tr("Credit:"), self))
        debit_credit.addWidget(self.credit_column, 1)
        date_line = QHBoxLayout()
        date_line.setContentsMargins(0, 0, 0, 0)
        date_line.addWidget(self.date_column, 1)
        date_line.addWidget(QLabel(self.tr("in the format"), self))
        date_line.addWidget(self.date_format, 1)

        file_form = QFormLayout()
        file_form.addRow(self.tr("Bank:"), self.bank)
        reading = QHBoxLayout()
        reading.setContentsMargins(0, 0, 0, 0)
        reading.addWidget(self.encoding, 1)
        reading.addWidget(QLabel(self.tr("Separator:"), self))
        reading.addWidget(self.delimiter, 1)
        file_form.addRow(self.tr("Encoding:"), reading)

        columns = QGridLayout()
        columns.setColumnStretch(1, 1)
        columns.addWidget(QLabel(self.tr("Date:"), self), 0, 0)
        columns.addLayout(date_line, 0, 1)
        columns.addWidget(QLabel(self.tr("Amount:"), self), 1, 0)
        columns.addWidget(self.one_column, 1, 1)
        columns.addWidget(self.amount_column, 2, 1)
        columns.addWidget(self.two_columns, 3, 1)
        columns.addLayout(debit_credit, 4, 1)
        columns.addWidget(self.decimal_comma, 5, 1)
        others = QFormLayout()
        others.addRow(self.tr("Label (one or more):"), self.text_columns)
        others.addRow(self.tr("Payer:"), self.payer_column)
        others.addRow(self.tr("Reference:"), self.reference_column)
        right = QVBoxLayout()
        right.addLayout(others)
        right.addStretch(1)  # the few rows at the top, beside the date and the amount
        mapping = QHBoxLayout()
        mapping.addLayout(columns, 1)
        mapping.addSpacing(16)
        mapping.addLayout(right, 1)

        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import the statement"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_form)
        layout.addWidget(self.encoding_warning)
        layout.addWidget(self.table, 1)
        layout.addLayout(mapping)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(860, 540)

        self._read_again()
        self._start_from(preview.suggested_mapping)
        self.encoding.currentIndexChanged.connect(lambda _index: self._read_again())
        self.delimiter.currentIndexChanged.connect(lambda _index: self._read_again())
        self.one_column.toggled.connect(self._amount_kind_changed)
        self._amount_kind_changed()
        self.bank.setFocus()

    def _format_label(self, date_format: str) -> str:
        return {
            "%d/%m/%Y": self.tr("dd/mm/yyyy"),
            "%Y-%m-%d": self.tr("yyyy-mm-dd"),
            "%d.%m.%Y": self.tr("dd.mm.yyyy"),
            "%m/%d/%Y": self.tr("mm/dd/yyyy"),
        }[date_format]

    # -- the preview ---------------------------------------------------------------------

    def _read_again(self) -> None:
        """The first rows decoded in the encoding chosen, split by the separator chosen;
        each column choice kept by its position (its title may read differently now)."""
        header, rows, fits = decoded_rows(
            self._data,
            str(self.encoding.currentData()),
            str(self.delimiter.currentData()),
            self._preview.skip_lines,
        )
        self.encoding_warning.setText(
            self.tr(
                "This file is not written in {encoding}: the characters shown as “�” "
                "would be lost. Choose another encoding."
            ).format(encoding=self.encoding.currentText())
        )
        self.encoding_warning.setVisible(not fits)
        width = max([len(header), *(len(row) for row in rows)], default=0)
        titles = [
            header[position] if position < len(header) and header[position] else f"#{position + 1}"
            for position in range(width)
        ]
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(titles)
        for row_number, row in enumerate(rows):
            for position, value in enumerate(row):
                item = QTableWidgetItem(value)
                self.table.setItem(row_number, position, item)
        self.table.resizeColumnsToContents()
        for position in range(width):
            self.table.setColumnWidth(position, min(self.table.columnWidth(position), 260))
        positions = self._positions()
        self._header = titles
        self._fill_choices(titles, positions)

    def _positions(self) -> dict[str, object]:
        """Each choice as column positions, to choose the same columns again."""
        return {
            "date": self.date_column.currentIndex(),
            "amount": self.amount_column.currentIndex(),
            "debit": self.debit_column.currentIndex(),
            "credit": self.credit_column.currentIndex(),
            "payer": self.payer_column.currentIndex(),
            "reference": self.reference_column.currentIndex(),
            "text": [
                row
                for row in range(self.text_columns.count())
                if self.text_columns.item(row).checkState() is Qt.CheckState.Checked
            ],
        }

    def _fill_choices(self, titles: list[str], positions: dict[str, object]) -> None:
        # Nothing chosen for a column until the owner (or the titles) says which it is.
        for key, combo, nothing in (
            ("date", self.date_column, self.tr("(choose)")),
            ("amount", self.amount_column, self.tr("(choose)")),
            ("debit", self.debit_column, self.tr("(choose)")),
            ("credit", self.credit_column, self.tr("(choose)")),
            ("payer", self.payer_column, self.tr("(none)")),
            ("reference", self.reference_column, self.tr("(none)")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(nothing, -1)
            for position, title in enumerate(titles):
                combo.addItem(title, position)
            index = positions[key]
            assert isinstance(index, int)
            combo.setCurrentIndex(index if 0 <= index < combo.count() else 0)
            combo.blockSignals(False)
        ticked = positions["text"]
        assert isinstance(ticked, list)
        self.text_columns.clear()
        for position, title in enumerate(titles):
            item = QListWidgetItem(title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if position in ticked else Qt.CheckState.Unchecked
            )
            self.text_columns.addItem(item)

    def _start_from(self, suggested: CsvMapping | None) -> None:
        """The columns Cadence guessed from their titles, for the owner to check."""
        titles = self._header

        def select(combo: QComboBox, title: str) -> None:
            if title in titles:
                combo.setCurrentIndex(combo.findData(titles.index(title)))

        if suggested is None:
            self.one_column.setChecked(True)
            return
        select(self.date_column, suggested.date_column)
        split = bool(suggested.debit_column and suggested.credit_column)
        self.two_columns.setChecked(split)
        self.one_column.setChecked(not split)
        select(self.amount_column, suggested.amount_column)
        select(self.debit_column, suggested.debit_column)
        select(self.credit_column, suggested.credit_column)
        select(self.payer_column, suggested.counterparty_column)
        select(self.reference_column, suggested.reference_column)
        for row in range(self.text_columns.count()):
            item = self.text_columns.item(row)
            if titles[row] in suggested.text_columns:
                item.setCheckState(Qt.CheckState.Checked)

    def _amount_kind_changed(self) -> None:
        split = self.two_columns.isChecked()
        self.amount_column.setEnabled(not split)
        self.debit_column.setEnabled(split)
        self.credit_column.setEnabled(split)

    # -- importing ----------------------------------------------------------------------

    def _title(self, combo: QComboBox) -> str:
        position = combo.currentData()
        if not isinstance(position, int) or position < 0 or position >= len(self._header):
            return ""
        return self._header[position]

    def mapping(self) -> CsvMapping | None:
        """The mapping chosen, or None (with the reason shown) when it is incomplete."""
        date_column = self._title(self.date_column)
        split = self.two_columns.isChecked()
        debit, credit = self._title(self.debit_column), self._title(self.credit_column)
        amount = self._title(self.amount_column)
        problem = ""
        if not date_column:
            problem = self.tr("Choose the column of the dates.")
        elif split and (not debit or not credit or debit == credit):
            problem = self.tr("Choose two different columns for the debits and the credits.")
        elif not split and not amount:
            problem = self.tr("Choose the column of the amounts.")
        if problem:
            self.error.setText(problem)
            self.error.show()
            return None
        return CsvMapping(
            encoding=str(self.encoding.currentData()),
            delimiter=str(self.delimiter.currentData()),
            date_column=date_column,
            date_format=str(self.date_format.currentData()),
            text_columns=tuple(
                self._header[row]
                for row in range(self.text_columns.count())
                if self.text_columns.item(row).checkState() is Qt.CheckState.Checked
            ),
            amount_column="" if split else amount,
            debit_column=debit if split else "",
            credit_column=credit if split else "",
            decimal_comma=self.decimal_comma.isChecked(),
            counterparty_column=self._title(self.payer_column),
            reference_column=self._title(self.reference_column),
            skip_lines=self._preview.skip_lines,
        )

    def submit(self) -> None:
        self.error.hide()
        mapping = self.mapping()
        if mapping is None:
            return
        save_then_close(
            self,
            self._import_with(mapping, self.bank.text().strip()),
            button=self.ok_button,
            show_errors=self._show_error,
            saved=self.imported.emit,
        )

    def _show_error(self, error: KnownError) -> None:
        """The file read with these columns was refused: what and where, to choose again."""
        self.error.setText(error_text(error))
        self.error.show()
