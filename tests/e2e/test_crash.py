"""A `cadence demo` killed at any moment leaves either nothing or everything."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest

from .conftest import CADENCE, Run  # type: ignore[import-not-found]


@pytest.mark.parametrize(
    "last_words",
    ["creating 3000 customers", "500 of 3000 customers", "1500 of 3000 customers"],
)
def test_a_killed_demo_leaves_nothing_half_written(
    cadence: Run, environment: dict[str, str], tmp_path: Path, last_words: str
) -> None:
    database = tmp_path / "cadence.sqlite3"
    with subprocess.Popen(
        [
            str(CADENCE),
            "demo",
            "--db",
            str(database),
            "--customers",
            "3000",
            "--today",
            "2026-11-25",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    ) as process:
        assert process.stderr is not None
        # The demo reports its progress on stderr while it writes; kill it on a chosen line.
        for line in process.stderr:
            if last_words in line:
                break
        else:
            pytest.fail("the demo ended before it could be killed")
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    with sqlite3.connect(database) as connection:
        counts = [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("company", "customer", "subscription", "audit_event")
        ]
    connection.close()
    assert counts == [0, 0, 0, 0]
    assert cadence("db", "check", "--db", str(database)).returncode == 0
    rerun = cadence("demo", "--db", str(database), "--customers", "20", "--today", "2026-11-25")
    assert rerun.returncode == 0, rerun.stderr
