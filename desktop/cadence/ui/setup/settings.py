"""The settings dialog: the company settings of the first-run wizard, one section
each, and this computer's preferences.

    dialog = SettingsDialog(operations, clock, preferences, window)
    dialog.preferences_changed.connect(window.apply_preferences)
    dialog.open()

It reads the current settings off the GUI thread (`loaded` once they are
shown), and saves the company's with the same validation as the wizard: the
dialog stays open on an error, shows the section in error with the message
under its field, and keeps everything typed. The company is saved only when
one of its settings changed; `Operations.changed` then carries
`Change.COMPANY` as well.
"""

from __future__ import annotations

from collections.abc import Mapping

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

from cadence.domain.errors import KnownError, Message, ValidationError
from cadence.services.company import (
    CompanyData,
    CompanyRecord,
    NumberingState,
    company_data,
    get_company,
    numbering_state,
    save_company,
)
from cadence.ui.clock import Clock
from cadence.ui.forms import ERROR_STYLE
from cadence.ui.messages import error_text, translated
from cadence.ui.operations import Change, DbOp, Operations
from cadence.ui.preferences import Preferences
from cadence.ui.setup.form import CompanyForm, Section, bounded, hint
from cadence.ui.setup.numbering import NumberingSection
from cadence.ui.setup.window_preferences import PreferencesSection
from cadence.ui.setup.wizard import BLANK, check_company, company_sections

_ERROR_MARK = " ⚠"
_ERROR_COLOUR = QColor("#b3261e")  # the colour of the errors under the fields


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


class SettingsDialog(QDialog):
    """Edits the company settings and this computer's preferences."""

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
        self._busy = False
        self.setWindowTitle(self.tr("Settings"))

        self.form = CompanyForm(company_sections(clock), BLANK)
        self.numbering = next(s for s in self.form.sections if isinstance(s, NumberingSection))
        self.computer = PreferencesSection()
        self.computer.load(preferences)

        self.index = QListWidget()
        self.index.setObjectName("settings_sections")
        self.pages = QStackedWidget()
        self._titles: list[str] = []
        for title, subtitle, section in [
            *((s.title(), s.subtitle(), s) for s in self.form.sections),
            (self.computer.title(), self.computer.subtitle(), self.computer),
        ]:
            self._titles.append(title)
            self.index.addItem(title)
            wide = isinstance(section, Section) and section.wide
            self.pages.addWidget(_titled(title, subtitle, section, wide))
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

    # -- reading what is set -------------------------------------------------------

    def _load(self) -> None:
        today = self._clock.today()

        def read(session: Session) -> tuple[CompanyRecord | None, NumberingState | None]:
            return get_company(session), numbering_state(session, today=today)

        DbOp(self._operations, read).success(self._show_settings).failure(self._not_loaded).run(
            self
        )

    def _not_loaded(self, error: KnownError) -> None:
        # Nothing to edit: the form stays disabled, so nothing is saved over what is there.
        self.problem.setText(error_text(error))
        self.problem.show()

    def _show_settings(self, found: tuple[CompanyRecord | None, NumberingState | None]) -> None:
        record, state = found
        self.form.load(BLANK if record is None else company_data(record))
        self.numbering.set_state(state)
        # What the form holds now, not the record: an unset PDF folder shows the default.
        self._baseline = self.form.collect()[0]
        self.pages.setEnabled(True)
        self._save_button().setEnabled(True)
        self.loaded.emit()

    # -- saving ----------------------------------------------------------------------

    def save(self) -> None:
        """Save what changed; the dialog closes once everything is saved."""
        data, unreadable = self.form.collect()
        if unreadable:
            # Report what cannot be read together with what the service would refuse.
            self._set_busy(True)
            DbOp(self._operations, lambda session: check_company(data)).success(
                lambda errors: self._refused(ValidationError({**errors, **unreadable}))
            ).failure(self._refused).run(self)
            return
        if data == self._baseline:
            self._finish(None)
            return
        self._set_busy(True)
        today = self._clock.today()
        DbOp(
            self._operations,
            lambda session: save_company(session, data, today=today),
            writes=True,
            changes={Change.COMPANY},
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
        errors: Mapping[str, Message] = error.errors if isinstance(error, ValidationError) else {}
        leftovers = self.form.show_errors(errors)
        sections_in_error = {s for s in self.form.sections if s.fields() & set(errors)}
        for row, title in enumerate(self._titles):
            marked = row < len(self.form.sections) and self.form.sections[row] in sections_in_error
            item = self.index.item(row)
            item.setText(title + (_ERROR_MARK if marked else ""))
            item.setForeground(_ERROR_COLOUR if marked else self.index.palette().text())
        first: Section | None = self.form.first_with_errors(errors)
        if first is not None:
            self.index.setCurrentRow(self.form.sections.index(first))
        text = "\n".join(translated(message) for message in leftovers)
        if not isinstance(error, ValidationError):
            text = error_text(error)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def error_for(self, name: str) -> str:
        """The error shown under field `name`, "" when none: what tests read."""
        section = self.form.section_of(name)
        return "" if section is None else section.error_for(name)
