"""A small business for the Subscriptions tab's tests: one subscription in each state
that matters, and the tab (or the window around it) on it.

Today is 25 Nov 2026 (the `today` fixture). Plans bill in advance on the start day.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from cadence.domain.lifecycle import CancellationReason
from cadence.domain.periods import IntervalUnit
from cadence.services.billing import run_billing
from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.company import CompanyData, save_company
from cadence.services.customers import CustomerData, create_customer
from cadence.services.lifecycle import CancelWhen, cancel_subscription, pause_subscription
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.database import Database, open_database
from cadence.ui.clock import FixedClock
from cadence.ui.main_window import MainWindow
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences
from cadence.ui.subscriptions.tab import SubscriptionsTab
from cadence.ui.tab import AppContext

D = Decimal
OCTOBER = date(2026, 10, 10)
TODAY = date(2026, 11, 25)  # the `today` of every test


@dataclass
class Shop:
    """The ids of what the tests act on."""

    box: int = 0  # Box Thé Découverte, 24.90 a month
    pro: int = 0  # Caisse Pro annuel, 290.00 a year, 12 months' commitment
    other_cycle: int = 0  # Coaching hebdomadaire, 45.00 a week
    customers: dict[str, int] = field(default_factory=dict)
    active: int = 0  # Élodie Lefèvre on the box since 10 Oct, invoiced twice
    paused: int = 0  # Bruno Martin on the box, paused since today
    cancelled: int = 0  # Chloé Dupont, cancelled today
    committed: int = 0  # Denis Moreau on Caisse Pro, committed until Oct 2027


@dataclass(frozen=True)
class ShopFile:
    path: Path
    shop: Shop


@pytest.fixture(autouse=True)
def english_formats() -> Iterator[None]:
    """Amounts and dates as a British English interface writes them, whatever the
    machine's own language."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def _build_shop(database: Database, today: date) -> Shop:
    made = Shop()
    with database.batches() as session:
        save_company(
            session,
            CompanyData(
                legal_name="Atelier Nuage SAS",
                address_line1="12 rue de la Charité",
                postal_code="69002",
                city="Lyon",
                siren="732829320",
                vat_number="FR44732829320",
            ),
            today=today,
        )
        item = create_item(session, ItemData(name="Abonnement"), today=today).id

        def plan(name: str, price: str, **terms: object) -> int:
            data = PlanData(
                name=name,
                item_id=item,
                unit_price=D(price),
                available_from=date(2024, 1, 1),
                **terms,  # type: ignore[arg-type]
            )
            return create_plan(session, data, today=today).id

        made.box = plan("Box Thé Découverte", "24.90")
        made.pro = plan(
            "Caisse Pro annuel", "290.00", interval_unit=IntervalUnit.YEAR, commitment_count=12
        )
        made.other_cycle = plan("Coaching hebdomadaire", "45.00", interval_unit=IntervalUnit.WEEK)
        for name, city in (
            ("Élodie Lefèvre", "Lyon"),
            ("Bruno Martin", "Paris"),
            ("Chloé Dupont", "Nantes"),
            ("Denis Moreau", "Lille"),
        ):
            email = name.split()[0].lower().replace("é", "e") + "@exemple.fr"
            customer = CustomerData(
                name=name, email=email, address_line1="1 rue Neuve", postal_code="69001", city=city
            )
            made.customers[name] = create_customer(session, customer, today=today).id

        def subscribe(customer: str, plan_id: int, start: date = OCTOBER) -> int:
            data = SubscriptionData(made.customers[customer], plan_id, start)
            return create_subscription(session, data, today=today).id

        made.active = subscribe("Élodie Lefèvre", made.box)
        made.paused = subscribe("Bruno Martin", made.box, today)
        made.cancelled = subscribe("Chloé Dupont", made.box, today)
        made.committed = subscribe("Denis Moreau", made.pro)
        pause_subscription(session, subscription_id=made.paused, today=today, starts_on=today)
        session.commit()
        run_billing(session, as_of=today)
        cancel_subscription(
            session,
            subscription_id=made.cancelled,
            today=today,
            when=CancelWhen.NOW,
            reason=CancellationReason.TOO_EXPENSIVE,
        )
        session.commit()
    return made


@pytest.fixture(scope="session")
def shop_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> ShopFile:
    """The shop built once per run; each test gets a copy (building it costs more
    than a test)."""
    path = tmp_path_factory.mktemp("shop") / "cadence.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = open_database(path)
    made = _build_shop(database, TODAY)
    database.close()  # the last connection closed: everything is in the main file
    return ShopFile(path, made)


@pytest.fixture
def database(tmp_path: Path, shop_template: ShopFile) -> Iterator[Database]:
    """This folder's tests start from the shop, not from an empty database."""
    path = tmp_path / "cadence.sqlite3"
    shutil.copyfile(shop_template.path, path)
    opened = open_database(path)
    yield opened
    opened.close()


@pytest.fixture
def shop(shop_template: ShopFile, today: date) -> Shop:
    assert today == TODAY
    return shop_template.shop


class Navigator:
    """Records where the tab asked the window to go."""

    def __init__(self) -> None:
        self.opened: list[tuple[str, int]] = []

    def open_record(self, tab: str, record_id: int) -> None:
        self.opened.append((tab, record_id))


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def tab(
    shop: Shop,
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    navigator: Navigator,
    qtbot: QtBot,
) -> SubscriptionsTab:
    window = QMainWindow()
    qtbot.addWidget(window)
    context = AppContext(operations, clock, preferences, navigator, window)
    made = SubscriptionsTab(context)
    window.setCentralWidget(made)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: operations.pending == 0 and made.model.rowCount() == 4)
    return made


@pytest.fixture
def window(
    shop: Shop,
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    qtbot: QtBot,
) -> MainWindow:
    """The real window with only this tab: its shortcuts reach the tab."""
    made = MainWindow(operations, clock, preferences, [SubscriptionsTab])
    qtbot.addWidget(made)
    made.show()
    tab = made.tab("subscriptions")
    assert isinstance(tab, SubscriptionsTab)
    qtbot.waitUntil(lambda: operations.pending == 0 and tab.model.rowCount() == 4)
    return made
