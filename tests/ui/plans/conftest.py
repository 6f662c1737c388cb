"""A tab's context, and plans, items and subscribers made through the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from cadence.services.catalogue import (
    ItemData,
    ItemRecord,
    PlanData,
    PlanRecord,
    archive_plan,
    create_item,
    create_plan,
)
from cadence.services.customers import CustomerData, create_customer
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.database import Database
from cadence.ui.clock import FixedClock
from cadence.ui.operations import Operations
from cadence.ui.plans.tab import PlansTab
from cadence.ui.preferences import Preferences
from cadence.ui.tab import AppContext


class Navigator:
    def open_record(self, tab: str, record_id: int) -> None:
        raise AssertionError("the Plans tab opens no other tab")


@pytest.fixture
def context(
    operations: Operations, clock: FixedClock, preferences: Preferences, qtbot: QtBot
) -> AppContext:
    window = QMainWindow()
    qtbot.addWidget(window)
    return AppContext(operations, clock, preferences, Navigator(), window)


class Catalogue:
    """Items, plans and subscribers, each in its own committed transaction."""

    def __init__(self, database: Database, today: date) -> None:
        self.database = database
        self.today = today

    def item(self, name: str = "Box de thés bio", vat_rate: str = "5.5") -> ItemRecord:
        with self.database.transaction() as session:
            return create_item(
                session, ItemData(name, vat_rate=Decimal(vat_rate)), today=self.today
            )

    def plan(self, name: str, item_id: int, **changes: Any) -> PlanRecord:
        values: dict[str, Any] = {
            "unit_price": Decimal("24.90"),
            "available_from": date(2024, 1, 1),
            **changes,
        }
        with self.database.transaction() as session:
            return create_plan(session, PlanData(name, item_id, **values), today=self.today)

    def archived_plan(self, name: str, item_id: int) -> PlanRecord:
        plan = self.plan(name, item_id)
        with self.database.transaction() as session:
            return archive_plan(session, plan.id, today=self.today)

    def subscribe(self, plan_id: int) -> None:
        with self.database.transaction() as session:
            customer = create_customer(
                session,
                CustomerData(
                    "Élodie Lefèvre",
                    address_line1="3 place Bellecour",
                    postal_code="69002",
                    city="Lyon",
                ),
                today=self.today,
            )
            create_subscription(
                session, SubscriptionData(customer.id, plan_id, self.today), today=self.today
            )


@pytest.fixture
def catalogue(database: Database, today: date) -> Catalogue:
    return Catalogue(database, today)


@pytest.fixture
def open_tab(context: AppContext, qtbot: QtBot) -> Callable[[int], PlansTab]:
    """The tab, once it shows `rows` plans (make them first: it loads at once)."""

    def opened(rows: int) -> PlansTab:
        tab = PlansTab(context)
        qtbot.addWidget(tab)
        tab.resize(1300, 700)
        tab.show()
        qtbot.waitUntil(
            lambda: tab.model.rowCount() == rows and tab.context.operations.pending == 0
        )
        return tab

    return opened
