"""Python's cyclic garbage collection, run on the GUI thread only.

Left automatic, a collection starts in whichever thread happens to allocate,
a database worker included, and may destroy a Qt widget there: Qt crashes.
So automatic collection is off while the window runs and this collects from a
timer on the GUI thread (as Anki does): the young generations often (cheap),
everything now and then. Objects alive after start-up are frozen out of the
full collections, which keeps those short.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 2_000
FULL_EVERY = 30  # young collections between two full ones


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        gc.freeze()
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(YOUNG_EVERY_MS)

    def collect(self) -> None:
        self._ticks += 1
        gc.collect(2 if self._ticks % FULL_EVERY == 0 else 1)

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()
