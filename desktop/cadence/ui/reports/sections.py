"""The sections of the Reports tab: a chart (two, side by side, where they belong
together) over the table of its figures, a line saying what they count, a button to
copy the chart and one to export the table.

Each section shows a bundle of `figures` and knows nothing of the database: the tab
reads the figures and hands them over; a click on a bar asks the tab (through a
signal) to open what lies behind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.lifecycle import CancellationReason
from cadence.domain.revenue import AGEING_LIMITS, GAINS, LOSSES, AgeingBucket, MovementKind
from cadence.services.reports.forecast import ForecastMonth
from cadence.services.reports.growth import PlanCancellations
from cadence.services.reports.windows import Window
from cadence.ui.formatting import money, number
from cadence.ui.reports.charts import (
    BarClicks,
    ChartView,
    bar_chart,
    line_chart,
)
from cadence.ui.reports.figure_table import Cell, FigureTable, number_cell, text_cell
from cadence.ui.reports.figures import PeriodFigures
from cadence.ui.reports.wording import (
    AGEING_COLOURS,
    BAD,
    GOOD,
    LINE_COLOUR,
    MOVEMENT_COLOURS,
    SECOND_LINE_COLOUR,
    bucket_text,
    month_initials,
    month_text,
    movement_text,
    share,
    short_bucket_text,
    short_month,
    signed_money,
)
from cadence.ui.subscriptions.wording import reason_text

MUTED = "color: #555555;"
# Colours for series that have no meaning of their own (plans, reasons), in turn.
PALETTE = [
    QColor(code)
    for code in (
        "#1565c0",
        "#ef6c00",
        "#2e7d32",
        "#6a1b9a",
        "#c62828",
        "#00838f",
        "#8d6e63",
        "#546e7a",
        "#f9a825",
        "#ad1457",
    )
]
PLAN_LABEL_LENGTH = 22  # a plan's name under a bar, beyond which it is cut


def _money(amount: Decimal, currency: str, colour: str | None = None) -> Cell:
    return number_cell(money(amount, currency), amount, colour)


def _count(value: int) -> Cell:
    return number_cell(number(value), value)


def _share(value: Decimal | None) -> Cell:
    # Exported as a percentage, as the header says.
    return number_cell(share(value), None if value is None else value * 100)


def _month(window: Window) -> Cell:
    return Cell(month_text(window), window.first, tooltip="")


class Section(QWidget):
    """A chart (or two) over a table, with what the figures mean and two buttons."""

    def __init__(self, definition: str, charts: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition = QLabel(definition)
        self.definition.setWordWrap(True)
        self.definition.setStyleSheet(MUTED)
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy chart"))
        self.copy_button.setToolTip(self.tr("Copy the chart as an image, to paste elsewhere"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Save the table as a file a spreadsheet opens"))
        top = QHBoxLayout()
        top.addWidget(self.definition, 1)
        top.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.views = [ChartView() for _ in range(charts)]
        self.copy_button.clicked.connect(self.views[0].copy_image)
        charts_row = QSplitter(Qt.Orientation.Horizontal)
        for view in self.views:
            charts_row.addWidget(view)
        self.table = FigureTable()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(charts_row)
        self.tables = QWidget()
        self.tables_layout = QVBoxLayout(self.tables)
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        self.tables_layout.addWidget(self.table)
        self.splitter.addWidget(self.tables)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    @property
    def view(self) -> ChartView:
        return self.views[0]

    def beside_table(self) -> FigureTable:
        """A second table, beside the first."""
        row = QSplitter(Qt.Orientation.Horizontal)
        self.tables_layout.removeWidget(self.table)
        row.addWidget(self.table)
        table = FigureTable()
        row.addWidget(table)
        self.tables_layout.addWidget(row)
        return table

    def exported_tables(self) -> list[FigureTable]:
        """The tables "Export CSV" saves, in order."""
        return [self.table]


def _labels(windows: Sequence[Window]) -> list[str]:
    return [short_month(window) for window in windows]


def _narrow_labels(windows: Sequence[Window]) -> list[str]:
    """For a chart beside another, where "Nov 26" would be cut: "Nov" (the table under
    it gives the years)."""
    return [month_initials(window) for window in windows]


# -- recurring revenue --------------------------------------------------------------------


class RevenueSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "MRR: what the paying subscriptions bring in a month, excl. VAT, after "
                "permanent discounts (trials and pauses count nothing). ARR = MRR × 12. "
                "At the end of each month; the last one to its last day."
            ),
            parent=parent,
        )

    def show_figures(self, figures: PeriodFigures) -> None:
        currency = figures.scope.currency
        points = figures.series
        windows = [month.window for month in figures.movements]
        self.view.setChart(
            line_chart(
                self.tr("MRR at the end of each month ({currency})").format(currency=currency),
                _labels(windows),
                [(self.tr("MRR"), [float(point.mrr) for point in points], LINE_COLOUR)],
                "%.0f",
            )
        )
        self.table.show_rows(
            [
                self.tr("Month"),
                self.tr("MRR"),
                self.tr("ARR"),
                self.tr("Net new MRR"),
                self.tr("Active subscriptions"),
            ],
            [
                [
                    _month(month.window),
                    _money(point.mrr, currency),
                    _money(point.arr, currency),
                    number_cell(signed_money(month.net_new, currency), month.net_new),
                    _count(point.subscriptions),
                ]
                for point, month in zip(points, figures.movements, strict=True)
            ],
        )


# -- movements ----------------------------------------------------------------------------


class MovementsSection(Section):
    """Stacked bars of each month's movements; a click on a bar (or a double click in the
    table) asks for the customers behind it."""

    details_wanted = Signal(object, object)  # (Window, MovementKind | None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "How MRR moved each month, customer by customer: new, expansion, "
                "reactivation and resumed (after a pause) add; contraction, churned and "
                "paused take away. Click a bar to see the customers and what happened."
            ),
            parent=parent,
        )
        self._figures: PeriodFigures | None = None
        self.clicks = BarClicks(self._describe, self)
        self.clicks.clicked.connect(self._bar_clicked)
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)
        self._kinds = [*GAINS, *LOSSES]

    def show_figures(self, figures: PeriodFigures) -> None:
        self._figures = figures
        currency = figures.scope.currency
        months = figures.movements
        windows = [month.window for month in months]
        bars = [
            (
                kind,
                movement_text(kind),
                [float(month.amounts[kind]) for month in months],
                MOVEMENT_COLOURS[kind],
            )
            for kind in self._kinds
        ]
        self.view.setChart(
            bar_chart(
                self.tr("MRR movements ({currency})").format(currency=currency),
                _labels(windows),
                bars,
                "%.0f",
                stacked=True,
                line=(
                    self.tr("Net new MRR"),
                    [float(m.net_new) for m in months],
                    QColor("#212121"),
                ),
                clicks=self.clicks,
            )
        )
        self.table.show_rows(
            [
                self.tr("Month"),
                self.tr("MRR at the start"),
                *(movement_text(kind) for kind in self._kinds),
                self.tr("Net new MRR"),
                self.tr("MRR at the end"),
            ],
            [
                [
                    _month(month.window),
                    _money(month.mrr_at_start, currency),
                    *(
                        Cell(
                            signed_money(month.amounts[kind], currency),
                            month.amounts[kind],
                            numeric=True,
                            tooltip=self.tr("{count} customer(s)").format(
                                count=number(month.customers[kind])
                            ),
                        )
                        for kind in self._kinds
                    ),
                    number_cell(signed_money(month.net_new, currency), month.net_new),
                    _money(month.mrr_at_end, currency),
                ]
                for month in months
            ],
        )

    def _describe(self, key: object, index: int) -> str:
        if self._figures is None or not isinstance(key, MovementKind):
            return ""
        month = self._figures.movements[index]
        return self.tr("{kind}, {month}: {amount} from {count} customer(s)").format(
            kind=movement_text(key),
            month=month_text(month.window),
            amount=signed_money(month.amounts[key], self._figures.scope.currency),
            count=number(month.customers[key]),
        )

    def _bar_clicked(self, key: object, index: int) -> None:
        if self._figures is not None and isinstance(key, MovementKind):
            self.details_wanted.emit(self._figures.movements[index].window, key)

    def _cell_double_clicked(self, row: int, column: int) -> None:
        if self._figures is None:
            return
        kind = self._kinds[column - 2] if 2 <= column < 2 + len(self._kinds) else None
        self.details_wanted.emit(self._figures.movements[row].window, kind)


# -- churn and retention ------------------------------------------------------------------


class ChurnSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "Logo churn: customers lost ÷ (customers at the start + new ones). Revenue "
                "churn: (churned + contraction MRR) ÷ MRR at the start. A pause is not churn."
            ),
            parent=parent,
        )
        self.retention = QLabel()
        self.retention.setWordWrap(True)
        self.tables_layout.insertWidget(0, self.retention)

    def show_figures(self, figures: PeriodFigures) -> None:
        currency = figures.scope.currency
        months = figures.churn
        self.view.setChart(
            line_chart(
                self.tr("Churn each month (%)"),
                _labels([month.window for month in months]),
                [
                    (
                        self.tr("Logo churn"),
                        [float((m.logo_churn_rate or Decimal(0)) * 100) for m in months],
                        LINE_COLOUR,
                    ),
                    (
                        self.tr("Revenue churn"),
                        [float((m.revenue_churn_rate or Decimal(0)) * 100) for m in months],
                        SECOND_LINE_COLOUR,
                    ),
                ],
                "%.1f",
            )
        )
        kept = figures.retention
        self.retention.setText(
            self.tr(
                "Retention of the {customers} customer(s) paying when the period began: "
                "gross {gross}, net {net} (they brought {before} a month then, {after} at "
                "its end)."
            ).format(
                customers=number(kept.customers),
                gross=share(kept.gross_retention),
                net=share(kept.net_retention),
                before=money(kept.mrr_at_start, currency),
                after=money(kept.mrr_at_end, currency),
            )
        )
        self.table.show_rows(
            [
                self.tr("Month"),
                self.tr("Customers at the start"),
                self.tr("New customers"),
                self.tr("Customers lost"),
                self.tr("Logo churn (%)"),
                self.tr("MRR at the start"),
                self.tr("Churned MRR"),
                self.tr("Contraction"),
                self.tr("Revenue churn (%)"),
            ],
            [
                [
                    _month(month.window),
                    _count(month.customers_at_start),
                    _count(month.new_customers),
                    _count(month.customers_lost),
                    _share(month.logo_churn_rate),
                    _money(month.mrr_at_start, currency),
                    _money(month.churned_mrr, currency),
                    _money(month.contraction_mrr, currency),
                    _share(month.revenue_churn_rate),
                ]
                for month in months
            ],
        )


# -- growth and cancellations ------------------------------------------------------------


def _plan_labels(names: Sequence[str]) -> list[str]:
    """Plan names short enough to sit under a bar, kept distinct."""
    labels: list[str] = []
    for name in names:
        label = name if len(name) <= PLAN_LABEL_LENGTH else name[: PLAN_LABEL_LENGTH - 1] + "…"
        while label in labels:
            label += "\u200b"
        labels.append(label)
    return labels


class GrowthSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "Paying subscriptions and the customers who have one, at the end of each "
                "month; the subscriptions started each month (trials included, by plan in "
                "the table) and those that ended."
            ),
            charts=2,
            parent=parent,
        )

    def show_figures(self, figures: PeriodFigures) -> None:
        months = figures.growth.months
        labels = _narrow_labels([month.window for month in months])
        self.views[0].setChart(
            line_chart(
                self.tr("Active subscriptions and customers"),
                labels,
                [
                    (self.tr("Subscriptions"), [m.subscriptions for m in months], LINE_COLOUR),
                    (self.tr("Customers"), [m.customers for m in months], SECOND_LINE_COLOUR),
                ],
                "%.0f",
                narrow=True,
            )
        )
        plans = sorted(figures.growth.plan_names.items(), key=lambda item: item[1])
        # Started above zero, ended below: the table gives the new ones plan by plan.
        self.views[1].setChart(
            bar_chart(
                self.tr("Subscriptions started and ended"),
                labels,
                [
                    (
                        "new",
                        self.tr("Started"),
                        [m.new_subscriptions for m in months],
                        MOVEMENT_COLOURS[MovementKind.NEW],
                    ),
                    (
                        "ended",
                        self.tr("Ended"),
                        [-m.ended_subscriptions for m in months],
                        MOVEMENT_COLOURS[MovementKind.CHURNED],
                    ),
                ],
                "%.0f",
                stacked=True,
                narrow=True,
            )
        )
        self.table.show_rows(
            [
                self.tr("Month"),
                self.tr("Active subscriptions"),
                self.tr("Active customers"),
                self.tr("In trial"),
                self.tr("New subscriptions"),
                self.tr("Ended"),
                *(name for _plan_id, name in plans),
            ],
            [
                [
                    _month(month.window),
                    _count(month.subscriptions),
                    _count(month.customers),
                    _count(month.trials),
                    _count(month.new_subscriptions),
                    _count(month.ended_subscriptions),
                    *(_count(month.new_by_plan.get(plan_id, 0)) for plan_id, _name in plans),
                ]
                for month in months
            ],
        )


class CancellationsSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "The subscriptions cancelled in the period (by the day their service "
                "stopped), by plan and by the reason given: which offers are cancelled "
                "most, and why. Rate: cancelled ÷ subscriptions on the plan in the period."
            ),
            parent=parent,
        )
        self.reasons = self.beside_table()
        self.hover = BarClicks(self._describe, self)
        self._plans: tuple[PlanCancellations, ...] = ()

    def show_figures(self, figures: PeriodFigures) -> None:
        currency = figures.scope.currency
        plans = self._plans = figures.cancellations
        reasons = sorted(
            {reason.reason for plan in plans for reason in plan.reasons}, key=lambda r: r.value
        )
        self.view.setChart(
            bar_chart(
                self.tr("Cancellations by plan and reason"),
                _plan_labels([plan.plan_name for plan in plans]),
                [
                    (
                        reason,
                        reason_text(reason),
                        [
                            sum(r.subscriptions for r in plan.reasons if r.reason is reason)
                            for plan in plans
                        ],
                        PALETTE[i % len(PALETTE)],
                    )
                    for i, reason in enumerate(reasons)
                ],
                "%.0f",
                stacked=True,
                clicks=self.hover,
            )
        )
        self.table.show_rows(
            [
                self.tr("Plan"),
                self.tr("Cancelled"),
                self.tr("Subscriptions in the period"),
                self.tr("Cancellation rate (%)"),
                self.tr("MRR lost"),
            ],
            [
                [
                    text_cell(plan.plan_name),
                    _count(plan.cancelled),
                    _count(plan.subscriptions),
                    _share(plan.rate),
                    _money(plan.mrr, currency),
                ]
                for plan in plans
            ],
        )
        self.reasons.show_rows(
            [self.tr("Plan"), self.tr("Reason"), self.tr("Cancelled"), self.tr("MRR lost")],
            [
                [
                    text_cell(plan.plan_name),
                    text_cell(reason_text(reason.reason)),
                    _count(reason.subscriptions),
                    _money(reason.mrr, currency),
                ]
                for plan in plans
                for reason in plan.reasons
            ],
        )

    def exported_tables(self) -> list[FigureTable]:
        return [self.table, self.reasons]

    def _describe(self, key: object, index: int) -> str:
        if not isinstance(key, CancellationReason) or not 0 <= index < len(self._plans):
            return ""
        plan = self._plans[index]
        count = sum(reason.subscriptions for reason in plan.reasons if reason.reason is key)
        return self.tr("{plan}: {count} cancelled ({reason})").format(
            plan=plan.plan_name, count=number(count), reason=reason_text(key)
        )


# -- receivables and payments -------------------------------------------------------------


class PaymentsSection(Section):
    """Receivables ageing (a click on a bar lists the customers behind it) and how
    customers paid, month by month."""

    customers_wanted = Signal(object)  # AgeingBucket

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "What customers owe at the end of the period, VAT included, by how late it "
                "is (click a bar for the customers); payments received each month, those "
                "after the due date, and those the bank returned."
            ),
            charts=2,
            parent=parent,
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tables_layout.insertWidget(0, self.summary)
        self.clicks = BarClicks(self._describe, self)
        self.clicks.clicked.connect(self._bar_clicked)
        self._figures: PeriodFigures | None = None

    def show_figures(self, figures: PeriodFigures) -> None:
        self._figures = figures
        currency = figures.scope.currency
        lines = figures.ageing.lines
        buckets = [line.bucket for line in lines]
        self.views[0].setChart(
            bar_chart(
                self.tr("Owed at the end of the period, by days late ({currency})").format(
                    currency=currency
                ),
                [short_bucket_text(bucket) for bucket in buckets],
                [
                    (
                        bucket,
                        bucket_text(bucket),
                        [float(line.amount) if line.bucket is bucket else 0.0 for line in lines],
                        AGEING_COLOURS[bucket],
                    )
                    for bucket in buckets
                ],
                "%.0f",
                stacked=True,
                clicks=self.clicks,
                legend=False,
                narrow=True,
            )
        )
        months = figures.payments
        on_time = [float(m.received - m.late_amount) for m in months]
        self.views[1].setChart(
            bar_chart(
                self.tr("Payments received ({currency})").format(currency=currency),
                _narrow_labels([month.window for month in months]),
                [
                    ("on_time", self.tr("On time"), on_time, QColor(GOOD)),
                    (
                        "late",
                        self.tr("Late"),
                        [float(m.late_amount) for m in months],
                        AGEING_COLOURS[AgeingBucket.DAYS_1_30],
                    ),
                    (
                        "failed",
                        self.tr("Failed"),
                        [-float(m.failed_amount) for m in months],
                        QColor(BAD),
                    ),
                ],
                "%.0f",
                stacked=True,
                narrow=True,
            )
        )
        overdue, dso = figures.ageing.overdue, figures.sales_outstanding
        self.summary.setText(
            self.tr(
                "At the end of the period: {owed} owed, of which {overdue} overdue on "
                "{invoices} invoice(s) of {customers} customer(s). Days sales outstanding: "
                "{dso} (what is owed ÷ what was invoiced over the last {days} days × {days})."
            ).format(
                owed=money(figures.ageing.total, currency),
                overdue=money(overdue.amount, currency),
                invoices=number(overdue.invoices),
                customers=number(overdue.customers),
                dso=number(dso.value) if dso.value is not None else "–",
                days=dso.days,
            )
        )
        self.table.show_rows(
            [
                self.tr("Month"),
                self.tr("Payments"),
                self.tr("Received"),
                self.tr("Late"),
                self.tr("Received late"),
                self.tr("Average days late"),
                self.tr("Failed"),
                self.tr("Failed amount"),
            ],
            [
                [
                    _month(month.window),
                    _count(month.payments),
                    _money(month.received, currency),
                    _count(month.late),
                    _money(month.late_amount, currency),
                    number_cell(
                        number(month.average_days_late) if month.average_days_late else "–",
                        month.average_days_late,
                    ),
                    _count(month.failed),
                    _money(month.failed_amount, currency, BAD if month.failed else None),
                ]
                for month in months
            ],
        )

    def _describe(self, key: object, _index: int) -> str:
        if self._figures is None or not isinstance(key, AgeingBucket):
            return ""
        line = next(line for line in self._figures.ageing.lines if line.bucket is key)
        return self.tr("{bucket}: {amount} on {invoices} invoice(s)").format(
            bucket=bucket_text(key),
            amount=money(line.amount, self._figures.scope.currency),
            invoices=number(line.invoices),
        )

    def _bar_clicked(self, key: object, _index: int) -> None:
        if isinstance(key, AgeingBucket):
            self.customers_wanted.emit(key)


ALL_BUCKETS = [bucket for bucket, _limit in AGEING_LIMITS]


# -- the forecast ---------------------------------------------------------------------


class ForecastSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "The invoices billing will issue after today, month by month, from the "
                "billing engine itself: trials converting, fixed terms ending, scheduled "
                "cancellations, pauses and plan changes taken into account."
            ),
            parent=parent,
        )

    def show_forecast(self, months: Sequence[ForecastMonth], currency: str) -> None:
        self.view.setChart(
            bar_chart(
                self.tr("Invoices expected, excl. VAT ({currency})").format(currency=currency),
                _labels([month.window for month in months]),
                [("net", self.tr("Excl. VAT"), [float(m.net) for m in months], LINE_COLOUR)],
                "%.0f",
                legend=False,
            )
        )
        self.table.show_rows(
            [self.tr("Month"), self.tr("Invoices"), self.tr("Excl. VAT"), self.tr("VAT incl.")],
            [
                [
                    _month(month.window),
                    _count(month.invoices),
                    _money(month.net, currency),
                    _money(month.gross, currency),
                ]
                for month in months
            ],
        )
