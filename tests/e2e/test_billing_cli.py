"""Billing from the command line, as a script would drive every lifecycle path."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from .conftest import CADENCE, Run  # type: ignore[import-not-found]

SETUP = [
    [
        "company",
        "set",
        "--legal-name",
        "Atelier Nuage SAS",
        "--address",
        "12 rue de la Charité",
        "--postal-code",
        "69002",
        "--city",
        "Lyon",
        "--siren",
        "732829320",
        "--vat-number",
        "FR44732829320",
    ],
    [
        "customer",
        "add",
        "--name",
        "Élodie Lefèvre",
        "--address",
        "3 place Bellecour",
        "--postal-code",
        "69002",
        "--city",
        "Lyon",
    ],
    ["item", "add", "--name", "Logiciel de caisse"],
    [
        "plan",
        "add",
        "--name",
        "Caisse",
        "--item",
        "1",
        "--price",
        "29",
        "--every",
        "month",
        "--available-from",
        "2026-01-01",
    ],
    [
        "plan",
        "add",
        "--name",
        "Caisse Pro",
        "--item",
        "1",
        "--price",
        "49",
        "--every",
        "month",
        "--available-from",
        "2026-01-01",
    ],
    ["subscription", "add", "--customer", "1", "--plan", "1", "--start", "2026-09-01"],
]


@pytest.fixture(scope="module")
def business_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Set up once through the command line: a company, a customer, a 29.00 and a
    49.00 monthly plan, and a subscription to the first from 1 Sep 2026."""
    path = tmp_path_factory.mktemp("business") / "cadence.sqlite3"
    for step in SETUP:
        result = subprocess.run(
            [str(CADENCE), *step, "--db", str(path), "--today", "2026-11-25"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def cadence(cadence_in_process: Run) -> Run:
    """Here the commands run inside the test's process, which spares a second of
    start-up each: what is tested is what they do and say. The set-up above, and
    the closed pipes below, which only a process of its own can show, start one."""
    return cadence_in_process


@pytest.fixture
def business(business_template: Path, tmp_path: Path) -> list[str]:
    """A copy of that business for one test; returns the common options."""
    shutil.copyfile(business_template, tmp_path / "cadence.sqlite3")
    return ["--db", str(tmp_path / "cadence.sqlite3"), "--today", "2026-11-25"]


def test_billing_reviewing_paying_and_correcting(cadence: Run, business: list[str]) -> None:
    dry = cadence("bill", *business, "--dry-run", "--list")
    assert dry.stdout.splitlines()[-1] == "would issue 3 invoices"
    assert "2026-09-01" in dry.stdout
    assert "34.80 EUR" in dry.stdout
    assert cadence("bill", *business).stdout.strip() == "issued 3 invoices"
    assert cadence("bill", *business).stdout.strip() == "issued 0 invoices"

    listed = cadence("invoice", "list", *business, "--format", "csv").stdout.splitlines()
    assert listed[0] == "number,kind,customer,issued,due,gross,left_to_pay,status"
    assert listed[1:] == [
        "FA2026-00003,invoice,Élodie Lefèvre,2026-11-25,2026-12-25,34.80 EUR,34.80,issued",
        "FA2026-00002,invoice,Élodie Lefèvre,2026-11-25,2026-12-25,34.80 EUR,34.80,issued",
        "FA2026-00001,invoice,Élodie Lefèvre,2026-11-25,2026-12-25,34.80 EUR,34.80,issued",
    ]
    paid = cadence("pay", *business, "--customer", "1", "--amount", "50", "--reference", "VIR 42")
    assert paid.stdout.strip() == (
        "Recorded payment 1: 50.00 EUR; paid FA2026-00001 (34.80), FA2026-00002 (15.20)"
    )
    credit = cadence(
        "credit-note",
        "FA2026-00003",
        *business,
        "--line",
        "1=10,00",
        "--reason",
        "Geste commercial",
    )
    assert credit.stdout.strip() == "Issued credit note AV2026-00001: 12.00 EUR"
    shown = cadence("invoice", "show", "AV2026-00001", *business).stdout
    assert "corrects: FA2026-00003" in shown
    assert "lines.1.net_amount: 10.00" in shown
    assert cadence("check", *business).returncode == 0


def test_every_lifecycle_path_from_a_script(cadence: Run, business: list[str]) -> None:
    cadence("bill", *business)
    preview = cadence("subscription", "change", "1", *business, "--plan", "2", "--now", "--preview")
    # 25 Nov → 1 Dec is 6 of November's 30 days: −29 × 6/30 = −5.80, +49 × 6/30 = +9.80.
    assert preview.stdout.splitlines() == [
        "  Crédit : Caisse, du 25/11/2026 au 30/11/2026, non utilisé: -5.80 excl. VAT",
        "  Caisse Pro, du 25/11/2026 au 30/11/2026, au prorata: +9.80 excl. VAT",
        "  total +4.80 incl. VAT, on the next invoice",
        "The change would take effect on 2026-11-25",
    ]
    shown = cadence("subscription", "show", "1", *business).stdout
    assert "plan_name: Caisse\n" in shown  # the preview changed nothing

    paused = cadence("subscription", "pause", "1", *business)
    assert paused.stdout.strip() == "Subscription 1 is paused from 2026-12-01 until resumed"
    resumed = cadence("subscription", "resume", "1", *business)
    assert resumed.stdout.strip() == "Subscription 1: the planned pause is called off"

    scheduled = cadence("subscription", "cancel", "1", *business, "--reason", "too-expensive")
    assert scheduled.stdout.strip() == (
        "Subscription 1 is cancellation_scheduled; service ends on 2026-12-01"
    )
    assert cadence("subscription", "undo-cancel", "1", *business).stdout.strip() == (
        "Subscription 1 is active again"
    )
    postponed = cadence(
        "invoice",
        "postpone",
        *business,
        "--subscription",
        "1",
        "--period",
        "2026-12-01",
        "--until",
        "2026-12-15",
    )
    assert postponed.stdout.strip() == "Postponed to 2026-12-15"
    assert cadence("bill", *business, "--today", "2026-12-05").stdout.strip() == "issued 0 invoices"
    assert cadence("bill", *business, "--today", "2026-12-15").stdout.strip() == "issued 1 invoices"

    now = cadence(
        "subscription",
        "cancel",
        "1",
        *business,
        "--today",
        "2026-12-20",
        "--reason",
        "business-closed",
        "--now",
    )
    assert now.stdout.strip() == (
        "Subscription 1 is cancelled; service ends on 2026-12-20; issued AV2026-00001"
    )
    assert cadence("check", *business).returncode == 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["pay", "--customer", "1", "--amount", "-5"], "--amount: a payment is more than 0"),
        (["pay", "--customer", "9", "--amount", "5"], "--customer: there is no customer number 9"),
        (["credit-note", "FA1999-00001"], "there is no invoice or credit note FA1999-00001"),
        (["subscription", "cancel", "1", "--reason", "bored"], "is not one of: too-expensive"),
        (["subscription", "change", "1", "--plan", "2"], "one of the arguments --now"),
        (["bill", "--batch-size", "0"], "--batch-size must be at least 1"),
        (
            ["invoice", "skip", "--subscription", "1", "--period", "2026-09-15"],
            "no period starting on 2026-09-15",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    cadence: Run, business: list[str], args: list[str], words: str
) -> None:
    result = cadence(*args, *business)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert words in result.stderr


def _files(folder: Path) -> dict[str, bytes]:
    return {str(path): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["subscription", "add"], "a new subscription needs --customer, --plan"),
        (["subscription", "add", "--plan", "1"], "a new subscription needs --customer"),
        (
            ["subscription", "update", "1", "--no-discount", "--discount", "10%"],
            "--no-discount cannot go with --discount",
        ),
        (
            ["subscription", "update", "1", "--discount-cycles", "3", "--discount-forever"],
            "--discount-forever cannot go with --discount-cycles",
        ),
        # each field named by the option that sets it, not by the service's name for it
        (
            ["pay", "--customer", "1", "--amount", "5", "--invoice", "FA1999-00001"],
            "--invoice: there is no invoice or credit note FA1999-00001",
        ),
        (
            ["subscription", "pause", "1", "--from", "2026-10-01"],
            "--from: a pause cannot start before today",
        ),
        (
            ["subscription", "pause", "1", "--from", "2027-01-01", "--until", "2026-12-31"],
            "--until: the pause must end after it starts",
        ),
        (
            ["subscription", "change", "1", "--next-period", "--quantity", "0"],
            "--quantity: must be between 1 and",
        ),
        (
            ["subscription", "change", "1", "--next-period", "--plan", "9"],
            "--plan: there is no plan number 9",
        ),
        (
            ["subscription", "change", "1", "--next-period", "--price", "-1"],
            "--price: a price cannot be negative",
        ),
        (["item", "add", "--name", "Thé", "--vat-rate", "7"], "--vat-rate: 7 % is not a French"),
        (
            ["customer", "update", "1", "--delivery-city", "Lyon"],
            "--delivery-address: a delivery address needs",
        ),
        (["company", "set", "--currency", "ZZZ"], "--currency: “ZZZ” is not an ISO 4217"),
        (["company", "set", "--payment-days", "90"], "--payment-days: French law caps"),
        # numbers SQLite cannot hold, dates `datetime.date` cannot move past
        (["pay", "--customer", "99999999999999999999", "--amount", "5"], "is not an id"),
        (["subscription", "show", "99999999999999999999"], "is not an id"),
        (["invoice", "list", "--limit", "99999999999999999999"], "is too large"),
        (["bill", "--as-of", "9999-12-31"], "9999-12-31 is out of range"),
        (
            ["subscription", "cancel", "1", "--reason", "other", "--today", "9999-12-31"],
            "argument --today: 9999-12-31 is out of range",
        ),
        (
            ["subscription", "add", "--customer", "1", "--plan", "1", "--today", "9999-12-31"],
            "argument --today: 9999-12-31 is out of range",
        ),
    ],
)
def test_bad_input_names_its_option_and_writes_nothing(
    cadence: Run, business: list[str], tmp_path: Path, args: list[str], words: str
) -> None:
    before = _files(tmp_path)
    result = cadence(*business, *args)  # a --today in `args` comes last, and counts
    assert (result.returncode, result.stdout) == (2, "")
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert words in result.stderr
    assert _files(tmp_path) == before


