"""Forms whose errors appear next to the field they concern, keeping what was typed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar, cast

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from cadence.domain.errors import KnownError, ValidationError
from cadence.ui.messages import error_text, translated
from cadence.ui.operations import DbOp

ERROR_STYLE = "color: #b3261e;"  # a red readable on light and dark backgrounds

T = TypeVar("T")


def save_then_close(
    dialog: QDialog,
    op: DbOp[T],
    *,
    button: QWidget,
    show_errors: Callable[[KnownError], None],
    saved: Callable[[T], object],
) -> None:
    """Run `op`, the saving of `dialog`, with `button` (or the button box) off
    meanwhile: one click saves once. Done: `saved` gets the result and the dialog
    closes accepted. Refused: `show_errors` puts each message where it belongs,
    everything typed is kept, and the button is back to try again."""
    button.setEnabled(False)

    def done(result: T) -> None:
        button.setEnabled(True)
        saved(result)
        QDialog.accept(dialog)  # the dialog's own accept() is what saves

    def refused(error: KnownError) -> None:
        button.setEnabled(True)
        show_errors(error)

    op.success(done).failure(refused).run(dialog)


class WrappedLabel(QLabel):
    """A word-wrapped label as tall as its text at the width it really has.

    Qt sizes a wrapped label for a width it guesses: in a form, a message under a
    field then left an empty line below it, or lost its second line.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def _fitted(self, hint: QSize) -> QSize:
        if self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._fitted(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._fitted(super().minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.heightForWidth(event.size().width()) != self.heightForWidth(
            event.oldSize().width()
        ):
            self.updateGeometry()  # another number of lines: the layout asks again


def fit_height(window: QWidget) -> None:
    """Make `window` as tall as what it holds now needs at its width (messages appeared
    under its fields): a window keeps the height it opened with, and would cut them
    off. Never shorter than it is, never taller than its screen."""
    layout = window.layout()
    if layout is None:
        return
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > window.height():
        window.resize(width, needed)


def fit_height_soon(widget: QWidget) -> None:
    """`fit_height` of `widget`'s window once its layout has taken in what just changed."""
    QTimer.singleShot(0, widget, lambda: fit_height(widget.window()))


class FieldErrors:
    """One error label under each field of a form, shown only when that field is wrong.

    `fields` maps the service's field names (as its ValidationError names them)
    to the widgets that edit them; an error on a field the form does not show
    goes to the form's general error label.
    """

    def __init__(self, layout: QFormLayout, fields: Mapping[str, QWidget], general: QLabel) -> None:
        self._labels: dict[str, QLabel] = {}
        self._general = general
        self._fields = dict(fields)
        general.setStyleSheet(ERROR_STYLE)
        general.setWordWrap(True)
        general.hide()
        for name, widget in fields.items():
            label = WrappedLabel()
            # At the top of its row, right under the field, whatever the row's height.
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
            label.setObjectName(f"error_{name}")
            # PySide6's stubs say object; Qt returns (row, role).
            row, _role = cast(tuple[int, object], layout.getWidgetPosition(widget))
            if row < 0:  # the widget sits inside a composite row: put the error after it
                layout.addRow("", label)
            else:
                layout.insertRow(row + 1, "", label)
            self._labels[name] = label

    def clear(self) -> None:
        for label in self._labels.values():
            label.hide()
            label.clear()
        self._general.hide()
        self._general.clear()

    def show(self, error: KnownError) -> None:
        """Show each message next to its field; focus the first field in error."""
        self.clear()
        fit_height_soon(self._general)
        if not isinstance(error, ValidationError):
            self._general.setText(error_text(error))
            self._general.show()
            return
        general: list[str] = []
        first: QWidget | None = None
        for name, message in error.errors.items():
            label = self._labels.get(name)
            if label is None:
                general.append(translated(message))
                continue
            label.setText(translated(message))
            label.show()
            if first is None:
                first = self._fields[name]
        if general:
            self._general.setText("\n".join(general))
            self._general.show()
        if first is not None:
            first.setFocus()

    def message_for(self, name: str) -> str:
        """The error shown next to `name` ("" when none): what tests read."""
        label = self._labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""
