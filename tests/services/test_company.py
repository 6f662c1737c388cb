"""Company settings: the seller's legal identity, mentions and numbering."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.errors import NotFoundError, ValidationError
from cadence.domain.invoicing import InvoiceKind, InvoiceStatus, OperationCategory
from cadence.domain.numbering import ResetRule
from cadence.domain.payment_terms import PaymentTerms, PaymentTermsBasis
from cadence.domain.tax import VatRegime
from cadence.services.company import (
    SeriesState,
    company_data,
    get_company,
    numbering_state,
    require_company,
    save_company,
    validate_company,
)
from cadence.store.models import CompanySettings, Invoice, NumberSeries

from .conftest import COMPANY, Factory  # type: ignore[import-not-found]


def test_before_set_up_there_is_no_company(session: Session) -> None:
    assert get_company(session) is None
    with pytest.raises(NotFoundError, match="not set up yet"):
        require_company(session)


def test_the_first_save_creates_the_two_numbering_series(make: Factory, session: Session) -> None:
    record = make.company()
    assert record.invoice_mask == "FA{YYYY}-{00000}"
    assert record.credit_note_mask == "AV{YYYY}-{00000}"
    assert record.payment_terms == PaymentTerms(PaymentTermsBasis.NET_DAYS, 30)
    assert record.iban == "FR7630006000011234567890189"
    series = {s.kind: s for s in session.scalars(select(NumberSeries))}
    assert series[InvoiceKind.INVOICE].reset is ResetRule.YEARLY
    assert series[InvoiceKind.CREDIT_NOTE].next_value == 1
    assert "BCE" in record.late_penalty_text
    assert record.early_payment_text == "Pas d'escompte pour paiement anticipé."


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"legal_name": ""}, "legal_name", "required"),
        ({"siren": ""}, "siren", "every French business has a SIREN"),
        ({"siret": "73282932000075"}, "siret", "check digit"),
        ({"siret": "12345678200010"}, "siret", "does not start with the SIREN"),
        ({"vat_number": ""}, "vat_number", "charging VAT must print"),
        (
            {"vat_number": "FR40303265045"},
            "vat_number",
            "not that of SIREN 732829320, which is FR44732829320",
        ),
        ({"vat_regime": VatRegime.FRANCHISE, "vat_on_debits": True}, "vat_on_debits", "franchise"),
        ({"iban": "FR76 3000 6000 0112 3456 7890 180"}, "iban", "not a valid IBAN"),
        ({"bic": "DEUTDEFF"}, "bic", "is from DE"),
        ({"sepa_creditor_id": "FR73ZZZ123456"}, "sepa_creditor_id", "creditor identifier"),
        ({"payment_terms_days": 61}, "payment_terms_days", "60 days"),
        (
            {"payment_terms_basis": PaymentTermsBasis.END_OF_MONTH, "payment_terms_days": 46},
            "payment_terms_days",
            "45 days end of month",
        ),
        ({"invoice_mask": "FA-{00000}"}, "invoice_mask", "needs {YYYY} or {YY}"),
        ({"credit_note_mask": "FA{YYYY}-{00000}"}, "credit_note_mask", "their own numbering"),
        ({"late_penalty_text": "  "}, "late_penalty_text", "mandatory"),
        ({"share_capital": Decimal("-1")}, "share_capital", "negative"),
        ({"default_currency": "EURO"}, "default_currency", "ISO 4217"),
        ({"logo_path": "/no/such/logo.png"}, "logo_path", "no image"),
        ({"website": "not a site"}, "website", "web address"),
    ],
)
def test_each_wrong_setting_is_named(
    session: Session, today: date, changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        save_company(session, dataclasses.replace(COMPANY, **changes), today=today)
    assert field in raised.value.errors
    assert words in str(raised.value.errors[field])


def test_the_vat_franchise_needs_no_vat_number(make: Factory) -> None:
    record = make.company(vat_regime=VatRegime.FRANCHISE, vat_number="")
    assert record.vat_number is None


def test_a_logo_must_be_an_image_file(make: Factory, tmp_path: Path) -> None:
    logo = tmp_path / "logo.PNG"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert make.company(logo_path=str(logo)).logo_path == str(logo)
    text_file = tmp_path / "logo.txt"
    text_file.write_text("not an image", encoding="utf-8")
    with pytest.raises(ValidationError, match="PNG or JPEG"):
        make.company(logo_path=str(text_file))


def test_settings_are_updated_in_place(make: Factory, session: Session, today: date) -> None:
    first = make.company()
    changed = dataclasses.replace(company_data(first), city="Villeurbanne", postal_code="69100")
    second = save_company(session, changed, today=today)
    assert (second.city, second.created_on) == ("Villeurbanne", first.created_on)
    assert len(session.scalars(select(CompanySettings)).all()) == 1
    assert len(session.scalars(select(NumberSeries)).all()) == 2


def test_the_editable_form_saves_back_unchanged(
    make: Factory, session: Session, today: date
) -> None:
    first = make.company(share_capital=Decimal("20000"), legal_form="SAS")
    assert save_company(session, company_data(first), today=today) == first


def test_the_settings_can_be_checked_without_saving(session: Session) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_company(dataclasses.replace(COMPANY, siren="123", iban="FR00"))
    assert set(raised.value.errors) == {"siren", "iban"}
    assert validate_company(COMPANY)[1].text == "FA{YYYY}-{00000}"
    assert get_company(session) is None


def _number_one_invoice(make: Factory, session: Session, today: date, number: str) -> None:
    customer = make.customer()
    series_id = session.get_one(CompanySettings, 1).invoice_series_id
    session.add(
        Invoice(
            kind=InvoiceKind.INVOICE,
            status=InvoiceStatus.ISSUED,
            series_id=series_id,
            number=number,
            customer_id=customer.id,
            issue_date=today,
            currency="EUR",
            total_net=Decimal("10.00"),
            total_vat=Decimal("2.00"),
            total_gross=Decimal("12.00"),
            operation_category=OperationCategory.SERVICES,
            created_on=today,
        )
    )
    session.flush()


def test_the_numbering_state_tells_the_next_counter_and_whether_the_mask_may_change(
    make: Factory, session: Session, today: date
) -> None:
    assert numbering_state(session, today=today) is None
    make.company()
    fresh = numbering_state(session, today=today)
    assert fresh is not None
    assert fresh.invoices == fresh.credit_notes == SeriesState(next_value=1, locked=False)

    _number_one_invoice(make, session, today, "FA2026-00001")
    series = session.get_one(CompanySettings, 1).invoice_series
    series.period_key, series.next_value = "2026", 2
    used = numbering_state(session, today=today)
    assert used is not None
    assert used.invoices == SeriesState(next_value=2, locked=True)
    assert used.credit_notes.locked is False
    # A yearly counter starts again at 1 on the first day of the next year.
    next_year = numbering_state(session, today=date(today.year + 1, 1, 1))
    assert next_year is not None
    assert next_year.invoices == SeriesState(next_value=1, locked=True)


def test_numbering_cannot_change_once_it_has_numbered_an_invoice(
    make: Factory, session: Session, today: date
) -> None:
    record = make.company()
    changed = dataclasses.replace(company_data(record), invoice_mask="F{YY}-{0000}")
    save_company(session, changed, today=today)  # unused yet: allowed

    _number_one_invoice(make, session, today, "F26-0001")
    again = dataclasses.replace(changed, invoice_mask="FA{YYYY}-{00000}")
    with pytest.raises(ValidationError) as raised:
        save_company(session, again, today=today)
    assert "no longer be continuous" in str(raised.value.errors["invoice_mask"])
