"""Benchmark: issue and render a month of invoices for the 10,000-customer demo, next
to bare ReportLab rendering the same invoices on the same cores (target: everything
else — database, Factur-X, PDF/A, hashing, files — at most 30 % of the bare time).

Run with `make bench` (or `.venv/bin/python tests/perf/bench_pdfs.py --customers N`).
The demo is created with its clock a month back; then, in this process and as
`cadence bill` does, the month's invoices are issued and their PDFs written by a
pool of one process per core. The baseline renders the very same invoices with
`render_invoice` alone (ReportLab, nothing else) in a pool of the same size.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from cadence.documents.invoice_pdf import render_invoice
from cadence.documents.model import InvoiceDocument
from cadence.services.billing import run_billing
from cadence.services.pdfs import document_values, produce_pdfs
from cadence.store.database import open_database
from cadence.store.models import Invoice

CADENCE = Path(sys.executable).with_name("cadence")
TARGET_OVERHEAD = 0.30
MONTH_BEFORE, TODAY = "2026-10-25", date(2026, 11, 25)


def _bare_rendering(documents: list[InvoiceDocument], workers: int) -> float:
    """Seconds a pool of `workers` processes takes to render `documents` with ReportLab."""
    started = time.perf_counter()
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("spawn")
    ) as pool:
        for _ in pool.map(render_invoice, documents, chunksize=16):
            pass
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    options = parser.parse_args()
    workers = os.cpu_count() or 1

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite3"
        made = subprocess.run(
            [
                str(CADENCE),
                "demo",
                "--db",
                str(path),
                "--customers",
                str(options.customers),
                "--today",
                MONTH_BEFORE,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if made.returncode != 0:
            print(made.stderr, file=sys.stderr)
            return 1
        database = open_database(path)
        try:
            with database.batches() as session:
                started = time.perf_counter()
                report = run_billing(session, as_of=TODAY)
                issued_at = time.perf_counter()
                ids = [document.id for document in report.issued]
                written = produce_pdfs(session, invoice_ids=ids, workers=workers)
                finished = time.perf_counter()
                invoices = list(
                    session.scalars(select(Invoice).where(Invoice.id.in_(ids)).order_by(Invoice.id))
                )
                paid = {invoice.id: invoice.pdf_paid_amount or Decimal(0) for invoice in invoices}
                documents = document_values(session, invoices, paid)
            pdf_bytes = sum(Path(invoice.pdf_path or "").stat().st_size for invoice in invoices)
        finally:
            database.close()
        bare_seconds = _bare_rendering(documents, workers)

    count = len(ids)
    issue_seconds, pdf_seconds = issued_at - started, finished - issued_at
    total = finished - started
    overhead = (total - bare_seconds) / bare_seconds
    print(f"A month of invoices for the {options.customers:,}-customer demo, {workers} processes")
    print(
        f"  issued {count:,} invoices; wrote {written.written:,} PDFs "
        f"({pdf_bytes / count / 1024:.0f} KB each), {len(written.failed)} failed"
    )
    print()
    print(f"  {'':<46}{'seconds':>9}{'invoices/s':>12}")
    print(f"  {'issue (database)':<46}{issue_seconds:>9.1f}{count / issue_seconds:>12,.0f}")
    print(
        f"  {'render, Factur-X, PDF/A, hash, write, record':<46}{pdf_seconds:>9.1f}"
        f"{count / pdf_seconds:>12,.0f}"
    )
    print(f"  {'issue and PDFs, all of it':<46}{total:>9.1f}{count / total:>12,.0f}")
    print(
        f"  {'bare ReportLab, same invoices (baseline)':<46}{bare_seconds:>9.1f}"
        f"{count / bare_seconds:>12,.0f}"
    )
    print()
    verdict = "met" if overhead <= TARGET_OVERHEAD else "MISSED"
    print(
        f"  everything but rendering: {overhead:.0%} of the bare rendering time "
        f"(target: at most {TARGET_OVERHEAD:.0%}): {verdict}"
    )
    return 0 if overhead <= TARGET_OVERHEAD and not written.failed else 1


if __name__ == "__main__":
    sys.exit(main())
