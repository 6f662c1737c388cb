"""The words and colours the Bank tab shows for a statement line: what Cadence suggests
it is, how sure it is, where the line came from, and the choices of the view filter.

Looked up when shown (never at import), so that they follow the interface's language.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from cadence.domain.direct_debit import RETURN_REASONS
from cadence.domain.errors import Message
from cadence.services.reconciliation import LIKELY, SURE, LineRow, LineView
from cadence.store.models import LineState, MatchKind, StatementSource
from cadence.ui.customers.labels import ATTENTION, GOOD, MUTED
from cadence.ui.messages import translated

# Called by this name, with the context written out each time: Qt's lupdate finds
# the strings only so.
translate = QCoreApplication.translate

# Invoice numbers named in a suggestion before "and n more".
NAMED_INVOICES = 2


class Bank(QObject):
    """The words of the "Bank" context that count (%n), said with `self.tr`: lupdate
    gives plural forms to `self.tr(text, "", count)` only (see ui/outbox/labels.py)."""

    def more_invoices(self, numbers: str, count: int) -> str:
        return self.tr("Invoices {numbers} and %n more", "", count).format(numbers=numbers)

    def batch(self, reference: str, count: int) -> str:
        return self.tr("Direct-debit batch {reference} (%n invoice(s))", "", count).format(
            reference=reference
        )

    def lines(self, count: int) -> str:
        return self.tr("%n line(s)", "", count)

    def new_lines(self, count: int) -> str:
        return self.tr("%n new", "", count)

    def suggested(self, count: int) -> str:
        return self.tr("%n match(es) suggested", "", count)

    def set_aside(self, count: int) -> str:
        return self.tr("%n expense(s) set aside", "", count)

    def confirm_sure(self, count: int) -> str:
        return self.tr("Record the %n sure match(es) shown?", "", count)

    def imported(self, file_name: str, count: int) -> str:
        return self.tr("“{file}” imported: %n new line(s).", "", count).format(file=file_name)

    def confirmed(self, count: int) -> str:
        return self.tr("%n line(s) confirmed and recorded.", "", count)


class Confidence(Enum):
    SURE = "sure"  # ≥ SURE: the evidence leaves no doubt (an invoice number and its amount)
    LIKELY = "likely"  # ≥ LIKELY: one thing fits (a name and an amount)
    TO_CHECK = "to_check"  # a guess: worth a look before confirming


def confidence_of(value: int) -> Confidence:
    if value >= SURE:
        return Confidence.SURE
    if value >= LIKELY:
        return Confidence.LIKELY
    return Confidence.TO_CHECK


def confidence_label(level: Confidence) -> str:
    return {
        Confidence.SURE: translate("Bank", "Sure"),
        Confidence.LIKELY: translate("Bank", "Likely"),
        Confidence.TO_CHECK: translate("Bank", "To check"),
    }[level]


def confidence_tip(level: Confidence) -> str:
    return {
        Confidence.SURE: translate(
            "Bank", "The label names the invoice, or the batch, and the amount is the same"
        ),
        Confidence.LIKELY: translate(
            "Bank", "The payer's name and the amount fit, but the label names no invoice"
        ),
        Confidence.TO_CHECK: translate(
            "Bank", "A guess from the name or the amount alone: check it before confirming"
        ),
    }[level]


# Text colours readable on a table's light rows, as elsewhere in the window.
LEVEL_TEXT = {
    Confidence.SURE: GOOD,
    Confidence.LIKELY: QColor("#8a5a00"),  # amber, as a message waiting for the owner
    Confidence.TO_CHECK: ATTENTION,
}
# Tints, not colours: drawn translucent over the table's own background, so that they
# stay pale on a light theme and dark on a dark one (as on the Messages tab).
_ALPHA = 56
LEVEL_TINT = {
    Confidence.SURE: QColor(22, 163, 74, _ALPHA),  # green
    Confidence.LIKELY: QColor(234, 160, 8, _ALPHA),  # amber
    Confidence.TO_CHECK: QColor(220, 38, 38, _ALPHA),  # red
}
MONEY_IN = GOOD
MONEY_OUT = ATTENTION
SET_ASIDE = MUTED


def amount_colour(amount: Decimal) -> QColor:
    """Money in green, money out red."""
    return MONEY_IN if amount > 0 else MONEY_OUT


def view_labels(counts: dict[LineState, int]) -> list[tuple[LineView, str]]:
    """The view filter's choices, each with how many lines it holds."""
    to_review = counts.get(LineState.UNMATCHED, 0) + counts.get(LineState.SUGGESTED, 0)
    return [
        (LineView.TO_REVIEW, translate("Bank", "To review ({count})").format(count=to_review)),
        (
            LineView.CONFIRMED,
            translate("Bank", "Confirmed ({count})").format(
                count=counts.get(LineState.CONFIRMED, 0)
            ),
        ),
        (
            LineView.IGNORED,
            translate("Bank", "Set aside ({count})").format(count=counts.get(LineState.IGNORED, 0)),
        ),
        (LineView.ALL, translate("Bank", "All ({count})").format(count=sum(counts.values()))),
    ]


