"""SEPA direct debit through the services: mandates, FRST then RCUR batches across two
months, each file valid against the official ISO 20022 XSD, cancellation, confirmation,
and a returned debit that puts the invoice back in the dunning."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache
from importlib.resources import files

import pytest
from lxml import etree

from cadence.domain.direct_debit import BatchStatus, CollectionStatus, MandateScheme, SequenceType
from cadence.domain.errors import ConflictError, ValidationError
from cadence.domain.invoicing import InvoiceStatus, PaymentStatus
from cadence.domain.parties import CustomerKind, PaymentMethod
from cadence.services.billing import run_billing
from cadence.services.direct_debit import (
    NO_MANDATE,
    OTHER_SCHEME,
    batch_collections,
    cancel_batch,
    confirm_batch,
    create_batch,
    preview_batch,
    requested_collections,
    return_collection,
    target_closed,
)
from cadence.services.invoices import list_invoices
from cadence.services.mandates import MandateData, create_mandate, list_mandates, revoke_mandate
from cadence.services.reports.receivables import payment_behaviour
from cadence.store.models import Payment

from .conftest import Factory  # type: ignore[import-not-found]

ICS = "FR72ZZZ123456"
PAIN = "{urn:iso:std:iso:20022:tech:xsd:pain.008.001.08}"


@cache
def _schema() -> etree.XMLSchema:
    path = files("sepaxml") / "schemas" / "pain.008.001.08.xsd"
    return etree.XMLSchema(etree.parse(str(path)))


def _valid(content: bytes) -> etree._Element:
    root = etree.fromstring(content)
    schema = _schema()
    assert schema.validate(root), schema.error_log
    return root


def _sequences(root: etree._Element) -> dict[str, list[str]]:
    """Each PmtInf's sequence type → the end-to-end ids in it."""
    found: dict[str, list[str]] = {}
    for block in root.iter(f"{PAIN}PmtInf"):
        sequence = block.findtext(f"{PAIN}PmtTpInf/{PAIN}SeqTp")
        found[str(sequence)] = [str(node.text) for node in block.iter(f"{PAIN}EndToEndId")]
    return found


@pytest.fixture
def debtor(books: Factory) -> tuple[int, int]:
    """A company customer paying a monthly 29.00 € HT plan by direct debit from 1 Oct."""
    books.company(sepa_creditor_id=ICS)
    customer = books.customer(
        name="O'Brien & <Fils>",
        kind=CustomerKind.COMPANY,
        iban="DE89 3704 0044 0532 0130 00",
        bic="COBADEFFXXX",
        payment_method=PaymentMethod.DIRECT_DEBIT,
    )
    mandate = create_mandate(
        books.session,
        MandateData(customer_id=customer.id, signed_on=date(2026, 9, 20)),
        today=books.today,
    )
    books.subscription(customer_id=customer.id, start_date=date(2026, 10, 1))
    books.session.commit()
    return customer.id, mandate.id


def test_first_then_recurrent_across_two_months_each_file_valid(
    books: Factory, debtor: tuple[int, int]
) -> None:
    customer_id, mandate_id = debtor
    session = books.session
    run_billing(session, as_of=date(2026, 10, 1))
    october = preview_batch(
        session,
        collection_date=date(2026, 11, 2),
        scheme=MandateScheme.CORE,
        today=date(2026, 10, 30),
    )
    assert [c.sequence for c in october.included] == [SequenceType.FIRST]
    batch, content = create_batch(
        session,
        collection_date=date(2026, 11, 2),
        scheme=MandateScheme.CORE,
        today=date(2026, 10, 30),
        created_at=datetime(2026, 10, 30, 10, 0),
    )
    root = _valid(content)
    assert list(_sequences(root)) == ["FRST"]
    assert root.findtext(f".//{PAIN}CdtrSchmeId//{PAIN}Othr/{PAIN}Id") == ICS
    assert root.findtext(f".//{PAIN}ReqdColltnDt") == "2026-11-02"
    assert root.findtext(f".//{PAIN}MndtId") == list_mandates(session, customer_id)[0].reference
    assert root.findtext(f".//{PAIN}CtrlSum") == str(batch.total) == "34.80"
    invoice_id = october.included[0].invoice_id
    assert requested_collections(session, [invoice_id]) == {invoice_id: batch.reference}
    # In a requested batch, the invoice is not offered again.
    assert (
        preview_batch(
            session,
            collection_date=date(2026, 11, 3),
            scheme=MandateScheme.CORE,
            today=date(2026, 10, 30),
        ).candidates
        == ()
    )

    confirm_batch(session, batch.id, received_on=date(2026, 11, 2), today=date(2026, 11, 3))
    assert list_invoices(session, today=date(2026, 11, 3))[-1].status is InvoiceStatus.PAID
    assert list_mandates(session, customer_id)[0].next_sequence is SequenceType.RECURRING

    run_billing(session, as_of=date(2026, 11, 1))
    batch, content = create_batch(
        session,
        collection_date=date(2026, 12, 2),
        scheme=MandateScheme.CORE,
        today=date(2026, 11, 30),
    )
    sequences = _sequences(_valid(content))
    assert list(sequences) == ["RCUR"]
    assert sequences["RCUR"][0].startswith("F")  # the invoice number, readable by the debtor
    assert mandate_id == list_mandates(session, customer_id)[0].id


