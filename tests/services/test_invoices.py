"""The Invoices tab's reads: pages of documents filtered, searched and sorted on
indexes; a document's PDF checked against its hash; what the payment and credit
note forms start from; writing a PDF on demand."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.direct_debit import MandateScheme
from cadence.domain.errors import ConflictError, NotFoundError
from cadence.domain.invoicing import InvoiceKind, InvoiceStatus
from cadence.domain.parties import PaymentMethod
from cadence.services.billing import run_billing
from cadence.services.company import company_data, get_company, save_company
from cadence.services.credit_notes import issue_credit_note
from cadence.services.direct_debit import (
    batch_collections,
    confirm_batch,
    create_batch,
    return_collection,
)
from cadence.services.invoices import (
    DocumentFilter,
    PdfAvailability,
    StatusFilter,
    document_pdf,
    invoice_page,
    invoice_row,
    invoice_to_credit,
    invoice_to_pay,
    list_invoices,
    write_pdf,
)
from cadence.services.payments import PaymentData, record_payment
from cadence.store.database import open_database
from cadence.store.models import Invoice

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal
DAY = date(2026, 11, 25)
START = date(2026, 9, 1)


@dataclass
class Documents:
    session: Session
    ids: dict[str, int]  # number → id
    elodie: int
    garage: int

    def numbers(self, **query: object) -> list[str | None]:
        return [row.number for row in invoice_page(self.session, today=DAY, **query)]  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def template(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> tuple[Path, dict[str, int]]:
    """Élodie Lefèvre billed on 1 Sep (paid), 1 Oct (overdue on 25 Nov) and 1 Nov;
    Garage Fournier SARL billed on 1 Nov for two boxes (29.00 + 20 % VAT each).
    Billed once for the module, copied for each test."""
    path = tmp_path_factory.mktemp("invoices") / "cadence.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = open_database(path)
    with database.batches() as session:
        make = Factory(session, START)
        make.company()
        elodie = make.customer()
        garage = make.customer(name="Garage Fournier SARL", email="")
        plan = make.plan()
        make.subscription(customer_id=elodie.id, plan_id=plan.id, start_date=START)
        make.subscription(
            customer_id=garage.id, plan_id=plan.id, start_date=date(2026, 11, 1), quantity=2
        )
        session.commit()
        for day in (START, date(2026, 10, 1), date(2026, 11, 1)):
            run_billing(session, as_of=day)
        record_payment(
            session,
            PaymentData(customer_id=elodie.id, received_on=date(2026, 9, 20), amount=D("34.80")),
            today=DAY,
        )
        session.commit()
        ids = {n: i for i, n in session.execute(select(Invoice.id, Invoice.number)) if n}
        ids.update(elodie=elodie.id, garage=garage.id)
    database.close()
    return path, ids


@pytest.fixture
def documents(template: tuple[Path, dict[str, int]], tmp_path: Path) -> Iterator[Documents]:
    """A copy of the template, writing its PDFs in the test's own folder."""
    path = tmp_path / "cadence.sqlite3"
    shutil.copyfile(template[0], path)
    database = open_database(path)
    ids = dict(template[1])
    with database.batches() as session:
        data = company_data(get_company(session))
        save_company(session, replace(data, pdf_folder=str(tmp_path / "pdf")), today=DAY)
        session.commit()
        yield Documents(session, ids, ids.pop("elodie"), ids.pop("garage"))
    database.close()


def test_newest_first_with_what_is_left_to_pay(documents: Documents) -> None:
    rows = invoice_page(documents.session, today=DAY)
    assert [(row.number, row.issue_date, row.left_to_pay, row.overdue) for row in rows] == [
        ("FA2026-00004", date(2026, 11, 1), D("69.60"), False),
        ("FA2026-00003", date(2026, 11, 1), D("34.80"), False),
        ("FA2026-00002", date(2026, 10, 1), D("34.80"), True),
        ("FA2026-00001", date(2026, 9, 1), D("0.00"), False),
    ]
    assert rows[0].customer_name == "Garage Fournier SARL"
    assert documents.numbers(descending=False)[0] == "FA2026-00001"
    assert documents.numbers(sort="number", descending=False) == [
        "FA2026-00001",
        "FA2026-00002",
        "FA2026-00003",
        "FA2026-00004",
    ]
    assert documents.numbers(offset=1, limit=2) == ["FA2026-00003", "FA2026-00002"]
    with pytest.raises(ValueError, match="cannot sort"):
        invoice_page(documents.session, today=DAY, sort="total_gross")


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (StatusFilter.ALL, ["FA2026-00004", "FA2026-00003", "FA2026-00002", "FA2026-00001"]),
        (StatusFilter.UNPAID, ["FA2026-00004", "FA2026-00003", "FA2026-00002"]),
        (StatusFilter.OVERDUE, ["FA2026-00002"]),
        (StatusFilter.ISSUED, ["FA2026-00004", "FA2026-00003", "FA2026-00002"]),
        (StatusFilter.PARTIALLY_PAID, []),
        (StatusFilter.PAID, ["FA2026-00001"]),
        (StatusFilter.CREDITED, []),
        (StatusFilter.CREDIT_NOTES, []),
    ],
)
def test_the_status_filter(documents: Documents, status: StatusFilter, expected: list[str]) -> None:
    assert documents.numbers(filters=DocumentFilter(status)) == expected


