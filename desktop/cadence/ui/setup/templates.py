"""The message wording page of the settings: the subject and text of each message
Cadence writes, in French and in English, with the fields it fills in.

Edits are kept per message and language while the owner moves between them, and
saved together with the other settings: nothing typed is lost by switching.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.errors import Message
from cadence.domain.messages import PLACEHOLDERS, MessageKind, Template, default_template
from cadence.domain.parties import Language
from cadence.ui.setup.form import form_layout
from cadence.ui.setup.page import SettingsPage, page_hint

TemplateKey = tuple[MessageKind, Language]
KEYS: tuple[TemplateKey, ...] = tuple(
    (kind, language) for kind in MessageKind for language in Language
)


class TemplatesPage(SettingsPage):
    """Pick a message and a language, edit its wording, insert its fields."""

    wide = True  # the text and the list of fields side by side

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved: dict[TemplateKey, Template] = {key: default_template(*key) for key in KEYS}
        self._drafts = dict(self._saved)
        self._refused: dict[TemplateKey, Mapping[str, Message]] = {}
        self._current: TemplateKey = KEYS[0]
        self._filling = False

        self.kind = QComboBox()
        for kind in MessageKind:
            self.kind.addItem(self._kind_name(kind), kind)
        self.language = QComboBox()
        # Each language is named in itself, as in the preferences.
        self.language.addItem("Français", Language.FRENCH)
        self.language.addItem("English", Language.ENGLISH)
        for box in (self.kind, self.language):
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            # Wide enough for "(changed)" once it is added to a name.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._switch)
        self.state = QLabel()
        self.state.setObjectName("template_state")
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Message")))
        choice.addWidget(self.kind)
        choice.addSpacing(12)
        choice.addWidget(QLabel(self.tr("Language")))
        choice.addWidget(self.language)
        choice.addSpacing(12)
        choice.addWidget(self.state, 1)

        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.subject.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        # The fields go where the cursor was last: in the subject or in the text.
        self._target: QLineEdit | QPlainTextEdit = self.body
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.restore = QPushButton(self.tr("Restore Cadence's wording"))
        self.restore.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.restore.clicked.connect(self.restore_default)
        wording = form_layout()
        wording.addRow(self.tr("Subject"), self.subject)
        wording.addRow(self.tr("Text"), self.body)
        wording.addRow("", self.restore)
        self._form(wording, {"subject": self.subject, "body": self.body})

        self.placeholders = QWidget()
        self._placeholder_grid = QGridLayout(self.placeholders)
        self._placeholder_grid.setContentsMargins(0, 0, 0, 0)
        self._placeholder_grid.setColumnStretch(1, 1)
        fields = QVBoxLayout()
        fields.addWidget(
            page_hint(
                self.tr(
                    "Cadence fills these in for each message. Click one to put it where "
                    "the cursor is."
                )
            )
        )
        fields.addWidget(self.placeholders)
        fields.addStretch(1)
        fields_box = QGroupBox(self.tr("Fields this message can use"))
        fields_box.setLayout(fields)

        columns = QHBoxLayout()
        columns.addLayout(wording, 3)
        columns.addWidget(fields_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choice)
        layout.addSpacing(6)
        layout.addLayout(columns, 1)
        self._show(self._current)

    def title(self) -> str:
        return self.tr("Message wording")

    def subtitle(self) -> str:
        return self.tr(
            "What each message to your customers says. Each customer gets it in their own "
            "language; the fields in braces are filled in for them."
        )

    # -- names and explanations ------------------------------------------------------------

    def _kind_name(self, kind: MessageKind) -> str:
        return {
            MessageKind.INVOICE: self.tr("Invoice e-mail"),
            MessageKind.CREDIT_NOTE: self.tr("Credit note e-mail"),
            MessageKind.RENEWAL_NOTICE: self.tr("Renewal notice"),
            MessageKind.TERM_END_NOTICE: self.tr("End of fixed term"),
            MessageKind.REMINDER_FIRST: self.tr("Friendly reminder"),
            MessageKind.REMINDER_SECOND: self.tr("Firmer reminder"),
            MessageKind.FORMAL_NOTICE: self.tr("Formal notice"),
        }[kind]

    def _explanation(self, kind: MessageKind, field: str) -> str:
        if field == "amount":
            return {
                MessageKind.RENEWAL_NOTICE: self.tr("the price of the renewal"),
                MessageKind.CREDIT_NOTE: self.tr("the credit note's total"),
            }.get(kind, self.tr("the invoice's total"))
        if kind is MessageKind.CREDIT_NOTE and field in ("number", "issue_date"):
            return (
                self.tr("the credit note's number")
                if field == "number"
                else self.tr("the credit note's date")
            )
        return {
            "customer": self.tr("the customer's name"),
            "company": self.tr("your business's name"),
            "company_email": self.tr("your business's e-mail address"),
            "company_phone": self.tr("your business's phone number"),
            "number": self.tr("the invoice's number"),
            "issue_date": self.tr("the invoice's date"),
            "due_date": self.tr("the day the invoice is due"),
            "corrected_number": self.tr("the number of the invoice it corrects"),
            "plan": self.tr("the plan's name"),
            "renewal_date": self.tr("the day the subscription renews"),
            "end_date": self.tr("the day the subscription ends"),
            "how_to_cancel": self.tr("how and until when the customer can refuse the renewal"),
            "offer": self.tr("the plan's offer in renewal notices, if it has one"),
            "amount_due": self.tr("what is left to pay"),
            "pay_by": self.tr("the day to pay by"),
            "late_fees": self.tr("the late fees charged, if any"),
        }[field]

    # -- showing and switching -------------------------------------------------------------

    def load(self, templates: Mapping[TemplateKey, Template]) -> None:
        """Show the saved wording of every message; edits not saved are dropped."""
        self._saved = {key: templates.get(key, default_template(*key)) for key in KEYS}
        self._drafts = dict(self._saved)
        self._refused = {}
        self._show(self._current)

    def _chosen(self) -> TemplateKey:
        return MessageKind(self.kind.currentData()), Language(self.language.currentData())

    def _switch(self) -> None:
        self._show(self._chosen())

    def select(self, key: TemplateKey) -> None:
        """Show the wording of `key` (what the owner does with the two lists)."""
        self._filling = True  # the two lists move one after the other: shown once
        self.kind.setCurrentIndex(self.kind.findData(key[0]))
        self.language.setCurrentIndex(self.language.findData(key[1]))
        self._filling = False
        self._show(key)

    def _show(self, key: TemplateKey) -> None:
        if self._filling:
            return
        self._current = key
        draft = self._drafts[key]
        self._filling = True
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        self._filling = False
        self._show_placeholders(key[0])
        self.show_errors(self._refused.get(key, {}))
        self._show_state()

    def _show_placeholders(self, kind: MessageKind) -> None:
        grid = self._placeholder_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, field in enumerate(PLACEHOLDERS[kind]):
            button = QPushButton("{" + field + "}")
            button.setObjectName(f"insert_{field}")
            button.setToolTip(self.tr("Insert this field where the cursor is"))
            button.clicked.connect(lambda _checked=False, name=field: self.insert_field(name))
            grid.addWidget(button, row, 0)
            explanation = QLabel(self._explanation(kind, field))
            explanation.setWordWrap(True)
            grid.addWidget(explanation, row, 1)

    def _edited(self) -> None:
        if self._filling:
            return
        self._drafts[self._current] = Template(self.subject.text(), self.body.toPlainText())
        self._show_state()

    def _show_state(self) -> None:
        key = self._current
        draft = self._drafts[key]
        if draft != self._saved[key]:
            state = self.tr("Changed, not saved yet: Save keeps it.")
        elif draft == default_template(*key):
            state = self.tr("Cadence's wording.")
        else:
            state = self.tr("Your own wording.")
        self.state.setText(state)
        self.restore.setEnabled(draft != default_template(*key))
        changed = self.changed()
        for index in range(self.kind.count()):
            kind = MessageKind(self.kind.itemData(index))
            name = self._kind_name(kind)
            if any((kind, language) in changed for language in Language):
                name = self.tr("{name} (changed)").format(name=name)
            self.kind.setItemText(index, name)
        for index in range(self.language.count()):
            language = Language(self.language.itemData(index))
            name = "Français" if language is Language.FRENCH else "English"
            if (key[0], language) in changed:
                name = self.tr("{name} (changed)").format(name=name)
            self.language.setItemText(index, name)

    # -- editing ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and watched in (self.subject, self.body):
            self._target = self.subject if watched is self.subject else self.body
        return super().eventFilter(watched, event)

    def insert_field(self, name: str) -> None:
        """Put `{name}` where the cursor is, in the subject or the text."""
        text = "{" + name + "}"
        if isinstance(self._target, QLineEdit):
            self._target.insert(text)
        else:
            self._target.insertPlainText(text)
        self._target.setFocus()

    def restore_default(self) -> None:
        """Put Cadence's wording back in the fields; saved with the other settings."""
        default = default_template(*self._current)
        self.subject.setText(default.subject)
        self.body.setPlainText(default.body)

    # -- saving ------------------------------------------------------------------------------

    def changed(self) -> dict[TemplateKey, Template]:
        """The wording the owner changed since it was loaded, by message and language."""
        return {key: draft for key, draft in self._drafts.items() if draft != self._saved[key]}

    def show_refused(self, refused: Mapping[TemplateKey, Mapping[str, Message]]) -> None:
        """Keep the errors of each wording refused, and show the first of them."""
        self._refused = dict(refused)
        first = next((key for key in KEYS if key in refused), None)
        if first is None:
            self.show_errors({})
        else:
            self.select(first)
