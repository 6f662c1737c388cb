"""Where the files of `resources/` are, installed or in a source checkout.

The wheel ships `resources/` as `cadence/resources/` (pyproject.toml); in the
source tree (and an editable install) it sits at the repository's root, two
levels above the package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "resources", _PACKAGE.parent.parent / "resources")


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. `resource_path("fonts", "NotoSans-Regular.ttf")`."""
    for root in _CANDIDATES:
        if root.is_dir():
            return root.joinpath(*parts)
    searched = ", ".join(str(root) for root in _CANDIDATES)
    raise FileNotFoundError(f"Cadence's resources folder is missing (looked in {searched})")
