"""Sending in the background: the runner reads what the command prints, refreshes the
views, never runs twice at once, stays quiet without e-mail set up, and the status
bar says what went. A short Python script stands in for `cadence mail send`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from cadence.services.mail_settings import MailSettingsData, save_mail_settings
from cadence.services.outbox import stored_error
from cadence.store.database import Database
from cadence.store.models import MessageStatus, OutboundMessage, SmtpSecurity
from cadence.ui.clock import FixedClock
from cadence.ui.main_window import MainWindow
from cadence.ui.operations import Operations
from cadence.ui.outbox.runner import MAIL_CHANGES, Command, MailOutcome, MailRunner
from cadence.ui.outbox.sender import MailSender
from cadence.ui.outbox.tab import MessagesTab
from cadence.ui.preferences import Preferences

from .conftest import REJECTED, TODAY, fill_outbox  # type: ignore[import-not-found]


def lines(*events: dict[str, object]) -> str:
    return "".join(f"print({json.dumps(json.dumps(event))})\n" for event in events)


REFUSAL = {
    "template": "the mail server refused the message: {reason}",
    "params": {"reason": REJECTED},
}
SENT_AND_FAILED = lines(
    {"event": "message", "id": 1, "outcome": "sent", "error": None},
    {
        "event": "message",
        "id": 2,
        "outcome": "failed",
        "error": f"the mail server refused the message: {REJECTED}",
        "reason": REFUSAL,
    },
    {"event": "message", "id": 3, "outcome": "sent"},
    {"event": "done", "sent": 2, "failed": 1, "retry": 0, "waiting": 0, "cancelled": 0},
)
NOTHING = lines({"event": "done", "sent": 0, "failed": 0, "retry": 0, "waiting": 0, "cancelled": 0})
# As the real command says it: a "refused" line, a line on stderr, exit 2.
NOT_SET_UP = (
    lines(
        {
            "event": "refused",
            "template": "e-mail is not set up: enter your server in Settings ▸ E-mail first",
            "params": {},
        }
    )
    + "import sys\n"
    + "print('cadence mail: e-mail is not set up', file=sys.stderr)\n"
    + "sys.exit(2)\n"
)
# Waits for a line on its standard input: the test says when the run ends.
HELD = "import sys\nsys.stdin.readline()\n" + NOTHING
CRASH = "raise RuntimeError('the disk is full')\n"


def script(code: str) -> Command:
    def command(database: Path, today: date) -> list[str]:
        assert database.name == "cadence.sqlite3"
        assert today == TODAY
        return [sys.executable, "-c", code]

    return command


@pytest.fixture
def window(
    operations: Operations, clock: FixedClock, preferences: Preferences, qtbot: QtBot
) -> Iterator[MainWindow]:
    window = MainWindow(operations, clock, preferences, tabs=[MessagesTab])
    qtbot.addWidget(window)
    yield window
    qtbot.waitUntil(lambda: operations.pending == 0)


def messages_tab(window: MainWindow) -> MessagesTab:
    tab = window.tab("messages")
    assert isinstance(tab, MessagesTab)
    return tab


def test_a_run_says_what_went_and_the_views_look_again(
    window: MainWindow, operations: Operations, qtbot: QtBot
) -> None:
    runner = MailRunner(window.context, command=script(SENT_AND_FAILED))
    with (
        qtbot.waitSignal(runner.finished, timeout=20_000) as finished,
        qtbot.waitSignal(operations.changed) as changed,
    ):
        assert runner.run_now()
        assert runner.running
    assert finished.args[0] == MailOutcome(
        sent=2, failed=1, errors=(f"the mail server refused the message: {REJECTED}",)
    )
    assert changed.args == [MAIL_CHANGES, runner]
    assert not runner.running


def test_a_run_that_sent_nothing_refreshes_nothing(
    window: MainWindow, operations: Operations, qtbot: QtBot
) -> None:
    runner = MailRunner(window.context, command=script(NOTHING))
    changes: list[object] = []
    operations.changed.connect(lambda kinds, _initiator: changes.append(kinds))
    with qtbot.waitSignal(runner.finished, timeout=20_000) as finished:
        runner.run_now()
    assert not finished.args[0].anything
    assert changes == []


def test_never_two_runs_at_once_and_the_one_asked_for_follows(
    window: MainWindow, qtbot: QtBot
) -> None:
    runner = MailRunner(window.context, command=script(HELD))
    starts: list[bool] = []
    runner.started.connect(lambda: starts.append(True))
    assert runner.run_now()
    assert not runner.run_now()  # one is on: another follows it, once
    assert not runner.run_now()
    assert runner.follows
    assert len(starts) == 1

    def release() -> None:
        def started() -> list[QProcess]:
            return [
                process
                for process in runner.findChildren(QProcess)
                if process.state() is QProcess.ProcessState.Running
            ]

        qtbot.waitUntil(lambda: len(started()) == 1, timeout=20_000)
        started()[0].write(b"go\n")

    with qtbot.waitSignal(runner.finished, timeout=20_000):
        release()
    assert len(starts) == 2  # the one asked for meanwhile
    assert runner.running
    assert not runner.follows
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        release()
    assert len(starts) == 2
    assert not runner.running


def test_without_email_set_up_it_stays_quiet_unless_asked(
    window: MainWindow, operations: Operations, qtbot: QtBot
) -> None:
    tab = messages_tab(window)
    sender = MailSender(window, tab, command=script(NOT_SET_UP))
    crashes: list[str] = []
    operations.crashed.connect(lambda summary, _details: crashes.append(summary))
    window.show_status("Billing checked at 09:00")
    with qtbot.waitSignal(sender.runner.refused, timeout=20_000):
        sender.runner.run_now()  # as the timer does
    assert window.status_message.text() == "Billing checked at 09:00"
    assert crashes == []

    with qtbot.waitSignal(sender.runner.started):
        tab.send_queued_button.click()
    assert not tab.send_queued_button.isEnabled()
    with qtbot.waitSignal(sender.runner.refused, timeout=20_000):
        pass
    assert window.status_message.text() == (
        "Nothing was sent: e-mail is not set up: enter your server in Settings ▸ E-mail first"
    )
    assert tab.send_queued_button.isEnabled()
    assert crashes == []


def test_the_status_bar_says_what_went(window: MainWindow, qtbot: QtBot) -> None:
    sender = MailSender(window, messages_tab(window), command=script(SENT_AND_FAILED))
    with qtbot.waitSignal(sender.runner.finished, timeout=20_000):
        sender.runner.run_now()
    assert window.status_message.text() == ("2 message(s) sent, 1 not delivered — see Messages")


def test_a_crash_is_reported_once_not_every_two_minutes(
    window: MainWindow, operations: Operations, qtbot: QtBot
) -> None:
    sender = MailSender(window, messages_tab(window), command=script(CRASH))
    operations.crashed.disconnect(window.show_crash)  # a dialog that waits for a click
    crashes: list[str] = []
    operations.crashed.connect(lambda summary, _details: crashes.append(summary))
    for _ in range(2):
        with qtbot.waitSignal(sender.runner.failed, timeout=20_000):
            sender.runner.run_now()
    assert crashes == ["RuntimeError: the disk is full"]
    assert window.status_message.text() == "Sending stopped: RuntimeError: the disk is full"


def test_a_scheduled_run_starts_only_when_a_message_is_due(
    window: MainWindow,
    operations: Operations,
    database: Database,
    clock: FixedClock,
    qtbot: QtBot,
) -> None:
    runner = MailRunner(window.context, command=script(NOTHING))
    starts: list[bool] = []
    runner.started.connect(lambda: starts.append(True))
    runner.run_if_due()  # an empty outbox
    qtbot.waitUntil(lambda: operations.pending == 0)
    assert starts == []

    fill_outbox(database, clock.today())  # one message queued at 09:00, due now
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        runner.run_if_due()
    assert starts == [True]


def test_the_timer_runs_every_two_minutes(window: MainWindow) -> None:
    sender = MailSender(window, messages_tab(window), command=script(NOTHING))
    sender.start()
    assert sender.runner.timer.isActive()
    assert sender.runner.timer.interval() == 2 * 60_000
    sender.stop()
    assert not sender.runner.timer.isActive()


def test_the_real_command_tries_what_is_queued_and_the_views_follow(
    window: MainWindow, operations: Operations, database: Database, qtbot: QtBot
) -> None:
    outbox = fill_outbox(database, TODAY)
    with database.transaction() as session:
        # A server that is not there: the connection is refused at once, nothing leaves.
        server = MailSettingsData(
            host="127.0.0.1",
            port=1,
            security=SmtpSecurity.NONE,
            sender_address="factures@atelier-nuage.fr",
        )
        save_mail_settings(session, server, today=TODAY)
        queued = session.get_one(OutboundMessage, outbox.ids["queued"])
        queued.next_attempt_at = datetime(2026, 11, 24, 0, 0)  # due whatever the time
    sender = MailSender(window, messages_tab(window))
    with (
        qtbot.waitSignal(sender.runner.finished, timeout=60_000) as finished,
        qtbot.waitSignal(operations.changed, timeout=60_000) as changed,
    ):
        sender.send_now()
    assert finished.args[0] == MailOutcome(retry=1)
    assert changed.args[0] == MAIL_CHANGES
    assert window.status_message.text() == "1 to try again later — see Messages"
    with database.reading() as session:
        queued = session.get_one(OutboundMessage, outbox.ids["queued"])
        assert queued.status is MessageStatus.QUEUED
        assert queued.attempts == 1
        assert "127.0.0.1 refused the connection" in str(stored_error(queued.last_error or ""))


def test_closing_the_window_stops_the_run_without_a_word(
    window: MainWindow, operations: Operations, qtbot: QtBot
) -> None:
    runner = MailRunner(window.context, command=script(HELD))
    crashes: list[str] = []
    operations.crashed.connect(lambda summary, _details: crashes.append(summary))
    runner.timer.start()
    runner.run_now()
    runner.stop(0)  # no time left: the run is killed
    assert not runner.running
    assert not runner.timer.isActive()
    assert not runner.run_now()  # none after
    assert crashes == []
