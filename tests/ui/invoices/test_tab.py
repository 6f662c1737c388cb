"""The list of documents: what each row says, the filters, the search, the order,
and the window's shortcuts applied to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMainWindow, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadence.domain.parties import PaymentMethod
from cadence.services.billing import run_billing
from cadence.services.company import company_data, get_company, save_company
from cadence.services.credit_notes import issue_credit_note
from cadence.services.customers import CustomerData, create_customer
from cadence.services.mandates import MandateData, create_mandate
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.models import Plan
from cadence.ui.invoices.filters import Period, period_dates
from cadence.ui.invoices.tab import InvoicesTab
from cadence.ui.operations import Operations

from .conftest import Books, Navigator  # type: ignore[import-not-found]

TODAY = date(2026, 11, 25)


def numbers(tab: InvoicesTab) -> list[str | None]:
    return [row.number for row in tab.model.rows()]


def cell(
    tab: InvoicesTab, number: str, column: int, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    row = numbers(tab).index(number)
    return tab.model.data(tab.model.index(row, column), role)


def test_every_document_newest_first_with_what_is_left_to_pay(tab: InvoicesTab) -> None:
    assert numbers(tab) == ["FA2026-00004", "FA2026-00003", "FA2026-00002", "FA2026-00001"]
    assert [cell(tab, "FA2026-00004", column) for column in range(8)] == [
        "FA2026-00004",
        "Invoice",
        "Garage Fournier SARL",
        "1 Nov 2026",
        "1 Dec 2026",
        "€69.60",
        "€69.60",
        "Awaiting payment",
    ]
    assert cell(tab, "FA2026-00001", 6) == ""  # paid: nothing left
    assert cell(tab, "FA2026-00001", 7) == "Paid"
    assert cell(tab, "FA2026-00002", 7) == "Overdue"
    assert cell(tab, "FA2026-00002", 7, Qt.ItemDataRole.ToolTipRole) == (
        "Due on 31 Oct 2026: 25 day(s) late"
    )
    assert cell(tab, "FA2026-00004", 5, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )


def test_statuses_have_their_own_readable_tint(tab: InvoicesTab) -> None:
    def tint(number: str) -> object:
        brush = cell(tab, number, 0, Qt.ItemDataRole.BackgroundRole)
        return brush.color().name() if isinstance(brush, QBrush) else None

    paid, overdue, awaiting = tint("FA2026-00001"), tint("FA2026-00002"), tint("FA2026-00003")
    assert awaiting is None  # the usual case stays plain: what needs attention stands out
    assert paid is not None
    assert overdue is not None
    assert paid != overdue
    brush = cell(tab, "FA2026-00002", 0, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color().alpha() < 100  # translucent: the theme's own background shows


def test_a_credit_note_reads_as_money_given_back(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    with operations.database.transaction() as session:
        issue_credit_note(session, invoice_id=books.id("FA2026-00003"), today=TODAY)
    with qtbot.waitSignal(tab.model.loaded):
        tab.model.reload()
    assert numbers(tab)[0] == "AV2026-00001"
    assert cell(tab, "AV2026-00001", 1) == "Credit note"
    assert cell(tab, "AV2026-00001", 1, Qt.ItemDataRole.ToolTipRole) == (
        "Corrects invoice FA2026-00003"
    )
    assert cell(tab, "AV2026-00001", 5) == "-€34.80"
    assert cell(tab, "FA2026-00003", 7) == "Credited"


def test_the_status_filter_keeps_what_it_says(tab: InvoicesTab, qtbot: QtBot) -> None:
    combo = tab.filters.status
    for label, expected in (
        ("Overdue", ["FA2026-00002"]),
        ("Unpaid", ["FA2026-00004", "FA2026-00003", "FA2026-00002"]),
        ("Paid", ["FA2026-00001"]),
        ("Credit notes", []),
    ):
        with qtbot.waitSignal(tab.model.loaded):
            combo.setCurrentIndex(combo.findText(label))
        assert numbers(tab) == expected, label
    assert tab.empty.isVisible()  # "nothing matches", rather than a blank table


def test_the_period_filter_quick_choices_and_typed_dates(tab: InvoicesTab, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tab.model.loaded):
        tab.filters.set_period(Period.LAST_MONTH)  # October 2026
    assert numbers(tab) == ["FA2026-00002"]
    assert tab.filters.issued_from.isVisibleTo(tab.filters)
    with qtbot.waitSignal(tab.model.loaded):
        tab.filters.issued_from.setDate(date(2026, 9, 1))
    assert tab.filters.period.currentData() is Period.CHOSEN
    assert numbers(tab) == ["FA2026-00002", "FA2026-00001"]
    with qtbot.waitSignal(tab.model.loaded):
        tab.filters.set_period(Period.ALL)
    assert len(numbers(tab)) == 4
    assert not tab.filters.issued_from.isVisibleTo(tab.filters)  # hidden: not applied


def test_quick_periods_cover_whole_months_and_years() -> None:
    assert period_dates(Period.THIS_MONTH, date(2026, 2, 14)) == (
        date(2026, 2, 1),
        date(2026, 2, 28),
    )
    assert period_dates(Period.LAST_MONTH, date(2026, 1, 31)) == (
        date(2025, 12, 1),
        date(2025, 12, 31),
    )
    assert period_dates(Period.THIS_YEAR, date(2026, 2, 14)) == (
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    assert period_dates(Period.ALL, date(2026, 2, 14)) is None


def test_search_by_customer_name_or_number(tab: InvoicesTab, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.keyClicks(tab.table.search_box, "fournier")
    assert numbers(tab) == ["FA2026-00004"]
    tab.table.search_box.clear()
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.keyClicks(tab.table.search_box, "elodie 00002")
    assert numbers(tab) == []  # every word must match the customer; a number alone is one
    tab.table.search_box.clear()
    with qtbot.waitSignal(tab.model.loaded):
        qtbot.keyClicks(tab.table.search_box, "2026-00002")
    assert numbers(tab) == ["FA2026-00002"]


def test_only_indexed_columns_sort_and_the_indicator_says_the_truth(
    tab: InvoicesTab, qtbot: QtBot
) -> None:
    header = tab.table.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        3,
        Qt.SortOrder.DescendingOrder,
    )
    with qtbot.waitSignal(tab.model.loaded):
        tab.table.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert numbers(tab)[0] == "FA2026-00001"
    tab.table.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # Customer: not sortable
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        3,
        Qt.SortOrder.AscendingOrder,
    )


def test_show_record_lifts_the_filters_and_selects_the_document(
    books: Books, tab: InvoicesTab, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(tab.model.loaded):
        tab.filters.set_period(Period.THIS_MONTH)  # November: not the overdue invoice
    assert "FA2026-00002" not in numbers(tab)
    tab.show_record(books.id("FA2026-00002"))
    qtbot.waitUntil(
        lambda: (current := tab.table.current()) is not None and current.number == "FA2026-00002"
    )
    assert tab.filters.period.currentData() is Period.ALL
    assert tab.table.search_box.text() == "FA2026-00002"
    assert tab.heading.text() == "Invoice FA2026-00002 — Élodie Lefèvre"


def test_the_context_menu_offers_what_fits_the_document(
    books: Books,
    tab: InvoicesTab,
    navigator: Navigator,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Shown for real, a menu grabs the keyboard, which the offscreen platform refuses.
    monkeypatch.setattr(QMenu, "popup", lambda menu, position, action=None: None)
    view = tab.table.view
    paid_row = numbers(tab).index("FA2026-00001")
    rect = view.visualRect(tab.model.index(paid_row, 2))
    view.customContextMenuRequested.emit(rect.center())
    menu = tab.context_menu
    assert menu is not None
    enabled = {action.text() for action in menu.actions() if action.isEnabled() and action.text()}
    assert "Credit note…" in enabled
    assert "Record a payment…" not in enabled  # nothing left to pay
    next(action for action in menu.actions() if action.text() == "Show the customer").trigger()
    assert navigator.opened == [("customers", books.customers["Élodie Lefèvre"])]


def test_delete_says_how_to_correct_an_invoice_instead(tab: InvoicesTab) -> None:
    tab.table.view.selectRow(0)
    tab.archive_selected()
    window = tab.context.window
    assert isinstance(window, QMainWindow)
    assert "credit note" in window.statusBar().currentMessage()


def test_money_left_is_exact(books: Books, tab: InvoicesTab) -> None:
    assert [row.left_to_pay for row in tab.model.rows()] == [
        Decimal("69.60"),
        Decimal("34.80"),
        Decimal("34.80"),
        Decimal("0.00"),
    ]


def test_an_announced_debit_past_due_reads_as_the_owners_to_request(
    books: Books, tab: InvoicesTab, operations: Operations, qtbot: QtBot
) -> None:
    """Fromagerie Dubois pays by direct debit, invoices due 10 days after their date: its
    invoice of 5 November said it would be debited from the 15th. No batch asks for it."""
    with operations.database.batches() as session:
        company = company_data(get_company(session))
        save_company(
            session,
            replace(company, payment_terms_days=10, sepa_creditor_id="FR72ZZZ123456"),
            today=TODAY,
        )
        customer = create_customer(
            session,
            CustomerData(
                name="Fromagerie Dubois",
                address_line1="3 place Bellecour",
                postal_code="69002",
                city="Lyon",
                iban="FR76 3000 4000 0312 3456 7890 143",
                payment_method=PaymentMethod.DIRECT_DEBIT,
            ),
            today=TODAY,
        ).id
        create_mandate(
            session, MandateData(customer_id=customer, signed_on=date(2026, 11, 1)), today=TODAY
        )
        plan = session.scalars(select(Plan.id)).one()
        create_subscription(
            session,
            SubscriptionData(customer_id=customer, plan_id=plan, start_date=date(2026, 11, 5)),
            today=TODAY,
        )
        session.commit()
        run_billing(session, as_of=date(2026, 11, 5))
    with qtbot.waitSignal(tab.model.loaded):
        tab.model.reload()
    assert cell(tab, "FA2026-00005", 4) == "15 Nov 2026"
    assert cell(tab, "FA2026-00005", 7) == "Direct debit to request"
    assert cell(tab, "FA2026-00005", 7, Qt.ItemDataRole.ToolTipRole) == (
        "Due on 15 Nov 2026, announced to the customer as debited: not in a batch yet "
        "(Direct debit…)"
    )
    to_request = cell(tab, "FA2026-00005", 0, Qt.ItemDataRole.BackgroundRole)
    overdue = cell(tab, "FA2026-00002", 0, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(to_request, QBrush)
    assert isinstance(overdue, QBrush)
    assert to_request.color() != overdue.color()  # not late: not the red of late
    combo = tab.filters.status
    with qtbot.waitSignal(tab.model.loaded):
        combo.setCurrentIndex(combo.findText("Overdue"))
    assert numbers(tab) == ["FA2026-00002"]  # Élodie's, to pay by transfer
