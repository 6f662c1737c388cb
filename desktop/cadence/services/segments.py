"""A segment of subscribers, chosen by plan, status and renewal window, and written as
CSV for an e-mail marketing tool (Brevo, Mailchimp …) or a spreadsheet.

The CSV follows the conventions of the Reports tab's exports: UTF-8 with a byte-order
mark, French with semicolons and decimal commas, English with commas and points, text
cells neutralised against formulas; dates are ISO (YYYY-MM-DD), which every import
tool reads whatever its language.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, load_only

from cadence.domain.errors import FieldErrors, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.lifecycle import LIVE_STATUSES, SubscriptionStatus
from cadence.domain.parties import CustomerKind, Language
from cadence.domain.text import SpreadsheetValue, spreadsheet_csv
from cadence.services.catalogue import plan_terms
from cadence.services.common import NOT_FOUND, chunks
from cadence.services.pdfs import write_atomically
from cadence.services.renewals import NextRenewal, RenewalKind, next_renewal
from cadence.services.revenue import revenue_on
from cadence.store.models import Customer, Plan, Subscription

_WINDOW_REVERSED = QT_TRANSLATE_NOOP(
    "Messages", "the renewal window must end on or after its start, {start}"
)


@dataclass(frozen=True)
class SegmentFilter:
    """Which subscriptions make the segment; every criterion narrows it."""

    plan_ids: frozenset[int] = frozenset()  # empty: every plan
    statuses: frozenset[SubscriptionStatus] = frozenset()  # empty: every live status
    # The renewal window, both days included: the next renewal or fixed term's end.
    renews_from: date | None = None
    renews_to: date | None = None
    only_with_email: bool = True
    include_archived_customers: bool = False

    @property
    def has_window(self) -> bool:
        return self.renews_from is not None or self.renews_to is not None


@dataclass(frozen=True)
class SegmentRow:
    """One subscription of the segment, with what a mailing needs of its customer."""

    subscription_id: int
    customer_id: int
    customer_name: str
    contact_name: str | None
    email: str | None
    language: Language
    customer_kind: CustomerKind
    city: str
    country: str  # ISO 3166 code, such as FR
    plan_id: int
    plan_name: str
    status: SubscriptionStatus
    start_date: date
    renews_on: date | None  # the next renewal or the fixed term's end; None: neither comes
    renewal_kind: RenewalKind | None
    quantity: int
    mrr: Decimal  # excl. VAT, on `today`, as the reports count it (0 unless paying)
    currency: str
    cancellation_effective_on: date | None  # the first day without service, once cancelled


def check_segment_filter(session: Session, segment: SegmentFilter) -> None:
    """Refuse a filter naming a plan that does not exist or a window that ends before it
    starts, each error under its field's name."""
    errors = FieldErrors()
    known = set(session.scalars(select(Plan.id).where(Plan.id.in_(segment.plan_ids))))
    unknown = sorted(segment.plan_ids - known)
    if unknown:
        errors.add("plan_ids", message(NOT_FOUND, what="plan", id=unknown[0]))
    start, end = segment.renews_from, segment.renews_to
    if start is not None and end is not None and end < start:
        errors.add("renews_to", message(_WINDOW_REVERSED, start=start))
    errors.raise_if_any()


def _candidates(segment: SegmentFilter) -> Select[int]:
    """The ids of the subscriptions the filter keeps before the renewal window, in the
    order of their customers' names."""
    query = (
        select(Subscription.id)
        .join(Customer, Customer.id == Subscription.customer_id)
        .where(Subscription.status.in_(segment.statuses or LIVE_STATUSES))
        # search_text starts with the customer's folded name: alphabetical, accents aside.
        .order_by(Customer.search_text, Customer.id, Subscription.id)
    )
    if segment.plan_ids:
        query = query.where(Subscription.plan_id.in_(segment.plan_ids))
    if segment.only_with_email:
        query = query.where(Customer.email.is_not(None), Customer.email != "")
    if not segment.include_archived_customers:
        query = query.where(Customer.archived.is_(False))
    return query


