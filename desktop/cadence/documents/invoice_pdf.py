"""The PDF of an invoice or a credit note, with every mention French law asks for.

Mandatory mentions (CGI annexe II art. 242 nonies A; Code de commerce L441-9,
L441-10, D441-5; décret 2022-1299), each printed when it applies: the seller's
legal identity (footer of every page), the buyer's name, address, SIREN and VAT
number, the number, issue date, service period, per-line VAT rate, totals per
rate, due date, payment terms, the €40 recovery indemnity between businesses,
the VAT franchise or "TVA sur les débits" option, and the operation category.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, Spacer, Table, TableStyle

from cadence.documents import blocks, formatting, pages, styles
from cadence.documents.blocks import para, qr_code
from cadence.documents.epc_qr import epc_payload
from cadence.documents.fonts import REGULAR
from cadence.documents.labels import owner_mention, text
from cadence.documents.model import DirectDebitTerms, DocumentLine, InvoiceDocument
from cadence.domain.invoicing import InvoiceKind
from cadence.domain.tax import FRANCHISE_MENTION
from cadence.domain.wording import words

_QR_SIZE = 30 * mm
# Description takes what the number columns leave.
_NUMBER_COLUMNS = (14 * mm, 25 * mm, 15 * mm, 27 * mm)


def render_invoice(document: InvoiceDocument, *, facturx: bytes | None = None) -> bytes:
    """The PDF of an issued invoice or credit note, byte-identical for the same value.

    With `facturx`, its Factur-X XML, the issued file (`invoice_file`): PDF/A-3B with
    the XML inside. Without, ReportLab's plain PDF of the pages.
    """
    return pages.render(
        lambda: _layout(document),
        _identity(document),
        archival=facturx is not None,
        facturx=facturx,
    )


def payment_qr_payload(document: InvoiceDocument) -> str | None:
    """The EPC QR payload asking for the amount due, or None when no code is printed:
    a credit note, an invoice collected by direct debit, another currency than the
    euro, no IBAN, or nothing left to pay."""
    seller = document.seller
    if (
        document.kind is not InvoiceKind.INVOICE
        or document.direct_debit is not None  # collected: the customer pays nothing
        or document.currency != "EUR"
        or not seller.iban
        or document.amount_due <= 0
    ):
        return None
    try:
        return epc_payload(
            name=seller.legal_name,
            iban=seller.iban,
            bic=seller.bic,
            amount=document.amount_due,
            remittance=document.payment_reference,
        )
    except ValueError:
        # Bank details the QR standard refuses: the printed IBAN still lets them pay.
        return None


def _is_credit_note(document: InvoiceDocument) -> bool:
    return document.kind is InvoiceKind.CREDIT_NOTE


def _identity(document: InvoiceDocument) -> pages.Identity:
    key = "credit_note_name" if _is_credit_note(document) else "invoice_name"
    title = f"{text(document.language, key)} {document.number}"
    return pages.Identity(
        title=title,
        author=document.seller.legal_name,
        subject=f"{title} · {document.buyer.name}",
        language=document.language,
        created=document.issue_date,
        legal_lines=blocks.legal_identity(document.seller, document.language),
    )


def _layout(document: InvoiceDocument) -> pages.Layout:
    language = document.language
    title_key = "credit_note_title" if _is_credit_note(document) else "invoice_title"
    heading = [
        para(text(language, title_key), styles.TITLE),
        para(text(language, "number", number=document.number), styles.SUBTITLE),
    ]
    body: list[Flowable] = [_dates(document), *_references(document), Spacer(1, 6 * mm)]
    body.append(_lines_table(document))
    body.append(Spacer(1, 4 * mm))
    body.append(KeepTogether([_summary(document)]))
    payment = _payment(document)
    if payment is not None:
        body += [Spacer(1, 5 * mm), KeepTogether([payment])]
    if document.notes.strip() and not _is_credit_note(document):
        body += [Spacer(1, 4 * mm), para(text(language, "notes"), styles.HEADING)]
        body.append(para(document.notes, styles.NOTE))
    body += [Spacer(1, 5 * mm), *_mentions(document)]
    return pages.Layout(
        sender=blocks.sender_block(document.seller, language),
        heading=heading,
        recipient=blocks.recipient_block(
            document.buyer, language, identifiers=document.buyer.is_business
        ),
        body=body,
    )


def _dates(document: InvoiceDocument) -> Table:
    language = document.language
    cells = [(text(language, "issue_date"), formatting.day(document.issue_date, language))]
    if document.due_date is not None and not _is_credit_note(document):
        cells.append((text(language, "due_date"), formatting.day(document.due_date, language)))
    if document.customer_reference:
        cells.append((text(language, "customer_reference"), document.customer_reference))
    if document.service_period is not None:
        period = formatting.period(document.service_period, language)
        cells.append((text(language, "service_period"), period))
    return blocks.band(cells, pages.CONTENT_WIDTH)


def _references(document: InvoiceDocument) -> list[Flowable]:
    """What a credit note corrects and why; where goods are delivered."""
    language = document.language
    flowables: list[Flowable] = []
    if document.corrects is not None:
        quoted = text(
            language,
            "corrects",
            number=document.corrects.number,
            date=formatting.day(document.corrects.issue_date, language),
        )
        flowables += [Spacer(1, 3 * mm), para(quoted, styles.STRONG)]
    if _is_credit_note(document) and document.notes.strip():
        flowables.append(para(text(language, "reason", reason=document.notes)))
    delivery = [line for line in document.buyer.delivery_address if line.strip()]
    if delivery:
        flowables += [
            Spacer(1, 3 * mm),
            blocks.labelled(text(language, "delivery_address"), ", ".join(delivery)),
        ]
    return flowables


def _lines_table(document: InvoiceDocument) -> LongTable:
    language, currency = document.language, document.currency
    with_vat = not document.seller.vat_franchise
    # Under the franchise no VAT exists: prices are not "excl. VAT".
    suffix = "" if with_vat else "_franchise"
    keys = ["col_description", "col_quantity", f"col_unit_price{suffix}", "col_vat"]
    rows: list[list[Any]] = [blocks.header_row(language, [*keys, f"col_total{suffix}"], 1)]
    entries: list[tuple[int, int]] = []  # first and last row of each line
    for line in document.lines:
        rows.append(_line_row(line, document))
        first = len(rows) - 1
        if line.discount_amount:
            label = line.discount_label or words(language, "discount_amount")
            discount = formatting.amount(-line.discount_amount, currency, language)
            rows.append([para(label, styles.CELL_NOTE), "", "", "", discount])
        entries.append((first, len(rows) - 1))
    widths = [pages.CONTENT_WIDTH - sum(_NUMBER_COLUMNS), *_NUMBER_COLUMNS]
    if not with_vat:
        # Under the franchise no rate applies: the column goes, the mention says why.
        rows = [row[:3] + row[4:] for row in rows]
        widths = [widths[0] + widths[3], *widths[1:3], widths[4]]
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    commands = blocks.grid_style(rules_below=[last for _, last in entries])
    commands.append(("ALIGN", (1, 0), (-1, -1), "RIGHT"))
    # A line and its discount stay on one page.
    commands += [("NOSPLIT", (0, first), (-1, last)) for first, last in entries if last > first]
    table.setStyle(TableStyle(commands))
    return table


def _line_row(line: DocumentLine, document: InvoiceDocument) -> list[Any]:
    language, currency = document.language, document.currency
    description: list[Flowable] = [para(line.description, styles.CELL)]
    # The document's own period is printed once above the table; a line shows
    # its period when it differs (a prorated or credited span).
    if line.period is not None and line.period != document.service_period:
        description.append(para(formatting.period(line.period, language), styles.CELL_MUTED))
    # With a discount, this row shows quantity × unit price and the sub-row
    # below takes the discount off, so the column adds up to the total.
    before_discount = line.net_amount + line.discount_amount
    return [
        description,
        formatting.quantity(line.quantity, language),
        formatting.unit_price(line.unit_price, currency, language),
        formatting.rate(line.vat_rate, language),
        formatting.amount(before_discount, currency, language),
    ]


def _totals(document: InvoiceDocument) -> Table:
    language, currency = document.language, document.currency

    def money(value: Decimal) -> str:
        return formatting.amount(value, currency, language)

    franchise = document.seller.vat_franchise
    rows = [
        (text(language, "total_franchise" if franchise else "total_net"), money(document.total_net))
    ]
    if not franchise:
        for subtotal in document.vat_breakdown:
            label = text(
                language,
                "vat_row",
                rate=formatting.rate(subtotal.rate, language),
                base=money(subtotal.taxable),
            )
            rows.append((label, money(subtotal.tax)))
        rows.append((text(language, "total_gross"), money(document.total_gross)))
    strong = [len(rows) - 1]
    if not _is_credit_note(document):
        if document.paid_amount:
            rows.append((text(language, "paid"), money(-document.paid_amount)))
        rows.append((text(language, "amount_due"), money(document.amount_due)))
    return blocks.amounts_table(rows, strong=strong)


def _vat_notes(document: InvoiceDocument) -> list[str]:
    """Why no VAT (or none on some lines) is charged: the franchise, exemption reasons."""
    language = document.language
    notes = [text(language, "franchise")] if document.seller.vat_franchise else []
    for line in document.lines:
        reason = line.vat_exemption_reason
        if not reason:
            continue
        written = text(language, "franchise") if reason == FRANCHISE_MENTION else reason
        if written not in notes:
            notes.append(written)
    return notes


def _summary(document: InvoiceDocument) -> Table:
    """VAT notes on the left, totals on the right, kept on one page."""
    notes = [para(note, styles.STRONG) for note in _vat_notes(document)]
    left = pages.CONTENT_WIDTH - sum(blocks.AMOUNTS_WIDTHS)
    table = Table([[notes, _totals(document)]], colWidths=[left, sum(blocks.AMOUNTS_WIDTHS)])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _payment(document: InvoiceDocument) -> Table | None:
    """How to pay: deadline, bank details, reference to quote, and the EPC QR code; or,
    for an invoice collected by direct debit, when and how it will be debited."""
    if _is_credit_note(document) or document.amount_due <= 0:
        return None
    if document.direct_debit is not None:
        return blocks.boxed(_debit(document, document.direct_debit))
    language = document.language
    details: list[Flowable] = [para(text(language, "payment_heading"), styles.HEADING)]
    if document.due_date is not None:
        deadline = text(language, "pay_by", date=formatting.day(document.due_date, language))
        details.append(para(deadline, styles.STRONG))
    bank = blocks.bank_lines(document.seller, language)
    if bank:
        details.append(para(text(language, "by_transfer")))
        details.append(Spacer(1, 1.5 * mm))
        details.append(para("\n".join(bank)))
    reference = text(language, "payment_reference", reference=document.payment_reference)
    details += [Spacer(1, 1.5 * mm), para(reference, styles.STRONG)]
    payload = payment_qr_payload(document)
    code: list[Flowable] = []
    if payload is not None:
        code = [qr_code(payload, _QR_SIZE), para(text(language, "qr_caption"), styles.CAPTION)]
    return blocks.boxed(details, code, _QR_SIZE + 16 * mm)


def _debit(document: InvoiceDocument, terms: DirectDebitTerms) -> list[Flowable]:
    """The SEPA pre-notification: the amount, the day it is debited from, the account
    (masked: the page may travel by e-mail), the mandate and the creditor identifier."""
    language = document.language
    # An invoice always has a due date; the issue date only guards against a gap.
    debited_from = document.due_date or document.issue_date
    announcement = text(
        language,
        "debit_on",
        amount=formatting.amount(document.amount_due, document.currency, language),
        date=formatting.day(debited_from, language),
    )
    references = [
        text(language, "debit_account", value=formatting.masked_iban(terms.debtor_iban)),
        text(language, "debit_mandate", value=terms.mandate_reference),
    ]
    if terms.creditor_id:
        references.append(text(language, "debit_creditor", value=terms.creditor_id))
    return [
        para(text(language, "payment_heading"), styles.HEADING),
        para(announcement, styles.STRONG),
        para(text(language, "debit_notice")),
        Spacer(1, 1.5 * mm),
        para("\n".join(references)),
    ]


def _mentions(document: InvoiceDocument) -> list[Flowable]:
    """The fine print: operation category, VAT option, payment terms and penalties."""
    language, seller = document.language, document.seller
    category = text(language, f"category_{document.operation_category}")
    mentions = [text(language, "operation_category", category=category)]
    if seller.vat_on_debits:
        mentions.append(text(language, "vat_on_debits"))
    mentions.append(owner_mention(seller.early_payment_text, language))
    mentions.append(owner_mention(seller.late_penalty_text, language))
    if document.buyer.is_business:
        mentions.append(text(language, "recovery_indemnity"))
    return blocks.paragraphs(mentions)
