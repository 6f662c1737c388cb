"""Small pieces the Subscriptions dialogs share: dates, hints, composite rows, and
errors found before asking the core."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from cadence.domain.errors import Message, message

HINT_STYLE = "color: #5f6368;"  # secondary text, readable on light and dark backgrounds


def date_edit(value: date, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar, in the interface's order, always with four-digit
    years (a two-digit year is how 2062 becomes 1962)."""
    edit = QDateEdit(parent)
    set_date(edit, value)
    edit.setCalendarPopup(True)
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    edit.setDisplayFormat(pattern)
    return edit


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(qdate(value))


def limit_dates(
    edit: QDateEdit, *, earliest: date | None = None, latest: date | None = None
) -> None:
    """The days the field offers: none before `earliest`, none after `latest`."""
    if earliest is not None:
        edit.setMinimumDate(qdate(earliest))
    if latest is not None:
        edit.setMaximumDate(qdate(latest))


def date_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def hint(text: str = "", *, wrap: bool = True) -> QLabel:
    """A line of explanation under a field (wrapped) or beside one (on one line)."""
    label = QLabel(text)
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(wrap)
    return label


def row_of(*widgets: QWidget, stretch: bool = True) -> QWidget:
    """Several widgets on one line of a form, as one field: a field error goes under
    the whole line, and focusing it focuses the first widget."""
    container = QWidget()
    layout = QHBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    container.setFocusProxy(widgets[0])
    return container


def local_error(text: str) -> Message:
    """An error the window found itself, already translated, as a core `Message`
    (its text passes as a parameter: braces in it are never read as placeholders)."""
    return message("{text}", text=text)
