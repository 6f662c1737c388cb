"""The outbox as the Messages tab reads it: pages, search, the summary, the owner's
actions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cadence.domain.errors import ConflictError
from cadence.domain.messages import MessageKind
from cadence.domain.parties import Language
from cadence.services.customers import CustomerRecord
from cadence.services.mail_settings import MailSettingsData, save_mail_settings
from cadence.services.outbox import (
    discard,
    list_messages,
    mark_handled,
    read_summary,
    send_again,
    write_message,
)
from cadence.store.models import Customer, MessageStatus

from .conftest import Factory  # type: ignore[import-not-found]

NOW = datetime(2027, 1, 15, 9, 0)


def write(make: Factory, customer: CustomerRecord, subject: str, minute: int) -> int:
    row = write_message(
        make.session,
        customer=make.session.get_one(Customer, customer.id),
        kind=MessageKind.REMINDER_FIRST,
        language=Language.FRENCH,
        subject=subject,
        body="Bonjour",
        now=NOW.replace(minute=minute),
        settings=MailSettingsData(),
    )
    return row.id


def test_a_page_is_newest_first_and_the_search_ignores_case_and_accents(make: Factory) -> None:
    make.company()
    helene = make.customer(name="Hélène Dupré", email="h.dupre@exemple.fr")
    obrien = make.customer(name="O'Brien & <Fils>", email="compta@obrien.fr")
    first = write(make, helene, "Rappel : facture FA2027-00001", 1)
    second = write(make, obrien, "Rappel : facture FA2027-00002", 2)
    third = write(make, helene, "Mise en demeure — facture FA2027-00003", 3)

    def ids(search: str = "", offset: int = 0, limit: int = 10) -> list[int]:
        page = list_messages(make.session, search=search, offset=offset, limit=limit)
        return [record.id for record in page]

    assert ids() == [third, second, first]
    assert ids(offset=1, limit=1) == [second]
    assert ids("helene") == [third, first]  # the customer's name, accents ignored
    assert ids("MISE EN") == [third]  # the subject
    assert ids("obrien.fr") == [second]  # the address
    assert ids("o'brien & <f") == [second]
    assert ids("100%") == []  # a LIKE wildcard is a character like any other


def test_the_summary_counts_each_status_and_the_owner_acts_on_messages(make: Factory) -> None:
    make.company()
    customer = make.customer()
    waiting = write(make, customer, "Rappel", 1)
    other = write(make, customer, "Rappel", 2)
    summary = read_summary(make.session)
    assert summary.counts == {MessageStatus.PREPARED: 2}
    assert (summary.last_sent, summary.configured) == (None, False)
    with pytest.raises(ConflictError, match="e-mail is not set up"):
        send_again(make.session, waiting, now=NOW)
    save_mail_settings(
        make.session,
        MailSettingsData(host="smtp.exemple.fr", sender_address="factures@exemple.fr"),
        today=date(2027, 1, 15),
    )
    queued = send_again(make.session, waiting, now=NOW)
    assert (queued.status, queued.next_attempt_at, queued.attempts) == (
        MessageStatus.QUEUED,
        NOW,
        0,
    )
    assert mark_handled(make.session, other, today=NOW.date()).status is MessageStatus.HANDLED
    with pytest.raises(ConflictError):
        discard(make.session, other, today=NOW.date())  # handled already: it stays so
    assert read_summary(make.session).counts == {
        MessageStatus.QUEUED: 1,
        MessageStatus.HANDLED: 1,
    }
