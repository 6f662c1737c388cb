"""The whole window: the tabs, billing, alerts, the wizard and the settings, wired.

Start-up order: the window shows at once; if the company is not set up yet the
first-run wizard opens, and billing starts only once it is saved; otherwise
billing starts (with its review of what fell due) and the alerts are read.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from cadence.services.company import get_company
from cadence.ui.alerts.install import InstalledAlerts, install_alerts
from cadence.ui.bank.tab import BankTab
from cadence.ui.billing.controller import BillingController
from cadence.ui.clock import Clock
from cadence.ui.customers.tab import CustomersTab
from cadence.ui.invoices.tab import InvoicesTab
from cadence.ui.main_window import MainWindow
from cadence.ui.operations import DbOp, Operations
from cadence.ui.outbox.sender import MailSender
from cadence.ui.outbox.tab import MessagesTab
from cadence.ui.plans.tab import PlansTab
from cadence.ui.preferences import Preferences
from cadence.ui.reports.tab import ReportsTab
from cadence.ui.setup.settings import SettingsDialog
from cadence.ui.setup.wizard import FirstRunWizard
from cadence.ui.subscriptions.tab import SubscriptionsTab

TABS = (
    CustomersTab,
    PlansTab,
    SubscriptionsTab,
    InvoicesTab,
    BankTab,
    MessagesTab,
    ReportsTab,
)


class CadenceWindow(MainWindow):
    """The main window with everything in it."""

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, clock, preferences, TABS, parent)
        self.billing = BillingController(self)
        messages = self.tab(MessagesTab.name)
        assert isinstance(messages, MessagesTab)
        self.mail = MailSender(self, messages)
        self.billing.run_finished.connect(self.mail.after_billing)
        self.alerts: InstalledAlerts = install_alerts(self)
        self.wizard: FirstRunWizard | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_menu.insertAction(self.quit_action, self.settings_action)

    def start(self) -> None:
        """Once shown: the wizard on a new database, else billing and alerts."""
        DbOp(self.operations, get_company).success(self._company_known).run(self)

    def _company_known(self, company: object) -> None:
        if company is None:
            self.wizard = FirstRunWizard(self.operations, self.clock, self)
            self.wizard.completed.connect(lambda _record: self._ready())
            self.wizard.rejected.connect(self._wizard_closed)
            self.wizard.open()
            return
        self._ready()

    def _ready(self) -> None:
        self.wizard = None
        self.billing.start()
        self.mail.start()
        self.alerts.panel.refresh()

    def _wizard_closed(self) -> None:
        self.wizard = None
        self.show_status(
            self.tr(
                "Your company is not set up yet: File ▸ Settings… Nothing is invoiced until it is."
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.billing.runner.running:
            answer = QMessageBox.question(
                self,
                self.tr("Billing in progress"),
                self.tr(
                    "Invoices are being issued and their PDFs written. Wait for the run to "
                    "finish before closing? If you stop it, nothing is lost: what it did not "
                    "do is done at the next start."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.show_status(self.tr("Finishing the billing run before closing…"))
                self.billing.runner.wait(-1)
            else:
                self.billing.runner.stop()
        if self.mail.runner.running:
            self.show_status(self.tr("Finishing sending messages before closing…"))
        self.mail.stop()
        super().closeEvent(event)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.operations, self.clock, self.preferences, self)
        dialog.preferences_changed.connect(self._preferences_changed)
        dialog.company_saved.connect(self._company_saved)
        self.settings_dialog = dialog
        dialog.open()

    def _company_saved(self, _record: object) -> None:
        if self.billing.runner.timer.isActive() or self.billing.awaiting_review:
            return
        self._ready()  # set up from the settings after the wizard was closed

    def _preferences_changed(self) -> None:
        if self.billing.runner.timer.isActive():
            self.billing.runner.start_timer()  # the new interval
        self.alerts.panel.refresh()


def assemble_window(
    operations: Operations, clock: Clock, preferences: Preferences
) -> CadenceWindow:
    return CadenceWindow(operations, clock, preferences)
