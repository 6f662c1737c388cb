"""The PDF of a statement of account: the customer's subscriptions, the movements
of the period with a running balance, what is overdue, and how to pay."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, Spacer, Table, TableStyle

from cadence.documents import blocks, formatting, pages, styles
from cadence.documents.blocks import para
from cadence.documents.fonts import BOLD
from cadence.documents.labels import text
from cadence.documents.model import StatementDebit, StatementDocument

_MOVEMENT_COLUMNS = (18 * mm, 25 * mm, None, 18 * mm, 21 * mm, 21 * mm, 22 * mm)
_SUBSCRIPTION_COLUMNS = (None, 20 * mm, 11 * mm, 21 * mm, 25 * mm, 36 * mm)


def render_statement(document: StatementDocument) -> bytes:
    """The PDF/A-3B file of a statement of account, byte-identical for the same value."""
    language = document.language
    title = text(language, "statement_name", date=formatting.day(document.issue_date, language))
    identity = pages.Identity(
        title=title,
        author=document.seller.legal_name,
        subject=f"{title} · {document.buyer.name}",
        language=language,
        created=document.issue_date,
        legal_lines=blocks.legal_identity(document.seller, language),
    )
    return pages.render(lambda: _layout(document), identity, archival=True)


def _layout(document: StatementDocument) -> pages.Layout:
    language = document.language
    as_of = text(language, "statement_date", date=formatting.day(document.issue_date, language))
    heading = [
        para(text(language, "statement_title"), styles.TITLE),
        para(as_of, styles.SUBTITLE),
    ]
    body: list[Flowable] = [
        blocks.band(
            [(text(language, "service_period"), formatting.period(document.period, language))],
            pages.CONTENT_WIDTH,
        ),
        Spacer(1, 6 * mm),
    ]
    if document.subscriptions:
        body += [para(text(language, "subscriptions"), styles.HEADING), _subscriptions(document)]
        body.append(Spacer(1, 6 * mm))
    body += [para(text(language, "movements"), styles.HEADING), _movements(document)]
    body += [Spacer(1, 4 * mm), KeepTogether([_balance(document)])]
    payment = _payment(document)
    if payment is not None:
        body += [Spacer(1, 5 * mm), KeepTogether([payment])]
    return pages.Layout(
        sender=blocks.sender_block(document.seller, language),
        heading=heading,
        recipient=blocks.recipient_block(
            document.buyer, language, identifiers=document.buyer.is_business
        ),
        body=body,
    )


def _subscriptions(document: StatementDocument) -> LongTable:
    language, currency = document.language, document.currency
    keys = ["col_plan", "col_status", "col_quantity", "col_started", "col_next_billing"]
    rows: list[list[Any]] = [blocks.header_row(language, [*keys, "col_recurring"], numbers_from=5)]
    for subscription in document.subscriptions:
        amount = formatting.amount(subscription.recurring_amount, currency, language)
        next_billing = subscription.next_billing_date
        rows.append(
            [
                para(subscription.plan_name, styles.CELL),
                para(subscription.status, styles.CELL),
                str(subscription.quantity),
                formatting.day(subscription.started_on, language),
                formatting.day(next_billing, language) if next_billing else "—",
                para(
                    text(language, "per_cycle", amount=amount, cycle=subscription.cycle),
                    styles.CELL_RIGHT,
                ),
            ]
        )
    table = LongTable(rows, colWidths=blocks.column_widths(_SUBSCRIPTION_COLUMNS), repeatRows=1)
    table.setStyle(TableStyle(blocks.grid_style()))
    return table


def _movements(document: StatementDocument) -> LongTable:
    """Opening balance, each movement with the balance after it, closing balance."""
    language, currency = document.language, document.currency

    def money(value: Decimal) -> str:
        return formatting.amount(value, currency, language) if value else ""

    keys = [
        "col_date",
        "col_reference",
        "col_label",
        "col_due",
        "col_debit",
        "col_credit",
        "col_balance",
    ]
    start = formatting.day(document.period.start, language)
    end = formatting.day(document.period.last_day, language)
    balance = document.opening_balance
    rows: list[list[Any]] = [
        blocks.header_row(language, keys, numbers_from=4),
        [
            para(text(language, "opening_balance", date=start), styles.CELL),
            "",
            "",
            "",
            "",
            "",
            formatting.amount(balance, currency, language),
        ],
    ]
    for entry in document.entries:
        balance += entry.debit - entry.credit
        rows.append(
            [
                formatting.day(entry.on, language),
                para(entry.reference, styles.CELL),
                para(entry.description, styles.CELL),
                formatting.day(entry.due_date, language) if entry.due_date else "",
                money(entry.debit),
                money(entry.credit),
                formatting.amount(balance, currency, language),
            ]
        )
    rows.append(
        [
            para(text(language, "closing_balance", date=end), styles.STRONG),
            "",
            "",
            "",
            "",
            "",
            formatting.amount(document.closing_balance, currency, language),
        ]
    )
    table = LongTable(rows, colWidths=blocks.column_widths(_MOVEMENT_COLUMNS), repeatRows=1)
    commands = blocks.grid_style()
    commands += [
        ("ALIGN", (4, 1), (-1, -1), "RIGHT"),
        # The balance rows' label runs across the date, reference and label columns.
        ("SPAN", (0, 1), (3, 1)),
        ("SPAN", (0, -1), (3, -1)),
        ("FONTNAME", (-1, -1), (-1, -1), BOLD),
        ("BACKGROUND", (0, -1), (-1, -1), styles.FILL),
    ]
    table.setStyle(TableStyle(commands))
    return table


def _balance(document: StatementDocument) -> Flowable:
    """What the customer owes and how much of it is overdue, or their credit."""
    language, currency = document.language, document.currency
    closing = document.closing_balance
    if closing == 0:
        return para(text(language, "settled"), styles.STRONG)
    if closing < 0:
        credit = formatting.amount(-closing, currency, language)
        return blocks.amounts_table([(text(language, "available_credit"), credit)])
    rows = [(text(language, "balance_due"), formatting.amount(closing, currency, language))]
    if document.overdue_amount:
        overdue = formatting.amount(document.overdue_amount, currency, language)
        rows.append((text(language, "overdue"), overdue))
    return blocks.amounts_table(rows, accent=0)


def _payment(document: StatementDocument) -> Table | None:
    """Bank details to pay the balance; no QR code, since a statement is no single invoice
    whose number a transfer could quote. What will be debited is said apart first."""
    if document.direct_debit is not None and document.direct_debit.amount > 0:
        return blocks.boxed(_debit_and_rest(document, document.direct_debit))
    language = document.language
    bank = blocks.bank_lines(document.seller, language)
    if document.closing_balance <= 0 or not bank:
        return None
    details: list[Flowable] = [
        para(text(language, "payment_heading"), styles.HEADING),
        para(text(language, "by_transfer")),
        Spacer(1, 1.5 * mm),
        para("\n".join(bank)),
        Spacer(1, 1.5 * mm),
        para(text(language, "statement_reference"), styles.STRONG),
    ]
    return blocks.boxed(details)


def _debit_and_rest(document: StatementDocument, debit: StatementDebit) -> list[Flowable]:
    """The invoices that will be debited under the customer's mandate, and their amount,
    which they are not to pay themselves; then what is left to pay by transfer, if any,
    with the bank details (none without an IBAN, as for any statement). The account
    debited is masked, as on the invoices: the page may travel by e-mail."""
    language, currency = document.language, document.currency
    numbers = ", ".join(debit.invoice_numbers)
    announcement = text(
        language,
        "statement_debit_one" if len(debit.invoice_numbers) == 1 else "statement_debit_many",
        amount=formatting.amount(debit.amount, currency, language),
        numbers=numbers,
    )
    # Kept on one line in the sentence, groups and all.
    account = formatting.masked_iban(debit.debtor_iban).replace(" ", "\u00a0")
    rest = document.amount_to_pay
    details: list[Flowable] = [
        para(text(language, "payment_heading"), styles.HEADING),
        para(announcement, styles.STRONG),
        para(
            text(
                language, "statement_debit_notice" if rest else "statement_debit_only", iban=account
            )
        ),
    ]
    bank = blocks.bank_lines(document.seller, language)
    if not rest or not bank:
        return details
    details += [
        Spacer(1, 2.5 * mm),
        para(
            text(language, "statement_rest", amount=formatting.amount(rest, currency, language)),
            styles.STRONG,
        ),
        Spacer(1, 1.5 * mm),
        para("\n".join(bank)),
        Spacer(1, 1.5 * mm),
        para(text(language, "statement_reference"), styles.STRONG),
    ]
    return details
