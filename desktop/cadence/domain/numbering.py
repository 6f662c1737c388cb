"""Numbering masks for invoices and credit notes: `FA{YYYY}-{00000}`, `AV{YY}{MM}-{0000}`.

A mask is literal text with date tokens (`{YYYY}`, `{YY}`, `{MM}`) and exactly
one counter token, a run of zeros giving the minimum width (`{0000}` → 0042).
The counter restarts each year or month, or never; the mask must then carry the
year (and month), otherwise two invoices could get one number, which French law
forbids (CGI annexe II art. 242 nonies A: a unique, continuous series).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP


class ResetRule(StrEnum):
    NEVER = "never"
    YEARLY = "yearly"
    MONTHLY = "monthly"


MAX_MASK_LENGTH = 40
_LITERAL = re.compile(r"[A-Za-z0-9_./#-]+")
_TOKEN = re.compile(r"\{([^{}]*)\}")
_DATE_TOKENS = ("YYYY", "YY", "MM")

_EMPTY = QT_TRANSLATE_NOOP("Messages", "the numbering mask is empty")
_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "the numbering mask is longer than {maximum} characters")
_UNKNOWN_TOKEN = QT_TRANSLATE_NOOP(
    "Messages", "“{{{token}}}” is not a mask field; use {{YYYY}}, {{YY}}, {{MM}} or {{0000}}"
)
_BAD_LITERAL = QT_TRANSLATE_NOOP(
    "Messages",
    "“{text}” cannot appear in a number; use letters, digits and - _ . / #",
)
_COUNTER_COUNT = QT_TRANSLATE_NOOP(
    "Messages", "the mask needs exactly one counter such as {{0000}}, it has {count}"
)
_COUNTER_WIDTH = QT_TRANSLATE_NOOP("Messages", "the counter must have between 1 and 10 zeros")
_NEEDS_YEAR = QT_TRANSLATE_NOOP(
    "Messages",
    "a counter that restarts every {period} needs {{YYYY}} or {{YY}} in the mask, "
    "or numbers would repeat",
)
_NEEDS_MONTH = QT_TRANSLATE_NOOP(
    "Messages",
    "a counter that restarts every month needs {{MM}} in the mask, or numbers would repeat",
)
_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Messages", "put a letter or a separator between the counter and the digits after it"
)
_DUPLICATE_TOKEN = QT_TRANSLATE_NOOP("Messages", "{{{token}}} appears twice in the mask")
_TWO_YEARS = QT_TRANSLATE_NOOP("Messages", "use either {{YYYY}} or {{YY}}, not both")


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    year: int | None
    month: int | None
    value: int


@dataclass(frozen=True, slots=True)
class NumberMask:
    """A validated mask; build it with `NumberMask.parse`."""

    text: str
    reset: ResetRule
    parts: tuple[str, ...]  # literals and tokens ("{YYYY}", "{0000}") in order

    @classmethod
    def parse(cls, text: str, reset: ResetRule) -> NumberMask:
        """Validate `text` as a mask for a counter that restarts per `reset`."""
        text = text.strip()
        if not text:
            raise InvalidValue(message(_EMPTY))
        if len(text) > MAX_MASK_LENGTH:
            raise InvalidValue(message(_TOO_LONG, maximum=MAX_MASK_LENGTH))
        parts: list[str] = []
        position = 0
        for match in _TOKEN.finditer(text):
            if match.start() > position:
                parts.append(text[position : match.start()])
            parts.append(match.group(0))
            position = match.end()
        if position < len(text):
            parts.append(text[position:])
        tokens: list[str] = []
        counters = 0
        for part in parts:
            if part.startswith("{") and part.endswith("}") and _TOKEN.fullmatch(part):
                token = part[1:-1]
                if re.fullmatch(r"0+", token):
                    counters += 1
                    if len(token) > 10:
                        raise InvalidValue(message(_COUNTER_WIDTH))
                elif token not in _DATE_TOKENS:
                    raise InvalidValue(message(_UNKNOWN_TOKEN, token=token))
                elif token in tokens:
                    raise InvalidValue(message(_DUPLICATE_TOKEN, token=token))
                tokens.append(token)
            elif not _LITERAL.fullmatch(part):
                bad = re.sub(r"[A-Za-z0-9_./#-]", "", part) or part
                raise InvalidValue(message(_BAD_LITERAL, text=bad[:10]))
        if counters != 1:
            raise InvalidValue(message(_COUNTER_COUNT, count=counters))
        if "YYYY" in tokens and "YY" in tokens:
            raise InvalidValue(message(_TWO_YEARS))
        has_year = "YYYY" in tokens or "YY" in tokens
        if reset is ResetRule.YEARLY and not has_year:
            raise InvalidValue(message(_NEEDS_YEAR, period="year"))
        if reset is ResetRule.MONTHLY and not has_year:
            raise InvalidValue(message(_NEEDS_YEAR, period="month"))
        if reset is ResetRule.MONTHLY and "MM" not in tokens:
            raise InvalidValue(message(_NEEDS_MONTH))
        counter_at = next(i for i, part in enumerate(parts) if re.fullmatch(r"\{0+\}", part))
        if counter_at + 1 < len(parts):
            following = parts[counter_at + 1]
            # A counter grown past its width must still be told apart from what follows.
            if following.startswith("{") or following[0].isdigit():
                raise InvalidValue(message(_AMBIGUOUS))
        return cls(text=text, reset=reset, parts=tuple(parts))

    @property
    def counter_width(self) -> int:
        return next(len(part) - 2 for part in self.parts if re.fullmatch(r"\{0+\}", part))

    def render(self, issue_date: date, value: int) -> str:
        """The number for counter `value` on an invoice issued on `issue_date`."""
        if value < 1:
            raise ValueError("counter values start at 1")
        rendered: list[str] = []
        for part in self.parts:
            if part == "{YYYY}":
                rendered.append(f"{issue_date.year:04d}")
            elif part == "{YY}":
                rendered.append(f"{issue_date.year % 100:02d}")
            elif part == "{MM}":
                rendered.append(f"{issue_date.month:02d}")
            elif re.fullmatch(r"\{0+\}", part):
                rendered.append(f"{value:0{self.counter_width}d}")
            else:
                rendered.append(part)
        return "".join(rendered)

    def _pattern(self) -> re.Pattern[str]:
        pieces: list[str] = []
        for part in self.parts:
            if part == "{YYYY}":
                pieces.append(r"(?P<year>\d{4})")
            elif part == "{YY}":
                pieces.append(r"(?P<yy>\d{2})")
            elif part == "{MM}":
                pieces.append(r"(?P<month>0[1-9]|1[0-2])")
            elif re.fullmatch(r"\{0+\}", part):
                pieces.append(rf"(?P<value>\d{{{self.counter_width},}})")
            else:
                pieces.append(re.escape(part))
        return re.compile("".join(pieces))

    def read(self, number: str) -> ParsedNumber | None:
        """Read back a number this mask rendered, or None if it did not render it."""
        match = self._pattern().fullmatch(number)
        if match is None:
            return None
        groups = match.groupdict()
        value = int(groups["value"])
        if value < 1:
            return None
        year: int | None = int(groups["year"]) if groups.get("year") else None
        if groups.get("yy"):
            year = 2000 + int(groups["yy"])
        month = int(groups["month"]) if groups.get("month") else None
        parsed = ParsedNumber(year=year, month=month, value=value)
        # Only the canonical spelling counts: "FA-00042" is not "FA-0042".
        canonical = self.render(date(year or 2000, month or 1, 1), value)
        return parsed if canonical == number else None


def period_key(reset: ResetRule, issue_date: date) -> str:
    """The counter's current run: '' (never resets), '2026', or '2026-11'."""
    if reset is ResetRule.YEARLY:
        return f"{issue_date.year:04d}"
    if reset is ResetRule.MONTHLY:
        return f"{issue_date.year:04d}-{issue_date.month:02d}"
    return ""
