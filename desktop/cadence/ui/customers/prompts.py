"""Questions and notices that do not block the window.

A box opened with `open()` rather than `exec()` leaves the event loop running:
the operations keep delivering their results while the owner reads, and a test
can find the box and click its button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget, title: str, text: str, action: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """Ask before an action; `on_yes` runs only if the owner clicks `action`.
    Cancel is the default button, so Enter pressed out of habit does nothing."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.open()
    return box


def inform(parent: QWidget, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    """Tell the owner something they should read (a refusal, a file written)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
