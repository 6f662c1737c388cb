"""A key figure on a card: a big number, what it is, and a line that qualifies it."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

WAITING = "…"  # shown until the figure arrives
VALUE_POINTS = 22
_MUTED = "#555555"
ATTENTION = "#b3261e"  # a figure that needs acting on (something is overdue)


class KpiCard(QFrame):
    """One figure of the dashboard."""

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
        self.value = QLabel(WAITING)
        font = QFont(self.value.font())
        font.setPointSize(VALUE_POINTS)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(f"color: {_MUTED};")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {_MUTED};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_figure(self, value: str, note: str, *, attention: bool = False) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {ATTENTION};" if attention else "")
        self.note.setText(note)
