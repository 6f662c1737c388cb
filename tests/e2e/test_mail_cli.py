"""`cadence mail …` as a user or the window runs it: the settings, the password in the
keyring, and a queued message sent to a real SMTP server that takes it only after a
login."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from cadence.cli import mail
from cadence.domain.messages import MessageKind
from cadence.domain.parties import Language
from cadence.services.company import save_company
from cadence.services.customers import create_customer
from cadence.services.mail_settings import MailSettingsData, get_mail_settings, save_mail_settings
from cadence.services.outbox import write_message
from cadence.store.database import open_database
from cadence.store.models import Customer, MessageStatus, SmtpSecurity

from ..services.conftest import COMPANY, CUSTOMER  # type: ignore[import-not-found]
from ..support_smtp import Mailbox, SmtpServer  # type: ignore[import-not-found]
from .conftest import CADENCE, Run  # type: ignore[import-not-found]

TODAY = date(2026, 11, 25)
LOGIN = ("factures", "mot de passe à 20 caractères")
SUPPORT = Path(__file__).parent.parent / "support_keyring.py"
NOTHING_DONE = {"event": "done", "sent": 0, "failed": 0, "retry": 0, "waiting": 0, "cancelled": 0}

Piped = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def mailbox() -> Mailbox:
    return Mailbox()


@pytest.fixture
def server(mailbox: Mailbox) -> Iterator[SmtpServer]:
    running = SmtpServer(mailbox, login=LOGIN)
    running.start()
    yield running
    running.stop()


@pytest.fixture
def keyring_file(environment: dict[str, str], tmp_path: Path) -> Path:
    """The `cadence` processes keep passwords in a file of the test's, never the system's."""
    backend = tmp_path / "backend"
    backend.mkdir()
    shutil.copy(SUPPORT, backend)
    stored = tmp_path / "keyring.json"
    environment.update(
        PYTHONPATH=str(backend),
        PYTHON_KEYRING_BACKEND="support_keyring.FileKeyring",
        CADENCE_TEST_KEYRING=str(stored),
    )
    return stored


@pytest.fixture
def piped(environment: dict[str, str], tmp_path: Path) -> Piped:
    """`cadence`, with `text` on its standard input."""

    def run(*args: str, text: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(CADENCE), *args],
            input=text,
            capture_output=True,
            text=True,
            env=environment,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )

    return run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A company with one customer, French, who has an address."""
    path = tmp_path / "cadence.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        save_company(session, COMPANY, today=TODAY)
        customer = dataclasses.replace(
            CUSTOMER, name="O'Brien & <Fils>", email="compta@obrien.fr", language=Language.FRENCH
        )
        create_customer(session, customer, today=TODAY)
    database.close()
    return path


def configure(path: Path, port: int) -> None:
    database = open_database(path)
    with database.transaction() as session:
        settings = MailSettingsData(
            host="127.0.0.1",
            port=port,
            security=SmtpSecurity.NONE,
            sender_address="factures@atelier-nuage.fr",
        )
        save_mail_settings(session, settings, today=TODAY)
    database.close()


def queue_message(path: Path, subject: str) -> None:
    """A message written the day before, as billing or a reminder would."""
    database = open_database(path)
    with database.transaction() as session:
        write_message(
            session,
            customer=session.scalars(select(Customer)).one(),
            kind=MessageKind.INVOICE,
            language=Language.FRENCH,
            subject=subject,
            body="Bonjour,\n\nVoici votre facture.",
            now=datetime(2026, 11, 24, 9, 0),
            settings=get_mail_settings(session),
        )
    database.close()


