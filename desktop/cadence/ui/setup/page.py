"""A page of the settings dialog beyond the company's settings (e-mail, reminders,
message wording): its title, and the service's errors under its fields."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout

from cadence.ui.forms import WrappedLabel
from cadence.ui.setup.form import FieldsWithErrors, quiet


def page_hint(text: str) -> WrappedLabel:
    """An explanation under a field, only as tall as its lines (a plain wrapped label
    leaves an empty line under it in a form)."""
    return quiet(WrappedLabel(text))


def align_labels(*forms: QFormLayout) -> None:
    """Give the labels of `forms` one width, so that fields line up from box to box."""
    items = [
        form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        for form in forms
        for row in range(form.rowCount())
    ]
    labels = [widget for item in items if item is not None and (widget := item.widget())]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class SettingsPage(FieldsWithErrors):
    """Fields of one settings page beyond the company's, each with an error label
    under it; the dialog saves it with the company's settings."""
