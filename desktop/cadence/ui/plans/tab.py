"""The Plans tab: the catalogue of plans, searchable and sortable, created, edited,
withdrawn from sale (archived) and restored."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.catalogue import BillingTiming
from cadence.domain.errors import KnownError
from cadence.services.catalogue import (
    ItemRecord,
    PlanRecord,
    PlanRow,
    archive_plan,
    get_plan_row,
    list_items,
    plan_rows,
    restore_plan,
)
from cadence.ui.customers.labels import MUTED
from cadence.ui.customers.prompts import confirm, inform
from cadence.ui.formatting import day, money, rate
from cadence.ui.messages import error_text
from cadence.ui.operations import Change, DbOp
from cadence.ui.plans.dialog import PlanDialog
from cadence.ui.plans.labels import billing_day, duration, every, renewal_summary
from cadence.ui.tab import AppContext, Tab
from cadence.ui.tables import ArchivedRows, Column, PagedModel, SearchableTable

AnyIndex = QModelIndex | QPersistentModelIndex


class PlanModel(PagedModel[PlanRow]):
    """Plans, archived ones greyed."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return QBrush(MUTED) if self.row(index.row()).plan.archived else None
        return super().data(index, role)


class PlansTab(Tab):
    """The plans on sale (and, on demand, those withdrawn), with their terms."""

    name = "plans"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._filter = ArchivedRows(plan_rows)
        self._pending_id: int | None = None  # show_record's plan, until it is loaded
        self.dialog: QDialog | None = None  # the dialog open on this tab, if any

        self.model = PlanModel(
            context.operations,
            self._columns(),
            self._filter,
            row_id=lambda row: row.plan.id,
            refresh_on={Change.CATALOGUE, Change.SUBSCRIPTIONS},
            default_sort="name",
        )
        self.table = SearchableTable(
            self.model,
            settings_key="plans",
            placeholder=self.tr("Search by plan, item or description…"),
        )
        self.table.set_row_id(lambda row: row.plan.id)
        self._first_time = not QSettings().contains("tables/plans/header")
        self.table.set_default_widths(
            (280, 150, 100, 60, 210, 75, 95, 150, 80, 100), whole=(2, 3, 8, 9)
        )

        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self._archived_toggled)
        self.new_button = QPushButton(self.tr("New plan…"))
        self.new_button.clicked.connect(self.create_new)
        toolbar = QHBoxLayout()
        # The table's search box joins the tab's toolbar: one line for the list's tools.
        toolbar.addWidget(self.table.search_box, 1)
        toolbar.addWidget(self.show_archived)
        toolbar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.table, 1)

        self.table.activated.connect(lambda row: self.edit(row.plan.id))
        self.table.context_menu_requested.connect(self._context_menu)
        self.model.loaded.connect(self._reveal_pending)
        self.table.sort_as_last_time(first_time=self._first_time)

    def _columns(self) -> Sequence[Column[PlanRow]]:
        def price(row: PlanRow) -> str:
            return money(row.plan.unit_price, row.plan.currency)

        def cycle(row: PlanRow) -> str:
            terms = row.plan.terms_of_billing
            parts = [
                every(terms.interval.count, terms.interval.unit),
                billing_day(terms.day_rule, terms.fixed_day),
                self.tr("in arrears") if terms.timing is BillingTiming.ARREARS else "",
            ]
            text = ", ".join(part for part in parts if part)
            return text[:1].upper() + text[1:]

        def subscribers(row: PlanRow) -> str:
            return str(row.running_subscriptions) if row.running_subscriptions else ""

        return [
            Column(self.tr("Plan"), lambda row: row.plan.name, "name"),
            Column(self.tr("Item"), lambda row: row.plan.item_name, "item"),
            Column(self.tr("Price excl. VAT"), price, "price", numeric=True),
            Column(self.tr("VAT"), lambda row: rate(row.plan.vat_rate), "vat_rate", numeric=True),
            Column(self.tr("Billed"), cycle, "cycle"),
            Column(
                self.tr("Trial"), lambda row: duration(row.plan.terms_of_billing.trial), "trial"
            ),
            Column(
                self.tr("Commitment"),
                lambda row: duration(row.plan.terms_of_billing.commitment),
                "commitment",
            ),
            Column(
                self.tr("Renewal"),
                lambda row: renewal_summary(
                    row.plan.terms_of_billing.renewal, row.plan.terms_of_billing.fixed_cycles
                ),
                "renewal",
            ),
            Column(
                self.tr("Subscribers"),
                subscribers,
                "subscribers",
                numeric=True,
                tooltip=lambda row: self.tr("Running subscriptions: {count}").format(
                    count=row.running_subscriptions
                ),
            ),
            Column(
                self.tr("On sale from"), lambda row: day(row.plan.available_from), "available_from"
            ),
        ]

    # -- what the window asks of every tab ------------------------------------------------

    def title(self) -> str:
        return self.tr("Plans")

    def create_new(self) -> None:
        self._load_form(None)

    def focus_search(self) -> None:
        self.table.focus_search()

    def archive_selected(self) -> None:
        row = self.table.current()
        if row is None:
            return
        if row.plan.archived:
            self._status(self.tr("{name} is already archived.").format(name=row.plan.name))
            return
        self.archive(row)

    def show_record(self, record_id: int) -> None:
        """Select the plan, clearing the search, and showing archived plans if it is one."""
        self._pending_id = record_id
        if self.table.select_id(record_id):
            self._pending_id = None
            return
        DbOp(self.context.operations, lambda session: get_plan_row(session, record_id)).success(
            self._reveal
        ).failure(self._refused).run(self)

    def save_state(self) -> None:
        self.table.save_header()

    # -- finding a plan --------------------------------------------------------------------------

    def _reveal(self, row: PlanRow) -> None:
        if row.plan.id != self._pending_id:
            return  # another plan was asked for since
        if row.plan.archived:
            self._filter.include_archived = True
            self.show_archived.blockSignals(True)
            self.show_archived.setChecked(True)
            self.show_archived.blockSignals(False)
        self.table.search_box.clear()
        self.model.set_search("")
        self.model.reload()

    def _reveal_pending(self) -> None:
        if self._pending_id is not None and self.table.select_or_fetch(self._pending_id):
            self._pending_id = None

    def _archived_toggled(self, shown: bool) -> None:
        self._filter.include_archived = shown
        self.model.reload()

    def _context_menu(self, row: PlanRow, position: QPoint) -> None:
        menu = self.menu_for(row)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(position)

    def menu_for(self, row: PlanRow) -> QMenu:
        """The actions on `row`, as its context menu offers them."""
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit(row.plan.id))
        menu.addSeparator()
        if row.plan.archived:
            menu.addAction(self.tr("Restore"), lambda: self.restore(row.plan.id))
        else:
            menu.addAction(self.tr("Archive…"), lambda: self.archive(row))
        return menu

    # -- what the owner does to a plan ------------------------------------------------------------

    def edit(self, plan_id: int) -> None:
        self._load_form(plan_id)

    def _load_form(self, plan_id: int | None) -> None:
        """The items to choose from, and the plan as it is now, then the form."""

        def load(session: Session) -> tuple[list[ItemRecord], PlanRow | None]:
            items = list_items(session, include_archived=True)
            return items, None if plan_id is None else get_plan_row(session, plan_id)

        DbOp(self.context.operations, load).success(
            lambda loaded: self._open_dialog(*loaded)
        ).failure(self._refused).run(self)

    def _open_dialog(self, items: list[ItemRecord], row: PlanRow | None) -> None:
        if self.dialog is not None:
            return  # a double-click answered twice: one form is enough
        dialog = PlanDialog(self.context.operations, self.context.clock, items, row, self)
        dialog.saved.connect(lambda saved: self.show_record(saved.id))
        self._show_dialog(dialog)

    def archive(self, row: PlanRow) -> None:
        plan = row.plan
        operations = self.context.operations
        today = self.context.clock.today()

        def archive_now() -> None:
            DbOp(
                operations,
                lambda session: archive_plan(session, plan.id, today=today),
                writes=True,
                changes={Change.CATALOGUE},
            ).success(self._archived).failure(self._refused).run(self)

        if row.running_subscriptions:
            consequence = self.tr(
                "Its {count} running subscription(s) go on as before; no new customer "
                "can subscribe to it."
            ).format(count=row.running_subscriptions)
        else:
            consequence = self.tr("No new customer can subscribe to it.")
        confirm(
            self,
            self.tr("Archive a plan"),
            self.tr("Withdraw {name} from sale? {consequence} You can restore it later.").format(
                name=plan.name, consequence=consequence
            ),
            self.tr("Archive"),
            archive_now,
        )

    def _archived(self, record: PlanRecord) -> None:
        self._status(self.tr("{name} is withdrawn from sale.").format(name=record.name))

    def restore(self, plan_id: int) -> None:
        today = self.context.clock.today()
        DbOp(
            self.context.operations,
            lambda session: restore_plan(session, plan_id, today=today),
            writes=True,
            changes={Change.CATALOGUE},
        ).success(
            lambda record: self._status(
                self.tr("{name} is on sale again.").format(name=record.name)
            )
        ).failure(self._refused).run(self)

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
        inform(self, self.tr("Plans"), error_text(error), warning=True)

    def _status(self, text: str) -> None:
        self.context.window.statusBar().showMessage(text, 10_000)
