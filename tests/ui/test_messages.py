"""The core's messages as the window shows them: dates and amounts written as the
interface's language writes them, the command line keeping the ISO date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cadence.domain.errors import ConflictError, message
from cadence.ui.messages import error_text, translated

DAY = date(2026, 11, 9)


def test_a_date_is_written_as_the_interface_writes_it_and_the_cli_keeps_iso() -> None:
    refused = message("the line of {day} is money coming in", day=DAY)
    assert translated(refused) == "the line of 9 Nov 2026 is money coming in"
    assert str(refused) == "the line of 2026-11-09 is money coming in"
    assert error_text(ConflictError(refused)) == "the line of 9 Nov 2026 is money coming in"


def test_an_amount_is_money_only_when_its_currency_is_known() -> None:
    amount = Decimal("1234.5")
    with_currency = message("{amount} on {day}", amount=amount, day=DAY, currency="EUR")
    assert translated(with_currency) == "€1,234.50 on 9 Nov 2026"
    # A quantity or a rate is a Decimal too: without a currency it stays as given.
    assert translated(message("{count} boxes", count=Decimal("3"))) == "3 boxes"
    assert translated(message("{amount} due", amount=amount), currency="EUR") == "€1,234.50 due"


def test_a_message_inside_a_message_is_filled_the_same_way() -> None:
    problem = message("no collection on {day}", day=DAY)
    outer = message("“{file}” could not be read: {problem}", file="a.xml", problem=problem)
    assert translated(outer) == "“a.xml” could not be read: no collection on 9 Nov 2026"
