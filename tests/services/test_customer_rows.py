"""The customers table's pages: sorted, searched, with each customer's running
subscriptions and balance summed for the page only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from cadence.services.billing import run_billing
from cadence.services.credit_notes import issue_credit_note
from cadence.services.customers import (
    CUSTOMER_SORTS,
    archive_customer,
    customer_rows,
    list_customers,
)
from cadence.services.payments import PaymentData, customer_balance, record_payment
from cadence.store.models import Invoice

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal


def test_rows_sort_by_any_column_both_ways(make: Factory) -> None:
    make.customer(name="Zoé Martin", city="annecy", email="zoe@exemple.fr")
    make.customer(name="Élodie Lefèvre", city="Paris", postal_code="75011", email="")
    make.customer(name="Bruno Petit", city="Lyon", email="bruno@exemple.fr")
    session = make.session

    def names(sort: str, descending: bool = False) -> list[str]:
        rows = customer_rows(session, sort=sort, descending=descending)
        return [row.name for row in rows]

    # By name as a reader expects it: Élodie among the E's.
    assert names("name") == ["Bruno Petit", "Élodie Lefèvre", "Zoé Martin"]
    assert names("name", descending=True) == ["Zoé Martin", "Élodie Lefèvre", "Bruno Petit"]
    # Case does not matter; a customer without an e-mail comes last either way.
    assert names("city") == ["Zoé Martin", "Bruno Petit", "Élodie Lefèvre"]
    assert names("email") == ["Bruno Petit", "Zoé Martin", "Élodie Lefèvre"]
    assert names("email", descending=True) == ["Zoé Martin", "Bruno Petit", "Élodie Lefèvre"]
    for sort in CUSTOMER_SORTS:
        assert len(names(sort)) == 3
    with pytest.raises(ValueError, match="cannot be sorted"):
        customer_rows(session, sort="balance")


def test_rows_are_paged_searched_and_leave_archived_customers_out(
    make: Factory, session: Session, today: date
) -> None:
    for name in ("Anne Aubry", "Bernard Blanc", "Chloé Caron", "Denis Dupont"):
        make.customer(name=name)
    gone = make.customer(name="Chloé Girard")
    archive_customer(session, gone.id, today=today)

    page = customer_rows(session, offset=1, limit=2)
    assert [row.name for row in page] == ["Bernard Blanc", "Chloé Caron"]
    assert [row.name for row in customer_rows(session, search="CHLOE")] == ["Chloé Caron"]
    found = customer_rows(session, search="chloe", include_archived=True)
    assert [(row.name, row.archived) for row in found] == [
        ("Chloé Caron", False),
        ("Chloé Girard", True),
    ]
    assert customer_rows(session, search="nobody") == []


def test_the_list_of_customers_takes_the_same_sorts(make: Factory, session: Session) -> None:
    make.customer(name="Anne Aubry", city="Toulouse")
    make.customer(name="Bernard Blanc", city="Brest")
    by_city = list_customers(session, sort="city", descending=True)
    assert [customer.name for customer in by_city] == ["Anne Aubry", "Bernard Blanc"]


def test_rows_carry_running_subscriptions_and_the_statement_balance(books: Factory) -> None:
    """29.00 + 20 % a month from 1 September: three invoices of 34.80 on 25 November."""
    customer = books.customer()
    books.subscription(customer_id=customer.id, start_date=date(2026, 9, 1))
    idle = books.customer(name="Bruno Petit")
    books.session.commit()
    run_billing(books.session, as_of=date(2026, 11, 25))
    record_payment(
        books.session,
        PaymentData(customer.id, date(2026, 11, 25), D("50.00")),
        today=date(2026, 11, 25),
    )
    invoices = books.session.query(Invoice).order_by(Invoice.id).all()
    issue_credit_note(books.session, invoice_id=invoices[-1].id, today=date(2026, 11, 25))

    rows = {row.id: row for row in customer_rows(books.session)}
    assert rows[customer.id].running_subscriptions == 1
    # 3 × 34.80 − 50.00 paid − 34.80 credited
    assert rows[customer.id].balance == D("19.60")
    balance = customer_balance(books.session, customer.id)
    assert rows[customer.id].balance == balance.owed - balance.credit
    assert rows[customer.id].currency == "EUR"
    assert (rows[idle.id].running_subscriptions, rows[idle.id].balance) == (0, D(0))
