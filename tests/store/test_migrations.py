"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from cadence.store import migrations
from cadence.store.database import APPLICATION_ID, Database, open_database
from cadence.store.models import Base


def test_migrating_an_empty_database_creates_every_table(database: Database) -> None:
    with database.reading() as session:
        tables = set(inspect(session.connection()).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_models_and_migrations_agree(database: Database) -> None:
    with database.reading() as session:
        context = MigrationContext.configure(
            session.connection(), opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], "write a migration for these model changes (see migrations/README.md)"


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from cadence.store import migrations

    scripts = ScriptDirectory(str(migrations.MIGRATIONS_FOLDER))
    assert migrations.head_revision() == scripts.get_current_head()
    assert migrations.known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_a_database_from_the_first_release_is_upgraded_with_its_data(tmp_path: Path) -> None:
    """Revision 0002 fills the new `billing_from` from each subscription's first paid day."""
    path = tmp_path / "cadence.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrations.alembic_config(connection), "0001")
        for statement in FIRST_RELEASE_ROWS.split(";"):
            if statement.strip():
                connection.exec_driver_sql(statement)
    engine.dispose()

    upgraded = open_database(path)
    with upgraded.reading() as session:
        rows = session.execute(text("SELECT id, billing_from FROM subscription ORDER BY id")).all()
    upgraded.close()
    assert upgraded.upgraded_from == "0001"
    assert [tuple(row) for row in rows] == [(1, "2026-02-14"), (2, "2026-03-01")]


FIRST_RELEASE_ROWS = """
INSERT INTO customer (id, kind, name, address_line1, postal_code, city, country, language,
    payment_method, invoice_by_email, notes, search_text, archived, created_on)
VALUES (1, 'individual', 'Élodie', '1 rue', '69002', 'Lyon', 'FR', 'fr', 'card', 0, '',
    'elodie', 0, '2026-01-31');
INSERT INTO catalogue_item (id, name, description, kind, vat_rate, archived, created_on)
VALUES (1, 'Caisse', '', 'service', 2000, 0, '2026-01-01');
INSERT INTO plan (id, name, description, item_id, unit_price, currency, vat_rate, interval_count,
    interval_unit, day_rule, timing, early_termination, grace_days, renewal_rule,
    renewal_notice_days, terms, available_from, archived, created_on)
VALUES (1, 'Mensuel', '', 1, 290000, 'EUR', 2000, 1, 'month', 'same_day', 'advance', 'no_fee', 0,
    'auto_renew', 30, '', '2026-01-01', 0, '2026-01-01');
INSERT INTO subscription (id, customer_id, plan_id, quantity, start_date, trial_end, billing_anchor,
    status, next_billing_date, cancel_at_period_end, cancellation_note, notes, archived, created_on)
VALUES (1, 1, 1, 1, '2026-01-31', '2026-02-14', '2026-02-14', 'active', '2026-02-14', 0, '', '', 0,
    '2026-01-31'),
       (2, 1, 1, 1, '2026-03-01', NULL, '2026-03-01', 'active', '2026-03-01', 0, '', '', 0,
    '2026-03-01');
"""


def test_the_revenue_history_of_an_older_database_is_derived_on_upgrade(tmp_path: Path) -> None:
    """Revision 0005 derives the revenue history of the subscriptions already there: the
    same segments, row for row, as the services keep for a database made today."""
    from datetime import date

    from cadence.services.demo import create_demo
    from cadence.services.revenue import revenue_history_problems

    path = tmp_path / "cadence.sqlite3"
    made = open_database(path)
    with made.transaction() as session:
        create_demo(session, customers=60, seed=3, today=date(2026, 11, 25))
    query = text(
        "SELECT subscription_id, customer_id, plan_id, currency, state, start_date, end_date, "
        "quantity, mrr, opened_by, closed_by FROM revenue_segment ORDER BY subscription_id, "
        "start_date"
    )
    with made.reading() as session:
        kept = [tuple(row) for row in session.execute(query)]
        # The demo changed a plan's price: a history the migration cannot know.
        prices = session.execute(text("SELECT count(*) FROM plan_price")).scalar_one()
    made.close()
    assert prices == 9  # 8 plans, one of which changed its price
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(migrations.alembic_config(connection), "0004")
    engine.dispose()

    upgraded = open_database(path)
    with upgraded.reading() as session:
        derived = [tuple(row) for row in session.execute(query)]
        problems = revenue_history_problems(session)
        seeded = session.execute(text("SELECT count(*) FROM plan_price")).scalar_one()
    upgraded.close()
    assert upgraded.upgraded_from == "0004"
    assert problems == []
    assert seeded == 8  # one price per plan, today's
    changed_price = {row[2] for row in kept if row[9] == "price_changed"}
    assert changed_price, "the demo raised a plan's price"
    # Every segment is as the services derived it, but for the price rise the
    # migration could not know of: those subscriptions' segments start undivided.
    assert [row for row in derived if row[2] not in changed_price] == [
        row for row in kept if row[2] not in changed_price
    ]


def test_an_older_database_never_mails_the_invoices_it_issued_before(tmp_path: Path) -> None:
    """Revision 0006 marks the invoices already issued as not wanted by e-mail: once
    upgraded, Cadence mails what it issues from then on, never the back catalogue."""
    from datetime import date, datetime

    from cadence.services.demo import create_demo
    from cadence.services.reminders import prepare_reminders

    path = tmp_path / "cadence.sqlite3"
    made = open_database(path)
    with made.transaction() as session:
        create_demo(session, customers=40, seed=5, today=date(2026, 11, 25))
        wanted = session.execute(
            text("SELECT count(*) FROM invoice WHERE buyer_wants_email")
        ).scalar_one()
    made.close()
    assert wanted > 0  # the demo has customers who want their invoices by e-mail
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(migrations.alembic_config(connection), "0005")
    engine.dispose()

    upgraded = open_database(path)
    with upgraded.transaction() as session:
        run = prepare_reminders(session, today=date(2026, 11, 26), now=datetime(2026, 11, 26, 9))
    upgraded.close()
    assert upgraded.upgraded_from == "0005"
    assert run.invoice_emails == 0


def test_invoices_issued_before_direct_debits_were_printed_keep_their_pdfs(
    tmp_path: Path,
) -> None:
    """Revision 0008 adds the direct-debit copies, empty on the invoices already issued:
    they keep their digests and print byte for byte what they printed, the new columns
    are as unchangeable as the rest, and the next invoice of a customer under a mandate
    carries it."""
    from datetime import date
    from decimal import Decimal

    from cadence.domain.parties import PaymentMethod
    from cadence.services.billing import run_billing
    from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
    from cadence.services.company import CompanyData, save_company
    from cadence.services.customers import CustomerData, create_customer
    from cadence.services.integrity import check_database
    from cadence.services.mandates import MandateData, create_mandate
    from cadence.services.pdfs import produce_pdfs, regenerate_pdf
    from cadence.services.subscriptions import SubscriptionData, create_subscription

    day = date(2026, 11, 25)
    path = tmp_path / "cadence.sqlite3"
    made = open_database(path)
    with made.batches() as session:
        save_company(
            session,
            CompanyData(
                legal_name="Atelier Nuage SAS",
                address_line1="12 rue de la Charité",
                postal_code="69002",
                city="Lyon",
                siren="732829320",
                vat_number="FR44732829320",
                iban="FR76 3000 6000 0112 3456 7890 189",
                sepa_creditor_id="FR72ZZZ123456",
                pdf_folder=str(tmp_path / "factures"),
            ),
            today=day,
        )
        item = create_item(session, ItemData(name="Logiciel de caisse"), today=day)
        plan = create_plan(
            session,
            PlanData(
                name="Caisse",
                item_id=item.id,
                unit_price=Decimal("29.00"),
                available_from=date(2026, 1, 1),
            ),
            today=day,
        )
        customer = create_customer(
            session,
            CustomerData(
                name="Élodie Lefèvre",
                address_line1="3 place Bellecour",
                postal_code="69002",
                city="Lyon",
                iban="FR76 3000 4000 0312 3456 7890 143",
                payment_method=PaymentMethod.DIRECT_DEBIT,
            ),
            today=day,
        )
        create_subscription(
            session,
            SubscriptionData(
                customer_id=customer.id, plan_id=plan.id, start_date=date(2026, 10, 1)
            ),
            today=day,
        )
        session.commit()
        run_billing(session, as_of=date(2026, 10, 1))
        produce_pdfs(session)
        written = dict(session.execute(text("SELECT number, pdf_sha256 FROM invoice")).all())
        session.commit()
    made.close()
    assert len(written) == 1
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(migrations.alembic_config(connection), "0007")
    engine.dispose()

    upgraded = open_database(path)
    try:
        assert upgraded.upgraded_from == "0007"
        with upgraded.batches() as session:
            assert check_database(session) == []  # digests and PDF files as they were
            (number,) = written
            again = regenerate_pdf(session, number=number, today=day, output=tmp_path / "a.pdf")
            assert (again.identical, again.sha256) == (True, written[number])
            # The mandate comes now: the next invoice is collected, the old one is not.
            create_mandate(session, MandateData(customer_id=customer.id, signed_on=day), today=day)
            session.commit()
            run_billing(session, as_of=date(2026, 11, 25))
            rows = session.execute(
                text("SELECT number, debit_mandate_reference FROM invoice ORDER BY id")
            ).all()
            assert [reference is None for _, reference in rows] == [True, False]
            assert check_database(session) == []
        # The database itself refuses to give an issued invoice a mandate afterwards.
        with pytest.raises(IntegrityError, match="cannot be changed"), upgraded.transaction() as s:
            s.execute(text("UPDATE invoice SET debit_mandate_reference = 'RUM-X' WHERE id = 1"))
    finally:
        upgraded.close()
