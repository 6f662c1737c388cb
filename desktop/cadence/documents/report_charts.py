"""The business report's charts: ReportLab drawings of lines and bars, month by month.

Charts are vector graphics in the owner's language (the caller gives the names and
the axis labels), scaled for one month as for a hundred and twenty: every Nth month
is named on the axis, an axis spans at least a minimal range (all-zero data draws
flat, on a sensible scale) and reaches below zero when losses do. Numbers in the
charts are floats: they place shapes, and every figure printed comes from the
`Decimal` in the model.

`report_pdf` lays the drawings out; this module only draws them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from cadence.documents import styles
from cadence.documents.fonts import REGULAR
from cadence.documents.pages import CONTENT_WIDTH
from cadence.documents.report_model import Month
from cadence.domain.revenue import month_index

_CHART_HEIGHT = 60 * mm
_AXIS_SIZE = 7
_LEGEND_SIZE = 7.5
_LEGEND_ROW = 12  # points per row of the legend, above the plot
_MONTH_LABELS = 14  # points under the plot for the months' names
_MOST_MONTH_LABELS = 12
_LABEL_EVERY = (1, 2, 3, 6, 12, 24)  # months between two named ones, calendar-aligned
_TICKS = 6  # steps on a value axis, about and at most
_MARKERS_UP_TO = 36  # months: beyond, markers would overlap into a smudge
_WIDEST_BAR = 16 * mm  # a report of a month or two gets bars, not walls

LegendKey = Literal["box", "line", "diamond"]  # what a legend draws before a series' name
LegendEntry = tuple[str, Color, LegendKey]  # a series' name, its colour, its key
AxisLabel = Callable[[float, float], str]  # (value, step) -> the text on the value axis


@dataclass(frozen=True, slots=True)
class Series:
    """A chart's series: its name in the legend, a value a month (None: no value), its colour."""

    name: str
    values: tuple[float | None, ...]
    colour: Color


def month_names(months: Sequence[Month], short_name: Callable[[Month], str]) -> list[str]:
    """The months' short names, every Nth one only (N of `_LABEL_EVERY`, so that at most
    `_MOST_MONTH_LABELS` are named), on calendar months: quarters, years."""
    every = next(
        (n for n in _LABEL_EVERY if math.ceil(len(months) / n) <= _MOST_MONTH_LABELS),
        _LABEL_EVERY[-1],
    )
    return [short_name(month) if month_index(month.first) % every == 0 else "" for month in months]


def line_chart(
    series: Sequence[Series],
    names: Sequence[str],
    *,
    least_span: float,
    label: AxisLabel,
) -> Drawing:
    """A line a series across the page, its legend above, months named under it; a
    series' lone point, or every point of a short series, is a marker."""
    drawing = _drawing()
    rows = _legend(drawing, [(item.name, item.colour, "line") for item in series])
    values = [value for item in series for value in item.values if value is not None]
    plot = _plot(_scale(values, least_span), label, rows, drawing.width)
    chart = HorizontalLineChart()
    _style_axes(chart, plot, names, label)
    chart.data = [list(item.values) for item in series]
    chart.joinedLines = 0  # joined series by series, below
    for position, item in enumerate(series):
        line = chart.lines[position]
        line.strokeColor = item.colour
        line.strokeWidth = 1.6
        # A line needs two points: a lone one (a month's report, one rate among
        # nothing) is a marker, which a short series gets anyway.
        if sum(value is not None for value in item.values) > 1:
            line.lineStyle = "joinedLine"
        if len(names) <= _MARKERS_UP_TO:
            size = 5.0 if len(names) <= 3 else 3.2  # a point or two alone must be seen
            line.symbol = _marker("FilledCircle", size, item.colour)
    drawing.add(chart)
    _zero_line(drawing, plot)
    return drawing


