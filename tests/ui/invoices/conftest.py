"""Invoices issued on different days, some paid, and the Invoices tab over them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadence.services.billing import run_billing
from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.company import CompanyData, company_data, get_company, save_company
from cadence.services.customers import CustomerData, create_customer
from cadence.services.payments import PaymentData, record_payment
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.database import Database, open_database
from cadence.store.models import Invoice
from cadence.ui.clock import FixedClock
from cadence.ui.invoices.tab import InvoicesTab
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences
from cadence.ui.tab import AppContext

START = date(2026, 9, 1)
TODAY = date(2026, 11, 25)  # the `today` fixture's day; the template is made before it
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


@dataclass
class Books:
    """The documents the tests look at, by number, and the customers by name."""

    numbers: dict[str, int] = field(default_factory=dict)  # number → id
    customers: dict[str, int] = field(default_factory=dict)  # name → id

    def id(self, number: str) -> int:
        return self.numbers[number]


@pytest.fixture(scope="session")
def books_template(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> tuple[Path, Books]:
    """Élodie Lefèvre, billed on 1 Sep, 1 Oct and 1 Nov (the September invoice paid,
    October's overdue on 25 Nov, November's not due yet); Garage Fournier SARL billed
    on 1 Nov for two boxes. Monthly plan: 29.00 + 20 % VAT. Made once per run (billing
    is slow to import and run), copied for each test."""
    path = tmp_path_factory.mktemp("invoices") / "cadence.sqlite3"
    shutil.copyfile(migrated_template, path)
    found = Books()
    database = open_database(path)
    with database.batches() as session:
        save_company(session, COMPANY, today=START)
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
        for name, start, quantity in (
            ("Élodie Lefèvre", START, 1),
            ("Garage Fournier SARL", date(2026, 11, 1), 2),
        ):
            customer = create_customer(
                session,
                CustomerData(
                    name=name, address_line1="3 place Bellecour", postal_code="69002", city="Lyon"
                ),
                today=START,
            )
            found.customers[name] = customer.id
            create_subscription(
                session,
                SubscriptionData(
                    customer_id=customer.id, plan_id=plan.id, start_date=start, quantity=quantity
                ),
                today=START,
            )
        session.commit()
        for day in (START, date(2026, 10, 1), date(2026, 11, 1)):
            run_billing(session, as_of=day)
        found.numbers = {
            number: invoice_id
            for invoice_id, number in session.execute(select(Invoice.id, Invoice.number))
            if number is not None
        }
        record_payment(
            session,
            PaymentData(
                customer_id=found.customers["Élodie Lefèvre"],
                received_on=date(2026, 9, 20),
                amount=Decimal("34.80"),
            ),
            today=TODAY,
        )
        session.commit()
    database.close()
    return path, found


@pytest.fixture
def database(tmp_path: Path, books_template: tuple[Path, Books], today: date) -> Iterator[Database]:
    """A copy of the books, writing its PDFs in the test's own folder."""
    assert today == TODAY
    path = tmp_path / "cadence.sqlite3"
    shutil.copyfile(books_template[0], path)
    opened = open_database(path)
    with opened.transaction() as session:
        data = company_data(get_company(session))
        save_company(session, replace(data, pdf_folder=str(tmp_path / "factures")), today=TODAY)
    yield opened
    opened.close()


@pytest.fixture
def books(books_template: tuple[Path, Books]) -> Books:
    return books_template[1]


class Navigator:
    def __init__(self) -> None:
        self.opened: list[tuple[str, int]] = []

    def open_record(self, tab: str, record_id: int) -> None:
        self.opened.append((tab, record_id))


@dataclass
class Printing:
    """The print dialog the tab asks, answered by the test: to a PDF file."""

    target: Path
    accept: bool = True
    dpi: int = 100  # a draft quality: pages rendered quickly
    asked: list[int] = field(default_factory=list)  # the page counts it was asked with

    def __call__(self, printer: QPrinter, pages: int, parent: QWidget) -> bool:
        self.asked.append(pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setResolution(self.dpi)
        return self.accept


@dataclass
class Urls:
    opened: list[QUrl] = field(default_factory=list)

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def printing(tmp_path: Path) -> Printing:
    return Printing(tmp_path / "printed.pdf")


@pytest.fixture
def urls() -> Urls:
    return Urls()


@pytest.fixture
def tab(
    books: Books,
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    navigator: Navigator,
    printing: Printing,
    urls: Urls,
    qtbot: QtBot,
) -> Iterator[InvoicesTab]:
    """The tab in a window, shown, with its first page of documents loaded."""
    window = QMainWindow()
    qtbot.addWidget(window)
    context = AppContext(operations, clock, preferences, navigator, window)
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        created = InvoicesTab(context, print_dialog=printing, open_url=urls)
        window.setCentralWidget(created)
        window.resize(1366, 768)
        window.show()
    qtbot.waitUntil(lambda: created.model.rowCount() > 0)
    yield created
    qtbot.waitUntil(lambda: operations.pending == 0)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Amounts and dates as the English interface writes them, whatever the machine's."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)
