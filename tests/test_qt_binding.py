"""The Qt binding we pin keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call of a Qt method that
returns nothing; a long practice session would run None's count down and crash the app
("deallocating None"). This guards the pin in pyproject.toml and requirements.lock.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_or_steal_references_to_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 50
