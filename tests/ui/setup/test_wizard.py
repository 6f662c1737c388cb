"""The first-run wizard: checked page by page, saved at the end, nothing typed lost."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from cadence.domain.numbering import ResetRule
from cadence.domain.payment_terms import PaymentTermsBasis
from cadence.domain.tax import VatRegime
from cadence.services.company import CompanyRecord, get_company
from cadence.ui import formatting
from cadence.ui.clock import FixedClock
from cadence.ui.operations import Operations
from cadence.ui.setup.files import LogoSection, PdfFolderSection
from cadence.ui.setup.identity import IdentitySection, VatSection
from cadence.ui.setup.numbering import NumberingSection
from cadence.ui.setup.payment import BankSection, TermsSection
from cadence.ui.setup.wizard import FirstRunWizard


@pytest.fixture
def wizard(operations: Operations, clock: FixedClock, qtbot: QtBot) -> FirstRunWizard:
    shown = FirstRunWizard(operations, clock)
    qtbot.addWidget(shown)
    shown.show()
    return shown


S = TypeVar("S")


def _section(wizard: FirstRunWizard, kind: type[S]) -> S:
    return next(s for s in wizard.form.sections if isinstance(s, kind))


def _next(wizard: FirstRunWizard, qtbot: QtBot, operations: Operations) -> None:
    """Click Next (or Finish) and wait for its check or save to come back."""
    button = wizard.button(
        QWizard.WizardButton.FinishButton
        if wizard.nextId() == -1
        else QWizard.WizardButton.NextButton
    )
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_identity(identity: IdentitySection, qtbot: QtBot, siren: str) -> None:
    qtbot.keyClicks(identity.legal_name, "Atelier Nuage SAS")
    qtbot.keyClicks(identity.legal_form.lineEdit(), "SAS")
    qtbot.keyClicks(identity.share_capital, "20 000")
    qtbot.keyClicks(identity.siren, siren)
    qtbot.keyClicks(identity.registration, "RCS Lyon")
    qtbot.keyClicks(identity.address_line1, "12 rue Sala")  # keyClicks types ASCII only
    qtbot.keyClicks(identity.postal_code, "69002")
    qtbot.keyClicks(identity.city, "Lyon")
    qtbot.keyClicks(identity.email, "facturation@atelier-nuage.fr")


def _retype(edit: object, text: str, qtbot: QtBot) -> None:
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def test_bad_values_stop_their_page_and_finishing_saves_the_company(
    wizard: FirstRunWizard, operations: Operations, qtbot: QtBot, tmp_path: Path
) -> None:
    identity = _section(wizard, IdentitySection)
    _type_identity(identity, qtbot, siren="123 456 780")
    _next(wizard, qtbot, operations)
    assert wizard.currentId() == 0
    assert "check digit" in identity.error_for("siren")
    assert identity.error_for("city") == ""
    assert identity.siren.text() == "123 456 780"  # kept as typed
    assert identity.legal_name.text() == "Atelier Nuage SAS"

    _retype(identity.siren, "123 456 782", qtbot)
    _next(wizard, qtbot, operations)
    assert wizard.currentId() == 1
    assert identity.error_for("siren") == ""

    vat = _section(wizard, VatSection)
    _next(wizard, qtbot, operations)  # charging VAT without a VAT number
    assert wizard.currentId() == 1
    assert "VAT number" in vat.error_for("vat_number")
    qtbot.mouseClick(vat.from_siren, Qt.MouseButton.LeftButton)
    assert vat.vat_number.text() == "FR11123456782"
    _next(wizard, qtbot, operations)

    bank = _section(wizard, BankSection)
    assert wizard.currentPage().isAncestorOf(bank)
    qtbot.keyClicks(bank.iban, "FR76 3000 6000 0112 3456 7890 180")
    qtbot.keyClicks(bank.bic, "AGRIFRPP")
    _next(wizard, qtbot, operations)
    assert wizard.currentPage().isAncestorOf(bank)
    assert "not a valid IBAN" in bank.error_for("iban")
    assert bank.iban.text() == "FR76 3000 6000 0112 3456 7890 180"
    _retype(bank.iban, "FR76 3000 6000 0112 3456 7890 189", qtbot)
    _next(wizard, qtbot, operations)  # to the logo, left empty
    _next(wizard, qtbot, operations)  # to the numbering, kept as proposed
    numbering = _section(wizard, NumberingSection)
    assert numbering.invoices.preview.text() == "Next invoice: FA2026-00001"
    _next(wizard, qtbot, operations)

    terms = _section(wizard, TermsSection)
    terms.basis.setCurrentIndex(terms.basis.findData(PaymentTermsBasis.END_OF_MONTH))
    _retype(terms.days.lineEdit(), "10", qtbot)
    dated, due = formatting.day(date(2026, 11, 25)), formatting.day(date(2026, 12, 10))
    assert terms.example.text() == f"An invoice dated {dated} is due on {due}."
    _next(wizard, qtbot, operations)

    folder = _section(wizard, PdfFolderSection)
    _retype(folder.pdf_folder, str(tmp_path / "factures"), qtbot)
    with qtbot.waitSignal(wizard.completed) as completed:
        _next(wizard, qtbot, operations)
    record = completed.args[0]
    assert isinstance(record, CompanyRecord)
    assert wizard.result() == QWizard.DialogCode.Accepted
    with operations.database.reading() as session:
        saved = get_company(session)
    assert saved == record
    assert saved.siren == "123456782"
    assert saved.vat_number == "FR11123456782"
    assert saved.iban == "FR7630006000011234567890189"
    assert str(saved.share_capital) == "20000.00"
    assert (saved.payment_terms.basis, saved.payment_terms.days) == (
        PaymentTermsBasis.END_OF_MONTH,
        10,
    )
    assert saved.invoice_reset is ResetRule.YEARLY
    assert saved.pdf_folder == str(tmp_path / "factures")
    assert "BCE" in saved.late_penalty_text


def _image(path: Path) -> Path:
    image = QImage(60, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a5c8a"))
    assert image.save(str(path))
    return path


def test_finish_goes_back_to_the_page_of_an_error_only_the_save_found(
    wizard: FirstRunWizard,
    operations: Operations,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _type_identity(_section(wizard, IdentitySection), qtbot, siren="123456782")
    _next(wizard, qtbot, operations)
    vat = _section(wizard, VatSection)
    vat.franchise.setChecked(True)
    _next(wizard, qtbot, operations)  # no VAT number is needed under the franchise
    _next(wizard, qtbot, operations)  # no bank account

    logo = _section(wizard, LogoSection)
    assert wizard.currentPage().isAncestorOf(logo)
    chosen = _image(tmp_path / "logo.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(chosen), ""))
    qtbot.mouseClick(logo.choose, Qt.MouseButton.LeftButton)
    assert logo.logo_path.text() == str(chosen)
    assert not logo.preview.pixmap().isNull()
    _next(wizard, qtbot, operations)
    _next(wizard, qtbot, operations)
    _next(wizard, qtbot, operations)

    chosen.unlink()  # gone before the owner finishes
    _next(wizard, qtbot, operations)
    assert wizard.currentPage().isAncestorOf(logo)
    assert "no image" in logo.error_for("logo_path")
    assert logo.logo_path.text() == str(chosen)
    assert wizard.isVisible()
    with operations.database.reading() as session:
        assert get_company(session) is None

    qtbot.mouseClick(logo.remove, Qt.MouseButton.LeftButton)
    for _page in range(4):  # numbering, terms, folder, then Finish
        _next(wizard, qtbot, operations)
    with operations.database.reading() as session:
        saved = get_company(session)
    assert saved is not None
    assert (saved.vat_regime, saved.vat_number, saved.logo_path) == (
        VatRegime.FRANCHISE,
        None,
        None,
    )


def test_an_unreadable_share_capital_is_reported_with_the_other_errors(
    wizard: FirstRunWizard, operations: Operations, qtbot: QtBot
) -> None:
    identity = _section(wizard, IdentitySection)
    qtbot.keyClicks(identity.share_capital, "vingt mille")
    qtbot.keyClicks(identity.siren, "123456782")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert not next_button.isEnabled()  # no second check while the first runs
    assert next_button.isEnabled()
    assert wizard.currentId() == 0
    assert "is not an amount" in identity.error_for("share_capital")
    assert "required" in identity.error_for("legal_name")


def test_under_the_franchise_vat_on_debits_cannot_be_chosen(wizard: FirstRunWizard) -> None:
    vat = _section(wizard, VatSection)
    vat.vat_on_debits.setChecked(True)
    vat.franchise.setChecked(True)
    assert not vat.vat_on_debits.isEnabled()
    assert not vat.vat_on_debits.isChecked()
    vat.normal.setChecked(True)
    assert vat.vat_on_debits.isEnabled()


def test_the_next_number_follows_the_mask_as_it_is_typed(
    wizard: FirstRunWizard, qtbot: QtBot
) -> None:
    numbering = _section(wizard, NumberingSection)
    _retype(numbering.invoices.mask, "F{YY}{MM}-{000}", qtbot)
    numbering.invoices.reset.setCurrentIndex(numbering.invoices.reset.findData(ResetRule.MONTHLY))
    assert numbering.invoices.preview.text() == "Next invoice: F2611-001"
    _retype(numbering.invoices.mask, "F-{000}", qtbot)
    assert "needs {YYYY} or {YY}" in numbering.invoices.preview.text()
