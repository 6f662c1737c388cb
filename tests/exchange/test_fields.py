"""The values every reader shares: amounts, dates, text and encodings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadence.domain.errors import InvalidValue
from cadence.exchange.fields import clean, decode, parse_amount, parse_date
from cadence.exchange.statement import StatementFileError

_THOUSANDS = st.sampled_from([" ", "\u00a0", "\u202f", ".", ""])


def _french(amount: Decimal, separator: str) -> str:
    """Written as a French bank writes it: "-1 234 567,89"."""
    sign = "-" if amount < 0 else ""
    units, cents = f"{abs(amount):.2f}".split(".")
    groups = []
    while units:
        groups.insert(0, units[-3:])
        units = units[:-3]
    return f"{sign}{separator.join(groups)},{cents}"


@given(
    amount=st.decimals(
        min_value=Decimal("-9999999999.99"), max_value=Decimal("9999999999.99"), places=2
    ),
    separator=_THOUSANDS,
)
def test_any_amount_written_the_french_way_reads_back_equal(
    amount: Decimal, separator: str
) -> None:
    read = parse_amount(_french(amount, separator), decimal_comma=True)

    assert read == amount
    assert read.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("written", "decimal_comma", "expected"),
    [
        ("1 234,56", True, "1234.56"),
        ("-1234,56", True, "-1234.56"),
        ("+12,5", True, "12.5"),
        ("1.234,56", True, "1234.56"),
        ("\u22121\u00a0234,56 €", True, "-1234.56"),
        ("-0,00", True, "0.00"),
        ("1,234.56", False, "1234.56"),
        ("-1234.56", False, "-1234.56"),
        ("42", False, "42"),
    ],
)
def test_amounts_read_exactly(written: str, decimal_comma: bool, expected: str) -> None:
    read = parse_amount(written, decimal_comma=decimal_comma)

    assert read == Decimal(expected)
    assert str(read) == expected


@pytest.mark.parametrize(
    "written", ["12,3,4", "1 23,45", "1 234.567,8", "12.34", "", "douze", "1e3", "NaN"]
)
def test_what_is_no_french_amount_is_refused(written: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_amount(written, decimal_comma=True)

    assert str(caught.value) == f"“{written}” is not an amount"


def test_dates_that_do_not_exist_are_refused() -> None:
    assert parse_date("3/11/2026", "%d/%m/%Y") == date(2026, 11, 3)
    with pytest.raises(InvalidValue) as caught:
        parse_date("31/02/2026", "%d/%m/%Y")

    assert str(caught.value) == "“31/02/2026” is not a date in the format dd/mm/yyyy"


def test_text_stays_data_with_its_accents() -> None:
    written = "  VIR\tSEPA\u00a0\u00a0HÉLÈNE\r\nLEFÈVRE\x07 \u202eEVIL\u202c\u200b "

    assert clean(written) == "VIR SEPA HÉLÈNE LEFÈVRE EVIL"
    assert clean("Cafe\u0301") == "Café"  # composed (NFC)


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Libellé;€".encode(), "Libellé;€", "utf-8"),
        ("\ufeffLibellé".encode(), "Libellé", "utf-8-sig"),
        ("Libellé;€".encode("iso-8859-15"), "Libellé;€", "iso-8859-15"),
        ("L’échéance;€".encode("cp1252"), "L’échéance;€", "cp1252"),
    ],
)
def test_the_encoding_is_guessed(data: bytes, text: str, encoding: str) -> None:
    assert decode(data, "f.csv") == (text, encoding)


def test_a_ctrl_z_at_the_end_is_tolerated_but_not_inside() -> None:
    assert decode(b"a;b\r\n\x1a", "f.csv") == ("a;b\r\n", "utf-8")
    with pytest.raises(StatementFileError) as caught:
        decode(b"a;b\r\n\x1ac;d\r\n", "f.csv")

    assert caught.value.line == 2
