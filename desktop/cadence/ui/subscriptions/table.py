"""The subscriptions table: its columns, its status colours, and which rows it asks for."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from sqlalchemy.orm import Session

from cadence.domain.discounts import DiscountKind
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.lifecycle import FINISHED_STATUSES, LIVE_STATUSES, SubscriptionStatus
from cadence.domain.revenue import RevenueState
from cadence.services.subscriptions import (
    SubscriptionRow,
    list_subscription_rows,
)
from cadence.ui.clock import Clock
from cadence.ui.formatting import day, money, number, rate
from cadence.ui.operations import Change, Operations
from cadence.ui.subscriptions.wording import (
    CONTEXT,
    last_day,
    price_per_cycle,
    status_look,
    status_text,
)
from cadence.ui.tables import Column, PagedModel

AnyIndex = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # lupdate reads calls named translate(…)


class Show(Enum):
    """What the status filter offers; the archived ones are a separate view."""

    ALL = "all"
    RUNNING = "running"
    TRIAL = SubscriptionStatus.TRIAL.value
    ACTIVE = SubscriptionStatus.ACTIVE.value
    PAUSED = SubscriptionStatus.PAUSED.value
    PAST_DUE = SubscriptionStatus.PAST_DUE.value
    CANCELLATION_SCHEDULED = SubscriptionStatus.CANCELLATION_SCHEDULED.value
    CANCELLED = SubscriptionStatus.CANCELLED.value
    ENDED = SubscriptionStatus.ENDED.value
    ARCHIVED = "archived"


@dataclass(frozen=True)
class Filter:
    statuses: frozenset[SubscriptionStatus] | None  # None: any
    archived: bool

    @classmethod
    def of(cls, show: Show) -> Filter:
        if show is Show.ALL:
            return cls(None, archived=False)
        if show is Show.RUNNING:
            return cls(LIVE_STATUSES, archived=False)
        if show is Show.ARCHIVED:
            return cls(None, archived=True)
        return cls(frozenset({SubscriptionStatus(show.value)}), archived=False)


def show_text(show: Show) -> str:
    if show is Show.ALL:
        return translate("Subscriptions", "All subscriptions")
    if show is Show.RUNNING:
        return translate("Subscriptions", "Running (not cancelled or ended)")
    if show is Show.ARCHIVED:
        return translate("Subscriptions", "Archived")
    return status_text(SubscriptionStatus(show.value))


def status_details(row: SubscriptionRow, today: date) -> str:
    """What the status means for this subscription, in a sentence (the tooltip)."""
    status = row.status
    if status is SubscriptionStatus.TRIAL and row.trial_end is not None:
        return translate("Subscriptions", "Free trial; the first paid day is {day}").format(
            day=day(row.trial_end)
        )
    if row.cancellation_effective_on is not None and status not in FINISHED_STATUSES:
        return translate(
            "Subscriptions", "Cancellation scheduled; the last day of service is {day}"
        ).format(day=last_day(row.cancellation_effective_on))
    if status is SubscriptionStatus.PAST_DUE:
        return translate("Subscriptions", "An invoice is still unpaid after its grace period")
    pause = row.pause
    if pause is not None and pause.start > today:
        if pause.end is None:
            return translate("Subscriptions", "A pause is planned from {start}").format(
                start=day(pause.start)
            )
        return translate(
            "Subscriptions", "A pause is planned from {start}; service resumes on {end}"
        ).format(start=day(pause.start), end=day(pause.end))
    if pause is not None:
        if pause.end is None:
            return translate("Subscriptions", "Paused from {start} until resumed").format(
                start=day(pause.start)
            )
        return translate("Subscriptions", "Paused from {start}; service resumes on {end}").format(
            start=day(pause.start), end=day(pause.end)
        )
    if status in FINISHED_STATUSES and row.ended_on is not None:
        return translate("Subscriptions", "The last day of service was {day}").format(
            day=last_day(row.ended_on)
        )
    return ""


def mrr_details(row: SubscriptionRow) -> str:
    """Why the monthly revenue is what it is, when it is not simply the price."""
    if row.revenue_state is RevenueState.TRIAL:
        return translate("Subscriptions", "In trial: counts 0 until its first paid day")
    if row.revenue_state is RevenueState.PAUSED:
        return translate("Subscriptions", "Paused: counts 0 while the pause lasts")
    if row.revenue_state is None:
        return translate("Subscriptions", "Not running today: counts 0")
    discount = row.discount
    if discount is not None and discount.is_permanent:
        value = (
            rate(discount.value)
            if discount.kind is DiscountKind.PERCENT
            else money(discount.value, row.currency)
        )
        return translate("Subscriptions", "After a permanent discount of {value}").format(
            value=value
        )
    return ""


def columns(today: Callable[[], date]) -> Sequence[Column[SubscriptionRow]]:
    """The table's columns; `today` is a callable giving the day (for the tooltips)."""
    return [
        Column(
            translate("Subscriptions", "Customer"),
            lambda row: row.customer_name,
            sort_key="customer",
        ),
        Column(translate("Subscriptions", "Plan"), lambda row: row.plan_name, sort_key="plan"),
        Column(
            translate("Subscriptions", "Quantity"),
            lambda row: number(row.quantity),
            sort_key="quantity",
            numeric=True,
        ),
        Column(
            translate("Subscriptions", "Price excl. VAT"),
            lambda row: price_per_cycle(row.unit_price, row.currency, row.interval),
            sort_key="price",
            numeric=True,
            tooltip=lambda row: (
                translate("Subscriptions", "Price agreed with this customer")
                if row.negotiated
                else translate("Subscriptions", "The plan's price")
            ),
        ),
        Column(
            translate("Subscriptions", "Status"),
            lambda row: status_text(row.status),
            sort_key="status",
            tooltip=lambda row: status_details(row, today()),
        ),
        Column(
            translate("Subscriptions", "Next invoice"),
            lambda row: day(row.next_billing_date),
            sort_key="next_billing_date",
            numeric=True,
        ),
        Column(
            translate("Subscriptions", "Monthly revenue"),
            lambda row: money(row.mrr, row.currency),
            sort_key="mrr",
            numeric=True,
            tooltip=mrr_details,
        ),
    ]


