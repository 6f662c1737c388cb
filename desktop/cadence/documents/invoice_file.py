"""The file of an issued invoice or credit note: its pages, with its Factur-X XML inside."""

from __future__ import annotations

from cadence.documents.facturx_xml import facturx_xml
from cadence.documents.invoice_pdf import render_invoice
from cadence.documents.model import InvoiceDocument


def invoice_file(document: InvoiceDocument) -> bytes:
    """The PDF/A-3B file of `document` with its Factur-X XML inside (`pdfa.py`), the
    same bytes every time it is made."""
    return render_invoice(document, facturx=facturx_xml(document))
