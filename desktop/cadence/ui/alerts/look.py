"""How an alert reads and looks: its text in the owner's language, with dates and
amounts as the interface writes them, and the colour and icon of its severity."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from cadence.domain.errors import Message
from cadence.services.alerts import Severity
from cadence.ui import formatting
from cadence.ui.messages import translated

# Readable on light backgrounds, and told apart by more than their hue: each
# severity has its own icon too.
SEVERITY_COLOURS = {
    Severity.CRITICAL: QColor("#b3261e"),
    Severity.WARNING: QColor("#a15c00"),
    Severity.INFO: QColor("#1f5fa8"),
}
_SEVERITY_ICONS = {
    Severity.CRITICAL: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def severity_icon(severity: Severity) -> QIcon:
    return QApplication.style().standardIcon(_SEVERITY_ICONS[severity])


def alert_text(message: Message) -> str:
    """A title or detail of an alert, translated, its dates and amounts formatted for
    the interface's language (the core gives them as `date` and `Decimal`)."""
    currency = str(message.params.get("currency", "EUR"))
    params: dict[str, object] = {}
    for name, value in message.params.items():
        if isinstance(value, date):
            params[name] = formatting.day(value)
        elif isinstance(value, Decimal):
            params[name] = formatting.money(value, currency)
        else:
            params[name] = value
    return translated(Message(message.template, params))
