"""SEPA direct debit: mandates, the FRST/RCUR sequence, and why the bank sends a debit back.

Rules from the EPC SEPA Core and B2B rulebooks, as French banks apply them:
a mandate's first collection is sent as FRST, the following ones as RCUR; a
first collection rejected before settlement (returned by the collection date)
was never a use, so the next one is FRST again, while one returned after it
was; a move to another bank (a new BIC or bank code) starts over with
FRST; a mandate unused for 36 months lapses and needs a new signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP

_REFERENCE = QT_TRANSLATE_NOOP(
    "Messages",
    "“{value}” is not a valid mandate reference: up to 35 letters, digits and "
    "the signs / - ? : ( ) . , ' + (no spaces)",
)

# The SEPA Latin character set, less the space, which a mandate reference may not hold.
_REFERENCE_PATTERN = re.compile(r"[A-Za-z0-9/\-?:().,'+]{1,35}")
# A mandate lapses after this long without a collection (EPC rulebook, 36 months).
MANDATE_LAPSES_AFTER = relativedelta(months=36)


class MandateScheme(StrEnum):
    CORE = "CORE"  # consumers and businesses; the debtor may ask a refund for 8 weeks
    B2B = "B2B"  # businesses only, no refund; the debtor registers it with their bank


class SequenceType(StrEnum):
    FIRST = "FRST"
    RECURRING = "RCUR"


class BatchStatus(StrEnum):
    REQUESTED = "requested"  # the file is written; the bank has not confirmed yet
    CONFIRMED = "confirmed"  # the bank collected: its collections are payments
    CANCELLED = "cancelled"  # withdrawn before the bank confirmed it


class CollectionStatus(StrEnum):
    REQUESTED = "requested"
    PAID = "paid"
    RETURNED = "returned"
    CANCELLED = "cancelled"


def validate_mandate_reference(value: str) -> str:
    """A unique mandate reference (RUM): up to 35 characters of the SEPA set, no spaces."""
    reference = value.strip()
    if not _REFERENCE_PATTERN.fullmatch(reference):
        raise InvalidValue(message(_REFERENCE, value=value))
    return reference


def suggested_mandate_reference(prefix: str, customer_id: int, ordinal: int) -> str:
    """A reference the owner may keep: the company's prefix, the customer, the mandate's rank."""
    cleaned = re.sub(r"[^A-Za-z0-9]", "", prefix).upper()[:12] or "CADENCE"
    return f"{cleaned}-{customer_id:06d}-{ordinal:02d}"


@dataclass(frozen=True, slots=True)
class MandateUse:
    """A past collection on a mandate, as the sequence rule needs it."""

    collection_date: date
    sequence: SequenceType
    rejected: bool  # sent back by the collection date, before settlement


def next_sequence(uses: list[MandateUse], *, account_changed_on: date | None) -> SequenceType:
    """FRST until a collection has gone through on this account, RCUR after.

    A FRST rejected before settlement is not a use (the debtor's bank never set the
    mandate up). Uses before a move to another bank do not count.
    """
    for use in uses:
        if account_changed_on is not None and use.collection_date < account_changed_on:
            continue
        if use.sequence is SequenceType.FIRST and use.rejected:
            continue
        return SequenceType.RECURRING
    return SequenceType.FIRST


def lapses_on(signed_on: date, last_collected_on: date | None) -> date:
    """The day a mandate lapses if no collection is presented before it."""
    return (last_collected_on or signed_on) + MANDATE_LAPSES_AFTER


# ISO 20022 reason codes of returned and rejected direct debits (R-transactions),
# as French banks print them on statements.
RETURN_REASONS: dict[str, str] = {
    "AC01": QT_TRANSLATE_NOOP("Messages", "wrong account number"),
    "AC04": QT_TRANSLATE_NOOP("Messages", "account closed"),
    "AC06": QT_TRANSLATE_NOOP("Messages", "account blocked"),
    "AC13": QT_TRANSLATE_NOOP("Messages", "the debtor is a consumer (B2B mandate refused)"),
    "AG01": QT_TRANSLATE_NOOP("Messages", "direct debit not allowed on this account"),
    "AG02": QT_TRANSLATE_NOOP("Messages", "wrong operation code"),
    "AM04": QT_TRANSLATE_NOOP("Messages", "insufficient funds"),
    "AM05": QT_TRANSLATE_NOOP("Messages", "duplicate collection"),
    "BE05": QT_TRANSLATE_NOOP("Messages", "creditor identifier unknown to the bank"),
    "CNOR": QT_TRANSLATE_NOOP("Messages", "creditor's bank not reachable"),
    "DNOR": QT_TRANSLATE_NOOP("Messages", "debtor's bank not reachable"),
    "FF01": QT_TRANSLATE_NOOP("Messages", "invalid file format"),
    "MD01": QT_TRANSLATE_NOOP("Messages", "no valid mandate"),
    "MD02": QT_TRANSLATE_NOOP("Messages", "mandate data missing or wrong"),
    "MD06": QT_TRANSLATE_NOOP("Messages", "refund requested by the debtor"),
    "MD07": QT_TRANSLATE_NOOP("Messages", "debtor deceased"),
    "MS02": QT_TRANSLATE_NOOP("Messages", "refused by the debtor"),
    "MS03": QT_TRANSLATE_NOOP("Messages", "reason not given by the bank"),
    "RC01": QT_TRANSLATE_NOOP("Messages", "wrong BIC"),
    "RR01": QT_TRANSLATE_NOOP("Messages", "debtor's account details missing"),
    "RR02": QT_TRANSLATE_NOOP("Messages", "debtor's name or address missing"),
    "RR03": QT_TRANSLATE_NOOP("Messages", "creditor's name or address missing"),
    "RR04": QT_TRANSLATE_NOOP("Messages", "regulatory reason"),
    "SL01": QT_TRANSLATE_NOOP("Messages", "refused by a service of the debtor's bank"),
}
# A revoked or missing mandate: collecting again on it would only be returned again.
MANDATE_ENDING_REASONS = frozenset({"AC01", "AC04", "AC06", "AC13", "AG01", "MD01", "MD07"})
