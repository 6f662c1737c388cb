"""The PDFs of issued documents: written once, where the company says, safely,
with the amounts the database holds, and checked against their hash."""

from __future__ import annotations

import hashlib
import io
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from facturx import get_facturx_xml_from_pdf
from lxml import etree
from pypdf import PdfReader
from sqlalchemy import select

from cadence.documents.facturx_check import schematron_errors, xsd_errors
from cadence.domain.invoicing import InvoiceKind, PdfState
from cadence.domain.parties import PaymentMethod
from cadence.services import pdfs
from cadence.services.billing import run_billing
from cadence.services.company import company_data, get_company, save_company
from cadence.services.credit_notes import issue_credit_note
from cadence.services.customers import customer_data, get_customer, update_customer
from cadence.services.integrity import check_database
from cadence.services.mandates import MandateData, create_mandate, revoke_mandate
from cadence.services.payments import PaymentData, record_payment
from cadence.services.pdfs import (
    pdf_file_name,
    pdfs_not_written,
    produce_pdfs,
    regenerate_pdf,
)
from cadence.store.models import Invoice

from .conftest import Factory  # type: ignore[import-not-found]

D = Decimal
DAY = date(2026, 11, 25)
CII = {"ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"}


@pytest.fixture
def folder(books: Factory, tmp_path: Path) -> Path:
    """The company's PDF folder, in the test's own directory."""
    target = tmp_path / "factures"
    data = company_data(get_company(books.session))
    save_company(
        books.session, data.__class__(**{**vars(data), "pdf_folder": str(target)}), today=DAY
    )
    books.session.commit()
    return target


def issued(books: Factory, start: date = date(2026, 9, 1)) -> list[Invoice]:
    """Three monthly invoices (Sep, Oct, Nov: 29.00 + 20 % VAT each), issued today."""
    books.subscription(start_date=start)
    books.session.commit()
    run_billing(books.session, as_of=DAY)
    return list(books.session.scalars(select(Invoice).order_by(Invoice.id)))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_each_issued_invoice_gets_its_file_once(books: Factory, folder: Path) -> None:
    invoices = issued(books)
    assert pdfs_not_written(books.session) == 3
    steps: list[tuple[int, int]] = []
    report = produce_pdfs(books.session, progress=lambda done, total: steps.append((done, total)))
    assert (report.written, report.failed, steps[-1]) == (3, [], (3, 3))
    for invoice in invoices:
        path = folder / "2026" / f"{invoice.number}.pdf"
        assert (invoice.pdf_state, invoice.pdf_path) == (PdfState.WRITTEN, str(path))
        assert invoice.pdf_sha256 == sha256(path)
    assert pdfs_not_written(books.session) == 0
    assert produce_pdfs(books.session).written == 0  # nothing twice
    assert check_database(books.session) == []


def test_the_file_carries_the_amounts_the_database_holds(books: Factory, folder: Path) -> None:
    first = issued(books)[0]
    produce_pdfs(books.session)
    pdf = Path(first.pdf_path or "").read_bytes()
    _, xml = get_facturx_xml_from_pdf(io.BytesIO(pdf), check_xsd=True)
    tree = etree.fromstring(xml)
    summation = "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/"
    assert tree.xpath(f"string({summation}ram:GrandTotalAmount)", namespaces=CII) == "34.80"
    assert tree.xpath(f"string({summation}ram:TaxTotalAmount)", namespaces=CII) == "5.80"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert first.number is not None
    assert first.number in text
    assert "Élodie Lefèvre" in text


def test_credit_used_at_issue_is_printed_as_already_paid_and_kept(
    books: Factory, folder: Path
) -> None:
    customer = books.customer()
    record_payment(books.session, PaymentData(customer.id, DAY, D("50.00")), today=DAY)
    books.session.commit()
    books.subscription(customer_id=customer.id, start_date=DAY)
    books.session.commit()
    run_billing(books.session, as_of=DAY)
    produce_pdfs(books.session)
    invoice = books.session.scalars(select(Invoice)).one()
    assert invoice.pdf_paid_amount == D("34.80")  # paid in full from the credit
    _, xml = get_facturx_xml_from_pdf(io.BytesIO(Path(invoice.pdf_path or "").read_bytes()))
    tree = etree.fromstring(xml)
    assert tree.xpath("string(//ram:TotalPrepaidAmount)", namespaces=CII) == "34.80"
    assert tree.xpath("string(//ram:DuePayableAmount)", namespaces=CII) == "0.00"


