"""A small business as of Wednesday 25 November 2026, for the Reports tab's figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from cadence.services.billing import run_billing
from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.company import CompanyData, save_company
from cadence.services.customers import CustomerData, create_customer
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.ui.operations import Operations


@dataclass(frozen=True)
class Shop:
    plan: int
    customer: int


@pytest.fixture
def shop(operations: Operations, today: date) -> Shop:
    """Two customers at 29.00 € a month (34.80 € with VAT), invoices due 30 days after
    their date. Élodie's from 20 October: its first invoice, due 19 November, is
    unpaid; the 20 November one is due now, the next on 20 December. Bruno's from
    5 November: due now, then on 5 December."""
    with operations.database.batches() as session:
        save_company(
            session,
            CompanyData(
                legal_name="Atelier Nuage SAS",
                address_line1="12 rue de la Charité",
                postal_code="69002",
                city="Lyon",
                siren="732829320",
                vat_number="FR44732829320",
                iban="FR76 3000 6000 0112 3456 7890 189",
                bic="AGRIFRPP",
            ),
            today=today,
        )
        item = create_item(session, ItemData(name="Logiciel de caisse"), today=today).id
        plan = create_plan(
            session,
            PlanData(
                name="Caisse mensuelle",
                item_id=item,
                unit_price=Decimal("29.00"),
                available_from=date(2024, 1, 1),
            ),
            today=today,
        ).id

        def subscribe(name: str, start: date) -> int:
            customer = create_customer(
                session,
                CustomerData(
                    name=name, address_line1="3 place Bellecour", postal_code="69002", city="Lyon"
                ),
                today=today,
            ).id
            create_subscription(
                session,
                SubscriptionData(customer_id=customer, plan_id=plan, start_date=start),
                today=today,
            )
            return customer

        subscribe("Élodie Lefèvre", date(2026, 10, 20))
        session.commit()
        run_billing(session, as_of=date(2026, 10, 20))
        customer = subscribe("Bruno Martin", date(2026, 11, 5))
        session.commit()
    return Shop(plan, customer)
