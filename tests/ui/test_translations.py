"""The French translation is complete and shipped as lrelease makes it.

The committed `resources/translations/cadence_fr.ts` must hold every string the
code marks (`make translations` regenerates it), each translated, keeping its
placeholders; the committed `.qm` must be its compiled form; and with it
installed, real widgets and the core's messages speak French.
"""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from cadence.domain.errors import InvalidValue, ValidationError
from cadence.domain.identifiers import validate_iban
from cadence.services.customers import CustomerData, validate_customer
from cadence.ui.billing.controller import BillingController
from cadence.ui.clock import FixedClock
from cadence.ui.main_window import MainWindow
from cadence.ui.messages import translated
from cadence.ui.operations import Operations
from cadence.ui.preferences import Preferences

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "desktop" / "cadence"
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "cadence_fr.ts"
QM = TRANSLATIONS / "cadence_fr.qm"
NBSP = "\u00a0"
# As `make translations` runs it.
LUPDATE_OPTIONS = ("-target-language", "fr_FR", "-no-obsolete")

# Qt tells messages apart by their disambiguation too: tr("Sent", "filter") is not tr("Sent").
Key = tuple[str, str, str]  # (context, source, disambiguation)


def qt_tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease of the interpreter running the tests."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found is not None, f"{name} is missing: it comes with PySide6"
    return found


def sources() -> list[str]:
    """The files `make translations` hands to lupdate."""
    return [str(path.relative_to(ROOT)) for path in sorted(SOURCES.rglob("*.py"))]


