"""The list of alerts: a model of `Alert`s, and a delegate that draws each one as a
card: its severity's colour and icon, its title in bold, its detail below it.

A large business can have thousands of alerts: every card has the same height
(the view then measures one, not all) and the texts are put into words only
for the cards drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cadence.services.alerts import Alert
from cadence.ui.alerts.look import SEVERITY_COLOURS, alert_text, severity_icon

AnyIndex = QModelIndex | QPersistentModelIndex

ALERT_ROLE = Qt.ItemDataRole.UserRole + 1  # the Alert itself
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # its detail, in words

_MARGIN = 8
_BAR = 4  # the severity's stripe on the left
_ICON = 20
_GAP = 3  # between the title and the detail
_DETAIL_LINES = 2  # what does not fit is elided; the tooltip has it all
_TEXT_LEFT = _BAR + _MARGIN + _ICON + _MARGIN
_MUTED = QColor("#555555")  # the detail: quieter than the title, still readable


class AlertsModel(QAbstractListModel):
    """The alerts shown; their texts are made when first asked for, then kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._alerts: list[Alert] = []
        self._texts: dict[str, tuple[str, str]] = {}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._alerts)

    def _text(self, alert: Alert) -> tuple[str, str]:
        found = self._texts.get(alert.key)
        if found is None:
            found = self._texts[alert.key] = (alert_text(alert.title), alert_text(alert.detail))
        return found

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        alert = self._alerts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(alert)[0]
        if role == DETAIL_ROLE:
            return self._text(alert)[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self._text(alert))
        if role == ALERT_ROLE:
            return alert
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(alert.severity)
        return None

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        self.beginResetModel()
        self._alerts = list(alerts)
        self._texts.clear()  # the situations, and so the words, may have changed
        self.endResetModel()

    def remove(self, key: str) -> None:
        """Take the alert `key` out at once (the owner put it aside)."""
        for row, alert in enumerate(self._alerts):
            if alert.key == key:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._alerts[row]
                self.endRemoveRows()
                return

    def alerts(self) -> list[Alert]:
        return list(self._alerts)

    def alert(self, row: int) -> Alert:
        return self._alerts[row]


def _lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """`text` wrapped at word boundaries to `width`, in at most `most` lines, the last
    one elided if the text goes on."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].rstrip() for start, length in spans[: most - 1]]
    if len(spans) >= most:
        rest = text[spans[most - 1][0] :]
        lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


class AlertDelegate(QStyledItemDelegate):
    """Draws an alert as a card of one height: a title line and two lines of detail."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        title_font, detail_font = self._fonts(option)
        height = (
            _MARGIN
            + QFontMetrics(title_font).height()
            + _GAP
            + _DETAIL_LINES * QFontMetrics(detail_font).lineSpacing()
            + _MARGIN
        )
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        alert = index.data(ALERT_ROLE)
        if not isinstance(alert, Alert):
            return
        painter.save()
        style = option.widget.style() if option.widget else QApplication.style()
        # The platform's own background and selection, without its text and icon.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        background.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)

        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(
            QRect(rect.left(), rect.top(), _BAR, rect.height()), SEVERITY_COLOURS[alert.severity]
        )
        severity_icon(alert.severity).paint(
            painter, QRect(rect.left() + _BAR + _MARGIN, rect.top() + _MARGIN, _ICON, _ICON)
        )
        title_font, detail_font = self._fonts(option)
        width = max(rect.width() - _TEXT_LEFT - _MARGIN, 40)
        left = rect.left() + _TEXT_LEFT
        title_metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(
            option.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        top = rect.top() + _MARGIN
        painter.drawText(
            left,
            top + title_metrics.ascent(),
            title_metrics.elidedText(
                str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight, width
            ),
        )
        painter.setFont(detail_font)
        if not selected:
            painter.setPen(_MUTED)
        detail_metrics = QFontMetrics(detail_font)
        top += title_metrics.height() + _GAP
        for line in _lines(str(index.data(DETAIL_ROLE)), detail_font, width, _DETAIL_LINES):
            painter.drawText(left, top + detail_metrics.ascent(), line)
            top += detail_metrics.lineSpacing()
        # A hairline between cards.
        painter.setPen(option.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.left() + _BAR, rect.bottom(), rect.right(), rect.bottom())
        painter.restore()


def alerts_view(model: AlertsModel, parent: QWidget | None = None) -> QListView:
    """A list of alert cards."""
    view = QListView(parent)
    view.setModel(model)
    view.setItemDelegate(AlertDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setUniformItemSizes(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return view