def _within(segment: SegmentFilter, renewal: NextRenewal | None) -> bool:
    if not segment.has_window:
        return True
    if renewal is None:
        return False
    return (segment.renews_from is None or segment.renews_from <= renewal.on) and (
        segment.renews_to is None or renewal.on <= segment.renews_to
    )


@dataclass(frozen=True)
class _Found:
    subscription: Subscription
    customer: Any  # a row of `_CUSTOMER_COLUMNS`
    plan: Plan
    renewal: NextRenewal | None


# What the rows and the renewal dates read: whole rows and customers took twice as long
# on a large segment. Reading any other column raises rather than loading it row by row.
_SUBSCRIPTION_COLUMNS = load_only(
    Subscription.id,
    Subscription.customer_id,
    Subscription.plan_id,
    Subscription.quantity,
    Subscription.status,
    Subscription.start_date,
    Subscription.trial_end,
    Subscription.billing_anchor,
    Subscription.cycle_start,
    Subscription.billing_from,
    Subscription.cancellation_effective_on,
    Subscription.ended_on,
    raiseload=True,
)
_CUSTOMER_COLUMNS = (
    Customer.name,
    Customer.contact_name,
    Customer.email,
    Customer.language,
    Customer.kind,
    Customer.city,
    Customer.country,
)


def _matching(session: Session, segment: SegmentFilter, today: date) -> Iterator[list[_Found]]:
    """The segment's subscriptions a chunk at a time, in order, each with its customer,
    plan and next renewal: tens of thousands are never all in memory at once."""
    plans = {plan.id: plan for plan in session.scalars(select(Plan))}  # a business has few
    terms = {plan_id: plan_terms(plan) for plan_id, plan in plans.items()}
    ids = list(session.scalars(_candidates(segment)))
    for chunk in chunks(ids):
        loaded = {
            row[0].id: row
            for row in session.execute(
                select(Subscription, *_CUSTOMER_COLUMNS)
                .join(Customer, Customer.id == Subscription.customer_id)
                .where(Subscription.id.in_(chunk))
                .options(_SUBSCRIPTION_COLUMNS)
            )
        }
        found: list[_Found] = []
        for subscription_id in chunk:
            row = loaded[subscription_id]
            subscription: Subscription = row[0]
            renewal = next_renewal(subscription, terms[subscription.plan_id], today=today)
            if _within(segment, renewal):
                found.append(_Found(subscription, row, plans[subscription.plan_id], renewal))
        yield found


def _row(found: _Found, mrr: Decimal) -> SegmentRow:
    subscription, customer, renewal = found.subscription, found.customer, found.renewal
    return SegmentRow(
        subscription_id=subscription.id,
        customer_id=subscription.customer_id,
        customer_name=customer.name,
        contact_name=customer.contact_name,
        email=customer.email,
        language=customer.language,
        customer_kind=customer.kind,
        city=customer.city,
        country=customer.country,
        plan_id=found.plan.id,
        plan_name=found.plan.name,
        status=subscription.status,
        start_date=subscription.start_date,
        renews_on=renewal.on if renewal else None,
        renewal_kind=renewal.kind if renewal else None,
        quantity=subscription.quantity,
        mrr=mrr,
        currency=found.plan.currency,
        cancellation_effective_on=subscription.cancellation_effective_on,
    )


def subscriber_segment(
    session: Session, segment: SegmentFilter, *, today: date
) -> list[SegmentRow]:
    """The subscriptions `segment` keeps, one row each, by customer name; renewal dates
    and MRR as of `today`."""
    check_segment_filter(session, segment)
    rows: list[SegmentRow] = []
    for chunk in _matching(session, segment, today):
        revenue = revenue_on(session, [found.subscription.id for found in chunk], today)
        for found in chunk:
            day = revenue.get(found.subscription.id)
            rows.append(_row(found, day.mrr if day is not None else Decimal("0.00")))
    return rows


def segment_size(session: Session, segment: SegmentFilter, *, today: date) -> int:
    """How many subscriptions `segment` keeps: counted by the database when no renewal
    window needs each one's dates."""
    check_segment_filter(session, segment)
    if not segment.has_window:
        counted = select(func.count()).select_from(_candidates(segment).order_by(None).subquery())
        return session.scalar(counted) or 0
    return sum(len(matched) for matched in _matching(session, segment, today))


