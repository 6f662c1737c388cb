"""Factories for service tests: valid data by default, one field changed per test."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from cadence.domain.parties import PaymentMethod
from cadence.services.catalogue import (
    ItemData,
    ItemRecord,
    PlanData,
    PlanRecord,
    create_item,
    create_plan,
)
from cadence.services.company import CompanyData, CompanyRecord, save_company
from cadence.services.customers import CustomerData, CustomerRecord, create_customer
from cadence.services.mandates import MandateData, create_mandate
from cadence.services.subscriptions import (
    SubscriptionData,
    SubscriptionRecord,
    create_subscription,
)
from cadence.store.database import Database

COMPANY = CompanyData(
    legal_name="Atelier Nuage SAS",
    address_line1="12 rue de la Charité",
    postal_code="69002",
    city="Lyon",
    siren="732829320",
    vat_number="FR44732829320",
    iban="FR76 3000 6000 0112 3456 7890 189",
    bic="AGRIFRPP",
)
CUSTOMER = CustomerData(
    name="Élodie Lefèvre",
    email="elodie.lefevre@exemple.fr",
    address_line1="3 place Bellecour",
    postal_code="69002",
    city="Lyon",
)
PLAN_AVAILABLE_FROM = date(2024, 1, 1)
DEBTOR_IBAN = "FR76 3000 4000 0312 3456 7890 143"


class Factory:
    """Creates valid rows through the services, with any field overridden."""

    def __init__(self, session: Session, today: date) -> None:
        self.session = session
        self.today = today
        self._item: ItemRecord | None = None

    def company(self, **changes: Any) -> CompanyRecord:
        data = dataclasses.replace(COMPANY, **changes)
        return save_company(self.session, data, today=self.today)

    def customer(self, **changes: Any) -> CustomerRecord:
        data = dataclasses.replace(CUSTOMER, **changes)
        return create_customer(self.session, data, today=self.today)

    def debtor(self, *, signed_on: date, **changes: Any) -> CustomerRecord:
        """A customer who pays by direct debit, under a CORE mandate signed on `signed_on`:
        the invoices issued to them from that day announce the debit."""
        customer = self.customer(
            **{"iban": DEBTOR_IBAN, "payment_method": PaymentMethod.DIRECT_DEBIT, **changes}
        )
        data = MandateData(customer_id=customer.id, signed_on=signed_on)
        create_mandate(self.session, data, today=self.today)
        return customer

    def item(self, **changes: Any) -> ItemRecord:
        data = ItemData(**{"name": "Logiciel de caisse", **changes})
        return create_item(self.session, data, today=self.today)

    def plan(self, **changes: Any) -> PlanRecord:
        if "item_id" not in changes and self._item is None:
            self._item = self.item()
        values: dict[str, Any] = {
            "name": "Caisse mensuelle",
            "item_id": self._item.id if self._item else None,
            "unit_price": Decimal("29.00"),
            "available_from": PLAN_AVAILABLE_FROM,
            **changes,
        }
        return create_plan(self.session, PlanData(**values), today=self.today)

    def subscription(self, **changes: Any) -> SubscriptionRecord:
        if "customer_id" not in changes:
            changes["customer_id"] = self.customer().id
        if "plan_id" not in changes:
            changes["plan_id"] = self.plan(name=f"Plan {changes['customer_id']}").id
        values: dict[str, Any] = {"start_date": self.today, **changes}
        return create_subscription(self.session, SubscriptionData(**values), today=self.today)


@pytest.fixture
def make(session: Session, today: date) -> Factory:
    return Factory(session, today)


@pytest.fixture
def books(database: Database, today: date) -> Iterator[Factory]:
    """A company ready to bill, on a session that may commit (billing runs commit
    their batches), with valid-by-default factories."""
    with database.batches() as session:
        factory = Factory(session, today)
        factory.company()
        session.commit()
        yield factory
