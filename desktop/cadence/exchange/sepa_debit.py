"""The SEPA direct-debit batch (ISO 20022 pain.008) Cadence hands to the owner's bank.

Built with sepaxml and checked against the message's XSD before it is returned.
The file is a pure function of the arguments: the creation time is `created_at`,
the payment-information ids come from the message id, nothing is random and
the clock is never read (see `_Pain008Document`).

The services validate every value first (IBAN, BIC, ICS, amounts, mandate
references) and tell the owner what is wrong; the checks here are a last guard
and raise `ValueError`.

Text the bank forwards (names, remittance information) is reduced to the Latin
character set every SEPA bank must accept (EPC, "SEPA requirements for an
extended character set", the basic set): a-z A-Z 0-9 / - ? : ( ) . , ' + and
space. sepaxml's own `clean=True` runs text_unidecode on the names and the
remittance information and truncates them (70, 140): that is right for accents
and other scripts ("Hélène" → "Helene", "Δημήτρης" → "Demetres") but keeps
every ASCII character outside the set ("&", "<", "_", "@", '"' …, and the "<<"
it writes for "«"), which XML escaping makes well-formed but which banks refuse
or rewrite; and it leaves the identifiers alone. So `sepa_text` transliterates
the same way (text_unidecode), then maps or blanks what is still outside the
set, and sepaxml is called with `clean=False`. Identifiers (end-to-end id,
mandate reference, message id) are never rewritten: the bank sends them back
on credits and returns and the mandate reference must be the one the debtor
signed, so one outside the rules is refused, not truncated.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sepaxml import SepaDD  # type: ignore[import-untyped]  # sepaxml ships no type hints
from text_unidecode import unidecode  # type: ignore[import-untyped]  # sepaxml's own dependency

from cadence.domain.direct_debit import MandateScheme, SequenceType
from cadence.domain.errors import InvalidValue
from cadence.domain.identifiers import validate_bic, validate_creditor_identifier, validate_iban

__all__ = [
    "Creditor",
    "DirectDebit",
    "Pain008Version",
    "Scheme",
    "SequenceType",
    "build_pain008",
    "is_sepa_identifier",
    "payment_info_ids",
    "sepa_text",
]

# The scheme and the sequence type are the domain's own (the services keep them on
# mandates and collections); named here as the file's elements say them.
Scheme = MandateScheme  # LclInstrm/Cd: CORE or B2B


class Pain008Version(StrEnum):
    # The 2019 messages of the EPC rulebooks since November 2023.
    V08 = "pain.008.001.08"
    # The 2009 messages, for banks still on them.
    V02 = "pain.008.001.02"


@dataclass(frozen=True)
class Creditor:
    name: str
    iban: str
    bic: str  # may be "" with pain.008.001.08 only
    creditor_id: str  # the SEPA creditor identifier (ICS in France)


@dataclass(frozen=True)
class DirectDebit:
    end_to_end_id: str
    amount: Decimal
    currency: str
    mandate_reference: str  # the RUM (référence unique de mandat)
    mandate_signed_on: date
    sequence: SequenceType
    debtor_name: str
    debtor_iban: str
    debtor_bic: str  # "" when unknown: SEPA allows IBAN-only debits
    remittance: str  # e.g. "Facture F2026-0042"


NAME_LENGTH = 70
REMITTANCE_LENGTH = 140
IDENTIFIER_LENGTH = 35
# The largest amount of a SEPA direct debit (EPC rulebook, AT-06).
MAX_AMOUNT = Decimal("999999999.99")

_SEPA_CHARACTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-?:().,'+ "
)
# Close equivalents inside the set, applied before transliteration (so that
# text_unidecode's "<<" for "«" or "deg" for "°" are not taken) and after it.
_EQUIVALENTS = str.maketrans(
    {
        "&": "+",
        "<": "(",
        ">": ")",
        "[": "(",
        "]": ")",
        "{": "(",
        "}": ")",
        '"': "'",
        "`": "'",
        "«": "'",
        "»": "'",
        "‹": "'",
        "›": "'",
        "“": "'",
        "”": "'",
        "„": "'",
        "‘": "'",
        "’": "'",
        "_": "-",
        "–": "-",
        "—": "-",
        "\\": "/",
        "|": "/",
        ";": ",",
        "!": ".",
        "°": "o",  # "N°" → "No"
    }
)
_GUILLEMET_SPACES = re.compile(r"[«‹]\s+|\s+[»›]")
# EPC: identifiers use the set without spaces, and never start or end with "/"
# nor contain "//".
_IDENTIFIER = re.compile(r"(?!/)(?!.*//)[A-Za-z0-9/\-?:().,'+]*(?<!/)")


def sepa_text(value: str, max_length: int) -> str:
    """Free text as every SEPA bank accepts it: transliterated to Latin letters, the
    characters outside the SEPA set mapped to an equivalent ("&" → "+", "<" → "(")
    or to a space, spaces collapsed, then cut to `max_length`."""
    text = unicodedata.normalize("NFC", value)
    # French quotes are spaced inside: « mars » → 'mars'.
    text = _GUILLEMET_SPACES.sub(lambda match: match.group().strip(), text)
    text = text.translate(_EQUIVALENTS)
    text = str(unidecode(text)).translate(_EQUIVALENTS)
    text = "".join(char if char in _SEPA_CHARACTERS else " " for char in text)
    # "//" and a leading or trailing "/" are reserved for structured references.
    text = re.sub("/{2,}", "/", " ".join(text.split())).strip(" /")
    return text[:max_length].rstrip(" /")


def is_sepa_identifier(value: str, max_length: int = IDENTIFIER_LENGTH) -> bool:
    """Whether `value` may be sent as it is as an end-to-end id, a mandate reference
    or a message id: 1 to `max_length` characters of the SEPA set without spaces,
    not starting or ending with "/", no "//"."""
    return 0 < len(value) <= max_length and _IDENTIFIER.fullmatch(value) is not None


def payment_info_ids(message_id: str) -> dict[SequenceType, str]:
    """The PmtInfId of each sequence type's block in the batch `message_id`: a bank
    that credits a whole block names it, so the credit can be matched back."""
    _check_identifier("message_id", message_id, IDENTIFIER_LENGTH - 5)
    return {sequence: f"{message_id}-{sequence.value}" for sequence in SequenceType}


def build_pain008(
    *,
    message_id: str,
    created_at: datetime,
    creditor: Creditor,
    scheme: Scheme,
    collection_date: date,
    debits: Sequence[DirectDebit],
    version: Pain008Version = Pain008Version.V08,
) -> bytes:
    """The pain.008 file that asks the creditor's bank to collect `debits` on
    `collection_date`: one payment-information block per sequence type (first
    collections, then recurring ones), validated against the version's XSD.

    `message_id` names the file (at most 30 characters: each block's id adds
    "-FRST" or "-RCUR"); the same arguments give the same bytes.
    """
    version = Pain008Version(version)
    scheme = Scheme(scheme)
    if not debits:
        raise ValueError("a direct-debit batch needs at least one debit")
    block_ids = payment_info_ids(message_id)
    end_to_end_ids = [debit.end_to_end_id for debit in debits]
    if len(set(end_to_end_ids)) != len(end_to_end_ids):
        raise ValueError("two debits of the batch have the same end-to-end id")

    config: dict[str, Any] = {
        "name": _required_text("creditor name", creditor.name, NAME_LENGTH),
        "IBAN": _guard(validate_iban, "creditor IBAN", creditor.iban),
        "creditor_id": _guard(validate_creditor_identifier, "creditor id", creditor.creditor_id),
        "currency": "EUR",
        "batch": True,
        "instrument": scheme.value,
    }
    if creditor.bic:
        config["BIC"] = _guard(validate_bic, "creditor BIC", creditor.bic)
    elif version is Pain008Version.V02:
        raise ValueError("pain.008.001.02 needs the creditor's BIC")

    document = _Pain008Document(
        config,
        version.value,
        message_id=message_id,
        created_at=created_at.replace(microsecond=0).isoformat(),
        payment_info_ids={sequence.value: block_id for sequence, block_id in block_ids.items()},
    )
    # First collections first; the order of the debits is kept within each block.
    for debit in sorted(debits, key=lambda debit: debit.sequence != SequenceType.FIRST):
        # A new dict for each call: sepaxml rewrites the one it is given.
        document.add_payment(_payment(debit, collection_date))
    exported = document.export(validate=True)
    assert isinstance(exported, bytes)
    return exported


def _payment(debit: DirectDebit, collection_date: date) -> dict[str, Any]:
    if debit.currency != "EUR":
        raise ValueError(f"a SEPA direct debit is in EUR, not {debit.currency}")
    _check_identifier("end_to_end_id", debit.end_to_end_id)
    _check_identifier("mandate_reference", debit.mandate_reference)
    if debit.mandate_signed_on > collection_date:
        raise ValueError(
            f"mandate {debit.mandate_reference} is signed on {debit.mandate_signed_on}, "
            f"after the collection date {collection_date}"
        )
    payment: dict[str, Any] = {
        "name": _required_text("debtor name", debit.debtor_name, NAME_LENGTH),
        "IBAN": _guard(validate_iban, "debtor IBAN", debit.debtor_iban),
        "amount": _cents(debit.amount),
        "currency": "EUR",
        "type": SequenceType(debit.sequence).value,
        "collection_date": collection_date,
        "mandate_id": debit.mandate_reference,
        "mandate_date": debit.mandate_signed_on,
        "description": sepa_text(debit.remittance, REMITTANCE_LENGTH),
        "endtoend_id": debit.end_to_end_id,
    }
    # Without "BIC", sepaxml writes DbtrAgt/FinInstnId/Othr/Id "NOTPROVIDED", the
    # EPC's form for an IBAN-only debit in both versions (the debtor agent itself
    # is mandatory in pain.008).
    if debit.debtor_bic:
        payment["BIC"] = _guard(validate_bic, "debtor BIC", debit.debtor_bic)
    if not payment["description"]:
        raise ValueError("a direct debit needs remittance information")
    return payment


def _cents(amount: Decimal) -> int:
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise ValueError(f"{amount!r} is not a Decimal amount")
    if amount <= 0:
        raise ValueError(f"a direct debit collects a positive amount, not {amount}")
    if amount > MAX_AMOUNT:
        raise ValueError(f"{amount} is more than a SEPA direct debit may collect")
    cents = amount.scaleb(2)
    if cents != cents.to_integral_value():
        raise ValueError(f"{amount} has more than 2 decimal places")
    return int(cents)


def _check_identifier(field: str, value: str, max_length: int = IDENTIFIER_LENGTH) -> None:
    if not is_sepa_identifier(value, max_length):
        raise ValueError(
            f"{field} {value!r} is not a SEPA identifier (1 to {max_length} of "
            "A-Z a-z 0-9 / - ? : ( ) . , ' +, no space, no leading or trailing '/', no '//')"
        )


def _required_text(field: str, value: str, max_length: int) -> str:
    text = sepa_text(value, max_length)
    if not text:
        raise ValueError(f"the {field} {value!r} has nothing left in the SEPA character set")
    return text


def _guard(validate: Callable[[str], str], field: str, value: str) -> str:
    try:
        return validate(value)
    except InvalidValue as error:
        raise ValueError(f"{field}: {error}") from error


class _Pain008Document(SepaDD):  # type: ignore[misc]  # sepaxml is untyped
    """sepaxml's direct-debit document with the group header and the blocks' ids
    taken from the arguments.

    sepaxml reads the clock twice: `SepaPaymentInitn.__init__` makes a message id
    from `datetime.now()` and a random string (`utils.make_msg_id`), and
    `SepaDD._create_header` stamps CreDtTm with `datetime.now()`. Overwriting the
    XML afterwards would still read the clock here, so neither runs: `__init__`
    sets the attributes sepaxml's own `__init__` sets (sepaxml 2.7), from the arguments,
    and `_create_header` writes the same group header with `created_at`. The
    blocks' random PmtInfIds (`utils.make_id`) are replaced in `_finalize_batch`,
    which `export` calls before it serialises and validates. A test fails if
    sepaxml reads the clock during a build.
    """

    def __init__(
        self,
        config: dict[str, Any],
        schema: str,
        *,
        message_id: str,
        created_at: str,
        payment_info_ids: Mapping[str, str],
    ) -> None:
        self._created_at = created_at
        self._payment_info_ids = dict(payment_info_ids)
        # sepaxml's own attributes, untyped there.
        self._config: Any = None
        self._xml: Any = None
        self._batches: OrderedDict[str, list[ET.Element]] = OrderedDict()
        self._batch_totals: OrderedDict[str, int] = OrderedDict()
        self.schema = schema
        self.msg_id = message_id
        self.clean = False  # the text is already cleaned, by sepa_text
        self.check_config(config)  # raises on a missing key
        self._config = config
        self._prepare_document()
        self._create_header()

    def _create_header(self) -> None:
        root = self._xml.find(self.root_el)
        header = ET.SubElement(root, "GrpHdr")
        ET.SubElement(header, "MsgId").text = self.msg_id
        ET.SubElement(header, "CreDtTm").text = self._created_at
        ET.SubElement(header, "NbOfTxs")  # filled in by export
        ET.SubElement(header, "CtrlSum")  # filled in by export
        party = ET.SubElement(header, "InitgPty")
        ET.SubElement(party, "Nm").text = self._config["name"]
        other = ET.SubElement(ET.SubElement(ET.SubElement(party, "Id"), "OrgId"), "Othr")
        ET.SubElement(other, "Id").text = self._config["creditor_id"]

    def _finalize_batch(self) -> None:
        super()._finalize_batch()
        for block in self._xml.iter("PmtInf"):
            sequence = block.findtext("PmtTpInf/SeqTp")
            block_id = block.find("PmtInfId")
            assert sequence is not None
            assert block_id is not None
            block_id.text = self._payment_info_ids[sequence]
