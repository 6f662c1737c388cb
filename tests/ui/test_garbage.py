"""The window's garbage collector: young objects often, everything once a minute,
never on its own in another thread."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from cadence.ui.garbage import (
    FULL_EVERY_SECONDS,
    FULL_WAITS_AT_MOST_SECONDS,
    YOUNG_AFTER,
    GuiThreadCollector,
)


class Node:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.myself = self


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


class Work:
    """Whether database work is under way, as the window's operations say."""

    def __init__(self) -> None:
        self.pending = 0

    def quiet(self) -> bool:
        return self.pending == 0


@pytest.fixture
def work() -> Work:
    return Work()


@pytest.fixture
def collector(clock: Clock, work: Work, qtbot: QtBot) -> Iterator[GuiThreadCollector]:
    made = GuiThreadCollector(quiet=work.quiet, clock=clock)
    yield made
    made.stop()


def cyclic_garbage() -> weakref.ref[Node]:
    return weakref.ref(Node())


def test_automatic_collection_is_off_while_the_window_runs(
    collector: GuiThreadCollector,
) -> None:
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # as the tests' own fixture keeps it


def test_young_garbage_waits_until_enough_objects_came(collector: GuiThreadCollector) -> None:
    gc.collect()  # counts start from nothing
    garbage = cyclic_garbage()
    collector.tick()
    assert garbage() is not None  # a few objects: not worth a collection yet

    many = [[] for _ in range(YOUNG_AFTER)]  # containers the collector counts
    collector.tick()
    assert garbage() is None
    assert many


def test_old_garbage_goes_at_the_minutes_full_collection(
    collector: GuiThreadCollector, clock: Clock
) -> None:
    node = Node()
    garbage = weakref.ref(node)
    gc.collect(1)  # alive then: promoted to the oldest generation
    del node
    for _ in range(3):
        [[] for _ in range(YOUNG_AFTER)]  # young collections, which do not look there
        collector.tick()
    assert garbage() is not None

    clock.now += FULL_EVERY_SECONDS
    collector.tick()
    assert garbage() is None


def test_the_full_collection_waits_for_the_database_work_to_end_within_limits(
    collector: GuiThreadCollector, clock: Clock, work: Work
) -> None:
    def old_garbage() -> weakref.ref[Node]:
        node = Node()
        garbage = weakref.ref(node)
        gc.collect(1)
        del node
        return garbage

    garbage = old_garbage()
    work.pending = 1  # a long read holds many objects a full collection would walk
    clock.now += FULL_EVERY_SECONDS
    collector.tick()
    assert garbage() is not None
    work.pending = 0
    collector.tick()
    assert garbage() is None

    garbage = old_garbage()
    work.pending = 1  # busy for ever: collected all the same, in the end
    clock.now += FULL_WAITS_AT_MOST_SECONDS
    collector.tick()
    assert garbage() is None


def test_what_the_window_holds_once_settled_is_frozen_out_of_collections(
    collector: GuiThreadCollector,
) -> None:
    frozen_before = gc.get_freeze_count()
    kept = [Node() for _ in range(100)]
    garbage = cyclic_garbage()
    collector.settle()
    assert garbage() is None  # collected first: garbage is never frozen
    assert gc.get_freeze_count() >= frozen_before + len(kept)
    collector.stop()
    assert gc.get_freeze_count() == 0
    gc.disable()
