"""The selected document's PDF, shown inside the window, or why it cannot be yet."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cadence.services.invoices import DocumentPdf, PdfAvailability


class PdfPreview(QWidget):
    """A PDF view, a message with a "Write it now" button, or an invitation to select.

    The PDF is loaded from its bytes, read in the background: no file stays open,
    so Cadence (or anyone) may rewrite it at any time.
    """

    write_requested = Signal(int, str)  # (id, number) of the document whose PDF to write

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._shown: DocumentPdf | None = None

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Always there: at some sizes a page fitted to the width is just taller than the
        # view, the scroll bar appearing narrows it, the page then fits, the bar goes, and
        # the view redrew itself for ever (the window stopped answering).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # greyed: an invitation, not a message

        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.write_button = QPushButton(self.tr("Write it now"), self)
        self.write_button.clicked.connect(self._write)
        self.message_page = QWidget(self)
        message_layout = QVBoxLayout(self.message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.write_button)
        button_row.addStretch(1)
        message_layout.addLayout(button_row)
        message_layout.addStretch(2)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.message_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.show_nothing()

    @property
    def shown(self) -> DocumentPdf | None:
        """What the preview shows (None: nothing selected)."""
        return self._shown

    def is_ready(self) -> bool:
        return self._shown is not None and self.document.status() is QPdfDocument.Status.Ready

    def show_nothing(self) -> None:
        self._unload()
        self._shown = None
        self.placeholder.setText(self.tr("Select an invoice or a credit note to see it here."))
        self.pages.setCurrentWidget(self.placeholder)

    def show_loading(self) -> None:
        """While the next document is read: the previous one must not look like it."""
        self._unload()
        self._shown = None
        self.placeholder.setText(self.tr("Opening…"))
        self.pages.setCurrentWidget(self.placeholder)

    def show_writing(self, number: str) -> None:
        self._unload()
        self.message.setText(self.tr("Writing the PDF of {number}…").format(number=number))
        self.write_button.setEnabled(False)
        self.pages.setCurrentWidget(self.message_page)

    def show_document(self, pdf: DocumentPdf) -> None:
        self._unload()
        self._shown = pdf
        if pdf.availability is PdfAvailability.READY and pdf.content is not None:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(pdf.content))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            if self.document.status() is not QPdfDocument.Status.Error:
                self.pages.setCurrentWidget(self.view)
                return
            self._unload()
            self._show_message(
                self.tr("The PDF of {number} cannot be read: it may be damaged.").format(
                    number=pdf.number
                ),
                self.tr("Write it again"),
            )
            return
        number = pdf.number or ""
        path = str(pdf.path) if pdf.path is not None else ""
        match pdf.availability:
            case PdfAvailability.NO_PDF:
                self._show_message(self.tr("A draft has no PDF: it gets one when it is issued."))
            case PdfAvailability.FILE_MISSING:
                self._show_message(
                    self.tr(
                        "The PDF of {number} is no longer at {path}: it was moved or deleted. "
                        "Cadence can write it again, exactly as it was issued."
                    ).format(number=number, path=path),
                    self.tr("Write it again"),
                )
            case PdfAvailability.FILE_CHANGED:
                self._show_message(
                    self.tr(
                        "The PDF of {number} at {path} was changed since Cadence wrote it. "
                        "Cadence can write it again, exactly as it was issued."
                    ).format(number=number, path=path),
                    self.tr("Write it again"),
                )
            case _:
                self._show_message(
                    self.tr(
                        "The PDF of {number} has not been written yet: Cadence writes the "
                        "PDFs in the background after issuing, and this one is still waiting."
                    ).format(number=number),
                    self.tr("Write it now"),
                )

    def _show_message(self, text: str, button: str | None = None) -> None:
        self.message.setText(text)
        self.write_button.setVisible(button is not None)
        self.write_button.setEnabled(True)
        if button is not None:
            self.write_button.setText(button)
        self.pages.setCurrentWidget(self.message_page)

    def _write(self) -> None:
        if self._shown is not None and self._shown.number:
            self.write_requested.emit(self._shown.invoice_id, self._shown.number)

    def _unload(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