def bar_chart(
    series: Sequence[Series],
    names: Sequence[str],
    *,
    least_span: float,
    label: AxisLabel,
    stacked: bool = False,
    legend: Sequence[LegendEntry] = (),
    bar_colours: Sequence[Color] = (),
    bar_labels: Sequence[str] = (),
    net: Sequence[float] = (),
) -> Drawing:
    """Bars side by side (or stacked: gains above zero, losses below), coloured by
    series, or bar by bar with `bar_colours`; the bars of one series labelled with
    `bar_labels`, written from the model's figures; each month's `net`, if given,
    marked over its bars."""
    drawing = _drawing()
    rows = _legend(drawing, legend)
    if stacked:
        # A stack reaches the sum of its gains above zero, of its losses below.
        columns = list(zip(*(item.values for item in series), strict=True))
        values = [sum(v for v in column if v is not None and v > 0) for column in columns]
        values += [sum(v for v in column if v is not None and v < 0) for column in columns]
    else:
        values = [value for item in series for value in item.values if value is not None]
    plot = _plot(_scale(values, least_span), label, rows, drawing.width)
    chart = VerticalBarChart()
    _style_axes(chart, plot, names, label)
    chart.data = [[value or 0.0 for value in item.values] for item in series]
    chart.categoryAxis.style = "stacked" if stacked else "parallel"
    # ReportLab shares each month's width between its bar and the space around it in
    # proportion to these two (here in thousandths): bars take most of it, yet a lone
    # month is no wall.
    slot = plot.width / max(1, len(names))
    share = min(0.75 if len(names) > _MARKERS_UP_TO else 0.65, _WIDEST_BAR / slot)
    chart.barWidth = round(1000 * share)
    chart.groupSpacing = 1000 - chart.barWidth
    chart.barSpacing = 0
    for position, item in enumerate(series):
        chart.bars[position].fillColor = item.colour
        chart.bars[position].strokeColor = None
    for position, colour in enumerate(bar_colours):
        chart.bars[(0, position)].fillColor = colour
    if bar_labels:
        chart.barLabelFormat = "values"  # the texts of barLabelArray
        chart.barLabelArray = [list(bar_labels)]
        chart.barLabels.fontName = REGULAR
        chart.barLabels.fontSize = _AXIS_SIZE
        chart.barLabels.fillColor = styles.TEXT
        chart.barLabels.nudge = 6
    drawing.add(chart)
    _zero_line(drawing, plot)
    _net_marks(drawing, plot, net)
    return drawing


@dataclass(frozen=True, slots=True)
class _Scale:
    """A value axis: from `low` to `high` in steps of `step`, zero always on it."""

    low: float
    high: float
    step: float


def _scale(values: Iterable[float], least_span: float) -> _Scale:
    """A round axis holding every value and zero, at least `least_span` high (all-zero
    data still gets a readable axis), in about `_TICKS` steps of 1, 2, 2.5 or 5 × 10^n."""
    known = list(values)
    low, high = min([0.0, *known]), max([0.0, *known])
    if high - low < least_span:
        if high > 0 or low == 0:
            high = low + least_span
        else:
            low = high - least_span
    rough = (high - low) / _TICKS
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= rough * 0.999)
    return _Scale(math.floor(low / step) * step, math.ceil(high / step) * step, step)


@dataclass(frozen=True, slots=True)
class _Plot:
    """Where the plot of a chart lies in its drawing, and its value axis."""

    x: float
    y: float
    width: float
    height: float
    scale: _Scale

    def y_of(self, value: float) -> float:
        return self.y + (value - self.scale.low) / (self.scale.high - self.scale.low) * self.height


def _plot(scale: _Scale, label: AxisLabel, legend_rows: int, width: float) -> _Plot:
    """The plot area left of the value labels (as wide as the widest), below the legend."""
    ticks = round((scale.high - scale.low) / scale.step)
    widest = max(
        stringWidth(label(scale.low + index * scale.step, scale.step), REGULAR, _AXIS_SIZE)
        for index in range(ticks + 1)
    )
    left = widest + 6
    top = legend_rows * _LEGEND_ROW + (6 if legend_rows else 4)
    return _Plot(left, _MONTH_LABELS, width - left - 4, _CHART_HEIGHT - _MONTH_LABELS - top, scale)


