"""Exporting subscribers: choosing them with a live count, then the CSV written off the
GUI thread, and what is wrong said in the dialog."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cadence.domain.lifecycle import SubscriptionStatus
from cadence.domain.parties import Language
from cadence.ui.subscriptions.export_dialog import ExportSubscribersDialog, default_file_name
from cadence.ui.subscriptions.tab import SubscriptionsTab
from cadence.ui.subscriptions.widgets import set_date

from .conftest import Shop  # type: ignore[import-not-found]


def opened(tab: SubscriptionsTab, qtbot: QtBot) -> ExportSubscribersDialog:
    tab.export_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, ExportSubscribersDialog)
    # Every plan, every running status: the cancelled subscription is left out.
    qtbot.waitUntil(lambda: dialog.count.text() == "3 subscription(s)")
    return dialog


def recounted(dialog: ExportSubscribersDialog, qtbot: QtBot, change: object) -> int:
    """The count once the change (a callable) is made."""
    assert callable(change)
    with qtbot.waitSignal(dialog.counted) as counted:
        change()
    (size,) = counted.args
    assert dialog.count.text() == f"{size} subscription(s)"
    return int(size)


def tick_plan(dialog: ExportSubscribersDialog, name: str) -> None:
    (item,) = dialog.plans.findItems(name, Qt.MatchFlag.MatchExactly)
    item.setCheckState(Qt.CheckState.Checked)


def test_the_count_follows_the_plans_and_statuses_ticked(
    tab: SubscriptionsTab, qtbot: QtBot
) -> None:
    dialog = opened(tab, qtbot)
    assert dialog.plans.count() == 3
    assert recounted(dialog, qtbot, lambda: tick_plan(dialog, "Caisse Pro annuel")) == 1
    assert recounted(dialog, qtbot, lambda: tick_plan(dialog, "Box Thé Découverte")) == 3
    statuses = dialog.statuses
    assert recounted(dialog, qtbot, lambda: statuses[SubscriptionStatus.PAUSED].toggle()) == 2

    def only_cancelled() -> None:
        for status, box in statuses.items():
            box.setChecked(status is SubscriptionStatus.CANCELLED)

    assert recounted(dialog, qtbot, only_cancelled) == 1


def test_the_renewal_window_and_the_export_to_a_file(
    tab: SubscriptionsTab, shop: Shop, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = opened(tab, qtbot)
    assert Path(dialog.path.text()).name == "subscribers-2026-11-25.csv"

    def early_december() -> None:
        set_date(dialog.renews_from, date(2026, 12, 1))
        set_date(dialog.renews_to, date(2026, 12, 10))
        dialog.renews_between.setChecked(True)

    # Élodie's box renews on 10 Dec, the last day of the window; Bruno's on 25 Dec;
    # Denis's commitment runs to October 2027.
    assert recounted(dialog, qtbot, early_december) == 1
    dialog.path.setText(str(tmp_path / "renouvellements"))  # .csv is added
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as exported:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    written = tmp_path / "renouvellements.csv"
    assert exported.args[0].path == written
    content = written.read_bytes()
    assert content.startswith(b"\xef\xbb\xbfCustomer,")  # the interface is in English here
    _header, *rows = csv.reader(io.StringIO(content.decode("utf-8-sig")))
    assert [(row[0], row[7], row[10]) for row in rows] == [
        ("Élodie Lefèvre", "Box Thé Découverte", "2026-12-10")
    ]
    assert tab.dialog is None
    assert tab.context.window.statusBar().currentMessage() == (
        f"1 subscription(s) exported to {written}."
    )


def test_a_window_that_ends_before_it_starts_is_said_under_it(
    tab: SubscriptionsTab, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = opened(tab, qtbot)
    set_date(dialog.renews_from, date(2026, 12, 31))
    set_date(dialog.renews_to, date(2026, 12, 1))
    dialog.renews_between.setChecked(True)
    qtbot.waitUntil(lambda: dialog.errors.message_for("renews_to") != "")
    assert "must end on or after its start, 31 Dec 2026" in dialog.errors.message_for("renews_to")
    assert dialog.count.text() == "—"
    target = tmp_path / "segment.csv"
    dialog.path.setText(str(target))
    operations = tab.context.operations
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert "31 Dec 2026" in dialog.errors.message_for("renews_to")
    assert dialog.isVisible()
    assert dialog.confirm.isEnabled()  # to try again once the window is right
    assert not target.exists()


def test_a_folder_is_no_file_to_write(tab: SubscriptionsTab, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = opened(tab, qtbot)
    (tmp_path / "exports.csv").mkdir()
    dialog.path.setText(str(tmp_path / "exports.csv"))
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert "is a folder" in dialog.errors.message_for("path")
    assert tab.context.operations.pending == 0  # nothing was asked of the database


def test_the_default_file_name_is_in_the_interface_language() -> None:
    day = date(2026, 12, 4)
    assert default_file_name(day, Language.FRENCH) == "abonnes-2026-12-04.csv"
    assert default_file_name(day, Language.ENGLISH) == "subscribers-2026-12-04.csv"
