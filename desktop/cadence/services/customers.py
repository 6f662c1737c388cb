"""Customers: create, update, archive, list."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from cadence.domain.errors import ConflictError, FieldErrors, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.identifiers import (
    check_bic_matches_iban,
    check_vat_number_matches_siren,
    validate_bic,
    validate_country,
    validate_email,
    validate_iban,
    validate_phone,
    validate_postal_code,
    validate_siren,
    validate_vat_number,
)
from cadence.domain.invoicing import InvoiceKind, InvoiceStatus, PaymentStatus
from cadence.domain.lifecycle import LIVE_STATUSES
from cadence.domain.parties import CustomerKind, Language, PaymentMethod
from cadence.domain.text import clean_text, search_key
from cadence.services.common import (
    NOT_ARCHIVED,
    Event,
    apply_changes,
    fetch,
    optional,
    optional_line,
    prefixed,
    record_event,
    record_events,
    required_line,
)
from cadence.store.models import CompanySettings, Customer, Invoice, Payment, Subscription

_INDIVIDUAL_SIREN = QT_TRANSLATE_NOOP(
    "Messages", "only a company customer has a SIREN; choose “company” or leave it empty"
)
_INDIVIDUAL_VAT = QT_TRANSLATE_NOOP(
    "Messages", "only a company customer has a VAT number; choose “company” or leave it empty"
)
_EMAIL_NEEDED = QT_TRANSLATE_NOOP(
    "Messages", "an e-mail address is needed to send invoices by e-mail"
)
_IBAN_NEEDED = QT_TRANSLATE_NOOP("Messages", "direct debit needs the customer's IBAN")
_BIC_WITHOUT_IBAN = QT_TRANSLATE_NOOP("Messages", "a BIC goes with an IBAN; give the IBAN too")
_DELIVERY_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Messages", "a delivery address needs its street, postcode and city"
)
_HAS_SUBSCRIPTIONS = QT_TRANSLATE_NOOP(
    "Messages",
    "{name} still has {count} running subscription(s); cancel them before archiving the customer",
)
_ARCHIVED = QT_TRANSLATE_NOOP("Messages", "{name} is archived; restore the customer first")

MAX_NOTES = 5000


@dataclass(frozen=True)
class CustomerData:
    """A customer as typed in a form or on the command line; empty text means "none"."""

    name: str
    kind: CustomerKind = CustomerKind.INDIVIDUAL
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FR"
    delivery_address_line1: str = ""
    delivery_address_line2: str = ""
    delivery_postal_code: str = ""
    delivery_city: str = ""
    delivery_country: str = ""
    siren: str = ""
    vat_number: str = ""
    language: Language = Language.FRENCH
    payment_method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    iban: str = ""
    bic: str = ""
    invoice_by_email: bool = False
    notes: str = ""


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    kind: CustomerKind
    name: str
    contact_name: str | None
    email: str | None
    phone: str | None
    address_line1: str
    address_line2: str | None
    postal_code: str
    city: str
    country: str
    delivery_address_line1: str | None
    delivery_address_line2: str | None
    delivery_postal_code: str | None
    delivery_city: str | None
    delivery_country: str | None
    siren: str | None
    vat_number: str | None
    language: Language
    payment_method: PaymentMethod
    iban: str | None
    bic: str | None
    invoice_by_email: bool
    notes: str
    archived: bool
    created_on: date


_RECORD_FIELDS = [field.name for field in dataclasses.fields(CustomerRecord)]


def _record(customer: Customer) -> CustomerRecord:
    return CustomerRecord(**{name: getattr(customer, name) for name in _RECORD_FIELDS})


def validate_customer(data: CustomerData) -> dict[str, object]:
    """Check every field of `data`; return the clean column values or raise `ValidationError`."""
    errors = FieldErrors()
    values: dict[str, object] = {"kind": data.kind, "language": data.language}
    values["name"] = required_line(errors, "name", data.name, 200)
    values["contact_name"] = optional_line(errors, "contact_name", data.contact_name, 200)
    email = optional(errors, "email", data.email, validate_email)
    values["email"] = email
    values["phone"] = optional(errors, "phone", data.phone, validate_phone)
    values["address_line1"] = required_line(errors, "address_line1", data.address_line1, 200)
    values["address_line2"] = optional_line(errors, "address_line2", data.address_line2, 200)
    values["city"] = required_line(errors, "city", data.city, 100)
    country = errors.check("country", lambda: validate_country(data.country))
    values["country"] = country
    postal_code = required_line(errors, "postal_code", data.postal_code, 20)
    if postal_code and country:
        values["postal_code"] = errors.check(
            "postal_code", lambda: validate_postal_code(postal_code, country)
        )
    values.update(_delivery_address(errors, data, country))
    siren = optional(errors, "siren", data.siren, validate_siren)
    vat_number = optional(errors, "vat_number", data.vat_number, validate_vat_number)
    if data.kind is CustomerKind.INDIVIDUAL:
        if siren or data.siren.strip():
            errors.add("siren", message(_INDIVIDUAL_SIREN))
        if vat_number or data.vat_number.strip():
            errors.add("vat_number", message(_INDIVIDUAL_VAT))
    if siren and vat_number:
        errors.check("vat_number", lambda: check_vat_number_matches_siren(vat_number, siren))
    values["siren"], values["vat_number"] = siren, vat_number
    iban = optional(errors, "iban", data.iban, validate_iban)
    bic = optional(errors, "bic", data.bic, validate_bic)
    if bic and not data.iban.strip():
        errors.add("bic", message(_BIC_WITHOUT_IBAN))
    if bic and iban:
        errors.check("bic", lambda: check_bic_matches_iban(bic, iban))
    if data.payment_method is PaymentMethod.DIRECT_DEBIT and not data.iban.strip():
        errors.add("iban", message(_IBAN_NEEDED))
    values["iban"], values["bic"] = iban, bic
    values["payment_method"] = data.payment_method
    if data.invoice_by_email and not data.email.strip():
        errors.add("email", message(_EMAIL_NEEDED))
    values["invoice_by_email"] = data.invoice_by_email
    values["notes"] = errors.check("notes", lambda: clean_text(data.notes, maximum=MAX_NOTES))
    errors.raise_if_any()
    values["search_text"] = search_key(
        str(values["name"]),
        values["contact_name"],  # type: ignore[arg-type]
        email,
        str(values["city"]),
        str(values["postal_code"]),
        siren,
        vat_number,
    )
    return values


def _delivery_address(
    errors: FieldErrors, data: CustomerData, billing_country: str | None
) -> dict[str, object]:
    fields = {
        "delivery_address_line1": data.delivery_address_line1,
        "delivery_address_line2": data.delivery_address_line2,
        "delivery_postal_code": data.delivery_postal_code,
        "delivery_city": data.delivery_city,
        "delivery_country": data.delivery_country,
    }
    if not any(value.strip() for value in fields.values()):
        return dict.fromkeys(fields)
    for required in ("delivery_address_line1", "delivery_postal_code", "delivery_city"):
        if not fields[required].strip():
            errors.add(required, message(_DELIVERY_INCOMPLETE))
    country = (
        errors.check("delivery_country", lambda: validate_country(data.delivery_country))
        if data.delivery_country.strip()
        else billing_country
    )
    postal_code = optional_line(errors, "delivery_postal_code", data.delivery_postal_code, 20)
    if postal_code and country:
        postal_code = errors.check(
            "delivery_postal_code", lambda: validate_postal_code(postal_code, country)
        )
    return {
        "delivery_address_line1": optional_line(
            errors, "delivery_address_line1", data.delivery_address_line1, 200
        ),
        "delivery_address_line2": optional_line(
            errors, "delivery_address_line2", data.delivery_address_line2, 200
        ),
        "delivery_postal_code": postal_code,
        "delivery_city": optional_line(errors, "delivery_city", data.delivery_city, 100),
        "delivery_country": country,
    }


def create_customer(
    session: Session, data: CustomerData, *, today: date, actor: str = "user"
) -> CustomerRecord:
    return create_customers(session, [data], today=today, actor=actor)[0]


def create_customers(
    session: Session,
    data: Sequence[CustomerData],
    *,
    today: date,
    created_on: Sequence[date] | None = None,
    actor: str = "user",
) -> list[CustomerRecord]:
    """Create customers all at once or none (an import): every one is checked first.
    A wrong field is named `field`, or `N.field` for the N-th (from 1) when there are
    several. `created_on` gives each its own creation date (default: today)."""
    days = list(created_on) if created_on is not None else [today] * len(data)
    checked = [
        prefixed(partial(validate_customer, item), position, len(data))
        for position, item in enumerate(data, start=1)
    ]
    customers = [
        Customer(**values, archived=False, created_on=day)
        for values, day in zip(checked, days, strict=True)
    ]
    session.add_all(customers)
    session.flush()
    record_events(
        session,
        actor,
        "customer",
        "created",
        [Event(customer.created_on, customer.id, customer.name) for customer in customers],
    )
    return [_record(customer) for customer in customers]


def update_customer(
    session: Session, customer_id: int, data: CustomerData, *, today: date, actor: str = "user"
) -> CustomerRecord:
    """Change a customer; invoices already issued keep the identity they were issued with."""
    customer = fetch(session, Customer, customer_id, "customer")
    changed = apply_changes(customer, validate_customer(data))
    changed.pop("search_text", None)  # derived from the fields that did change
    if changed:
        record_event(
            session,
            today,
            actor,
            "customer",
            customer.id,
            "updated",
            summary=customer.name,
            details=changed,
        )
    return _record(customer)


def _running_subscriptions(session: Session, customer_id: int) -> int:
    count = session.scalar(
        select(func.count())
        .select_from(Subscription)
        .where(Subscription.customer_id == customer_id, Subscription.status.in_(LIVE_STATUSES))
    )
    return int(count or 0)


def archive_customer(
    session: Session, customer_id: int, *, today: date, actor: str = "user"
) -> CustomerRecord:
    """Hide a customer from everyday lists; refused while a subscription still runs."""
    customer = fetch(session, Customer, customer_id, "customer")
    if customer.archived:
        return _record(customer)
    running = _running_subscriptions(session, customer_id)
    if running:
        raise ConflictError(message(_HAS_SUBSCRIPTIONS, name=customer.name, count=running))
    customer.archived = True
    record_event(session, today, actor, "customer", customer.id, "archived", summary=customer.name)
    return _record(customer)


def restore_customer(
    session: Session, customer_id: int, *, today: date, actor: str = "user"
) -> CustomerRecord:
    customer = fetch(session, Customer, customer_id, "customer")
    if not customer.archived:
        raise ConflictError(message(NOT_ARCHIVED, name=customer.name))
    customer.archived = False
    record_event(session, today, actor, "customer", customer.id, "restored", summary=customer.name)
    return _record(customer)


def get_customer(session: Session, customer_id: int) -> CustomerRecord:
    return _record(fetch(session, Customer, customer_id, "customer"))


def require_active_customer(session: Session, customer_id: int) -> Customer:
    """The customer, refusing an archived one (nothing new is sold to it)."""
    customer = fetch(session, Customer, customer_id, "customer")
    if customer.archived:
        raise ConflictError(message(_ARCHIVED, name=customer.name))
    return customer


def count_customers(session: Session, *, include_archived: bool = False) -> int:
    query = select(func.count()).select_from(Customer)
    if not include_archived:
        query = query.where(Customer.archived.is_(False))
    return int(session.scalar(query) or 0)


_Key = ColumnElement[Any] | InstrumentedAttribute[Any]
_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class _Order:
    keys: tuple[_Key, ...]
    # Rows for which this is true (a blank e-mail) come last in either direction.
    blank_last: ColumnElement[bool] | None = None
    # The index on (archived, search_text) serves this order: the first rows are
    # found at once. Any other order sorts every customer.
    indexed: bool = False


# search_text starts with the folded name: ordering by it is alphabetical order as
# a reader expects it, "Élodie" among the E's, and the index serves it. Every order
# ends with the id, so that pages never overlap.
_BY_NAME = Customer.search_text
_ORDERS = {
    "name": _Order((_BY_NAME,), indexed=True),
    "kind": _Order((Customer.kind, _BY_NAME)),
    "city": _Order((func.lower(Customer.city), _BY_NAME)),
    "email": _Order((func.lower(Customer.email), _BY_NAME), Customer.email.is_(None)),
    "phone": _Order((Customer.phone, _BY_NAME), Customer.phone.is_(None)),
    "language": _Order((Customer.language, _BY_NAME)),
    "created_on": _Order((Customer.created_on, _BY_NAME)),
}
CUSTOMER_SORTS = tuple(_ORDERS)


def _customer_query(
    query: _Query, search: str, include_archived: bool, sort: str, descending: bool
) -> _Query:
    """`query` (on the customer table) narrowed by `search` and ordered by `sort`."""
    if sort not in _ORDERS:
        raise ValueError(f"customers cannot be sorted by {sort!r}")
    order = _ORDERS[sort]
    ordering: list[_Key] = [] if order.blank_last is None else [order.blank_last]
    ordering.extend(key.desc() if descending else key for key in order.keys)
    ordering.append(Customer.id.desc() if descending else Customer.id)
    query = query.order_by(*ordering)
    if not include_archived:
        # To sort every customer, reading the table straight through is several times
        # faster than hopping to each row through the index on `archived`: the
        # condition is then written so that SQLite does not pick that index.
        archived = Customer.archived if order.indexed else func.coalesce(Customer.archived, False)
        query = query.where(archived.is_(False))
    for word in search_key(search).split():
        query = query.where(Customer.search_text.contains(word, autoescape=True))
    return query


def list_customers(
    session: Session,
    *,
    search: str = "",
    include_archived: bool = False,
    limit: int | None = None,
    offset: int = 0,
    sort: str = "name",
    descending: bool = False,
) -> list[CustomerRecord]:
    """Customers in the order of `sort` (one of `CUSTOMER_SORTS`, by name by default);
    `search` matches name, contact, e-mail, city, postcode, SIREN, VAT number,
    ignoring case and accents."""
    query = _customer_query(select(Customer), search, include_archived, sort, descending)
    return [_record(customer) for customer in session.scalars(query.offset(offset).limit(limit))]


@dataclass(frozen=True)
class CustomerRow:
    """A customer as a line of the customers table, with what they have running and owe."""

    id: int
    kind: CustomerKind
    name: str
    contact_name: str | None
    email: str | None
    phone: str | None
    postal_code: str
    city: str
    country: str
    language: Language
    archived: bool
    running_subscriptions: int
    # Issued invoices − credit notes − payments received: positive, the customer
    # owes it; negative, it is credit in their favour (as on their statement).
    balance: Decimal
    currency: str


def customer_rows(
    session: Session,
    *,
    search: str = "",
    offset: int = 0,
    limit: int = 200,
    sort: str = "name",
    descending: bool = False,
    include_archived: bool = False,
) -> list[CustomerRow]:
    """One page of the customers table (see `list_customers` for `search` and `sort`).

    The figures are summed for this page's customers only, a few grouped queries
    on indexed columns: a table of 100,000 customers costs no more than one of 200."""
    # Only the columns the table shows: a page of rows, not of whole customers.
    columns = select(
        Customer.id,
        Customer.kind,
        Customer.name,
        Customer.contact_name,
        Customer.email,
        Customer.phone,
        Customer.postal_code,
        Customer.city,
        Customer.country,
        Customer.language,
        Customer.archived,
    )
    query = _customer_query(columns, search, include_archived, sort, descending)
    customers = session.execute(query.offset(offset).limit(limit)).all()
    ids = [customer.id for customer in customers]
    if not ids:
        return []
    running = dict.fromkeys(ids, 0)
    # Grouped by status and filtered here: a condition on the status would lead SQLite
    # to its index on the status, a pass over every running subscription.
    for customer_id, status, count in session.execute(
        select(Subscription.customer_id, Subscription.status, func.count())
        .where(Subscription.customer_id.in_(ids))
        .group_by(Subscription.customer_id, Subscription.status)
    ):
        if status in LIVE_STATUSES:
            running[customer_id] += count
    balance = dict.fromkeys(ids, Decimal(0))
    for customer_id, kind, total in session.execute(
        select(Invoice.customer_id, Invoice.kind, func.sum(Invoice.total_gross))
        .where(Invoice.customer_id.in_(ids), Invoice.status != InvoiceStatus.DRAFT)
        .group_by(Invoice.customer_id, Invoice.kind)
    ):
        balance[customer_id] += total if kind is InvoiceKind.INVOICE else -total
    for customer_id, paid in session.execute(
        select(Payment.customer_id, func.sum(Payment.amount))
        .where(Payment.customer_id.in_(ids), Payment.status == PaymentStatus.RECEIVED)
        .group_by(Payment.customer_id)
    ):
        balance[customer_id] -= paid
    currency = session.scalar(select(CompanySettings.default_currency)) or "EUR"
    return [
        CustomerRow(
            **customer._asdict(),
            running_subscriptions=running[customer.id],
            balance=balance[customer.id],
            currency=currency,
        )
        for customer in customers
    ]


def customer_data(record: CustomerRecord) -> CustomerData:
    """The editable form of a customer, to change some fields and save it back."""
    values: dict[str, Any] = {
        field.name: "" if getattr(record, field.name) is None else getattr(record, field.name)
        for field in dataclasses.fields(CustomerData)
    }
    return CustomerData(**values)