def state_label(state: LineState) -> str:
    return {
        LineState.UNMATCHED: translate("Bank", "To review"),
        LineState.SUGGESTED: translate("Bank", "To review"),
        LineState.CONFIRMED: translate("Bank", "Confirmed"),
        LineState.IGNORED: translate("Bank", "Set aside"),
    }[state]


def source_label(source: StatementSource) -> str:
    return {
        StatementSource.OFX: "OFX",
        StatementSource.CAMT053: "CAMT.053",
        StatementSource.MT940: "MT940",
        StatementSource.CSV: translate("Bank", "Bank CSV"),
        StatementSource.STRIPE: "Stripe",
        StatementSource.PAYPAL: "PayPal",
    }[source]


def match_label(kind: MatchKind) -> str:
    """Why Cadence suggests what it suggests, to follow "Why:"."""
    return {
        MatchKind.INVOICE_NUMBER: translate("Bank", "the label names the invoice"),
        MatchKind.BATCH: translate("Bank", "the bank's credit for a direct-debit batch"),
        MatchKind.RETURN: translate("Bank", "a direct debit the customer's bank sent back"),
        MatchKind.AMOUNT_AND_NAME: translate("Bank", "the payer's name and the amount"),
        MatchKind.NAME: translate("Bank", "the payer's name"),
        MatchKind.AMOUNT: translate("Bank", "the amount alone"),
        MatchKind.BY_HAND: translate("Bank", "chosen by you"),
    }[kind]


def reason_words(code: str) -> str:
    """A return's ISO code and what it means: "AM04 insufficient funds"."""
    if not code:
        return translate("Bank", "no reason given")
    meaning = RETURN_REASONS.get(code.upper())
    return f"{code.upper()} {translated(Message(meaning, {}))}" if meaning else code.upper()


def _invoices_text(row: LineRow) -> str:
    numbers = [number for _, number, _ in row.invoices]
    if len(numbers) == 1:
        return translate("Bank", "Invoice {number}").format(number=numbers[0])
    if len(numbers) <= NAMED_INVOICES + 1:
        return translate("Bank", "Invoices {numbers}").format(numbers=", ".join(numbers))
    return Bank().more_invoices(", ".join(numbers[:NAMED_INVOICES]), len(numbers) - NAMED_INVOICES)


def suggestion_text(row: LineRow) -> str:
    """What Cadence suggests (or what was recorded), in plain words."""
    kind, customer = row.match_kind, row.customer_name
    if kind is MatchKind.RETURN:
        text = translate("Bank", "Returned direct debit · {reason}").format(
            reason=reason_words(row.return_reason)
        )
        return f"{text} · {customer}" if customer else text
    if kind is MatchKind.BATCH:
        if row.batch_recorded:
            return translate(
                "Bank", "Direct-debit batch {reference}, already recorded as collected"
            ).format(reference=row.batch_reference)
        return Bank().batch(row.batch_reference, row.batch_size)
    if kind is not None and row.invoices:
        if kind is MatchKind.NAME:
            return translate("Bank", "Customer: {customer} (oldest invoices first)").format(
                customer=customer
            )
        return f"{_invoices_text(row)} · {customer}" if customer else _invoices_text(row)
    if kind is MatchKind.INVOICE_NUMBER:
        return translate("Bank", "Customer: {customer} (the invoice named is paid already)").format(
            customer=customer
        )
    if kind is not None and customer:
        return translate("Bank", "Customer: {customer} (kept as credit)").format(customer=customer)
    if row.is_transfer:
        return translate("Bank", "Transfer between your own accounts")
    return translate("Bank", "No match")
