"""Free text the user types: cleaned on the way in, folded for search, neutralised for CSV."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadence.domain.errors import InvalidValue
from cadence.domain.text import clean_line, clean_text, neutralize_formula, search_key

# --- One line ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("  Jean   Dupont  ", "Jean Dupont", id="trimmed-and-collapsed"),
        pytest.param("Jean\u00a0\u00a0Dupont", "Jean Dupont", id="no-break-spaces-collapsed"),
        pytest.param("Ele\u0301onore", "El\u00e9onore", id="decomposed-accent-composed"),
        pytest.param("Dupont", "Dupont", id="unchanged"),
    ],
)
def test_clean_line(value: str, expected: str) -> None:
    assert clean_line(value, maximum=60) == expected


def test_clean_line_composes_e_and_acute_into_one_character() -> None:
    cleaned = clean_line("e\u0301", maximum=10)
    assert cleaned == "\u00e9"
    assert len(cleaned) == 1


def test_clean_line_counts_length_after_normalising() -> None:
    # Ten code points decomposed, five once composed: within a maximum of 5.
    assert clean_line("e\u0301" * 5, maximum=5) == "\u00e9" * 5
    # "  ab   c  " is "ab c" once cleaned: 4 characters.
    assert clean_line("  ab   c  ", maximum=4) == "ab c"


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("Jean\x00Dupont", id="nul"),
        pytest.param("\x1b[31mJean", id="escape"),
        pytest.param("Jean\nDupont", id="newline-in-one-line"),
        pytest.param("Jean\rDupont", id="carriage-return"),
        pytest.param("Jean\x7f", id="delete"),
    ],
)
def test_clean_line_refuses_control_characters(value: str) -> None:
    with pytest.raises(InvalidValue, match="control character"):
        clean_line(value, maximum=60)


def test_clean_line_reads_a_tab_pasted_from_a_spreadsheet_as_a_space() -> None:
    assert clean_line("Jean\tDupont\t", maximum=60) == "Jean Dupont"


@pytest.mark.parametrize("value", ["", "   ", "\u00a0"])
def test_clean_line_required_refuses_blank(value: str) -> None:
    with pytest.raises(InvalidValue, match="required"):
        clean_line(value, maximum=60)


def test_clean_line_optional_accepts_blank() -> None:
    assert clean_line("   ", maximum=60, required=False) == ""


def test_clean_line_refuses_too_long_and_says_how_long() -> None:
    with pytest.raises(InvalidValue) as raised:
        clean_line("abcdef", maximum=5)
    assert str(raised.value) == "at most 5 characters, not 6"


# --- Several lines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("Ligne 1\nLigne 2", "Ligne 1\nLigne 2", id="newline-kept"),
        pytest.param("Ligne 1\r\nLigne 2", "Ligne 1\nLigne 2", id="crlf-normalised"),
        pytest.param("Ligne 1\rLigne 2", "Ligne 1\nLigne 2", id="cr-normalised"),
        pytest.param("Ligne 1   \nLigne 2", "Ligne 1\nLigne 2", id="trailing-spaces-dropped"),
        pytest.param("\n\n  Texte \n\n", "Texte", id="outer-blank-lines-trimmed"),
        pytest.param("a\tb", "a\tb", id="inner-tab-kept"),
        pytest.param("Ele\u0301onore", "El\u00e9onore", id="nfc"),
        pytest.param("a\n\nb", "a\n\nb", id="paragraph-kept"),
    ],
)
def test_clean_text(value: str, expected: str) -> None:
    assert clean_text(value, maximum=200) == expected


@pytest.mark.parametrize("value", ["a\x00b", "a\x1bb", "\x07"])
def test_clean_text_refuses_control_characters(value: str) -> None:
    with pytest.raises(InvalidValue, match="control character"):
        clean_text(value, maximum=200)


def test_clean_text_refuses_too_long() -> None:
    with pytest.raises(InvalidValue, match="at most 3 characters, not 5"):
        clean_text("ab\ncd", maximum=3)


# --- Search keys -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        pytest.param(("O'Brien & <Fils>",), "obrien fils", id="apostrophe-and-punctuation"),
        pytest.param(("Élodie LEFÈVRE",), "elodie lefevre", id="accents-and-case"),
        pytest.param(("L’Oréal",), "loreal", id="typographic-apostrophe"),
        pytest.param(("L‘Oréal",), "loreal", id="left-single-quote"),
        pytest.param(("Müller_GmbH",), "muller gmbh", id="underscore-is-a-separator"),
        pytest.param(("Straße",), "strasse", id="sharp-s-casefolded"),
        pytest.param(("ﬁnance",), "finance", id="ligature-decomposed"),
        pytest.param(
            ("Élodie", None, "  LEFÈVRE  "), "elodie lefevre", id="several-parts-none-skipped"
        ),
        pytest.param((), "", id="nothing"),
        pytest.param(("", None), "", id="only-empty-parts"),
    ],
)
def test_search_key(parts: tuple[str | None, ...], expected: str) -> None:
    assert search_key(*parts) == expected


@given(st.lists(st.none() | st.text(), max_size=4))
def test_search_key_is_idempotent(parts: list[str | None]) -> None:
    key = search_key(*parts)
    assert search_key(key) == key


@given(st.text())
def test_search_key_of_text_is_idempotent(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key


# --- CSV formula injection ---------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("=SUM(A1)", "'=SUM(A1)", id="equals"),
        pytest.param("+33 6 12 34 56 78", "'+33 6 12 34 56 78", id="plus-phone-number"),
        pytest.param("@x", "'@x", id="at"),
        pytest.param("-x", "'-x", id="minus-text"),
        pytest.param("-1+1", "'-1+1", id="minus-formula"),
        pytest.param("\tfoo", "'\tfoo", id="tab-start"),
        pytest.param("\rfoo", "'\rfoo", id="carriage-return-start"),
        pytest.param("\uff1d1+1", "'\uff1d1+1", id="fullwidth-equals"),
        pytest.param("-12.50", "-12.50", id="negative-number-unchanged"),
        pytest.param("-12,50", "-12,50", id="negative-french-number-unchanged"),
        pytest.param("Dupont", "Dupont", id="plain-text-unchanged"),
        pytest.param("a=b", "a=b", id="equals-inside-unchanged"),
        pytest.param("", "", id="empty-unchanged"),
    ],
)
def test_neutralize_formula(cell: str, expected: str) -> None:
    assert neutralize_formula(cell) == expected
