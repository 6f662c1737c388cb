"""A rule the data breaks, as `cadence check` reports it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Violation:
    check: str  # which rule: "storage", "numbering", "chain", "totals", "subscription" …
    subject: str  # which row: "subscription 42", "invoice FA2026-00012"
    problem: str

    def __str__(self) -> str:
        return f"{self.check}: {self.subject}: {self.problem}"
