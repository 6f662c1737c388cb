"""The Subscriptions tab: the table, its filter and actions, and the selected one's history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSettings, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.lifecycle import FINISHED_STATUSES, LIVE_STATUSES, SubscriptionStatus
from cadence.services.lifecycle import (
    CancellationResult,
    ChangePreview,
    Resumption,
    resume_subscription,
    undo_cancellation,
)
from cadence.services.subscriptions import (
    SubscriptionRecord,
    SubscriptionRow,
    archive_subscription,
    get_subscription,
)
from cadence.ui.formatting import day
from cadence.ui.operations import Change, DbOp
from cadence.ui.subscriptions.cancel_dialog import CancelDialog
from cadence.ui.subscriptions.change_dialog import ChangeDialog
from cadence.ui.subscriptions.detail import DetailPane
from cadence.ui.subscriptions.export_dialog import Exported, ExportSubscribersDialog
from cadence.ui.subscriptions.new_dialog import NewSubscriptionDialog
from cadence.ui.subscriptions.pause_dialog import PauseDialog
from cadence.ui.subscriptions.table import Show, SubscriptionsModel, show_text
from cadence.ui.subscriptions.wording import last_day
from cadence.ui.tab import AppContext, Tab, restore_splitter, save_splitter
from cadence.ui.tables import SearchableTable

STATUS_MESSAGE_MS = 8000
_SPLITTER_KEY = "tabs/subscriptions/splitter"
# Widths in proportion, for French words and amounts at the default font; the owner's
# own widths, once changed, are remembered instead.
_COLUMN_WIDTHS = (260, 240, 75, 150, 170, 110, 120)


class SubscriptionsTab(Tab):
    """Every subscription, filtered by status and searched by customer or plan; create,
    change, pause, resume, cancel and archive them; read each one's invoices and events."""

    name = "subscriptions"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: QDialog | None = None  # the dialog open, if any (tests reach it here)
        self._pending_select: int | None = None  # revealed: select it once its rows arrive
        self._new_row: int | None = None  # created: select it in the reload that follows
        operations = context.operations

        self.model = SubscriptionsModel(operations, context.clock)
        self.table: SearchableTable[SubscriptionRow] = SearchableTable(
            self.model,
            settings_key="subscriptions",
            placeholder=self.tr("Search a customer (name, e-mail, city…) or a plan"),
        )
        self.table.set_row_id(lambda row: row.id)
        self.table.set_default_widths(_COLUMN_WIDTHS, whole=(2, 3, 5, 6))
        if not QSettings().contains("tables/subscriptions/header"):
            # Qt starts a sortable view descending: customers from A, as a reader expects.
            self.table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selected.connect(self._selected)
        self.table.context_menu_requested.connect(self._context_menu)
        self.model.loaded.connect(self._loaded)

        self.show_filter = QComboBox()
        for show in Show:
            self.show_filter.addItem(show_text(show), show)
        self.show_filter.currentIndexChanged.connect(self._filter_changed)

        self.new_action = self._action(self.tr("New subscription…"), self.create_new)
        self.change_action = self._action(self.tr("Change plan or quantity…"), self.change_selected)
        self.pause_action = self._action(self.tr("Pause…"), self.pause_selected)
        self.resume_action = self._action(self.tr("Resume"), self.resume_selected)
        self.cancel_action = self._action(self.tr("Cancel subscription…"), self.cancel_selected)
        self.undo_action = self._action(self.tr("Undo cancellation"), self.undo_selected)
        self.archive_action = self._action(self.tr("Archive…"), self.archive_selected)
        self.customer_action = self._action(self.tr("Show the customer"), self._open_customer)
        self.export_action = self._action(self.tr("Export subscribers…"), self.export_subscribers)

        buttons = QHBoxLayout()
        for action in (
            self.new_action,
            self.change_action,
            self.pause_action,
            self.resume_action,
            self.cancel_action,
            self.undo_action,
            self.archive_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        # The filter beside the search, as on the other tabs: the actions keep the whole
        # line, which the longer French words need on a laptop.
        search = QHBoxLayout()
        search.addWidget(self.table.search_box, 1)
        search.addWidget(QLabel(self.tr("Show")))
        search.addWidget(self.show_filter)
        export_button = QToolButton()
        export_button.setDefaultAction(self.export_action)
        export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        search.addWidget(export_button)

        self.detail = DetailPane(operations, context.clock)
        self.detail.invoice_activated.connect(
            lambda invoice_id: context.navigator.open_record("invoices", invoice_id)
        )
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # About fifteen rows above, and room for a subscription's story below.
        restore_splitter(self.splitter, _SPLITTER_KEY, [440, 260])

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(search)
        layout.addWidget(self.splitter)
        self._selected(None)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # buttons show the icon text, which drops the "…"
        action.triggered.connect(slot)
        return action

    def title(self) -> str:
        return self.tr("Subscriptions")

    # -- what the window asks --------------------------------------------------------

    def create_new(self) -> None:
        dialog = NewSubscriptionDialog(self.context.operations, self.context.clock, self)
        dialog.created.connect(self._created)
        self._open(dialog)

    def export_subscribers(self) -> None:
        dialog = ExportSubscribersDialog(self.context.operations, self.context.clock, self)
        dialog.exported.connect(self._exported)
        self._open(dialog)

    def focus_search(self) -> None:
        self.table.focus_search()

    def archive_selected(self) -> None:
        row = self.table.current()
        if row is None or not self.archive_action.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Archive the subscription"),
            self.tr(
                "Archive the subscription of {customer} to {plan}? It leaves this list "
                "(choose “Archived” to see it again); its invoices are kept."
            ).format(customer=row.customer_name, plan=row.plan_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        subscription_id, today = row.id, self.context.clock.today()
        DbOp(
            self.context.operations,
            lambda session: archive_subscription(session, subscription_id, today=today),
            writes=True,
            changes={Change.SUBSCRIPTIONS},
        ).success(
            lambda record: self._say(
                self.tr("The subscription of {customer} is archived.").format(
                    customer=record.customer_name
                )
            )
        ).run(self)

    def show_record(self, record_id: int) -> None:
        if self.table.select_id(record_id):
            return
        # Not among the rows loaded: narrow the list to its customer, then select it.
        DbOp(self.context.operations, lambda session: get_subscription(session, record_id)).success(
            self._reveal
        ).run(self)

    def save_state(self) -> None:
        self.table.save_header()
        save_splitter(self.splitter, _SPLITTER_KEY)

    # -- the row's actions ---------------------------------------------------------------

    def change_selected(self) -> None:
        row = self.table.current()
        if row is not None and self.change_action.isEnabled():
            dialog = ChangeDialog(self.context.operations, self.context.clock, row, self)
            dialog.changed.connect(self._changed)
            self._open(dialog)

    def pause_selected(self) -> None:
        row = self.table.current()
        if row is not None and self.pause_action.isEnabled():
            dialog = PauseDialog(self.context.operations, self.context.clock, row, self)
            dialog.paused.connect(
                lambda pause: self._say(
                    self.tr("The subscription is paused from {day}.").format(day=day(pause.start))
                )
            )
            self._open(dialog)

    def cancel_selected(self) -> None:
        row = self.table.current()
        if row is not None and self.cancel_action.isEnabled():
            dialog = CancelDialog(self.context.operations, self.context.clock, row, self)
            dialog.cancelled.connect(self._cancelled)
            self._open(dialog)

    def resume_selected(self) -> None:
        row = self.table.current()
        if row is None or not self.resume_action.isEnabled():
            return
        subscription_id, today = row.id, self.context.clock.today()
        DbOp(
            self.context.operations,
            lambda session: resume_subscription(
                session, subscription_id=subscription_id, today=today
            ),
            writes=True,
            changes={Change.SUBSCRIPTIONS},
        ).success(self._resumed).run(self)

    def undo_selected(self) -> None:
        row = self.table.current()
        if row is None or not self.undo_action.isEnabled():
            return
        subscription_id, today = row.id, self.context.clock.today()
        DbOp(
            self.context.operations,
            lambda session: undo_cancellation(
                session, subscription_id=subscription_id, today=today
            ),
            writes=True,
            changes={Change.SUBSCRIPTIONS},
        ).success(
            lambda _status: self._say(
                self.tr("The cancellation is undone: the subscription goes on.")
            )
        ).run(self)

    # -- reacting -------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _say(self, text: str) -> None:
        self.context.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _created(self, record: SubscriptionRecord) -> None:
        self._say(
            self.tr("{customer} is subscribed to {plan}.").format(
                customer=record.customer_name, plan=record.plan_name
            )
        )
        # The table is reloading already (the creation changed subscriptions).
        self._new_row = record.id

    def _changed(self, preview: ChangePreview) -> None:
        self._say(
            self.tr("The change is saved; it applies from {day}.").format(
                day=day(preview.effective_on)
            )
        )

    def _cancelled(self, result: CancellationResult) -> None:
        if result.status is SubscriptionStatus.CANCELLED:
            text = self.tr("The subscription is cancelled; its last day of service was {day}.")
        else:
            text = self.tr("The cancellation is scheduled; the last day of service is {day}.")
        text = text.format(day=last_day(result.effective_on))
        documents = ", ".join(document.number for document in result.documents)
        if documents:
            text = self.tr("{text} Issued: {documents}.").format(text=text, documents=documents)
        self._say(text)

    def _exported(self, exported: Exported) -> None:
        self._say(
            self.tr("%n subscription(s) exported to {path}.", "", exported.count).format(
                path=exported.path
            )
        )

    def _resumed(self, resumption: Resumption) -> None:
        if resumption.called_off:
            self._say(self.tr("The planned pause is called off."))
        else:
            self._say(
                self.tr("The service resumes on {day}.").format(day=day(resumption.resumes_on))
            )

    def _filter_changed(self) -> None:
        show = self.show_filter.currentData()
        if isinstance(show, Show):
            self.model.set_filter(show)

    def _reveal(self, record: SubscriptionRecord) -> None:
        self._pending_select = record.id
        wanted = Show.ARCHIVED if record.archived else Show.ALL
        # The filter says what is shown; its signal would ask for the rows a second time.
        with QSignalBlocker(self.show_filter):
            self.show_filter.setCurrentIndex(self.show_filter.findData(wanted))
        # After the typing pause, the search box asks for this same search: nothing more.
        self.table.search_box.setText(record.customer_name)
        self.model.show(wanted, record.customer_name.strip())

    def _loaded(self) -> None:
        if self._pending_select is not None and self.table.select_id(self._pending_select):
            self._pending_select = None
        if self._new_row is not None:
            new_row, self._new_row = self._new_row, None
            self.show_record(new_row)  # narrows the list to it if it is not among the rows

    def _selected(self, row: SubscriptionRow | None) -> None:
        self.detail.show_subscription(row.id if row is not None else None)
        live = row is not None and row.status in LIVE_STATUSES and not row.archived
        today = self.context.clock.today()
        self.change_action.setEnabled(live)
        self.cancel_action.setEnabled(live)
        self.pause_action.setEnabled(
            live
            and row is not None
            and row.status is not SubscriptionStatus.TRIAL
            and row.pause is None
        )
        planned_pause = row.pause if row is not None and live else None
        self.resume_action.setEnabled(planned_pause is not None)
        resume_text = (
            self.tr("Call off the planned pause")
            if planned_pause is not None and planned_pause.start > today
            else self.tr("Resume")
        )
        self.resume_action.setText(resume_text)
        self.resume_action.setIconText(resume_text)
        self.undo_action.setEnabled(
            live and row is not None and row.cancellation_effective_on is not None
        )
        self.archive_action.setEnabled(
            row is not None and row.status in FINISHED_STATUSES and not row.archived
        )
        self.customer_action.setEnabled(row is not None)

    def _context_menu(self, row: SubscriptionRow, position: QPoint) -> None:
        menu = QMenu(self)
        for action in (
            self.change_action,
            self.pause_action,
            self.resume_action,
            self.cancel_action,
            self.undo_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.customer_action)
        menu.addAction(self.archive_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(position)

    def _open_customer(self) -> None:
        row = self.table.current()
        if row is not None:
            self.context.navigator.open_record("customers", row.customer_id)
