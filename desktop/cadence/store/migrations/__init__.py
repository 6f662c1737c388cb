"""Alembic migrations, run by Cadence itself on the connection it opened.

Every start of Cadence asks which revision is the newest; Alembic takes a good
part of a second to import, so that question is answered from the revision
files' own `revision` and `down_revision` lines, and Alembic is only imported
when a database actually needs migrating. `tests/store/test_migrations.py`
checks that both answers agree.

Developers: see README.md in this folder for how to write a new revision.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

MIGRATIONS_FOLDER = Path(__file__).parent

_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*=\s*(.+)$", re.MULTILINE)


@lru_cache(maxsize=4)
def _revision_graph(folder: Path) -> dict[str, tuple[str, ...]]:
    """Each revision with the revisions it follows."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((folder / "versions").glob("*.py")):
        values = {
            name: ast.literal_eval(value.strip())
            for name, value in _ASSIGNMENT.findall(script.read_text(encoding="utf-8"))
        }
        if "revision" not in values:
            continue
        previous = values.get("down_revision")
        if previous is None:
            graph[values["revision"]] = ()
        elif isinstance(previous, str):
            graph[values["revision"]] = (previous,)
        else:
            graph[values["revision"]] = tuple(previous)
    return graph


def head_revision() -> str:
    graph = _revision_graph(MIGRATIONS_FOLDER)
    followed = {earlier for previous in graph.values() for earlier in previous}
    heads = [revision for revision in graph if revision not in followed]
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, not {heads}")
    return heads[0]


def known_revisions() -> frozenset[str]:
    return frozenset(_revision_graph(MIGRATIONS_FOLDER))


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade_to_head(connection: Connection) -> None:
    """Run every missing migration inside the caller's transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