# -- the CSV ----------------------------------------------------------------------------

# The header row, column by column.
_HEADERS: dict[Language, tuple[str, ...]] = {
    Language.FRENCH: (
        "Client",
        "Contact",
        "E-mail",
        "Langue",
        "Type de client",
        "Ville",
        "Pays",
        "Formule",
        "Statut",
        "Date de début",
        "Renouvellement ou fin le",
        "Type d'échéance",
        "Quantité",
        "MRR HT",
        "Devise",
        "Résiliation effective le",
    ),
    Language.ENGLISH: (
        "Customer",
        "Contact",
        "Email",
        "Language",
        "Customer type",
        "City",
        "Country",
        "Plan",
        "Status",
        "Start date",
        "Renews or ends on",
        "Renewal type",
        "Quantity",
        "MRR excl. VAT",
        "Currency",
        "Cancellation effective on",
    ),
}
# Statuses and kinds in the window's words: the owner builds segments in the tool by them.
_WORDS: dict[Language, dict[StrEnum, str]] = {
    Language.FRENCH: {
        CustomerKind.INDIVIDUAL: "Particulier",
        CustomerKind.COMPANY: "Entreprise",
        SubscriptionStatus.TRIAL: "Essai",
        SubscriptionStatus.ACTIVE: "Actif",
        SubscriptionStatus.PAUSED: "En pause",
        SubscriptionStatus.PAST_DUE: "Impayé",
        SubscriptionStatus.CANCELLATION_SCHEDULED: "Résiliation programmée",
        SubscriptionStatus.CANCELLED: "Résilié",
        SubscriptionStatus.ENDED: "Terminé",
        RenewalKind.RENEWAL: "Renouvellement",
        RenewalKind.TERM_END: "Fin de durée",
    },
    Language.ENGLISH: {
        CustomerKind.INDIVIDUAL: "Individual",
        CustomerKind.COMPANY: "Company",
        SubscriptionStatus.TRIAL: "Trial",
        SubscriptionStatus.ACTIVE: "Active",
        SubscriptionStatus.PAUSED: "Paused",
        SubscriptionStatus.PAST_DUE: "Past due",
        SubscriptionStatus.CANCELLATION_SCHEDULED: "Cancellation scheduled",
        SubscriptionStatus.CANCELLED: "Cancelled",
        SubscriptionStatus.ENDED: "Ended",
        RenewalKind.RENEWAL: "Renewal",
        RenewalKind.TERM_END: "Term end",
    },
}

Value = SpreadsheetValue


def _values(row: SegmentRow, words: dict[StrEnum, str]) -> tuple[Value, ...]:
    """The row's values in the order of the headers; statuses and kinds in words."""
    return (
        row.customer_name,
        row.contact_name,
        row.email,
        row.language.value,  # an ISO 639 code, as the tools' language fields expect
        words[row.customer_kind],
        row.city,
        row.country,
        row.plan_name,
        words[row.status],
        row.start_date,
        row.renews_on,
        words[row.renewal_kind] if row.renewal_kind is not None else None,
        row.quantity,
        row.mrr,
        row.currency,
        row.cancellation_effective_on,
    )


def segment_csv(rows: Sequence[SegmentRow], *, language: Language) -> bytes:
    """The rows as CSV, with a header row in `language`, as UTF-8 with a byte-order
    mark (Excel then reads accents right)."""
    words = _WORDS[language]
    text = spreadsheet_csv(
        _HEADERS[language],
        (_values(row, words) for row in rows),
        french=language is Language.FRENCH,
    )
    return text.encode("utf-8-sig")


def write_segment_csv(
    rows: Sequence[SegmentRow], target: Path | BinaryIO, *, language: Language
) -> None:
    """Write the CSV to a file, whole or not at all (a temporary name, then renamed),
    or to an open binary stream such as the standard output."""
    content = segment_csv(rows, language=language)
    if isinstance(target, Path):
        write_atomically(content, target)
    else:
        target.write(content)
