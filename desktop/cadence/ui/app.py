"""Starting the window: a display, the translations, one instance per database,
the database opened (or refused with a message), then the window itself."""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cadence.domain.errors import KnownError
from cadence.resource_files import resource_path
from cadence.store.database import Database, open_database
from cadence.ui.clock import Clock, FixedClock, SystemClock
from cadence.ui.garbage import GuiThreadCollector
from cadence.ui.messages import error_text
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences

if TYPE_CHECKING:
    from cadence.ui.assembly import CadenceWindow

EXIT_REFUSED = 2
# Qt platforms that draw without a display server.
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


def display_problem() -> str | None:
    """Why no window can be shown here, or None. Checked before Qt starts, because
    Qt aborts the process when it cannot reach a display."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform.startswith(_HEADLESS_PLATFORMS):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
        "the command line works without one: cadence --help"
    )


def interface_locale(preferences: Preferences) -> QLocale:
    chosen = preferences.language
    if chosen == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    if chosen == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    system = QLocale.system()
    if system.language() is QLocale.Language.French:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Cadence's own French (English is the source language), and Qt's for its
    standard dialogs; the locale also drives the formatting of amounts and dates."""
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    if locale.language() is QLocale.Language.French:
        for name, folder in (
            ("cadence_fr", resource_path("translations")),
            ("qtbase_fr", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
        ):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                installed.append(translator)
    return installed


def _refuse(text: str) -> None:
    """Say why the window cannot open: one line on stderr, and a dialog for whoever
    double-clicked the icon (none when drawing offscreen, where no one could close it)."""
    print(f"cadence: {text}", file=sys.stderr)
    if QGuiApplication.platformName() != "offscreen":
        QMessageBox.critical(None, "Cadence", text)


def show_window(
    app: QApplication, database: Database, clock: Clock, preferences: Preferences
) -> tuple[CadenceWindow, GuiThreadCollector]:
    """The assembled window on `database`, shown and started, and the collector of
    its garbage (the window's benchmark opens it this same way)."""
    from cadence.ui.assembly import assemble_window  # the tabs import much: after the checks

    operations = Operations(database)
    collector = GuiThreadCollector(app, quiet=lambda: operations.pending == 0)
    window = assemble_window(operations, clock, preferences)
    window.show()
    collector.settle()  # what the window holds from now on stays out of full collections
    window.start()
    return window, collector


def run_window(database_path: Path, *, today: date | None = None) -> int:
    """Open the window on the database at `database_path`; the exit code when it closes."""
    problem = display_problem()
    if problem is not None:
        print(f"cadence: {problem}", file=sys.stderr)
        return EXIT_REFUSED
    QApplication.setOrganizationName("Cadence")
    QApplication.setApplicationName("Cadence")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon(str(resource_path("icons", "cadence.svg"))))
    preferences = Preferences()
    install_translations(app, interface_locale(preferences))

    lock = QLockFile(str(database_path.expanduser()) + ".lock")
    if not lock.tryLock(0):
        text = app.translate(
            "Startup",
            "Cadence is already open on {path}. Use the window that is open; "
            "two windows on one database could confuse the billing.",
        ).format(path=database_path)
        _refuse(text)
        return EXIT_REFUSED
    try:
        try:
            database = open_database(database_path)
        except KnownError as error:
            _refuse(error_text(error))
            return EXIT_REFUSED
        clock: Clock = (
            FixedClock(datetime(today.year, today.month, today.day, 9, 0).astimezone())
            if today is not None
            else SystemClock()
        )
        _window, collector = show_window(app, database, clock, preferences)  # held while open
        try:
            return app.exec()
        finally:
            collector.stop()
    finally:
        lock.unlock()
