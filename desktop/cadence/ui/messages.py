"""The core's messages in the owner's language.

Services raise errors carrying `Message(template, params)`, templates marked
for translation in the "Messages" context: the window translates the
template first, then fills in the parameters (a parameter is data, never
translated, and never read as a placeholder).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from cadence.domain.errors import KnownError, Message, ValidationError
from cadence.domain.i18n import MESSAGES_CONTEXT
from cadence.ui import formatting


def translated(message: Message, *, currency: str | None = None) -> str:
    """The template translated, then filled: a `date` as the interface's language
    writes it, a `Decimal` as money when the message names its currency (or the
    caller does), and a parameter that is itself a message (a file error's problem)
    translated too."""
    template = QCoreApplication.translate(MESSAGES_CONTEXT, message.template)
    currency = str(message.params.get("currency", currency or "")) or None
    params: dict[str, object] = {}
    for name, value in message.params.items():
        if isinstance(value, Message):
            params[name] = translated(value, currency=currency)
        elif isinstance(value, date):
            params[name] = formatting.day(value)
        elif isinstance(value, Decimal) and currency is not None:
            params[name] = formatting.money(value, currency)
        else:
            params[name] = value
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped placeholder must not hide the message.
        return str(message)


def error_text(error: KnownError) -> str:
    """One error in the owner's words; a validation error as one line per field."""
    if isinstance(error, ValidationError):
        return "\n".join(translated(text) for text in error.errors.values())
    return translated(error.message)