STATUS_COLUMN = 4
_HEADER_TIPS = {
    5: QT_TRANSLATE_NOOP("Subscriptions", "The day the next invoice is due to be issued"),
    6: QT_TRANSLATE_NOOP(
        "Subscriptions",
        "Monthly recurring revenue, excl. VAT, after a permanent discount. "
        "Trials, pauses and finished subscriptions count 0.",
    ),
}


class SubscriptionsModel(PagedModel[SubscriptionRow]):
    """The subscriptions shown with the status filter in force, the status cell coloured."""

    def __init__(self, operations: Operations, clock: Clock) -> None:
        self._clock = clock
        self._filter = Filter.of(Show.ALL)
        super().__init__(
            operations,
            columns(clock.today),
            self._page,
            row_id=lambda row: row.id,
            refresh_on={Change.SUBSCRIPTIONS, Change.CUSTOMERS, Change.CATALOGUE},
            default_sort="customer",
        )

    @property
    def filter(self) -> Filter:
        return self._filter

    def set_filter(self, show: Show) -> None:
        """Show other subscriptions. A page asked for earlier may read the new filter
        on the worker thread: harmless, since the reload makes its answer stale."""
        self._filter = Filter.of(show)
        self.reload()

    def show(self, show: Show, search: str) -> None:
        """Show these subscriptions, searched: one query for both."""
        self._filter = Filter.of(show)
        if search != self.search:
            self.set_search(search)
        else:
            self.reload()

    def _page(
        self, session: Session, *, search: str, offset: int, limit: int, sort: str, descending: bool
    ) -> Sequence[SubscriptionRow]:
        chosen = self._filter
        return list_subscription_rows(
            session,
            today=self._clock.today(),
            search=search,
            statuses=chosen.statuses,
            archived=chosen.archived,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
        )

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation is Qt.Orientation.Horizontal
            and section in _HEADER_TIPS
        ):
            return translate(CONTEXT, _HEADER_TIPS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == STATUS_COLUMN:
            look = status_look(self.row(index.row()).status)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(look.background)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(look.foreground)
        return super().data(index, role)