def messages(ts: Path) -> dict[Key, ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found[(name, source, message.findtext("comment") or "")] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    """The translation, or each plural form of a %n message."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def fields(text: str) -> Counter[str]:
    """The {named} fields str.format fills ({{ and }} are literal braces)."""
    return Counter(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def qt_markers(text: str) -> Counter[str]:
    """%n, %v, %m, %L1, %1…: the placeholders Qt itself fills."""
    return Counter(re.findall(r"%(?:L?\d+|[nvm])", text))


# -- the .ts is up to date, finished and faithful -------------------------------------------


def test_the_ts_has_every_string_the_code_marks_and_no_other(tmp_path: Path) -> None:
    copy = tmp_path / "cadence_fr.ts"
    shutil.copyfile(TS, copy)
    run = subprocess.run(
        [qt_tool("pyside6-lupdate"), *sources(), "-ts", str(copy), *LUPDATE_OPTIONS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    report = run.stdout + run.stderr
    counts = re.search(
        r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)", report
    )
    assert counts is not None, report
    found, new, existing = map(int, counts.groups())
    committed, updated = messages(TS), messages(copy)
    assert new == 0, (
        f"{new} string(s) of the code are not in {TS.name}: run `make translations` "
        f"and translate them: {sorted(set(updated) - set(committed))}"
    )
    # -no-obsolete: a string the code no longer has leaves the updated copy.
    assert set(updated) == set(committed), (
        f"{TS.name} keeps strings the code no longer has; run `make translations`: "
        f"{sorted(set(committed) - set(updated))}"
    )
    assert found == existing == len(committed)
    assert any(context == "Messages" for context, _, _ in committed)  # the core's messages too


def test_every_message_has_a_finished_translation() -> None:
    unfinished = []
    for key, message in messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        texts = translations_of(message)
        if translation.get("type") is not None or not texts or not all(t.strip() for t in texts):
            unfinished.append(key)
    assert unfinished == []


def test_translations_keep_the_placeholders_of_their_source() -> None:
    wrong = []
    for (context, source, _), message in messages(TS).items():
        for text in translations_of(message):
            if fields(text) != fields(source) or qt_markers(text) != qt_markers(source):
                wrong.append((context, source, text))
    assert wrong == []


def test_french_typography_puts_a_no_break_space_before_double_punctuation() -> None:
    """« : » and its kin never start a line in French: a no-break space, never a plain one."""
    plain = []
    for key, message in messages(TS).items():
        for text in translations_of(message):
            if re.search(r" [:;?!]|« | »", text):
                plain.append((key, text))
    assert plain == []


def test_the_core_marks_its_messages_with_literal_strings() -> None:
    """lupdate silently skips QT_TRANSLATE_NOOP(MESSAGES_CONTEXT, …) and tr(variable):
    the message would then stay English, and the test above could not see it."""
    skipped = []
    for path in sorted(SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name):
                name = node.func.id
            elif isinstance(node.func, ast.Attribute):
                name = node.func.attr
            else:
                continue
            marked = {"QT_TRANSLATE_NOOP": node.args[:2], "tr": node.args[:1]}.get(name)
            if marked is None or path.name == "i18n.py":
                continue
            if not marked or not all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in marked
            ):
                skipped.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert skipped == []


# -- the .qm is the compiled .ts ----------------------------------------------------------------


def test_the_qm_is_what_lrelease_makes_of_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "cadence_fr.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)],
        capture_output=True,
        check=True,
    )
    # lrelease's output depends only on the .ts: the same bytes on every run.
    assert compiled.read_bytes() == QM.read_bytes(), "run `make translations`"


# -- with the translator installed, the window speaks French ------------------------------------


@pytest.fixture
def french(qapp: QCoreApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def accelerators(texts: list[str]) -> list[str]:
    return [text[text.index("&") + 1].lower() for text in texts if "&" in text]


def test_the_main_window_menus_are_in_french_with_one_accelerator_each(
    french: QTranslator,
    operations: Operations,
    clock: FixedClock,
    preferences: Preferences,
    qtbot: QtBot,
) -> None:
    window = MainWindow(operations, clock, preferences, tabs=[])
    qtbot.addWidget(window)
    BillingController(window)  # fills the Billing menu
    bar = [action.text() for action in window.menuBar().actions()]
    assert bar == ["&Fichier", "Fa&cturation", "&Affichage", "Aid&e"]
    file_menu = [a.text() for a in window.settings_menu.actions() if not a.isSeparator()]
    assert file_menu == ["&Nouveau…", "&Rechercher", "&Imprimer…", "&Archiver…", "&Quitter"]
    billing = [action.text() for action in window.billing_menu.actions()]
    assert billing == ["&Lancer la facturation maintenant", "&Revoir les factures à émettre…"]
    for menu in (bar, file_menu, billing):
        keys = accelerators(menu)
        assert len(keys) == len(menu) == len(set(keys)), menu
    assert window.windowTitle() == f"Cadence — {operations.database.path.name}"


def test_a_core_message_is_translated_then_filled(french: QTranslator) -> None:
    data = CustomerData(
        name="Élodie Lefèvre", address_line1="3 place Bellecour", postal_code="6900", city="Lyon"
    )
    with pytest.raises(ValidationError) as refused:
        validate_customer(data)
    postcode = refused.value.errors["postal_code"]
    assert str(postcode) == "a French postcode has 5 digits; “6900” does not"
    assert translated(postcode) == (
        f"un code postal français compte 5 chiffres{NBSP}; "
        f"ce n'est pas le cas de «{NBSP}6900{NBSP}»"
    )


def test_the_reason_inside_a_message_is_translated_too(french: QTranslator) -> None:
    """schwifty's English reason never reaches the owner: it is said in their words."""
    with pytest.raises(InvalidValue) as refused:
        validate_iban("FR76 3000 6000 0112 3456 7890 188")
    assert translated(refused.value.message) == (
        f"«{NBSP}FR76 3000 6000 0112 3456 7890 188{NBSP}» n'est pas un IBAN valide{NBSP}: "
        "sa clé de contrôle ne correspond pas (un caractère est sans doute mal saisi)"
    )


def test_plural_forms_follow_french_rules(french: QTranslator) -> None:
    """French takes the singular for 0 and 1 (Qt's rule for fr), the plural from 2."""
    source = "Due on {day}: %n day(s) late"
    forms = [QCoreApplication.translate("InvoicesTab", source, "", n) for n in (1, 2)]
    assert forms == [
        f"Échéance le {{day}}{NBSP}: 1 jour de retard",
        f"Échéance le {{day}}{NBSP}: 2 jours de retard",
    ]