def test_a_cancelled_batch_frees_its_invoices_and_keeps_the_mandate_first(
    books: Factory, debtor: tuple[int, int]
) -> None:
    session = books.session
    run_billing(session, as_of=date(2026, 10, 1))
    batch, _ = create_batch(
        session,
        collection_date=date(2026, 11, 2),
        scheme=MandateScheme.CORE,
        today=date(2026, 10, 30),
    )
    cancelled = cancel_batch(session, batch.id, today=date(2026, 10, 31))
    assert cancelled.status is BatchStatus.CANCELLED
    again = preview_batch(
        session,
        collection_date=date(2026, 11, 3),
        scheme=MandateScheme.CORE,
        today=date(2026, 10, 31),
    )
    assert [c.sequence for c in again.included] == [SequenceType.FIRST]
    with pytest.raises(
        ConflictError, match="CAD-20261030-001 was cancelled on 2026-10-31: it cannot change"
    ):
        confirm_batch(session, batch.id, received_on=date(2026, 11, 2), today=date(2026, 11, 3))
    [collection] = batch_collections(session, batch.id)
    with pytest.raises(ConflictError, match="was cancelled with its batch: nothing was collected"):
        return_collection(
            session,
            collection.id,
            returned_on=date(2026, 11, 3),
            reason_code="AM04",
            today=date(2026, 11, 3),
        )


def test_a_returned_debit_makes_the_invoice_unpaid_and_counts_as_failed(
    books: Factory, debtor: tuple[int, int]
) -> None:
    customer_id, _ = debtor
    session = books.session
    run_billing(session, as_of=date(2026, 10, 1))
    batch, _ = create_batch(
        session,
        collection_date=date(2026, 11, 2),
        scheme=MandateScheme.CORE,
        today=date(2026, 10, 30),
    )
    confirm_batch(session, batch.id, received_on=date(2026, 11, 2), today=date(2026, 11, 2))
    collection = batch_collections(session, batch.id)[0]
    payment_id = return_collection(
        session,
        collection.id,
        returned_on=date(2026, 11, 9),
        reason_code="AM04",
        today=date(2026, 11, 9),
    )
    payment = session.get(Payment, payment_id)
    assert payment is not None
    assert payment.status is PaymentStatus.RETURNED
    assert payment.return_reason == "AM04 insufficient funds"
    assert batch_collections(session, batch.id)[0].status is CollectionStatus.RETURNED
    invoice = list_invoices(session, today=date(2026, 11, 9))[0]
    assert invoice.status is InvoiceStatus.ISSUED
    november = payment_behaviour(
        session, currency="EUR", first=date(2026, 11, 1), last=date(2026, 11, 30)
    )[0]
    assert (november.failed, november.failed_amount) == (1, Decimal("34.80"))
    # Insufficient funds does not end the mandate: the invoice can be presented again,
    # as RCUR (the first collection was settled before it came back: a return, not a
    # reject).
    again = preview_batch(
        session,
        collection_date=date(2026, 11, 20),
        scheme=MandateScheme.CORE,
        today=date(2026, 11, 10),
    )
    assert [(c.invoice_id, c.sequence) for c in again.included] == [
        (invoice.id, SequenceType.RECURRING)
    ]
    # The reminders now ask for it by transfer: presented again only when named.
    assert [c.announced for c in again.included] == [False]
    assert again.announced == ()
    with pytest.raises(ConflictError, match="no open invoice of a direct-debit customer"):
        create_batch(
            session,
            collection_date=date(2026, 11, 20),
            scheme=MandateScheme.CORE,
            today=date(2026, 11, 10),
        )
    presented, _ = create_batch(
        session,
        collection_date=date(2026, 11, 20),
        scheme=MandateScheme.CORE,
        today=date(2026, 11, 10),
        invoice_ids=[invoice.id],
    )
    assert presented.count == 1
    assert list_mandates(session, customer_id)[0].revoked_on is None


