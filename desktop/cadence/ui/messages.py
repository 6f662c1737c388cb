"""The core's messages in the owner's language.

Services raise errors carrying `Message(template, params)`, templates marked
for translation in the "Messages" context: the window translates the
template first, then fills in the parameters (a parameter is data, never
translated, and never read as a placeholder).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cadence.domain.errors import KnownError, Message, ValidationError
from cadence.domain.i18n import MESSAGES_CONTEXT


def translated(message: Message) -> str:
    """A parameter that is itself a message (a file error's problem) is translated too."""
    template = QCoreApplication.translate(MESSAGES_CONTEXT, message.template)
    params = {
        name: translated(value) if isinstance(value, Message) else value
        for name, value in message.params.items()
    }
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
