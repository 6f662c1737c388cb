"""The typeface of every document: Noto Sans, embedded (resources/fonts/).

Noto Sans covers French, the euro sign, the narrow no-break space French
amounts use, Greek, Polish, Turkish and Vietnamese names. PDF/A requires every
font to be embedded, so the standard 14 PDF fonts (Helvetica …) are never used.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cadence.resource_files import resource_path

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"

FONT_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
}


@cache
def register_fonts() -> None:
    """Register the fonts with ReportLab once per process; `<b>` and `<i>` map to them."""
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # No bold italic file: bold italic markup falls back to bold.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
