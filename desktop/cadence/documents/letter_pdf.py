"""A payment reminder as a business letter, firmer at each level.

First reminder: courteous. Second: firmer, recalling the late-payment terms.
Formal notice (mise en demeure): the legal wording, sent by registered mail,
citing the late penalties and the €40 indemnity to a business (Code de
commerce L441-10, D441-5) or the statutory interest to a consumer (Code civil
art. 1344-1), and the new deadline.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, Spacer, TableStyle

from cadence.documents import blocks, formatting, pages, styles
from cadence.documents.blocks import para
from cadence.documents.fonts import BOLD
from cadence.documents.labels import text
from cadence.documents.model import ReminderLetter, ReminderLevel

_INVOICE_COLUMNS = (None, 26 * mm, 26 * mm, 30 * mm, 30 * mm)


def render_reminder(letter: ReminderLetter) -> bytes:
    """The PDF/A-3B file of a reminder letter, byte-identical for the same value."""
    language = letter.language
    title = _subject(letter)
    identity = pages.Identity(
        title=title,
        author=letter.seller.legal_name,
        subject=f"{title} · {letter.buyer.name} · {formatting.day(letter.issue_date, language)}",
        language=language,
        created=letter.issue_date,
        legal_lines=blocks.legal_identity(letter.seller, language),
        running_title=False,  # a letter's subject is in its body, once
    )
    return pages.render(lambda: _layout(letter), identity, archival=True)


def _subject(letter: ReminderLetter) -> str:
    key = f"subject_{letter.level}"
    if letter.level is not ReminderLevel.FORMAL_NOTICE and len(letter.invoices) > 1:
        key += "_many"
    return text(letter.language, key)


def _paragraphs(letter: ReminderLetter) -> tuple[list[str], list[str]]:
    """The level's text before the table of invoices, and after the payment details."""
    language = letter.language
    values = {
        "total": formatting.amount(letter.total_outstanding, letter.currency, language),
        "pay_by": formatting.long_day(letter.pay_by, language),
    }
    if letter.level is ReminderLevel.FIRST:
        return [text(language, "body_first", **values)], [text(language, "body_first_after")]
    if letter.level is ReminderLevel.SECOND:
        before = [text(language, "body_second", **values)]
        if letter.buyer.is_business:
            before.append(text(language, "body_second_business"))
        return before, []
    consequence = "business" if letter.buyer.is_business else "person"
    return (
        [
            text(language, "body_formal_notice", **values),
            text(language, f"body_formal_notice_{consequence}"),
        ],
        [text(language, "body_formal_notice_after")],
    )


def _layout(letter: ReminderLetter) -> pages.Layout:
    language, seller = letter.language, letter.seller
    place = text(
        language,
        "place_date",
        city=seller.address.city,
        date=formatting.long_day(letter.issue_date, language),
    )
    body: list[Flowable] = [para(place, styles.LETTER_RIGHT), Spacer(1, 4 * mm)]
    if letter.level is ReminderLevel.FORMAL_NOTICE:
        body.append(para(text(language, "registered_mail"), styles.STRONG))
    body += [
        para(text(language, "subject", subject=_subject(letter)), styles.STRONG),
        Spacer(1, 5 * mm),
        para(text(language, "salutation"), styles.LETTER),
    ]
    before, after = _paragraphs(letter)
    body += blocks.paragraphs(before[:1], styles.LETTER)
    body += [_invoices(letter), Spacer(1, 5 * mm)]
    body += blocks.paragraphs(before[1:], styles.LETTER)
    if seller.iban:
        bic = text(language, "letter_bic", bic=seller.bic.strip().upper()) if seller.bic else ""
        payment = text(language, "letter_payment", iban=formatting.grouped(seller.iban), bic=bic)
        # Left-aligned: justifying would stretch the gaps between the IBAN's groups.
        body.append(para(payment, styles.LETTER_LEFT))
    body += blocks.paragraphs([letter.message], styles.LETTER)
    body += blocks.paragraphs(after, styles.LETTER)
    closing = [
        para(text(language, "closing"), styles.LETTER),
        Spacer(1, 8 * mm),
        para(seller.legal_name, styles.SIGNATURE),
    ]
    body.append(KeepTogether(closing))
    return pages.Layout(
        sender=blocks.sender_block(seller, language),
        heading=[],
        recipient=blocks.recipient_block(letter.buyer, language, identifiers=False),
        body=body,
    )


def _invoices(letter: ReminderLetter) -> LongTable:
    """The overdue invoices, then the total outstanding."""
    language, currency = letter.language, letter.currency
    keys = ["col_invoice", "col_invoice_date", "col_due", "col_invoice_total", "col_outstanding"]
    rows: list[list[Any]] = [blocks.header_row(language, keys, numbers_from=3)]
    for invoice in letter.invoices:
        rows.append(
            [
                para(invoice.number, styles.CELL),
                formatting.day(invoice.issue_date, language),
                formatting.day(invoice.due_date, language),
                formatting.amount(invoice.total_gross, currency, language),
                formatting.amount(invoice.outstanding, currency, language),
            ]
        )
    total = formatting.amount(letter.total_outstanding, currency, language)
    rows.append([text(language, "total_outstanding"), "", "", "", total])
    table = LongTable(rows, colWidths=blocks.column_widths(_INVOICE_COLUMNS), repeatRows=1)
    commands = blocks.grid_style()
    commands += [
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
        ("SPAN", (0, -1), (3, -1)),
        ("FONTNAME", (0, -1), (-1, -1), BOLD),
        ("BACKGROUND", (0, -1), (-1, -1), styles.FILL),
    ]
    table.setStyle(TableStyle(commands))
    return table
