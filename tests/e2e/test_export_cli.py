"""`cadence export subscribers`: a segment as CSV, to a file or to the standard output,
and bad input refused in one line with nothing written."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.customers import CustomerData, create_customer
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.database import open_database

from .conftest import Run  # type: ignore[import-not-found]

TODAY = date(2026, 11, 25)
FORMULA = '=HYPERLINK("http://x")'


@pytest.fixture
def shop(tmp_path: Path) -> list[str]:
    """Three customers of a tea box (one without an e-mail address), one of a till
    software; returns the common options."""
    path = tmp_path / "cadence.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        item = create_item(session, ItemData(name="Thé"), today=TODAY).id

        def plan(name: str, price: str) -> int:
            data = PlanData(name, item, Decimal(price), available_from=date(2026, 1, 1))
            return create_plan(session, data, today=TODAY).id

        box, till = plan("Box Thé Découverte", "24.90"), plan("Caisse", "29.00")
        for name, email, plan_id in (
            (FORMULA, "x@exemple.fr", box),
            ("O'Brien & <Fils>", "compta@obrien.fr", box),
            ("Sans Courriel", "", box),
            ("Alice Martin", "alice@exemple.fr", till),
        ):
            data = CustomerData(
                name, email=email, address_line1="1 rue Neuve", postal_code="69001", city="Lyon"
            )
            customer = create_customer(session, data, today=TODAY).id
            subscription = SubscriptionData(customer, plan_id, date(2026, 10, 10))
            create_subscription(session, subscription, today=TODAY)
    database.close()
    return ["--db", str(path), "--today", TODAY.isoformat()]


def test_the_segment_goes_to_the_standard_output_in_french(cadence: Run, shop: list[str]) -> None:
    # Named without its accents; renewing on 10 Dec, inside the window.
    done = cadence(
        "export", "subscribers", *shop, "--plan", "box the decouverte", "--status", "active",
        "--renews-from", "2026-12-10", "--renews-to", "2026-12-10", "-o", "-",
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("\ufeffClient;Contact;E-mail;")
    rows = list(csv.reader(io.StringIO(done.stdout.removeprefix("\ufeff")), delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["'" + FORMULA, "O'Brien & <Fils>"]
    assert {(row[7], row[10], row[13]) for row in rows[1:]} == {
        ("Box Thé Découverte", "2026-12-10", "24,90")
    }


def test_every_customer_to_a_file_in_english(
    cadence_in_process: Run, shop: list[str], tmp_path: Path
) -> None:
    done = cadence_in_process(
        "export", "subscribers", *shop, "--all", "--lang", "en", "-o", str(tmp_path / "all.csv")
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"Wrote 4 subscription(s) to {tmp_path / 'all.csv'}\n"
    content = (tmp_path / "all.csv").read_bytes()
    assert content.startswith(b"\xef\xbb\xbfCustomer,Contact,Email,")
    names = [row[0] for row in csv.reader(io.StringIO(content.decode("utf-8-sig")))]
    # By name as folded for searching: the formula sorts as "hyperlink http x".
    assert names[1:] == ["Alice Martin", "'" + FORMULA, "O'Brien & <Fils>", "Sans Courriel"]


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (
            ["--renews-from", "2026-12-31", "--renews-to", "2026-12-01"],
            "--renews-to: the renewal window must end on or after its start, 2026-12-31",
        ),
        (["--plan", "Abonnement"], "there is no plan called “Abonnement”"),
        (["--plan", "99"], "--plan: there is no plan number 99"),
        (["--status", "gone"], "“gone” is not one of: trial, active"),
    ],
)
def test_bad_input_is_refused_in_one_line_with_nothing_written(
    cadence_in_process: Run, shop: list[str], tmp_path: Path, options: list[str], said: str
) -> None:
    target = tmp_path / "segment.csv"
    done = cadence_in_process("export", "subscribers", *shop, *options, "-o", str(target))
    assert done.returncode == 2
    assert done.stdout == ""
    assert said in done.stderr
    assert done.stderr.count("\n") == 1
    assert not target.exists()


def test_a_file_that_cannot_be_written_is_said_in_one_line(
    cadence_in_process: Run, shop: list[str], tmp_path: Path
) -> None:
    (tmp_path / "not-a-folder").write_text("")
    target = tmp_path / "not-a-folder" / "segment.csv"
    done = cadence_in_process("export", "subscribers", *shop, "-o", str(target))
    assert done.returncode == 2
    assert done.stderr.startswith(f"cadence export: cannot write {target}: ")
    assert done.stderr.count("\n") == 1
