"""Books with invoices to pay and a direct debit collected, and the Bank tab over them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadence.domain.direct_debit import MandateScheme
from cadence.domain.invoicing import InvoiceStatus
from cadence.domain.parties import CustomerKind, PaymentMethod
from cadence.services.billing import run_billing
from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.company import CompanyData, save_company
from cadence.services.customers import CustomerData, create_customer
from cadence.services.direct_debit import confirm_batch, create_batch
from cadence.services.mandates import MandateData, create_mandate
from cadence.services.reconciliation import LineRow, LineView, list_lines
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.database import Database, open_database
from cadence.store.models import Invoice
from cadence.ui.bank.tab import BankTab
from cadence.ui.clock import FixedClock
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences
from cadence.ui.tab import AppContext

START = date(2026, 9, 1)
TODAY = date(2026, 11, 25)  # the `today` fixture's day; the template is made before it


@dataclass
class Books:
    """The invoices by number and the customers by name."""

    numbers: dict[str, int] = field(default_factory=dict)
    customers: dict[str, int] = field(default_factory=dict)


@pytest.fixture(scope="session")
def bank_template(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> tuple[Path, Books]:
    """Élodie Lefèvre, Garage Fournier SARL (by direct debit) and Bruno Petit, each on a
    29.00 € + 20 % VAT monthly plan from 1 Oct, billed on 1 Oct and 1 Nov (34.80 € an
    invoice, FA2026-00001 to 00006). Garage Fournier's October invoice was collected
    in a batch on 2 Nov (end-to-end id FA2026-00002/20261030001001). Made once per run."""
    path = tmp_path_factory.mktemp("bank") / "cadence.sqlite3"
    shutil.copyfile(migrated_template, path)
    found = Books()
    database = open_database(path)
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
                iban="FR76 3000 6000 0112 3456 7890 189",
                bic="AGRIFRPP",
                sepa_creditor_id="FR72ZZZ123456",
            ),
            today=START,
        )
        item = create_item(session, ItemData(name="Box du mois"), today=START)
        plan = create_plan(
            session,
            PlanData(
                name="Box mensuelle",
                item_id=item.id,
                unit_price=Decimal("29.00"),
                available_from=date(2024, 1, 1),
            ),
            today=START,
        )
        debit = {
            "kind": CustomerKind.COMPANY,
            "iban": "DE89 3704 0044 0532 0130 00",
            "bic": "COBADEFFXXX",
            "payment_method": PaymentMethod.DIRECT_DEBIT,
        }
        for name, extra in (
            ("Élodie Lefèvre", {}),
            ("Garage Fournier SARL", debit),
            ("Bruno Petit", {}),
        ):
            customer = create_customer(
                session,
                CustomerData(
                    name=name,
                    address_line1="3 place Bellecour",
                    postal_code="69002",
                    city="Lyon",
                    **extra,  # type: ignore[arg-type]
                ),
                today=START,
            )
            found.customers[name] = customer.id
            create_subscription(
                session,
                SubscriptionData(
                    customer_id=customer.id, plan_id=plan.id, start_date=date(2026, 10, 1)
                ),
                today=START,
            )
        create_mandate(
            session,
            MandateData(
                customer_id=found.customers["Garage Fournier SARL"], signed_on=date(2026, 8, 20)
            ),
            today=START,
        )
        session.commit()
        for day in (date(2026, 10, 1), date(2026, 11, 1)):
            run_billing(session, as_of=day)
        batch, _content = create_batch(
            session,
            collection_date=date(2026, 11, 2),
            scheme=MandateScheme.CORE,
            today=date(2026, 10, 30),
            created_at=datetime(2026, 10, 30, 10, 0),
        )
        confirm_batch(session, batch.id, received_on=date(2026, 11, 2), today=date(2026, 11, 3))
        found.numbers = {
            number: invoice_id
            for invoice_id, number in session.execute(select(Invoice.id, Invoice.number))
            if number is not None
        }
        session.commit()
    database.close()
    return path, found


@pytest.fixture
def database(tmp_path: Path, bank_template: tuple[Path, Books], today: date) -> Iterator[Database]:
    assert today == TODAY
    path = tmp_path / "cadence.sqlite3"
    shutil.copyfile(bank_template[0], path)
    opened = open_database(path)
    yield opened
    opened.close()


@pytest.fixture
def books(bank_template: tuple[Path, Books]) -> Books:
    return bank_template[1]


class Navigator:
    def __init__(self) -> None:
        self.opened: list[tuple[str, int]] = []

    def open_record(self, tab: str, record_id: int) -> None:
        self.opened.append((tab, record_id))


@dataclass
class Files:
    """The open dialog, answered by the test: the next file to import."""

    answer: Path | None = None
    asked: list[str] = field(default_factory=list)  # the filters offered

    def __call__(self, title: str, filter_text: str) -> Path | None:
        self.asked.append(filter_text)
        return self.answer


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def files() -> Files:
    return Files()


@pytest.fixture
def tab(
    database: Database,
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    navigator: Navigator,
    files: Files,
    qtbot: QtBot,
) -> Iterator[BankTab]:
    """The tab in a window, shown, once its list and counts are read."""
    window = QMainWindow()
    qtbot.addWidget(window)
    context = AppContext(operations, clock, preferences, navigator, window)
    created = BankTab(context, choose_file=files)
    window.setCentralWidget(created)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: operations.pending == 0 and not created.empty.isHidden())
    yield created
    qtbot.waitUntil(lambda: operations.pending == 0)


def import_file(tab: BankTab, files: Files, qtbot: QtBot, path: Path) -> QMessageBox:
    """Import `path` with the tab's button; the box that says what happened."""
    before = tab.importer.notice
    files.answer = path
    tab.import_button.click()
    qtbot.waitUntil(lambda: tab.importer.notice is not before and tab.importer.notice is not None)
    qtbot.waitUntil(lambda: tab.context.operations.pending == 0)
    notice = tab.importer.notice
    assert notice is not None
    return notice


def lines(database: Database, view: LineView = LineView.ALL) -> list[LineRow]:
    with database.reading() as session:
        return list_lines(session, view=view)


def invoice_status(database: Database, invoice_id: int) -> InvoiceStatus:
    with database.reading() as session:
        return session.get_one(Invoice, invoice_id).status


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Dates and amounts as the English interface writes them, whatever the machine's."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)
