"""Payment terms and due dates, within the limits of French law.

Code de commerce L441-10: payment within 60 days of the invoice date, or 45 days
end of month. Cadence reads "end of month" as: the last day of the invoice's
month, then N days; the due date is always printed as a calendar date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.periods import add_days


class PaymentTermsBasis(StrEnum):
    NET_DAYS = "net_days"  # N days after the invoice date
    END_OF_MONTH = "end_of_month"  # end of the invoice's month, then N days


MAX_NET_DAYS = 60
MAX_END_OF_MONTH_DAYS = 45

_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages",
    "French law caps payment terms at {maximum} days {basis}; {days} days is not allowed",
)


@dataclass(frozen=True, slots=True)
class PaymentTerms:
    basis: PaymentTermsBasis
    days: int

    def __post_init__(self) -> None:
        if self.basis is PaymentTermsBasis.NET_DAYS:
            maximum, basis_text = MAX_NET_DAYS, "from the invoice date"
        else:
            maximum, basis_text = MAX_END_OF_MONTH_DAYS, "end of month"
        if isinstance(self.days, bool) or not 0 <= self.days <= maximum:
            raise InvalidValue(
                message(_TOO_LONG, maximum=maximum, basis=basis_text, days=self.days)
            )

    def due_date(self, invoice_date: date) -> date:
        """The due date of an invoice dated `invoice_date`; a `DateOutOfRange` past 9999."""
        if self.basis is PaymentTermsBasis.END_OF_MONTH:
            return add_days(invoice_date + relativedelta(day=31), self.days)
        return add_days(invoice_date, self.days)
