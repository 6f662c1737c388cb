"""This computer's own preferences: language, background billing and alerts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cadence.ui.preferences import Preferences
from cadence.ui.setup.form import form_layout, hint


def _spin(minimum: int, maximum: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setSuffix(suffix)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    spin.setMinimumWidth(140)
    return spin


class PreferencesSection(QWidget):
    """Settings of this window on this computer, kept apart from the company's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "system")
        # Each language is named in itself, so an owner lost in the other one finds theirs.
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        # The ranges are those Preferences accepts, so what is shown is what is kept.
        self.billing_interval = _spin(1, 24 * 60, self.tr(" minutes"))
        self.issue_without_review = QCheckBox(
            self.tr("Issue what fell due while Cadence was closed without asking first")
        )
        self.renewal_days = _spin(1, 365, self.tr(" days ahead"))
        self.due_soon_days = _spin(0, 90, self.tr(" days ahead"))

        interface = form_layout()
        interface.addRow(self.tr("Language"), self.language)
        interface.addRow(
            "", hint(self.tr("The new language applies the next time Cadence starts."))
        )
        interface_box = QGroupBox(self.tr("Interface"))
        interface_box.setLayout(interface)

        billing = form_layout()
        billing.addRow(self.tr("Look for invoices due every"), self.billing_interval)
        billing.addRow("", self.issue_without_review)
        billing.addRow(
            "",
            hint(
                self.tr(
                    "When unticked, Cadence shows the invoices that fell due while it was "
                    "closed, for you to review before they are issued."
                )
            ),
        )
        billing_box = QGroupBox(self.tr("Billing in the background"))
        billing_box.setLayout(billing)

        alerts = form_layout()
        alerts.addRow(self.tr("Renewals, commitment ends and notices"), self.renewal_days)
        alerts.addRow(self.tr("Invoices falling due"), self.due_soon_days)
        alerts_box = QGroupBox(self.tr("Alerts"))
        alerts_box.setLayout(alerts)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(interface_box)
        layout.addWidget(billing_box)
        layout.addWidget(alerts_box)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("This computer")

    def subtitle(self) -> str:
        return self.tr("How Cadence behaves on this computer; kept apart from your company's data.")

    def load(self, preferences: Preferences) -> None:
        self.language.setCurrentIndex(max(self.language.findData(preferences.language), 0))
        self.billing_interval.setValue(preferences.billing_interval_minutes)
        self.issue_without_review.setChecked(preferences.issue_without_review)
        self.renewal_days.setValue(preferences.renewal_alert_days)
        self.due_soon_days.setValue(preferences.due_soon_days)

    def save(self, preferences: Preferences) -> bool:
        """Write the preferences; True when one of them changed."""
        wanted = (
            str(self.language.currentData()),
            self.billing_interval.value(),
            self.issue_without_review.isChecked(),
            self.renewal_days.value(),
            self.due_soon_days.value(),
        )
        current = (
            preferences.language,
            preferences.billing_interval_minutes,
            preferences.issue_without_review,
            preferences.renewal_alert_days,
            preferences.due_soon_days,
        )
        if wanted == current:
            return False
        (
            preferences.language,
            preferences.billing_interval_minutes,
            preferences.issue_without_review,
            preferences.renewal_alert_days,
            preferences.due_soon_days,
        ) = wanted
        return True
