"""Field errors for a form laid out in several columns (one QFormLayout each)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from cadence.domain.errors import KnownError, Message, ValidationError, message
from cadence.ui.forms import ERROR_STYLE, FieldErrors, fit_height_soon
from cadence.ui.messages import error_text, translated


class ColumnFieldErrors:
    """`FieldErrors` over several form layouts: each error goes under its field,
    whichever column holds it; errors on fields the form does not show go to
    `general`."""

    def __init__(
        self, columns: Sequence[tuple[QFormLayout, Mapping[str, QWidget]]], general: QLabel
    ) -> None:
        self._general = general
        general.setStyleSheet(ERROR_STYLE)
        general.setWordWrap(True)
        general.hide()
        # Each column's own general label is never shown: only its fields' errors reach it.
        self._columns = [
            (FieldErrors(layout, fields, QLabel()), frozenset(fields)) for layout, fields in columns
        ]

    def clear(self) -> None:
        for errors, _names in self._columns:
            errors.clear()
        self._general.hide()
        self._general.clear()

    def show(self, error: KnownError) -> None:
        """Show each message under its field; the first column's first error gets the focus."""
        self.clear()
        fit_height_soon(self._general)
        if not isinstance(error, ValidationError):
            self._general.setText(error_text(error))
            self._general.show()
            return
        # In reverse, so that the focus ends on the first column's wrong field.
        for errors, names in reversed(self._columns):
            mine = {name: text for name, text in error.errors.items() if name in names}
            if mine:
                errors.show(ValidationError(mine))
        shown = frozenset().union(*(names for _errors, names in self._columns))
        general = [translated(text) for name, text in error.errors.items() if name not in shown]
        if general:
            self._general.setText("\n".join(general))
            self._general.show()

    def message_for(self, name: str) -> str:
        """The error shown under `name` ("" when none): what tests read."""
        return next(
            (errors.message_for(name) for errors, names in self._columns if name in names), ""
        )

    def general_message(self) -> str:
        return "" if self._general.isHidden() else self._general.text()


def with_local_errors(local: Mapping[str, str], error: KnownError | None) -> ValidationError:
    """The errors a form finds itself (a price it cannot read, no choice made) with
    the service's on the other fields, shown all at once. A local text is already
    translated: it is its message's parameter, never its template."""
    merged: dict[str, Message] = {}
    if isinstance(error, ValidationError):
        merged.update(error.errors)
    merged.update({name: message("{text}", text=text) for name, text in local.items()})
    return ValidationError(merged)
