"""What day and time it is, for the window: the real clock, or one a test moves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """The owner's own calendar day and time, in their time zone."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()


@dataclass
class FixedClock:
    """A clock that only moves when told to (tests, `cadence --today`)."""

    moment: datetime = field(default_factory=lambda: datetime(2026, 11, 25, 9, 0).astimezone())

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)
