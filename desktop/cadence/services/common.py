"""Small helpers every service uses."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cadence.domain.billing import Pause
from cadence.domain.errors import (
    FieldErrors,
    InvalidValue,
    NotFoundError,
    ValidationError,
    message,
)
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.text import clean_line
from cadence.store.models import AuditEvent, Base, SubscriptionPause

ModelT = TypeVar("ModelT", bound=Base)
T = TypeVar("T")

CHUNK = 500  # ids per IN (...) list


def chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def pauses_of(session: Session, subscription_ids: Sequence[int]) -> dict[int, list[Pause]]:
    found: dict[int, list[Pause]] = defaultdict(list)
    for ids in chunks(subscription_ids):
        rows = session.execute(
            select(
                SubscriptionPause.subscription_id,
                SubscriptionPause.start_date,
                SubscriptionPause.end_date,
            )
            .where(SubscriptionPause.subscription_id.in_(ids))
            .order_by(SubscriptionPause.start_date)
        )
        for subscription_id, start, end in rows:
            found[subscription_id].append(Pause(start, end))
    return found


NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "there is no {what} number {id}")
NEGATIVE_PRICE = QT_TRANSLATE_NOOP("Messages", "a price cannot be negative")
NOT_ARCHIVED = QT_TRANSLATE_NOOP("Messages", "“{name}” is not archived")


def fetch(session: Session, model: type[ModelT], row_id: int, what: str) -> ModelT:
    """The row `row_id` of `model`, or a `NotFoundError` naming it as `what`."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(message(NOT_FOUND, what=what, id=row_id))
    return row


def optional(
    errors: FieldErrors, field_name: str, value: str, validate: Callable[[str], T]
) -> T | None:
    """Validate a field the user may leave empty: empty gives None."""
    if not value.strip():
        return None
    return errors.check(field_name, lambda: validate(value))


def optional_line(errors: FieldErrors, field_name: str, value: str, maximum: int) -> str | None:
    return optional(errors, field_name, value, lambda text: clean_line(text, maximum=maximum))


def required_line(errors: FieldErrors, field_name: str, value: str, maximum: int) -> str:
    return errors.check(field_name, lambda: clean_line(value, maximum=maximum)) or ""


def check_range(value: int, minimum: int, maximum: int, template: str) -> int:
    if isinstance(value, bool) or not minimum <= value <= maximum:
        raise InvalidValue(message(template, minimum=minimum, maximum=maximum, value=value))
    return value


def apply_changes(row: Base, values: Mapping[str, Any]) -> dict[str, Any]:
    """Set `values` on `row`; return those that differ from what it held (for the audit log)."""
    changed = {name: value for name, value in values.items() if getattr(row, name) != value}
    for name, value in changed.items():
        setattr(row, name, value)
    return changed


@dataclass(frozen=True)
class Event:
    """One line of the audit log, for `record_events`."""

    on_date: date
    entity_id: int | None
    summary: str = ""
    details: Mapping[str, Any] | None = None


def record_events(
    session: Session, actor: str, entity: str, action: str, events: Sequence[Event]
) -> None:
    """Append many events of one kind to the audit log at once (imports, batches)."""
    if events:
        session.execute(
            insert(AuditEvent),
            [
                {
                    "on_date": event.on_date,
                    "actor": actor,
                    "entity": entity,
                    "entity_id": event.entity_id,
                    "action": action,
                    "summary": event.summary,
                    "details": json.dumps(
                        event.details or {}, default=str, ensure_ascii=False, sort_keys=True
                    ),
                }
                for event in events
            ],
        )


def prefixed(validate: Callable[[], T], position: int, count: int) -> T:
    """Run one row's validation of a batch, naming its fields `N.field` when the batch
    has several rows, so the owner knows which row is wrong."""
    try:
        return validate()
    except ValidationError as error:
        if count == 1:
            raise
        raise ValidationError(
            {f"{position}.{name}": text for name, text in error.errors.items()}
        ) from None


def record_event(
    session: Session,
    on_date: date,
    actor: str,
    entity: str,
    entity_id: int | None,
    action: str,
    *,
    summary: str = "",
    details: Mapping[str, Any] | None = None,
) -> None:
    """Append to the audit log, in the caller's transaction: on `on_date`, `actor`
    did `action` to row `entity_id` of `entity`."""
    session.add(
        AuditEvent(
            on_date=on_date,
            actor=actor,
            entity=entity,
            entity_id=entity_id,
            action=action,
            summary=summary,
            details=json.dumps(details or {}, default=str, ensure_ascii=False, sort_keys=True),
        )
    )


RANGE_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages", "must be between {minimum} and {maximum}, not {value}"
)


# Rows read, and big containers emptied, this many at a time (see `let_go`).
SLICE = 2000


def let_go(items: list[Any] | dict[Any, Any]) -> None:
    """Empty `items` a slice at a time.

    Freeing a container of a hundred thousand objects is one call that holds
    the interpreter lock until the last is gone: on a database of a million
    invoices, the alerts' list held it for 144 ms, and the window, whose thread
    waits for it, stopped answering. Between two slices the lock changes hands.
    """
    if isinstance(items, dict):
        while items:
            for _ in range(min(SLICE, len(items))):
                items.popitem()
    else:
        while items:
            del items[-SLICE:]
