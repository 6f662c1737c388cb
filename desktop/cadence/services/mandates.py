"""SEPA mandates: the customer's signed permission to collect from their account.

A customer has at most one mandate in force. Signing one makes direct debit the
customer's way of paying and their account the mandate's; a move to another
bank restarts the FRST/RCUR sequence; a mandate is revoked, never deleted, so
the collections made under it keep their reference.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadence.domain.direct_debit import (
    CollectionStatus,
    MandateScheme,
    MandateUse,
    SequenceType,
    lapses_on,
    next_sequence,
    suggested_mandate_reference,
    validate_mandate_reference,
)
from cadence.domain.errors import ConflictError, FieldErrors, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.identifiers import check_bic_matches_iban, validate_bic, validate_iban
from cadence.domain.parties import CustomerKind, PaymentMethod
from cadence.services.common import chunks, fetch, optional, record_event
from cadence.services.company import require_company
from cadence.store.models import Collection, CollectionBatch, Customer, Mandate, Payment

_REFERENCE_TAKEN = QT_TRANSLATE_NOOP(
    "Messages", "the mandate reference {reference} is already used by {customer}"
)
_SIGNED_LATER = QT_TRANSLATE_NOOP("Messages", "a mandate cannot be signed after today ({today})")
_IBAN_NEEDED = QT_TRANSLATE_NOOP("Messages", "a mandate needs the account's IBAN")
_B2B_FOR_BUSINESSES = QT_TRANSLATE_NOOP(
    "Messages", "a B2B mandate is for business customers only; use CORE for a person"
)
_ONE_IN_FORCE = QT_TRANSLATE_NOOP(
    "Messages", "{customer} already has mandate {reference} in force: revoke it first"
)
_ALREADY_REVOKED = QT_TRANSLATE_NOOP("Messages", "mandate {reference} was revoked on {day}")
_REVOKED_BEFORE_SIGNED = QT_TRANSLATE_NOOP(
    "Messages", "a mandate cannot be revoked before it was signed ({day})"
)
_REVOKED_LATER = QT_TRANSLATE_NOOP("Messages", "a mandate cannot be revoked after today ({today})")


@dataclass(frozen=True)
class MandateData:
    customer_id: int
    signed_on: date
    scheme: MandateScheme = MandateScheme.CORE
    reference: str = ""  # empty: Cadence suggests one
    iban: str = ""  # empty: the customer's IBAN
    bic: str = ""


@dataclass(frozen=True)
class MandateRecord:
    id: int
    customer_id: int
    customer_name: str
    reference: str
    scheme: MandateScheme
    signed_on: date
    iban: str
    bic: str | None
    revoked_on: date | None
    last_collected_on: date | None
    lapses_on: date
    next_sequence: SequenceType

    def in_force(self, on: date) -> bool:
        return self.revoked_on is None and on < self.lapses_on


def next_reference(session: Session, customer_id: int) -> str:
    """The reference a new mandate of this customer would get if the owner typed none."""
    company = require_company(session)
    count = session.scalar(
        select(func.count()).select_from(Mandate).where(Mandate.customer_id == customer_id)
    )
    ordinal = int(count or 0) + 1
    while True:
        reference = suggested_mandate_reference(
            company.trade_name or company.legal_name, customer_id, ordinal
        )
        if session.scalar(select(Mandate.id).where(Mandate.reference == reference)) is None:
            return reference
        ordinal += 1


def _validate(
    session: Session, data: MandateData, *, today: date, mandate_id: int | None
) -> tuple[Customer, dict[str, object]]:
    errors = FieldErrors()
    customer = errors.check(
        "customer_id", lambda: fetch(session, Customer, data.customer_id, "customer")
    )
    reference = (
        errors.check("reference", lambda: validate_mandate_reference(data.reference))
        if data.reference.strip()
        else None
    )
    if reference is not None:
        holder = session.execute(
            select(Mandate.id, Customer.name)
            .join(Customer, Customer.id == Mandate.customer_id)
            .where(Mandate.reference == reference)
        ).first()
        if holder is not None and holder.id != mandate_id:
            errors.add(
                "reference", message(_REFERENCE_TAKEN, reference=reference, customer=holder.name)
            )
    if data.signed_on > today:
        errors.add("signed_on", message(_SIGNED_LATER, today=today))
    typed_iban = data.iban if data.iban.strip() else (customer.iban or "" if customer else "")
    iban = optional(errors, "iban", typed_iban, validate_iban)
    if not typed_iban.strip() and not errors.has("customer_id"):
        errors.add("iban", message(_IBAN_NEEDED))
    typed_bic = (
        data.bic
        if data.bic.strip() or data.iban.strip()
        else (customer.bic or "" if customer else "")
    )
    bic = optional(errors, "bic", typed_bic, validate_bic)
    if iban and bic:
        errors.check("bic", lambda: check_bic_matches_iban(bic, iban))
    if (
        customer is not None
        and data.scheme is MandateScheme.B2B
        and customer.kind is not CustomerKind.COMPANY
    ):
        errors.add("scheme", message(_B2B_FOR_BUSINESSES))
    errors.raise_if_any()
    assert customer is not None
    assert iban is not None
    return customer, {
        "reference": reference,
        "iban": iban,
        "bic": bic,
        "scheme": data.scheme,
        "signed_on": data.signed_on,
    }


def _in_force(session: Session, customer_id: int, *, on: date) -> Mandate | None:
    for mandate in session.scalars(
        select(Mandate)
        .where(Mandate.customer_id == customer_id, Mandate.revoked_on.is_(None))
        .order_by(Mandate.signed_on.desc(), Mandate.id.desc())
    ):
        if on < lapses_on(mandate.signed_on, _last_collected_on(session, mandate.id)):
            return mandate
    return None


def mandates_in_force(
    session: Session, customer_ids: Iterable[int], *, on: date
) -> dict[int, Mandate]:
    """Each of these customers' mandate in force on `on`, by customer: signed by then,
    never revoked (a revoked mandate collects nothing more, whatever day it names),
    not lapsed; the latest signed when there are several."""
    found: dict[int, Mandate] = {}
    for ids in chunks(sorted(set(customer_ids))):
        signed = list(
            session.scalars(
                select(Mandate)
                .where(
                    Mandate.customer_id.in_(ids),
                    Mandate.revoked_on.is_(None),
                    Mandate.signed_on <= on,
                )
                .order_by(Mandate.signed_on, Mandate.id)
            )
        )
        if not signed:
            continue
        last_collected: dict[int, date] = dict(
            session.execute(
                select(Collection.mandate_id, func.max(CollectionBatch.collection_date))
                .join(CollectionBatch, CollectionBatch.id == Collection.batch_id)
                .where(
                    Collection.mandate_id.in_([mandate.id for mandate in signed]),
                    Collection.status != CollectionStatus.CANCELLED,
                )
                .group_by(Collection.mandate_id)
            ).all()
        )
        for mandate in signed:
            if on < lapses_on(mandate.signed_on, last_collected.get(mandate.id)):
                found[mandate.customer_id] = mandate  # the latest signed wins
    return found


def _same_bank(old_iban: str, old_bic: str | None, new_iban: str, new_bic: str | None) -> bool:
    from schwifty import IBAN  # slow to import: only when an account changes (see ARCHITECTURE)

    if old_bic and new_bic and old_bic[:8] != new_bic[:8]:
        return False
    return bool(
        IBAN(old_iban).bank_code == IBAN(new_iban).bank_code and old_iban[:2] == new_iban[:2]
    )


def create_mandate(
    session: Session, data: MandateData, *, today: date, actor: str = "user"
) -> MandateRecord:
    """Record a signed mandate; the customer now pays by direct debit from its account."""
    customer, values = _validate(session, data, today=today, mandate_id=None)
    current = _in_force(session, customer.id, on=today)
    if current is not None:
        raise ConflictError(
            message(_ONE_IN_FORCE, customer=customer.name, reference=current.reference)
        )
    mandate = Mandate(
        customer_id=customer.id,
        created_on=today,
        **{**values, "reference": values["reference"] or next_reference(session, customer.id)},
    )
    session.add(mandate)
    customer.iban, customer.bic = mandate.iban, mandate.bic
    customer.payment_method = PaymentMethod.DIRECT_DEBIT
    session.flush()
    record_event(
        session,
        today,
        actor,
        "mandate",
        mandate.id,
        "signed",
        summary=f"{customer.name}: {mandate.reference}",
        details={"scheme": mandate.scheme, "signed_on": mandate.signed_on},
    )
    return mandate_record(session, mandate.id)


def update_mandate(
    session: Session, mandate_id: int, data: MandateData, *, today: date, actor: str = "user"
) -> MandateRecord:
    """Correct a mandate or record the debtor's new account. Another bank restarts the
    sequence with FRST (EPC rulebook: an amendment to another debtor bank)."""
    mandate = fetch(session, Mandate, mandate_id, "mandate")
    customer, values = _validate(
        session,
        MandateData(**{**data.__dict__, "customer_id": mandate.customer_id}),
        today=today,
        mandate_id=mandate.id,
    )
    values["reference"] = values["reference"] or mandate.reference
    new_iban, new_bic = str(values["iban"]), values["bic"]
    if new_iban != mandate.iban and not _same_bank(
        mandate.iban, mandate.bic, new_iban, new_bic if isinstance(new_bic, str) else None
    ):
        mandate.account_changed_on = today
    changed = {name: value for name, value in values.items() if getattr(mandate, name) != value}
    for name, value in changed.items():
        setattr(mandate, name, value)
    customer.iban, customer.bic = mandate.iban, mandate.bic
    if changed:
        record_event(
            session,
            today,
            actor,
            "mandate",
            mandate.id,
            "changed",
            summary=f"{customer.name}: {mandate.reference}",
            details=changed,
        )
    return mandate_record(session, mandate.id)


def revoke_mandate(
    session: Session,
    mandate_id: int,
    *,
    on: date,
    today: date,
    reason: str = "",
    actor: str = "user",
) -> MandateRecord:
    """The customer withdrew the mandate (or the bank said it is void): no more collections."""
    mandate = fetch(session, Mandate, mandate_id, "mandate")
    if mandate.revoked_on is not None:
        raise ConflictError(
            message(_ALREADY_REVOKED, reference=mandate.reference, day=mandate.revoked_on)
        )
    errors = FieldErrors()
    if on < mandate.signed_on:
        errors.add("revoked_on", message(_REVOKED_BEFORE_SIGNED, day=mandate.signed_on))
    if on > today:
        errors.add("revoked_on", message(_REVOKED_LATER, today=today))
    errors.raise_if_any()
    mandate.revoked_on = on
    record_event(
        session,
        today,
        actor,
        "mandate",
        mandate.id,
        "revoked",
        summary=mandate.reference,
        details={"on": on, "reason": reason},
    )
    return mandate_record(session, mandate.id)


def _last_collected_on(session: Session, mandate_id: int) -> date | None:
    return session.scalar(
        select(func.max(CollectionBatch.collection_date))
        .join(Collection, Collection.batch_id == CollectionBatch.id)
        .where(
            Collection.mandate_id == mandate_id,
            Collection.status != CollectionStatus.CANCELLED,
        )
    )


def mandate_uses(session: Session, mandate_ids: list[int]) -> dict[int, list[MandateUse]]:
    """Each mandate's collections not cancelled, newest first."""
    uses: dict[int, list[MandateUse]] = {mandate_id: [] for mandate_id in mandate_ids}
    if not mandate_ids:
        return uses
    rows = session.execute(
        select(
            Collection.mandate_id,
            CollectionBatch.collection_date,
            Collection.sequence,
            Collection.status,
            Payment.returned_on,
        )
        .join(CollectionBatch, CollectionBatch.id == Collection.batch_id)
        .outerjoin(Payment, Payment.id == Collection.payment_id)
        .where(
            Collection.mandate_id.in_(mandate_ids),
            Collection.status != CollectionStatus.CANCELLED,
        )
        .order_by(CollectionBatch.collection_date.desc(), Collection.id.desc())
    )
    for mandate_id, collected_on, sequence, status, returned_on in rows:
        rejected = (
            status is CollectionStatus.RETURNED
            and returned_on is not None
            and returned_on <= collected_on
        )
        uses[mandate_id].append(MandateUse(collected_on, sequence, rejected))
    return uses


