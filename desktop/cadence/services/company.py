"""The seller's identity, legal mentions and numbering: the company settings."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.errors import (
    FieldErrors,
    InvalidValue,
    NotFoundError,
    ValidationError,
    message,
)
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.identifiers import (
    check_bic_matches_iban,
    check_vat_number_matches_siren,
    validate_bic,
    validate_country,
    validate_creditor_identifier,
    validate_email,
    validate_iban,
    validate_phone,
    validate_postal_code,
    validate_siren,
    validate_siret,
    validate_vat_number,
    validate_website,
)
from cadence.domain.invoicing import (
    DEFAULT_EARLY_PAYMENT_TEXT,
    DEFAULT_LATE_PENALTY_TEXT,
    InvoiceKind,
)
from cadence.domain.money import check_places, validate_currency
from cadence.domain.numbering import NumberMask, ResetRule, period_key
from cadence.domain.payment_terms import PaymentTerms, PaymentTermsBasis
from cadence.domain.tax import VatRegime
from cadence.domain.text import clean_text
from cadence.services.common import (
    apply_changes,
    optional,
    optional_line,
    record_event,
    required_line,
)
from cadence.store.models import CompanySettings, Invoice, NumberSeries

_SIREN_NEEDED = QT_TRANSLATE_NOOP("Messages", "every French business has a SIREN; enter it")
_SIRET_NOT_SIREN = QT_TRANSLATE_NOOP(
    "Messages", "the SIRET {siret} does not start with the SIREN {siren}"
)
_VAT_NEEDED = QT_TRANSLATE_NOOP(
    "Messages", "a business charging VAT must print its VAT number; enter it"
)
_DEBITS_UNDER_FRANCHISE = QT_TRANSLATE_NOOP(
    "Messages", "under the VAT franchise no VAT is due, on debits or otherwise"
)
_NEGATIVE_CAPITAL = QT_TRANSLATE_NOOP("Messages", "the share capital cannot be negative")
_NO_LOGO = QT_TRANSLATE_NOOP("Messages", "there is no image at {path}")
_LOGO_FORMAT = QT_TRANSLATE_NOOP("Messages", "the logo must be a PNG or JPEG image")
_PDF_FOLDER_IS_FILE = QT_TRANSLATE_NOOP("Messages", "{path} is a file, not a folder")
_SAME_MASKS = QT_TRANSLATE_NOOP(
    "Messages", "credit notes need their own numbering, different from invoices'"
)
_MASK_IN_USE = QT_TRANSLATE_NOOP(
    "Messages",
    "the {what} numbering has already numbered documents; it cannot change, or the series "
    "would no longer be continuous",
)
_REQUIRED_TEXT = QT_TRANSLATE_NOOP("Messages", "this mention is mandatory on invoices")
_NO_COMPANY = QT_TRANSLATE_NOOP(
    "Messages", "the company is not set up yet: enter its identity first"
)

DEFAULT_INVOICE_MASK = "FA{YYYY}-{00000}"
DEFAULT_CREDIT_NOTE_MASK = "AV{YYYY}-{00000}"
_LOGO_SUFFIXES = {".png", ".jpg", ".jpeg"}


@dataclass(frozen=True)
class CompanyData:
    legal_name: str
    address_line1: str
    postal_code: str
    city: str
    country: str = "FR"
    address_line2: str = ""
    trade_name: str = ""
    legal_form: str = ""
    share_capital: Decimal | None = None
    siren: str = ""
    siret: str = ""
    registration: str = ""
    vat_number: str = ""
    vat_regime: VatRegime = VatRegime.NORMAL
    vat_on_debits: bool = False
    email: str = ""
    phone: str = ""
    website: str = ""
    iban: str = ""
    bic: str = ""
    sepa_creditor_id: str = ""
    logo_path: str = ""
    default_currency: str = "EUR"
    payment_terms_basis: PaymentTermsBasis = PaymentTermsBasis.NET_DAYS
    payment_terms_days: int = 30
    late_penalty_text: str = DEFAULT_LATE_PENALTY_TEXT
    early_payment_text: str = DEFAULT_EARLY_PAYMENT_TEXT
    invoice_mask: str = DEFAULT_INVOICE_MASK
    invoice_reset: ResetRule = ResetRule.YEARLY
    credit_note_mask: str = DEFAULT_CREDIT_NOTE_MASK
    credit_note_reset: ResetRule = ResetRule.YEARLY
    pdf_folder: str = ""


@dataclass(frozen=True)
class CompanyRecord:
    legal_name: str
    trade_name: str | None
    legal_form: str | None
    share_capital: Decimal | None
    address_line1: str
    address_line2: str | None
    postal_code: str
    city: str
    country: str
    siren: str | None
    siret: str | None
    registration: str | None
    vat_number: str | None
    vat_regime: VatRegime
    vat_on_debits: bool
    email: str | None
    phone: str | None
    website: str | None
    iban: str | None
    bic: str | None
    sepa_creditor_id: str | None
    logo_path: str | None
    default_currency: str
    payment_terms: PaymentTerms
    late_penalty_text: str
    early_payment_text: str
    invoice_mask: str
    invoice_reset: ResetRule
    credit_note_mask: str
    credit_note_reset: ResetRule
    pdf_folder: str | None
    created_on: date


def _record(company: CompanySettings) -> CompanyRecord:
    return CompanyRecord(
        legal_name=company.legal_name,
        trade_name=company.trade_name,
        legal_form=company.legal_form,
        share_capital=company.share_capital,
        address_line1=company.address_line1,
        address_line2=company.address_line2,
        postal_code=company.postal_code,
        city=company.city,
        country=company.country,
        siren=company.siren,
        siret=company.siret,
        registration=company.registration,
        vat_number=company.vat_number,
        vat_regime=company.vat_regime,
        vat_on_debits=company.vat_on_debits,
        email=company.email,
        phone=company.phone,
        website=company.website,
        iban=company.iban,
        bic=company.bic,
        sepa_creditor_id=company.sepa_creditor_id,
        logo_path=company.logo_path,
        default_currency=company.default_currency,
        payment_terms=PaymentTerms(company.payment_terms_basis, company.payment_terms_days),
        late_penalty_text=company.late_penalty_text,
        early_payment_text=company.early_payment_text,
        invoice_mask=company.invoice_series.mask,
        invoice_reset=company.invoice_series.reset,
        credit_note_mask=company.credit_note_series.mask,
        credit_note_reset=company.credit_note_series.reset,
        pdf_folder=company.pdf_folder,
        created_on=company.created_on,
    )


def get_company(session: Session) -> CompanyRecord | None:
    """The company settings, or None before the first-run set-up."""
    company = session.get(CompanySettings, 1)
    return None if company is None else _record(company)


def require_company(session: Session) -> CompanySettings:
    company = session.get(CompanySettings, 1)
    if company is None:
        raise NotFoundError(message(_NO_COMPANY))
    return company


def _validate_logo(value: str) -> str:
    path = Path(value).expanduser()
    if not path.is_file():
        raise InvalidValue(message(_NO_LOGO, path=value))
    if path.suffix.lower() not in _LOGO_SUFFIXES:
        raise InvalidValue(message(_LOGO_FORMAT))
    return str(path)


def _validate_pdf_folder(value: str) -> str:
    # Stored absolute: a relative folder would move with the directory Cadence runs in.
    path = Path(value).expanduser().absolute()
    if path.exists() and not path.is_dir():
        raise InvalidValue(message(_PDF_FOLDER_IS_FILE, path=value))
    return str(path)


def _validate_identity(errors: FieldErrors, data: CompanyData, values: dict[str, object]) -> None:
    country = values.get("country")
    siren = optional(errors, "siren", data.siren, validate_siren)
    if country == "FR" and not data.siren.strip():
        errors.add("siren", message(_SIREN_NEEDED))
    siret = optional(errors, "siret", data.siret, validate_siret)
    if siren and siret and not siret.startswith(siren):
        errors.add("siret", message(_SIRET_NOT_SIREN, siret=siret, siren=siren))
    vat_number = optional(errors, "vat_number", data.vat_number, validate_vat_number)
    if data.vat_regime is VatRegime.NORMAL and not data.vat_number.strip():
        errors.add("vat_number", message(_VAT_NEEDED))
    if siren and vat_number:
        errors.check("vat_number", lambda: check_vat_number_matches_siren(vat_number, siren))
    if data.vat_regime is VatRegime.FRANCHISE and data.vat_on_debits:
        errors.add("vat_on_debits", message(_DEBITS_UNDER_FRANCHISE))
    values.update(
        siren=siren,
        siret=siret,
        vat_number=vat_number,
        vat_regime=data.vat_regime,
        vat_on_debits=data.vat_on_debits,
        registration=optional_line(errors, "registration", data.registration, 100),
        legal_form=optional_line(errors, "legal_form", data.legal_form, 60),
    )
    if data.share_capital is not None:
        if data.share_capital < 0:
            errors.add("share_capital", message(_NEGATIVE_CAPITAL))
        values["share_capital"] = errors.check(
            "share_capital", lambda: check_places(data.share_capital or Decimal(0), 2)
        )
    else:
        values["share_capital"] = None


def _validate_banking(errors: FieldErrors, data: CompanyData, values: dict[str, object]) -> None:
    iban = optional(errors, "iban", data.iban, validate_iban)
    bic = optional(errors, "bic", data.bic, validate_bic)
    if iban and bic:
        errors.check("bic", lambda: check_bic_matches_iban(bic, iban))
    values.update(
        iban=iban,
        bic=bic,
        sepa_creditor_id=optional(
            errors, "sepa_creditor_id", data.sepa_creditor_id, validate_creditor_identifier
        ),
    )


def _validate_masks(errors: FieldErrors, data: CompanyData) -> tuple[NumberMask | None, ...]:
    invoice = errors.check(
        "invoice_mask", lambda: NumberMask.parse(data.invoice_mask, data.invoice_reset)
    )
    credit_note = errors.check(
        "credit_note_mask", lambda: NumberMask.parse(data.credit_note_mask, data.credit_note_reset)
    )
    if invoice and credit_note and invoice.text == credit_note.text:
        errors.add("credit_note_mask", message(_SAME_MASKS))
    return invoice, credit_note


def _mention(errors: FieldErrors, field_name: str, text: str) -> str | None:
    """A legal mention printed on every invoice: free text, but never empty."""
    cleaned = errors.check(field_name, lambda: clean_text(text, maximum=1000))
    if cleaned == "":
        errors.add(field_name, message(_REQUIRED_TEXT))
    return cleaned


def validate_company(data: CompanyData) -> tuple[dict[str, object], NumberMask, NumberMask]:
    """Check every field without saving (the first-run wizard checks page by page):
    the cleaned values and both masks, or a ValidationError naming each wrong field.
    What needs the database (a mask already in use) is checked by `save_company`."""
    errors = FieldErrors()
    values: dict[str, object] = {}
    values["legal_name"] = required_line(errors, "legal_name", data.legal_name, 200)
    values["trade_name"] = optional_line(errors, "trade_name", data.trade_name, 200)
    values["address_line1"] = required_line(errors, "address_line1", data.address_line1, 200)
    values["address_line2"] = optional_line(errors, "address_line2", data.address_line2, 200)
    values["city"] = required_line(errors, "city", data.city, 100)
    country = errors.check("country", lambda: validate_country(data.country))
    values["country"] = country
    postal_code = required_line(errors, "postal_code", data.postal_code, 20)
    if postal_code and country:
        values["postal_code"] = errors.check(
            "postal_code", lambda: validate_postal_code(postal_code, country)
        )
    _validate_identity(errors, data, values)
    values["email"] = optional(errors, "email", data.email, validate_email)
    values["phone"] = optional(errors, "phone", data.phone, validate_phone)
    values["website"] = optional(errors, "website", data.website, validate_website)
    _validate_banking(errors, data, values)
    values["logo_path"] = optional(errors, "logo_path", data.logo_path, _validate_logo)
    values["pdf_folder"] = optional(errors, "pdf_folder", data.pdf_folder, _validate_pdf_folder)
    values["default_currency"] = errors.check(
        "default_currency", lambda: validate_currency(data.default_currency)
    )
    terms = errors.check(
        "payment_terms_days",
        lambda: PaymentTerms(data.payment_terms_basis, data.payment_terms_days),
    )
    if terms:
        values["payment_terms_basis"] = terms.basis
        values["payment_terms_days"] = terms.days
    values["late_penalty_text"] = _mention(errors, "late_penalty_text", data.late_penalty_text)
    values["early_payment_text"] = _mention(errors, "early_payment_text", data.early_payment_text)
    invoice_mask, credit_note_mask = _validate_masks(errors, data)
    errors.raise_if_any()
    assert invoice_mask is not None
    assert credit_note_mask is not None
    return values, invoice_mask, credit_note_mask


def _series_used(session: Session, series: NumberSeries) -> bool:
    # The first numbered document answers (through the series' unique index); a count
    # would read every invoice the series ever numbered each time the settings open.
    numbered = select(Invoice.id).where(Invoice.series_id == series.id, Invoice.number.is_not(None))
    return bool(session.scalar(select(numbered.exists())))


@dataclass(frozen=True)
class SeriesState:
    """Where a numbering series stands on a given day."""

    next_value: int  # the counter the next document issued that day takes
    locked: bool  # it has numbered documents: its mask and reset can no longer change


@dataclass(frozen=True)
class NumberingState:
    invoices: SeriesState
    credit_notes: SeriesState


def _series_state(session: Session, series: NumberSeries, today: date) -> SeriesState:
    # The counter restarts when the issue date enters a new year or month (as issuing does).
    current = series.period_key == period_key(series.reset, today)
    return SeriesState(
        next_value=series.next_value if current else 1, locked=_series_used(session, series)
    )


def numbering_state(session: Session, *, today: date) -> NumberingState | None:
    """The next counter values and whether each mask may still change; None before set-up."""
    company = session.get(CompanySettings, 1)
    if company is None:
        return None
    return NumberingState(
        invoices=_series_state(session, company.invoice_series, today),
        credit_notes=_series_state(session, company.credit_note_series, today),
    )


def _apply_mask(
    session: Session,
    series: NumberSeries,
    mask: NumberMask,
    field_name: str,
    what: str,
) -> None:
    if (series.mask, series.reset) == (mask.text, mask.reset):
        return
    if _series_used(session, series):
        raise ValidationError.single(field_name, message(_MASK_IN_USE, what=what))
    series.mask, series.reset = mask.text, mask.reset


def save_company(
    session: Session, data: CompanyData, *, today: date, actor: str = "user"
) -> CompanyRecord:
    """Create the company settings on first run, or update them."""
    values, invoice_mask, credit_note_mask = validate_company(data)
    company = session.get(CompanySettings, 1)
    if company is None:
        invoice_series = NumberSeries(
            name="Factures",
            kind=InvoiceKind.INVOICE,
            mask=invoice_mask.text,
            reset=invoice_mask.reset,
        )
        credit_note_series = NumberSeries(
            name="Avoirs",
            kind=InvoiceKind.CREDIT_NOTE,
            mask=credit_note_mask.text,
            reset=credit_note_mask.reset,
        )
        company = CompanySettings(
            id=1,
            invoice_series=invoice_series,
            credit_note_series=credit_note_series,
            created_on=today,
            **values,
        )
        session.add(company)
        action = "created"
    else:
        _apply_mask(session, company.invoice_series, invoice_mask, "invoice_mask", "invoice")
        _apply_mask(
            session, company.credit_note_series, credit_note_mask, "credit_note_mask", "credit note"
        )
        apply_changes(company, values)
        action = "updated"
    session.flush()
    record_event(session, today, actor, "company", 1, action, summary=company.legal_name)
    return _record(company)


def company_data(record: CompanyRecord) -> CompanyData:
    """The editable form of the company settings, to change some fields and save them back."""
    plain = {
        field.name: getattr(record, field.name)
        for field in dataclasses.fields(CompanyData)
        if hasattr(record, field.name)
    }
    values: dict[str, Any] = {
        name: "" if value is None and name != "share_capital" else value
        for name, value in plain.items()
    }
    return CompanyData(
        **values,
        payment_terms_basis=record.payment_terms.basis,
        payment_terms_days=record.payment_terms.days,
    )
