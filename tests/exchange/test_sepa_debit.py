"""The pain.008 direct-debit batch: valid against the official ISO 20022 XSD (read
here with lxml, independently of sepaxml's own check), exact, deterministic, and
refusing what a bank would refuse."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any

import pytest
import sepaxml.debit
import sepaxml.utils
from lxml import etree

from cadence.exchange.sepa_debit import (
    Creditor,
    DirectDebit,
    Pain008Version,
    Scheme,
    SequenceType,
    build_pain008,
    is_sepa_identifier,
    payment_info_ids,
    sepa_text,
)

CREATED_AT = datetime(2026, 11, 25, 9, 30, 15)
COLLECTION = date(2026, 12, 4)
MESSAGE_ID = "CADENCE-20261125-001"
CREDITOR = Creditor(
    name="Atelier Dupré & Fils",
    iban="FR76 3000 6000 0112 3456 7890 189",
    bic="AGRIFRPP",
    creditor_id="FR72ZZZ123456",
)
OBRIEN = DirectDebit(
    end_to_end_id="F2026-0042",
    amount=Decimal("120.50"),
    currency="EUR",
    mandate_reference="RUM-2026-0007",
    mandate_signed_on=date(2026, 11, 2),
    sequence=SequenceType.FIRST,
    debtor_name="O'Brien & <Fils>",
    debtor_iban="DE89370400440532013000",
    debtor_bic="COBADEFFXXX",
    remittance="Facture F2026-0042",
)
MULLER = DirectDebit(
    end_to_end_id="F2026-0043",
    amount=Decimal("9.99"),
    currency="EUR",
    mandate_reference="RUM-2025-0001",
    mandate_signed_on=date(2025, 3, 14),
    sequence=SequenceType.RECURRING,
    debtor_name="Hélène Müller",
    debtor_iban="FR1420041010050500013M02606",
    debtor_bic="",
    remittance="Facture F2026-0043 « abonnement »",
)


def _build(
    version: Pain008Version = Pain008Version.V08,
    scheme: Scheme = Scheme.CORE,
    debits: Sequence[DirectDebit] = (OBRIEN, MULLER),
    **changes: Any,
) -> bytes:
    arguments: dict[str, Any] = {
        "message_id": MESSAGE_ID,
        "created_at": CREATED_AT,
        "creditor": CREDITOR,
        "scheme": scheme,
        "collection_date": COLLECTION,
        "debits": debits,
        "version": version,
    }
    arguments.update(changes)
    return build_pain008(**arguments)


@cache
def _schema(version: Pain008Version) -> Any:
    """The official XSD shipped inside the sepaxml package, read by lxml."""
    source = files("sepaxml").joinpath("schemas", f"{version.value}.xsd")
    return etree.XMLSchema(etree.fromstring(source.read_bytes()))


def _parse(data: bytes, version: Pain008Version) -> Any:
    document = etree.fromstring(data)
    _schema(version).assertValid(document)
    return document


def _namespaces(version: Pain008Version) -> dict[str, str]:
    return {"p": f"urn:iso:std:iso:20022:tech:xsd:{version.value}"}


def _relative(path: str) -> str:
    """'A/B' → 'p:A/p:B' (xpath relative to a node)."""
    return "/".join(f"p:{step}" for step in path.split("/"))


def _text(node: Any, path: str, version: Pain008Version) -> str:
    found = node.xpath(_relative(path), namespaces=_namespaces(version))
    assert len(found) == 1, f"{path}: {len(found)} nodes"
    return str(found[0].text)


def _nodes(node: Any, path: str, version: Pain008Version) -> list[Any]:
    return list(node.xpath(_relative(path), namespaces=_namespaces(version)))


ALL_VERSIONS = pytest.mark.parametrize("version", list(Pain008Version), ids=str)


@ALL_VERSIONS
@pytest.mark.parametrize("scheme", list(Scheme), ids=str)
def test_the_batch_is_valid_and_says_what_was_asked(
    version: Pain008Version, scheme: Scheme
) -> None:
    document = _parse(_build(version, scheme), version)
    initiation = _nodes(document, "CstmrDrctDbtInitn", version)[0]

    header = _nodes(initiation, "GrpHdr", version)[0]
    assert _text(header, "MsgId", version) == MESSAGE_ID
    assert datetime.fromisoformat(_text(header, "CreDtTm", version)) == CREATED_AT
    assert _text(header, "NbOfTxs", version) == "2"
    assert _text(header, "CtrlSum", version) == "130.49"
    assert _text(header, "InitgPty/Nm", version) == "Atelier Dupre + Fils"

    blocks = _nodes(initiation, "PmtInf", version)
    assert [_text(block, "PmtTpInf/SeqTp", version) for block in blocks] == ["FRST", "RCUR"]
    ids = payment_info_ids(MESSAGE_ID)
    assert [_text(block, "PmtInfId", version) for block in blocks] == [
        ids[SequenceType.FIRST],
        ids[SequenceType.RECURRING],
    ]
    for block, debit in zip(blocks, (OBRIEN, MULLER), strict=True):
        assert _text(block, "PmtMtd", version) == "DD"
        assert _text(block, "NbOfTxs", version) == "1"
        assert Decimal(_text(block, "CtrlSum", version)) == debit.amount
        assert _text(block, "PmtTpInf/SvcLvl/Cd", version) == "SEPA"
        assert _text(block, "PmtTpInf/LclInstrm/Cd", version) == scheme.value
        assert _text(block, "ReqdColltnDt", version) == "2026-12-04"
        assert _text(block, "Cdtr/Nm", version) == "Atelier Dupre + Fils"
        assert _text(block, "CdtrAcct/Id/IBAN", version) == "FR7630006000011234567890189"
        bic_tag = "BIC" if version is Pain008Version.V02 else "BICFI"
        assert _text(block, f"CdtrAgt/FinInstnId/{bic_tag}", version) == "AGRIFRPP"
        assert _text(block, "CdtrSchmeId/Id/PrvtId/Othr/Id", version) == "FR72ZZZ123456"
        assert _text(block, "CdtrSchmeId/Id/PrvtId/Othr/SchmeNm/Prtry", version) == "SEPA"

        (transaction,) = _nodes(block, "DrctDbtTxInf", version)
        assert _text(transaction, "PmtId/EndToEndId", version) == debit.end_to_end_id
        amount = _nodes(transaction, "InstdAmt", version)[0]
        assert (amount.text, amount.get("Ccy")) == (str(debit.amount), "EUR")
        assert _text(transaction, "DrctDbtTx/MndtRltdInf/MndtId", version) == (
            debit.mandate_reference
        )
        assert _text(transaction, "DrctDbtTx/MndtRltdInf/DtOfSgntr", version) == (
            debit.mandate_signed_on.isoformat()
        )
        assert _text(transaction, "DbtrAcct/Id/IBAN", version) == debit.debtor_iban

    obrien = _nodes(blocks[0], "DrctDbtTxInf", version)[0]
    assert _text(obrien, "Dbtr/Nm", version) == "O'Brien + (Fils)"
    assert _text(obrien, f"DbtrAgt/FinInstnId/{bic_tag}", version) == "COBADEFFXXX"
    assert _text(obrien, "RmtInf/Ustrd", version) == "Facture F2026-0042"
    muller = _nodes(blocks[1], "DrctDbtTxInf", version)[0]
    assert _text(muller, "Dbtr/Nm", version) == "Helene Muller"
    # IBAN only: the debtor agent is mandatory, and says so.
    assert _text(muller, "DbtrAgt/FinInstnId/Othr/Id", version) == "NOTPROVIDED"
    assert _nodes(muller, f"DbtrAgt/FinInstnId/{bic_tag}", version) == []
    assert _text(muller, "RmtInf/Ustrd", version) == "Facture F2026-0043 'abonnement'"


@ALL_VERSIONS
def test_control_sums_are_exact(version: Pain008Version) -> None:
    amounts = ["0.10", "0.20", "1234567.89", "0.01", "10.500"]
    debits = [
        dataclasses.replace(
            MULLER if index % 2 else OBRIEN,
            end_to_end_id=f"E2E-{index}",
            amount=Decimal(amount),
        )
        for index, amount in enumerate(amounts)
    ]
    document = _parse(_build(version, debits=debits), version)
    initiation = _nodes(document, "CstmrDrctDbtInitn", version)[0]
    assert _text(initiation, "GrpHdr/NbOfTxs", version) == "5"
    assert _text(initiation, "GrpHdr/CtrlSum", version) == "1234578.70"
    first, recurring = _nodes(initiation, "PmtInf", version)
    assert (_text(first, "NbOfTxs", version), _text(first, "CtrlSum", version)) == (
        "3",
        "1234578.49",
    )
    assert (_text(recurring, "NbOfTxs", version), _text(recurring, "CtrlSum", version)) == (
        "2",
        "0.21",
    )
    # The order of the debits is kept within each block.
    assert [
        _text(tx, "PmtId/EndToEndId", version) for tx in _nodes(first, "DrctDbtTxInf", version)
    ] == [
        "E2E-0",
        "E2E-2",
        "E2E-4",
    ]
    assert [_text(tx, "InstdAmt", version) for tx in _nodes(first, "DrctDbtTxInf", version)] == [
        "0.10",
        "1234567.89",
        "10.50",
    ]


@ALL_VERSIONS
def test_only_the_sequences_present_get_a_block(version: Pain008Version) -> None:
    document = _parse(_build(version, debits=[MULLER]), version)
    blocks = _nodes(document, "CstmrDrctDbtInitn/PmtInf", version)
    assert [_text(block, "PmtTpInf/SeqTp", version) for block in blocks] == ["RCUR"]
    assert _text(blocks[0], "PmtInfId", version) == f"{MESSAGE_ID}-RCUR"


@ALL_VERSIONS
def test_first_collections_come_first_whatever_the_order_given(version: Pain008Version) -> None:
    document = _parse(_build(version, debits=(MULLER, OBRIEN)), version)
    blocks = _nodes(document, "CstmrDrctDbtInitn/PmtInf", version)
    assert [_text(block, "PmtTpInf/SeqTp", version) for block in blocks] == ["FRST", "RCUR"]


@ALL_VERSIONS
def test_the_same_arguments_give_the_same_bytes(version: Pain008Version) -> None:
    first = _build(version)
    assert _build(version) == first
    later = _build(version, created_at=CREATED_AT + timedelta(hours=1))
    assert later != first
    assert later.replace(b"T10:30:15", b"T09:30:15") == first


def test_an_aware_creation_time_keeps_its_offset() -> None:
    paris = timezone(timedelta(hours=1))
    created = datetime(2026, 11, 25, 9, 30, 15, 123456, tzinfo=paris)
    version = Pain008Version.V08
    document = _parse(_build(version, created_at=created), version)
    written = _text(document, "CstmrDrctDbtInitn/GrpHdr/CreDtTm", version)
    assert written == "2026-11-25T09:30:15+01:00"
    assert datetime.fromisoformat(written) == created.replace(microsecond=0)


@ALL_VERSIONS
def test_sepaxml_never_reads_the_clock(
    version: Pain008Version, monkeypatch: pytest.MonkeyPatch
) -> None:
    class NoClock(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> NoClock:
            raise AssertionError("the clock was read")

    no_clock = types.SimpleNamespace(date=dt.date, datetime=NoClock)
    monkeypatch.setattr(sepaxml.utils, "datetime", no_clock)
    monkeypatch.setattr(sepaxml.debit, "datetime", no_clock)
    with pytest.raises(AssertionError, match="clock"):
        sepaxml.utils.make_msg_id()  # the patch is where sepaxml looks

    assert _build(version) == _build(version)


def test_payment_info_ids_are_derived_from_the_message_id() -> None:
    assert payment_info_ids("BATCH-7") == {
        SequenceType.FIRST: "BATCH-7-FRST",
        SequenceType.RECURRING: "BATCH-7-RCUR",
    }
    assert all(is_sepa_identifier(value) for value in payment_info_ids("X" * 30).values())
    with pytest.raises(ValueError, match="message_id"):
        payment_info_ids("X" * 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("O'Brien & <Fils>", "O'Brien + (Fils)", id="ampersand-brackets"),
        pytest.param("Hélène Müller", "Helene Muller", id="accents"),
        pytest.param("Straße Œuvre Ærø Łódź", "Strasse OEuvre AEro Lodz", id="ligatures"),
        pytest.param("Δημήτρης Иванов", "Demetres Ivanov", id="greek-cyrillic"),
        pytest.param("Facture n° 12 « mars »", "Facture no 12 'mars'", id="french-typography"),
        pytest.param('a_b@c;d"e!f#g', "a-b c,d'e.f g", id="ascii-outside-the-set"),
        pytest.param("  lots \t of\u00a0 space\n", "lots of space", id="spaces"),
        pytest.param("//REF//a/", "REF/a", id="slashes"),
        pytest.param("Prix : 12 € (TTC)?", "Prix : 12 EUR (TTC)?", id="euro"),
        pytest.param("🙂", "", id="nothing-left"),
    ],
)
def test_sepa_text_keeps_to_the_sepa_character_set(text: str, expected: str) -> None:
    assert sepa_text(text, 140) == expected


def test_sepa_text_truncates_after_cleaning() -> None:
    assert sepa_text("É" * 80, 70) == "E" * 70
    assert sepa_text("ab " * 60, 140) == ("ab " * 47)[:140].rstrip()
    assert len(sepa_text("x" * 200, 140)) == 140


@ALL_VERSIONS
def test_long_names_and_remittance_are_cut_to_their_limits(version: Pain008Version) -> None:
    debit = dataclasses.replace(OBRIEN, debtor_name="N" * 90, remittance="R" * 200)
    document = _parse(_build(version, debits=[debit]), version)
    transaction = _nodes(document, "CstmrDrctDbtInitn/PmtInf/DrctDbtTxInf", version)[0]
    assert _text(transaction, "Dbtr/Nm", version) == "N" * 70
    assert _text(transaction, "RmtInf/Ustrd", version) == "R" * 140


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("F2026-0042", True),
        ("RUM/2026/7", True),
        ("A" * 35, True),
        ("A" * 36, False),
        ("", False),
        ("RUM 2026", False),
        ("/RUM", False),
        ("RUM/", False),
        ("RUM//7", False),
        ("RUM_7", False),
        ("RÜM7", False),
    ],
)
def test_identifiers_are_checked_not_rewritten(value: str, valid: bool) -> None:
    assert is_sepa_identifier(value) is valid


def _replaced(**changes: Any) -> list[DirectDebit]:
    return [dataclasses.replace(OBRIEN, **changes), MULLER]


@pytest.mark.parametrize(
    ("arguments", "match"),
    [
        pytest.param({"debits": _replaced(currency="CHF")}, "EUR", id="not-euro"),
        pytest.param({"debits": _replaced(amount=Decimal(0))}, "positive", id="zero"),
        pytest.param({"debits": _replaced(amount=Decimal("-5"))}, "positive", id="negative"),
        pytest.param({"debits": _replaced(amount=Decimal("10.005"))}, "decimal", id="3-places"),
        pytest.param({"debits": _replaced(amount=Decimal("NaN"))}, "Decimal", id="nan"),
        pytest.param({"debits": _replaced(amount=12.5)}, "Decimal", id="float"),
        pytest.param(
            {"debits": _replaced(amount=Decimal("1000000000"))}, "more than", id="too-large"
        ),
        pytest.param(
            {"debits": _replaced(debtor_iban="FR7630006000011234567890188")},
            "debtor IBAN",
            id="bad-iban-checksum",
        ),
        pytest.param({"debits": _replaced(debtor_bic="NOTABIC")}, "debtor BIC", id="bad-bic"),
        pytest.param(
            {"creditor": dataclasses.replace(CREDITOR, iban="FR76 3000")},
            "creditor IBAN",
            id="bad-creditor-iban",
        ),
        pytest.param(
            {"creditor": dataclasses.replace(CREDITOR, creditor_id="FR73ZZZ123456")},
            "creditor id",
            id="bad-ics",
        ),
        pytest.param(
            {"debits": _replaced(end_to_end_id="F 2026")}, "end_to_end_id", id="e2e-space"
        ),
        pytest.param(
            {"debits": _replaced(mandate_reference="R" * 36)}, "mandate_reference", id="rum-long"
        ),
        pytest.param({"debits": _replaced(sequence="OOFF")}, "OOFF", id="unknown-sequence"),
        pytest.param(
            {"debits": _replaced(end_to_end_id=MULLER.end_to_end_id)},
            "same end-to-end id",
            id="duplicate-e2e",
        ),
        pytest.param(
            {"debits": _replaced(mandate_signed_on=COLLECTION + timedelta(days=1))},
            "after the collection date",
            id="mandate-signed-later",
        ),
        pytest.param({"debits": _replaced(debtor_name="🙂")}, "debtor name", id="empty-name"),
        pytest.param({"debits": _replaced(remittance="")}, "remittance", id="no-remittance"),
        pytest.param({"debits": []}, "at least one", id="empty-batch"),
        pytest.param({"message_id": "M" * 31}, "message_id", id="message-id-too-long"),
        pytest.param({"message_id": "lot 1"}, "message_id", id="message-id-space"),
        pytest.param(
            {"creditor": dataclasses.replace(CREDITOR, bic=""), "version": Pain008Version.V02},
            "BIC",
            id="v02-without-creditor-bic",
        ),
    ],
)
def test_what_a_bank_would_refuse_is_refused(arguments: dict[str, Any], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        _build(**arguments)


def test_the_creditor_bic_is_optional_in_the_2019_version() -> None:
    version = Pain008Version.V08
    data = _build(version, creditor=dataclasses.replace(CREDITOR, bic=""))
    document = _parse(data, version)
    for block in _nodes(document, "CstmrDrctDbtInitn/PmtInf", version):
        assert _text(block, "CdtrAgt/FinInstnId/Othr/Id", version) == "NOTPROVIDED"


def test_the_debits_passed_are_left_as_they_were() -> None:
    debits = (OBRIEN, MULLER)
    copies = [dataclasses.replace(debit) for debit in debits]
    _build(debits=debits)
    assert list(debits) == copies
