"""Python's cyclic garbage collection, run on the GUI thread only, in short steps.

Left automatic, a collection starts in whichever thread happens to allocate,
a database worker included, and may destroy a Qt widget there: Qt crashes.
So automatic collection is off while the window runs and this collects from a
timer on the GUI thread (as Anki does).

A collection holds the GIL, so every thread waits for it, and it takes time in
proportion to the objects it walks: the collector must never have many to walk.
Measured on a database of a million invoices, where reading the alerts makes
700,000 objects in four seconds: collecting the young ones every two seconds
stopped the window for 200 ms, and a full collection over what the window held
for 470 ms. So the young generations are collected as soon as some thousands
of objects have come since the last time (checked forty times a second: a
collection then walks a few milliseconds' worth); everything alive once the
window is up, which stays all session, is frozen out of the full collections
(`settle`), which then walk only what came after; and a full collection waits
until no database work is under way (`quiet`), whose objects it would walk too.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 25
YOUNG_AFTER = 5_000  # objects made since the last collection
FULL_EVERY_SECONDS = 60.0
FULL_WAITS_AT_MOST_SECONDS = 300.0  # for quiet: cycles must not pile up all day


class GuiThreadCollector(QObject):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        quiet: Callable[[], bool] = lambda: True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        gc.disable()
        gc.freeze()  # the modules imported so far: never garbage
        self._quiet = quiet
        self._clock = clock
        self._last_full = clock()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self._timer.start(CHECK_EVERY_MS)

    def tick(self) -> None:
        """Collect what is due: everything once a minute when quiet, else the young
        objects once there are enough of them to be worth a look."""
        now = self._clock()
        since_full = now - self._last_full
        if since_full >= FULL_WAITS_AT_MOST_SECONDS or (
            since_full >= FULL_EVERY_SECONDS and self._quiet()
        ):
            gc.collect()
            self._last_full = now
        elif gc.get_count()[0] >= YOUNG_AFTER:
            gc.collect(1)

    def settle(self) -> None:
        """Once the window is built: collect, then freeze what is left (the window's
        widgets, which live as long as it does) out of the full collections."""
        gc.collect()
        gc.freeze()
        self._last_full = self._clock()

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        gc.enable()
