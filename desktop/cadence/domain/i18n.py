"""Marking user-visible text of the core for translation without importing Qt.

Qt's `lupdate` recognises calls named `QT_TRANSLATE_NOOP(context, text)` in
Python sources, so messages written here land in the same `.ts` files as the
interface; the GUI translates them with `QCoreApplication.translate(context,
text)` before filling in their parameters.

lupdate reads only literal strings: write the context as `"Messages"` in each
call, never `MESSAGES_CONTEXT` (a name lupdate cannot resolve, so the message
would silently stay out of the translation file).
"""

MESSAGES_CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return `text` unchanged; the call only marks it for extraction."""
    del context
    return text
