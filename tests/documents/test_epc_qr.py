"""The EPC QR payload (EPC069-12 v002) and when an invoice carries one."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from cadence.documents.epc_qr import epc_payload
from cadence.documents.invoice_pdf import payment_qr_payload

from .samples import (  # type: ignore[import-not-found]
    SELLER,
    credit_note,
    invoice,
    paid_by_credit,
)

IBAN = "FR7630006000011234567890189"


def payload(**changes: object) -> str:
    values: dict[str, object] = {
        "name": "Atelier Nuage SAS",
        "iban": IBAN,
        "bic": "AGRIFRPP",
        "amount": Decimal("179.64"),
        "remittance": "FA2026-00042",
    }
    values.update(changes)
    return epc_payload(**values)  # type: ignore[arg-type]


def test_the_payload_lists_the_elements_in_the_order_of_the_standard() -> None:
    assert payload().split("\n") == [
        "BCD",  # service tag
        "002",  # version
        "1",  # UTF-8
        "SCT",  # SEPA credit transfer
        "AGRIFRPP",
        "Atelier Nuage SAS",
        IBAN,
        "EUR179.64",
        "",  # purpose
        "",  # structured reference
        "FA2026-00042",  # unstructured remittance
    ]


def test_nothing_follows_the_last_populated_element() -> None:
    assert not payload().endswith("\n")


def test_version_002_lets_the_bic_be_empty() -> None:
    assert payload(bic=None).split("\n")[4] == ""
    assert payload(bic="").split("\n")[4] == ""


@pytest.mark.parametrize(
    ("amount", "written"),
    [("179.64", "EUR179.64"), ("50", "EUR50.00"), ("0.01", "EUR0.01"), ("1234.5", "EUR1234.50")],
)
def test_the_amount_is_euro_then_digits_with_a_point(amount: str, written: str) -> None:
    assert payload(amount=Decimal(amount)).split("\n")[7] == written


@pytest.mark.parametrize("amount", ["0", "-1", "0.001", "1000000000.00"])
def test_an_amount_outside_the_standard_is_refused(amount: str) -> None:
    with pytest.raises(ValueError, match="amount"):
        payload(amount=Decimal(amount))


def test_the_largest_amount_is_accepted() -> None:
    assert payload(amount=Decimal("999999999.99")).split("\n")[7] == "EUR999999999.99"


def test_bank_details_are_compacted() -> None:
    lines = payload(iban="fr76 3000 6000 0112 3456 7890 189", bic="agri frpp").split("\n")
    assert (lines[4], lines[6]) == ("AGRIFRPP", IBAN)


@pytest.mark.parametrize("iban", ["", "7630006000011234567890189", "FR76 3000-6000"])
def test_a_malformed_iban_is_refused(iban: str) -> None:
    with pytest.raises(ValueError, match="IBAN"):
        payload(iban=iban)


@pytest.mark.parametrize("bic", ["AGRIFR", "AGRIFRPP1", "AGRI-RPP"])
def test_a_malformed_bic_is_refused(bic: str) -> None:
    with pytest.raises(ValueError, match="BIC"):
        payload(bic=bic)


def test_the_name_is_cut_to_seventy_characters_on_one_line() -> None:
    name = "Société\ncoopérative " + "x" * 80
    written = payload(name=name).split("\n")[5]
    assert len(written) == 70
    assert written.startswith("Société coopérative x")


def test_the_remittance_is_at_most_140_characters() -> None:
    assert payload(remittance="R" * 140).split("\n")[10] == "R" * 140
    with pytest.raises(ValueError, match="remittance"):
        payload(remittance="R" * 141)


def test_the_payload_is_at_most_331_bytes() -> None:
    with pytest.raises(ValueError, match="331"):
        payload(name="𝔄" * 70, remittance="R" * 140)


def test_an_invoice_asks_for_its_amount_due_quoting_its_number() -> None:
    assert payment_qr_payload(invoice()) == payload()
    written = payment_qr_payload(paid_by_credit())
    assert written is not None
    assert written.split("\n")[7] == "EUR129.64"


@pytest.mark.parametrize(
    "document",
    [
        credit_note(),
        dataclasses.replace(invoice(), currency="USD"),
        dataclasses.replace(invoice(), seller=dataclasses.replace(SELLER, iban=None)),
        dataclasses.replace(invoice(), paid_amount=Decimal("179.64")),
        dataclasses.replace(invoice(), seller=dataclasses.replace(SELLER, bic="BAD")),
    ],
    ids=["credit note", "not euros", "no IBAN", "nothing due", "bad BIC"],
)
def test_no_code_when_there_is_nothing_to_pay_by_sepa_transfer(document: object) -> None:
    assert payment_qr_payload(document) is None  # type: ignore[arg-type]
