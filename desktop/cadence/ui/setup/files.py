"""The files Cadence uses: the logo printed on invoices, and the folder for their PDFs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cadence.services.company import CompanyData
from cadence.ui.setup.form import Section, form_layout, hint

PREVIEW_SIZE = QSize(280, 140)


def _path_row(edit: QLineEdit, *buttons: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    for button in buttons:
        layout.addWidget(button)
    row.setFocusProxy(edit)
    return row


class LogoSection(Section):
    """An optional PNG or JPEG logo, shown as it will be scaled down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo_path = QLineEdit()
        self.logo_path.setPlaceholderText(self.tr("No logo"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.preview = QLabel()
        self.preview.setObjectName("logo_preview")
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setWordWrap(True)
        form = form_layout()
        row = _path_row(self.logo_path, self.choose, self.remove)
        form.addRow(self.tr("Logo file"), row)
        form.addRow(self.tr("Preview"), self.preview)
        self._form(form, {"logo_path": row})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "A PNG or JPEG image, printed at the top of your invoices. "
                    "You can add one later."
                )
            )
        )
        layout.addStretch(1)
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(self.logo_path.clear)
        self.logo_path.textChanged.connect(self._show_preview)
        self._show_preview()

    def title(self) -> str:
        return self.tr("Logo")

    def subtitle(self) -> str:
        return self.tr("Your logo on your invoices (optional).")

    def _choose(self) -> None:
        current = Path(self.logo_path.text().strip()).expanduser()
        start = (
            str(current.parent)
            if current.parent.is_dir() and self.logo_path.text().strip()
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose your logo"),
            start,
            self.tr("Images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)"),
        )
        if chosen:
            self.logo_path.setText(chosen)

    def _show_preview(self) -> None:
        text = self.logo_path.text().strip()
        self.remove.setEnabled(bool(text))
        if not text:
            self.preview.setText(self.tr("No logo"))
            return
        path = Path(text).expanduser()
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size() if path.is_file() else QSize()
        if size.isValid():
            # Decoding at the preview's size keeps a large photo quick to show.
            reader.setScaledSize(size.scaled(PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read() if size.isValid() else None
        if image is None or image.isNull():
            self.preview.setText(self.tr("This file cannot be shown as an image."))
            return
        self.preview.setPixmap(QPixmap.fromImage(image))

    def load(self, data: CompanyData) -> None:
        self.logo_path.setText(data.logo_path)

    def values(self) -> dict[str, object]:
        return {"logo_path": self.logo_path.text().strip()}


class PdfFolderSection(Section):
    """Where the PDF of every issued document is written."""

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = default_folder
        self.pdf_folder = QLineEdit()
        self.pdf_folder.setPlaceholderText(str(default_folder))
        self.choose = QPushButton(self.tr("Choose…"))
        self.use_default = QPushButton(self.tr("Use the default"))
        form = form_layout()
        row = _path_row(self.pdf_folder, self.choose, self.use_default)
        form.addRow(self.tr("PDF folder"), row)
        self._form(form, {"pdf_folder": row})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "Cadence saves the PDF of every invoice and credit note here, in one folder "
                    "per year, named by number. The default is {folder}."
                ).format(folder=default_folder)
            )
        )
        layout.addStretch(1)
        self.choose.clicked.connect(self._choose)
        self.use_default.clicked.connect(lambda: self.pdf_folder.setText(str(self._default)))

    def title(self) -> str:
        return self.tr("Invoice PDFs")

    def subtitle(self) -> str:
        return self.tr("The folder where your invoices are saved as PDF files.")

    def _choose(self) -> None:
        current = Path(self.pdf_folder.text().strip() or self._default).expanduser()
        start = next((str(folder) for folder in (current, *current.parents) if folder.is_dir()), "")
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the PDF folder"), start)
        if chosen:
            self.pdf_folder.setText(chosen)

    def load(self, data: CompanyData) -> None:
        # An empty setting means the default folder: show where that is.
        self.pdf_folder.setText(data.pdf_folder or str(self._default))

    def values(self) -> dict[str, object]:
        return {"pdf_folder": self.pdf_folder.text().strip()}