def test_credit_notes_are_their_own_filter_and_credited_invoices_theirs(
    documents: Documents,
) -> None:
    issue_credit_note(documents.session, invoice_id=documents.ids["FA2026-00003"], today=DAY)
    issue_credit_note(
        documents.session,
        invoice_id=documents.ids["FA2026-00004"],
        today=DAY,
        line_amounts={1: D("10.00")},
    )
    notes = invoice_page(
        documents.session, today=DAY, filters=DocumentFilter(StatusFilter.CREDIT_NOTES)
    )
    assert [(row.number, row.kind, row.corrects_number, row.left_to_pay) for row in notes] == [
        ("AV2026-00002", InvoiceKind.CREDIT_NOTE, "FA2026-00004", D("0.00")),
        ("AV2026-00001", InvoiceKind.CREDIT_NOTE, "FA2026-00003", D("0.00")),
    ]
    assert documents.numbers(filters=DocumentFilter(StatusFilter.CREDITED)) == ["FA2026-00003"]
    assert documents.numbers(filters=DocumentFilter(StatusFilter.PARTIALLY_PAID)) == [
        "FA2026-00004"
    ]
    # Unpaid lists invoices only: a credit note is "issued" too, but owes nothing.
    assert "AV2026-00001" not in documents.numbers(filters=DocumentFilter(StatusFilter.UNPAID))


def test_the_period_filter_includes_both_days(documents: Documents) -> None:
    october = DocumentFilter(issued_from=date(2026, 10, 1), issued_to=date(2026, 11, 1))
    assert documents.numbers(filters=october) == ["FA2026-00004", "FA2026-00003", "FA2026-00002"]
    unpaid_october = DocumentFilter(
        StatusFilter.UNPAID, issued_from=date(2026, 9, 1), issued_to=date(2026, 10, 31)
    )
    assert documents.numbers(filters=unpaid_october) == ["FA2026-00002"]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("ELODIE lefevre", ["FA2026-00003", "FA2026-00002", "FA2026-00001"]),  # case, accents
        ("fournier", ["FA2026-00004"]),
        ("2026-00002", ["FA2026-00002"]),
        ("fa2026-00004", ["FA2026-00004"]),
        ("FA", []),  # no digit: never every number
        ("100%", []),  # a wildcard is a character
        ("   ", ["FA2026-00004", "FA2026-00003", "FA2026-00002", "FA2026-00001"]),
    ],
)
def test_search_by_customer_or_number(
    documents: Documents, search: str, expected: list[str]
) -> None:
    assert documents.numbers(search=search) == expected


def test_one_row_and_a_missing_one(documents: Documents) -> None:
    row = invoice_row(documents.session, documents.ids["FA2026-00002"], today=DAY)
    assert (row.number, row.status, row.overdue) == ("FA2026-00002", InvoiceStatus.ISSUED, True)
    with pytest.raises(NotFoundError):
        invoice_row(documents.session, 999, today=DAY)


def test_a_pdf_is_read_whole_and_checked_against_its_hash(documents: Documents) -> None:
    invoice_id = documents.ids["FA2026-00002"]
    pending = document_pdf(documents.session, invoice_id)
    assert (pending.availability, pending.content, pending.number) == (
        PdfAvailability.NOT_WRITTEN,
        None,
        "FA2026-00002",
    )
    path = write_pdf(documents.session, invoice_id=invoice_id, today=DAY).path
    ready = document_pdf(documents.session, invoice_id)
    assert (ready.availability, ready.path, ready.content) == (
        PdfAvailability.READY,
        path,
        path.read_bytes(),
    )
    path.write_bytes(path.read_bytes() + b"%")
    assert document_pdf(documents.session, invoice_id).availability is PdfAvailability.FILE_CHANGED
    path.unlink()
    missing = document_pdf(documents.session, invoice_id)
    assert (missing.availability, missing.path) == (PdfAvailability.FILE_MISSING, path)
    write_pdf(documents.session, invoice_id=invoice_id, today=DAY)
    assert document_pdf(documents.session, invoice_id).availability is PdfAvailability.READY


