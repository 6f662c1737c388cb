"""Every kind and status of message has its words, and what waits for the owner its colour."""

from __future__ import annotations

from cadence.domain.messages import MessageKind
from cadence.store.models import MessageStatus
from cadence.ui.outbox.labels import kind_label, status_colour, status_label


def test_every_kind_and_status_has_words() -> None:
    assert len({kind_label(kind) for kind in MessageKind}) == len(MessageKind)
    assert len({status_label(status) for status in MessageStatus}) == len(MessageStatus)


def test_refused_waiting_and_sent_messages_stand_out_each_in_its_colour() -> None:
    colours = [
        status_colour(status)
        for status in (MessageStatus.FAILED, MessageStatus.PREPARED, MessageStatus.SENT)
    ]
    assert len({colour.name() for colour in colours if colour is not None}) == 3
    assert status_colour(MessageStatus.QUEUED) is None