def events(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_set_up_then_send_the_outbox_with_the_password_from_the_keyring(
    cadence: Run,
    piped: Piped,
    db: Path,
    server: SmtpServer,
    mailbox: Mailbox,
    keyring_file: Path,
) -> None:
    configured = cadence(
        *("mail", "settings", "--db", str(db), "--host", "127.0.0.1"),
        *("--port", str(server.port), "--security", "none", "--user", LOGIN[0]),
        *("--sender", "factures@atelier-nuage.fr", "--sender-name", "Atelier Nuage"),
    )
    assert (configured.returncode, configured.stderr) == (0, "")
    assert configured.stdout == (
        f"Saved: e-mail goes through 127.0.0.1:{server.port} (none) "
        "from factures@atelier-nuage.fr\n"
    )

    stored = piped("mail", "password", "--db", str(db), text=LOGIN[1] + "\n")
    assert (stored.returncode, stored.stderr) == (0, "")
    assert json.loads(keyring_file.read_text()) == {"Cadence SMTP/factures@127.0.0.1": LOGIN[1]}

    queue_message(db, "Facture FA2026-00001")
    sent = cadence("mail", "send", "--db", str(db), "--events", "--today", "2026-11-25")
    assert (sent.returncode, sent.stderr) == (0, "")
    assert events(sent.stdout) == [
        {"event": "message", "id": 1, "outcome": "sent", "error": None},
        {"event": "done", "sent": 1, "failed": 0, "retry": 0, "waiting": 0, "cancelled": 0},
    ]
    [received] = mailbox.received
    assert received.rcpt_tos == ("compta@obrien.fr",)
    assert received.parsed()["Subject"] == "Facture FA2026-00001"
    assert received.parsed()["From"] == "Atelier Nuage <factures@atelier-nuage.fr>"

    again = cadence("mail", "send", "--db", str(db), "--events", "--today", "2026-11-25")
    assert events(again.stdout) == [NOTHING_DONE]
    assert len(mailbox.received) == 1

    listed = cadence("mail", "outbox", "--db", str(db), "--status", "sent", "--format", "json")
    [row] = json.loads(listed.stdout)
    assert (row["id"], row["status"], row["recipient"], row["attempts"]) == (
        1,
        "sent",
        "compta@obrien.fr",
        1,
    )

    forgotten = cadence("mail", "password", "--db", str(db), "--forget")
    assert forgotten.stdout == "Forgot the password of factures@127.0.0.1\n"
    assert json.loads(keyring_file.read_text()) == {}


def test_without_the_password_the_server_refuses_and_the_message_fails(
    cadence_in_process: Run, db: Path, server: SmtpServer, mailbox: Mailbox
) -> None:
    configure(db, server.port)  # no user name: Cadence does not log in
    queue_message(db, "Facture FA2026-00001")
    sent = cadence_in_process("mail", "send", "--db", str(db), "--events", "--today", "2026-11-25")
    assert sent.returncode == 0  # recorded, not a mistake of the command's
    message, done = events(sent.stdout)
    assert message == {
        "event": "message",
        "id": 1,
        "outcome": "failed",
        "error": "the mail server refused the message: 530 5.7.0 Authentication required",
        "reason": {
            "template": "the mail server refused the message: {reason}",
            "params": {"reason": "530 5.7.0 Authentication required"},
        },
    }
    assert done == {**NOTHING_DONE, "failed": 1}
    assert mailbox.received == []


def test_a_server_that_is_down_leaves_the_message_queued(
    cadence_in_process: Run, db: Path, server: SmtpServer
) -> None:
    configure(db, server.port)
    queue_message(db, "Facture FA2026-00001")
    server.stop()
    sent = cadence_in_process("mail", "send", "--db", str(db), "--today", "2026-11-25")
    assert sent.returncode == 0
    assert sent.stderr == (
        "cadence mail send: message 1: retry: the mail server 127.0.0.1 refused the "
        f"connection on port {server.port}: check the port\n"
    )
    assert sent.stdout == "sent 0, failed 0, to retry 1, waiting for a PDF 0, cancelled 0\n"
    listed = cadence_in_process("mail", "outbox", "--db", str(db), "--format", "csv")
    assert listed.stdout.splitlines()[1].split(",")[6:8] == ["queued", "1"]


def test_bad_input_is_one_line_and_exit_2(
    cadence_in_process: Run, db: Path, tmp_path: Path
) -> None:
    missing = cadence_in_process("mail", "send", "--db", str(tmp_path / "none.sqlite3"))
    assert (missing.returncode, missing.stdout) == (2, "")
    assert (
        missing.stderr == f"cadence mail: there is no Cadence database at {tmp_path}/none.sqlite3\n"
    )

    not_set_up = cadence_in_process("mail", "send", "--db", str(db))
    assert (not_set_up.returncode, not_set_up.stderr) == (
        2,
        "cadence mail: e-mail is not set up: enter your server in Settings ▸ E-mail first\n",
    )
    as_events = cadence_in_process("mail", "send", "--db", str(db), "--events")
    assert as_events.returncode == 2
    assert events(as_events.stdout) == [
        {
            "event": "refused",
            "template": "e-mail is not set up: enter your server in Settings ▸ E-mail first",
            "params": {},
        }
    ]

    bad_port = cadence_in_process(
        "mail", "settings", "--db", str(db), "--host", "smtp.example.com", "--port", "70000"
    )
    assert bad_port.returncode == 2
    # Every field named by its option, at once.
    assert bad_port.stderr == (
        "cadence mail: --port: the port is a number from 1 to 65535; "
        "--sender: enter the address your messages are sent from\n"
    )


def test_the_test_message_says_why_it_did_not_go(
    cadence_in_process: Run, db: Path, server: SmtpServer
) -> None:
    configure(db, server.port)
    server.stop()
    tried = cadence_in_process("mail", "test", "--db", str(db), "--to", "moi@atelier-nuage.fr")
    assert tried.returncode == 2
    assert tried.stderr == (
        f"cadence mail: the mail server 127.0.0.1 refused the connection on port {server.port}: "
        "check the port\n"
    )


def test_without_a_keyring_the_password_is_refused_plainly(
    piped: Piped, db: Path, environment: dict[str, str]
) -> None:
    configure(db, 2525)
    database = open_database(db)
    with database.transaction() as session:
        settings = dataclasses.replace(get_mail_settings(session), username="factures")
        save_mail_settings(session, settings, today=TODAY)
    database.close()
    environment["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    stored = piped("mail", "password", "--db", str(db), text="secret\n")
    assert stored.returncode == 2
    assert stored.stderr == (
        "cadence mail: this computer has no keyring to keep the e-mail password in "
        "(such as GNOME Keyring or KWallet), so Cadence cannot store it\n"
    )


def test_the_choices_written_out_are_the_models_values() -> None:
    assert tuple(MessageStatus) == mail.STATUSES
    assert tuple(SmtpSecurity) == mail.SECURITIES