def test_a_lost_pdf_is_made_again_byte_for_byte(books: Factory, folder: Path) -> None:
    invoice = issued(books)[0]
    assert invoice.number is not None
    produce_pdfs(books.session)
    path = Path(invoice.pdf_path or "")
    recorded = invoice.pdf_sha256
    # Paid since: the regenerated PDF still says what the first one said.
    record_payment(books.session, PaymentData(invoice.customer_id, DAY, D("34.80")), today=DAY)
    path.unlink()
    assert [str(v) for v in check_database(books.session)] == [
        f"pdf: document {invoice.number}: its PDF {path} is missing: `cadence pdf {invoice.number}`"
    ]
    again = regenerate_pdf(books.session, number=invoice.number, today=DAY)
    assert (again.path, again.identical, again.replaced) == (path, True, True)
    assert sha256(path) == recorded
    assert check_database(books.session) == []


def test_a_changed_pdf_is_reported_and_a_copy_can_be_made_elsewhere(
    books: Factory, folder: Path, tmp_path: Path
) -> None:
    invoice = issued(books)[0]
    assert invoice.number is not None
    produce_pdfs(books.session)
    path = Path(invoice.pdf_path or "")
    content = bytearray(path.read_bytes())
    content[len(content) // 2] ^= 0xFF  # one byte altered, as a damaged disk would
    path.write_bytes(bytes(content))
    assert [v.problem for v in check_database(books.session)] == [
        f"its PDF {path} was changed since it was written"
    ]
    copy = regenerate_pdf(
        books.session, number=invoice.number, today=DAY, output=tmp_path / "copie.pdf"
    )
    assert copy.identical
    assert sha256(tmp_path / "copie.pdf") == invoice.pdf_sha256
    assert check_database(books.session) != []  # a copy elsewhere repairs nothing


def test_a_folder_that_cannot_be_written_leaves_the_pdf_missing_then_written(
    books: Factory, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    invoices = issued(books)
    (folder / "2026").mkdir(parents=True)
    real_open = Path.open

    def read_only(path: Path, *args: object, **kwargs: object) -> object:
        if path.parent == folder / "2026":  # as a read-only folder answers (root ignores chmod)
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", read_only)
    report = produce_pdfs(books.session, workers=1)
    assert report.written == 0
    assert len(report.failed) == 3
    assert str(report.failed[0]) == (
        f"the PDF of {invoices[0].number} could not be written to "
        f"{folder / '2026' / (invoices[0].number or '')}.pdf: Permission denied"
    )
    assert {invoice.pdf_state for invoice in invoices} == {PdfState.MISSING}
    assert list((folder / "2026").iterdir()) == []  # nothing half-written
    monkeypatch.undo()
    assert produce_pdfs(books.session).written == 3


def test_a_year_folder_that_is_a_file_is_reported_not_a_crash(books: Factory, folder: Path) -> None:
    invoices = issued(books)
    folder.mkdir()
    (folder / "2026").write_text("not a folder")
    report = produce_pdfs(books.session)
    assert (report.written, len(report.failed)) == (0, 3)
    assert {invoice.pdf_state for invoice in invoices} == {PdfState.MISSING}
    (folder / "2026").unlink()
    assert produce_pdfs(books.session).written == 3


def test_a_full_disk_leaves_no_partial_file(
    books: Factory, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    invoices = issued(books)

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    report = produce_pdfs(books.session, workers=1)
    assert report.written == 0
    assert str(report.failed[0]).endswith(": No space left on device")
    assert {invoice.pdf_state for invoice in invoices} == {PdfState.MISSING}
    assert list((folder / "2026").iterdir()) == []
    monkeypatch.undo()
    assert produce_pdfs(books.session).written == 3
    assert check_database(books.session) == []


def test_a_file_left_by_a_killed_run_is_cleaned_and_never_kept(
    books: Factory, folder: Path
) -> None:
    invoice = issued(books)[0]
    assert invoice.number is not None
    year = folder / "2026"
    year.mkdir(parents=True)
    stale = year / f".{invoice.number}.pdf.4242.cadence-partial"
    stale.write_bytes(b"%PDF-1.7 half")
    produce_pdfs(books.session)
    assert sorted(path.name for path in year.iterdir()) == sorted(
        pdf_file_name(i.number or "") for i in books.session.scalars(select(Invoice))
    )


def test_another_file_with_the_same_name_is_never_overwritten(books: Factory, folder: Path) -> None:
    invoice = issued(books)[0]
    assert invoice.number is not None
    theirs = folder / "2026" / f"{invoice.number}.pdf"
    theirs.parent.mkdir(parents=True)
    theirs.write_bytes(b"another database's invoice")
    produce_pdfs(books.session)
    assert theirs.read_bytes() == b"another database's invoice"
    assert invoice.pdf_path == str(folder / "2026" / f"{invoice.number} (2).pdf")
    assert check_database(books.session) == []


def test_credit_notes_get_their_pdf_too(books: Factory, folder: Path) -> None:
    invoice = issued(books)[0]
    issue_credit_note(books.session, invoice_id=invoice.id, today=DAY, reason="Doublon")
    produce_pdfs(books.session)
    note = books.session.scalars(
        select(Invoice).where(Invoice.kind == InvoiceKind.CREDIT_NOTE)
    ).one()
    assert note.pdf_state is PdfState.WRITTEN
    text = PdfReader(note.pdf_path or "").pages[0].extract_text()
    assert invoice.number is not None
    assert invoice.number in text  # it quotes the invoice it corrects


def test_worker_processes_write_the_same_bytes(books: Factory, folder: Path) -> None:
    for month in range(1, 11):
        books.subscription(start_date=date(2026, month, 1))
    books.session.commit()
    run_billing(books.session, as_of=DAY)
    report = produce_pdfs(books.session, workers=2)
    invoices = list(books.session.scalars(select(Invoice)))
    assert report.written == len(invoices) > 8  # enough for the pool
    again = regenerate_pdf(books.session, number=invoices[-1].number or "", today=DAY)
    assert again.identical


def test_a_folder_whose_renames_cannot_be_made_durable_records_nothing_yet(
    books: Factory, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    invoices = issued(books)

    def failing(path: Path) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(pdfs, "sync_folder", failing)
    report = produce_pdfs(books.session, workers=1)
    assert (report.written, len(report.failed)) == (0, 3)
    assert str(report.failed[0]).endswith(": Input/output error")
    assert {invoice.pdf_state for invoice in invoices} == {PdfState.MISSING}
    monkeypatch.undo()
    # The files that were written are found again, identical, and recorded.
    assert produce_pdfs(books.session).written == 3
    assert sorted(path.name for path in (folder / "2026").iterdir()) == [
        f"{invoice.number}.pdf" for invoice in invoices
    ]


# -- invoices collected by SEPA direct debit ------------------------------------------

ICS = "FR72ZZZ123456"


def printed_text(pdf: bytes) -> str:
    """What the pages say, every run of spaces (no-break ones too) as one space."""
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def direct_debit_customer(books: Factory) -> int:
    """A customer paying by direct debit a 29.00 € HT monthly plan started on 1 November;
    no mandate yet."""
    books.company(sepa_creditor_id=ICS)
    customer = books.customer(
        iban="FR76 3000 4000 0312 3456 7890 143", payment_method=PaymentMethod.DIRECT_DEBIT
    )
    books.subscription(customer_id=customer.id, start_date=date(2026, 11, 1))
    books.session.commit()
    return customer.id


def sign(books: Factory, customer_id: int) -> int:
    """Mandate RUM-ELODIE-01, signed on 20 October."""
    return create_mandate(
        books.session,
        MandateData(
            customer_id=customer_id, signed_on=date(2026, 10, 20), reference="RUM-ELODIE-01"
        ),
        today=DAY,
    ).id


def test_a_direct_debit_invoice_announces_the_debit_and_its_xml_passes_every_rule(
    books: Factory, folder: Path
) -> None:
    sign(books, direct_debit_customer(books))
    run_billing(books.session, as_of=DAY)
    produce_pdfs(books.session)
    invoice = books.session.scalars(select(Invoice)).one()
    pdf = Path(invoice.pdf_path or "").read_bytes()
    text = printed_text(pdf)
    for expected in (
        "Prélèvement SEPA de 34,80 € à partir du 25/12/2026",
        "Compte débité : FR76 **** **** **** **** ***0 143",
        "Référence unique du mandat (RUM) : RUM-ELODIE-01",
        "Identifiant créancier SEPA (ICS) : FR72ZZZ123456",
    ):
        assert expected in text
    for absent in ("virement", "À régler au plus tard", "Référence à indiquer", "Scannez"):
        assert absent not in text
    _, xml = get_facturx_xml_from_pdf(io.BytesIO(pdf), check_xsd=True)
    assert (xsd_errors(xml), schematron_errors(xml)) == ([], [])
    tree = etree.fromstring(xml)
    settlement = "//ram:ApplicableHeaderTradeSettlement/"
    found = {
        "BT-81": f"{settlement}ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode",
        "BT-89": f"{settlement}ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID",
        "BT-90": f"{settlement}ram:CreditorReferenceID",
        "BT-91": f"{settlement}ram:SpecifiedTradeSettlementPaymentMeans"
        "/ram:PayerPartyDebtorFinancialAccount/ram:IBANID",
    }
    assert {
        term: tree.xpath(f"string({path})", namespaces=CII) for term, path in found.items()
    } == {
        "BT-81": "59",
        "BT-89": "RUM-ELODIE-01",
        "BT-90": ICS,
        "BT-91": "FR7630004000031234567890143",
    }


def test_a_revoked_mandate_leaves_the_issued_pdf_as_it_was(
    books: Factory, folder: Path, tmp_path: Path
) -> None:
    customer_id = direct_debit_customer(books)
    mandate_id = sign(books, customer_id)
    run_billing(books.session, as_of=DAY)
    produce_pdfs(books.session)
    invoice = books.session.scalars(select(Invoice)).one()
    assert invoice.number is not None
    # The customer withdrew the mandate and pays by transfer from now on.
    revoke_mandate(books.session, mandate_id, on=DAY, today=DAY, reason="changement de banque")
    data = customer_data(get_customer(books.session, customer_id))
    update_customer(
        books.session,
        customer_id,
        data.__class__(
            **{**vars(data), "payment_method": PaymentMethod.BANK_TRANSFER, "iban": "", "bic": ""}
        ),
        today=DAY,
    )
    again = regenerate_pdf(
        books.session, number=invoice.number, today=DAY, output=tmp_path / "a.pdf"
    )
    assert again.identical is True
    assert "RUM-ELODIE-01" in printed_text((tmp_path / "a.pdf").read_bytes())
    assert check_database(books.session) == []


def test_an_invoice_issued_before_the_mandate_still_asks_for_a_transfer(
    books: Factory, folder: Path
) -> None:
    customer_id = direct_debit_customer(books)
    run_billing(books.session, as_of=DAY)
    produce_pdfs(books.session)
    before = books.session.scalars(select(Invoice)).one()
    assert before.number is not None
    recorded = before.pdf_sha256
    assert before.debit_mandate_reference is None
    text = printed_text(Path(before.pdf_path or "").read_bytes())
    assert "par virement sur le compte ci-dessous" in text
    assert "Prélèvement" not in text
    # Signed since: what was issued before it is not collected by its PDF's word.
    sign(books, customer_id)
    again = regenerate_pdf(books.session, number=before.number, today=DAY)
    assert (again.identical, again.sha256) == (True, recorded)
