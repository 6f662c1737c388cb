"""An owner's day in the assembled window, driven through its real widgets: the
first-run wizard on an empty database, a customer, a plan and a subscription made
through the tabs' dialogs, the billing timer issuing the invoice, its PDF previewed,
its payment recorded; and an invoice left unpaid that the alerts panel points to."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadence.domain.invoicing import InvoiceStatus, PdfState
from cadence.services.billing import run_billing
from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.company import CompanyData, get_company, save_company
from cadence.services.customers import CustomerData, create_customer, list_customers
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.models import Invoice
from cadence.ui import formatting
from cadence.ui.assembly import CadenceWindow
from cadence.ui.billing.runner import RunOutcome
from cadence.ui.clock import FixedClock
from cadence.ui.customers.dialog import CustomerDialog
from cadence.ui.customers.tab import CustomersTab
from cadence.ui.invoices.amounts import amount_text
from cadence.ui.invoices.payment_dialog import PaymentDialog
from cadence.ui.invoices.tab import InvoicesTab
from cadence.ui.operations import Operations
from cadence.ui.plans.dialog import PlanDialog
from cadence.ui.plans.item_dialog import ItemDialog
from cadence.ui.plans.tab import PlansTab
from cadence.ui.preferences import Preferences
from cadence.ui.setup.files import PdfFolderSection
from cadence.ui.setup.identity import IdentitySection, VatSection
from cadence.ui.setup.payment import BankSection
from cadence.ui.setup.wizard import FirstRunWizard
from cadence.ui.subscriptions.new_dialog import NewSubscriptionDialog
from cadence.ui.subscriptions.tab import SubscriptionsTab

LEFT = Qt.MouseButton.LeftButton
LEFT_TO_PAY_COLUMN, STATUS_COLUMN = 6, 7  # of the Invoices tab's table
# A billing run is a process of its own (`cadence bill --events`): Python, the services
# and ReportLab start each time, which takes seconds on a machine busy with other tests.
RUN_TIMEOUT = 30_000
T = TypeVar("T")


# -- the window and how an owner moves around it ---------------------------------------


class Boxes:
    """The message boxes the window shows: none on a good day. A modal one (a refusal,
    a crash, the question asked when closing during a run) is answered at once and
    recorded: left open, it would wait for a click no test makes, and the test would
    hang instead of failing."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.window: QWidget | None = None
        self.modal: list[str] = []

        def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
            self.modal.append(text)
            return QMessageBox.StandardButton.No  # when closing: stop the run, it resumes

        def run(box: QMessageBox) -> int:
            self.modal.append(box.text())
            return 0

        for static in ("warning", "critical", "information", "question"):
            monkeypatch.setattr(QMessageBox, static, answer)
        monkeypatch.setattr(QMessageBox, "exec", run)

    def shown(self) -> list[str]:
        """The texts of every box shown: answered, or still open in the window."""
        still_open = (
            [box.text() for box in self.window.findChildren(QMessageBox) if box.isVisible()]
            if self.window is not None
            else []
        )
        return [*self.modal, *still_open]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def window(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    boxes: Boxes,
    qtbot: QtBot,
) -> Iterator[CadenceWindow]:
    """The window as `cadence` opens it: shown, then started."""
    opened = CadenceWindow(operations, clock, preferences)
    qtbot.addWidget(opened)
    boxes.window = opened
    opened.resize(1366, 768)
    opened.show()
    opened.start()
    yield opened
    qtbot.waitUntil(lambda: operations.pending == 0)
    opened.close()  # while the boxes are still answered: closing may ask a question


def idle(operations: Operations, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: operations.pending == 0)


def go_to(window: CadenceWindow, name: str, kind: type[T], qtbot: QtBot) -> T:
    """Click the tab's title in the tab bar; the tab itself."""
    tab = window.tab(name)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(window.tabs.indexOf(tab)).center())
    assert window.current_tab() is tab
    assert isinstance(tab, kind)
    return tab


