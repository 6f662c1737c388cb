"""The owner's preferences for this computer, kept by QSettings between sessions."""

from __future__ import annotations

from PySide6.QtCore import QSettings

LANGUAGES = ("system", "fr", "en")


class Preferences:
    """Typed access to the settings the window reads; defaults apply until changed."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def _int(self, key: str, default: int, minimum: int, maximum: int) -> int:
        try:
            value = int(str(self._settings.value(key, default)))
        except (TypeError, ValueError):
            return default
        return min(max(value, minimum), maximum)

    def _bool(self, key: str, default: bool) -> bool:
        value = self._settings.value(key, default)
        return value in (True, "true", "1", 1)

    @property
    def language(self) -> str:
        value = str(self._settings.value("ui/language", "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value if value in LANGUAGES else "system")

    @property
    def billing_interval_minutes(self) -> int:
        """How often the background run looks for invoices that fell due."""
        return self._int("billing/interval_minutes", 15, 1, 24 * 60)

    @billing_interval_minutes.setter
    def billing_interval_minutes(self, value: int) -> None:
        self._settings.setValue("billing/interval_minutes", value)

    @property
    def issue_without_review(self) -> bool:
        """Issue what fell due while Cadence was closed without showing the review first."""
        return self._bool("billing/issue_without_review", False)

    @issue_without_review.setter
    def issue_without_review(self, value: bool) -> None:
        self._settings.setValue("billing/issue_without_review", value)

    @property
    def renewal_alert_days(self) -> int:
        """Renewals, commitment ends and notice deadlines within this many days alert."""
        return self._int("alerts/renewal_days", 30, 1, 365)

    @renewal_alert_days.setter
    def renewal_alert_days(self, value: int) -> None:
        self._settings.setValue("alerts/renewal_days", value)

    @property
    def due_soon_days(self) -> int:
        """Invoices due within this many days alert."""
        return self._int("alerts/due_soon_days", 7, 0, 90)

    @due_soon_days.setter
    def due_soon_days(self, value: int) -> None:
        self._settings.setValue("alerts/due_soon_days", value)
