"""The PDF of every issued document: built from what was issued, written safely,
checked against its hash.

A document's PDF is a pure function of the issued document (its own copies of
the seller and the buyer, its lines, what was already paid when the PDF was
first written), so it can be produced after the invoice, in other processes,
and produced again, byte for byte, if the file is lost. A PDF that cannot be
written (full disk, read-only folder) leaves the document issued with its PDF
marked missing; the next run writes it.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cadence.documents.invoice_file import invoice_file
from cadence.documents.model import (
    Buyer,
    CorrectedInvoice,
    DirectDebitTerms,
    DocumentLine,
    InvoiceDocument,
    PostalAddress,
    Seller,
)
from cadence.domain.errors import Message, NotFoundError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.invoicing import InvoiceKind, PdfState
from cadence.domain.parties import CustomerKind, Language
from cadence.domain.periods import Period
from cadence.domain.tax import TaxableAmount, compute_totals
from cadence.services.common import record_event
from cadence.services.invoices import find_invoice
from cadence.services.payments import settled_amounts
from cadence.services.violations import Violation
from cadence.store.models import CompanySettings, Invoice
from cadence.store.paths import default_pdf_folder

_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Messages", "the PDF of {number} could not be written to {path}: {reason}"
)
_NO_PDF_YET = QT_TRANSLATE_NOOP("Messages", "{number} is not issued: it has no PDF")

BATCH_SIZE = 200  # documents rendered, written and recorded together
_PARTIAL_SUFFIX = ".cadence-partial"
# Run in-process below this many documents: starting worker processes costs more.
_POOL_THRESHOLD = 8


def pdf_root(company: CompanySettings) -> Path:
    return Path(company.pdf_folder) if company.pdf_folder else default_pdf_folder()


def pdf_file_name(number: str) -> str:
    """The file name of a document's PDF: its number, with anything a file system
    could refuse replaced (a mask may contain '/')."""
    return re.sub(r"[^0-9A-Za-z._-]+", "-", number).strip(".-") + ".pdf"


def planned_path(root: Path, number: str, issue_date: date) -> Path:
    return root / f"{issue_date.year:04d}" / pdf_file_name(number)


# -- from the issued rows to the values the documents print -------------------


def _address(
    lines: str | None, postal_code: str | None, city: str | None, country: str
) -> PostalAddress:
    street = tuple(part for part in (lines or "").split("\n") if part)
    return PostalAddress(street, postal_code or "", city or "", country)


def seller_from_snapshot(snapshot: str, logos: dict[str, bytes | None]) -> Seller:
    """The seller as a document prints it, from the JSON copy `seller_snapshot` made
    (its logo read once per path into `logos`)."""
    values: dict[str, Any] = json.loads(snapshot)
    logo_path = values.get("logo_path")
    if logo_path and logo_path not in logos:
        try:
            logos[logo_path] = Path(logo_path).read_bytes()
        except OSError:
            logos[logo_path] = None  # moved or deleted since: the document prints without it
    capital = values.get("share_capital")
    return Seller(
        legal_name=values["legal_name"],
        address=_address(
            "\n".join(part for part in values.get("address", []) if part),
            values.get("postal_code"),
            values.get("city"),
            values.get("country") or "FR",
        ),
        trade_name=values.get("trade_name"),
        legal_form=values.get("legal_form"),
        share_capital=Decimal(capital) if capital is not None else None,
        siren=values.get("siren"),
        siret=values.get("siret"),
        registration=values.get("registration"),
        vat_number=values.get("vat_number"),
        vat_franchise=values.get("vat_regime") == "franchise",
        vat_on_debits=bool(values.get("vat_on_debits")),
        email=values.get("email"),
        phone=values.get("phone"),
        website=values.get("website"),
        iban=values.get("iban"),
        bic=values.get("bic"),
        logo=logos.get(logo_path) if logo_path else None,
        late_penalty_text=values.get("late_penalty_text") or "",
        early_payment_text=values.get("early_payment_text") or "",
    )


def buyer_of(invoice: Invoice) -> Buyer:
    delivery = tuple(part for part in (invoice.buyer_delivery_address or "").split("\n") if part)
    return Buyer(
        kind=invoice.buyer_kind or CustomerKind.INDIVIDUAL,
        name=invoice.buyer_name or "",
        address=_address(
            invoice.buyer_address,
            invoice.buyer_postal_code,
            invoice.buyer_city,
            invoice.buyer_country or "FR",
        ),
        delivery_address=delivery,
        siren=invoice.buyer_siren,
        vat_number=invoice.buyer_vat_number,
        email=invoice.buyer_email,
    )


def direct_debit_of(invoice: Invoice) -> DirectDebitTerms | None:
    """The direct-debit terms copied onto an invoice at issue, or None: paid another
    way, a credit note, or issued before Cadence kept them."""
    if (
        invoice.kind is not InvoiceKind.INVOICE
        or invoice.debit_mandate_reference is None
        or invoice.debit_iban is None
    ):
        return None
    return DirectDebitTerms(
        mandate_reference=invoice.debit_mandate_reference,
        debtor_iban=invoice.debit_iban,
        creditor_id=invoice.debit_creditor_id,
    )


def _period(start: date | None, end: date | None) -> Period | None:
    return Period(start, end) if start is not None and end is not None else None


def _lines(invoice: Invoice) -> tuple[DocumentLine, ...]:
    return tuple(
        DocumentLine(
            position=line.position,
            description=line.description,
            quantity=line.quantity,
            unit_price=line.unit_price,
            net_amount=line.net_amount,
            vat_rate=line.vat_rate,
            vat_category=line.vat_category,
            period=_period(line.period_start, line.period_end),
            discount_amount=line.discount_amount,
            discount_label=line.discount_label,
            vat_exemption_reason=line.vat_exemption_reason,
        )
        for line in invoice.lines
    )


def document_values(
    session: Session, invoices: Sequence[Invoice], paid: dict[int, Decimal]
) -> list[InvoiceDocument]:
    """The values the PDFs of these issued documents print; `paid` gives what each
    printed (or will print) as already paid."""
    corrected_ids = {i.corrects_invoice_id for i in invoices if i.corrects_invoice_id}
    corrected = {
        row.id: CorrectedInvoice(row.number or "", row.issue_date)
        for row in session.execute(
            select(Invoice.id, Invoice.number, Invoice.issue_date).where(
                Invoice.id.in_(corrected_ids)
            )
        )
        if row.issue_date is not None
    }
    sellers: dict[str, Seller] = {}
    logos: dict[str, bytes | None] = {}
    values = []
    for invoice in invoices:
        assert invoice.number is not None  # only issued documents have PDFs
        assert invoice.issue_date is not None
        snapshot = invoice.seller_snapshot or "{}"
        if snapshot not in sellers:
            sellers[snapshot] = seller_from_snapshot(snapshot, logos)
        lines = _lines(invoice)
        breakdown = compute_totals(
            (TaxableAmount(line.net_amount, line.vat_rate, line.vat_category) for line in lines),
            invoice.currency,
        ).subtotals
        values.append(
            InvoiceDocument(
                kind=invoice.kind,
                number=invoice.number,
                issue_date=invoice.issue_date,
                language=invoice.buyer_language or Language.FRENCH,
                currency=invoice.currency,
                seller=sellers[snapshot],
                buyer=buyer_of(invoice),
                lines=lines,
                vat_breakdown=breakdown,
                total_net=invoice.total_net,
                total_vat=invoice.total_vat,
                total_gross=invoice.total_gross,
                operation_category=invoice.operation_category,
                due_date=invoice.due_date,
                paid_amount=paid.get(invoice.id, Decimal(0)),
                service_period=_period(invoice.period_start, invoice.period_end),
                corrects=corrected.get(invoice.corrects_invoice_id)
                if invoice.corrects_invoice_id
                else None,
                customer_reference=invoice.customer_reference,
                notes=invoice.notes,
                direct_debit=direct_debit_of(invoice),
            )
        )
    return values


def _paid_at_first_write(session: Session, invoices: Sequence[Invoice]) -> dict[int, Decimal]:
    """What each document prints as already paid: what it printed the first time,
    or, for a first PDF, what payments and credits have settled of it by now."""
    paid = {i.id: i.pdf_paid_amount for i in invoices if i.pdf_paid_amount is not None}
    new = [i.id for i in invoices if i.id not in paid and i.kind is InvoiceKind.INVOICE]
    for invoice_id, (payments, credits) in settled_amounts(session, new).items():
        paid[invoice_id] = payments + credits
    return {i.id: paid.get(i.id, Decimal(0)) for i in invoices}


# -- writing files --------------------------------------------------------------


@dataclass(frozen=True)
class PdfJob:
    """One document to render and write, to `target`. `own_file`: the target is
    this document's recorded file, which a damaged copy may be replaced at."""

    invoice_id: int
    document: InvoiceDocument
    target: Path
    own_file: bool


