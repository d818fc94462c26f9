"""Measures how long the GUI thread stops answering: a fast timer and the gaps between ticks.

A tick due every 5 ms that arrives 80 ms late means the event loop was blocked for ~80 ms (a
frozen caption, a meter that stutters). Used by the window tests and `hotseat bench window`.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer

INTERVAL_MS = 5


class StallProbe(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last: float | None = None
        self.gaps_ms: list[float] = []

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def worst_ms(self) -> float:
        """The longest stall: the largest gap beyond the timer's own interval."""
        return max((gap - INTERVAL_MS for gap in self.gaps_ms), default=0.0)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps_ms.append((now - self._last) * 1000)
        self._last = now
