"""A tab's context with a window and a navigator that records what it was asked to
open, and customers, plans and invoices made through the services."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from cadence.services.billing import run_billing
from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.company import CompanyData, save_company
from cadence.services.customers import (
    CustomerData,
    CustomerRecord,
    archive_customer,
    create_customer,
)
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.database import Database
from cadence.ui.clock import FixedClock
from cadence.ui.customers.tab import CustomersTab
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences
from cadence.ui.tab import AppContext

CUSTOMER = CustomerData(
    name="Élodie Lefèvre",
    email="elodie.lefevre@exemple.fr",
    phone="04 72 00 00 00",
    address_line1="3 place Bellecour",
    postal_code="69002",
    city="Lyon",
)


@dataclass
class Navigator:
    opened: list[tuple[str, int]] = field(default_factory=list)

    def open_record(self, tab: str, record_id: int) -> None:
        self.opened.append((tab, record_id))


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def context(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    navigator: Navigator,
    qtbot: QtBot,
) -> AppContext:
    window = QMainWindow()
    qtbot.addWidget(window)
    return AppContext(operations, clock, preferences, navigator, window)


class Books:
    """Rows made through the services, each in its own committed transaction."""

    def __init__(self, database: Database, today: date) -> None:
        self.database = database
        self.today = today
        self._plan_id: int | None = None

    def company(self) -> None:
        data = CompanyData(
            legal_name="Atelier Nuage SAS",
            address_line1="12 rue de la Charité",
            postal_code="69002",
            city="Lyon",
            siren="732829320",
            vat_number="FR44732829320",
            iban="FR76 3000 6000 0112 3456 7890 189",
            bic="AGRIFRPP",
        )
        with self.database.transaction() as session:
            save_company(session, data, today=self.today)

    def customer(self, **changes: Any) -> CustomerRecord:
        with self.database.transaction() as session:
            return create_customer(
                session, dataclasses.replace(CUSTOMER, **changes), today=self.today
            )

    def archived_customer(self, **changes: Any) -> CustomerRecord:
        record = self.customer(**changes)
        with self.database.transaction() as session:
            return archive_customer(session, record.id, today=self.today)

    def subscribe(self, customer_id: int, start: date) -> int:
        """A 29.00 + 20 % monthly plan (34.80 a month) from `start`."""
        with self.database.transaction() as session:
            if self._plan_id is None:
                item = create_item(session, ItemData("Logiciel de caisse"), today=self.today)
                plan = PlanData("Caisse mensuelle", item.id, Decimal("29.00"), date(2024, 1, 1))
                self._plan_id = create_plan(session, plan, today=self.today).id
            data = SubscriptionData(customer_id, self._plan_id, start)
            return create_subscription(session, data, today=self.today).id

    def bill(self) -> None:
        with self.database.batches() as session:
            run_billing(session, as_of=self.today)


@pytest.fixture
def books(database: Database, today: date) -> Books:
    return Books(database, today)


@pytest.fixture
def open_tab(context: AppContext, qtbot: QtBot) -> Callable[[int], CustomersTab]:
    """The tab, once it shows `rows` customers (make them first: it loads at once)."""

    def opened(rows: int) -> CustomersTab:
        tab = CustomersTab(context)
        qtbot.addWidget(tab)
        tab.resize(1200, 760)
        tab.show()
        qtbot.waitUntil(
            lambda: tab.model.rowCount() == rows and tab.context.operations.pending == 0
        )
        return tab

    return opened
