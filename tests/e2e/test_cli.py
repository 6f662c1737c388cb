"""The `cadence` command: results, exit codes, one-line errors, nothing written. As a
process of its own where only one shows it (the version, the default database, the
window); else its same `main` in the test's process, which starts faster."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import CADENCE, Run  # type: ignore[import-not-found]

TODAY = ["--today", "2026-11-25"]


def _files(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_version_is_printed_by_the_command_and_the_module(tmp_path: Path) -> None:
    for command in ([str(CADENCE)], [sys.executable, "-m", "cadence"]):
        result = subprocess.run(
            [*command, "--version"], capture_output=True, text=True, check=False, cwd=tmp_path
        )
        assert (result.returncode, result.stdout.strip()) == (0, "cadence 0.1.0")


def test_info_sets_up_the_default_database_and_says_where_it_is(
    cadence: Run, environment: dict[str, str]
) -> None:
    result = cadence("info")
    expected = Path(environment["XDG_DATA_HOME"]) / "Cadence" / "cadence.sqlite3"
    assert result.returncode == 0, result.stderr
    assert f"Database: {expected} (created)" in result.stdout
    assert "Company: not set up yet" in result.stdout
    assert expected.read_bytes().startswith(b"SQLite format 3\x00")
    assert f"Database: {expected} (ready)" in cadence("info").stdout


def test_without_a_display_the_window_is_one_line_and_exit_2(
    environment: dict[str, str], tmp_path: Path
) -> None:
    headless = {
        name: value
        for name, value in environment.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [str(CADENCE), "--db", str(tmp_path / "cadence.sqlite3")],
        capture_output=True,
        text=True,
        env=headless,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("cadence: no display to open the window on")
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "cadence.sqlite3").exists()


def test_a_demo_database_passes_its_check(cadence_in_process: Run, tmp_path: Path) -> None:
    database = str(tmp_path / "demo.sqlite3")
    created = cadence_in_process(
        "demo", "--db", database, "--customers", "120", "--seed", "5", *TODAY
    )
    assert created.returncode == 0, created.stderr
    assert created.stdout.startswith("Created Atelier Nuage SAS: 120 customers, 8 plans, ")
    checked = cadence_in_process("db", "check", "--db", database)
    assert (checked.returncode, checked.stdout.strip()) == (0, f"{database}: all checks passed")


def test_a_damaged_database_fails_its_check_with_the_list_of_problems(
    cadence_in_process: Run, tmp_path: Path
) -> None:
    database = tmp_path / "demo.sqlite3"
    cadence_in_process("demo", "--db", str(database), "--customers", "10", *TODAY)
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE customer SET siren = '732829321' WHERE id = 3")
        connection.execute("UPDATE customer SET siren = '732829321', kind = 'company' WHERE id = 4")
    connection.close()
    result = cadence_in_process("db", "check", "--db", str(database))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(line.startswith("customer: customer ") for line in lines)
    assert result.stderr.strip().endswith("2 problem(s) found")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        # `company set` may create the database: refused, the new file is removed again
        (
            [
                "company",
                "set",
                "--legal-name",
                "Dupont",
                "--email",
                "dupont@",
                "--address",
                "1 rue",
                "--postal-code",
                "75001",
                "--city",
                "Paris",
                "--siren",
                "732829320",
                "--vat-number",
                "FR44732829320",
            ],
            "--email: “dupont@” is not an e-mail",
        ),
        (["customer", "list"], "there is no Cadence database at"),
        (["demo", "--customers", "abc"], "argument --customers: “abc” is not a whole number"),
        (["demo", "--customers", "0"], "--customers must be between 1 and 200000"),
        (["plan", "add", "--name", "X", "--every", "fortnight"], "is not a period"),
        (["subscription", "add", "--start", "31/01/2027"], "is not a date (YYYY-MM-DD)"),
        (["company", "set", "--legal-name", "Atelier"], "a new company needs --address"),
        (
            [
                "company",
                "set",
                "--legal-name",
                "Atelier",
                "--address",
                "1 rue",
                "--postal-code",
                "69002",
                "--city",
                "Lyon",
                "--siren",
                "123",
            ],
            "--siren: a SIREN has 9 digits",
        ),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
    ids=[
        "bad e-mail",
        "no database",
        "not a number",
        "no customers",
        "bad period",
        "French date",
        "incomplete company",
        "bad SIREN",
        "unknown command",
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    cadence_in_process: Run, tmp_path: Path, args: list[str], words: str
) -> None:
    before = _files(tmp_path)
    result = cadence_in_process(*args, "--db", str(tmp_path / "new.sqlite3"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert words in result.stderr
    assert _files(tmp_path) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["customer", "list"], "there is no Cadence database at"),
        (["db", "check"], "there is no Cadence database at"),
        (["demo", "--customers", "5"], "does not exist"),
        (["company", "set", "--legal-name", "Atelier"], "does not exist"),
    ],
)
def test_a_database_in_a_missing_folder_is_one_line_and_creates_nothing(
    cadence_in_process: Run, tmp_path: Path, args: list[str], words: str
) -> None:
    before = _files(tmp_path)
    result = cadence_in_process(*args, "--db", str(tmp_path / "missing" / "cadence.sqlite3"))
    assert (result.returncode, result.stdout) == (2, "")
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert words in result.stderr
    assert _files(tmp_path) == before
    assert not (tmp_path / "missing").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(
    cadence_in_process: Run, tmp_path: Path
) -> None:
    letter = tmp_path / "lettre.txt"
    letter.write_text("Madame, Monsieur,\n", encoding="utf-8")
    before = _files(tmp_path)
    for command in (["db", "check"], ["db", "upgrade"], ["demo"], ["customer", "list"]):
        result = cadence_in_process(*command, "--db", str(letter))
        assert result.returncode == 2
        assert "is not a Cadence database (it is not an SQLite file); it was not touched" in (
            result.stderr
        )
    assert _files(tmp_path) == before


def test_a_database_from_a_newer_cadence_is_refused(
    cadence_in_process: Run, tmp_path: Path
) -> None:
    database = tmp_path / "cadence.sqlite3"
    assert (
        cadence_in_process("demo", "--db", str(database), "--customers", "5", *TODAY).returncode
        == 0
    )
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'a1b2c3'")
    connection.close()
    before = _files(tmp_path)
    result = cadence_in_process("customer", "list", "--db", str(database))
    assert result.returncode == 2
    assert "newer version of Cadence (schema a1b2c3)" in result.stderr
    assert _files(tmp_path) == before


def test_backup_and_upgrade(cadence_in_process: Run, tmp_path: Path) -> None:
    database = tmp_path / "cadence.sqlite3"
    cadence_in_process("demo", "--db", str(database), "--customers", "5", *TODAY)
    upgraded = cadence_in_process("db", "upgrade", "--db", str(database))
    assert (upgraded.returncode, upgraded.stdout.strip()) == (0, f"{database}: ready")
    copy = tmp_path / "copy.sqlite3"
    backed_up = cadence_in_process("db", "backup", "--db", str(database), "-o", str(copy))
    assert backed_up.returncode == 0
    assert cadence_in_process("db", "check", "--db", str(copy)).returncode == 0
    again = cadence_in_process("db", "backup", "--db", str(database), "-o", str(copy))
    assert (again.returncode, again.stderr.count("\n")) == (2, 1)
    default_place = cadence_in_process("db", "backup", "--db", str(database))
    assert default_place.returncode == 0
    assert len(list((tmp_path / "backups").glob("cadence-*.sqlite3"))) == 1


def test_a_script_sets_up_a_business_from_the_command_line(
    cadence_in_process: Run, tmp_path: Path
) -> None:
    db = ["--db", str(tmp_path / "cadence.sqlite3"), *TODAY]
    company = cadence_in_process(
        "company",
        "set",
        *db,
        "--legal-name",
        "Thés & Cie SARL",
        "--address",
        "4 rue d'Alsace",
        "--postal-code",
        "67000",
        "--city",
        "Strasbourg",
        "--siren",
        "732829320",
        "--vat-number",
        "FR44732829320",
        "--payment-terms",
        "end-of-month",
        "--payment-days",
        "45",
    )
    assert company.returncode == 0, company.stderr
    shown = json.loads(cadence_in_process("company", "show", *db, "--format", "json").stdout)[0]
    assert shown["payment_terms"] == {"basis": "end_of_month", "days": 45}

    customer = cadence_in_process(
        "customer",
        "add",
        *db,
        "--name",
        "O'Brien & <Fils>",
        "--kind",
        "company",
        "--address",
        "1 Grafton Street",
        "--postal-code",
        "D02 X285",
        "--city",
        "Dublin",
        "--country",
        "IE",
        "--language",
        "en",
        "--vat-number",
        "IE6388047V",
    )
    assert customer.stdout.strip() == "Created customer 1: O'Brien & <Fils>", customer.stderr
    cadence_in_process(
        "item", "add", *db, "--name", "Thé du mois", "--kind", "goods", "--vat-rate", "5,5"
    )
    plan = cadence_in_process(
        "plan",
        "add",
        *db,
        "--name",
        "Box mensuelle",
        "--item",
        "1",
        "--price",
        "24,90",
        "--every",
        "1 month",
        "--day-rule",
        "fixed-day",
        "--billing-day",
        "5",
        "--vat-rate",
        "5.5",
        "--trial",
        "14 days",
        "--available-from",
        "2026-01-01",
    )
    assert plan.stdout.strip() == "Created plan 1: Box mensuelle", plan.stderr
    subscription = cadence_in_process(
        "subscription",
        "add",
        *db,
        "--customer",
        "1",
        "--plan",
        "1",
        "--start",
        "2026-12-10",
        "--discount",
        "10%",
        "--discount-cycles",
        "3",
    )
    # trial ends 24 Dec; billed on the 5th: a short period from 24 Dec, first invoice that day
    assert subscription.stdout.strip() == (
        "Created subscription 1: O'Brien & <Fils> — Box mensuelle, trial, first billing 2026-12-24"
    ), subscription.stderr
    listed = json.loads(cadence_in_process("subscription", "list", *db, "--format", "json").stdout)
    assert listed[0]["billing_anchor"] == "2027-01-05"
    assert listed[0]["discount"] == {"kind": "percent", "value": "10.00", "cycles": 3}

    renamed = cadence_in_process(
        "customer", "update", "1", *db, "--city", "Cork", "--postal-code", "T12 X70A"
    )
    assert renamed.returncode == 0, renamed.stderr
    refused = cadence_in_process("customer", "archive", "1", *db)
    assert refused.returncode == 2
    assert "still has 1 running subscription(s)" in refused.stderr
    csv_rows = cadence_in_process("customer", "list", *db, "--format", "csv").stdout.splitlines()
    assert csv_rows == [
        "id,name,kind,email,city,country,language,payment,archived",
        "1,O'Brien & <Fils>,company,,Cork,IE,en,bank_transfer,no",
    ]


def test_csv_output_neutralises_spreadsheet_formulas(
    cadence_in_process: Run, tmp_path: Path
) -> None:
    db = ["--db", str(tmp_path / "cadence.sqlite3")]
    cadence_in_process(
        "company",
        "set",
        *db,
        "--legal-name",
        "Atelier",
        "--address",
        "1 rue",
        "--postal-code",
        "69002",
        "--city",
        "Lyon",
        "--siren",
        "732829320",
        "--vat-regime",
        "franchise",
    )
    cadence_in_process(
        "customer",
        "add",
        *db,
        "--name",
        '=HYPERLINK("http://x")',
        "--address",
        "1 rue",
        "--postal-code",
        "69002",
        "--city",
        "@Lyon",
    )
    rows = cadence_in_process("customer", "list", *db, "--format", "csv").stdout.splitlines()
    assert rows[1].startswith('1,"\'=HYPERLINK(""http://x"")",individual,,\'@Lyon,')


def test_a_failed_command_never_deletes_a_file_that_was_there(
    cadence_in_process: Run, tmp_path: Path
) -> None:
    placeholder = tmp_path / "cadence.sqlite3"
    placeholder.touch()
    result = cadence_in_process(
        "company", "set", "--db", str(placeholder), "--legal-name", "Atelier"
    )
    assert result.returncode == 2
    assert placeholder.exists()


def test_a_second_window_on_the_same_database_is_refused(
    cadence: Run, environment: dict[str, str], tmp_path: Path
) -> None:
    database = tmp_path / "cadence.sqlite3"
    assert cadence("demo", "--db", str(database), "--customers", "5", *TODAY).returncode == 0
    offscreen = {**environment, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [str(CADENCE), "--db", str(database)],
        env=offscreen,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as first:
        try:
            lock = tmp_path / "cadence.sqlite3.lock"
            deadline = time.monotonic() + 60
            while not lock.exists() and time.monotonic() < deadline:
                assert first.poll() is None, "the first window did not stay open"
            second = subprocess.run(
                [str(CADENCE), "--db", str(database)],
                env=offscreen,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        finally:
            first.kill()
    assert second.returncode == 2
    assert second.stderr.startswith(f"cadence: Cadence is already open on {database}.")
