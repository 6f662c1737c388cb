"""A catalogue item (what a plan sells), created or edited from the plan form."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.catalogue import ItemKind
from cadence.domain.tax import FRENCH_VAT_RATES, STANDARD_VAT_RATE
from cadence.services.catalogue import ItemData, ItemRecord, create_item, update_item
from cadence.ui.clock import Clock
from cadence.ui.forms import FieldErrors, save_then_close
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.plans.labels import vat_rate_label


def vat_rate_box() -> QComboBox:
    """The French VAT rates, each with where it applies; the standard rate chosen."""
    box = QComboBox()
    # The rate as text: Qt compares item data by identity for Python objects, so a
    # Decimal equal to a listed one would not be found.
    for rate in FRENCH_VAT_RATES:
        box.addItem(vat_rate_label(rate), str(rate))
    set_vat_rate(box, STANDARD_VAT_RATE)
    return box


def set_vat_rate(box: QComboBox, rate: Decimal) -> None:
    index = box.findData(str(rate.quantize(Decimal("0.01"))))
    if index >= 0:
        box.setCurrentIndex(index)


def chosen_vat_rate(box: QComboBox) -> Decimal:
    return Decimal(str(box.currentData()))


class ItemDialog(QDialog):
    """A new item (`record` None) or changes to one; stays open on an error."""

    saved = Signal(object)  # the ItemRecord, once committed

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        record: ItemRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._record = record
        self.setWindowTitle(
            self.tr("New item")
            if record is None
            else self.tr("Item: {name}").format(name=record.name)
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("What you sell, as invoices name it"))
        self.name.setMinimumWidth(320)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("A service"), ItemKind.SERVICE)
        self.kind.addItem(self.tr("Goods (delivered products)"), ItemKind.GOODS)
        self.vat_rate = vat_rate_box()
        self.unit_label = QLineEdit()
        self.unit_label.setPlaceholderText(self.tr("box, licence, hour… (optional)"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("VAT rate"), self.vat_rate)
        form.addRow(self.tr("Sold by the"), self.unit_label)
        form.addRow(self.tr("Description"), self.description)
        self.general_error = QLabel()
        self.errors = FieldErrors(
            form,
            {
                "name": self.name,
                "vat_rate": self.vat_rate,
                "unit_label": self.unit_label,
                "description": self.description,
            },
            self.general_error,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if record is not None:
            self.name.setText(record.name)
            self.kind.setCurrentIndex(self.kind.findData(record.kind))
            set_vat_rate(self.vat_rate, record.vat_rate)
            self.unit_label.setText(record.unit_label or "")
            self.description.setPlainText(record.description)

    def data(self) -> ItemData:
        return ItemData(
            name=self.name.text(),
            kind=ItemKind(self.kind.currentData()),
            vat_rate=chosen_vat_rate(self.vat_rate),
            description=self.description.toPlainText(),
            unit_label=self.unit_label.text(),
        )

    def accept(self) -> None:
        data, today, record = self.data(), self._clock.today(), self._record
        if record is None:
            op = DbOp(
                self._operations,
                lambda session: create_item(session, data, today=today),
                writes=True,
                changes={Change.CATALOGUE},
            )
        else:
            item_id = record.id
            op = DbOp(
                self._operations,
                lambda session: update_item(session, item_id, data, today=today),
                writes=True,
                changes={Change.CATALOGUE},
            )
        save_then_close(
            self, op, button=self.buttons, show_errors=self.errors.show, saved=self.saved.emit
        )
