"""A key figure on a card: what it is, a big number, how it changed, and a line that
qualifies it."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from cadence.documents.report_colours import BAD_COLOUR, GOOD_COLOUR

WAITING = "…"  # shown until the figure arrives
VALUE_POINTS = 18
_MUTED = "#555555"
ATTENTION = BAD_COLOUR  # a figure that needs acting on (something is overdue)
BETTER, WORSE = GOOD_COLOUR, BAD_COLOUR


class KpiCard(QFrame):
    """One figure of the Reports tab's headline."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Scoped to the card itself, so its labels keep the application's style.
        self.setStyleSheet(
            "QFrame#kpiCard { background: palette(base); border: 1px solid #d4d4d4;"
            " border-radius: 8px; }"
        )
        # As tall as the tallest card of the row: their tops and bottoms line up.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(f"color: {_MUTED};")
        self.value = QLabel(WAITING)
        font = QFont(self.value.font())
        font.setPointSize(VALUE_POINTS)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel()
        self.change.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {_MUTED};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_figure(
        self,
        value: str,
        note: str,
        *,
        change: str = "",
        better: bool | None = None,
        attention: bool = False,
    ) -> None:
        """`better`: whether the change is good news (green), bad (red), or neither."""
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {ATTENTION};" if attention else "")
        self.change.setText(change)
        colour = _MUTED if better is None else (BETTER if better else WORSE)
        self.change.setStyleSheet(f"color: {colour};")
        self.change.setVisible(bool(change))
        self.note.setText(note)
