"""A visual tour of the window: a PNG of every tab, panel and dialog, to look at.

A developer tool, not a test. Run it from the repository's root:

    .venv/bin/python tools/screenshots.py                      # everything, into /tmp/tour
    .venv/bin/python tools/screenshots.py --sizes 1366x768 --langs fr --out /tmp/tour

For each screen size and language it makes a demo database (`cadence demo
--customers 300 --today 2026-11-25`) and an empty one (for the first-run
wizard), opens the assembled window in-process on Qt's offscreen platform, and
saves the PNGs under OUT/<size>/<lang>/ (e.g. /tmp/tour/1366x768/fr/), with
sizes.txt listing each dialog's size and whether it fits the screen.

The screen is the part of a real one a window can use: the size given, less
40 pixels for a taskbar and 30 for a window's title bar. The main window is
shot maximized, as an owner keeps it. French is the French translation
(resources/translations/cadence_fr.qm, when it exists) and a fr_FR locale,
which formats amounts and dates either way. QSettings live in a temporary
folder: the user's own settings are never read or changed. Each combination
runs in its own process, two at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 25)
CUSTOMERS = 300
TASKBAR = 40
TITLE_BAR = 30
STEPS = (
    "customers",
    "mandate",
    "plans",
    "subscriptions",
    "sepa",
    "invoices",
    "bank",
    "messages",
    "reports",
    "alerts",
    "settings",
    "about",
    "review",
    "first_run",
)


# -- the parent: one process per size and language -------------------------------------


def _screen_config(folder: Path, width: int, height: int) -> Path:
    """Qt's offscreen platform reads its screen from a JSON file."""
    path = folder / f"screen-{width}x{height}.json"
    usable = height - TASKBAR - TITLE_BAR
    screen = {"name": "tour", "x": 0, "y": 0, "width": width, "height": usable}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path.write_text(json.dumps({"screens": [screen]}))
    return path


def _shoot_in_a_process(
    size: str, language: str, out: Path, scratch: Path, steps: list[str]
) -> str:
    width, height = (int(part) for part in size.split("x"))
    environment = dict(os.environ)
    config = _screen_config(scratch, width, height)
    environment["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    folder = out / size / language
    folder.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, __file__, "--one", size, language, "--out", str(folder)]
    command += ["--steps", *steps]
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    log = (done.stdout + done.stderr).strip()
    status = "ok" if done.returncode == 0 else f"FAILED ({done.returncode})"
    return f"{size} {language}: {status}\n{log}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/tour"))
    parser.add_argument("--sizes", nargs="+", default=["1366x768", "1920x1080"])
    parser.add_argument("--langs", nargs="+", default=["en", "fr"])
    parser.add_argument(
        "--steps", nargs="+", choices=STEPS, default=list(STEPS), help="only these screens"
    )
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "LANG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        return Tour(args.one[0], args.one[1], args.out, args.steps).run()
    with tempfile.TemporaryDirectory(prefix="cadence-tour-") as scratch:
        jobs = [(size, language) for size in args.sizes for language in args.langs]
        with ThreadPoolExecutor(max_workers=2) as pool:
            reports = pool.map(
                lambda job: _shoot_in_a_process(*job, args.out, Path(scratch), args.steps), jobs
            )
            failed = False
            for report in reports:
                print(report, flush=True)
                failed = failed or "FAILED" in report.splitlines()[0]
    return 1 if failed else 0


# -- the child: one window, every screen ---------------------------------------------------

# What the offscreen platform says each time a window opens: it has no window manager.
_OFFSCREEN_NOTICES = ("does not support propagateSizeHints", "does not support raise", "grabbing")


def quiet_offscreen_notices() -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        if not any(notice in text for notice in _OFFSCREEN_NOTICES):
            print(text, file=sys.stderr)

    qInstallMessageHandler(handler)


