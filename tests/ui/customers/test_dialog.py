"""The customer form: every error under its field at once, what was typed kept, and
fields that only make sense for some customers."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cadence.domain.parties import CustomerKind, Language, PaymentMethod
from cadence.services.customers import get_customer
from cadence.store.models import Customer
from cadence.ui.clock import FixedClock
from cadence.ui.customers.dialog import CustomerDialog
from cadence.ui.operations import Operations

from .conftest import Books  # type: ignore[import-not-found]


def new_dialog(operations: Operations, clock: FixedClock, qtbot: QtBot) -> CustomerDialog:
    dialog = CustomerDialog(operations, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_wrong_field_is_named_under_it_and_nothing_typed_is_lost(
    operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    dialog = new_dialog(operations, clock, qtbot)
    qtbot.keyClicks(dialog.postal_code, "6900")
    qtbot.keyClicks(dialog.email, "pas-un-email")
    dialog.invoice_by_email.click()
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        dialog.accept()
    assert "required" in dialog.errors.message_for("name")
    assert "required" in dialog.errors.message_for("address_line1")
    assert "5 digits" in dialog.errors.message_for("postal_code")
    assert "e-mail" in dialog.errors.message_for("email")
    assert dialog.errors.message_for("phone") == ""
    assert dialog.isVisible()
    assert dialog.postal_code.text() == "6900"
    assert dialog.name.hasFocus()  # the first wrong field of the first column
    with operations.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_a_company_has_a_siren_an_individual_does_not(
    operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    dialog = new_dialog(operations, clock, qtbot)
    assert not dialog.siren.isEnabled()
    assert dialog._name_label.text() == "Full name"
    dialog.company.click()
    assert dialog.siren.isEnabled()
    assert dialog.vat_number.isEnabled()
    assert dialog._name_label.text() == "Company name"
    qtbot.keyClicks(dialog.siren, "732829320")
    assert dialog.data().siren == "732829320"
    dialog.individual.click()
    # Kept on screen (greyed) in case the owner clicks back, but not saved.
    assert dialog.siren.text() == "732829320"
    assert dialog.data().siren == ""
    assert dialog.data().kind is CustomerKind.INDIVIDUAL


def test_the_delivery_address_shows_only_when_asked_for(
    operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    dialog = new_dialog(operations, clock, qtbot)
    assert not dialog.delivery_city.isVisible()
    dialog.has_delivery.click()
    assert dialog.delivery_city.isVisible()
    qtbot.keyClicks(dialog.delivery_city, "Caluire")
    assert dialog.data().delivery_city == "Caluire"
    dialog.has_delivery.click()
    assert not dialog.delivery_city.isVisible()
    assert dialog.data().delivery_city == ""


def test_editing_shows_every_field_and_saves_the_changes(
    books: Books, operations: Operations, clock: FixedClock, qtbot: QtBot
) -> None:
    record = books.customer(
        kind=CustomerKind.COMPANY,
        name="Atelier Bois SARL",
        siren="732829320",
        country="BE",
        postal_code="1000",
        city="Bruxelles",
        delivery_address_line1="2 quai aux Briques",
        delivery_postal_code="1000",
        delivery_city="Bruxelles",
        language=Language.ENGLISH,
        payment_method=PaymentMethod.CHEQUE,
        notes="Appeler avant 10 h",
    )
    dialog = CustomerDialog(operations, clock, record)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.company.isChecked()
    assert dialog.country.code() == "BE"
    assert dialog.has_delivery.isChecked()
    assert dialog.delivery_country.code() == "BE"
    assert dialog.notes.toPlainText() == "Appeler avant 10 h"
    assert dialog.data().language is Language.ENGLISH
    assert dialog.data().payment_method is PaymentMethod.CHEQUE
    dialog.phone.setText("+32 2 555 12 34")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    with operations.database.reading() as session:
        saved = get_customer(session, record.id)
    assert saved.phone == "+32 2 555 12 34"
    assert saved.delivery_city == "Bruxelles"
