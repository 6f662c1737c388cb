"""Running the real `cadence` command, as a user or a script would: as a process of
its own (`cadence`), or its same `main` inside the test's (`cadence_in_process`)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

CADENCE = Path(sys.executable).with_name("cadence")

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    """The user's environment, with their data folder moved into the test's folder."""
    home = tmp_path / "home"
    home.mkdir()
    return {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}


@pytest.fixture
def cadence(environment: dict[str, str], tmp_path: Path) -> Run:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(CADENCE), *args],
            capture_output=True,
            text=True,
            env=environment,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )

    return run


@pytest.fixture
def cadence_in_process(
    environment: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Run:
    """The same command, its same `main`, run inside the test's process: for the many
    checks of bad input, of which starting Python and the libraries (a second each)
    was most of the time, and the suite's. What only a real process shows (exit by
    a signal, a closed pipe, a kill, the window) keeps `cadence`."""
    from cadence.cli import main

    for name in ("HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, environment[name])
    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        capsys.readouterr()  # what came before is not this command's
        try:
            code = main(list(args))
        except SystemExit as ended:  # argparse's usage errors, --help, --version
            code = ended.code if isinstance(ended.code, int) else 1
        out = capsys.readouterr()
        return subprocess.CompletedProcess([str(CADENCE), *args], code, out.out, out.err)

    return run