class Tour:
    """Opens the window on a demo database and saves a PNG of every screen."""

    def __init__(self, size: str, language: str, out: Path, steps: list[str]) -> None:
        self.steps = steps
        self.size = size
        self.language = language
        self.out = out
        self.sizes: list[str] = []
        self.work = Path(tempfile.mkdtemp(prefix="cadence-tour-"))

    def run(self) -> int:
        # Qt and Cadence are imported here: the parent process never needs them.
        from PySide6.QtCore import QCoreApplication, QSettings
        from PySide6.QtWidgets import QApplication

        QCoreApplication.setOrganizationName("CadenceTour")
        QCoreApplication.setApplicationName("Cadence")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.work / "settings")
        )
        self.app = QApplication([sys.argv[0]])
        quiet_offscreen_notices()
        from cadence.ui.app import install_translations, interface_locale
        from cadence.ui.preferences import Preferences

        self.preferences = Preferences()
        self.preferences.language = self.language
        self.translators = install_translations(self.app, interface_locale(self.preferences))
        started = time.perf_counter()
        demo = self._demo_database()
        self._main_window(demo)
        if "first_run" in self.steps:
            self._first_run()
        shutil.rmtree(self.work, ignore_errors=True)
        (self.out / "sizes.txt").write_text("\n".join(self.sizes) + "\n")
        print(f"{len(self.sizes)} screens in {time.perf_counter() - started:.0f} s")
        return 0

    # -- databases ---------------------------------------------------------------------

    def _demo_database(self) -> Path:
        path = self.work / "demo.sqlite3"
        command = [sys.executable, "-m", "cadence", "demo", "--db", str(path)]
        command += ["--customers", str(CUSTOMERS), "--today", TODAY.isoformat()]
        subprocess.run(command, check=True, capture_output=True)
        self._refused_reminder(path)
        return path

    def _refused_reminder(self, path: Path) -> None:
        """The demo sends nothing (no mail server): one reminder the server refused, as
        the Messages tab shows them."""
        from sqlalchemy import select

        from cadence.domain.errors import message
        from cadence.domain.messages import DUNNING_KINDS
        from cadence.services.outbox import error_to_store
        from cadence.store.database import open_database
        from cadence.store.models import MessageStatus, OutboundMessage

        database = open_database(path)
        try:
            with database.transaction() as session:
                reminder = session.scalars(
                    select(OutboundMessage)
                    .where(
                        OutboundMessage.kind.in_(DUNNING_KINDS),
                        OutboundMessage.status == MessageStatus.PREPARED,
                        OutboundMessage.recipient.is_not(None),
                    )
                    .order_by(OutboundMessage.id)
                    .limit(1)
                ).one()
                address = reminder.recipient
                reminder.status, reminder.attempts = MessageStatus.FAILED, 1
                # As the sender records a refusal: its words, translated on screen.
                reminder.last_error = error_to_store(
                    message(
                        "the mail server refused {refusals}",
                        refusals=f"{address}: 550 5.1.1 <{address}>: Recipient address rejected",
                    )
                )
        finally:
            database.close()

    # -- waiting and shooting ---------------------------------------------------------------

    def wait_until(self, condition: Callable[[], object], what: str, timeout: float = 60) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        deadline = time.monotonic() + timeout
        loop = QEventLoop()
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} s for {what}")
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    def pause(self, milliseconds: int = 150) -> None:
        """Let queued signals, layouts and repaints happen."""
        end = time.monotonic() + milliseconds / 1000
        self.wait_until(lambda: time.monotonic() >= end, "a pause")

    def settle(self) -> None:
        """Until no database work is queued or running, and what it answered is shown."""
        for _ in range(3):
            self.wait_until(lambda: self.operations.pending == 0, "the database work", 180)
            self.pause(100)

    def new_window(self, trigger: Callable[[], object], kind: type) -> object:
        """The top-level window of type `kind` that `trigger` opens."""
        before = self.app.topLevelWidgets()  # kept: their ids stay theirs
        trigger()
        found: list[object] = []

        def opened() -> bool:
            found[:] = [
                widget
                for widget in self.app.topLevelWidgets()
                if isinstance(widget, kind)
                and widget.isVisible()
                and not any(widget is old for old in before)
            ]
            return bool(found)

        self.wait_until(opened, f"a {kind.__name__} to open")
        self.settle()
        return found[-1]

    def shoot(self, widget: object, name: str) -> None:
        from PySide6.QtWidgets import QWidget

        assert isinstance(widget, QWidget)
        self.pause(50)
        widget.grab().save(str(self.out / f"{name}.png"))
        available = self.app.primaryScreen().availableGeometry()
        fits = widget.width() <= available.width() and widget.height() <= available.height()
        self.sizes.append(
            f"{name}: {widget.width()}×{widget.height()}"
            + ("" if fits else f"  DOES NOT FIT {available.width()}×{available.height()}")
        )

    def close(self, dialog: object) -> None:
        from PySide6.QtWidgets import QDialog

        assert isinstance(dialog, QDialog)
        dialog.reject()
        self.settle()

    # -- the main window ---------------------------------------------------------------------

    def _main_window(self, database_path: Path) -> None:
        from cadence.store.database import open_database
        from cadence.ui.assembly import CadenceWindow
        from cadence.ui.clock import FixedClock
        from cadence.ui.operations import Operations

        self.clock = FixedClock(datetime(TODAY.year, TODAY.month, TODAY.day, 9, 0).astimezone())
        self.operations = Operations(open_database(database_path))
        window = CadenceWindow(self.operations, self.clock, self.preferences)
        self.window = window
        window.showMaximized()
        window.start()
        self.settle()
        self.wait_until(lambda: not window.billing.runner.running, "the billing run", 300)
        self.settle()
        for step in self.steps:
            if step != "first_run":
                started = time.perf_counter()
                getattr(self, f"_{step}")()
                print(f"{step}: {time.perf_counter() - started:.1f} s")
        window.close()

    def _tab(self, name: str) -> object:
        tab = self.window.tab(name)
        self.window.tabs.setCurrentWidget(tab)
        self.settle()
        return tab

    def _select(self, table: object, wanted: Callable[[object], bool]) -> object:
        """Select the first loaded row for which `wanted` is true; its row."""
        from cadence.ui.tables import SearchableTable

        assert isinstance(table, SearchableTable)
        model = table.model
        row = next(i for i in range(model.rowCount()) if wanted(model.row(i)))
        table.view.selectRow(row)
        table.view.scrollTo(model.index(row, 0))
        self.settle()
        return model.row(row)

    def _customers(self) -> None:
        from PySide6.QtWidgets import QDialog

        from cadence.ui.customers.dialog import CustomerDialog
        from cadence.ui.customers.tab import CustomersTab

        tab = self._tab("customers")
        assert isinstance(tab, CustomersTab)
        customer = self._select(
            tab.table, lambda row: row.running_subscriptions > 0 and row.balance > 0
        )
        self.wait_until(lambda: tab.detail.overview is not None, "the customer's overview")
        self.shoot(self.window, "tab-customers")
        tab.detail.lists.setCurrentIndex(1)
        self.shoot(tab.detail, "tab-customers-detail-invoices")
        tab.detail.lists.setCurrentIndex(0)

        dialog = self.new_window(tab.create_new, CustomerDialog)
        self.shoot(dialog, "dialog-customer-new")
        assert isinstance(dialog, CustomerDialog)
        dialog.company.setChecked(True)
        dialog.name.setText("Boulangerie Lefèvre SARL")
        dialog.email.setText("contact@boulangerie-lefevre")
        dialog.siren.setText("12345678")
        dialog.address_line1.setText("3 place du Marché")
        dialog.postal_code.setText("690")
        dialog.accept()
        self.settle()
        self.shoot(dialog, "dialog-customer-new-errors")
        self.close(dialog)

        dialog = self.new_window(lambda: tab.edit(customer.id), CustomerDialog)
        self.shoot(dialog, "dialog-customer-edit")
        assert isinstance(dialog, CustomerDialog)
        dialog.has_delivery.setChecked(True)
        dialog.email.setText("agnes.bouchard@")
        dialog.iban.setText("FR76 3000 6000 0112 3456 7890 188")
        dialog.accept()
        self.settle()
        self.shoot(dialog, "dialog-customer-edit-errors")
        self.close(dialog)

        dialog = self.new_window(lambda: tab.statement(customer.id, customer.name), QDialog)
        self.shoot(dialog, "dialog-statement")
        self.close(dialog)

    def _mandated_customers(self) -> tuple[int, int]:
        """A customer whose mandate has been used and who has a payment received, and a
        business without a mandate who owes something. The demo signs mandates for those
        who pay by direct debit; on a database without any, a few are signed here,
        through the services, first."""
        from sqlalchemy import select

        from cadence.domain.invoicing import PaymentStatus
        from cadence.domain.parties import CustomerKind, PaymentMethod
        from cadence.services.mandates import MandateData, create_mandate, list_mandates
        from cadence.store.models import Customer, Invoice, Mandate, Payment
        from cadence.ui.operations import Change

        with self.operations.database.transaction() as session:
            mandates = list_mandates(session)
            if not mandates:
                debtors = session.execute(
                    select(Customer.id, Customer.created_on)
                    .where(
                        Customer.payment_method == PaymentMethod.DIRECT_DEBIT,
                        Customer.iban.is_not(None),
                    )
                    .order_by(Customer.id)
                    .limit(20)
                ).all()
                for customer_id, created_on in debtors:
                    create_mandate(
                        session, MandateData(customer_id, signed_on=created_on), today=TODAY
                    )
                mandates = list_mandates(session)
            paying = set(
                session.scalars(
                    select(Payment.customer_id).where(Payment.status == PaymentStatus.RECEIVED)
                )
            )
            newcomer = session.scalars(
                select(Customer.id)
                .where(
                    Customer.kind == CustomerKind.COMPANY,
                    Customer.id.not_in(select(Mandate.customer_id)),
                    Customer.id.in_(select(Invoice.customer_id)),
                )
                .order_by(Customer.id)
                .limit(1)
            ).one()
        self.operations.changed.emit(frozenset({Change.BANK, Change.CUSTOMERS}), None)
        self.settle()
        in_force = [m for m in mandates if m.in_force(TODAY) and m.customer_id in paying]
        used = [m for m in in_force if m.last_collected_on is not None]
        return (used or in_force)[0].customer_id, newcomer

    def _show_customer(self, tab: object, customer_id: int) -> None:
        from cadence.ui.customers.tab import CustomersTab

        assert isinstance(tab, CustomersTab)
        tab.show_record(customer_id)
        self.wait_until(
            lambda: (
                tab.detail.overview is not None and tab.detail.overview.customer.id == customer_id
            ),
            "the customer's overview",
        )
        self.settle()

    def _mandate(self) -> None:
        """A customer's mandates, the mandate form (new, refused, existing), revoking
        one, and a payment recorded as returned by the bank."""
        from cadence.domain.invoicing import PaymentStatus
        from cadence.ui.customers.detail import MANDATES_TAB
        from cadence.ui.customers.mandate_dialog import MandateDialog, RevokeMandateDialog
        from cadence.ui.customers.return_dialog import ReturnPaymentDialog
        from cadence.ui.customers.tab import CustomersTab

        customer_id, newcomer = self._mandated_customers()
        tab = self._tab("customers")
        assert isinstance(tab, CustomersTab)
        self._show_customer(tab, customer_id)
        detail = tab.detail
        detail.lists.setCurrentIndex(MANDATES_TAB)
        self.wait_until(lambda: bool(detail.mandates.records), "the customer's mandates")
        self.settle()
        self.shoot(detail, "tab-customers-detail-mandates")

        dialog = self.new_window(detail.mandates.edit_selected, MandateDialog)
        assert isinstance(dialog, MandateDialog)
        self.shoot(dialog, "dialog-mandate-edit")
        assert dialog.revoke_button is not None
        revoke = self.new_window(dialog.revoke_button.click, RevokeMandateDialog)
        self.shoot(revoke, "dialog-mandate-revoke")
        self.close(revoke)
        self.close(dialog)

        overview = detail.overview
        assert overview is not None
        detail.lists.setCurrentIndex(2)
        received = next(
            row
            for row, payment in enumerate(overview.payments)
            if payment.status is PaymentStatus.RECEIVED
        )
        detail.payments.selectRow(received)
        self.settle()
        self.shoot(detail, "tab-customers-detail-payments")
        dialog = self.new_window(detail.return_button.click, ReturnPaymentDialog)
        self.shoot(dialog, "dialog-payment-return")
        self.close(dialog)

        # A customer who paid by transfer signs a mandate: the form, then its refusal.
        self._show_customer(tab, newcomer)
        detail.lists.setCurrentIndex(MANDATES_TAB)
        self.wait_until(lambda: detail.mandates.add_button.isEnabled(), "no mandate in force")
        self.shoot(detail, "tab-customers-detail-no-mandate")
        dialog = self.new_window(detail.mandates.add_button.click, MandateDialog)
        assert isinstance(dialog, MandateDialog)
        self.wait_until(lambda: bool(dialog.reference.text()), "the suggested reference")
        self.shoot(dialog, "dialog-mandate-new")
        dialog.iban.setText("FR76 3000 6000 0112 3456 7890 188")
        dialog.bic.setText("AGRIFRP")
        dialog.accept()
        self.settle()
        self.shoot(dialog, "dialog-mandate-new-errors")
        self.close(dialog)
        detail.lists.setCurrentIndex(0)
        self._clear_search(tab.table)

    def _clear_search(self, table: object) -> None:
        """The whole list again: showing a record searched for it."""
        from cadence.ui.tables import SearchableTable

        assert isinstance(table, SearchableTable)
        table.search_box.clear()
        table.model.set_search("")
        self.settle()

    def _sepa(self) -> None:
        """The direct-debit batch: what it would collect, a closed day explained, the
        file written, the batches and what can be done with them."""
        from datetime import date

        from cadence.domain.direct_debit import BatchStatus, MandateScheme
        from cadence.ui.invoices.sepa_dialog import ConfirmCollectedDialog, SepaDialog
        from cadence.ui.invoices.tab import InvoicesTab
        from cadence.ui.subscriptions.widgets import set_date

        self._mandated_customers()  # mandates to collect on, if the demo had none
        tab = self._tab("invoices")
        assert isinstance(tab, InvoicesTab)
        dialog = self.new_window(tab.direct_debit_action.trigger, SepaDialog)
        assert isinstance(dialog, SepaDialog)
        self.wait_until(lambda: dialog.preview is not None, "the batch's preview")
        preview = dialog.preview
        assert preview is not None
        first_day = preview.collection_date
        # Leave one out, to show an unticked box beside the others.
        chosen = dialog.candidates.chosen()
        if len(chosen) > 1:
            dialog.candidates.set_chosen(chosen[1].invoice_id, False)
        self.shoot(dialog, "dialog-sepa")
        # The other scheme: the CORE mandates' invoices stay out, each saying why.
        dialog.scheme.setCurrentIndex(dialog.scheme.findData(MandateScheme.B2B))
        self.wait_until(
            lambda: dialog.preview is not None and dialog.preview.scheme is MandateScheme.B2B,
            "the B2B preview",
        )
        self.settle()
        self.shoot(dialog, "dialog-sepa-b2b")
        dialog.scheme.setCurrentIndex(dialog.scheme.findData(MandateScheme.CORE))
        self.wait_until(
            lambda: dialog.preview is not None and dialog.preview.scheme is MandateScheme.CORE,
            "the CORE preview",
        )
        self.settle()
        set_date(dialog.collection_date, date(2026, 12, 26))  # Boxing Day: TARGET is closed
        self.wait_until(
            lambda: dialog.preview is not None and dialog.preview.collection_date != first_day,
            "the closed day's preview",
        )
        self.settle()
        self.shoot(dialog, "dialog-sepa-closed-day")
        set_date(dialog.collection_date, first_day)
        self.wait_until(
            lambda: dialog.preview is not None and dialog.preview.collection_date == first_day,
            "the preview again",
        )
        self.settle()
        dialog.choose_path = lambda _title, name, _filter: self.work / name
        written: list[object] = []
        dialog.written.connect(written.append)
        dialog.write_batch()
        self.wait_until(lambda: bool(written), "the batch file")
        self.settle()
        self.shoot(dialog, "dialog-sepa-written")
        dialog.pages.setCurrentIndex(1)
        self.wait_until(lambda: bool(dialog.collections), "the batch's collections")
        self.settle()
        self.shoot(dialog, "dialog-sepa-batches")
        # Confirmed once the bank has collected: the demo's batch collected on the last
        # open day, not the one just written.
        just_written = dialog.selected_batch()
        assert just_written is not None
        collected = next(
            batch
            for batch in dialog.batches
            if batch.status is BatchStatus.REQUESTED and batch.collection_date <= TODAY
        )
        dialog.select_batch(collected.id)
        self.settle()
        confirm = self.new_window(dialog.confirm_selected, ConfirmCollectedDialog)
        self.shoot(confirm, "dialog-sepa-confirm")
        self.close(confirm)
        dialog.select_batch(just_written.id)
        self.settle()
        dialog.cancel_selected()
        self.settle()
        assert dialog.cancel_box is not None
        self.shoot(dialog.cancel_box, "dialog-sepa-cancel")
        dialog.cancel_box.reject()
        self.settle()
        collected = dialog.collections[0].invoice_id
        self.close(dialog)

        # One of its invoices in the list (older than the first page, perhaps).
        tab.show_record(collected)
        self.wait_until(
            lambda: (current := tab.table.current()) is not None and current.id == collected,
            "the collected invoice",
        )
        self.wait_until(tab.preview.is_ready, "the PDF preview")
        self.settle()
        self.shoot(self.window, "tab-invoices-collection-requested")
        self._clear_search(tab.table)

    def _plans(self) -> None:
        from cadence.ui.plans.dialog import PlanDialog
        from cadence.ui.plans.item_dialog import ItemDialog
        from cadence.ui.plans.tab import PlansTab

        tab = self._tab("plans")
        assert isinstance(tab, PlansTab)
        plan = self._select(tab.table, lambda row: row.running_subscriptions > 0)
        self.shoot(self.window, "tab-plans")
        dialog = self.new_window(lambda: tab.edit(plan.plan.id), PlanDialog)
        self.shoot(dialog, "dialog-plan-edit")
        self.close(dialog)
        dialog = self.new_window(tab.create_new, PlanDialog)
        assert isinstance(dialog, PlanDialog)
        dialog.name.setText("Box Thé Saison — trimestrielle")
        dialog.unit_price.setText("64,50")
        dialog.interval.count.setValue(3)
        dialog.trial.count.setValue(14)
        dialog.commitment.count.setValue(12)
        self.settle()
        self.shoot(dialog, "dialog-plan-new")
        item = self.new_window(dialog.new_item.click, ItemDialog)
        self.shoot(item, "dialog-item-new")
        self.close(item)
        item = self.new_window(dialog.edit_item.click, ItemDialog)
        self.shoot(item, "dialog-item-edit")
        self.close(item)
        self.close(dialog)

    def _subscriptions(self) -> None:
        from PySide6.QtTest import QTest

        from cadence.domain.lifecycle import SubscriptionStatus
        from cadence.ui.subscriptions.cancel_dialog import CancelDialog
        from cadence.ui.subscriptions.change_dialog import ChangeDialog
        from cadence.ui.subscriptions.new_dialog import NewSubscriptionDialog
        from cadence.ui.subscriptions.pause_dialog import PauseDialog
        from cadence.ui.subscriptions.tab import SubscriptionsTab

        tab = self._tab("subscriptions")
        assert isinstance(tab, SubscriptionsTab)
        self._select(
            tab.table,
            lambda row: row.discount is not None and row.status is SubscriptionStatus.ACTIVE,
        )
        self.wait_until(lambda: tab.detail.history is not None, "the subscription's history")
        self.shoot(self.window, "tab-subscriptions")

        dialog = self.new_window(tab.create_new, NewSubscriptionDialog)
        assert isinstance(dialog, NewSubscriptionDialog)
        self.shoot(dialog, "dialog-subscription-new")
        QTest.keyClicks(dialog.customer, "Lef")
        self.settle()
        self.pause(400)
        self.settle()
        if dialog.customer.suggestions.rowCount():
            dialog.customer.choose(0)
        dialog.plan.setCurrentIndex(min(2, dialog.plan.count() - 1))
        dialog.quantity.setValue(2)
        dialog.price.setText("26,10")
        self.settle()
        self.shoot(dialog, "dialog-subscription-new-filled")
        self.close(dialog)

        dialog = self.new_window(tab.change_selected, ChangeDialog)
        assert isinstance(dialog, ChangeDialog)
        dialog.quantity.setValue(3)  # now, prorated: the lines it bills
        self.pause(400)  # the preview waits for the owner to stop typing
        self.settle()
        self.shoot(dialog, "dialog-subscription-change")
        current = dialog.plan.currentIndex()
        dialog.plan.setCurrentIndex(1 if current != 1 else 0)  # another cycle: refused now
        self.pause(400)
        self.settle()
        self.shoot(dialog, "dialog-subscription-change-other-cycle")
        self.close(dialog)

        dialog = self.new_window(tab.pause_selected, PauseDialog)
        self.shoot(dialog, "dialog-subscription-pause")
        self.close(dialog)

        dialog = self.new_window(tab.cancel_selected, CancelDialog)
        self.shoot(dialog, "dialog-subscription-cancel")
        self.close(dialog)

    def _invoices(self) -> None:
        from cadence.ui.invoices.credit_note_dialog import CreditNoteDialog
        from cadence.ui.invoices.payment_dialog import PaymentDialog
        from cadence.ui.invoices.tab import InvoicesTab

        tab = self._tab("invoices")
        assert isinstance(tab, InvoicesTab)
        self._select(tab.table, lambda row: row.left_to_pay > 0)
        self.wait_until(tab.preview.is_ready, "the PDF preview")
        self.settle()
        self.shoot(self.window, "tab-invoices")
        dialog = self.new_window(tab.payment_action.trigger, PaymentDialog)
        self.shoot(dialog, "dialog-payment")
        self.close(dialog)
        dialog = self.new_window(tab.credit_note_action.trigger, CreditNoteDialog)
        self.shoot(dialog, "dialog-credit-note")
        assert isinstance(dialog, CreditNoteDialog)
        dialog.by_line.setChecked(True)
        self.settle()
        self.shoot(dialog, "dialog-credit-note-by-line")
        self.close(dialog)

    def _bank(self) -> None:
        """The Bank tab empty, then with the demo's sample statements imported: a sure
        match selected, a returned debit, a line to correct, confirming the sure ones,
        and the mapping of a bank's CSV the first time (re-decoded in the wrong encoding)."""
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QMessageBox

        from cadence.store.models import LineState, MatchKind
        from cadence.ui.bank.correct_dialog import CorrectDialog
        from cadence.ui.bank.csv_mapping_dialog import CsvMappingDialog
        from cadence.ui.bank.tab import BankTab
        from cadence.ui.subscriptions.customer_picker import NAME_ROLE

        tab = self._tab("bank")
        assert isinstance(tab, BankTab)
        self.shoot(self.window, "tab-bank-empty")
        folder = self.work / "demo-statements"
        files = sorted(folder.glob("*")) if folder.is_dir() else []
        files = [path for path in files if path.name != "releve-banque.csv"]
        complement, owing_customer = self._statement_to_check()
        files.append(complement)
        for path in files:
            before = tab.importer.notice
            tab.import_file(path)
            self.wait_until(
                lambda before=before: tab.importer.notice is not before, f"importing {path.name}"
            )
            self.settle()
            notice = tab.importer.notice
            assert isinstance(notice, QMessageBox)
            if path.name == "releve-camt053.xml":
                self.shoot(notice, "dialog-bank-imported")
            notice.accept()
        self.settle()

        def line(kind: MatchKind | None, confidence: int = 0) -> object:
            return self._select(
                tab.table,
                lambda row: row.match_kind is kind and row.confidence >= confidence,
            )

        line(MatchKind.INVOICE_NUMBER, 90)
        self.shoot(self.window, "tab-bank")
        line(MatchKind.RETURN)
        self.shoot(self.window, "tab-bank-return")
        unmatched = line(None)
        assert getattr(unmatched, "state", None) is LineState.UNMATCHED
        self.shoot(tab.detail, "tab-bank-detail-unmatched")
        dialog = self.new_window(tab.correct_selected, CorrectDialog)
        assert isinstance(dialog, CorrectDialog)
        self.shoot(dialog, "dialog-bank-correct")
        # Typed as the owner would, without accents (QTest types ASCII only).
        longest = max(owing_customer.split(), key=len)
        QTest.keyClicks(dialog.customer, "".join(char for char in longest if char.isascii()))
        suggestions = dialog.customer.suggestions

        def suggested() -> int | None:
            return next(
                (
                    row
                    for row in range(suggestions.rowCount())
                    if suggestions.item(row).data(NAME_ROLE) == owing_customer
                ),
                None,
            )

        self.wait_until(lambda: suggested() is not None, f"{owing_customer} suggested", 10)
        row = suggested()
        assert row is not None
        dialog.customer.choose(row)
        self.wait_until(lambda: dialog.choices.count() > 0, "the customer's invoices", 10)
        self.settle()
        self.shoot(dialog, "dialog-bank-correct-invoices")
        self.close(dialog)

        tab.confirm_sure()
        self.settle()
        assert tab.confirmation is not None
        self.shoot(tab.confirmation, "dialog-bank-confirm-sure")
        tab.confirmation.close()
        self.settle()

        dialog = self.new_window(
            lambda: tab.import_file(folder / "releve-banque.csv"), CsvMappingDialog
        )
        assert isinstance(dialog, CsvMappingDialog)
        dialog.bank.setText("Crédit Agricole")
        self.shoot(dialog, "dialog-bank-csv-mapping")
        dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
        self.settle()
        self.shoot(dialog, "dialog-bank-csv-mapping-utf8")
        self.close(dialog)

    def _statement_to_check(self) -> tuple[Path, str]:
        """A small statement whose lines Cadence is less sure of: money from a customer
        of one of their open invoices' amount (likely), money from another who owes a
        different amount, and money of one open invoice's amount from nobody known (to
        check). Written with the exchange samples' CAMT.053 writer; with the name of the
        second customer, whom the owner picks when correcting a line."""
        from sqlalchemy import func, select

        from cadence.domain.invoicing import InvoiceKind, InvoiceStatus
        from cadence.exchange.samples import write_camt053
        from cadence.exchange.statement import StatementLine
        from cadence.store.models import CompanySettings, Customer, Invoice

        with self.operations.database.reading() as session:
            unpaid = (Invoice.kind == InvoiceKind.INVOICE, Invoice.status == InvoiceStatus.ISSUED)
            # Customers no other shares a name with: the bank's label names one of them.
            unique_names = select(Customer.name).group_by(Customer.name).having(func.count() == 1)
            owing = session.execute(
                select(Invoice.customer_id, Invoice.total_gross)
                .join(Customer, Customer.id == Invoice.customer_id)
                .where(*unpaid, Customer.name.in_(unique_names))
                .order_by(Invoice.id.desc())
                .limit(2)
            ).all()
            names = [session.get_one(Customer, row.customer_id).name for row in owing]
            unique = session.execute(
                select(Invoice.total_gross)
                .where(*unpaid)
                .group_by(Invoice.total_gross)
                .having(func.count() == 1)
                .limit(1)
            ).scalar_one()
            iban = session.get_one(CompanySettings, 1).iban or "FR7630006000011234567890189"
        day = date(2026, 11, 24)
        lines = [
            StatementLine(
                day,
                owing[0].total_gross,
                "EUR",
                f"VIR SEPA RECU /DE {names[0].upper()} /MOTIF ABONNEMENT",
                counterparty=names[0].upper(),
            ),
            StatementLine(
                day,
                Decimal("20.00"),
                "EUR",
                f"VIR SEPA RECU /DE {names[1].upper()} /MOTIF ACOMPTE",
                counterparty=names[1].upper(),
            ),
            StatementLine(day, unique, "EUR", "VIREMENT REF 0042-88231"),
        ]
        path = self.work / "releve-complement.xml"
        path.write_bytes(
            write_camt053(
                lines,
                account_iban=iban,
                currency="EUR",
                starts_on=day,
                ends_on=day,
                bank_name="Crédit Agricole",
            )
        )
        return path, names[1]

    def _messages(self) -> None:
        from cadence.services.outbox import MessageRecord
        from cadence.store.models import MessageStatus
        from cadence.ui.outbox.tab import MessagesTab

        def refused(row: object) -> bool:
            return isinstance(row, MessageRecord) and row.status is MessageStatus.FAILED

        def with_attachment(row: object) -> bool:
            return isinstance(row, MessageRecord) and bool(row.attachments)

        tab = self._tab("messages")
        assert isinstance(tab, MessagesTab)
        self._select(tab.table, refused)
        self.shoot(self.window, "tab-messages")
        self._history_of_refused(tab)
        self._select(tab.table, with_attachment)
        self.shoot(self.window, "tab-messages-attachment")
        tab.archive_selected()  # "Discard…": asks first
        self.settle()
        assert tab.confirmation is not None
        self.shoot(tab.confirmation, "dialog-message-discard")
        tab.confirmation.close()
        self.settle()

    def _history_of_refused(self, messages: object) -> None:
        """The refused reminder's customer, their messages listed in their overview."""
        from cadence.ui.customers.tab import CustomersTab
        from cadence.ui.outbox.tab import MessagesTab

        assert isinstance(messages, MessagesTab)
        record = messages.detail.record
        assert record is not None
        messages.customer_action.trigger()  # "Show the customer"
        customers = self.window.tab("customers")
        assert isinstance(customers, CustomersTab)
        history = customers.detail.messages
        self.wait_until(
            lambda: any(row.id == record.id for row in history.records), "the customer's messages"
        )
        customers.detail.lists.setCurrentWidget(history)
        history.table.selectRow(
            next(i for i, row in enumerate(history.records) if row.id == record.id)
        )
        self.settle()
        self.shoot(customers.detail, "tab-customers-detail-messages")
        customers.detail.lists.setCurrentIndex(0)
        self.window.tabs.setCurrentWidget(messages)
        self.window.showMaximized()  # open_record() showed the window normal
        self.settle()

    def _reports(self) -> None:
        from cadence.domain.revenue import AgeingBucket, MovementKind
        from cadence.ui.reports.details import AgeingCustomersDialog, MovementDetailsDialog
        from cadence.ui.reports.tab import ReportsTab

        tab = self._tab("reports")
        assert isinstance(tab, ReportsTab)
        self.wait_until(lambda: tab.forecast.table.rowCount() > 0, "the reports", 180)
        self.settle()
        for position in range(tab.sections.count()):
            tab.sections.setCurrentIndex(position)
            self.pause()
            name = (
                "revenue",
                "movements",
                "churn",
                "growth",
                "cancellations",
                "payments",
                "forecast",
            )[position]
            self.shoot(self.window, f"tab-reports-{name}")
        tab.sections.setCurrentWidget(tab.movements)
        figures = tab._figures
        assert figures is not None
        month = figures.movements[-2].window
        dialog = self.new_window(
            lambda: tab.show_movement_details(month, MovementKind.CHURNED), MovementDetailsDialog
        )
        self.shoot(dialog, "dialog-reports-movement-details")
        self.close(dialog)
        dialog = self.new_window(
            lambda: tab.show_ageing_customers(AgeingBucket.DAYS_1_30), AgeingCustomersDialog
        )
        self.shoot(dialog, "dialog-reports-ageing-customers")
        self.close(dialog)

    def _alerts(self) -> None:
        self.shoot(self.window.alerts.panel, "alerts-panel")

    def _settings(self) -> None:
        from cadence.domain.messages import MessageKind
        from cadence.domain.parties import Language
        from cadence.ui.setup.settings import SettingsDialog

        dialog = self.new_window(self.window.open_settings, SettingsDialog)
        assert isinstance(dialog, SettingsDialog)
        for row in range(dialog.index.count()):
            dialog.index.setCurrentRow(row)
            self.settle()
            self.shoot(dialog, f"dialog-settings-{row + 1}")
        # The e-mail page once its test has answered (the demo has no server: the reason).
        dialog.show_page(dialog.email)
        self.wait_until(dialog.email.test_button.isEnabled, "the password to be read")
        dialog.email.send_test()
        self.wait_until(dialog.email.test_button.isEnabled, "the test e-mail's answer")
        self.settle()
        self.shoot(dialog, "dialog-settings-email-tested")
        # The reminders refused: the message under the levels and the page marked.
        dialog.show_page(dialog.reminders)
        dialog.reminders.levels[1].days.setValue(3)
        dialog.save()
        self.settle()
        self.shoot(dialog, "dialog-settings-reminders-refused")
        # A reminder's wording being edited: the most fields, and "(changed)".
        dialog.show_page(dialog.templates)
        dialog.templates.select((MessageKind.FORMAL_NOTICE, Language.FRENCH))
        dialog.templates.body.appendPlainText("{late_fees}")
        self.settle()
        self.shoot(dialog, "dialog-settings-templates-changed")
        self.close(dialog)

    def _about(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QMessageBox

        def shoot_and_close() -> None:
            box = next(
                widget
                for widget in self.app.topLevelWidgets()
                if isinstance(widget, QMessageBox) and widget.isVisible()
            )
            box.grab().save(str(self.out / "dialog-about.png"))
            self.sizes.append(f"dialog-about: {box.width()}×{box.height()}")
            box.accept()

        # QMessageBox.about() waits in its own event loop: the shot is taken from inside it.
        QTimer.singleShot(300, shoot_and_close)
        help_menu = self.window.menuBar().actions()[-1].menu()
        help_menu.actions()[0].trigger()  # Help ▸ About Cadence

    def _review(self) -> None:
        """A week later, the invoices of 1 December have fallen due."""
        from cadence.ui.billing.review import ReviewDialog

        self.clock.advance(days=8)
        dialog = self.new_window(lambda: self.window.billing.start(force_review=True), ReviewDialog)
        self.shoot(dialog, "dialog-billing-review")
        self.close(dialog)

    def _first_run(self) -> None:
        """The first-run wizard, on a database with no company yet."""
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QWizard

        from cadence.services.company import CompanyData
        from cadence.store.database import open_database
        from cadence.ui.assembly import CadenceWindow
        from cadence.ui.operations import Operations

        QSettings().clear()  # a first run: nothing remembered from the demo's window
        self.operations = Operations(open_database(self.work / "new.sqlite3"))
        window = CadenceWindow(self.operations, self.clock, self.preferences)
        window.showMaximized()
        wizard = self.new_window(window.start, QWizard)
        assert isinstance(wizard, QWizard)
        self.shoot(wizard, "wizard-1")
        wizard.next()
        self.settle()
        self.shoot(wizard, "wizard-1-errors")
        window.wizard.form.load(
            CompanyData(
                legal_name="Atelier Nuage SAS",
                legal_form="SAS",
                share_capital=Decimal(20000),
                address_line1="12 rue de la Charité",
                postal_code="69002",
                city="Lyon",
                email="facturation@atelier-nuage.fr",
                phone="04 78 12 34 56",
                siren="732829320",
                vat_number="FR44732829320",
                iban="FR76 3000 6000 0112 3456 7890 189",
                bic="AGRIFRPP",
            )
        )
        page = 1
        while True:
            self.shoot(wizard, f"wizard-{page}-filled")
            if wizard.nextId() == -1:
                break
            before = wizard.currentId()
            wizard.next()
            self.settle()
            if wizard.currentId() == before:  # refused: what it says is shot too
                self.shoot(wizard, f"wizard-{page}-refused")
                break
            page += 1
        wizard.reject()
        self.settle()
        self.shoot(window, "window-before-setup")
        window.close()


if __name__ == "__main__":
    sys.exit(main())
