"""Who the seller is: legal identity, address and contact, and VAT regime."""

from __future__ import annotations

from collections.abc import Callable

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cadence.domain.errors import InvalidValue, Message, message
from cadence.domain.identifiers import french_vat_number, validate_country, validate_siren
from cadence.domain.tax import FRANCHISE_MENTION, VatRegime
from cadence.services.company import CompanyData
from cadence.ui.setup.form import (
    Section,
    amount_text,
    form_layout,
    hint,
    line_edit,
    parse_amount,
)

# The forms French owners meet most; any other can be typed.
LEGAL_FORMS = ("EI", "EURL", "SARL", "SASU", "SAS", "SA", "SNC", "SCOP", "Association")


def _country_names() -> list[tuple[str, str]]:
    """(code, name) of every country an address can be in, named in the interface's
    language and sorted by that name."""
    try:
        locale = Locale.parse(QLocale().name())
    except (ValueError, UnknownLocaleError):
        locale = Locale("en")
    names: list[tuple[str, str]] = []
    for code, name in locale.territories.items():
        try:
            validate_country(str(code))
        except InvalidValue:
            continue  # a region such as "Europe", or a code no address uses
        names.append((str(code), str(name)))
    return sorted(names, key=lambda pair: pair[1].casefold())


class IdentitySection(Section):
    """The legal identity printed on every invoice, the address and the contact."""

    wide = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legal_name = line_edit(self.tr("As registered, e.g. Atelier Nuage SAS"))
        self.trade_name = line_edit(self.tr("Only if you trade under another name"))
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        self.legal_form.addItems(["", *LEGAL_FORMS])
        self.legal_form.setToolTip(self.tr("Pick one, or type another"))
        self.share_capital = line_edit(self.tr("Companies only, e.g. 10000"))
        self.siren = line_edit(self.tr("9 digits"))
        self.siret = line_edit(self.tr("14 digits: the SIREN and the establishment"))
        self.registration = line_edit(self.tr("e.g. RCS Lyon, or RM 69 for craftspeople"))

        self.address_line1 = line_edit(self.tr("Number and street"))
        self.address_line2 = line_edit(self.tr("Building, floor… (optional)"))
        self.postal_code = line_edit()
        self.city = line_edit()
        self.country = QComboBox()
        countries = _country_names()
        # Nearly every owner is in France: first, above the alphabetical list.
        self.country.addItem(dict(countries).get("FR", "France"), "FR")
        self.country.insertSeparator(1)
        for code, name in countries:
            if code != "FR":
                self.country.addItem(name, code)
        self.email = line_edit(self.tr("e.g. billing@atelier-nuage.fr"))
        self.phone = line_edit(self.tr("e.g. 04 78 12 34 56"))
        self.website = line_edit(self.tr("e.g. www.atelier-nuage.fr"))

        legal = form_layout()
        legal.addRow(self.tr("Legal name *"), self.legal_name)
        legal.addRow(self.tr("Trade name"), self.trade_name)
        legal.addRow(self.tr("Legal form"), self.legal_form)
        legal.addRow(self.tr("Share capital (€)"), self.share_capital)
        legal.addRow(self.tr("SIREN *"), self.siren)
        legal.addRow(self.tr("SIRET"), self.siret)
        legal.addRow(self.tr("Registration"), self.registration)
        self._form(
            legal,
            {
                "legal_name": self.legal_name,
                "trade_name": self.trade_name,
                "legal_form": self.legal_form,
                "share_capital": self.share_capital,
                "siren": self.siren,
                "siret": self.siret,
                "registration": self.registration,
            },
        )
        contact = form_layout()
        contact.addRow(self.tr("Address *"), self.address_line1)
        contact.addRow(self.tr("Address, continued"), self.address_line2)
        contact.addRow(self.tr("Postal code *"), self.postal_code)
        contact.addRow(self.tr("City *"), self.city)
        contact.addRow(self.tr("Country *"), self.country)
        contact.addRow(self.tr("E-mail"), self.email)
        contact.addRow(self.tr("Phone"), self.phone)
        contact.addRow(self.tr("Website"), self.website)
        self._form(
            contact,
            {
                "address_line1": self.address_line1,
                "address_line2": self.address_line2,
                "postal_code": self.postal_code,
                "city": self.city,
                "country": self.country,
                "email": self.email,
                "phone": self.phone,
                "website": self.website,
            },
        )
        legal_box = QGroupBox(self.tr("Legal identity"))
        legal_box.setLayout(legal)
        contact_box = QGroupBox(self.tr("Address and contact"))
        contact_box.setLayout(contact)
        columns = QHBoxLayout()
        columns.addWidget(legal_box, 1)
        columns.addWidget(contact_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addWidget(hint(self.tr("Fields marked * are required.")))
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Your business")

    def subtitle(self) -> str:
        return self.tr(
            "French law requires these details on every invoice: they are printed "
            "in the seller's block."
        )

    def load(self, data: CompanyData) -> None:
        self.legal_name.setText(data.legal_name)
        self.trade_name.setText(data.trade_name)
        self.legal_form.setCurrentText(data.legal_form)
        self.share_capital.setText(amount_text(data.share_capital))
        self.siren.setText(data.siren)
        self.siret.setText(data.siret)
        self.registration.setText(data.registration)
        self.address_line1.setText(data.address_line1)
        self.address_line2.setText(data.address_line2)
        self.postal_code.setText(data.postal_code)
        self.city.setText(data.city)
        index = self.country.findData(data.country)
        if index < 0:  # a code this list lacks: kept, so saving changes nothing
            self.country.addItem(data.country, data.country)
            index = self.country.count() - 1
        self.country.setCurrentIndex(index)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.website.setText(data.website)

    def _capital(self) -> tuple[object, Message | None]:
        text = self.share_capital.text().strip()
        if not text:
            return None, None
        value = parse_amount(text)
        if value is None:
            return None, message(
                self.tr("“{value}” is not an amount; type it as 10000 or 1500.50"), value=text
            )
        return value, None

    def values(self) -> dict[str, object]:
        return {
            "legal_name": self.legal_name.text(),
            "trade_name": self.trade_name.text(),
            "legal_form": self.legal_form.currentText(),
            "share_capital": self._capital()[0],
            "siren": self.siren.text(),
            "siret": self.siret.text(),
            "registration": self.registration.text(),
            "address_line1": self.address_line1.text(),
            "address_line2": self.address_line2.text(),
            "postal_code": self.postal_code.text(),
            "city": self.city.text(),
            "country": str(self.country.currentData()),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "website": self.website.text(),
        }

    def unreadable(self) -> dict[str, Message]:
        error = self._capital()[1]
        return {} if error is None else {"share_capital": error}


class VatSection(Section):
    """Whether the seller charges VAT, its VAT number, and the option for VAT on debits."""

    def __init__(self, siren: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._siren = siren
        self.normal = QRadioButton(self.tr("I charge VAT (normal regime)"))
        self.franchise = QRadioButton(
            self.tr("I do not charge VAT: VAT franchise (franchise en base)")
        )
        self.normal.setChecked(True)
        self._regimes = QButtonGroup(self)
        self._regimes.addButton(self.normal)
        self._regimes.addButton(self.franchise)
        regimes = QWidget()
        regime_layout = QVBoxLayout(regimes)
        regime_layout.setContentsMargins(0, 0, 0, 0)
        regime_layout.addWidget(self.normal)
        regime_layout.addWidget(self.franchise)
        regime_layout.addWidget(
            hint(
                self.tr(
                    "Under the franchise (article 293 B of the French tax code, for small "
                    "turnovers) your invoices show no VAT and carry the mention “{mention}”."
                ).format(mention=FRANCHISE_MENTION)
            )
        )

        self.vat_number = line_edit(self.tr("e.g. FR44 732829320"))
        self.from_siren = QPushButton(self.tr("Fill in from the SIREN"))
        self.from_siren.setToolTip(
            self.tr("A French VAT number is FR, a two-digit key, then the SIREN.")
        )
        self.from_siren.clicked.connect(self._fill_from_siren)
        vat_row = QWidget()
        vat_layout = QVBoxLayout(vat_row)
        vat_layout.setContentsMargins(0, 0, 0, 0)
        vat_line = QHBoxLayout()
        vat_line.addWidget(self.vat_number, 1)
        vat_line.addWidget(self.from_siren)
        vat_layout.addLayout(vat_line)
        vat_layout.addWidget(hint(self.tr("Required when you charge VAT.")))
        vat_row.setFocusProxy(self.vat_number)

        self.vat_on_debits = QCheckBox(self.tr("I opted to pay VAT on debits"))
        debits = QWidget()
        debits_layout = QVBoxLayout(debits)
        debits_layout.setContentsMargins(0, 0, 0, 0)
        debits_layout.addWidget(self.vat_on_debits)
        debits_layout.addWidget(
            hint(
                self.tr(
                    "For services, VAT is due when you are paid. Tick this only if you chose, "
                    "with the tax office, to pay it when you invoice: your invoices then carry "
                    "the mention “Option pour le paiement de la taxe d'après les débits”."
                )
            )
        )
        debits.setFocusProxy(self.vat_on_debits)

        form = form_layout()
        form.addRow(self.tr("VAT regime"), regimes)
        form.addRow(self.tr("VAT number"), vat_row)
        form.addRow(self.tr("VAT on debits"), debits)
        self._form(form, {"vat_number": vat_row, "vat_on_debits": debits})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        self._regimes.buttonToggled.connect(self._regime_changed)
        self._regime_changed()

    def title(self) -> str:
        return self.tr("VAT")

    def subtitle(self) -> str:
        return self.tr("How your invoices handle VAT.")

    def _regime_changed(self) -> None:
        charged = self.normal.isChecked()
        # Under the franchise no VAT is due at all, so there is no option to choose.
        if not charged:
            self.vat_on_debits.setChecked(False)
        self.vat_on_debits.setEnabled(charged)

    def _fill_from_siren(self) -> None:
        try:
            siren = validate_siren(self._siren())
        except InvalidValue as error:
            self.show_errors({"vat_number": error.message})
            return
        self.vat_number.setText(french_vat_number(siren))

    def load(self, data: CompanyData) -> None:
        franchise = data.vat_regime is VatRegime.FRANCHISE
        (self.franchise if franchise else self.normal).setChecked(True)
        self.vat_number.setText(data.vat_number)
        self.vat_on_debits.setChecked(data.vat_on_debits)
        self._regime_changed()

    def values(self) -> dict[str, object]:
        return {
            "vat_regime": VatRegime.NORMAL if self.normal.isChecked() else VatRegime.FRANCHISE,
            "vat_number": self.vat_number.text(),
            "vat_on_debits": self.vat_on_debits.isChecked(),
        }
