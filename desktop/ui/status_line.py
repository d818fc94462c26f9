"""A check's result as the window shows it: a coloured mark, one sentence, and the fix.

Shared by the settings and welcome dialogs. Text is plain (device names are not HTML), wraps,
and takes its size from the system font, so it stays readable at 150% scaling. Errors from
background work become a sentence here too (:func:`plain_error`): a trainee never sees a
traceback.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui import theme
from desktop.ui.background import Outcome, run_in_background

T = TypeVar("T")

MARKS = {"ok": "✓", "warning": "!", "error": "✗", "busy": "…", "idle": "•"}


def colour_for(status: str) -> str:
    return {
        "ok": theme.good(),
        "warning": theme.warn(),
        "error": theme.bad(),
        "busy": theme.info(),
    }.get(status, theme.muted())


def plain_error(error: BaseException, doing: str) -> str:
    """A sentence for an unexpected error while ``doing`` something (no traceback)."""
    message = getattr(error, "message", None) or str(error)
    text = " ".join(str(message).split())
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror + (f": {error.filename}" if error.filename else "")
    text = text or type(error).__name__
    return f"Hotseat could not {doing} ({text})."


def for_window(text: str) -> str:
    """Turn command-line advice (as `hotseat doctor` gives it) into advice for the window."""
    # the window offers typed replies itself, right under the checks
    text = re.sub(r"; meanwhile you can play with typed replies: hotseat play ID --typed", "", text)
    text = text.replace("play with typed replies: hotseat play ID --typed", "type your replies")
    text = re.sub(r"run (`hotseat doctor`|the doctor) again( while talking)?", "check again", text)
    text = text.replace("(or pass --model DIR)", "(or choose a folder in Settings)")
    text = text.replace("chosen with --model", "chosen in Settings")
    text = re.sub(r"`([^`]+)`", r"“\1”", text).strip()
    if text and text[-1] not in ".!?)”":
        text += "."
    return text


def size_for_text(widget: QWidget, width_em: int, height_lines: int) -> None:
    """Resize a dialog in units of its font (so it grows at 150%), never beyond the screen."""
    metrics = widget.fontMetrics()
    width = metrics.horizontalAdvance("M") * width_em
    height = metrics.lineSpacing() * height_lines
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * 0.95))
        height = min(height, int(room.height() * 0.9))
    widget.resize(width, height)


class Jobs:
    """A dialog's background work, all through ``run_in_background``, remembered so the dialog
    (and its tests) can tell whether any of it is still running, even after it closed."""

    def __init__(self) -> None:
        self._futures: set[Future[Any]] = set()

    def run(self, op: Callable[[], T], on_done: Callable[[Outcome[T]], None]) -> Future[T]:
        future = run_in_background(op, on_done)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return future

    def running(self) -> bool:
        return any(not future.done() for future in list(self._futures))


class StatusLine(QWidget):
    """``✓ message`` in the status colour, with the fix on its own line underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = "idle"
        self._mark = QLabel()
        self._mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        font = self._mark.font()
        font.setBold(True)
        self._mark.setFont(font)
        self._mark.setMinimumWidth(self.fontMetrics().horizontalAdvance("MM"))
        self._message = QLabel()
        self._fix = QLabel()
        for label in (self._message, self._fix):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._fix.hide()
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(2)
        text.addWidget(self._message)
        text.addWidget(self._fix)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._mark)
        row.addLayout(text, 1)
        self.clear()

    def clear(self) -> None:
        self.set("idle", "")
        self._mark.setText("")
        self.hide()

    def set(self, status: str, message: str, fix: str | None = None) -> None:
        self.status = status
        colour = colour_for(status)
        self._mark.setText(MARKS.get(status, ""))
        self._mark.setStyleSheet(f"color: {colour};")
        self._message.setText(message)
        self._message.setStyleSheet(
            f"color: {colour};" if status in ("warning", "error", "busy") else ""
        )
        self._fix.setText(f"Fix: {fix}" if fix else "")
        self._fix.setVisible(bool(fix))
        self.setAccessibleName(" ".join(p for p in (message, fix or "") if p))
        self.setVisible(bool(message))

    def message(self) -> str:
        return self._message.text()

    def fix(self) -> str:
        return self._fix.text()

    def text(self) -> str:
        return " ".join(p for p in (self._message.text(), self._fix.text()) if p)
