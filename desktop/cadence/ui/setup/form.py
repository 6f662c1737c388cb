"""The company settings as sections of a form, shared by the wizard (one page each)
and the settings dialog (one entry each).

A section edits some fields of `CompanyData` and shows the service's errors
about them under each field. `CompanyForm` puts the sections together: it
builds the `CompanyData` to validate or save from what they hold, and sends
each error of a `ValidationError` to the section that shows that field.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from cadence.domain.errors import Message, ValidationError
from cadence.services.company import CompanyData
from cadence.ui.forms import FieldErrors

# Grouped thousands (20 000, 20.000, 20,000) or plain digits, then up to two decimals:
# a share capital has cents at most, so three digits after a separator are thousands.
_AMOUNT = re.compile(r"(-?)(\d{1,3}(?:[.,']\d{3})+|\d+)(?:[.,](\d{1,2}))?")
_SPACES_AND_CURRENCY = re.compile(r"[\s\u00a0\u202f€]")
MAX_FORM_WIDTH = 760
LabelT = TypeVar("LabelT", bound=QLabel)


def parse_amount(text: str) -> Decimal | None:
    """An amount as an owner types it ("20 000", "1500,50", "1,500.50"), or None."""
    match = _AMOUNT.fullmatch(_SPACES_AND_CURRENCY.sub("", text))
    if match is None:
        return None
    sign, whole, cents = match.groups()
    digits = re.sub(r"\D", "", whole)
    return Decimal(f"{sign}{digits}.{cents or '0'}")


def amount_text(value: Decimal | None) -> str:
    """An amount as the owner would type it back: no grouping, the locale's decimal mark."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return str(int(value))
    return str(value.quantize(Decimal("0.01"))).replace(".", QLocale().decimalPoint())


def hint(text: str) -> QLabel:
    """An explanation under a field, quieter than the field's own text."""
    label = QLabel(text)
    label.setWordWrap(True)
    return quiet(label)


def quiet(label: LabelT) -> LabelT:
    """`label` in the placeholder's colour, its text at the top of the room it gets (a
    form may give a wrapped label more height than it needs)."""
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    return label


class FieldsWithErrors(QWidget):
    """A titled group of form fields, each with the service's error under it: a
    section of the company settings, or another page of the settings dialog."""

    # Two columns of fields; the others read better narrow than across a wide window.
    wide = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: list[tuple[FieldErrors, frozenset[str]]] = []

    def title(self) -> str:
        raise NotImplementedError

    def subtitle(self) -> str:
        raise NotImplementedError

    def fields(self) -> frozenset[str]:
        """The names of the fields shown with an error label."""
        return frozenset().union(*(names for _errors, names in self._errors))

    def _form(self, layout: QFormLayout, fields: Mapping[str, QWidget]) -> None:
        """Give each of these fields of `layout` its error label."""
        general = QLabel(self)
        layout.addRow(general)
        self._errors.append((FieldErrors(layout, fields, general), frozenset(fields)))

    def show_errors(self, errors: Mapping[str, Message]) -> None:
        """Show the errors about these fields and clear the others."""
        # The first form's first field in error ends with the focus: it is shown last.
        for field_errors, names in reversed(self._errors):
            mine = {name: text for name, text in errors.items() if name in names}
            if mine:
                field_errors.show(ValidationError(mine))
            else:
                field_errors.clear()

    def error_for(self, name: str) -> str:
        """The error shown under field `name`, "" when none: what tests read."""
        return next(
            (errors.message_for(name) for errors, names in self._errors if name in names), ""
        )


class Section(FieldsWithErrors):
    """Some fields of the company settings, their hints, and their errors."""

    def load(self, data: CompanyData) -> None:
        """Show these settings' current values."""
        raise NotImplementedError

    def values(self) -> dict[str, object]:
        """The `CompanyData` fields this section edits, as typed."""
        raise NotImplementedError

    def unreadable(self) -> dict[str, Message]:
        """Errors on what the section itself cannot read (an amount that is no number)."""
        return {}


def bounded(section: QWidget, wide: bool) -> QHBoxLayout:
    """`section` in a layout that stops its fields growing past a readable width."""
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    if not wide:
        section.setMaximumWidth(MAX_FORM_WIDTH)
    layout.addWidget(section, 1)
    layout.addStretch(0)
    return layout


def line_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def form_layout() -> QFormLayout:
    form = QFormLayout()
    # Long French labels wrap rather than squeeze the fields.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class CompanyForm:
    """The sections of the company settings, read and checked together."""

    def __init__(self, sections: Sequence[Section], base: CompanyData) -> None:
        self.sections = tuple(sections)
        # Fields no section shows (the currency) keep the value they were loaded with.
        self._base = base

    def load(self, data: CompanyData) -> None:
        self._base = data
        for section in self.sections:
            section.load(data)

    def collect(self) -> tuple[CompanyData, dict[str, Message]]:
        """The settings as typed, and the errors on what could not even be read."""
        # Each section knows its fields' types; the dataclass checks none at run time.
        values: dict[str, Any] = {}
        unreadable: dict[str, Message] = {}
        for section in self.sections:
            values.update(section.values())
            unreadable.update(section.unreadable())
        return dataclasses.replace(self._base, **values), unreadable

    def section_of(self, name: str) -> Section | None:
        return next((s for s in self.sections if name in s.fields()), None)

    def show_errors(self, errors: Mapping[str, Message]) -> list[Message]:
        """Show each error under its field; return those no section shows."""
        for section in self.sections:
            section.show_errors(errors)
        return [text for name, text in errors.items() if self.section_of(name) is None]

    def first_with_errors(self, errors: Mapping[str, Message]) -> Section | None:
        return next((s for s in self.sections if s.fields() & set(errors)), None)
