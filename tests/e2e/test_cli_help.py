"""Every command's help prints, lists its actions with what each does, and says
what every option is for; a choice option shows the values it accepts."""

from __future__ import annotations

import argparse
import re
import subprocess
from collections.abc import Iterator

import pytest

from cadence.cli import build_parser, main
from cadence.cli.base import Choice, spelled

from .conftest import CADENCE  # type: ignore[import-not-found]

Command = tuple[tuple[str, ...], argparse.ArgumentParser]


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[Command]:
    """`parser` and every parser below it, each with the words that reach it."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, subparser in action.choices.items():
                yield from _commands(subparser, (*path, name))


COMMANDS = list(_commands(build_parser()))
PATHS = [path for path, _ in COMMANDS]


def _name(path: tuple[str, ...]) -> str:
    return " ".join(("cadence", *path))


def _help(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> str:
    """The help `cadence … --help` prints, with its lines joined by single spaces."""
    with pytest.raises(SystemExit) as exit_info:
        main([*path, "--help"])
    assert exit_info.value.code == 0
    printed = capsys.readouterr()
    assert printed.err == ""
    assert printed.out.startswith(f"usage: {_name(path)} ")
    return " ".join(printed.out.split())


def test_the_tree_has_every_command() -> None:
    assert len(COMMANDS) >= 47
    for expected in (
        ("subscription", "add"),
        ("subscription", "cancel"),
        ("invoice", "list"),
        ("db", "backup"),
        ("pay",),
    ):
        assert expected in PATHS


@pytest.mark.parametrize("path", PATHS, ids=_name)
def test_every_command_prints_its_help(
    path: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    _help(path, capsys)


@pytest.mark.parametrize(
    ("path", "parser"),
    [command for command in COMMANDS if command[1]._subparsers is not None],
    ids=[_name(path) for path, parser in COMMANDS if parser._subparsers is not None],
)
def test_every_action_is_listed_with_what_it_does(
    path: tuple[str, ...], parser: argparse.ArgumentParser, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = _help(path, capsys)
    (actions,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    described = {choice.dest: choice.help for choice in actions._choices_actions}
    assert set(described) == set(actions.choices)
    for name, text in described.items():
        assert text, f"{_name((*path, name))} has no description"
        # one short line, in the style of "record a payment received"
        assert text[0].islower(), text
        assert len(text) <= 60, text
        assert "\n" not in text, text
        assert f" {name} {text} " in shown


@pytest.mark.parametrize(("path", "parser"), COMMANDS, ids=[_name(path) for path in PATHS])
def test_every_option_says_what_it_is_for(
    path: tuple[str, ...], parser: argparse.ArgumentParser, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = _help(path, capsys)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        name = "/".join(action.option_strings) or action.dest
        assert action.help, f"{_name(path)} {name} has no help"
        assert action.help.strip(), f"{_name(path)} {name} has no help"
        assert action.help != argparse.SUPPRESS, f"{_name(path)} {name} is hidden"
        assert action.help % {} in shown  # as printed: "%%" is shown as "%"
        if isinstance(action.type, Choice):
            formatter = parser._get_formatter()
            formatter.add_argument(action)
            printed = " ".join(formatter.format_help().split())
            # every value as typed, whole: a line never breaks inside one
            for value in spelled(action.type.enum):
                assert re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", printed), (
                    f"{_name(path)} {name} does not show {value}: {printed}"
                )


def test_a_help_text_with_a_percent_sign_prints() -> None:
    # argparse %-formats help texts: a bare "10%" once made this a traceback.
    result = subprocess.run(
        [str(CADENCE), "subscription", "add", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert "“10%” or an amount such as 5,00" in " ".join(result.stdout.split())
