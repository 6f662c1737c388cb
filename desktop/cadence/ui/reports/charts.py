"""The charts of the Reports tab (QtCharts), each in a view that copies itself as an
image, and the clicks on bars that open what lies behind them.

Months run along the bottom; beyond a year, only some are named, so the labels stay
readable on a laptop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QObject, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QCursor,
    QFont,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

LABELS_AT_MOST = 13  # month names along an axis; beyond, only every n-th is written
NARROW_LABEL_POINTS = 2  # how much smaller labels are on a chart beside another
LEGEND_BELOW_AT_MOST = 4  # series named under a chart; more are named beside it


def axis_labels(labels: Sequence[str]) -> list[str]:
    """Category labels, thinned out beyond `LABELS_AT_MOST`. A category axis needs its
    labels distinct: the unwritten ones are each a different number of invisible
    spaces."""
    step = max(1, -(-len(labels) // LABELS_AT_MOST))
    return [
        label if position % step == 0 or position == len(labels) - 1 else "\u200b" * (position + 1)
        for position, label in enumerate(labels)
    ]


def value_range(values: Sequence[float]) -> tuple[float, float]:
    """From the lowest value (or 0) to the highest (or 0); 0 to 1 when all are 0."""
    low, high = min([0.0, *values]), max([0.0, *values])
    return (low, high) if high > low else (0.0, 1.0)


class ChartView(QChartView):
    """A chart the owner can copy as an image (right click, or the section's button)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(170)
        self.copy_action = QAction(self.tr("Copy the chart as an image"), self)
        self.copy_action.triggered.connect(self.copy_image)

    def image(self) -> QPixmap:
        return self.grab()

    def copy_image(self) -> None:
        QApplication.clipboard().setPixmap(self.image())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.exec(event.globalPos())


class BarClicks(QObject):
    """Clicks on the bars of a chart: which set (its key) and which category (month or
    bucket); hovering a bar shows what it stands for."""

    clicked = Signal(object, int)

    def __init__(self, describe: Callable[[object, int], str], parent: QObject | None = None):
        super().__init__(parent)
        self._describe = describe

    def watch(self, key: object, bars: QBarSet) -> None:
        bars.clicked.connect(lambda index: self.clicked.emit(key, index))
        bars.hovered.connect(lambda inside, index: self._hover(key, inside, index))

    def _hover(self, key: object, inside: bool, index: int) -> None:
        if inside:
            QToolTip.showText(QCursor.pos(), self._describe(key, index))
        else:
            QToolTip.hideText()


def new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    title_font = QFont(chart.titleFont())
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


def _months_axis(chart: QChart, labels: Sequence[str], narrow: bool) -> QBarCategoryAxis:
    """Along the bottom; on a narrow chart in a smaller font, as the axis cuts a label
    wider than its category."""
    axis = QBarCategoryAxis()
    axis.append(axis_labels(labels))
    if len(labels) > LABELS_AT_MOST:
        axis.setLabelsAngle(-45)
    if narrow:
        font = QFont(axis.labelsFont())
        font.setPointSizeF(font.pointSizeF() - NARROW_LABEL_POINTS)
        axis.setLabelsFont(font)
    axis.setGridLineVisible(False)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    return axis


def _values_axis(chart: QChart, values: Sequence[float], label_format: str) -> QValueAxis:
    axis = QValueAxis()
    bottom, top = value_range(values)
    axis.setRange(bottom, top)
    axis.applyNiceNumbers()  # round ends and steps: 0, 5 000, 10 000 … rather than 6 250
    axis.setLabelFormat(label_format)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    return axis


def _attach(chart: QChart, series: QAbstractSeries, *axes: QBarCategoryAxis | QValueAxis) -> None:
    chart.addSeries(series)
    for axis in axes:
        series.attachAxis(axis)


def _line(name: str, values: Sequence[float], colour: QColor) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    pen = QPen(colour)
    pen.setWidth(3)
    series.setPen(pen)
    series.setPointsVisible(len(values) <= 24)
    for position, value in enumerate(values):
        series.append(QPointF(position, value))
    return series


Line = tuple[str, Sequence[float], QColor]  # name, a value per month, colour
Bars = tuple[object, str, Sequence[float], QColor]  # key, name, a value per category, colour


def line_chart(
    title: str,
    labels: Sequence[str],
    lines: Sequence[Line],
    label_format: str,
    *,
    narrow: bool = False,
) -> QChart:
    """Lines over the months: MRR; churn rates; subscriptions and customers."""
    chart = new_chart(title)
    x_axis = _months_axis(chart, labels, narrow)
    y_axis = _values_axis(
        chart, [value for _, values, _ in lines for value in values], label_format
    )
    for name, values, colour in lines:
        _attach(chart, _line(name, values, colour), x_axis, y_axis)
    chart.legend().setVisible(len(lines) > 1)
    return chart


def bar_chart(
    title: str,
    labels: Sequence[str],
    bars: Sequence[Bars],
    label_format: str,
    *,
    stacked: bool = False,
    line: Line | None = None,
    clicks: BarClicks | None = None,
    legend: bool = True,
    narrow: bool = False,
) -> QChart:
    """Bars per category, side by side or stacked (gains above zero, losses below),
    with a line over them if given; each set's clicks go to `clicks`. Many sets (plans,
    reasons) are listed beside the chart, where their names have room."""
    chart = new_chart(title)
    x_axis = _months_axis(chart, labels, narrow)
    values = [value for _, _, values, _ in bars for value in values]
    if stacked:  # the axis must hold each category's stack, up and down
        values = [sum(max(v[i], 0.0) for _, _, v, _ in bars) for i in range(len(labels))] + [
            sum(min(v[i], 0.0) for _, _, v, _ in bars) for i in range(len(labels))
        ]
    if line is not None:
        values = [*values, *line[1]]
    y_axis = _values_axis(chart, values, label_format)
    series: QBarSeries | QStackedBarSeries = QStackedBarSeries() if stacked else QBarSeries()
    for key, name, set_values, colour in bars:
        bar_set = QBarSet(name)
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour)
        bar_set.append([float(value) for value in set_values])
        series.append(bar_set)
        if clicks is not None:
            clicks.watch(key, bar_set)
    _attach(chart, series, x_axis, y_axis)
    if line is not None:
        _attach(chart, _line(*line), x_axis, y_axis)
    chart.legend().setVisible(legend and (len(bars) > 1 or line is not None))
    if len(bars) > LEGEND_BELOW_AT_MOST:
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart
