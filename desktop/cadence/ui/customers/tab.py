"""The Customers tab: the searchable list, the selected customer's overview below it,
and what the owner does to a customer (create, edit, archive, restore, statement)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.errors import KnownError
from cadence.services.customers import (
    CustomerRecord,
    CustomerRow,
    archive_customer,
    customer_rows,
    get_customer,
    restore_customer,
)
from cadence.ui.customers.detail import CustomerDetail
from cadence.ui.customers.dialog import CustomerDialog
from cadence.ui.customers.labels import (
    ATTENTION,
    GOOD,
    MUTED,
    kind_label,
    language_label,
)
from cadence.ui.customers.prompts import confirm, inform
from cadence.ui.customers.statement import StatementDialog
from cadence.ui.formatting import money
from cadence.ui.messages import error_text
from cadence.ui.operations import Change, DbOp
from cadence.ui.tab import AppContext, Tab, restore_splitter, save_splitter
from cadence.ui.tables import ArchivedRows, Column, PagedModel, SearchableTable

AnyIndex = QModelIndex | QPersistentModelIndex
_SPLITTER_KEY = "customers/splitter"


class CustomerModel(PagedModel[CustomerRow]):
    """Customers a page at a time; what they owe in red, their credit in green,
    archived customers greyed."""

    def __init__(self, *args: Any, balance_column: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._balance_column = balance_column

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row(index.row())
            if row.archived:
                return QBrush(MUTED)
            if index.column() == self._balance_column and row.balance:
                return QBrush(ATTENTION if row.balance > 0 else GOOD)
            return None
        return super().data(index, role)


class CustomersTab(Tab):
    """Every customer, searchable and sortable, with the chosen one's account below."""

    name = "customers"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        operations = context.operations
        self._filter = ArchivedRows(customer_rows)
        self._pending_id: int | None = None  # show_record's customer, until it is loaded
        self.dialog: QDialog | None = None  # the dialog open on this tab, if any

        columns = self._columns()
        self.model = CustomerModel(
            operations,
            columns,
            self._filter,
            balance_column=len(columns) - 1,
            row_id=lambda row: row.id,
            refresh_on={Change.CUSTOMERS, Change.SUBSCRIPTIONS, Change.INVOICES, Change.PAYMENTS},
            default_sort="name",
        )
        self.table = SearchableTable(
            self.model,
            settings_key="customers",
            placeholder=self.tr("Search by name, e-mail, city, postcode, SIREN…"),
        )
        self.table.set_row_id(lambda row: row.id)
        self._first_time = not QSettings().contains("tables/customers/header")
        # Name, kind, city, e-mail, phone, language, subscriptions, balance.
        self.table.set_default_widths((230, 90, 150, 220, 115, 85, 105, 130), whole=(4, 6, 7))

        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self._archived_toggled)
        self.new_button = QPushButton(self.tr("New customer…"))
        self.new_button.clicked.connect(self.create_new)
        toolbar = QHBoxLayout()
        # The table's search box joins the tab's toolbar: one line for the list's tools.
        toolbar.addWidget(self.table.search_box, 1)
        toolbar.addWidget(self.show_archived)
        toolbar.addWidget(self.new_button)

        self.detail = CustomerDetail(context)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        restore_splitter(self.splitter, _SPLITTER_KEY, [420, 330])

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)

        self.table.selected.connect(self._selected)
        self.table.activated.connect(lambda row: self.edit(row.id))
        self.table.context_menu_requested.connect(self._context_menu)
        self.model.loaded.connect(self._reveal_pending)
        self.detail.edit_requested.connect(self._edit_shown)
        self.detail.statement_requested.connect(self._statement_shown)
        self.detail.archive_requested.connect(self._archive_shown)
        self.table.sort_as_last_time(first_time=self._first_time)

    def _columns(self) -> Sequence[Column[CustomerRow]]:
        def city(row: CustomerRow) -> str:
            return row.city if row.country == "FR" else f"{row.city} ({row.country})"

        def subscriptions(row: CustomerRow) -> str:
            return str(row.running_subscriptions) if row.running_subscriptions else ""

        return [
            Column(self.tr("Name"), lambda row: row.name, "name"),
            Column(self.tr("Kind"), lambda row: kind_label(row.kind), "kind"),
            Column(
                self.tr("City"),
                city,
                "city",
                tooltip=lambda row: f"{row.postal_code} {row.city} {row.country}",
            ),
            Column(self.tr("E-mail"), lambda row: row.email or "", "email"),
            Column(self.tr("Phone"), lambda row: row.phone or "", "phone"),
            Column(self.tr("Language"), lambda row: language_label(row.language), "language"),
            Column(
                self.tr("Subscriptions"),
                subscriptions,
                numeric=True,
                tooltip=lambda row: self.tr("Running subscriptions: {count}").format(
                    count=row.running_subscriptions
                ),
            ),
            Column(self.tr("Balance"), self._balance_text, numeric=True),
        ]

    def _balance_text(self, row: CustomerRow) -> str:
        if row.balance > 0:
            return self.tr("owes {amount}").format(amount=money(row.balance, row.currency))
        if row.balance < 0:
            return self.tr("credit {amount}").format(amount=money(-row.balance, row.currency))
        return ""

    # -- what the window asks of every tab ------------------------------------------------

    def title(self) -> str:
        return self.tr("Customers")

    def create_new(self) -> None:
        self._open_dialog(None)

    def focus_search(self) -> None:
        self.table.focus_search()

    def print_current(self) -> None:
        row = self.table.current()
        if row is not None:
            self.statement(row.id, row.name)

    def archive_selected(self) -> None:
        row = self.table.current()
        if row is None:
            return
        if row.archived:
            self._status(self.tr("{name} is already archived.").format(name=row.name))
            return
        self.archive(row.id, row.name)

    def show_record(self, record_id: int) -> None:
        """Select the customer; one not in the loaded rows is searched for by name
        (the search box says so), archived ones shown if it is archived."""
        self._pending_id = record_id
        if self.table.select_id(record_id):
            self._pending_id = None
            return
        DbOp(self.context.operations, lambda session: get_customer(session, record_id)).success(
            self._search_for
        ).failure(self._refused).run(self)

    def save_state(self) -> None:
        self.table.save_header()
        save_splitter(self.splitter, _SPLITTER_KEY)

    # -- finding a customer -------------------------------------------------------------------

    def _search_for(self, record: CustomerRecord) -> None:
        if record.id != self._pending_id:
            return  # another customer was asked for since
        if record.archived and not self.show_archived.isChecked():
            self._filter.include_archived = True
            self.show_archived.blockSignals(True)
            self.show_archived.setChecked(True)
            self.show_archived.blockSignals(False)
        self.table.search_box.setText(record.name)
        # At once rather than after the typing pause, and even if the text was already there.
        self.model.set_search(record.name)
        self.model.reload()

    def _reveal_pending(self) -> None:
        # Namesakes may fill the first page: it can be on a later one, or gone.
        if self._pending_id is not None and self.table.select_or_fetch(self._pending_id):
            self._pending_id = None

    def _archived_toggled(self, shown: bool) -> None:
        self._filter.include_archived = shown
        self.model.reload()

    # -- selection and the overview ------------------------------------------------------------

    def _selected(self, row: CustomerRow | None) -> None:
        self.detail.show_customer(None if row is None else row.id)

    def _edit_shown(self) -> None:
        if self.detail.customer_id is not None:
            self.edit(self.detail.customer_id)

    def _statement_shown(self) -> None:
        overview = self.detail.overview
        if overview is not None:
            self.statement(overview.customer.id, overview.customer.name)

    def _archive_shown(self) -> None:
        overview = self.detail.overview
        if overview is None:
            return
        customer = overview.customer
        if customer.archived:
            self.restore(customer.id)
        else:
            self.archive(customer.id, customer.name)

    def _context_menu(self, row: CustomerRow, position: QPoint) -> None:
        menu = self.menu_for(row)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(position)

    def menu_for(self, row: CustomerRow) -> QMenu:
        """The actions on `row`, as its context menu offers them."""
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit(row.id))
        menu.addAction(self.tr("Statement PDF…"), lambda: self.statement(row.id, row.name))
        menu.addSeparator()
        if row.archived:
            menu.addAction(self.tr("Restore"), lambda: self.restore(row.id))
        else:
            menu.addAction(self.tr("Archive…"), lambda: self.archive(row.id, row.name))
        return menu

    # -- what the owner does to a customer -------------------------------------------------------

    def edit(self, customer_id: int) -> None:
        DbOp(self.context.operations, lambda session: get_customer(session, customer_id)).success(
            self._open_dialog
        ).failure(self._refused).run(self)

    def _open_dialog(self, record: CustomerRecord | None) -> None:
        if self.dialog is not None:
            return  # a double-click answered twice: one form is enough
        dialog = CustomerDialog(self.context.operations, self.context.clock, record, self)
        dialog.saved.connect(lambda saved: self.show_record(saved.id))
        self._show_dialog(dialog)

    def archive(self, customer_id: int, name: str) -> None:
        operations = self.context.operations
        today = self.context.clock.today()

        def archive_now() -> None:
            DbOp(
                operations,
                lambda session: archive_customer(session, customer_id, today=today),
                writes=True,
                changes={Change.CUSTOMERS},
            ).success(
                lambda _record: self._status(self.tr("{name} is archived.").format(name=name))
            ).failure(self._refused).run(self)

        confirm(
            self,
            self.tr("Archive a customer"),
            self.tr(
                "Archive {name}? They leave the everyday lists; their invoices and "
                "payments are kept, and you can restore them at any time."
            ).format(name=name),
            self.tr("Archive"),
            archive_now,
        )

    def restore(self, customer_id: int) -> None:
        today = self.context.clock.today()
        DbOp(
            self.context.operations,
            lambda session: restore_customer(session, customer_id, today=today),
            writes=True,
            changes={Change.CUSTOMERS},
        ).success(
            lambda record: self._status(self.tr("{name} is restored.").format(name=record.name))
        ).failure(self._refused).run(self)

    def statement(self, customer_id: int, name: str) -> None:
        if self.dialog is not None:
            return
        dialog = StatementDialog(
            self.context.operations,
            customer_id=customer_id,
            customer_name=name,
            today=self.context.clock.today(),
            parent=self,
        )
        dialog.written.connect(self._statement_written)
        self._show_dialog(dialog)

    def _statement_written(self, path: Path) -> None:
        self._status(self.tr("Statement written to {path}").format(path=path))

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- telling the owner ------------------------------------------------------------------------

    def _refused(self, error: KnownError) -> None:
        inform(self, self.tr("Customers"), error_text(error), warning=True)

    def _status(self, text: str) -> None:
        self.context.window.statusBar().showMessage(text, 10_000)
