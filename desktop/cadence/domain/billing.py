"""Which service periods a subscription is billed for, when, and for how much.

A subscription's timeline is its schedule (periods from the anchor), a short
first period when its day rule leaves one before the anchor, its pauses, its
end (cancellation or fixed term), and the date from which Cadence bills it
(periods before that were billed elsewhere, before the business moved to
Cadence). Every period is identified by its start date: that is the key the
database keeps unique per subscription, so each one is invoiced exactly once.

Proration is by days: a partial period costs days / days of its whole cycle.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from dateutil.relativedelta import relativedelta

from cadence.domain.catalogue import BillingTiming
from cadence.domain.discounts import Discount, DiscountKind
from cadence.domain.money import round_money
from cadence.domain.periods import BillingSchedule, DayRule, Period


@dataclass(frozen=True, slots=True)
class Pause:
    """No service from `start` until `end` (excluded); `end` None: until further notice."""

    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class ServicePeriod:
    """A period of service to bill: all of a cycle, or part of one (prorated)."""

    period: Period
    cycle: Period  # the whole cycle the period belongs to
    cycle_index: int | None  # k of schedule.period(k); None for the short first period

    @property
    def prorated(self) -> bool:
        return self.period != self.cycle

    @property
    def start(self) -> date:
        return self.period.start


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A service period together with the day its invoice falls due."""

    service: ServicePeriod
    due_on: date


def _previous_boundary(schedule: BillingSchedule) -> date:
    """Where the cycle before the anchor would start: the whole cycle a short first
    period is measured against."""
    months = schedule.interval.months
    if months is None:
        return schedule.interval.after(schedule.anchor, -1)
    moved = schedule.anchor - relativedelta(months=months)
    if schedule.day_rule is DayRule.LAST_DAY_OF_MONTH:
        return moved + relativedelta(day=31)
    if schedule.day_rule is DayRule.FIXED_DAY:
        assert schedule.fixed_day is not None
        return moved + relativedelta(day=schedule.fixed_day)
    return moved


@dataclass(frozen=True, slots=True)
class BillingTimeline:
    """Everything that decides when a subscription is billed."""

    service_start: date  # the first paid day (the trial is over)
    schedule: BillingSchedule
    timing: BillingTiming
    billing_from: date  # Cadence bills the periods that start on or after this day
    fixed_cycles: int | None = None
    ends_on: date | None = None  # the first day without service
    pauses: tuple[Pause, ...] = ()

    def _cycles(self, from_date: date | None) -> Iterator[ServicePeriod]:
        """The periods of service before pauses and the end: the short first one, then
        the cycles of the schedule (as many as a fixed term has, or without end),
        starting with the one that contains `from_date` when it is given."""
        anchor = self.schedule.anchor
        if self.service_start < anchor and (from_date is None or from_date < anchor):
            whole = Period(_previous_boundary(self.schedule), anchor)
            yield ServicePeriod(Period(self.service_start, anchor), whole, None)
        index = 0
        if from_date is not None:
            index = self.schedule.index_of(from_date) or 0
        while self.fixed_cycles is None or index < self.fixed_cycles:
            cycle = self.schedule.period(index)
            yield ServicePeriod(cycle, cycle, index)
            index += 1

    def term_end(self) -> date | None:
        """The end of a fixed term: the day after its last cycle."""
        if self.fixed_cycles is None:
            return None
        return self.schedule.boundary(self.fixed_cycles)

    def billable_periods(self, from_date: date | None = None) -> Iterator[ServicePeriod]:
        """Every period Cadence bills, in order: pauses leave theirs out (resuming
        mid-cycle bills the rest of that cycle), the end cuts the last one short.
        With `from_date`, the periods before the one containing it are left out."""
        for service in self._cycles(from_date):
            period = service.period
            if self.ends_on is not None and period.start >= self.ends_on:
                return
            start = period.start
            # Resumed within the cycle: bill the rest of it, unless another pause
            # begins the day this one ends.
            while (pause := next((p for p in self.pauses if p.covers(start)), None)) is not None:
                if pause.end is None:
                    return  # paused until further notice: nothing more to bill
                start = pause.end
            end = period.end
            if self.ends_on is not None and self.ends_on < end:
                end = self.ends_on
            if start >= end or start < self.billing_from:
                continue
            yield ServicePeriod(Period(start, end), service.cycle, service.cycle_index)

    def due_on(self, service: ServicePeriod) -> date:
        if self.timing is BillingTiming.ADVANCE:
            return service.period.start
        return service.period.end

    def occurrences(
        self, *, due_until: date, from_date: date | None = None
    ) -> Iterator[Occurrence]:
        """Occurrences falling due on or before `due_until` (see `billable_periods`
        for `from_date`)."""
        for service in self.billable_periods(from_date):
            due = self.due_on(service)
            if due > due_until:
                return
            yield Occurrence(service, due)


UNIT_PRICE_PLACES = Decimal("0.0001")


def prorated_unit_price(unit_price: Decimal, service: ServicePeriod) -> Decimal:
    """The unit price for the days of a partial period, to four places, so that the
    line keeps EN 16931's arithmetic: net = quantity × unit price − discount."""
    if not service.prorated:
        return unit_price
    scaled = unit_price * service.period.days / service.cycle.days
    return scaled.quantize(UNIT_PRICE_PLACES, ROUND_HALF_UP)


def prorated_net(
    quantity: Decimal | int, unit_price: Decimal, service: ServicePeriod, currency: str
) -> Decimal:
    """The net price of a period: quantity × its (prorated) unit price, rounded once."""
    return round_money(Decimal(quantity) * prorated_unit_price(unit_price, service), currency)


def discount_for_period(
    discount: Discount | None,
    cycles_billed_before: int,
    net: Decimal,
    service: ServicePeriod,
    currency: str,
) -> Decimal:
    """The discount on one period. A percentage applies as it is; a fixed amount is
    prorated with the period. `cycles_billed_before` counts the periods already
    invoiced, which a discount for N cycles is measured against."""
    if discount is None or not discount.applies_to_cycle(cycles_billed_before):
        return Decimal(0)
    if discount.kind is DiscountKind.AMOUNT and service.prorated:
        scaled = discount.value * service.period.days / service.cycle.days
        return min(round_money(scaled, currency), max(net, Decimal(0)))
    return discount.amount_off(net, currency)
