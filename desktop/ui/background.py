"""The one way the window runs slow work: `run_in_background(op, on_done)`.

Anything that touches audio, the speech model or the disk runs on a worker thread; its result
(or the exception it raised) comes back to ``on_done`` on the GUI thread, through one queued
signal. Like Anki's `taskman`, there is deliberately only this path, so "never block the event
loop" is a rule that can be checked in one place.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a background operation produced: a value, or the error it raised."""

    value: T | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> T:
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


class _Courier(QObject):
    """Lives on the GUI thread; its signal carries finished work back there."""

    delivered = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._deliver)

    @staticmethod
    def _deliver(callback: Callable[[Outcome[Any]], None], outcome: Outcome[Any]) -> None:
        try:
            callback(outcome)
        except Exception:  # a bug in a handler must not take the window down
            log.error("background result handler failed:\n%s", traceback.format_exc())


_executor: ThreadPoolExecutor | None = None
_courier: _Courier | None = None


def _parts() -> tuple[ThreadPoolExecutor, _Courier]:
    global _executor, _courier
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="hotseat-bg")
    if _courier is None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("run_in_background needs a QApplication")
        _courier = _Courier()
        _courier.moveToThread(app.thread())
    return _executor, _courier


def run_in_background(
    op: Callable[[], T], on_done: Callable[[Outcome[T]], None] | None = None
) -> Future[T]:
    """Run ``op()`` on a worker; call ``on_done(Outcome)`` on the GUI thread when it ends."""
    executor, courier = _parts()

    def work() -> T:
        try:
            value = op()
        except BaseException as error:
            if on_done is not None:
                courier.delivered.emit(on_done, Outcome(error=error))
            raise
        if on_done is not None:
            courier.delivered.emit(on_done, Outcome(value=value))
        return value

    return executor.submit(work)


def shutdown_background(wait: bool = True) -> None:
    """Stop taking work (at exit); waits for running operations when ``wait``."""
    global _executor
    if _executor is not None:
        _executor.shutdown(wait=wait, cancel_futures=True)
        _executor = None