def _record(mandate: Mandate, customer_name: str, uses: list[MandateUse]) -> MandateRecord:
    last = max((use.collection_date for use in uses), default=None)
    return MandateRecord(
        id=mandate.id,
        customer_id=mandate.customer_id,
        customer_name=customer_name,
        reference=mandate.reference,
        scheme=mandate.scheme,
        signed_on=mandate.signed_on,
        iban=mandate.iban,
        bic=mandate.bic,
        revoked_on=mandate.revoked_on,
        last_collected_on=last,
        lapses_on=lapses_on(mandate.signed_on, last),
        next_sequence=next_sequence(uses, account_changed_on=mandate.account_changed_on),
    )


def mandate_record(session: Session, mandate_id: int) -> MandateRecord:
    mandate = fetch(session, Mandate, mandate_id, "mandate")
    name = session.scalar(select(Customer.name).where(Customer.id == mandate.customer_id)) or ""
    return _record(mandate, name, mandate_uses(session, [mandate.id])[mandate.id])


def list_mandates(session: Session, customer_id: int | None = None) -> list[MandateRecord]:
    """Mandates, newest signature first (one customer's, or everyone's)."""
    query = (
        select(Mandate, Customer.name)
        .join(Customer, Customer.id == Mandate.customer_id)
        .order_by(Mandate.signed_on.desc(), Mandate.id.desc())
    )
    if customer_id is not None:
        query = query.where(Mandate.customer_id == customer_id)
    rows = list(session.execute(query))
    uses = mandate_uses(session, [mandate.id for mandate, _ in rows])
    return [_record(mandate, name, uses[mandate.id]) for mandate, name in rows]