def test_a_folder_that_cannot_be_written_is_a_refusal_not_a_crash(
    documents: Documents, tmp_path: Path
) -> None:
    blocker = tmp_path / "pdf" / "2026"  # where the year's folder should be
    blocker.parent.mkdir()
    blocker.write_text("a file")
    session = documents.session
    with pytest.raises(ConflictError) as refused:
        write_pdf(session, invoice_id=documents.ids["FA2026-00002"], today=DAY)
    assert "the PDF of FA2026-00002 could not be written to" in str(refused.value)
    assert str(blocker) in str(refused.value)


def test_what_the_payment_form_starts_from(documents: Documents) -> None:
    to_pay = invoice_to_pay(documents.session, documents.ids["FA2026-00002"])
    assert (to_pay.number, to_pay.customer_id, to_pay.left_to_pay, to_pay.usual_method) == (
        "FA2026-00002",
        documents.elodie,
        D("34.80"),
        PaymentMethod.BANK_TRANSFER,
    )
    assert to_pay.customer_name == "Élodie Lefèvre"
    with pytest.raises(ConflictError, match="nothing left to pay"):
        invoice_to_pay(documents.session, documents.ids["FA2026-00001"])


def test_what_the_credit_note_form_starts_from(documents: Documents) -> None:
    invoice_id = documents.ids["FA2026-00004"]
    issue_credit_note(
        documents.session, invoice_id=invoice_id, today=DAY, line_amounts={1: D("10")}
    )
    to_credit = invoice_to_credit(documents.session, invoice_id)
    assert (to_credit.total_net, to_credit.total_gross, to_credit.credited_so_far) == (
        D("58.00"),
        D("69.60"),
        D("12.00"),
    )
    assert [(line.position, line.net_amount) for line in to_credit.lines] == [(1, D("58.00"))]
    note = documents.session.scalars(
        select(Invoice.id).where(Invoice.kind == InvoiceKind.CREDIT_NOTE)
    ).one()
    with pytest.raises(ConflictError, match="only an issued invoice"):
        invoice_to_credit(documents.session, note)


def test_an_announced_debit_past_due_is_the_owners_to_request_not_overdue(
    books: Factory,
) -> None:
    """Fromagerie Dubois' invoice said it would be debited on 19 November; no batch asks
    for it yet. Late Payer's, due the same day, is to pay by transfer: overdue."""
    session = books.session
    books.company(sepa_creditor_id="FR72ZZZ123456")
    plan = books.plan().id
    dubois = books.debtor(name="Fromagerie Dubois", signed_on=date(2026, 10, 1)).id
    payer = books.customer(name="Late Payer").id
    for customer in (dubois, payer):
        books.subscription(customer_id=customer, plan_id=plan, start_date=date(2026, 10, 20))
    session.commit()
    run_billing(session, as_of=date(2026, 10, 20))

    def state(customer_id: int) -> tuple[bool, bool, str | None]:
        (row,) = [row for row in invoice_page(session, today=DAY) if row.customer_id == customer_id]
        return row.overdue, row.debit_to_request, row.collection_batch

    def overdue() -> set[int]:
        rows = invoice_page(session, today=DAY, filters=DocumentFilter(StatusFilter.OVERDUE))
        listed = list_invoices(session, today=DAY, overdue_only=True)
        assert {row.id for row in rows} == {record.id for record in listed}
        return {row.customer_id for row in rows}

    assert state(dubois) == (False, True, None)
    assert state(payer) == (True, False, None)
    assert overdue() == {payer}
    (record,) = list_invoices(session, today=DAY, customer_id=dubois)
    assert not record.overdue  # the customer's page and the CLI say the same

    batch, _ = create_batch(
        session, collection_date=date(2026, 11, 26), scheme=MandateScheme.CORE, today=DAY
    )
    assert state(dubois) == (False, False, batch.reference)  # asked of the bank
    confirm_batch(session, batch.id, received_on=date(2026, 11, 26), today=date(2026, 11, 26))
    (collection,) = batch_collections(session, batch.id)
    return_collection(
        session,
        collection.id,
        returned_on=date(2026, 11, 26),
        reason_code="AM04",
        today=date(2026, 11, 26),
    )
    assert state(dubois) == (True, False, None)  # came back: the customer's to pay
    assert overdue() == {payer, dubois}
