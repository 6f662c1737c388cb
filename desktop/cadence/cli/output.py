"""How the command line prints records: aligned tables, CSV safe for spreadsheets, JSON."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, TextIO

from cadence.domain.text import neutralize_formula

Column = tuple[str, Callable[[Any], object]]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date | Decimal):
        return str(value)
    return str(value)


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_records(
    records: Sequence[Any],
    columns: Sequence[Column],
    output_format: str,
    out: TextIO | None = None,
) -> None:
    """Print `records` as an aligned table, CSV (formulas neutralised) or JSON, to
    `out` or else to the standard output of the moment (not the one at import)."""
    out = out or sys.stdout
    if output_format == "json":
        rows = [dataclasses.asdict(record) for record in records]
        json.dump(rows, out, default=_json_default, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    headers = [name for name, _ in columns]
    cells = [[_cell(getter(record)) for _, getter in columns] for record in records]
    if output_format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(headers)
        for row in cells:
            writer.writerow([neutralize_formula(value) for value in row])
        return
    widths = [len(header) for header in headers]
    for row in cells:
        widths = [max(width, len(value)) for width, value in zip(widths, row, strict=True)]
    line = "  ".join(header.ljust(width) for header, width in zip(headers, widths, strict=True))
    out.write(line.rstrip() + "\n")
    for row in cells:
        line = "  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True))
        out.write(line.rstrip() + "\n")


def print_record(record: Any, out: TextIO | None = None) -> None:
    """One record as `field: value` lines, nested values flattened with dots."""
    stream = out or sys.stdout

    def walk(prefix: str, value: Any) -> None:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                walk(f"{prefix}{field.name}.", getattr(value, field.name))
            return
        if isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            for position, element in enumerate(value, start=1):
                walk(f"{prefix}{position}.", element)
            return
        stream.write(f"{prefix.rstrip('.')}: {_cell(value)}\n")

    walk("", record)
