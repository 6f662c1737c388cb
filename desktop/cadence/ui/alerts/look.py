"""How an alert reads and looks: its text in the owner's language, with dates and
amounts as the interface writes them, and the colour and icon of its severity."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from cadence.domain.errors import Message
from cadence.services.alerts import Severity
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
    the interface's language (the core gives them as `date` and `Decimal`, in euros
    unless the alert names its currency)."""
    return translated(message, currency="EUR")
