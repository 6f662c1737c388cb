"""The settings dialog: the company settings of the first-run wizard, one section
each, the e-mail, reminders and message wording, and this computer's preferences.

    dialog = SettingsDialog(operations, clock, preferences, window)
    dialog.preferences_changed.connect(window.apply_preferences)
    dialog.open()

It reads the current settings off the GUI thread (`loaded` once they are
shown), and saves the company's with the same validation as the wizard: the
dialog stays open on an error, shows the section in error with the message
under its field, and keeps everything typed. What changed is saved in one
transaction, all of it or nothing, the SMTP password in the keyring last; only
then does the dialog close. Nothing is written when nothing changed; otherwise
`Operations.changed` carries `Change.COMPANY`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError, Message, ValidationError, message
from cadence.domain.messages import Template, default_template
from cadence.services.company import (
    CompanyData,
    CompanyRecord,
    NumberingState,
    company_data,
    get_company,
    numbering_state,
    save_company,
)
from cadence.services.mail_settings import (
    MailSettingsData,
    ReminderSettings,
    get_mail_settings,
    get_reminder_settings,
    get_template,
    reset_template,
    save_mail_settings,
    save_reminder_settings,
    save_template,
)
from cadence.services.smtp_password import account, delete_password, set_password
from cadence.ui.clock import Clock
from cadence.ui.forms import ERROR_STYLE
from cadence.ui.messages import error_text, translated
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.preferences import Preferences
from cadence.ui.setup.email_settings import EmailPage, PasswordChange
from cadence.ui.setup.form import CompanyForm, Section, bounded, hint
from cadence.ui.setup.identity import IdentitySection
from cadence.ui.setup.numbering import NumberingSection
from cadence.ui.setup.page import SettingsPage
from cadence.ui.setup.reminder_settings import RemindersPage
from cadence.ui.setup.templates import KEYS, TemplateKey, TemplatesPage
from cadence.ui.setup.window_preferences import PreferencesSection
from cadence.ui.setup.wizard import BLANK, company_sections

_ERROR_MARK = " ⚠"
_ERROR_COLOUR = QColor("#b3261e")  # the colour of the errors under the fields
T = TypeVar("T")


def _titled(title: str, subtitle: str, body: QWidget, wide: bool) -> QWidget:
    """A section under its title, scrolling on a small screen."""
    heading = QLabel(title)
    font = QFont(heading.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    heading.setFont(font)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    content = QWidget()
    content.setLayout(bounded(body, wide))
    scroll.setWidget(content)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 0, 0, 0)
    layout.addWidget(heading)
    layout.addWidget(hint(subtitle))
    layout.addSpacing(8)
    layout.addWidget(scroll, 1)
    return page


@dataclass(frozen=True)
class _Loaded:
    """Everything the dialog shows, read in one go."""

    company: CompanyRecord | None
    numbering: NumberingState | None
    mail: MailSettingsData
    reminders: ReminderSettings
    templates: Mapping[TemplateKey, Template]


def _read_settings(session: Session, today: date) -> _Loaded:
    return _Loaded(
        company=get_company(session),
        numbering=numbering_state(session, today=today),
        mail=get_mail_settings(session),
        reminders=get_reminder_settings(session),
        templates={key: get_template(session, *key) for key in KEYS},
    )


@dataclass(frozen=True)
class _Wanted:
    """What the owner changed: None (or empty) where nothing did."""

    company: CompanyData | None = None
    mail: MailSettingsData | None = None
    reminders: ReminderSettings | None = None
    templates: Mapping[TemplateKey, Template] = field(default_factory=dict)
    password: PasswordChange | None = None
    # What the pages could not read, by part: refused along with what the services refuse.
    unreadable: Mapping[str, Mapping[str, Message]] = field(default_factory=dict)

    @property
    def writes(self) -> bool:
        """Something to write to the database."""
        return (
            self.company is not None
            or self.mail is not None
            or self.reminders is not None
            or bool(self.templates)
        )

    @property
    def nothing(self) -> bool:
        password_changed = self.password is not None and self.password.changed
        return not self.writes and not self.unreadable and not password_changed


class _Refused(KnownError):
    """What was refused, by part ("company", "mail", "reminders") and by message
    wording; raised so that the whole save rolls back."""

    def __init__(
        self,
        parts: Mapping[str, Mapping[str, Message]],
        templates: Mapping[TemplateKey, Mapping[str, Message]],
    ) -> None:
        every = [*parts.values(), *templates.values()]
        summary = "; ".join(f"{name}: {text}" for errors in every for name, text in errors.items())
        super().__init__(message("{summary}", summary=summary))
        self.parts = parts
        self.templates = templates


def _keep_password(change: PasswordChange, saved: MailSettingsData) -> None:
    """Store the password for the server and user as saved, then forget the one of
    the server or user before; an emptied field forgets the stored password."""
    moved = account(change.previous) != account(saved)
    if change.password and (moved or change.changed):
        set_password(saved, change.password)
    elif not change.password and change.stored is not None and not moved:
        delete_password(saved)
    if moved and change.stored is not None:
        delete_password(change.previous)


def _save_settings(session: Session, wanted: _Wanted, today: date) -> CompanyRecord | None:
    """Save what changed in one transaction, or nothing: every part is checked and all
    the errors are raised together (`_Refused`), which rolls everything back."""
    refused = {part: dict(errors) for part, errors in wanted.unreadable.items()}

    def attempt(part: str, save: Callable[[], T]) -> T | None:
        try:
            return save()
        except ValidationError as error:
            # What the page could not read stands over what its stand-in was refused for.
            refused[part] = {**error.errors, **refused.get(part, {})}
            return None

    record = None
    if wanted.company is not None:
        company = wanted.company
        record = attempt("company", lambda: save_company(session, company, today=today))
    saved_mail = get_mail_settings(session)
    if wanted.mail is not None:
        mail = wanted.mail
        saved_mail = (
            attempt("mail", lambda: save_mail_settings(session, mail, today=today)) or saved_mail
        )
    if wanted.reminders is not None:
        reminders = wanted.reminders
        attempt("reminders", lambda: save_reminder_settings(session, reminders, today=today))
    refused_templates: dict[TemplateKey, Mapping[str, Message]] = {}
    for key, template in wanted.templates.items():
        try:
            if template == default_template(*key):
                reset_template(session, *key)
            else:
                save_template(session, *key, template, today=today)
        except ValidationError as error:
            refused_templates[key] = error.errors
    # The keyring is written last, once the database would commit: a refused page
    # leaves the stored password as it was.
    if not refused and not refused_templates and wanted.password is not None:
        try:
            _keep_password(wanted.password, saved_mail)
        except KnownError as error:
            refused["mail"] = {"password": error.message}
    if refused or refused_templates:
        raise _Refused(refused, refused_templates)
    return record


class SettingsDialog(QDialog):
    """Edits the company settings, its e-mail and reminders, and this computer's preferences."""

    # The current settings are shown and may be edited.
    loaded = Signal()
    # The company settings were saved: the CompanyRecord as it now stands.
    company_saved = Signal(object)
    # One of this computer's preferences changed (the billing interval, the alerts…).
    preferences_changed = Signal()

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._clock = clock
        self._preferences = preferences
        self._baseline: CompanyData | None = None
        self._mail_baseline = MailSettingsData()
        self._reminders_baseline: ReminderSettings | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Settings"))

        self.form = CompanyForm(company_sections(clock), BLANK)
        self.numbering = next(s for s in self.form.sections if isinstance(s, NumberingSection))
        self.email = EmailPage(operations, clock)
        identity = next(s for s in self.form.sections if isinstance(s, IdentitySection))
        identity.email.textChanged.connect(self.email.set_company_email)
        self.reminders = RemindersPage()
        self.templates = TemplatesPage()
        self.computer = PreferencesSection()
        self.computer.load(preferences)

        self.index = QListWidget()
        self.index.setObjectName("settings_sections")
        self.pages = QStackedWidget()
        self._titles: list[str] = []
        self._pages: list[QWidget] = []
        for title, subtitle, page in [
            *((s.title(), s.subtitle(), s) for s in self.form.sections),
            *((p.title(), p.subtitle(), p) for p in (self.email, self.reminders, self.templates)),
            (self.computer.title(), self.computer.subtitle(), self.computer),
        ]:
            self._titles.append(title)
            self._pages.append(page)
            self.index.addItem(title)
            wide = isinstance(page, Section | SettingsPage) and page.wide
            self.pages.addWidget(_titled(title, subtitle, page, wide))
        self.index.setSpacing(3)
        self.index.setMaximumWidth(self.index.sizeHintForColumn(0) + 48)
        self.index.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.index.setCurrentRow(0)

        self.problem = QLabel()
        self.problem.setObjectName("settings_problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._save_button().setEnabled(False)
        self.pages.setEnabled(False)

        body = QHBoxLayout()
        body.addWidget(self.index)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(1060, 660)
        self._load()

    def _save_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def show_page(self, page: QWidget) -> None:
        """Show the page (or company section) `page`, as choosing it in the list does."""
        self.index.setCurrentRow(self._pages.index(page))

    # -- reading what is set -------------------------------------------------------

    def _load(self) -> None:
        today = self._clock.today()
        DbOp(self._operations, lambda session: _read_settings(session, today)).success(
            self._show_settings
        ).failure(self._not_loaded).run(self)

    def _not_loaded(self, error: KnownError) -> None:
        # Nothing to edit: the form stays disabled, so nothing is saved over what is there.
        self.problem.setText(error_text(error))
        self.problem.show()

    def _show_settings(self, found: _Loaded) -> None:
        self.form.load(BLANK if found.company is None else company_data(found.company))
        self.numbering.set_state(found.numbering)
        self.email.load(found.mail)
        self.reminders.load(found.mail, found.reminders)
        self.templates.load(found.templates)
        # What the pages hold now, not what was read: an unset PDF folder shows the default.
        self._baseline = self.form.collect()[0]
        self._mail_baseline = self._mail_settings()
        self._reminders_baseline = self.reminders.settings()[0]
        self.pages.setEnabled(True)
        self._save_button().setEnabled(True)
        self.loaded.emit()

    # -- saving ----------------------------------------------------------------------

    def _mail_settings(self) -> MailSettingsData:
        return self.reminders.mail_settings(self.email.mail_settings(self._mail_baseline))

    def _wanted(self) -> _Wanted:
        data, unreadable = self.form.collect()
        mail = self._mail_settings()
        reminders, rate_unreadable = self.reminders.settings()
        return _Wanted(
            company=data if data != self._baseline or unreadable else None,
            mail=mail if mail != self._mail_baseline else None,
            reminders=(
                reminders if reminders != self._reminders_baseline or rate_unreadable else None
            ),
            templates=self.templates.changed(),
            password=self.email.password_change(),
            unreadable={
                part: errors
                for part, errors in (("company", unreadable), ("reminders", rate_unreadable))
                if errors
            },
        )

    def save(self) -> None:
        """Save what changed; the dialog closes once everything is saved."""
        wanted = self._wanted()
        if wanted.nothing:
            self._finish(None)
            return
        self._set_busy(True)
        today = self._clock.today()
        DbOp(
            self._operations,
            lambda session: _save_settings(session, wanted, today),
            writes=True,
            # The business's settings, its messages' included.
            changes={Change.COMPANY} if wanted.writes else (),
        ).success(self._finish).failure(self._refused).run(self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._save_button().setEnabled(not busy)

    def reject(self) -> None:
        if self._busy:
            return  # a save is under way: its outcome is shown here, then the dialog closes
        super().reject()

    def _finish(self, record: CompanyRecord | None) -> None:
        self._set_busy(False)
        changed = self.computer.save(self._preferences)
        self.accept()
        if record is not None:
            self.company_saved.emit(record)
        if changed:
            self.preferences_changed.emit()

    def _refused(self, error: KnownError) -> None:
        self._set_busy(False)
        parts = error.parts if isinstance(error, _Refused) else {}
        templates = error.templates if isinstance(error, _Refused) else {}
        company_errors = parts.get("company", {})
        leftovers = self.form.show_errors(company_errors)
        self.email.show_errors(parts.get("mail", {}))
        self.reminders.show_errors(parts.get("reminders", {}))
        self.templates.show_refused(templates)
        in_error: set[QWidget] = {s for s in self.form.sections if s.fields() & set(company_errors)}
        if parts.get("mail"):
            in_error.add(self.email)
        if parts.get("reminders"):
            in_error.add(self.reminders)
        if templates:
            in_error.add(self.templates)
        for row, (page, title) in enumerate(zip(self._pages, self._titles, strict=True)):
            marked = page in in_error
            item = self.index.item(row)
            item.setText(title + (_ERROR_MARK if marked else ""))
            item.setForeground(_ERROR_COLOUR if marked else self.index.palette().text())
        first = next((page for page in self._pages if page in in_error), None)
        if first is not None:
            self.show_page(first)
        text = "\n".join(translated(message) for message in leftovers)
        if not isinstance(error, _Refused):
            text = error_text(error)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def error_for(self, name: str) -> str:
        """The error shown under field `name`, "" when none: what tests read."""
        section = self.form.section_of(name)
        if section is not None:
            return section.error_for(name)
        pages: tuple[SettingsPage, ...] = (self.email, self.reminders, self.templates)
        page = next((p for p in pages if name in p.fields()), None)
        return "" if page is None else page.error_for(name)