def press_new(window: CadenceWindow, qtbot: QtBot) -> None:
    """Ctrl+N, wherever the focus is in the window."""
    # A window manager gives the focus back to the window when a dialog closes; the
    # offscreen platform leaves no window active, and shortcuts need one.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def retype(edit: QWidget, text: str, qtbot: QtBot) -> None:
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def error_label_shown(dialog: QWidget, field: str) -> bool:
    label = dialog.findChild(QLabel, f"error_{field}")
    return label is not None and label.isVisible()


def right_under(label_name: str, field: QWidget) -> bool:
    """Whether the error label `label_name` is shown just below `field`, in its form."""
    label = field.parentWidget().findChild(QLabel, label_name)
    if label is None or not label.isVisible() or label.parentWidget() is not field.parentWidget():
        return False
    gap = label.geometry().top() - field.geometry().bottom()
    overlap = min(label.geometry().right(), field.geometry().right()) - max(
        label.geometry().left(), field.geometry().left()
    )
    return 0 < gap < field.height() and overlap > 0


def save(dialog: QWidget, operations: Operations, qtbot: QtBot) -> None:
    """Click the dialog's Save button and wait for the answer."""
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)


# -- the first-run wizard ----------------------------------------------------------------


def section(wizard: FirstRunWizard, kind: type[T]) -> T:
    return next(s for s in wizard.form.sections if isinstance(s, kind))


def wizard_next(wizard: FirstRunWizard, operations: Operations, qtbot: QtBot) -> None:
    """Next (or, on the last page, Save and start), and its check or save answered."""
    which = (
        QWizard.WizardButton.FinishButton
        if wizard.nextId() == -1
        else QWizard.WizardButton.NextButton
    )
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        qtbot.mouseClick(wizard.button(which), LEFT)


def set_up_the_company(
    window: CadenceWindow, operations: Operations, qtbot: QtBot, pdf_folder: Path
) -> None:
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    wizard = window.wizard
    assert wizard is not None
    identity = section(wizard, IdentitySection)
    qtbot.keyClicks(identity.legal_name, "Les Paniers de Lea SARL")
    qtbot.keyClicks(identity.siren, "732 829 320")
    qtbot.keyClicks(identity.address_line1, "4 rue des Tanneurs")
    qtbot.keyClicks(identity.postal_code, "69001")
    qtbot.keyClicks(identity.city, "Lyon")
    qtbot.keyClicks(identity.email, "bonjour@paniers-de-lea.fr")
    wizard_next(wizard, operations, qtbot)
    vat = section(wizard, VatSection)
    assert wizard.currentPage().isAncestorOf(vat)
    qtbot.mouseClick(vat.from_siren, LEFT)  # the VAT number worked out from the SIREN
    wizard_next(wizard, operations, qtbot)
    bank = section(wizard, BankSection)
    assert wizard.currentPage().isAncestorOf(bank)
    qtbot.keyClicks(bank.iban, "FR76 3000 6000 0112 3456 7890 189")
    qtbot.keyClicks(bank.bic, "AGRIFRPP")
    folder = section(wizard, PdfFolderSection)
    while not wizard.currentPage().isAncestorOf(folder):  # logo, numbering, terms: as proposed
        wizard_next(wizard, operations, qtbot)
    retype(folder.pdf_folder, str(pdf_folder), qtbot)
    with qtbot.waitSignal(
        window.billing.run_finished, timeout=RUN_TIMEOUT
    ):  # set up: billing starts
        wizard_next(wizard, operations, qtbot)
    assert not wizard.isVisible()
    assert window.wizard is None


# -- the owner's day ---------------------------------------------------------------------


