"""`cadence report …`: the figures of a small business whose history is known by heart,
in every format, and bad input refused in one line with nothing printed."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from cadence.cli import main

from .conftest import Run  # type: ignore[import-not-found]

TODAY = "2026-05-31"
ADDRESS = ["--address", "3 place Bellecour", "--postal-code", "69002", "--city", "Lyon"]
FORMULA = '=HYPERLINK("http://x.example","y")'

# Each step on the day it happened. The history, in MRR (excl. VAT):
# - 1 Jan: Alice takes Caisse (29.00 a month): 29.00;
# - 10 Feb: Bruno takes two Caisse: 87.00;
# - 5 Mar: the customer named like a formula takes Caisse Pro (49.00): 136.00;
# - 20 Apr: Bruno cancels at once, too expensive: 78.00;
# - 10 May: Alice goes to two Caisse: 107.00.
# Billed on 1 Feb (Alice's January and February, due 3 Mar) and on 1 May (the rest,
# due 31 May); Alice pays her January invoice late, on 15 May.
HISTORY: list[tuple[str, ...]] = [
    (
        "2026-01-01",
        "company",
        "set",
        "--legal-name",
        "Atelier Nuage SAS",
        *ADDRESS,
        "--siren",
        "732829320",
        "--vat-number",
        "FR44732829320",
    ),
    ("2026-01-01", "customer", "add", "--name", "Alice Martin", *ADDRESS),
    ("2026-01-01", "customer", "add", "--name", "Bruno Petit", *ADDRESS),
    ("2026-01-01", "customer", "add", "--name", FORMULA, *ADDRESS),
    ("2026-01-01", "item", "add", "--name", "Logiciel de caisse"),
    ("2026-01-01", "plan", "add", "--name", "Caisse", "--item", "1", "--price", "29"),
    ("2026-01-01", "plan", "add", "--name", "Caisse Pro", "--item", "1", "--price", "49"),
    ("2026-01-01", "subscription", "add", "--customer", "1", "--plan", "1"),
    ("2026-02-01", "bill", "--no-pdf"),
    ("2026-02-10", "subscription", "add", "--customer", "2", "--plan", "1", "--quantity", "2"),
    ("2026-03-05", "subscription", "add", "--customer", "3", "--plan", "2"),
    ("2026-04-20", "subscription", "cancel", "2", "--now", "--reason", "too-expensive"),
    ("2026-05-01", "bill", "--no-pdf"),
    ("2026-05-10", "subscription", "change", "1", "--quantity", "2", "--now"),
    ("2026-05-15", "pay", "--customer", "1", "--amount", "34.80", "--invoice", "FA2026-00001"),
]


@pytest.fixture(scope="module")
def history_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """That history, written once for the module by the commands themselves."""
    path = tmp_path_factory.mktemp("history") / "cadence.sqlite3"
    for today, *step in HISTORY:
        said = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(said):
            code = main([*step, "--db", str(path), "--today", today])
        assert code == 0, (step, said.getvalue())
    return path


@pytest.fixture
def history(history_template: Path, tmp_path: Path) -> list[str]:
    """A copy of that business for one test; returns the common options."""
    shutil.copyfile(history_template, tmp_path / "cadence.sqlite3")
    return ["--db", str(tmp_path / "cadence.sqlite3"), "--today", TODAY]


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return result.stdout


def _csv(cadence: Run, *args: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_ok(cadence("report", *args, "--format", "csv")))))


def _json(cadence: Run, *args: str) -> list[dict[str, object]]:
    found = json.loads(_ok(cadence("report", *args, "--format", "json")))
    assert isinstance(found, list)
    return found


def test_mrr_month_by_month(cadence_in_process: Run, history: list[str]) -> None:
    rows = _csv(cadence_in_process, "mrr", *history, "--from", "2026-01-01")
    assert [(row["month"], row["day"], row["mrr"], row["subscriptions"]) for row in rows] == [
        ("2026-01", "2026-01-31", "29.00", "1"),
        ("2026-02", "2026-02-28", "87.00", "2"),
        ("2026-03", "2026-03-31", "136.00", "3"),
        ("2026-04", "2026-04-30", "78.00", "2"),
        ("2026-05", "2026-05-31", "107.00", "2"),
    ]
    assert rows[-1]["arr"] == "1284.00"

    table = _ok(cadence_in_process("report", "mrr", *history, "--from", "2026-04-01"))
    assert table.splitlines() == [
        "month    day         mrr     arr      subscriptions",
        "2026-04  2026-04-30  78.00   936.00   2",
        "2026-05  2026-05-31  107.00  1284.00  2",
    ]


def test_the_period_is_twelve_months_up_to_the_day_read(
    cadence_in_process: Run, history: list[str]
) -> None:
    rows = _csv(cadence_in_process, "mrr", *history)
    assert [row["month"] for row in rows][:2] == ["2025-06", "2025-07"]
    assert (len(rows), rows[-1]["day"], rows[-1]["mrr"]) == (12, "2026-05-31", "107.00")

    # Read on 15 April, Bruno has not cancelled yet; the months end there.
    rows = _csv(cadence_in_process, "mrr", *history, "--as-of", "2026-04-15")
    assert (rows[0]["month"], rows[-1]["day"], rows[-1]["mrr"]) == (
        "2025-05",
        "2026-04-15",
        "136.00",
    )

    rows = _csv(cadence_in_process, "mrr", *history, "--from", "2026-03-01", "--plan", "2")
    assert [row["mrr"] for row in rows] == ["49.00", "49.00", "49.00"]


def test_movements_add_up_month_by_month(cadence_in_process: Run, history: list[str]) -> None:
    rows = _csv(cadence_in_process, "movements", *history, "--from", "2026-03-01")
    assert [row["month"] for row in rows] == ["2026-03", "2026-04", "2026-05"]
    march, april, may = rows
    assert (march["mrr_start"], march["new"], march["mrr_end"]) == ("87.00", "49.00", "136.00")
    assert april == {
        "month": "2026-04",
        "mrr_start": "136.00",
        "new": "0.00",
        "expansion": "0.00",
        "reactivation": "0.00",
        "resumed": "0.00",
        "contraction": "0.00",
        "churned": "-58.00",
        "paused": "0.00",
        "net_new": "-58.00",
        "mrr_end": "78.00",
    }
    assert (may["expansion"], may["net_new"], may["mrr_end"]) == ("29.00", "29.00", "107.00")


def test_the_customers_behind_the_movements(cadence_in_process: Run, history: list[str]) -> None:
    lost = _csv(
        cadence_in_process,
        "movements",
        *history,
        "--customers",
        "--kind",
        "churned",
        "--from",
        "2026-04-01",
    )
    assert lost == [
        {
            "customer_id": "2",
            "customer": "Bruno Petit",
            "kind": "churned",
            "amount": "-58.00",
            "mrr_at_start": "58.00",
            "mrr_at_end": "0.00",
            "events": "2026-04-20 #2 cancelled Caisse ×2 58.00→0.00 (too_expensive)",
        }
    ]
    # Over the year, Bruno came and went: nothing moved. The largest movement first.
    everyone = _json(cadence_in_process, "movements", *history, "--customers")
    assert [(row["customer"], row["kind"], row["amount"]) for row in everyone] == [
        ("Alice Martin", "new", "58.00"),
        (FORMULA, "new", "49.00"),
    ]
    assert everyone[0]["events"] == (
        "2026-01-01 #1 started Caisse 0.00→29.00; 2026-05-10 #1 plan_changed Caisse ×2 29.00→58.00"
    )
    limited = _json(cadence_in_process, "movements", *history, "--customers", "--limit", "1")
    assert [row["customer"] for row in limited] == ["Alice Martin"]


def test_csv_neutralises_a_name_a_spreadsheet_would_run(
    cadence_in_process: Run, history: list[str]
) -> None:
    rows = _csv(cadence_in_process, "movements", *history, "--customers")
    assert rows[1]["customer"] == "'" + FORMULA
    lines = _ok(
        cadence_in_process("report", "movements", *history, "--customers", "--format", "csv")
    ).splitlines()
    assert lines[2].startswith('3,"\'=HYPERLINK(""http://x.example"",""y"")",new,49.00,')
    # A negative amount is a number, not a formula: left as it is.
    april = _csv(cadence_in_process, "movements", *history, "--from", "2026-04-01")[0]
    assert april["churned"] == "-58.00"


def test_churn_rates_are_percentages_and_a_rate_of_nothing_is_empty(
    cadence_in_process: Run, history: list[str]
) -> None:
    months = _json(cadence_in_process, "churn", *history, "--from", "2026-01-01")
    assert months[3] == {
        "month": "2026-04",
        "customers_at_start": 3,
        "new_customers": 0,
        "customers_lost": 1,
        "logo_churn_rate": "33.33%",
        "mrr_at_start": "136.00",
        "churned_mrr": "58.00",
        "contraction_mrr": "0.00",
        "revenue_churn_rate": "42.65%",
    }
    # In January there was no MRR to lose: no rate, rather than 0 %.
    assert (months[0]["revenue_churn_rate"], months[0]["logo_churn_rate"]) == (None, "0.00%")
    january = _csv(cadence_in_process, "churn", *history, "--from", "2026-01-01")[0]
    assert january["revenue_churn_rate"] == ""


def test_retention_of_the_customers_paying_at_the_start(
    cadence_in_process: Run, history: list[str]
) -> None:
    # Alice (29.00) and Bruno (58.00) paid on 1 March; on 31 May Alice pays 58.00.
    assert _json(cadence_in_process, "retention", *history, "--from", "2026-03-01") == [
        {
            "first": "2026-03-01",
            "last": "2026-05-31",
            "customers": 2,
            "customers_kept": 1,
            "mrr_at_start": "87.00",
            "mrr_at_end": "58.00",
            "kept_mrr": "29.00",
            "grr": "33.33%",
            "nrr": "66.67%",
        }
    ]


def test_growth_and_cancellations(cadence_in_process: Run, history: list[str]) -> None:
    months = _csv(cadence_in_process, "growth", *history, "--from", "2026-02-01")
    assert [
        (
            row["month"],
            row["subscriptions"],
            row["customers"],
            row["new_subscriptions"],
            row["ended_subscriptions"],
        )
        for row in months
    ] == [
        ("2026-02", "2", "2", "1", "0"),
        ("2026-03", "3", "3", "1", "0"),
        ("2026-04", "2", "2", "0", "1"),
        ("2026-05", "2", "2", "0", "0"),
    ]
    by_plan = _csv(cadence_in_process, "growth", *history, "--by-plan", "--from", "2026-01-01")
    assert [(row["month"], row["plan"], row["new_subscriptions"]) for row in by_plan] == [
        ("2026-01", "Caisse", "1"),
        ("2026-02", "Caisse", "1"),
        ("2026-03", "Caisse Pro", "1"),
    ]
    assert _csv(cadence_in_process, "cancellations", *history) == [
        {
            "plan_id": "1",
            "plan": "Caisse",
            "reason": "too_expensive",
            "cancelled": "1",
            "mrr": "58.00",
            "plan_cancelled": "1",
            "plan_subscriptions": "2",
            "plan_cancellation_rate": "50.00%",
            "plan_mrr": "58.00",
        }
    ]
    assert _csv(cadence_in_process, "cancellations", *history, "--plan", "2") == []


def test_ageing_by_bucket_and_by_customer(cadence_in_process: Run, history: list[str]) -> None:
    # Alice's February invoice (34.80, due 3 March) is 89 days late; the invoices
    # of 1 May fall due today, which is not late yet.
    assert _ok(cadence_in_process("report", "ageing", *history)).splitlines() == [
        "bucket        amount  invoices",
        "not due       384.40  8",
        "1-30 days     0.00    0",
        "31-60 days    0.00    0",
        "61-90 days    34.80   1",
        "over 90 days  0.00    0",
        "total         419.20  9",
    ]
    owing = _csv(cadence_in_process, "ageing", *history, "--customers")
    assert [(row["customer"], row["amount"], row["invoices"]) for row in owing] == [
        ("Bruno Petit", "162.40", "3"),
        ("Alice Martin", "139.20", "4"),
        ("'" + FORMULA, "117.60", "2"),
    ]
    late = _csv(cadence_in_process, "ageing", *history, "--customers", "--bucket", "61-90")
    assert [(row["customer"], row["amount"]) for row in late] == [("Alice Martin", "34.80")]
    # On 1 April, both of Alice's invoices were 29 days late.
    earlier = _csv(cadence_in_process, "ageing", *history, "--as-of", "2026-04-01")
    assert (earlier[1]["bucket"], earlier[1]["amount"], earlier[1]["invoices"]) == (
        "1-30 days",
        "69.60",
        "2",
    )


def test_payments_and_days_sales_outstanding(cadence_in_process: Run, history: list[str]) -> None:
    months = _json(cadence_in_process, "payments", *history, "--from", "2026-04-01")
    assert months == [
        {
            "month": "2026-04",
            "payments": 0,
            "received": "0.00",
            "late": 0,
            "late_amount": "0.00",
            "average_days_late": None,
            "failed": 0,
            "failed_amount": "0.00",
        },
        {
            "month": "2026-05",
            "payments": 1,
            "received": "34.80",
            "late": 1,
            "late_amount": "34.80",
            "average_days_late": "73.0",
            "failed": 0,
            "failed_amount": "0.00",
        },
    ]
    # Owed 419.20; invoiced over the last 90 days: the 384.40 of 1 May.
    assert _csv(cadence_in_process, "payments", *history, "--dso") == [
        {
            "as_of": "2026-05-31",
            "receivables": "419.20",
            "sales": "384.40",
            "days": "90",
            "dso": "98.1",
        }
    ]


def test_forecast_from_the_day_after(cadence_in_process: Run, history: list[str]) -> None:
    months = _csv(cadence_in_process, "forecast", *history)
    assert len(months) == 12
    assert [row["invoices"] for row in months] == ["2"] * 12
    # June carries what is left of Alice's change of 10 May (+41.16 − 20.58).
    assert (months[0]["first"], months[0]["last"], months[0]["net"]) == (
        "2026-06-01",
        "2026-06-30",
        "127.58",
    )
    assert (months[1]["month"], months[1]["net"], months[1]["gross"]) == (
        "2026-07",
        "107.00",
        "128.40",
    )
    pro = _csv(cadence_in_process, "forecast", *history, "--plan", "2")
    assert (pro[1]["invoices"], pro[1]["net"]) == ("1", "49.00")
    later = _csv(cadence_in_process, "forecast", *history, "--as-of", "2026-06-15")
    assert (later[0]["first"], later[-1]["last"]) == ("2026-06-16", "2027-06-30")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["mrr", "--from", "2026-13-01"], "argument --from: “2026-13-01” is not a date"),
        (["mrr", "--to", "2026-06-01"], "--to: the period cannot end after"),
        (["churn", "--from", "2026-05-02", "--to", "2026-05-01"], "--to: the period must end"),
        (["growth", "--from", "2016-01-01"], "--from: a report covers at most 120 months"),
        (["mrr", "--plan", "99"], "--plan: there is no plan number 99"),
        (["mrr", "--currency", "XYZ"], "--currency: “XYZ” is not an ISO 4217 currency code"),
        (["retention", "--currency", "USD"], "--currency: nothing is sold in USD"),
        (["ageing", "--from", "2026-01-01"], "--from does not apply to this report"),
        # Not taken for --today, which it begins.
        (["ageing", "--to", "2026-01-01"], "--to does not apply to this report"),
        (["forecast", "--to=2026-01-01"], "--to does not apply to this report"),
        (["payments", "--plan", "1"], "--plan does not apply to this report"),
        (["mrr", "--customers"], "--customers does not apply to this report"),
        (["movements", "--kind", "new"], "--kind goes with --customers"),
        (["ageing", "--bucket", "1-30"], "--bucket goes with --customers"),
        (["ageing", "--customers", "--limit", "0"], "--limit must be at least 1"),
        (["payments", "--dso", "--from", "2026-01-01"], "not with --from or --to"),
        (["movements", "--customers", "--kind", "lost"], "“lost” is not one of: new,"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_prints_nothing(
    cadence_in_process: Run, history: list[str], args: list[str], words: str
) -> None:
    result = cadence_in_process("report", *args, *history)
    assert (result.returncode, result.stdout) == (2, "")
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert words in result.stderr


def test_every_wrong_option_is_named_at_once(cadence_in_process: Run, history: list[str]) -> None:
    result = cadence_in_process(
        "report", "mrr", *history, "--to", "2026-06-30", "--plan", "99", "--currency", "XYZ"
    )
    assert (result.returncode, result.stdout) == (2, "")
    for option in ("--to:", "--plan:", "--currency:"):
        assert option in result.stderr


def test_a_missing_database_is_refused_not_created(cadence_in_process: Run, tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    result = cadence_in_process("report", "mrr", "--db", str(missing))
    assert (result.returncode, result.stdout) == (2, "")
    assert "there is no Cadence database at" in result.stderr
    assert not missing.exists()


REPORTS = [
    ["mrr"],
    ["movements"],
    ["movements", "--customers"],
    ["churn"],
    ["retention"],
    ["growth"],
    ["growth", "--by-plan"],
    ["cancellations"],
    ["ageing"],
    ["ageing", "--customers"],
    ["payments"],
    ["payments", "--dso"],
    ["forecast"],
]


def test_every_report_in_every_format_on_a_demo(cadence_in_process: Run, tmp_path: Path) -> None:
    database = ["--db", str(tmp_path / "demo.sqlite3"), "--today", "2026-11-25"]
    created = cadence_in_process("demo", *database, "--customers", "40", "--seed", "3")
    assert created.returncode == 0, created.stderr
    for report in REPORTS:
        records = _json(cadence_in_process, *report, *database)
        assert records, report
        table = _ok(cadence_in_process("report", *report, *database)).splitlines()
        assert len(table) == len(records) + 1, report
        printed = _ok(cadence_in_process("report", *report, *database, "--format", "csv"))
        rows = list(csv.reader(io.StringIO(printed)))
        assert rows[0] == list(records[0]), report  # the same columns as the JSON fields
        assert {len(row) for row in rows} == {len(rows[0])}, report
