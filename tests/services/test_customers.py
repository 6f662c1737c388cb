"""Customers: validation naming each field, normalisation, archive rules, search."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadence.domain.errors import ConflictError, NotFoundError, ValidationError
from cadence.domain.parties import CustomerKind, Language, PaymentMethod
from cadence.services.customers import (
    CustomerData,
    archive_customer,
    create_customer,
    customer_data,
    get_customer,
    list_customers,
    restore_customer,
    update_customer,
)
from cadence.store.database import Database
from cadence.store.models import AuditEvent, Customer

from .conftest import CUSTOMER, Factory  # type: ignore[import-not-found]


def test_a_customer_is_stored_in_canonical_form(session: Session, today: date) -> None:
    record = create_customer(
        session,
        dataclasses.replace(
            CUSTOMER,
            kind=CustomerKind.COMPANY,
            name="  O'Brien &   <Fils>  ",
            siren="732 829 320",
            vat_number="fr 44 732829320",
            iban="fr76 3000 6000 0112 3456 7890 189",
            payment_method=PaymentMethod.DIRECT_DEBIT,
            country="fr",
            language=Language.ENGLISH,
            invoice_by_email=True,
        ),
        today=today,
    )
    assert record.name == "O'Brien & <Fils>"
    assert record.siren == "732829320"
    assert record.vat_number == "FR44732829320"
    assert record.iban == "FR7630006000011234567890189"
    assert record.country == "FR"
    assert record.created_on == today
    assert record.contact_name is None
    assert record.phone is None
    event = session.scalars(select(AuditEvent)).one()
    assert (event.entity, event.entity_id, event.action) == ("customer", record.id, "created")


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"name": "   "}, "name", "required"),
        ({"name": "Élodie\x1b[31m"}, "name", "control character"),
        ({"email": "elodie@"}, "email", "not an e-mail"),
        ({"postal_code": "6900"}, "postal_code", "5 digits"),
        ({"country": "XX"}, "country", "ISO country code"),
        ({"address_line1": ""}, "address_line1", "required"),
        ({"siren": "732829320"}, "siren", "only a company"),
        ({"vat_number": "FR44732829320"}, "vat_number", "only a company"),
        ({"kind": CustomerKind.COMPANY, "siren": "732829321"}, "siren", "check digit"),
        (
            {"kind": CustomerKind.COMPANY, "siren": "123456782", "vat_number": "FR44732829320"},
            "vat_number",
            "is not that of SIREN 123456782",
        ),
        ({"iban": "FR76 3000 6000 0112 3456 7890 188"}, "iban", "not a valid IBAN"),
        ({"bic": "AGRIFRPP"}, "bic", "goes with an IBAN"),
        ({"iban": "FR7630006000011234567890189", "bic": "DEUTDEFF"}, "bic", "is from DE"),
        ({"payment_method": PaymentMethod.DIRECT_DEBIT}, "iban", "needs the customer's IBAN"),
        ({"email": "", "invoice_by_email": True}, "email", "needed to send invoices"),
        ({"delivery_city": "Paris"}, "delivery_address_line1", "street, postcode and city"),
        (
            {
                "delivery_address_line1": "1 rue",
                "delivery_postal_code": "75O01",
                "delivery_city": "Paris",
            },
            "delivery_postal_code",
            "5 digits",
        ),
        ({"notes": "x" * 5001}, "notes", "at most 5000"),
    ],
)
def test_each_wrong_field_is_named(
    session: Session, today: date, changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        create_customer(session, dataclasses.replace(CUSTOMER, **changes), today=today)
    assert field in raised.value.errors
    assert words in str(raised.value.errors[field])


def test_every_wrong_field_is_reported_at_once_and_nothing_is_written(
    database: Database, today: date
) -> None:
    wrong = dataclasses.replace(CUSTOMER, name="", email="nope", postal_code="1", country="ZZ")
    with pytest.raises(ValidationError) as raised, database.transaction() as session:
        create_customer(session, wrong, today=today)
    # The postcode is not judged against an unknown country: three errors, not four.
    assert set(raised.value.errors) == {"name", "email", "country"}
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 0


def test_a_delivery_address_defaults_to_the_billing_country(make: Factory) -> None:
    record = make.customer(
        country="BE",
        postal_code="1000",
        city="Bruxelles",
        delivery_address_line1="5 rue Neuve",
        delivery_postal_code="1000",
        delivery_city="Bruxelles",
    )
    assert record.delivery_country == "BE"


def test_an_update_records_what_changed(make: Factory, session: Session, today: date) -> None:
    record = make.customer()
    changed = dataclasses.replace(customer_data(record), city="Villeurbanne", postal_code="69100")
    updated = update_customer(session, record.id, changed, today=today)
    assert (updated.city, updated.postal_code) == ("Villeurbanne", "69100")
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "updated")).one()
    assert json.loads(event.details) == {"city": "Villeurbanne", "postal_code": "69100"}


def test_saving_an_unchanged_customer_records_nothing(
    make: Factory, session: Session, today: date
) -> None:
    record = make.customer()
    update_customer(session, record.id, customer_data(record), today=today)
    assert session.scalar(select(func.count()).where(AuditEvent.action == "updated")) == 0


def test_a_customer_with_a_running_subscription_cannot_be_archived(
    make: Factory, session: Session, today: date
) -> None:
    subscription = make.subscription()
    with pytest.raises(ConflictError, match="1 running subscription"):
        archive_customer(session, subscription.customer_id, today=today)
    assert not get_customer(session, subscription.customer_id).archived


def test_archived_customers_leave_the_everyday_list(
    make: Factory, session: Session, today: date
) -> None:
    kept, archived = make.customer(name="Kept"), make.customer(name="Gone")
    archive_customer(session, archived.id, today=today)
    assert [c.id for c in list_customers(session)] == [kept.id]
    assert {c.id for c in list_customers(session, include_archived=True)} == {kept.id, archived.id}
    restore_customer(session, archived.id, today=today)
    assert {c.id for c in list_customers(session)} == {kept.id, archived.id}
    with pytest.raises(ConflictError, match="not archived"):
        restore_customer(session, archived.id, today=today)


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("lefevre", ["Élodie Lefèvre"]),
        ("ÉLODIE", ["Élodie Lefèvre"]),
        ("obrien", ["O'Brien & <Fils>"]),
        ("o’brien fils", ["O'Brien & <Fils>"]),
        ("villeurbanne", ["O'Brien & <Fils>"]),
        ("exemple.fr", ["Élodie Lefèvre"]),
        ("732829320", ["O'Brien & <Fils>"]),
        ("lefèvre%", ["Élodie Lefèvre"]),
        ("%", ["Élodie Lefèvre", "O'Brien & <Fils>"]),
        ("_", ["Élodie Lefèvre", "O'Brien & <Fils>"]),
        ("", ["Élodie Lefèvre", "O'Brien & <Fils>"]),
    ],
)
def test_search_ignores_case_accents_and_punctuation(
    make: Factory, session: Session, search: str, expected: list[str]
) -> None:
    make.customer()
    make.customer(
        name="O'Brien & <Fils>",
        kind=CustomerKind.COMPANY,
        siren="732829320",
        email="",
        city="Villeurbanne",
        postal_code="69100",
    )
    assert [c.name for c in list_customers(session, search=search)] == expected


def test_an_unknown_customer_is_not_found(session: Session, today: date) -> None:
    with pytest.raises(NotFoundError, match="no customer number 42"):
        get_customer(session, 42)
    with pytest.raises(NotFoundError):
        archive_customer(session, 42, today=today)


def test_the_editable_form_saves_back_unchanged(make: Factory) -> None:
    record = make.customer(
        kind=CustomerKind.COMPANY,
        siren="732829320",
        contact_name="Seán O'Brien",
        delivery_address_line1="1 quai de Saône",
        delivery_postal_code="69001",
        delivery_city="Lyon",
    )
    assert customer_data(record) == dataclasses.replace(
        CUSTOMER,
        kind=CustomerKind.COMPANY,
        siren="732829320",
        contact_name="Seán O'Brien",
        delivery_address_line1="1 quai de Saône",
        delivery_postal_code="69001",
        delivery_city="Lyon",
        delivery_country="FR",
    )
    assert isinstance(customer_data(record), CustomerData)
