"""The first-run wizard: the company settings, page by page, saved at the end.

    wizard = FirstRunWizard(operations, clock, parent)
    wizard.completed.connect(window.start)   # the CompanyRecord just saved
    wizard.open()                            # rejected: nothing was saved

Each "Next" checks the page with the same validation the service saves with
(off the GUI thread), so a wrong SIREN or IBAN is reported under its field
before the owner moves on. "Finish" saves; should the save still refuse
something (a logo deleted meanwhile), the wizard goes back to the first page
in error, its message under the field, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from cadence.domain.errors import KnownError, Message, ValidationError
from cadence.services.company import (
    CompanyData,
    CompanyRecord,
    save_company,
    validate_company,
)
from cadence.store.paths import default_pdf_folder
from cadence.ui.clock import Clock
from cadence.ui.forms import ERROR_STYLE
from cadence.ui.messages import error_text, translated
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.setup.files import LogoSection, PdfFolderSection
from cadence.ui.setup.form import CompanyForm, Section, bounded
from cadence.ui.setup.identity import IdentitySection, VatSection
from cadence.ui.setup.numbering import NumberingSection
from cadence.ui.setup.payment import BankSection, TermsSection

BLANK = CompanyData(legal_name="", address_line1="", postal_code="", city="")


def company_sections(clock: Clock) -> list[Section]:
    """The sections of the company settings, in the order the owner meets them."""
    identity = IdentitySection()
    return [
        identity,
        VatSection(identity.siren.text),
        BankSection(),
        LogoSection(),
        NumberingSection(clock),
        TermsSection(clock),
        PdfFolderSection(default_pdf_folder()),
    ]


def check_company(data: CompanyData) -> Mapping[str, Message]:
    """What the service would refuse in `data`, by field (nothing when all is well)."""
    try:
        validate_company(data)
    except ValidationError as error:
        return error.errors
    return {}


class _SectionPage(QWizardPage):
    def __init__(self, section: Section) -> None:
        super().__init__()
        self.section = section
        self.setTitle(section.title())
        self.setSubTitle(section.subtitle())
        self.problem = QLabel()
        self.problem.setObjectName("page_problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bounded(section, section.wide), 1)
        layout.addWidget(self.problem)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


class FirstRunWizard(QWizard):
    """Sets the company up on first run; `completed` carries the saved `CompanyRecord`."""

    # Emitted once the settings are saved, as the wizard closes (accepted).
    completed = Signal(object)

    def __init__(self, operations: Operations, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self.setWindowTitle(self.tr("Setting up Cadence"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save and start"))
        self.busy = False
        self._saving = False
        self._saved = False
        # The page last checked and what it held then: "Next" then goes ahead at once.
        self._passed: tuple[int, CompanyData] | None = None
        self.form = CompanyForm(company_sections(clock), BLANK)
        self.form.load(BLANK)
        self._pages: dict[Section, int] = {}
        for section in self.form.sections:
            self._pages[section] = self.addPage(_SectionPage(section))
        first = self.page(0)
        first.setSubTitle(
            self.tr("{subtitle} You can change all of this later in the settings.").format(
                subtitle=first.subTitle()
            )
        )
        self.resize(1000, 640)

    # -- page by page -----------------------------------------------------------------

    def validateCurrentPage(self) -> bool:  # noqa: N802
        if self._saved:
            return True
        if self.busy:
            return False
        data, unreadable = self.form.collect()
        page_id = self.currentId()
        if self._passed == (page_id, data) and not unreadable:
            return True
        if self.nextId() == -1 and not unreadable:
            self._save(data)
        else:
            self._check(page_id, data, unreadable)
        return False

    def _set_busy(self, busy: bool, saving: bool = False) -> None:
        self.busy = busy
        self._saving = saving
        # Next and Finish wait while the page is being checked or saved. The buttons are
        # set directly: PySide6 6.12 on Python 3.11 loses a reference to True each time
        # Qt calls a Python isComplete(), until the interpreter aborts.
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            self.button(which).setEnabled(not busy)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not saving)

    def _check(self, page_id: int, data: CompanyData, unreadable: dict[str, Message]) -> None:
        self._set_busy(True)
        DbOp(self._operations, lambda session: check_company(data)).success(
            lambda errors: self._checked(page_id, data, {**errors, **unreadable})
        ).failure(self._refused).run(self)

    def _checked(self, page_id: int, data: CompanyData, errors: Mapping[str, Message]) -> None:
        self._set_busy(False)
        if self.currentId() != page_id:
            return  # the owner went back meanwhile: this page is checked again on its way
        # Only this page and those before it: later pages have not been filled in yet.
        seen = [s for s, page in self._pages.items() if page <= page_id]
        relevant = {
            name: text for name, text in errors.items() if any(name in s.fields() for s in seen)
        }
        if self.nextId() == -1:
            relevant = dict(errors)  # the last page: nothing is left to fill in
        if relevant:
            self._show_errors(relevant)
            return
        self._show_errors({})
        self._passed = (page_id, data)
        self.next()

    def _save(self, data: CompanyData) -> None:
        self._set_busy(True, saving=True)
        today = self._clock.today()
        DbOp(
            self._operations,
            lambda session: save_company(session, data, today=today),
            writes=True,
            changes={Change.COMPANY},
        ).success(self._saved_company).failure(self._refused).run(self)

    def _saved_company(self, record: CompanyRecord) -> None:
        self._set_busy(False)
        self._saved = True
        self.accept()
        self.completed.emit(record)

    def _refused(self, error: KnownError) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            self._show_errors(error.errors)
        else:
            page = self.currentPage()
            assert isinstance(page, _SectionPage)
            page.show_problem(error_text(error))

    def _show_errors(self, errors: Mapping[str, Message]) -> None:
        """Each error under its field, on the first page that has one."""
        leftovers = self.form.show_errors(errors)
        target = self.form.first_with_errors(errors)
        if target is not None:
            while self.currentId() > self._pages[target]:
                self.back()
        page = self.currentPage()
        assert isinstance(page, _SectionPage)
        page.show_problem("\n".join(translated(text) for text in leftovers))

    def reject(self) -> None:
        if self._saving:
            return  # the save finishes first; closing now would hide its outcome
        super().reject()
