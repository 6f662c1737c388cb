"""The Reports tab: the business at a glance (recurring revenue, subscriptions, what is
overdue, what the next 30 days will invoice), read again whenever its data changes
and the tab is in view."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError
from cadence.services.dashboard import (
    FORECAST_DAYS,
    Forecast,
    Overdue,
    Recurring,
    data_version,
    expected_invoices,
    overdue,
    recurring_revenue,
)
from cadence.ui.formatting import day, money, number
from cadence.ui.operations import Change, DbOp
from cadence.ui.reports.cards import KpiCard
from cadence.ui.tab import AppContext, Tab

# What the figures are computed from: a change to any of these reads them again.
REFRESH_ON = frozenset(
    {
        Change.SUBSCRIPTIONS,
        Change.CATALOGUE,
        Change.INVOICES,
        Change.PAYMENTS,
        Change.COMPANY,
    }
)

CARD_MINIMUM_WIDTH = 220  # a seven-figure amount at the cards' size
CARD_SPACING = 12
PAGE_MARGIN = 16


@dataclass(frozen=True)
class _Figures:
    recurring: Recurring
    overdue: Overdue


def _amounts(amounts: Mapping[str, Decimal]) -> str:
    """An amount per currency, one per line (most businesses have one: EUR)."""
    if not amounts:
        return money(Decimal("0.00"))
    return "\n".join(money(amount, currency) for currency, amount in sorted(amounts.items()))


class ReportsTab(Tab):
    """Key figures on cards, and the invoices expected week by week."""

    name = "reports"
    refreshed = Signal()  # every figure shown is up to date

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale = True  # the figures need reading when the tab is next in view
        self._busy = False  # a reading is under way
        self._columns = 0  # cards in a row
        self._again = False  # something changed while they were under way
        self._forecast_version: tuple[date, int] | None = None  # what it was computed at
        self._as_of: date | None = None  # the day of the figures shown

        self.heading = QLabel(self.tr("Your business today"))
        heading_font = QFont(self.heading.font())
        heading_font.setPointSize(heading_font.pointSize() + 5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.as_of = QLabel()
        self.as_of.setStyleSheet("color: #555555;")
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.as_of, 0, Qt.AlignmentFlag.AlignBottom)

        self.mrr_card = KpiCard(self.tr("Monthly recurring revenue"))
        self.subscriptions_card = KpiCard(self.tr("Active subscriptions"))
        self.overdue_card = KpiCard(self.tr("Overdue"))
        self.forecast_card = KpiCard(
            self.tr("Invoices in the next {days} days").format(days=FORECAST_DAYS)
        )
        self.forecast_card.note.setText(self.tr("Working out what billing will issue…"))
        self.cards = (self.mrr_card, self.subscriptions_card, self.overdue_card, self.forecast_card)
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(CARD_SPACING)
        self._arrange_cards(len(self.cards))

        self.weeks_title = QLabel(self.tr("Invoices expected, week by week"))
        weeks_font = QFont(self.weeks_title.font())
        weeks_font.setBold(True)
        self.weeks_title.setFont(weeks_font)
        self.weeks = QTableWidget(0, 3)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for column, (text, alignment) in enumerate(
            (
                (self.tr("Week"), left),
                (self.tr("Invoices"), right),
                (self.tr("Amount excl. VAT"), right),
            )
        ):
            item = QTableWidgetItem(text)
            item.setTextAlignment(alignment)
            self.weeks.setHorizontalHeaderItem(column, item)
        self.weeks.verticalHeader().setVisible(False)
        self.weeks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weeks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.weeks.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.weeks.setAlternatingRowColors(True)
        # As tall and wide as its few rows: no empty grid below them.
        self.weeks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.weeks.horizontalHeader().setMinimumSectionSize(110)  # room around the figures
        self.weeks.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.weeks.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.weeks.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.weeks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, 12, PAGE_MARGIN, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(self.card_grid)
        layout.addSpacing(8)
        layout.addWidget(self.weeks_title)
        layout.addWidget(self.weeks)
        layout.addStretch(1)
        context.operations.changed.connect(self._changed)

    def title(self) -> str:
        return self.tr("Reports")

    def _arrange_cards(self, columns: int) -> None:
        for card in self.cards:
            self.card_grid.removeWidget(card)
        for position, card in enumerate(self.cards):
            self.card_grid.addWidget(card, position // columns, position % columns)
        for column in range(len(self.cards)):
            self.card_grid.setColumnStretch(column, 1 if column < columns else 0)
        self._columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Four cards in a row where they have room (a window beside the alerts panel
        # still has), else two rows of two: a big amount never squeezed.
        row = len(self.cards) * CARD_MINIMUM_WIDTH + (len(self.cards) - 1) * CARD_SPACING
        columns = len(self.cards) if self.width() - 2 * PAGE_MARGIN >= row else 2
        if columns != self._columns:
            self._arrange_cards(columns)

    # -- reading the figures ----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale or self._as_of != self.context.clock.today():
            self.refresh()

    def _changed(self, changes: frozenset[Change], _initiator: object) -> None:
        if not changes & REFRESH_ON:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read when next shown: no work for a tab out of view

    def refresh(self) -> None:
        """Read every figure again. The forecast can take a while on a large business:
        it is asked for once the quick figures are back, so that what the window asked
        meanwhile (the alerts, a page of a table) is served first."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._stale = False
        self._again = False
        today = self.context.clock.today()

        def figures(session: Session) -> _Figures:
            return _Figures(recurring_revenue(session, today=today), overdue(session, today=today))

        def shown(found: _Figures) -> None:
            self._figures(today, found)
            self._ask_forecast(today)

        def refused(error: KnownError) -> None:
            self.context.operations.refused.emit(error)
            self._ask_forecast(today)

        DbOp(self.context.operations, figures).success(shown).failure(refused).run(self)

    def _ask_forecast(self, today: date) -> None:
        known = self._forecast_version

        def forecast(session: Session) -> tuple[tuple[date, int], Forecast] | None:
            # The slowest figure: computed again only once something has changed.
            version = (today, data_version(session))
            if version == known:
                return None
            return version, expected_invoices(session, today=today)

        DbOp(self.context.operations, forecast, slow=True).success(self._forecast).failure(
            self._forecast_failed
        ).run(self)

    def _forecast_failed(self, error: KnownError) -> None:
        self.context.operations.refused.emit(error)
        self._finished()

    def _finished(self) -> None:
        self._busy = False
        if self._again:
            self.refresh()
        else:
            self.refreshed.emit()

    def _figures(self, today: date, found: _Figures) -> None:
        self._as_of = today
        self.as_of.setText(self.tr("Figures of {day}").format(day=day(today)))
        recurring = found.recurring
        self.mrr_card.show_figure(
            _amounts(recurring.mrr), self.tr("excl. VAT, after permanent discounts")
        )
        self.subscriptions_card.show_figure(
            number(recurring.subscriptions),
            self.tr("including {count} past due").format(count=number(recurring.past_due))
            if recurring.past_due
            else self.tr("trials and pauses not counted"),
        )
        late = found.overdue
        self.overdue_card.show_figure(
            _amounts(late.amount),
            self.tr("{count} invoice(s) past their due date, VAT incl.").format(
                count=number(late.invoices)
            )
            if late.invoices
            else self.tr("nothing is late"),
            attention=late.invoices > 0,
        )

    def _forecast(self, found: tuple[tuple[date, int], Forecast] | None) -> None:
        if found is None:  # nothing changed since it was last computed
            self._finished()
            return
        self._forecast_version, forecast = found
        until = day(forecast.last)
        self.forecast_card.show_figure(
            _amounts(forecast.net),
            self.tr("{count} invoice(s) until {day}, excl. VAT").format(
                count=number(forecast.invoices), day=until
            )
            if forecast.invoices
            else self.tr("none due until {day}").format(day=until),
        )
        self.weeks.setRowCount(len(forecast.weeks))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, week in enumerate(forecast.weeks):
            cells = (
                (
                    self.tr("{first} to {last}").format(first=day(week.first), last=day(week.last)),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                ),
                (number(week.invoices), right),
                (_amounts(week.net), right),
            )
            for column, (text, alignment) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(alignment)
                self.weeks.setItem(row, column, item)
        self.weeks.resizeRowsToContents()
        self._finished()
