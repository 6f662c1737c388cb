"""The Subscriptions tab: its table, filter, search, actions, and the window's shortcuts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from cadence.domain.lifecycle import CancellationReason, SubscriptionStatus
from cadence.services.lifecycle import CancelWhen, cancel_subscription
from cadence.services.subscriptions import get_subscription
from cadence.store.models import SubscriptionPause
from cadence.ui.main_window import MainWindow
from cadence.ui.operations import Operations
from cadence.ui.subscriptions.tab import SubscriptionsTab
from cadence.ui.subscriptions.table import STATUS_COLUMN, Show
from cadence.ui.subscriptions.wording import status_look

from .conftest import Navigator, Shop  # type: ignore[import-not-found]


def shown(tab: SubscriptionsTab, column: int) -> list[str]:
    model = tab.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_table_shows_each_subscription_in_words(tab: SubscriptionsTab) -> None:
    # Alphabetical, accents folded: Bruno, Chloé, Denis, Élodie.
    assert shown(tab, 0) == ["Bruno Martin", "Chloé Dupont", "Denis Moreau", "Élodie Lefèvre"]
    assert shown(tab, STATUS_COLUMN) == ["Paused", "Cancelled", "Active", "Active"]
    elodie = tab.model.index(3, 0)
    assert [tab.model.index(3, column).data() for column in range(1, 7)] == [
        "Box Thé Découverte",
        "1",
        "€24.90 / month",
        "Active",
        "10 Dec 2026",
        "€24.90",
    ]
    # The yearly plan brings a twelfth of its price each month; a pause brings nothing.
    assert shown(tab, 6) == ["€0.00", "€0.00", "€24.17", "€24.90"]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert tab.model.index(3, 6).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert elodie.data(Qt.ItemDataRole.TextAlignmentRole) is None  # names read from the left
    status = tab.model.index(0, STATUS_COLUMN)
    brush = status.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color() == status_look(SubscriptionStatus.PAUSED).background
    assert "until resumed" in status.data(Qt.ItemDataRole.ToolTipRole)
    why = tab.model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert why == "Paused: counts 0 while the pause lasts"


def test_sorting_by_monthly_revenue(tab: SubscriptionsTab, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tab.model.loaded):
        tab.table.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert shown(tab, 6)[:2] == ["€24.90", "€24.17"]


def test_the_status_filter_and_the_search(tab: SubscriptionsTab, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_filter.setCurrentIndex(tab.show_filter.findData(Show.RUNNING))
    assert shown(tab, 0) == ["Bruno Martin", "Denis Moreau", "Élodie Lefèvre"]
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_filter.setCurrentIndex(tab.show_filter.findData(Show.PAUSED))
    assert shown(tab, 0) == ["Bruno Martin"]
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_filter.setCurrentIndex(tab.show_filter.findData(Show.ALL))
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.keyClicks(tab.table.search_box, "caisse")  # a plan's name
    assert shown(tab, 0) == ["Denis Moreau"]
    tab.table.search_box.clear()
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.keyClicks(tab.table.search_box, "elodie")  # a customer, without the accent
    assert shown(tab, 0) == ["Élodie Lefèvre"]


@pytest.mark.parametrize(
    ("which", "enabled"),
    [
        ("active", {"change", "pause", "cancel"}),
        ("paused", {"change", "resume", "cancel"}),
        ("cancelled", {"archive"}),
    ],
)
def test_what_can_be_done_follows_the_status(
    tab: SubscriptionsTab, shop: Shop, which: str, enabled: set[str]
) -> None:
    assert tab.table.select_id(getattr(shop, which))
    actions = {
        "change": tab.change_action,
        "pause": tab.pause_action,
        "resume": tab.resume_action,
        "cancel": tab.cancel_action,
        "undo": tab.undo_action,
        "archive": tab.archive_action,
    }
    assert {name for name, action in actions.items() if action.isEnabled()} == enabled


def test_resume_ends_the_pause(
    tab: SubscriptionsTab, shop: Shop, operations: Operations, qtbot: QtBot
) -> None:
    assert tab.table.select_id(shop.paused)
    with qtbot.waitSignal(tab.model.loaded):
        tab.resume_action.trigger()
    assert shown(tab, STATUS_COLUMN)[0] == "Active"
    with operations.database.reading() as session:
        assert get_subscription(session, shop.paused).status is SubscriptionStatus.ACTIVE
        assert session.query(SubscriptionPause).count() == 0  # it started today: called off
    assert tab.context.window.statusBar().currentMessage() == "The planned pause is called off."


def test_undo_a_scheduled_cancellation(
    tab: SubscriptionsTab, shop: Shop, operations: Operations, qtbot: QtBot, today: date
) -> None:
    with operations.database.transaction() as session:
        cancel_subscription(
            session,
            subscription_id=shop.active,
            today=today,
            when=CancelWhen.PERIOD_END,
            reason=CancellationReason.OTHER,
        )
    with qtbot.waitSignal(tab.model.loaded):
        tab.model.reload()
    assert tab.table.select_id(shop.active)
    assert tab.undo_action.isEnabled()
    with qtbot.waitSignal(tab.model.loaded):
        tab.undo_action.trigger()
    with operations.database.reading() as session:
        assert get_subscription(session, shop.active).status is SubscriptionStatus.ACTIVE


def test_delete_archives_a_cancelled_subscription_after_asking(
    window: MainWindow,
    shop: Shop,
    operations: Operations,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = window.tab("subscriptions")
    assert isinstance(tab, SubscriptionsTab)
    asked: list[str] = []

    def answer(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert tab.table.select_id(shop.cancelled)
    tab.table.view.setFocus()
    with qtbot.waitSignal(tab.model.loaded):
        window.archive_action.trigger()  # the Delete key
    assert "Chloé Dupont" in asked[0]
    assert "Chloé Dupont" not in shown(tab, 0)
    with operations.database.reading() as session:
        assert get_subscription(session, shop.cancelled).archived
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_filter.setCurrentIndex(tab.show_filter.findData(Show.ARCHIVED))
    assert shown(tab, 0) == ["Chloé Dupont"]


def test_a_running_subscription_is_not_archived(
    tab: SubscriptionsTab, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args))
    assert tab.table.select_id(shop.active)
    tab.archive_selected()
    assert asked == []


def test_the_window_shortcuts_reach_the_tab(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.tab("subscriptions")
    assert isinstance(tab, SubscriptionsTab)
    window.search_action.trigger()  # Ctrl+F
    qtbot.waitUntil(tab.table.search_box.hasFocus)
    window.new_action.trigger()  # Ctrl+N
    assert tab.dialog is not None
    assert tab.dialog.windowTitle() == "New subscription"
    tab.dialog.reject()


def test_an_alert_opens_a_subscription_hidden_by_the_filter(
    tab: SubscriptionsTab, shop: Shop, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(tab.model.loaded):
        tab.show_filter.setCurrentIndex(tab.show_filter.findData(Show.PAUSED))
    tab.show_record(shop.committed)  # what the window does for an alert
    qtbot.waitUntil(lambda: tab.table.current() is not None)
    current = tab.table.current()
    assert current is not None
    assert current.id == shop.committed
    assert tab.show_filter.currentData() is Show.ALL
    assert tab.table.search_box.text() == "Denis Moreau"


def test_the_context_menu_offers_the_rows_actions(
    tab: SubscriptionsTab, shop: Shop, navigator: Navigator, qtbot: QtBot
) -> None:
    view = tab.table.view
    row = tab.model.index_of(shop.active)
    assert row is not None
    position = view.visualRect(tab.model.index(row, 0)).center()
    view.customContextMenuRequested.emit(position)  # a right click on Élodie's row
    menu = tab.findChild(QMenu)
    assert isinstance(menu, QMenu)
    texts = [
        action.text()
        for action in menu.actions()
        if action.isEnabled() and not action.isSeparator()
    ]
    assert texts == [
        "Change plan or quantity…",
        "Pause…",
        "Cancel subscription…",
        "Show the customer",
    ]
    tab.customer_action.trigger()
    assert navigator.opened == [("customers", shop.customers["Élodie Lefèvre"])]
    menu.close()
