"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 dropped a
reference to True at every signal emitted (and to None at many calls), which
aborts Python 3.11 once a count reaches zero — mid-session in a long day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    value = Signal(object)


def test_emitting_and_calling_keep_the_reference_counts_of_true_and_none(qapp: object) -> None:
    emitter = _Emitter()
    emitter.value.connect(lambda value: None)
    label = QLabel()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(500):
        emitter.value.emit(object())
        label.setText("Élodie")
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before