def test_an_owners_day_from_an_empty_database_to_a_paid_invoice(
    window: CadenceWindow,
    boxes: Boxes,
    operations: Operations,
    clock: FixedClock,
    today: date,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    pdf_folder = tmp_path / "factures"
    with operations.database.reading() as session:
        assert get_company(session) is None

    # Morning: Cadence asks who the company is, and billing starts once it is saved.
    set_up_the_company(window, operations, qtbot, pdf_folder)
    with operations.database.reading() as session:
        company = get_company(session)
    assert company is not None
    assert (company.legal_name, company.siren, company.vat_number) == (
        "Les Paniers de Lea SARL",
        "732829320",
        "FR44732829320",
    )
    assert company.pdf_folder == str(pdf_folder)
    assert window.billing.runner.timer.isActive()
    assert "nothing new was due" in window.status_message.text()

    # A new customer; a mistyped e-mail is pointed out, nothing typed is lost.
    customers = go_to(window, "customers", CustomersTab, qtbot)
    press_new(window, qtbot)
    dialog = customers.dialog
    assert isinstance(dialog, CustomerDialog)
    qtbot.keyClicks(dialog.name, "Boulangerie Martin")
    qtbot.keyClicks(dialog.email, "contact.boulangerie-martin.fr")
    qtbot.keyClicks(dialog.address_line1, "8 rue des Lilas")
    qtbot.keyClicks(dialog.postal_code, "69003")
    qtbot.keyClicks(dialog.city, "Lyon")
    save(dialog, operations, qtbot)
    assert dialog.isVisible()
    assert "e-mail" in dialog.errors.message_for("email")
    qtbot.waitUntil(lambda: right_under("error_email", dialog.email))
    assert not error_label_shown(dialog, "name")
    assert dialog.email.hasFocus()
    assert (dialog.name.text(), dialog.email.text(), dialog.city.text()) == (
        "Boulangerie Martin",
        "contact.boulangerie-martin.fr",
        "Lyon",
    )
    with operations.database.reading() as session:
        assert list_customers(session) == []
    retype(dialog.email, "contact@boulangerie-martin.fr", qtbot)
    with qtbot.waitSignal(customers.model.loaded):
        save(dialog, operations, qtbot)
    qtbot.waitUntil(lambda: customers.table.current() is not None)
    customer = customers.table.current()
    assert customer is not None
    assert (customer.name, customer.email) == (
        "Boulangerie Martin",
        "contact@boulangerie-martin.fr",
    )
    assert customers.dialog is None

    # A plan, and the item it sells made on the way.
    plans = go_to(window, "plans", PlansTab, qtbot)
    qtbot.mouseClick(plans.new_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(plans.dialog, PlanDialog))
    plan_dialog = plans.dialog
    assert isinstance(plan_dialog, PlanDialog)
    assert plan_dialog.item.count() == 0  # an empty catalogue
    qtbot.mouseClick(plan_dialog.new_item, LEFT)
    item_dialog = plan_dialog.item_dialog
    assert isinstance(item_dialog, ItemDialog)
    qtbot.keyClicks(item_dialog.name, "Panier de saison")
    save(item_dialog, operations, qtbot)
    assert plan_dialog.item.currentText() == "Panier de saison"
    qtbot.keyClicks(plan_dialog.name, "Panier mensuel")
    qtbot.keyClicks(plan_dialog.unit_price, "29,90")
    with qtbot.waitSignal(plans.model.loaded):
        save(plan_dialog, operations, qtbot)
    qtbot.waitUntil(lambda: plans.table.current() is not None)
    plan = plans.table.current()
    assert plan is not None
    assert (plan.plan.name, plan.plan.unit_price) == ("Panier mensuel", Decimal("29.90"))

    # The customer subscribes from next week.
    subscriptions = go_to(window, "subscriptions", SubscriptionsTab, qtbot)
    press_new(window, qtbot)
    new = subscriptions.dialog
    assert isinstance(new, NewSubscriptionDialog)
    qtbot.waitUntil(lambda: new.plan.count() == 1)
    with qtbot.waitSignal(new.customer.suggestions_loaded):
        qtbot.keyClicks(new.customer, "martin")
    popup = new.customer.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert new.customer.text() == "Boulangerie Martin"
    start = today + timedelta(days=5)
    new.start.setDate(QDate(start.year, start.month, start.day))
    with qtbot.waitSignal(subscriptions.model.loaded):
        qtbot.mouseClick(new.create_button, LEFT)
    assert subscriptions.dialog is None
    assert window.statusBar().currentMessage() == (
        "Boulangerie Martin is subscribed to Panier mensuel."
    )
    qtbot.waitUntil(lambda: subscriptions.table.current() is not None)

    # Days later, the timer's run issues the first invoice and writes its PDF.
    clock.advance(days=6)
    with qtbot.waitSignal(window.billing.run_finished, timeout=RUN_TIMEOUT) as finished:
        window.billing.runner.timer.timeout.emit()
    outcome = finished.args[0]
    assert isinstance(outcome, RunOutcome)
    assert (outcome.issued, outcome.pdfs_written, outcome.pdf_failures) == (1, 1, [])
    assert window.status_message.text().startswith("1 invoice(s) issued at ")

    # The Invoices tab lists it; selected, its PDF shows beside the list.
    invoices = go_to(window, "invoices", InvoicesTab, qtbot)
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 1)
    (row,) = invoices.model.rows()
    assert (row.number, row.customer_name, row.issue_date, row.total_gross) == (
        "FA2026-00001",
        "Boulangerie Martin",
        clock.today(),  # the day the run issued it
        Decimal("35.88"),  # 29.90 + 20 % VAT
    )
    view = invoices.table.view
    qtbot.mouseClick(
        view.viewport(), LEFT, pos=view.visualRect(invoices.model.index(0, 2)).center()
    )
    assert invoices.table.current() == row
    qtbot.waitUntil(invoices.preview.is_ready)
    assert invoices.preview.pages.currentWidget() is invoices.preview.view
    assert invoices.preview.document.pageCount() >= 1
    assert (pdf_folder / str(row.issue_date.year) / "FA2026-00001.pdf").is_file()

    # The customer pays: the payment is recorded and the invoice shows paid.
    assert invoices.payment_action.isEnabled()
    pay_button = invoices.toolbar.widgetForAction(invoices.payment_action)
    qtbot.mouseClick(pay_button, LEFT)
    qtbot.waitUntil(lambda: invoices.payment_dialog is not None)
    payment = invoices.payment_dialog
    assert isinstance(payment, PaymentDialog)
    assert payment.amount.text() == amount_text(Decimal("35.88"))  # what is left, proposed
    with qtbot.waitSignal(invoices.model.loaded):
        qtbot.mouseClick(payment.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert invoices.payment_dialog is None
    (paid,) = invoices.model.rows()
    assert (paid.status, paid.left_to_pay) == (InvoiceStatus.PAID, Decimal("0.00"))
    assert invoices.model.data(invoices.model.index(0, STATUS_COLUMN)) == "Paid"
    assert invoices.model.data(invoices.model.index(0, LEFT_TO_PAY_COLUMN)) == ""
    assert not invoices.payment_action.isEnabled()  # nothing left to pay
    amount = formatting.money(Decimal("35.88"), "EUR")
    assert window.statusBar().currentMessage() == (
        f"Payment of {amount} recorded for FA2026-00001."
    )
    with operations.database.reading() as session:
        invoice = session.scalars(select(Invoice)).one()
        assert (invoice.status, invoice.pdf_state) == (InvoiceStatus.PAID, PdfState.WRITTEN)
    assert boxes.shown() == []  # not one refusal or error on the way


# -- an invoice left unpaid ----------------------------------------------------------------

MONTH_AGO = 29  # days: the subscription starts a month ago, its first invoice is due tomorrow


@dataclass(frozen=True)
class Unpaid:
    customer_id: int
    invoice_id: int
    due_date: date


@pytest.fixture
def unpaid(operations: Operations, today: date, tmp_path: Path) -> Unpaid:
    """Boulangerie Martin, subscribed a month ago to 29.90 a month: its first invoice,
    issued then, falls due tomorrow, unpaid (made through the services: billing it
    through the window is the day's test)."""
    start = today - timedelta(days=MONTH_AGO)
    with operations.database.batches() as session:
        save_company(
            session,
            CompanyData(
                legal_name="Les Paniers de Léa SARL",
                address_line1="4 rue des Tanneurs",
                postal_code="69001",
                city="Lyon",
                siren="732829320",
                vat_number="FR44732829320",
                pdf_folder=str(tmp_path / "factures"),
            ),
            today=start,
        )
        item = create_item(session, ItemData(name="Panier de saison"), today=start)
        plan = create_plan(
            session,
            PlanData("Panier mensuel", item.id, Decimal("29.90"), date(2024, 1, 1)),
            today=start,
        )
        customer = create_customer(
            session,
            CustomerData(
                name="Boulangerie Martin",
                address_line1="8 rue des Lilas",
                postal_code="69003",
                city="Lyon",
            ),
            today=start,
        )
        create_subscription(session, SubscriptionData(customer.id, plan.id, start), today=start)
        session.commit()
        run_billing(session, as_of=start)
        invoice_id, due_date = session.execute(select(Invoice.id, Invoice.due_date)).one()
        session.commit()
    assert due_date == today + timedelta(days=1)
    return Unpaid(customer.id, invoice_id, due_date)


def alert_titles(window: CadenceWindow) -> list[str]:
    model = window.alerts.panel.model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_an_invoice_left_unpaid_raises_an_overdue_alert_that_opens_it(
    unpaid: Unpaid,
    window: CadenceWindow,
    boxes: Boxes,
    operations: Operations,
    clock: FixedClock,
    qtbot: QtBot,
) -> None:
    panel = window.alerts.panel
    runner = window.billing.runner
    qtbot.waitUntil(lambda: runner.timer.isActive() and not runner.running, timeout=RUN_TIMEOUT)
    idle(operations, qtbot)
    assert "Overdue: Boulangerie Martin" not in alert_titles(window)  # due tomorrow

    # Two days on, still unpaid: the timer's run (which issues the next month too)
    # is followed by the alerts read again, and the first invoice is overdue.
    clock.advance(days=2)
    with (
        qtbot.waitSignal(window.billing.run_finished, timeout=RUN_TIMEOUT),
        qtbot.waitSignal(panel.loaded),
    ):
        runner.timer.timeout.emit()
    with operations.database.reading() as session:
        issued = session.execute(select(Invoice.number, Invoice.customer_id)).all()
    assert sorted(issued) == [
        ("FA2026-00001", unpaid.customer_id),
        ("FA2026-00002", unpaid.customer_id),
    ]
    titles = alert_titles(window)
    assert "Overdue: Boulangerie Martin" in titles
    overdue = panel.model.index(titles.index("Overdue: Boulangerie Martin"))
    assert "Invoice FA2026-00001" in overdue.data(Qt.ItemDataRole.ToolTipRole)

    # Double-clicked, the alert opens the overdue invoice's row in the Invoices tab.
    invoices = window.tab("invoices")
    assert isinstance(invoices, InvoicesTab)
    rect = panel.view.visualRect(overdue)
    # A double-click is a click, then a second press Qt reports as a double-click.
    qtbot.mouseClick(panel.view.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(
        lambda: (
            (current := invoices.table.current()) is not None and current.id == unpaid.invoice_id
        )
    )
    assert window.current_tab() is invoices
    assert invoices.heading.text() == "Invoice FA2026-00001 — Boulangerie Martin"
    assert boxes.shown() == []
