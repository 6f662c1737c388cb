"""The Bank tab's list: one statement line a row, its amount in the colour of its
direction, and how sure Cadence is of its suggestion as a coloured word in a pill."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cadence.services.reconciliation import LineRow
from cadence.store.models import LineState
from cadence.ui.bank.labels import (
    LEVEL_TEXT,
    LEVEL_TINT,
    SET_ASIDE,
    amount_colour,
    confidence_label,
    confidence_of,
    confidence_tip,
    state_label,
    suggestion_text,
    translate,
)
from cadence.ui.formatting import day, money
from cadence.ui.tables import Column, PagedModel

AnyIndex = QModelIndex | QPersistentModelIndex

DATE, LABEL, PAYER, AMOUNT, FEE, SUGGESTION, CONFIDENCE = range(7)
# The pill's colours, for the delegate: (text, tint), None for a plain word.
PILL_ROLE = Qt.ItemDataRole.UserRole + 1


def confidence_word(row: LineRow) -> str:
    """How sure the suggestion is, or what became of the line once decided."""
    if row.state is LineState.SUGGESTED:
        return confidence_label(confidence_of(row.confidence))
    if row.state in (LineState.CONFIRMED, LineState.IGNORED):
        return state_label(row.state)
    return ""


def line_columns() -> list[Column[LineRow]]:
    """The columns in the order of the constants above."""
    return [
        Column(translate("Bank", "Date"), lambda r: day(r.booked_on)),
        Column(translate("Bank", "Label"), lambda r: r.text, tooltip=lambda r: r.text),
        Column(
            translate("Bank", "Payer"), lambda r: r.counterparty, tooltip=lambda r: r.counterparty
        ),
        Column(translate("Bank", "Amount"), lambda r: money(r.amount, r.currency), numeric=True),
        Column(
            translate("Bank", "Fee"),
            lambda r: money(r.fee, r.currency) if r.fee else "",
            numeric=True,
        ),
        Column(translate("Bank", "Suggestion"), suggestion_text, tooltip=suggestion_text),
        Column(
            translate("Bank", "Confidence"),
            confidence_word,
            tooltip=lambda r: (
                confidence_tip(confidence_of(r.confidence))
                if r.state is LineState.SUGGESTED
                else ""
            ),
        ),
    ]


class LineModel(PagedModel[LineRow]):
    """Lines with their amounts coloured, lines set aside greyed, and the confidence's
    colours for the pill the delegate draws."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.state is LineState.IGNORED:
                return QBrush(SET_ASIDE)
            if column == AMOUNT:
                return QBrush(amount_colour(row.amount))
            return None
        if role == PILL_ROLE and column == CONFIDENCE:
            if row.state is LineState.SUGGESTED:
                level = confidence_of(row.confidence)
                return (LEVEL_TEXT[level], LEVEL_TINT[level])
            return None
        return super().data(index, role)


class PillDelegate(QStyledItemDelegate):
    """Draws a cell's word in a rounded pill of its colour, as a badge (the confidence)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        colours = index.data(PILL_ROLE)
        if colours is None:
            super().paint(painter, option, index)
            return
        text_colour, tint = colours
        assert isinstance(text_colour, QColor)
        assert isinstance(tint, QColor)
        # The row's own background and selection first, without the text.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = plain.widget.style() if plain.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = QFont(option.font)
        font.setBold(True)
        metrics = QFontMetrics(font)
        height = metrics.height() + 4
        rect = option.rect
        pill = QRectF(
            rect.x() + 4,
            rect.y() + (rect.height() - height) / 2,
            min(metrics.horizontalAdvance(text) + 16, rect.width() - 8),
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        if option.state & QStyle.StateFlag.State_Selected:
            # On the selection's colour, the tint alone would not be read: a base first.
            painter.setBrush(option.palette.base())
            painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setBrush(tint)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