@dataclass(frozen=True)
class PdfOutcome:
    invoice_id: int
    number: str
    path: Path  # where it was written, or could not be
    sha256: str | None = None
    failure: str | None = None  # why it could not be written (the system's words)


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _free_path(target: Path, content: bytes) -> Path:
    """`target`, or `name (2).pdf`, `name (3).pdf` … : the first that does not exist
    or already holds exactly `content`. Never overwrite a file someone else wrote
    (another database's invoice with the same number, in the same folder)."""
    candidate, copy = target, 1
    while candidate.exists():
        if candidate.read_bytes() == content:
            return candidate
        copy += 1
        candidate = target.with_name(f"{target.stem} ({copy}){target.suffix}")
    return candidate


def write_atomically(content: bytes, path: Path, *, one_of_many: bool = False) -> None:
    """Write `content` to a temporary file beside `path`, flush it to disk, then
    rename it: `path` is either its old self or the whole new file, never half.

    `one_of_many`: the caller writes many files into the folder, cleans it of
    what killed runs left before, and makes the renames durable once after.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if not one_of_many:
        remove_partial_files(path.parent, path.name)
    partial = path.with_name(f".{path.name}.{os.getpid()}{_PARTIAL_SUFFIX}")
    try:
        with partial.open("wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if not one_of_many:
        sync_folder(path.parent)


def remove_partial_files(folder: Path, name: str = "*") -> None:
    """Remove what a process killed while writing left in `folder` (of `name`)."""
    pattern = name if name == "*" else glob_escape(name)
    for stale in folder.glob(f".{pattern}.*{_PARTIAL_SUFFIX}"):
        stale.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_document_pdf(job: PdfJob) -> PdfOutcome:
    """Render one document and write its file (runs in a worker process)."""
    content = invoice_file(job.document)
    number = job.document.number
    path = job.target if job.own_file else _free_path(job.target, content)
    try:
        if not (path.exists() and path.read_bytes() == content):
            write_atomically(content, path, one_of_many=True)
    except OSError as error:
        return PdfOutcome(job.invoice_id, number, path, failure=error.strerror or str(error))
    return PdfOutcome(job.invoice_id, number, path, sha256=_sha256(content))


@dataclass
class _Batch:
    """Documents handed to the workers, and what to record once they are written."""

    invoices: list[Invoice]
    paid: dict[int, Decimal]
    outcomes: Iterator[PdfOutcome]

    def record(self, report: PdfReport) -> None:
        by_id = {invoice.id: invoice for invoice in self.invoices}
        outcomes = list(self.outcomes)
        # The renames made durable, once per folder, before the files are recorded.
        unsynced: dict[Path, str] = {}
        for folder in {o.path.parent for o in outcomes if o.failure is None}:
            try:
                sync_folder(folder)
            except OSError as error:
                unsynced[folder] = error.strerror or str(error)
        outcomes = [
            replace(outcome, failure=unsynced[outcome.path.parent])
            if outcome.failure is None and outcome.path.parent in unsynced
            else outcome
            for outcome in outcomes
        ]
        for outcome in outcomes:
            invoice = by_id[outcome.invoice_id]
            invoice.pdf_paid_amount = self.paid[invoice.id]
            if outcome.failure is not None:
                invoice.pdf_state = PdfState.MISSING
                report.failed.append(
                    message(
                        _CANNOT_WRITE,
                        number=outcome.number,
                        path=str(outcome.path),
                        reason=outcome.failure,
                    )
                )
                continue
            invoice.pdf_state = PdfState.WRITTEN
            invoice.pdf_path = str(outcome.path)
            invoice.pdf_sha256 = outcome.sha256
            report.written += 1


class _InProcess:
    """The executor interface, without processes: for a handful of documents."""

    def map(
        self, fn: Callable[[PdfJob], PdfOutcome], jobs: Sequence[PdfJob], chunksize: int = 1
    ) -> Iterator[PdfOutcome]:
        return map(fn, jobs)


def _worker_setup() -> None:
    """In a worker: yield the processor to the window, and exit with the parent.

    Rendering is the lowest priority on the machine: a lower scheduling
    priority keeps the window's thread answering while every core renders. A
    pool's workers hold both ends of their job queue, so a parent killed
    outright (SIGKILL, a crash) would leave them waiting for ever: each
    watches its parent and exits with it.
    """
    if hasattr(os, "nice"):
        os.nice(5)
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _executor(count: int, workers: int | None) -> Executor | None:
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or count < _POOL_THRESHOLD:
        return None
    # Spawned, not forked: the GUI process has threads, which fork does not copy safely.
    return ProcessPoolExecutor(
        max_workers=min(workers, count),
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_worker_setup,
    )


@dataclass
class PdfReport:
    written: int = 0
    failed: list[Message] = field(default_factory=list)  # one per document not written


def _load(session: Session, ids: Sequence[int]) -> list[Invoice]:
    return list(
        session.scalars(
            select(Invoice)
            .where(Invoice.id.in_(ids))
            .options(selectinload(Invoice.lines))
            .order_by(Invoice.chain_position)
        )
    )


def produce_pdfs(
    session: Session,
    *,
    invoice_ids: Sequence[int] | None = None,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int, int], None] = lambda done, total: None,
    commit_batches: bool = True,
) -> PdfReport:
    """Write the PDF of every issued document that has none yet (or of those among
    `invoice_ids`), on every core; `progress(done, total)` after each batch.

    Commits after each batch (the session must not be inside an outer
    transaction block); with `commit_batches=False` it only flushes.
    """
    company = session.get_one(CompanySettings, 1)
    root = pdf_root(company)
    query = select(Invoice.id).where(Invoice.pdf_state.in_((PdfState.PENDING, PdfState.MISSING)))
    if invoice_ids is not None:
        query = query.where(Invoice.id.in_(invoice_ids))
    ids = list(session.scalars(query.order_by(Invoice.chain_position)))
    report = PdfReport()
    if not ids:
        return report
    executor = _executor(len(ids), workers)
    runner = executor if executor is not None else _InProcess()

    cleaned: set[Path] = set()

    def submitted(batch: Sequence[int]) -> _Batch:
        invoices = _load(session, batch)
        paid = _paid_at_first_write(session, invoices)
        jobs = [
            PdfJob(
                invoice.id,
                document,
                Path(invoice.pdf_path)
                if invoice.pdf_path
                else planned_path(root, document.number, document.issue_date),
                own_file=invoice.pdf_path is not None,
            )
            for invoice, document in zip(
                invoices, document_values(session, invoices, paid), strict=True
            )
        ]
        folders = {job.target.parent for job in jobs}
        for folder in folders - cleaned:
            if folder.is_dir():
                remove_partial_files(folder)
        cleaned.update(folders)
        # In chunks: one message to a worker per few documents, not per document.
        return _Batch(invoices, paid, runner.map(write_document_pdf, jobs, chunksize=8))

    batches = [ids[i : i + batch_size] for i in range(0, len(ids), batch_size)]
    try:
        in_work = submitted(batches[0])
        for following in [*batches[1:], None]:
            # The next batch is read and handed out while the workers render this
            # one: they never wait for the database.
            next_work = submitted(following) if following is not None else None
            in_work.record(report)
            if commit_batches:
                session.commit()
            else:
                session.flush()
            progress(report.written + len(report.failed), len(ids))
            if next_work is None:
                break
            in_work = next_work
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    return report


# -- one document, again ----------------------------------------------------------


@dataclass(frozen=True)
class RegeneratedPdf:
    number: str
    path: Path
    sha256: str
    recorded_sha256: str | None  # what was recorded when it was first written
    replaced: bool  # an existing file at `path` was missing or damaged and is now whole

    @property
    def identical(self) -> bool | None:
        """Same bytes as the first time (None: never written before)."""
        return None if self.recorded_sha256 is None else self.sha256 == self.recorded_sha256


def regenerate_pdf(
    session: Session, *, number: str, today: date, output: Path | None = None, actor: str = "user"
) -> RegeneratedPdf:
    """Render one document's PDF again: to `output` (a copy; the records are left
    alone), or to its own file, which it writes or repairs and records."""
    invoice = find_invoice(session, number)
    if invoice.number is None:
        raise NotFoundError(message(_NO_PDF_YET, number=number))
    paid = _paid_at_first_write(session, [invoice])
    document = document_values(session, [invoice], paid)[0]
    content = invoice_file(document)
    digest = _sha256(content)
    recorded = invoice.pdf_sha256
    if output is not None:
        write_atomically(content, output)
        return RegeneratedPdf(invoice.number, output, digest, recorded, replaced=False)
    root = pdf_root(session.get_one(CompanySettings, 1))
    if invoice.pdf_path:
        path = Path(invoice.pdf_path)
    else:
        path = _free_path(planned_path(root, invoice.number, document.issue_date), content)
    damaged = not path.exists() or _sha256(path.read_bytes()) != digest
    if damaged:
        write_atomically(content, path)
    if recorded is not None and recorded != digest:
        record_event(
            session,
            today,
            actor,
            "invoice",
            invoice.id,
            "pdf_differs",
            summary=invoice.number,
            details={"recorded_sha256": recorded, "new_sha256": digest},
        )
    invoice.pdf_state = PdfState.WRITTEN
    invoice.pdf_path = str(path)
    invoice.pdf_sha256 = digest
    invoice.pdf_paid_amount = paid[invoice.id]
    session.flush()
    return RegeneratedPdf(invoice.number, path, digest, recorded, replaced=damaged)


# -- what `cadence check` says of the files -----------------------------------------


def pdf_violations(session: Session) -> Iterator[Violation]:
    """Every written PDF still exists and still has the bytes it was written with."""
    query = (
        select(Invoice.id, Invoice.number, Invoice.pdf_path, Invoice.pdf_sha256)
        .where(Invoice.pdf_state == PdfState.WRITTEN)
        .order_by(Invoice.chain_position)
    )
    for _, number, path, recorded in session.execute(query):
        subject = f"document {number}"
        if not path or not recorded:
            yield Violation("pdf", subject, "is marked written but has no file or hash recorded")
            continue
        try:
            content = Path(path).read_bytes()
        except FileNotFoundError:
            yield Violation("pdf", subject, f"its PDF {path} is missing: `cadence pdf {number}`")
            continue
        except OSError as error:
            yield Violation("pdf", subject, f"its PDF {path} cannot be read: {error.strerror}")
            continue
        if _sha256(content) != recorded:
            yield Violation("pdf", subject, f"its PDF {path} was changed since it was written")


def pdfs_not_written(session: Session) -> int:
    """How many issued documents still wait for their PDF (new, or not writable then)."""
    return len(
        session.scalars(
            select(Invoice.id).where(Invoice.pdf_state.in_((PdfState.PENDING, PdfState.MISSING)))
        ).all()
    )
