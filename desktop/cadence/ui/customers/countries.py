"""A country chooser: names in the interface's language, codes stored."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from cadence.domain.errors import InvalidValue
from cadence.domain.identifiers import validate_country
from cadence.domain.text import search_key

HOME_COUNTRY = "FR"  # most customers of a French business live in France: listed first


@lru_cache(maxsize=4)
def countries(locale_name: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every country an address can be in, by name in `locale_name`."""
    try:
        locale = Locale.parse(locale_name)
    except (ValueError, UnknownLocaleError):
        locale = Locale("en")
    found = []
    for code, name in locale.territories.items():
        try:
            found.append((validate_country(code), name))
        except InvalidValue:
            continue  # a region or a grouping ("Europe", "World"), not a country
    return tuple(sorted(found, key=lambda pair: search_key(pair[1])))


class CountryBox(QComboBox):
    """Countries by name, France first; `code()` is what the services take.
    `blank` adds a first choice meaning "none" (a delivery country that follows
    the billing address)."""

    def __init__(self, blank: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if blank is not None:
            self.addItem(blank, "")
        name = QLocale().name()
        listed = countries(name if name and name != "C" else "en")
        for code, country in listed:
            if code == HOME_COUNTRY:
                self.addItem(country, code)
        self.insertSeparator(self.count())
        for code, country in listed:
            self.addItem(country, code)
        self.set_code(HOME_COUNTRY if blank is None else "")

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(max(index, 0))
