"""A real SMTP server on 127.0.0.1 for the tests (aiosmtpd), keeping what it received.

It listens on a port of its own, can be stopped and started again on that same port
(the mail server went down, then came back), refuses the addresses a test names with
the reply the test gives, and takes messages only after a login when given one to expect.
"""

from __future__ import annotations

import email
import email.policy
import socket
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass(frozen=True)
class Received:
    """One message as the server took it: the envelope and the bytes."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes

    def parsed(self) -> EmailMessage:
        message = email.message_from_bytes(self.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        return message


@dataclass
class Mailbox:
    """The server's handler: takes every message, except to the addresses in `refused`."""

    received: list[Received] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # address → the server's reply
    login_required: bool = False

    async def handle_RCPT(  # noqa: N802 - the name aiosmtpd calls
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refused:
            return self.refused[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - the name aiosmtpd calls
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        if self.login_required and not session.authenticated:
            return "530 5.7.0 Authentication required"
        self.received.append(
            Received(envelope.mail_from, tuple(envelope.rcpt_tos), bytes(envelope.original_content))
        )
        return "250 Message accepted for delivery"


def free_port() -> int:
    """A port nothing listens on now: the system's pick for a socket bound to port 0."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


class SmtpServer:
    """The server on one port; `start()` again after `stop()` listens on the same one."""

    def __init__(self, mailbox: Mailbox, *, login: tuple[str, str] | None = None) -> None:
        self.mailbox = mailbox
        self.port = free_port()
        self.login = login
        mailbox.login_required = login is not None
        self._controller: Controller | None = None

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        expected = self.login
        given = (
            (auth_data.login.decode(), auth_data.password.decode())
            if isinstance(auth_data, LoginPassword)
            else None
        )
        # handled=False: aiosmtpd answers a refusal with its 535 (else it says nothing).
        return AuthResult(success=expected is not None and given == expected, handled=False)

    def start(self) -> None:
        options: dict[str, Any] = {}
        if self.login is not None:
            # Plain-text login on the loopback, as the tests have no certificate.
            options = {"authenticator": self._authenticate, "auth_require_tls": False}
        # A new controller each time: a stopped one cannot start again.
        self._controller = Controller(
            self.mailbox, hostname="127.0.0.1", port=self.port, ready_timeout=10, **options
        )
        self._controller.start()  # returns once the server answers

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
