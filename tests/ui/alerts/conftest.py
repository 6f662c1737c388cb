"""A small business with alerts as of 25 November 2026: a notice deadline and a
renewal (no billing needed, so quick to set up), and, for the tests that need
one, an overdue invoice, or one announced as debited that no batch asks for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.parties import PaymentMethod
from cadence.domain.periods import IntervalUnit
from cadence.services.billing import run_billing
from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.company import CompanyData, save_company
from cadence.services.customers import CustomerData, create_customer
from cadence.services.mandates import MandateData, create_mandate
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.models import Invoice
from cadence.ui.operations import Operations


@dataclass(frozen=True)
class Renewals:
    notice_subscription: int  # Boulangerie Martin: notice to give by 10 December
    renewal_subscription: int  # Garage Ménard: a quarter renewing on 10 December


@dataclass(frozen=True)
class Business:
    renewals: Renewals
    late_customer: int  # Élodie Lefèvre owes an invoice due on 19 November (34.80 €)
    late_invoice: int


def _company(**changes: object) -> CompanyData:
    return CompanyData(
        legal_name="Atelier Nuage SAS",
        address_line1="12 rue de la Charité",
        postal_code="69002",
        city="Lyon",
        siren="732829320",
        vat_number="FR44732829320",
        iban="FR76 3000 6000 0112 3456 7890 189",
        bic="AGRIFRPP",
        **changes,  # type: ignore[arg-type]
    )


def _plan(session: Session, item: int, name: str, today: date, **terms: object) -> int:
    data = PlanData(
        name=name,
        item_id=item,
        unit_price=Decimal("29.00"),
        available_from=date(2024, 1, 1),
        **terms,  # type: ignore[arg-type]
    )
    return create_plan(session, data, today=today).id


def _subscribe(session: Session, name: str, plan: int, start: date, today: date) -> int:
    customer = create_customer(
        session,
        CustomerData(
            name=name, address_line1="3 place Bellecour", postal_code="69002", city="Lyon"
        ),
        today=today,
    ).id
    data = SubscriptionData(customer_id=customer, plan_id=plan, start_date=start)
    return create_subscription(session, data, today=today).id


def _renewals(session: Session, today: date) -> Renewals:
    """The yearly plan of Boulangerie Martin renews on 10 January 2027 after a month's
    notice: notice by 10 December. Garage Ménard's quarters renew on 10 December."""
    item = create_item(session, ItemData(name="Logiciel de caisse"), today=today).id
    yearly = _plan(
        session,
        item,
        "Caisse Pro — annuel",
        today,
        interval_unit=IntervalUnit.YEAR,
        commitment_count=12,
        notice_count=1,
        notice_unit=IntervalUnit.MONTH,
    )
    quarterly = _plan(session, item, "Maintenance trimestrielle", today, interval_count=3)
    return Renewals(
        _subscribe(session, "Boulangerie Martin", yearly, date(2026, 1, 10), today),
        _subscribe(session, "Garage Ménard", quarterly, date(2026, 9, 10), today),
    )


@pytest.fixture
def renewals(operations: Operations, today: date) -> Renewals:
    with operations.database.transaction() as session:
        return _renewals(session, today)


@pytest.fixture
def announced_debit(operations: Operations, today: date) -> int:
    """Fromagerie Dubois pays by direct debit under a mandate signed on 1 October: its
    invoice of 20 October (34.80 €) announced the debit on its due date, 19 November.
    No batch asks for it yet. Returns the invoice's id."""
    with operations.database.batches() as session:
        save_company(session, _company(sepa_creditor_id="FR72ZZZ123456"), today=today)
        item = create_item(session, ItemData(name="Abonnement"), today=today).id
        monthly = _plan(session, item, "Caisse mensuelle", today)
        customer = create_customer(
            session,
            CustomerData(
                name="Fromagerie Dubois",
                address_line1="3 place Bellecour",
                postal_code="69002",
                city="Lyon",
                iban="FR76 3000 4000 0312 3456 7890 143",
                payment_method=PaymentMethod.DIRECT_DEBIT,
            ),
            today=today,
        ).id
        create_mandate(
            session, MandateData(customer_id=customer, signed_on=date(2026, 10, 1)), today=today
        )
        create_subscription(
            session,
            SubscriptionData(customer_id=customer, plan_id=monthly, start_date=date(2026, 10, 20)),
            today=today,
        )
        session.commit()
        run_billing(session, as_of=date(2026, 10, 20))
        invoice = session.scalars(select(Invoice)).one()
        assert invoice.debit_mandate_reference is not None
        return invoice.id


@pytest.fixture
def business(operations: Operations, today: date) -> Business:
    """The renewals, and Élodie's invoice of 20 October, due 30 days later: 19 November,
    unpaid (billed before the others subscribe, so that only hers is issued)."""
    with operations.database.batches() as session:
        save_company(session, _company(), today=today)
        item = create_item(session, ItemData(name="Abonnement"), today=today).id
        monthly = _plan(session, item, "Caisse mensuelle", today)
        late = _subscribe(session, "Élodie Lefèvre", monthly, date(2026, 10, 20), today)
        session.commit()
        run_billing(session, as_of=date(2026, 10, 20))
        invoice = session.scalars(select(Invoice).where(Invoice.subscription_id == late)).one()
        found = Business(_renewals(session, today), invoice.customer_id, invoice.id)
        session.commit()
        return found
