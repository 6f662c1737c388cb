"""The EPC QR code payload for a SEPA credit transfer (EPC069-12, version 002).

A customer's banking app scans it and pre-fills the transfer: beneficiary,
IBAN, amount and reference. The payload is twelve LF-separated elements:

    BCD / 002 / 1 (UTF-8) / SCT / BIC / name (≤ 70) / IBAN / EUR amount /
    purpose / structured reference / unstructured remittance (≤ 140) / information

Version 002 lets the BIC be empty within the EEA. The last populated element
is not followed by a separator, and the whole payload is at most 331 bytes.
"""

from __future__ import annotations

import re
from decimal import Decimal

MAX_NAME = 70
MAX_REMITTANCE = 140
MAX_PAYLOAD_BYTES = 331
MIN_AMOUNT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999.99")

_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}")
_BIC = re.compile(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")


def _one_line(value: str) -> str:
    """User text on one line: a line break would shift every following element."""
    return " ".join(value.split())


def epc_payload(*, name: str, iban: str, bic: str | None, amount: Decimal, remittance: str) -> str:
    """The payload asking for `amount` euros to `iban`, quoting `remittance` (unstructured).

    Raises ValueError when the values cannot make a valid code (bad IBAN or BIC,
    amount out of range, reference too long); the caller then prints no code.
    """
    compact_iban = "".join(iban.split()).upper()
    compact_bic = "".join((bic or "").split()).upper()
    if not _IBAN.fullmatch(compact_iban):
        raise ValueError(f"not an IBAN: {iban!r}")
    if compact_bic and not _BIC.fullmatch(compact_bic):
        raise ValueError(f"not a BIC: {bic!r}")
    if amount != amount.quantize(MIN_AMOUNT) or not MIN_AMOUNT <= amount <= MAX_AMOUNT:
        raise ValueError(f"amount must be 0.01 to 999999999.99 in cents, not {amount}")
    beneficiary = _one_line(name)[:MAX_NAME].rstrip()
    if not beneficiary:
        raise ValueError("the beneficiary's name is empty")
    reference = _one_line(remittance)
    if len(reference) > MAX_REMITTANCE:
        raise ValueError(f"remittance longer than {MAX_REMITTANCE} characters: {reference!r}")
    elements = [
        "BCD",
        "002",
        "1",
        "SCT",
        compact_bic,
        beneficiary,
        compact_iban,
        f"EUR{amount:.2f}",
        "",  # purpose code
        "",  # structured creditor reference (ISO 11649)
        reference,
    ]
    payload = "\n".join(elements).rstrip("\n")
    if len(payload.encode("utf-8")) > MAX_PAYLOAD_BYTES:
        raise ValueError(f"payload longer than {MAX_PAYLOAD_BYTES} bytes")
    return payload