def test_an_invoice_issued_before_the_mandate_is_collected_only_when_named(
    books: Factory,
) -> None:
    """Its PDF asked for a transfer: the customer may have paid it so already."""
    books.company(sepa_creditor_id=ICS)
    customer = books.customer(
        name="Élodie Lefèvre",
        iban="FR14 2004 1010 0505 0001 3M02 606",
        payment_method=PaymentMethod.DIRECT_DEBIT,
    )
    books.subscription(customer_id=customer.id, start_date=date(2026, 10, 1))
    books.session.commit()
    session = books.session
    run_billing(session, as_of=date(2026, 10, 1))  # no mandate yet: "pay by transfer"
    create_mandate(
        session,
        MandateData(customer_id=customer.id, signed_on=date(2026, 10, 5)),
        today=books.today,
    )
    run_billing(session, as_of=date(2026, 11, 1))  # this one announces the debit
    preview = preview_batch(
        session,
        collection_date=date(2026, 12, 2),
        scheme=MandateScheme.CORE,
        today=date(2026, 11, 30),
    )
    announced = {c.number: c.announced for c in preview.included}
    assert announced == {"FA2026-00001": False, "FA2026-00002": True}
    batch, _ = create_batch(
        session,
        collection_date=date(2026, 12, 2),
        scheme=MandateScheme.CORE,
        today=date(2026, 11, 30),
    )
    assert [c.invoice_number for c in batch_collections(session, batch.id)] == ["FA2026-00002"]


def test_a_revoked_mandate_returned_ends_collections(
    books: Factory, debtor: tuple[int, int]
) -> None:
    customer_id, _ = debtor
    session = books.session
    run_billing(session, as_of=date(2026, 10, 1))
    batch, _ = create_batch(
        session,
        collection_date=date(2026, 11, 2),
        scheme=MandateScheme.CORE,
        today=date(2026, 10, 30),
    )
    # Returned before the batch was confirmed: paid on the collection day, then returned.
    collection = batch_collections(session, batch.id)[0]
    return_collection(
        session,
        collection.id,
        returned_on=date(2026, 11, 5),
        reason_code="MD01",
        today=date(2026, 11, 5),
    )
    assert list_mandates(session, customer_id)[0].revoked_on == date(2026, 11, 5)
    after = preview_batch(
        session,
        collection_date=date(2026, 11, 20),
        scheme=MandateScheme.CORE,
        today=date(2026, 11, 10),
    )
    assert [c.problem.template for c in after.candidates if c.problem] == [NO_MANDATE]
    # The batch's other collections are still for the bank to confirm.
    assert (
        confirm_batch(
            session, batch.id, received_on=date(2026, 11, 2), today=date(2026, 11, 10)
        ).returned
        == 1
    )


def test_batches_refuse_what_the_bank_would(books: Factory, debtor: tuple[int, int]) -> None:
    session = books.session
    run_billing(session, as_of=date(2026, 10, 1))
    with pytest.raises(ConflictError, match="after today"):
        create_batch(
            session,
            collection_date=date(2026, 10, 30),
            scheme=MandateScheme.CORE,
            today=date(2026, 10, 30),
        )
    assert target_closed(date(2026, 12, 25))
    assert target_closed(date(2026, 4, 6))  # Easter Monday
    with pytest.raises(ConflictError, match="2026-11-02"):
        create_batch(
            session,
            collection_date=date(2026, 10, 31),
            scheme=MandateScheme.CORE,
            today=date(2026, 10, 30),
        )
    b2b = preview_batch(
        session,
        collection_date=date(2026, 11, 2),
        scheme=MandateScheme.B2B,
        today=date(2026, 10, 30),
    )
    assert [c.problem.template for c in b2b.candidates if c.problem] == [OTHER_SCHEME]
    with pytest.raises(ConflictError, match="no open invoice"):
        create_batch(
            session,
            collection_date=date(2026, 11, 2),
            scheme=MandateScheme.B2B,
            today=date(2026, 10, 30),
        )


def test_mandates_are_validated(books: Factory) -> None:
    person = books.customer(iban="", payment_method=PaymentMethod.BANK_TRANSFER)
    with pytest.raises(ValidationError) as refused:
        create_mandate(
            books.session,
            MandateData(
                customer_id=person.id,
                signed_on=date(2026, 12, 1),
                scheme=MandateScheme.B2B,
                reference="RUM 1",
                iban="FR76 3000 6000 0112 3456 7890 188",
            ),
            today=books.today,
        )
    errors = {name: str(text) for name, text in refused.value.errors.items()}
    assert set(errors) == {"reference", "signed_on", "iban", "scheme"}
    assert "FR76 3000 6000 0112 3456 7890 188" in errors["iban"]
    mandate = create_mandate(
        books.session,
        MandateData(
            customer_id=person.id, signed_on=date(2026, 11, 2), iban="FR7630006000011234567890189"
        ),
        today=books.today,
    )
    assert mandate.reference.endswith(f"-{person.id:06d}-01")
    with pytest.raises(ConflictError, match="revoke it first"):
        create_mandate(
            books.session,
            MandateData(customer_id=person.id, signed_on=date(2026, 11, 3)),
            today=books.today,
        )
    revoke_mandate(books.session, mandate.id, on=books.today, today=books.today)
    second = create_mandate(
        books.session, MandateData(customer_id=person.id, signed_on=books.today), today=books.today
    )
    assert second.reference.endswith("-02")
