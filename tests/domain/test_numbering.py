"""Numbering masks: unique, continuous invoice numbers (CGI annexe II art. 242 nonies A)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cadence.domain.errors import InvalidValue
from cadence.domain.numbering import NumberMask, ParsedNumber, ResetRule, period_key

NEVER, YEARLY, MONTHLY = ResetRule.NEVER, ResetRule.YEARLY, ResetRule.MONTHLY
ISSUED = date(2026, 11, 25)


# --- Parsing -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reset", "width"),
    [
        pytest.param("FA{YYYY}-{00000}", YEARLY, 5, id="yearly"),
        pytest.param("FA{YY}{MM}-{0000}", MONTHLY, 4, id="monthly"),
        pytest.param("F-{0000}", NEVER, 4, id="never"),
        pytest.param("FA{YYYY}-{00000}", NEVER, 5, id="year-token-without-reset"),
        pytest.param("{0000}-{YY}", YEARLY, 4, id="counter-then-separator-then-year"),
        pytest.param("{0}", NEVER, 1, id="bare-one-digit-counter"),
        pytest.param("F" * 28 + "{0000000000}", NEVER, 10, id="forty-chars-ten-zeros"),
        pytest.param("  F-{0000}  ", NEVER, 4, id="surrounding-spaces-trimmed"),
    ],
)
def test_parse_accepts(text: str, reset: ResetRule, width: int) -> None:
    mask = NumberMask.parse(text, reset)
    assert mask.reset is reset
    assert mask.counter_width == width
    assert mask.text == text.strip()


@pytest.mark.parametrize(
    ("text", "reset", "words"),
    [
        pytest.param("FA{YYYY}-", NEVER, "exactly one counter", id="no-counter"),
        pytest.param("FA{000}-{0000}", NEVER, "exactly one counter", id="two-counters"),
        pytest.param("FA{XX}-{0000}", NEVER, "not a mask field", id="unknown-token"),
        pytest.param("FA{yyyy}-{0000}", YEARLY, "not a mask field", id="lower-case-token"),
        pytest.param("FA{}-{0000}", NEVER, "not a mask field", id="empty-token"),
        pytest.param("F-{0000}", YEARLY, "restarts every year", id="yearly-without-year"),
        pytest.param("FA{MM}-{0000}", MONTHLY, "restarts every month", id="monthly-without-year"),
        pytest.param("FA{YYYY}-{0000}", MONTHLY, "{MM}", id="monthly-without-month"),
        pytest.param("{0000}{YY}", YEARLY, "separator", id="counter-then-year-ambiguous"),
        pytest.param("F{0000}1", NEVER, "separator", id="counter-then-digit-literal"),
        pytest.param("F A-{0000}", NEVER, "cannot appear", id="space-in-literal"),
        pytest.param("F%-{0000}", NEVER, "“%” cannot appear", id="percent-in-literal"),
        pytest.param("FA{YYYY-{0000}", NEVER, "cannot appear", id="unclosed-brace"),
        pytest.param("", NEVER, "empty", id="empty"),
        pytest.param("   ", NEVER, "empty", id="only-spaces"),
        pytest.param("F" * 35 + "{0000}", NEVER, "longer than 40", id="forty-one-chars"),
        pytest.param("F-{00000000000}", NEVER, "between 1 and 10 zeros", id="eleven-zeros"),
        pytest.param("FA{YYYY}{YYYY}-{0000}", YEARLY, "appears twice", id="duplicate-year"),
        pytest.param("FA{YY}{MM}{MM}-{0000}", MONTHLY, "appears twice", id="duplicate-month"),
        pytest.param("FA{YYYY}{YY}-{0000}", YEARLY, "either {YYYY} or {YY}", id="two-years"),
    ],
)
def test_parse_refuses_with_a_clear_message(text: str, reset: ResetRule, words: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        NumberMask.parse(text, reset)
    assert words in str(raised.value)


# --- Rendering and reading back --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reset", "issued", "value", "expected"),
    [
        pytest.param("FA{YYYY}-{00000}", YEARLY, ISSUED, 42, "FA2026-00042", id="yearly"),
        pytest.param("FA{YY}{MM}-{0000}", MONTHLY, ISSUED, 42, "FA2611-0042", id="monthly"),
        pytest.param("F-{0000}", NEVER, ISSUED, 42, "F-0042", id="never"),
        pytest.param(
            "AV{YY}{MM}-{0000}", MONTHLY, date(2005, 1, 5), 7, "AV0501-0007", id="padded-dates"
        ),
        pytest.param("F-{00}", NEVER, ISSUED, 123, "F-123", id="counter-grows-past-its-width"),
        pytest.param("{0000}/{YYYY}", YEARLY, ISSUED, 1, "0001/2026", id="counter-first"),
    ],
)
def test_render(text: str, reset: ResetRule, issued: date, value: int, expected: str) -> None:
    assert NumberMask.parse(text, reset).render(issued, value) == expected


@pytest.mark.parametrize("value", [0, -1])
def test_render_refuses_counter_values_below_one(value: int) -> None:
    with pytest.raises(ValueError, match="start at 1"):
        NumberMask.parse("F-{0000}", NEVER).render(ISSUED, value)


@pytest.mark.parametrize(
    ("text", "reset", "number", "expected"),
    [
        pytest.param(
            "FA{YYYY}-{00000}", YEARLY, "FA2026-00042", ParsedNumber(2026, None, 42), id="yearly"
        ),
        pytest.param(
            "FA{YY}{MM}-{0000}", MONTHLY, "FA2611-0042", ParsedNumber(2026, 11, 42), id="monthly"
        ),
        pytest.param("F-{0000}", NEVER, "F-0042", ParsedNumber(None, None, 42), id="never"),
        pytest.param("F-{00}", NEVER, "F-123", ParsedNumber(None, None, 123), id="grown-counter"),
        pytest.param(
            "FA{YYYY}-{00000}", YEARLY, "FA2026-123456", ParsedNumber(2026, None, 123456), id="wide"
        ),
        pytest.param("FA{YYYY}-{00000}", YEARLY, "FA2026-042", None, id="too-few-digits"),
        pytest.param("FA{YYYY}-{00000}", YEARLY, "FA2026-000042", None, id="extra-leading-zero"),
        pytest.param("F-{00}", NEVER, "F-0123", None, id="leading-zero-on-a-grown-counter"),
        pytest.param("FA{YYYY}-{00000}", YEARLY, "AV2026-00042", None, id="foreign-prefix"),
        pytest.param("FA{YYYY}-{00000}", YEARLY, "FA2026-00000", None, id="counter-zero"),
        pytest.param("FA{YY}{MM}-{0000}", MONTHLY, "FA2613-0042", None, id="month-13"),
        pytest.param("FA{YYYY}-{00000}", YEARLY, "fa2026-00042", None, id="other-case"),
        pytest.param("FA{YYYY}-{00000}", YEARLY, "", None, id="empty"),
    ],
)
def test_read(text: str, reset: ResetRule, number: str, expected: ParsedNumber | None) -> None:
    assert NumberMask.parse(text, reset).read(number) == expected


@pytest.mark.parametrize(
    ("reset", "issued", "expected"),
    [
        pytest.param(YEARLY, ISSUED, "2026", id="yearly"),
        pytest.param(MONTHLY, ISSUED, "2026-11", id="monthly"),
        pytest.param(MONTHLY, date(2027, 1, 31), "2027-01", id="monthly-padded"),
        pytest.param(NEVER, ISSUED, "", id="never"),
    ],
)
def test_period_key(reset: ResetRule, issued: date, expected: str) -> None:
    assert period_key(reset, issued) == expected


# --- Properties ---------------------------------------------------------------

LETTERS = st.text(alphabet="ABCDEFGHJKLMNPRSTVXYZabc", min_size=0, max_size=4)
SEPARATORS = st.sampled_from(["", "-", "_", ".", "/", "#"])
NON_EMPTY_SEPARATORS = st.sampled_from(["-", "_", ".", "/", "#"])


@st.composite
def masks(draw: st.DrawFn) -> NumberMask:
    reset = draw(st.sampled_from([NEVER, YEARLY, MONTHLY]))
    year_token = draw(
        st.sampled_from(["{YYYY}", "{YY}"] if reset is not NEVER else ["{YYYY}", "{YY}", None])
    )
    month_token = "{MM}" if reset is MONTHLY else draw(st.sampled_from(["{MM}", None]))
    counter = "{" + "0" * draw(st.integers(1, 8)) + "}"
    tokens = [token for token in (year_token, month_token) if token] + [counter]
    tokens = draw(st.permutations(tokens))
    text = draw(LETTERS)
    for position, token in enumerate(tokens):
        if position > 0:
            # After the counter, something that is not a digit must come first.
            previous_is_counter = tokens[position - 1] == counter
            text += draw(NON_EMPTY_SEPARATORS if previous_is_counter else SEPARATORS)
        text += token
    text += draw(LETTERS)
    # At most 4 + 6 + 4 + 10 + 2 + 4 = 30 characters: always within the 40 allowed.
    return NumberMask.parse(text, reset)


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
values = st.integers(min_value=1, max_value=10**9)


@given(masks(), dates, values)
def test_read_gives_back_what_render_wrote(mask: NumberMask, issued: date, value: int) -> None:
    number = mask.render(issued, value)
    has_year = "{YYYY}" in mask.parts or "{YY}" in mask.parts
    has_month = "{MM}" in mask.parts
    assert mask.read(number) == ParsedNumber(
        year=issued.year if has_year else None,
        month=issued.month if has_month else None,
        value=value,
    )


@given(masks(), dates, values, values)
def test_two_values_on_one_day_never_share_a_number(
    mask: NumberMask, issued: date, first: int, second: int
) -> None:
    assume(first != second)
    assert mask.render(issued, first) != mask.render(issued, second)