def _legend(drawing: Drawing, entries: Sequence[LegendEntry]) -> int:
    """Keys above the plot, left to right, on as many rows as they need; returns the
    number of rows."""
    x, row = 0.0, 0
    placed: list[tuple[float, int, str, Color, LegendKey]] = []
    for name, colour, kind in entries:
        needed = 12 + stringWidth(name, REGULAR, _LEGEND_SIZE) + 12
        if x > 0 and x + needed > drawing.width:
            x, row = 0.0, row + 1
        placed.append((x, row, name, colour, kind))
        x += needed
    rows = row + 1 if entries else 0
    for x, row, name, colour, kind in placed:
        y = drawing.height - (row + 1) * _LEGEND_ROW + 3
        if kind == "line":
            drawing.add(Line(x, y + 3, x + 9, y + 3, strokeColor=colour, strokeWidth=1.5))
        elif kind == "diamond":
            drawing.add(_diamond(x + 4.5, y + 3, 3.5, colour))
        else:
            swatch = Rect(x, y, 8, 7)
            swatch.fillColor, swatch.strokeColor = colour, None
            drawing.add(swatch)
        drawing.add(
            String(x + 12, y, name, fontName=REGULAR, fontSize=_LEGEND_SIZE, fillColor=styles.TEXT)
        )
    return rows


def _marker(kind: str, size: float, colour: Color, outline: Color | None = None) -> Any:
    # The stubs leave makeMarker untyped.
    return makeMarker(kind, size=size, fillColor=colour, strokeColor=outline)  # type: ignore[no-untyped-call]


def _diamond(x: float, y: float, half: float, colour: Color) -> Any:
    marker = _marker("FilledDiamond", 2 * half, colour, white)
    marker.x, marker.y = x, y
    marker.strokeWidth = 0.5
    return marker


def _style_axes(chart: Any, plot: _Plot, names: Sequence[str], label: AxisLabel) -> None:
    """The house style of both axes: small muted labels in the document's font, the
    value axis as light grid lines, the month axis as names alone under the plot."""
    chart.x, chart.y, chart.width, chart.height = plot.x, plot.y, plot.width, plot.height
    value_axis, category_axis = chart.valueAxis, chart.categoryAxis
    value_axis.valueMin, value_axis.valueMax = plot.scale.low, plot.scale.high
    value_axis.valueStep = plot.scale.step
    value_axis.labelTextFormat = lambda value: label(value, plot.scale.step)
    value_axis.labels.fontName = REGULAR
    value_axis.labels.fontSize = _AXIS_SIZE
    value_axis.labels.fillColor = styles.MUTED
    value_axis.visibleAxis = 0
    value_axis.visibleTicks = 0
    value_axis.visibleGrid = 1
    value_axis.gridStrokeColor = styles.RULE
    value_axis.gridStrokeWidth = 0.3
    category_axis.categoryNames = list(names)
    category_axis.labels.fontName = REGULAR
    category_axis.labels.fontSize = _AXIS_SIZE
    category_axis.labels.fillColor = styles.MUTED
    category_axis.labels.boxAnchor = "n"
    category_axis.labels.dy = -3
    category_axis.visibleTicks = 0
    # At the bottom of the plot rather than at zero, so that month names never cross
    # negative bars; the zero line is drawn apart (`_zero_line`).
    category_axis.joinAxis = value_axis
    category_axis.joinAxisMode = "bottom"
    category_axis.visibleAxis = 0


def _zero_line(drawing: Drawing, plot: _Plot) -> None:
    """The line of zero, darker than the grid: where gains end and losses begin."""
    y = plot.y_of(0.0)
    drawing.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=styles.MUTED, strokeWidth=0.6))


def _net_marks(drawing: Drawing, plot: _Plot, values: Sequence[float]) -> None:
    """Each month's net (the net new MRR) over its stack: a thin dark line through a
    diamond per month, the line alone when the months are too many for diamonds."""
    if not values:
        return
    step = plot.width / len(values)
    points = [
        (plot.x + step * (index + 0.5), plot.y_of(value)) for index, value in enumerate(values)
    ]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        drawing.add(Line(x0, y0, x1, y1, strokeColor=styles.TEXT, strokeWidth=0.7))
    if len(values) <= _MARKERS_UP_TO:
        for x, y in points:
            drawing.add(_diamond(x, y, 3.2, styles.TEXT))


def _drawing() -> Drawing:
    """An empty chart across the page. Its initial font is the document's: left at
    ReportLab's default, the drawing would set Helvetica, which PDF/A forbids."""
    return Drawing(
        CONTENT_WIDTH, _CHART_HEIGHT, initialFontName=REGULAR, initialFontSize=_AXIS_SIZE
    )
