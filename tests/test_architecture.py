"""The layer rules of ARCHITECTURE.md, checked on the source itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "desktop" / "cadence"

# layer -> top-level modules it may not import
FORBIDDEN = {
    "domain": {
        "PySide6",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "cadence.store",
        "cadence.services",
        "cadence.documents",
        "cadence.ui",
        "cadence.cli",
    },
    "store": {
        "PySide6",
        "reportlab",
        "cadence.services",
        "cadence.documents",
        "cadence.ui",
        "cadence.cli",
    },
    "documents": {
        "PySide6",
        "sqlalchemy",
        "alembic",
        "cadence.store",
        "cadence.services",
        "cadence.ui",
        "cadence.cli",
    },
    # Files exchanged with banks: pure functions over bytes, like documents over paper.
    "exchange": {
        "PySide6",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "cadence.store",
        "cadence.services",
        "cadence.documents",
        "cadence.ui",
        "cadence.cli",
    },
    "services": {"PySide6", "cadence.ui", "cadence.cli"},
}
# "today" is an argument: these layers never read the clock.
CLOCK_READS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("time", "time"),
}


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def _imports(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _violates(name: str, forbidden: set[str]) -> bool:
    return any(name == banned or name.startswith(banned + ".") for banned in forbidden)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_each_layer_imports_only_what_it_may(layer: str) -> None:
    offences = [
        f"{source.relative_to(PACKAGE)} imports {name}"
        for source in _modules(layer)
        for name in sorted(_imports(source))
        if _violates(name, FORBIDDEN[layer])
    ]
    assert offences == []


@pytest.mark.parametrize("layer", ["domain", "services", "exchange"])
def test_the_core_never_reads_the_clock(layer: str) -> None:
    offences = []
    for source in _modules(layer):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and (node.func.value.id, node.func.attr) in CLOCK_READS
            ):
                offences.append(f"{source.relative_to(PACKAGE)}:{node.lineno}")
    assert offences == []


def test_the_rules_would_catch_an_offence() -> None:
    assert _violates("PySide6.QtCore", FORBIDDEN["domain"])
    assert _violates("cadence.store.models", FORBIDDEN["domain"])
    assert not _violates("cadence.storefront", FORBIDDEN["domain"])
    assert _modules("domain"), "the package layout moved: this test would check nothing"
