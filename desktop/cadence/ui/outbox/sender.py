"""Sending in the window: the runner's timer, a run after each billing run and when the
owner asks from the Messages tab, and a line on the status bar when something went."""

from __future__ import annotations

from PySide6.QtCore import QObject

from cadence.ui.main_window import MainWindow
from cadence.ui.outbox.runner import Command, MailOutcome, MailRunner, send_command
from cadence.ui.outbox.tab import MessagesTab

# Closing the window waits this long for a run to hand over its current message.
CLOSE_WAIT_MS = 20_000


class MailSender(QObject):
    """Drives the mail runner from the window and reports on its status bar."""

    def __init__(
        self, window: MainWindow, tab: MessagesTab, *, command: Command = send_command
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tab = tab
        self._asked = False  # the owner asked: they hear the outcome, even "nothing"
        self.runner = MailRunner(window.context, self, command=command)
        self.runner.started.connect(lambda: tab.set_sending(True))
        self.runner.finished.connect(self._finished)
        self.runner.refused.connect(self._refused)
        self.runner.failed.connect(self._failed)
        tab.send_queued_requested.connect(self.send_now)

    def start(self) -> None:
        """Send what is due now, then every two minutes."""
        self.runner.timer.start()
        self.runner.run_if_due()

    def send_now(self) -> None:
        self._asked = True
        self.runner.run_now()

    def after_billing(self, _outcome: object) -> None:
        """A billing run may have written messages (the invoices' e-mails)."""
        self.runner.run_if_due()

    def stop(self) -> None:
        self.runner.stop(CLOSE_WAIT_MS)

    def _ended(self) -> bool:
        """A run is over: whether the owner asked for it (if another follows, the
        owner's request is that one's)."""
        if self.runner.follows:
            return False
        asked, self._asked = self._asked, False
        self._tab.set_sending(False)
        return asked

    def _finished(self, outcome: MailOutcome) -> None:
        asked = self._ended()
        if not outcome.anything:
            if asked:
                self._window.show_status(self.tr("No message was waiting to go."))
            return
        parts = []
        if outcome.sent:
            parts.append(self.tr("%n message(s) sent", "", outcome.sent))
        if outcome.failed:
            parts.append(self.tr("%n not delivered", "", outcome.failed))
        if outcome.retry:
            parts.append(self.tr("%n to try again later", "", outcome.retry))
        if outcome.waiting:
            parts.append(self.tr("%n waiting for their PDF", "", outcome.waiting))
        if outcome.cancelled:
            parts.append(self.tr("%n no longer needed", "", outcome.cancelled))
        text = ", ".join(parts)
        if outcome.failed or outcome.retry:
            text = self.tr("{outcome} — see Messages").format(outcome=text)
        self._window.show_status(text)

    def _refused(self, reason: str) -> None:
        if self._ended():
            self._window.show_status(self.tr("Nothing was sent: {reason}").format(reason=reason))

    def _failed(self, reason: str) -> None:
        self._ended()
        self._window.show_status(self.tr("Sending stopped: {reason}").format(reason=reason))
