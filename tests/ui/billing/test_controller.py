"""Billing from the window: the start-up review, the timer's runs, the status bar."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadence.domain.invoicing import PdfState
from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.customers import CustomerData, create_customer
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.models import BillingDecision, Invoice
from cadence.ui.billing.controller import BillingController
from cadence.ui.billing.review import Decision
from cadence.ui.clock import FixedClock
from cadence.ui.main_window import MainWindow
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences


def subscribe(operations: Operations, start: date) -> int:
    """Élodie subscribes to 29.00 a month (+ 20 % VAT) from `start`."""
    with operations.database.transaction() as session:
        item = create_item(session, ItemData(name="Logiciel de caisse"), today=start)
        plan = create_plan(
            session,
            PlanData(
                name="Caisse mensuelle",
                item_id=item.id,
                unit_price=Decimal("29.00"),
                available_from=date(2024, 1, 1),
            ),
            today=start,
        )
        customer = create_customer(
            session,
            CustomerData(
                name="Élodie Lefèvre",
                address_line1="3 place Bellecour",
                postal_code="69002",
                city="Lyon",
            ),
            today=start,
        )
        return create_subscription(
            session,
            SubscriptionData(customer_id=customer.id, plan_id=plan.id, start_date=start),
            today=start,
        ).id


def window_with_billing(
    operations: Operations, clock: FixedClock, preferences: Preferences, qtbot: QtBot
) -> tuple[MainWindow, BillingController]:
    window = MainWindow(operations, clock, preferences, tabs=[])
    qtbot.addWidget(window)
    return window, BillingController(window)


def invoices(operations: Operations) -> list[Invoice]:
    with operations.database.reading() as session:
        return list(session.scalars(select(Invoice).order_by(Invoice.period_start)))


def test_the_timer_issues_what_falls_due_and_writes_its_pdf(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    company_ready: Path,
    qtbot: QtBot,
) -> None:
    subscribe(operations, clock.today() + timedelta(days=5))
    window, billing = window_with_billing(operations, clock, preferences, qtbot)
    with qtbot.waitSignal(billing.run_finished):
        billing.start()  # nothing due yet: a run that issues nothing, then the timer
    assert billing.runner.timer.isActive()
    assert billing.runner.timer.interval() == 15 * 60_000
    assert "nothing new was due" in window.status_message.text()
    assert invoices(operations) == []

    clock.advance(days=6)  # past the first billing date
    with qtbot.waitSignal(billing.run_finished) as finished:
        billing.runner.timer.timeout.emit()
    assert finished.args[0].issued == 1
    assert window.status_message.text().startswith("1 invoice(s) issued at ")
    (invoice,) = invoices(operations)
    assert invoice.pdf_state is PdfState.WRITTEN
    assert Path(invoice.pdf_path or "").parent == company_ready / "2026"


def test_what_fell_due_while_closed_is_reviewed_first(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    company_ready: Path,
    qtbot: QtBot,
) -> None:
    subscription = subscribe(operations, date(2026, 9, 1))  # Sep, Oct, Nov are due
    _, billing = window_with_billing(operations, clock, preferences, qtbot)
    billing.start()
    qtbot.waitUntil(lambda: billing.review is not None)
    review = billing.review
    assert review is not None
    assert review.table.rowCount() == 3
    assert review.table.item(0, 0).text() == "Élodie Lefèvre"
    review.set_decision(0, Decision.SKIP)
    review.set_decision(1, Decision.POSTPONE, date(2026, 12, 10))
    with qtbot.waitSignal(billing.run_finished) as finished:
        review.issue_button.click()
    assert finished.args[0].issued == 1  # November only
    assert [i.period_start for i in invoices(operations)] == [date(2026, 11, 1)]
    with operations.database.reading() as session:
        decisions = {
            (d.period_start, d.decision.value, d.postponed_until)
            for d in session.scalars(
                select(BillingDecision).where(BillingDecision.subscription_id == subscription)
            )
        }
    assert decisions == {
        (date(2026, 9, 1), "skipped", None),
        (date(2026, 10, 1), "postponed", date(2026, 12, 10)),
    }


def test_later_issues_nothing_and_keeps_the_timer_off(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    company_ready: Path,
    qtbot: QtBot,
) -> None:
    subscribe(operations, date(2026, 10, 1))
    window, billing = window_with_billing(operations, clock, preferences, qtbot)
    billing.start()
    qtbot.waitUntil(lambda: billing.review is not None)
    assert billing.review is not None
    billing.review.later_button.click()
    assert billing.awaiting_review == 2
    assert not billing.runner.timer.isActive()
    assert "2 invoice(s) await your review" in window.status_message.text()
    assert invoices(operations) == []


def test_issuing_without_review_once_chosen(
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    company_ready: Path,
    qtbot: QtBot,
) -> None:
    subscribe(operations, date(2026, 10, 1))
    preferences.issue_without_review = True
    _, billing = window_with_billing(operations, clock, preferences, qtbot)
    with qtbot.waitSignal(billing.run_finished) as finished:
        billing.start()
    assert billing.review is None
    assert finished.args[0].issued == 2
