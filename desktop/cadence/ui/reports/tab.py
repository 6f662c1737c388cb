"""The Reports tab: whether the business is healthy. Cards give today's key figures
against 30 days earlier; sections chart and list recurring revenue, its movements,
churn and retention, growth, cancellations, payments and the forecast over the
period chosen, for all plans or one. Every figure is defined in docs/reports.md.

The figures are read off the GUI thread, in order (the cards first, the forecast
last), whenever the choices change, and again when their data changed while the
tab is in view (or when it comes back into view).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError
from cadence.domain.revenue import AgeingBucket, MovementKind
from cadence.services.catalogue import PlanRecord, list_plans
from cadence.services.reports.document import write_business_report
from cadence.services.reports.windows import (
    Scope,
    Window,
    check_scope,
    data_version,
    report_currencies,
)
from cadence.ui.formatting import day, money, number
from cadence.ui.messages import error_text
from cadence.ui.operations import Change, DbOp
from cadence.ui.reports.cards import KpiCard
from cadence.ui.reports.details import AgeingCustomersDialog, MovementDetailsDialog
from cadence.ui.reports.export import (
    FOLDER_KEY,
    file_name,
    report_language,
    write_tables,
)
from cadence.ui.reports.figure_table import FigureTable
from cadence.ui.reports.figures import (
    Forecast,
    Headline,
    PeriodFigures,
    Request,
    read_forecast,
    read_headline,
    read_period,
)
from cadence.ui.reports.filters import ReportFilters
from cadence.ui.reports.sections import (
    CancellationsSection,
    ChurnSection,
    ForecastSection,
    GrowthSection,
    MovementsSection,
    PaymentsSection,
    RevenueSection,
    Section,
)
from cadence.ui.reports.wording import change_text, points_text, share
from cadence.ui.save_dialog import PathChooser, ask_where
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
CARD_MINIMUM_WIDTH = 190  # a seven-figure amount at the cards' size
CARD_SPACING = 10
PAGE_MARGIN = 12


@dataclass(frozen=True)
class _Choices:
    plans: list[PlanRecord]
    currencies: list[str]


class ReportsTab(Tab):
    """Cards of key figures, and a section per kind of figure over the chosen period."""

    name = "reports"
    refreshed = Signal()  # every figure shown is up to date

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale = True  # the figures need reading when the tab is next in view
        self._busy = False  # a reading is under way
        self._again = False  # something changed while it was
        self._columns = 0  # cards in a row
        self._as_of: date | None = None  # the day of the figures shown
        self._figures: PeriodFigures | None = None
        self._forecast_key: tuple[date, int, Scope] | None = None  # what it was read at
        self.choose_path: PathChooser = ask_where(self, FOLDER_KEY)

        self.heading = QLabel(self.tr("Reports"))
        heading_font = QFont(self.heading.font())
        heading_font.setPointSize(heading_font.pointSize() + 5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.as_of = QLabel()
        self.as_of.setStyleSheet("color: #555555;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.filters = ReportFilters()
        self.filters.start_custom_at(context.clock.today())
        self.pdf_button = QPushButton(self.tr("PDF report…"))
        self.pdf_button.setToolTip(
            self.tr("Save every chart and table of this period as a PDF, to print or send")
        )
        self.pdf_button.clicked.connect(self.export_pdf)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addSpacing(12)
        header.addWidget(self.as_of, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBottom)
        choices = QHBoxLayout()
        choices.addWidget(self.filters)
        choices.addStretch(1)
        choices.addWidget(self.pdf_button)

        self.mrr_card = KpiCard(self.tr("Monthly recurring revenue (MRR)"))
        self.arr_card = KpiCard(self.tr("Annual recurring revenue (ARR)"))
        self.subscriptions_card = KpiCard(self.tr("Active subscriptions"))
        self.churn_card = KpiCard(self.tr("Customer churn, last 30 days"))
        self.overdue_card = KpiCard(self.tr("Overdue"))
        self.cards = (
            self.mrr_card,
            self.arr_card,
            self.subscriptions_card,
            self.churn_card,
            self.overdue_card,
        )
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(CARD_SPACING)
        self._arrange_cards(len(self.cards))

        self.revenue = RevenueSection()
        self.movements = MovementsSection()
        self.churn = ChurnSection()
        self.growth = GrowthSection()
        self.cancellations = CancellationsSection()
        self.payments = PaymentsSection()
        self.forecast = ForecastSection()
        self.sections = QTabWidget()
        for section, title in (
            (self.revenue, self.tr("Revenue")),
            (self.movements, self.tr("Movements")),
            (self.churn, self.tr("Churn and retention")),
            (self.growth, self.tr("Growth")),
            (self.cancellations, self.tr("Cancellations")),
            (self.payments, self.tr("Payments")),
            (self.forecast, self.tr("Forecast")),
        ):
            self.sections.addTab(section, title)
            section.export_button.clicked.connect(
                lambda _checked=False, shown=section, name=title: self.export_csv(shown, name)
            )
        self.movements.details_wanted.connect(self.show_movement_details)
        self.payments.customers_wanted.connect(self.show_ageing_customers)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, 8, PAGE_MARGIN, 8)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(choices)
        layout.addLayout(self.card_grid)
        layout.addWidget(self.sections, 1)
        self.filters.changed.connect(self.refresh)
        context.operations.changed.connect(self._changed)

    def title(self) -> str:
        return self.tr("Reports")

    # -- layout ---------------------------------------------------------------------------

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
        # All five cards in a row where they have room, else three and two: an amount
        # is never squeezed.
        row = len(self.cards) * CARD_MINIMUM_WIDTH + (len(self.cards) - 1) * CARD_SPACING
        columns = len(self.cards) if self.width() - 2 * PAGE_MARGIN >= row else 3
        if columns != self._columns:
            self._arrange_cards(columns)

    # -- reading the figures --------------------------------------------------------------

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
        """Read every figure again: the choices, the cards, the period, the forecast."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._stale = False
        self._again = False
        self.status.setStyleSheet("color: #555555;")
        self.status.setText(self.tr("Working out the figures…"))

        def choices(session: Session) -> _Choices:
            return _Choices(list_plans(session, include_archived=True), report_currencies(session))

        DbOp(self.context.operations, choices).success(self._choices).failure(self._failed).run(
            self
        )

    def _choices(self, found: _Choices) -> None:
        self.filters.blockSignals(True)  # a choice that went away is not a new request
        self.filters.set_choices(found.plans, found.currencies)
        self.filters.blockSignals(False)
        today = self.context.clock.today()
        request = self.filters.request(today)

        def headline(session: Session) -> Headline:
            return read_headline(session, request, today)

        DbOp(self.context.operations, headline, slow=True).success(
            lambda found: self._headline(found, request)
        ).failure(self._failed).run(self)

    def _headline(self, headline: Headline, request: Request) -> None:
        self._as_of = headline.today
        self.as_of.setText(self.tr("Figures of {day}").format(day=day(headline.today)))
        self._show_cards(headline, request.currency)
        today = headline.today

        def period(session: Session) -> PeriodFigures:
            return read_period(session, request, today)

        DbOp(self.context.operations, period, slow=True).success(
            lambda figures: self._period(figures, today)
        ).failure(self._failed).run(self)

    def _period(self, figures: PeriodFigures, today: date) -> None:
        self._figures = figures
        for section in (
            self.revenue,
            self.movements,
            self.churn,
            self.growth,
            self.cancellations,
            self.payments,
        ):
            section.show_figures(figures)
        request, known = figures.request, self._forecast_key

        def forecast(session: Session) -> tuple[tuple[date, int, Scope], Forecast] | None:
            # The longest read: again only when something changed since the last one.
            key = (
                today,
                data_version(session),
                check_scope(session, request.currency, request.plan_id),
            )
            if key == known:
                return None
            return key, read_forecast(session, request, today)

        DbOp(self.context.operations, forecast, slow=True).success(self._forecast).failure(
            self._failed
        ).run(self)

    def _forecast(self, found: tuple[tuple[date, int, Scope], Forecast] | None) -> None:
        if found is not None:
            self._forecast_key, forecast = found
            self.forecast.show_forecast(forecast.months, forecast.request.currency)
        self.status.setText("")
        self._finished()

    def _failed(self, error: KnownError) -> None:
        """A choice the figures cannot be read for (an impossible period): said beside
        the choices; what was shown stays."""
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(error_text(error))
        self._finished()

    def _finished(self) -> None:
        self._busy = False
        if self._again:
            self.refresh()
        else:
            self.refreshed.emit()

    def _show_cards(self, headline: Headline, currency: str) -> None:
        now, before = headline.mrr, headline.mrr_before
        self.mrr_card.show_figure(
            money(now.mrr, currency),
            self.tr("excl. VAT, after permanent discounts"),
            change=change_text(now.mrr, before.mrr, currency),
            better=None if now.mrr == before.mrr else now.mrr > before.mrr,
        )
        self.arr_card.show_figure(
            money(now.arr, currency),
            self.tr("MRR × 12"),
            change=change_text(now.arr, before.arr, currency),
            better=None if now.arr == before.arr else now.arr > before.arr,
        )
        self.subscriptions_card.show_figure(
            number(now.subscriptions),
            self.tr("paying today; trials and pauses not counted"),
            change=change_text(now.subscriptions, before.subscriptions, None),
            better=None
            if now.subscriptions == before.subscriptions
            else now.subscriptions > before.subscriptions,
        )
        churn, earlier = headline.churn, headline.churn_before
        rate, rate_before = churn.logo_churn_rate, earlier.logo_churn_rate
        self.churn_card.show_figure(
            share(rate),
            self.tr("{lost} customer(s) lost; revenue churn {revenue}").format(
                lost=number(churn.customers_lost), revenue=share(churn.revenue_churn_rate)
            ),
            change=points_text(rate, rate_before),
            better=None
            if rate is None or rate_before is None or rate == rate_before
            else rate < rate_before,
        )
        late, late_before = headline.ageing.overdue, headline.ageing_before.overdue
        self.overdue_card.show_figure(
            money(late.amount, currency),
            self.tr("{count} invoice(s) of {customers} customer(s), VAT incl., all plans").format(
                count=number(late.invoices), customers=number(late.customers)
            )
            if late.invoices
            else self.tr("nothing is late"),
            change=change_text(late.amount, late_before.amount, currency),
            better=None if late.amount == late_before.amount else late.amount < late_before.amount,
            attention=late.invoices > 0,
        )

    # -- what lies behind a bar -----------------------------------------------------------

    def _open_customer(self, customer_id: int) -> None:
        self.context.navigator.open_record("customers", customer_id)

    def show_movement_details(self, window: Window, kind: MovementKind | None) -> None:
        if self._figures is None:
            return
        dialog = MovementDetailsDialog(
            self.context.operations,
            self._figures.scope,
            window,
            kind,
            self._open_customer,
            self._export_table,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_ageing_customers(self, bucket: AgeingBucket) -> None:
        if self._figures is None:
            return
        dialog = AgeingCustomersDialog(
            self.context.operations,
            self._figures.scope.currency,
            self._figures.request.last,
            bucket,
            self._open_customer,
            self._export_table,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- saving -----------------------------------------------------------------------------

    def export_csv(self, section: Section, title: str) -> None:
        if self._figures is None:
            return
        request = self._figures.request
        self._save_tables(section.exported_tables(), title, request.first, request.last)

    def _export_table(self, table: FigureTable, title: str) -> None:
        if self._figures is not None:
            request = self._figures.request
            self._save_tables([table], title, request.first, request.last)

    def _save_tables(self, tables: list[FigureTable], title: str, first: date, last: date) -> None:
        path = self.choose_path(
            self.tr("Export as CSV"),
            file_name(title, first, last, "csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        try:
            write_tables(tables, path)
        except OSError as error:
            self._cannot_write(path, str(error.strerror or error))
            return
        self.status.setStyleSheet("color: #555555;")
        self.status.setText(self.tr("Saved {name}").format(name=path.name))

    def export_pdf(self) -> None:
        if self._figures is None:
            return
        request, today = self._figures.request, self.context.clock.today()
        path = self.choose_path(
            self.tr("Save the report as a PDF"),
            file_name(self.tr("Report"), request.first, request.last, "pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        language = report_language()

        def write(session: Session) -> str | None:
            """The reason the file could not be written (a read-only folder, a full
            disk), or None once it is."""
            scope = check_scope(session, request.currency, request.plan_id)
            try:
                write_business_report(
                    session,
                    scope,
                    first=request.first,
                    last=request.last,
                    today=today,
                    language=language,
                    path=path,
                )
            except OSError as error:
                return str(error.strerror or error)
            return None

        self.status.setStyleSheet("color: #555555;")
        self.status.setText(self.tr("Writing the report…"))
        DbOp(self.context.operations, write, slow=True).success(
            lambda reason: self._pdf_written(path, reason)
        ).failure(self._failed).run(self)

    def _pdf_written(self, path: Path, reason: str | None) -> None:
        if reason is not None:
            self.status.setText("")
            self._cannot_write(path, reason)
            return
        self.status.setStyleSheet("color: #555555;")
        self.status.setText(self.tr("Saved {name}").format(name=path.name))

    def _cannot_write(self, path: Path, reason: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr("{path} could not be written: {reason}. Nothing was saved.").format(
                path=path, reason=reason
            ),
        )