def _closed_early(
    command: list[str], environment: dict[str, str], *, lines: int
) -> tuple[int, str]:
    """Run `command`, read `lines` lines of its output, close the pipe as `| head` does;
    return its exit code and what it wrote on stderr."""
    with subprocess.Popen(
        [str(CADENCE), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        for _ in range(lines):
            assert process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read()
        return process.wait(timeout=120), errors


def test_output_into_a_pipe_closed_after_one_line_ends_quietly(
    business: list[str], environment: dict[str, str]
) -> None:
    # Far more than a pipe holds (64 KiB): the reader leaves while Cadence still writes.
    listing = ["bill", *business, "--dry-run", "--list", "--as-of", "2300-01-01"]
    assert _closed_early(listing, environment, lines=1) == (141, "")


@pytest.mark.parametrize("args", [["customer", "list"], ["--help"]], ids=["output", "help"])
def test_output_into_a_pipe_nobody_reads_ends_quietly(
    business: list[str], environment: dict[str, str], args: list[str]
) -> None:
    # Short output waits in Python's buffer until the end, and the pipe breaks then
    # (unless PYTHONUNBUFFERED is set: it breaks at once, and argparse ignores it).
    buffered = {name: value for name, value in environment.items() if name != "PYTHONUNBUFFERED"}
    assert _closed_early([*args, *business], buffered, lines=0) == (141, "")


def test_check_lists_tampered_documents_and_exits_1(
    cadence: Run, business: list[str], tmp_path: Path
) -> None:
    cadence("bill", *business)
    with contextlib.closing(sqlite3.connect(tmp_path / "cadence.sqlite3")) as connection:
        connection.execute("DROP TRIGGER invoice_issued_update")
        connection.execute(
            "UPDATE invoice SET buyer_name = 'Someone' WHERE number = 'FA2026-00002'"
        )
        connection.commit()
    result = cadence("check", *business)
    assert result.returncode == 1
    assert (
        "chain: invoice FA2026-00002: was changed after it was issued (digest mismatch)"
        in result.stdout.splitlines()
    )


def test_invoice_pdfs_from_the_command_line(
    cadence: Run, business: list[str], environment: dict[str, str], tmp_path: Path
) -> None:
    billed = cadence("bill", *business)
    assert billed.stdout.strip() == "issued 3 invoices"
    assert "wrote 3 of 3 PDFs" in billed.stderr
    # Without a folder of its own, the company's PDFs go to the user's documents.
    folder = Path(environment["HOME"]) / "Documents" / "Cadence" / "Invoices" / "2026"
    assert sorted(path.name for path in folder.iterdir()) == [
        "FA2026-00001.pdf",
        "FA2026-00002.pdf",
        "FA2026-00003.pdf",
    ]
    original = (folder / "FA2026-00002.pdf").read_bytes()
    (folder / "FA2026-00002.pdf").unlink()
    checked = cadence("check", *business)
    assert checked.returncode == 1
    assert "FA2026-00002.pdf is missing" in checked.stdout
    again = cadence("pdf", "FA2026-00002", *business)
    assert again.stdout.strip() == (
        f"Wrote FA2026-00002 to {folder / 'FA2026-00002.pdf'}: "
        "identical to the one written at issue"
    )
    assert (folder / "FA2026-00002.pdf").read_bytes() == original
    assert cadence("check", *business).returncode == 0

    statement = cadence("statement", "1", *business, "-o", str(tmp_path / "releve.pdf"))
    assert statement.stdout.strip() == (
        f"Wrote the statement of Élodie Lefèvre from 2026-09-01 to 2026-11-25 to "
        f"{tmp_path / 'releve.pdf'}"
    )
    assert (tmp_path / "releve.pdf").read_bytes().startswith(b"%PDF")
    refused = cadence("pdf", *business)
    assert (refused.returncode, refused.stderr.strip()) == (
        2,
        "cadence pdf: give a document NUMBER, or --pending",
    )


def test_no_pdf_leaves_them_waiting_and_check_says_so(cadence: Run, business: list[str]) -> None:
    cadence("bill", *business, "--no-pdf")
    checked = cadence("check", *business)
    assert checked.returncode == 0
    assert checked.stderr.strip() == (
        "cadence check: 3 issued document(s) have no PDF yet (`cadence pdf --pending` writes them)"
    )
    written = cadence("pdf", "--pending", *business)
    assert (written.returncode, written.stderr.strip()) == (0, "cadence pdf: wrote 3 of 3 PDFs…")
    assert cadence("check", *business).stderr == ""


def test_bill_events_are_json_lines_for_the_window(
    cadence: Run, business: list[str], tmp_path: Path
) -> None:
    result = cadence("bill", *business, "--events")
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0, result.stderr
    assert events[0] == {"event": "progress", "phase": "issue", "done": 3, "total": 3}
    assert {"event": "progress", "phase": "pdf", "done": 3, "total": 3} in events
    assert events[-1] == {
        "event": "done",
        "issued": 3,
        "messages_written": 0,  # nothing is late yet, and the customer wants paper
        "pdfs_written": 3,
        "pdf_failures": [],
        "blocked": [],
    }
    letter = tmp_path / "lettre.txt"
    letter.write_text("Madame, Monsieur,\n", encoding="utf-8")
    refused = cadence("bill", "--db", str(letter), "--events")
    (event,) = [json.loads(line) for line in refused.stdout.splitlines()]
    assert refused.returncode == 2
    assert event["event"] == "refused"
    assert "is not a Cadence database" in event["template"].format(**event["params"])


def test_remind_writes_the_reminders_whose_day_has_come_once(
    cadence: Run, business: list[str]
) -> None:
    database = business[:2]
    cadence("bill", *business)  # three invoices due on 25 December
    early = cadence("remind", *database, "--today", "2026-12-31")
    assert early.stdout.strip() == (
        "wrote 0 invoice e-mails, 0 payment reminders, 0 renewal notices"
    )
    due = cadence("remind", *database, "--today", "2027-01-01")
    assert due.stdout.strip() == ("wrote 0 invoice e-mails, 3 payment reminders, 0 renewal notices")
    again = cadence("remind", *database, "--today", "2027-01-02")
    assert again.stdout.strip() == (
        "wrote 0 invoice e-mails, 0 payment reminders, 0 renewal notices"
    )
    # The customer pays two of them before any reminder went (no e-mail is set up):
    # those two are withdrawn, and only the third gets its firmer reminder.
    cadence("pay", *database, "--today", "2027-01-05", "--customer", "1", "--amount", "69.60")
    firmer = cadence("remind", *database, "--today", "2027-01-09")
    assert firmer.stdout.strip() == (
        "wrote 0 invoice e-mails, 1 payment reminders, 0 renewal notices, "
        "2 reminders withdrawn (paid since)"
    )
