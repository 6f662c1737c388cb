"""The look shared by every document: colours, paragraph and table styles.

Calm and printable: near-black text, one accent (a dark blue) for titles and
the amount to pay, light grey rules and header fills. Body text is 9 pt,
fine print 7.5 pt, both legible once printed.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from cadence.documents.fonts import BOLD, ITALIC, REGULAR

TEXT: Color = HexColor("#1F2328")
MUTED: Color = HexColor("#5B6670")
RULE: Color = HexColor("#C9CFD5")
FILL: Color = HexColor("#F1F3F5")
ACCENT: Color = HexColor("#1D4E89")

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12, textColor=TEXT)
STRONG = ParagraphStyle("strong", parent=BODY, fontName=BOLD)
NAME = ParagraphStyle("name", parent=BODY, fontName=BOLD, fontSize=10.5, leading=13.5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, textColor=MUTED)
LABEL = ParagraphStyle("label", parent=SMALL, leading=9)
CAPTION = ParagraphStyle("caption", parent=SMALL, alignment=TA_CENTER)
NOTE = ParagraphStyle("note", parent=BODY, fontName=ITALIC)
MENTION = ParagraphStyle("mention", parent=BODY, fontSize=7.5, leading=9.5, textColor=MUTED)
TITLE = ParagraphStyle(
    "title", parent=BODY, fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT
)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontName=BOLD, fontSize=11, leading=14)
HEADING = ParagraphStyle(
    "heading", parent=BODY, fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=4
)
LETTER = ParagraphStyle(
    "letter", parent=BODY, fontSize=9.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=7
)
LETTER_LEFT = ParagraphStyle("letter_left", parent=LETTER, alignment=TA_LEFT)
LETTER_RIGHT = ParagraphStyle("letter_right", parent=LETTER, alignment=TA_RIGHT)
SIGNATURE = ParagraphStyle("signature", parent=STRONG, fontSize=9.5, leftIndent=95 * mm)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=11, alignment=TA_LEFT)
CELL_RIGHT = ParagraphStyle("cell_right", parent=CELL, alignment=TA_RIGHT)
CELL_MUTED = ParagraphStyle("cell_muted", parent=CELL, fontSize=7.5, leading=9.5, textColor=MUTED)
CELL_NOTE = ParagraphStyle("cell_note", parent=CELL_MUTED, fontName=ITALIC, fontSize=8, leading=10)
CELL_HEADER = ParagraphStyle("cell_header", parent=CELL, fontName=BOLD, fontSize=7.5, leading=9.5)
CELL_HEADER_RIGHT = ParagraphStyle("cell_header_right", parent=CELL_HEADER, alignment=TA_RIGHT)
