"""The coach's window: replay a recorded call, follow it in the transcript, annotate it.

- A timeline of the whole call: each turn a block in its speaker's lane, the customer's mood over
  it, the coach's notes as markers, the playhead; click or drag anywhere to seek.
- Transport: Play/Pause (Space), back/forward 5 s (Left/Right), speed 1x/1.5x (the voice keeps
  its pitch: :mod:`desktop.replay_audio`), the time.
- The transcript: every turn with its marks, evidence and faults (red) and the mood; the turn
  being heard is highlighted and kept in view; clicking a turn plays it (Up/Down select, Enter
  plays). A trainee turn offers "Try this moment again" (``branch_requested``).
- Coach notes on the selected turn or at the playhead's moment, listed beside their turn; a mark
  override with a reason (the original mark stays, struck through, with the override beside it).

All disk and audio work (loading the tracks, opening the speaker, starting playback, saving notes)
goes through ``run_in_background``; the GUI thread only reads the replay clock on a timer.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import session_notes
from desktop.replay_audio import CallAudio, ReplayPlayer, turn_at
from desktop.report import MARK_CHIPS
from desktop.ui import theme
from desktop.ui.background import Outcome, run_in_background
from desktop.ui.widgets import Chip, ChipFlow, WrapScroll, scaled_font

SKIP_S = 5.0
TICK_MS = 40
TYPED_TURN_S = 4.0  # a typed call has no audio: its turns are laid out this long each
MOOD_MAX = 10.0


def clock(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.5))
    return f"{seconds // 60}:{seconds % 60:02d}"


def _label(text: str = "", *, colour: str | None = None, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        label.setFont(scaled_font(label, 1.0, True))
    if colour:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(palette)
    return label


def _badge(text: str, colour: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(
        f"QLabel {{ color: {colour}; border: 1px solid {colour}; border-radius: 0.5em;"
        " padding: 0.05em 0.5em; }"
    )
    return label


def _speaker_colour(speaker: str) -> str:
    return theme.warn() if speaker == "persona" else theme.info()


# -- the timeline ----------------------------------------------------------------------------------


class CallTimeline(QWidget):
    """The whole call on a time axis: turns by speaker, the mood curve, notes, the playhead."""

    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duration_s = 1.0
        self.spans: list[dict[str, Any]] = []  # {turn, speaker, start_s, end_s}
        self.mood: list[tuple[float, float]] = []
        self.note_times: list[float] = []
        self.position_s = 0.0
        self.selected: str | None = None
        self.persona_name = "Customer"
        self.trainee_name = "Trainee"
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("Call timeline: click to jump to a moment")

    def set_call(
        self,
        duration_s: float,
        spans: list[dict[str, Any]],
        mood: list[tuple[float, float]],
        persona_name: str,
        trainee_name: str,
    ) -> None:
        self.duration_s = max(duration_s, 0.5)
        self.spans, self.mood = spans, mood
        self.persona_name, self.trainee_name = persona_name, trainee_name
        self.updateGeometry()
        self.update()

    def set_notes(self, times: list[float]) -> None:
        self.note_times = times
        self.update()

    def set_position(self, seconds: float) -> None:
        self.position_s = seconds
        self.setAccessibleDescription(f"at {clock(seconds)} of {clock(self.duration_s)}")
        self.update()

    def set_selected(self, turn_id: str | None) -> None:
        self.selected = turn_id
        self.update()

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def sizeHint(self) -> QSize:
        line = self._line()
        return QSize(round(line * 40), round(line * 11))

    def minimumSizeHint(self) -> QSize:
        line = self._line()
        return QSize(round(line * 16), round(line * 11))

    def _geometry(self) -> tuple[QRectF, float, float]:
        """The plot rectangle and the two lanes' tops (persona, trainee)."""
        line = self._line()
        gutter = line * 6
        plot = QRectF(
            gutter, line * 0.7, self.width() - gutter - line * 0.8, self.height() - line * 2.3
        )
        lane_h = self._lane_h()
        persona_top = plot.bottom() - 2 * lane_h - 3
        return plot, persona_top, persona_top + lane_h + 3

    def _lane_h(self) -> float:
        return self._line() * 1.3

    def x_for(self, seconds: float) -> float:
        plot, _p, _t = self._geometry()
        return plot.left() + plot.width() * min(max(seconds / self.duration_s, 0.0), 1.0)

    def seconds_at(self, x: float) -> float:
        plot, _p, _t = self._geometry()
        return min(max((x - plot.left()) / max(plot.width(), 1.0), 0.0), 1.0) * self.duration_s

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus()
            self.seek_requested.emit(self.seconds_at(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.seek_requested.emit(self.seconds_at(event.position().x()))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = QColor(theme.muted())
        plot, persona_top, trainee_top = self._geometry()
        lane_h = self._lane_h()
        line = self._line()
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(plot, base)
        # mood bands behind the curve: calm, warm, hot (faint)
        mood_h = persona_top - plot.top() - 8
        for low, high, colour in ((0, 4, theme.good()), (4, 7, theme.warn()), (7, 10, theme.bad())):
            band = QColor(colour)
            band.setAlpha(22)
            top = plot.top() + mood_h * (1 - high / MOOD_MAX)
            painter.fillRect(
                QRectF(plot.left(), top, plot.width(), mood_h * (high - low) / 10), band
            )
        # time ticks
        small = scaled_font(self, 0.85)
        painter.setFont(small)
        step = next(
            (s for s in (1, 2, 5, 10, 15, 30, 60, 120, 300, 600) if self.duration_s / s <= 12), 900
        )
        grid = QColor(muted)
        grid.setAlpha(60)
        for i in range(int(self.duration_s // step) + 1):
            x = self.x_for(i * step)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(muted)
            label = clock(i * step)
            width = QFontMetricsF(small).horizontalAdvance(label)
            left = min(max(x - width / 2, 0), self.width() - width)
            painter.drawText(QPointF(left, plot.bottom() + line * 1.1), label)
        # lanes and turn blocks
        for top, who in ((persona_top, "persona"), (trainee_top, "trainee")):
            lane = QColor(_speaker_colour(who))
            lane.setAlpha(28)
            painter.fillRect(QRectF(plot.left(), top, plot.width(), lane_h), lane)
        for span in self.spans:
            top = persona_top if span["speaker"] == "persona" else trainee_top
            x0, x1 = self.x_for(span["start_s"]), self.x_for(span["end_s"])
            rect = QRectF(x0, top + 1, max(x1 - x0, 3.0), lane_h - 2)
            colour = QColor(_speaker_colour(span["speaker"]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 2, 2)
            if span["turn"] == self.selected:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(text, 2))
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 3, 3)
        # the mood curve (the customer's heat: higher is angrier)
        if self.mood:
            path = QPainterPath()
            points = [
                QPointF(self.x_for(t), plot.top() + mood_h * (1 - min(m, MOOD_MAX) / MOOD_MAX))
                for t, m in self.mood
            ]
            path.moveTo(points[0])
            for point in points[1:]:
                path.lineTo(point)
            path.lineTo(QPointF(plot.right(), points[-1].y()))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(text, max(1.5, line / 9)))
            painter.drawPath(path)
            for (_t, m), point in zip(self.mood, points, strict=True):
                painter.setPen(QPen(base, 1.5))
                painter.setBrush(theme.mood_colour(m))
                painter.drawEllipse(point, line / 4, line / 4)
        # the gutter: what the curve and the lanes are
        painter.setFont(small)
        painter.setPen(muted)
        gutter = QRectF(0, 0, plot.left() - line * 0.4, 0)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(0, plot.top(), gutter.width(), line), right, "angrier")
        painter.drawText(
            QRectF(0, plot.top() + mood_h - line, gutter.width(), line), right, "calmer"
        )
        painter.drawText(
            QRectF(0, plot.top() + mood_h / 2 - line / 2, gutter.width(), line), right, "mood"
        )
        metrics = QFontMetricsF(small)
        for top, who, name in (
            (persona_top, "persona", self.persona_name),
            (trainee_top, "trainee", self.trainee_name),
        ):
            painter.setPen(QColor(_speaker_colour(who)))
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, gutter.width())
            painter.drawText(QRectF(0, top, gutter.width(), lane_h), right, shown)
        # notes: small flags on the top edge
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.info()))
        for t in self.note_times:
            x = self.x_for(t)
            flag = QPainterPath()
            flag.moveTo(x, plot.top())
            flag.lineTo(x + line * 0.45, plot.top())
            flag.lineTo(x, plot.top() + line * 0.55)
            flag.closeSubpath()
            painter.drawPath(flag)
        # the playhead
        x = self.x_for(self.position_s)
        head = QColor(theme.bad())
        painter.setPen(QPen(head, max(2.0, line / 8)))
        painter.drawLine(QPointF(x, plot.top() - line * 0.3), QPointF(x, plot.bottom()))
        painter.setBrush(head)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(x, plot.top() - line * 0.2), line * 0.22, line * 0.22)
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()


# -- one turn in the transcript --------------------------------------------------------------------


class ReplayTurnRow(QFrame):
    """A turn of the recorded call: who and when, the words, marks, faults, mood, notes."""

    activated = Signal(str)  # clicked: play this turn
    branch = Signal(str)
    remove = Signal(str)  # a note's or an override's id

    def __init__(
        self,
        turn: dict[str, Any],
        persona_name: str,
        span: dict[str, Any] | None,
        notes: list[dict[str, Any]],
        overrides: dict[str, dict[str, Any]],
    ) -> None:
        super().__init__()
        self.turn = turn
        self.turn_id: str = str(turn["id"])
        self.speaker: str = turn.get("speaker", "persona")
        self.playing_now = False  # the turn being heard
        self.is_selected = False  # the turn notes, overrides and "try again" apply to
        self.chips: list[Chip] = []
        self.struck: list[Chip] = []  # the judge's marks the coach removed
        self.given: list[Chip] = []  # marks the coach gave that the judge did not
        self.override_labels: list[QLabel] = []
        self.note_labels: list[QLabel] = []
        self.branch_button: QPushButton | None = None
        self.remove_buttons: dict[str, QToolButton] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        line = QFontMetricsF(self.font()).height()
        layout.setContentsMargins(round(line * 0.9), 6, 10, 8)
        layout.setSpacing(4)
        head = QHBoxLayout()
        when = f" · {clock(span['start_s'])}" if span else ""
        if self.speaker == "persona":
            tone = f" · {turn['tone']}" if turn.get("tone") else ""
            who = _label(f"{persona_name}{tone}{when}", colour=theme.warn(), bold=True)
        else:
            name = turn.get("trainee") or "Trainee"
            tag = " (typed)" if turn.get("typed") else (" (silent)" if turn.get("silent") else "")
            if turn.get("corrected_from") is not None:
                tag += " · corrected"
            who = _label(f"{name}{tag}{when}", colour=theme.info(), bold=True)
        head.addWidget(who, 1)
        if self.speaker == "trainee":
            self.branch_button = QPushButton("Try this moment again")
            self.branch_button.setToolTip(
                "Start a new live call from just before this reply (Ctrl+B)"
            )
            self.branch_button.clicked.connect(lambda: self.branch.emit(self.turn_id))
            head.addWidget(self.branch_button)
        layout.addLayout(head)
        self.setAccessibleName(f"{who.text()}: {turn.get('text') or ''}")
        text = turn.get("text") or ("(said nothing)" if self.speaker == "trainee" else "")
        layout.addWidget(_label(text))
        if turn.get("corrected_from") is not None:
            layout.addWidget(_label(f'Heard as: "{turn["corrected_from"]}"', colour=theme.muted()))
        if self.speaker == "trainee":
            self._marks(layout, overrides)
        for note in notes:
            where = f"at {clock(note['at_s'])} · " if note.get("at_s") is not None else ""
            label = _label(
                f"✎ {note.get('author') or 'coach'}: {where}{note['text']}", colour=theme.info()
            )
            label.setAccessibleName(f"Coach note: {note['text']}")
            self.note_labels.append(label)
            layout.addLayout(self._removable(label, str(note.get("id")), "Delete this note"))

    def _marks(self, layout: QVBoxLayout, overrides: dict[str, dict[str, Any]]) -> None:
        turn = self.turn
        flow_at = layout.count()  # the chips go right under the words
        flow = ChipFlow()
        marks = turn.get("marks") or {}
        for mark, label in MARK_CHIPS.items():
            info = marks.get(mark) or {}
            override = overrides.get(mark)
            if info.get("hit"):
                chip = self._chip(flow, Chip(label, info.get("evidence"), fault=False))
                if override is not None and not override["hit"]:
                    font = chip.font()
                    font.setStrikeOut(True)
                    chip.setFont(font)
                    chip.setToolTip(chip.toolTip() + "\nThe coach removed this mark.")
                    self.struck.append(chip)
            if override is not None and bool(override["hit"]) != bool(info.get("hit")):
                who = override.get("author") or "coach"
                if override["hit"]:
                    given = self._chip(
                        flow, Chip(f"{label} · {who}", override["reason"], fault=False)
                    )
                    given.setStyleSheet(given.styleSheet().replace(theme.good(), theme.info()))
                    self.given.append(given)
                verdict = "gave" if override["hit"] else "removed"
                judged = "given" if info.get("hit") else "not given"
                note = _label(
                    f"{who} {verdict} “{label}” (the judge: {judged}): {override['reason']}",
                    colour=theme.info(),
                )
                self.override_labels.append(note)
                layout.addLayout(
                    self._removable(note, str(override.get("id")), "Undo this override")
                )
        question = turn.get("question") or {}
        if question.get("hit"):
            self._chip(flow, Chip("Real question", question.get("evidence"), fault=False))
        for violation in turn.get("violations") or []:
            label = str(violation.get("kind", "fault")).replace("_", " ").capitalize()
            self._chip(flow, Chip(label, violation.get("evidence"), fault=True))
        if turn.get("interrupted"):
            self._chip(flow, Chip("Interrupted", None, fault=True, why="Let them finish."))
        if not flow.is_empty():
            layout.insertWidget(flow_at, flow)
        self.evidence = _label("", colour=theme.muted())
        self.evidence.hide()
        layout.addWidget(self.evidence)
        before, after = turn.get("mood_before"), turn.get("mood_after")
        if isinstance(before, int | float) and isinstance(after, int | float):
            delta = after - before
            feel = "calmer" if delta < -0.05 else "angrier" if delta > 0.05 else "no change"
            mood = _label(f"Mood {before:.1f} → {after:.1f} ({feel})", colour=theme.muted())
            layout.addWidget(mood)

    def _removable(self, label: QLabel, item_id: str, what: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(label, 1)
        button = QToolButton()
        button.setText("\u2715")
        button.setAutoRaise(True)
        button.setToolTip(what)
        button.setAccessibleName(what)
        button.clicked.connect(lambda: self.remove.emit(item_id))
        self.remove_buttons[item_id] = button
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _chip(self, flow: ChipFlow, chip: Chip) -> Chip:
        chip.shown.connect(self._show_evidence)
        self.chips.append(chip)
        flow.add(chip)
        return chip

    def _show_evidence(self, text: str) -> None:
        self.evidence.setText(text)
        self.evidence.show()

    def set_state(self, *, playing: bool, selected: bool) -> None:
        if (playing, selected) != (self.playing_now, self.is_selected):
            self.playing_now, self.is_selected = playing, selected
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus()
            self.activated.emit(self.turn_id)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.turn_id)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        colour = QColor(_speaker_colour(self.speaker))
        if self.playing_now:
            fill = self.palette().color(QPalette.ColorRole.Highlight)
            fill.setAlpha(45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 6, 6)
        elif self.speaker == "trainee":
            painter.setPen(QPen(QColor(theme.muted()), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
        bar = QFontMetricsF(self.font()).height() * 0.25
        if not self.playing_now:
            colour.setAlpha(140)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(
            QRectF(rect.left() + 3, rect.top() + 4, bar, rect.height() - 8), 2, 2
        )
        if self.is_selected or self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            if not self.is_selected:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        painter.end()


# -- the page --------------------------------------------------------------------------------------


class ReplayPage(QWidget):
    """Replay of one stored session; see the module docstring."""

    branch_requested = Signal(str, str)  # session id, trainee turn id
    back = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        player_factory: Callable[[], Any] | None = None,
        author: str = "coach",
    ) -> None:
        super().__init__(parent)
        self._player_factory = player_factory or _default_player
        self.author = author
        self.stored: Any = None
        self.persona: Any = None
        self.rows: list[ReplayTurnRow] = []
        self.spans: list[dict[str, Any]] = []
        self.notes: list[dict[str, Any]] = []
        self.overrides: dict[tuple[str, str], dict[str, Any]] = {}
        self.selected: str | None = None
        self.current: str | None = None
        self.position_s = 0.0
        self.duration_s = 0.0
        self.speed = 1.0
        self.audio: CallAudio | None = None
        self.replay: ReplayPlayer | None = None
        self._player: Any = None
        self._generation = 0
        self._wanted: tuple[str, float | None, float] | None = None  # action for the worker
        self._busy = False
        self._playing = False  # what the user asked for (the clock may lag)
        self._lock = threading.Lock()
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)
        header = QHBoxLayout()
        self.back_button = QPushButton("← Sessions")
        self.back_button.setToolTip("Back to the sessions (Alt+Left)")
        self.back_button.clicked.connect(self._back)
        header.addWidget(self.back_button)
        self.title = QLabel()
        self.title.setFont(scaled_font(self, 1.35, True))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        header.addWidget(self.title)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        header.addLayout(self.badges)
        header.addStretch(1)
        self.subtitle = _label("", colour=theme.muted())
        self.subtitle.setWordWrap(False)
        header.addWidget(self.subtitle)
        outer.addLayout(header)

        self.timeline = CallTimeline()
        self.timeline.seek_requested.connect(self.seek)
        outer.addWidget(self.timeline)

        transport = QHBoxLayout()
        transport.setSpacing(6)
        self.play_button = QPushButton("▶ Play")
        self.play_button.setToolTip("Play or pause (Space)")
        self.play_button.clicked.connect(self.toggle_play)
        self.back5 = QPushButton("\u22125 s")
        self.back5.setToolTip("Back 5 seconds (Left)")
        self.back5.clicked.connect(lambda: self.skip(-SKIP_S))
        self.fwd5 = QPushButton("+5 s")
        self.fwd5.setToolTip("Forward 5 seconds (Right)")
        self.fwd5.clicked.connect(lambda: self.skip(SKIP_S))
        for button in (self.play_button, self.back5, self.fwd5):
            transport.addWidget(button)
        transport.addSpacing(12)
        transport.addWidget(_label("Speed", colour=theme.muted()))
        self.speed_group = QButtonGroup(self)
        self.speed_buttons: dict[float, QPushButton] = {}
        highlight = self.palette().color(QPalette.ColorRole.Highlight).name()
        for speed, text in ((1.0, "1\u00d7"), (1.5, "1.5\u00d7")):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setStyleSheet(
                f"QPushButton:checked {{ border: 2px solid {highlight}; border-radius: 3px;"
                " padding: 0.15em 0.9em; }"
            )
            button.setChecked(speed == 1.0)
            button.setToolTip(f"Play at {text} (the voice keeps its pitch)")
            button.setAccessibleName(f"Speed {text}")
            button.toggled.connect(lambda on, b=button: b.setFont(scaled_font(b, 1.0, on)))
            button.setFont(scaled_font(button, 1.0, button.isChecked()))
            button.clicked.connect(lambda _=False, s=speed: self.set_speed(s))
            self.speed_group.addButton(button)
            self.speed_buttons[speed] = button
            transport.addWidget(button)
        transport.addSpacing(12)
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setFont(scaled_font(self, 1.1, True))
        self.time_label.setAccessibleName("Position")
        transport.addWidget(self.time_label)
        transport.addStretch(1)
        self.status = _label("", colour=theme.muted())
        self.status.setWordWrap(False)
        transport.addWidget(self.status)
        outer.addLayout(transport)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.scroll = WrapScroll()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName("Transcript")
        self.transcript = QWidget()
        self.transcript_layout = QVBoxLayout(self.transcript)
        self.transcript_layout.setContentsMargins(0, 0, 8, 0)
        self.transcript_layout.setSpacing(6)
        self.scroll.setWidget(self.transcript)
        split.addWidget(self.scroll)
        split.addWidget(self._side_panel())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)
        self._shortcuts()

    def _side_panel(self) -> QWidget:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        heading = QLabel("Coach notes")
        heading.setFont(scaled_font(self, 1.15, True))
        layout.addWidget(heading)
        self.selection_label = _label(
            "Select a turn, or note the moment at the playhead.", colour=theme.muted()
        )
        layout.addWidget(self.selection_label)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText("What should the trainee hear about this moment?")
        self.note_edit.setAccessibleName("Note text")
        self.note_edit.setTabChangesFocus(True)
        line = QFontMetricsF(self.font()).height()
        self.note_edit.setFixedHeight(round(line * 4.2))
        layout.addWidget(self.note_edit)
        buttons = QHBoxLayout()
        self.note_turn_button = QPushButton("Note on this turn")
        self.note_turn_button.setToolTip("Attach the note to the selected turn (Ctrl+Return)")
        self.note_turn_button.clicked.connect(self.add_note_on_turn)
        self.note_moment_button = QPushButton("Note at 0:00")
        self.note_moment_button.setToolTip("Attach the note to the playhead's moment")
        self.note_moment_button.clicked.connect(self.add_note_at_moment)
        buttons.addWidget(self.note_turn_button)
        buttons.addWidget(self.note_moment_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        layout.addSpacing(10)
        heading2 = QLabel("Override a mark")
        heading2.setFont(scaled_font(self, 1.15, True))
        layout.addWidget(heading2)
        layout.addWidget(
            _label(
                "The judge's mark stays visible, struck through, beside yours.",
                colour=theme.muted(),
            )
        )
        self.mark_box = QComboBox()
        self.mark_box.setAccessibleName("Mark to override")
        self.mark_box.currentIndexChanged.connect(self._mark_chosen)
        layout.addWidget(self.mark_box)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText("Why (required)")
        self.reason_edit.setAccessibleName("Reason for the override")
        self.reason_edit.returnPressed.connect(self.apply_override)
        layout.addWidget(self.reason_edit)
        row = QHBoxLayout()
        self.override_button = QPushButton("Override")
        self.override_button.clicked.connect(self.apply_override)
        row.addWidget(self.override_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addSpacing(10)
        self.branch_side = QPushButton("Try this moment again")
        self.branch_side.setToolTip(
            "Start a new live call from just before the selected reply, same customer and seed"
            " (Ctrl+B)"
        )
        self.branch_side.clicked.connect(self.branch_selected)
        layout.addWidget(self.branch_side)
        layout.addStretch(1)
        panel.setMinimumWidth(round(line * 18))
        return panel

    def _shortcuts(self) -> None:
        def key(sequence: Any, slot: Callable[[], None]) -> QShortcut:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            return shortcut

        # Shortcuts that would steal typing from a text field are off while one has focus.
        self._typing_keys = [
            key(Qt.Key.Key_Space, self.toggle_play),
            key(Qt.Key.Key_Left, lambda: self.skip(-SKIP_S)),
            key(Qt.Key.Key_Right, lambda: self.skip(SKIP_S)),
            key(Qt.Key.Key_Up, lambda: self._step_turn(-1)),
            key(Qt.Key.Key_Down, lambda: self._step_turn(1)),
            key(Qt.Key.Key_Home, lambda: self.seek(0.0)),
            key(Qt.Key.Key_End, lambda: self.seek(self.duration_s)),
        ]
        key("Ctrl+Return", self.add_note_on_turn)
        key("Ctrl+B", self.branch_selected)
        key("Alt+Left", self._back)
        key(QKeySequence.StandardKey.Cancel, self._back)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        typing = isinstance(new, QLineEdit | QPlainTextEdit | QComboBox)
        for shortcut in self._typing_keys:
            shortcut.setEnabled(not typing)
        # On a button, Space presses that button (as everywhere); elsewhere it plays/pauses.
        self._typing_keys[0].setEnabled(not typing and not isinstance(new, QAbstractButton))

    # -- showing a session ------------------------------------------------------------------------

    def show_session(self, stored: Any, persona: Any) -> None:
        """Show a :class:`~desktop.session_store.StoredSession` (audio and notes load in the
        background; the transcript and timeline are there at once)."""
        self.stop_audio()
        self._generation += 1
        generation = self._generation
        self.stored, self.persona = stored, persona
        self.audio, self.replay = None, None
        self.notes, self.overrides = [], {}
        self.selected, self.current = None, None
        self.position_s = 0.0
        record = stored.record
        turns = [t for t in record.get("turns") or [] if isinstance(t, dict) and t.get("id")]
        self.turns = {str(t["id"]): t for t in turns}
        self.spans = self._spans(stored, turns)
        self.duration_s = max((s["end_s"] for s in self.spans), default=0.0)
        if stored.offsets:
            self.duration_s += 0.5
        persona_name = getattr(persona, "name", None) or (record.get("persona") or {}).get(
            "name", "Customer"
        )
        self.persona_name = persona_name
        trainee = record.get("trainee") or stored.meta.get("trainee") or "Trainee"
        self.title.setText(f"{persona_name} · {trainee}")
        started = stored.meta.get("started_at") or ""
        with contextlib.suppress(TypeError, ValueError):
            started = datetime.fromisoformat(started).astimezone().strftime("%d %b %Y, %H:%M")
        score = record.get("score")
        total = score.get("total") if isinstance(score, dict) else score
        parts = [started]
        if total is not None:
            parts.append(f"score {total}")
        self.subtitle.setText(" · ".join(p for p in parts if p))
        while self.badges.count():
            item = self.badges.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.interrupted_badge: QLabel | None = None
        if stored.status == "interrupted" or record.get("interrupted"):
            self.interrupted_badge = _badge("interrupted", theme.warn())
            self.interrupted_badge.setToolTip(
                "The call stopped before its end (the app or the machine stopped); everything"
                " said until then was kept."
            )
            self.badges.addWidget(self.interrupted_badge)
        outcome = record.get("outcome")
        if outcome:
            good = outcome in ("resolved", "calmed", "won")
            self.badges.addWidget(
                _badge(str(outcome).replace("_", " "), theme.good() if good else theme.bad())
            )
        self.timeline.set_call(
            self.duration_s,
            self.spans,
            self._mood_points(record, turns),
            persona_name,
            str(trainee),
        )
        self._rebuild_rows()
        self._select(
            next((t for t in self.turns if self.turns[t].get("speaker") == "trainee"), None),
            scroll=False,
        )
        self._set_position(0.0)
        has_audio = bool(stored.offsets) and bool(stored.audio)
        for widget in (self.play_button, self.back5, self.fwd5, *self.speed_buttons.values()):
            widget.setEnabled(has_audio)
        self.status.setText("Loading the recording…" if has_audio else "Typed call: no audio")
        folder = stored.summary.folder

        def load() -> tuple[CallAudio | None, list[dict[str, Any]], dict[Any, Any]]:
            audio = CallAudio.from_session(stored) if has_audio else None
            return audio, session_notes.load_notes(folder), session_notes.overrides(folder)

        run_in_background(load, lambda outcome: self._loaded(generation, outcome))

    def _spans(self, stored: Any, turns: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if stored.offsets:
            return [
                {
                    "turn": str(o["turn"]),
                    "speaker": o["speaker"],
                    "start_s": float(o["start_s"]),
                    "end_s": float(o["end_s"]),
                }
                for o in stored.offsets
            ]
        return [  # a typed call: lay its turns out evenly so the timeline still reads
            {
                "turn": str(t["id"]),
                "speaker": t.get("speaker", "persona"),
                "start_s": i * TYPED_TURN_S,
                "end_s": (i + 0.8) * TYPED_TURN_S,
            }
            for i, t in enumerate(turns)
        ]

    def _mood_points(
        self, record: dict[str, Any], turns: list[dict[str, Any]]
    ) -> list[tuple[float, float]]:
        span = {s["turn"]: s for s in self.spans}
        start = record.get("mood_start")
        if not isinstance(start, int | float):
            start = next(
                (t.get("mood") for t in turns if isinstance(t.get("mood"), int | float)), 5.0
            )
        points = [(0.0, float(start))]
        for turn in turns:
            after = turn.get("mood_after")
            if turn.get("speaker") == "trainee" and isinstance(after, int | float):
                where = span.get(str(turn["id"]))
                t = where["end_s"] if where else points[-1][0]
                points.append((t, float(after)))
        return points

    def _loaded(self, generation: int, outcome: Outcome[Any]) -> None:
        if generation != self._generation:
            return
        if not outcome.ok:
            self.status.setText(f"Could not load the recording: {outcome.error}")
            return
        audio, notes, overrides = outcome.value
        self.audio = audio
        if audio is not None:
            last = max((s["end_s"] for s in self.spans), default=0.0)
            self.duration_s = max(last, audio.duration_s)
            self.timeline.set_call(
                self.duration_s,
                self.spans,
                self.timeline.mood,
                self.timeline.persona_name,
                self.timeline.trainee_name,
            )
            self.status.setText("")
        self._set_notes(notes, overrides)
        self._set_position(self.position_s)

    def _set_notes(self, notes: list[dict[str, Any]], overrides: dict[Any, Any]) -> None:
        self.notes, self.overrides = notes, overrides
        self.timeline.set_notes([float(n["at_s"]) for n in notes if n.get("at_s") is not None])
        self._rebuild_rows()

    def _notes_for(self, turn_id: str) -> list[dict[str, Any]]:
        out = []
        for note in self.notes:
            if note.get("turn_id") == turn_id or (
                note.get("turn_id") is None
                and note.get("at_s") is not None
                and turn_at(self.spans, float(note["at_s"])) == turn_id
            ):
                out.append(note)
        return out

    def _rebuild_rows(self) -> None:
        scroll = self.scroll.verticalScrollBar().value()
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        while self.transcript_layout.count():
            self.transcript_layout.takeAt(0)
        spans = {s["turn"]: s for s in self.spans}
        for turn_id, turn in self.turns.items():
            overrides = {m: o for (t, m), o in self.overrides.items() if t == turn_id}
            row = ReplayTurnRow(
                turn, self.persona_name, spans.get(turn_id), self._notes_for(turn_id), overrides
            )
            row.activated.connect(self.play_turn)
            row.branch.connect(self._branch)
            row.remove.connect(self.remove_note)
            row.set_state(playing=turn_id == self.current, selected=turn_id == self.selected)
            self.rows.append(row)
            self.transcript_layout.addWidget(row)
        self.transcript_layout.addStretch(1)
        self.scroll.fit()
        self.scroll.verticalScrollBar().setValue(scroll)
        self._refresh_side()

    def row(self, turn_id: str) -> ReplayTurnRow | None:
        return next((r for r in self.rows if r.turn_id == turn_id), None)

    # -- selection and position -------------------------------------------------------------------

    def _select(self, turn_id: str | None, *, scroll: bool = True) -> None:
        self.selected = turn_id
        self.timeline.set_selected(turn_id)
        for row in self.rows:
            row.set_state(playing=row.turn_id == self.current, selected=row.turn_id == turn_id)
        if scroll and turn_id is not None:
            row = self.row(turn_id)
            if row is not None:
                self.scroll.ensureWidgetVisible(row, 0, 40)
        self._refresh_side()

    def _step_turn(self, step: int) -> None:
        ids = list(self.turns)
        if not ids:
            return
        index = ids.index(self.selected) + step if self.selected in ids else 0
        turn_id = ids[max(0, min(len(ids) - 1, index))]
        self._select(turn_id)
        row = self.row(turn_id)
        if row is not None:
            row.setFocus()

    def _set_position(self, seconds: float) -> None:
        self.position_s = min(max(0.0, seconds), self.duration_s)
        self.timeline.set_position(self.position_s)
        self.time_label.setText(f"{clock(self.position_s)} / {clock(self.duration_s)}")
        self.note_moment_button.setText(f"Note at {clock(self.position_s)}")
        now = turn_at(self.spans, self.position_s)
        if now != self.current:
            self.current = now
            for row in self.rows:
                row.set_state(playing=row.turn_id == now, selected=row.turn_id == self.selected)
            if now is not None and self._playing:
                row = self.row(now)
                if row is not None:
                    self.scroll.ensureWidgetVisible(row, 0, 40)

    def _refresh_side(self) -> None:
        turn = self.turns.get(self.selected or "") if self.selected else None
        if turn is None:
            self.selection_label.setText("Select a turn, or note the moment at the playhead.")
        else:
            who = (
                self.persona_name
                if turn.get("speaker") == "persona"
                else (turn.get("trainee") or "Trainee")
            )
            text = str(turn.get("text") or "")
            short = text if len(text) <= 70 else text[:67] + "…"
            self.selection_label.setText(f'Selected: {who}: "{short}"')
        is_reply = turn is not None and turn.get("speaker") == "trainee"
        self.note_turn_button.setEnabled(turn is not None)
        self.branch_side.setEnabled(is_reply)
        self.mark_box.blockSignals(True)
        self.mark_box.clear()
        if is_reply:
            marks = turn.get("marks") or {}
            for mark, label in MARK_CHIPS.items():
                judged = bool((marks.get(mark) or {}).get("hit"))
                override = self.overrides.get((self.selected or "", mark))
                now = bool(override["hit"]) if override else judged
                state = "given" if now else "not given"
                if override:
                    state += " (by the coach)"
                self.mark_box.addItem(f"{label}: {state}", (mark, now))
        self.mark_box.blockSignals(False)
        for widget in (self.mark_box, self.reason_edit, self.override_button):
            widget.setEnabled(is_reply)
        self._mark_chosen()

    def _mark_chosen(self) -> None:
        data = self.mark_box.currentData()
        if data is None:
            self.override_button.setText("Override")
            return
        mark, now = data
        label = MARK_CHIPS.get(mark, mark)
        self.override_button.setText(f"Remove “{label}”" if now else f"Give “{label}”")

    # -- transport --------------------------------------------------------------------------------

    def toggle_play(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play()

    def play(self, from_s: float | None = None) -> None:
        if not self.play_button.isEnabled():
            return
        if from_s is not None:
            self._set_position(from_s)
        if self.position_s >= self.duration_s - 0.05:
            self._set_position(0.0)
        self._playing = True
        self.play_button.setText("❚❚ Pause")
        self._request("play", self.position_s)
        self._timer.start()

    def pause(self) -> None:
        self._playing = False
        self.play_button.setText("▶ Play")
        self._timer.stop()
        if self.replay is not None and self.replay.is_playing:
            self._set_position(self.replay.position())
        self._request("pause", self.position_s)

    def seek(self, seconds: float) -> None:
        self._set_position(seconds)
        if self._playing:
            self._request("play", self.position_s)

    def skip(self, delta: float) -> None:
        base = self.replay.position() if self.replay is not None and self._playing else None
        self.seek((self.position_s if base is None else base) + delta)

    def set_speed(self, speed: float) -> None:
        self.speed = speed
        self.speed_buttons[speed].setChecked(True)
        if self._playing:
            if self.replay is not None:
                self._set_position(self.replay.position())
            self._request("play", self.position_s)

    def play_turn(self, turn_id: str) -> None:
        """Select a turn and play it from its start."""
        self._select(turn_id, scroll=False)
        span = next((s for s in self.spans if s["turn"] == turn_id), None)
        if span is None:
            return
        if self.play_button.isEnabled():
            self.play(span["start_s"])
        else:
            self._set_position(span["start_s"])

    def _tick(self) -> None:
        replay = self.replay
        if replay is None:
            return
        if replay.is_playing:
            self._set_position(replay.position())
        elif not self._busy and self._wanted is None and self._playing:
            self._set_position(replay.position())
            self._playing = False  # the end of the call
            self.play_button.setText("▶ Play")
            self._timer.stop()

    def _request(self, action: str, at_s: float) -> None:
        """Hand the latest wish to the worker: one at a time, always the newest."""
        with self._lock:
            self._wanted = (action, at_s, self.speed)
            if self._busy:
                return
            self._busy = True
        run_in_background(self._work, self._worked)

    def _work(self) -> None:
        while True:
            with self._lock:
                wanted, self._wanted = self._wanted, None
                if wanted is None:
                    self._busy = False
                    return
            action, at_s, speed = wanted
            audio = self.audio
            if audio is None:
                if self.stored is None:
                    continue
                audio = CallAudio.from_session(self.stored)
                self.audio = audio
            if action == "pause" and self.replay is None:
                continue  # nothing is playing: no need to open the speaker
            if self._player is None:
                self._player = self._player_factory()
            if self.replay is None or self.replay.audio is not audio:
                if self.replay is not None:
                    self.replay.pause()
                self.replay = ReplayPlayer(audio, self._player)
            if action == "play":
                self.replay.play(at_s, speed)
            else:
                self.replay.pause()
                self.replay.seek(at_s or 0.0)

    def _worked(self, outcome: Outcome[None]) -> None:
        if not outcome.ok:
            with self._lock:
                self._busy = False
                self._wanted = None
            self._playing = False
            self.play_button.setText("▶ Play")
            self._timer.stop()
            self.status.setText(f"Cannot play: {outcome.error}")
            return
        self.status.setText("")

    def stop_audio(self) -> None:
        """Stop any playback (leaving the page, or another session)."""
        if self._playing:
            self.pause()
        elif self.replay is not None and self.replay.is_playing:
            self._request("pause", self.position_s)

    def close_audio(self) -> None:
        """Stop and close the speaker (the app is closing); blocking, but quick."""
        self._timer.stop()
        self._playing = False
        player, self._player = self._player, None
        self.replay = None
        if player is not None:
            player.close()

    # -- notes, overrides, branching --------------------------------------------------------------

    def add_note_on_turn(self) -> None:
        if self.selected is not None:
            self._add_note(turn_id=self.selected, at_s=None)

    def add_note_at_moment(self) -> None:
        self._add_note(turn_id=None, at_s=self.position_s)

    def _add_note(self, *, turn_id: str | None, at_s: float | None) -> None:
        text = self.note_edit.toPlainText().strip()
        if not text or self.stored is None:
            self.note_edit.setFocus()
            return
        folder, author, generation = self.stored.summary.folder, self.author, self._generation

        def save() -> tuple[list[dict[str, Any]], dict[Any, Any]]:
            session_notes.add_note(folder, text, turn_id=turn_id, at_s=at_s, author=author)
            return session_notes.load_notes(folder), session_notes.overrides(folder)

        self.note_edit.clear()
        run_in_background(save, lambda outcome: self._notes_saved(generation, outcome, text))

    def apply_override(self) -> None:
        data = self.mark_box.currentData()
        reason = self.reason_edit.text().strip()
        if data is None or self.selected is None or self.stored is None:
            return
        if not reason:
            self.reason_edit.setFocus()
            self.status.setText("An override needs a reason.")
            return
        mark, now = data
        folder, turn_id, author = self.stored.summary.folder, self.selected, self.author
        generation = self._generation

        def save() -> tuple[list[dict[str, Any]], dict[Any, Any]]:
            session_notes.override_mark(folder, turn_id, mark, not now, reason, author)
            return session_notes.load_notes(folder), session_notes.overrides(folder)

        self.reason_edit.clear()
        run_in_background(save, lambda outcome: self._notes_saved(generation, outcome, reason))

    def _notes_saved(self, generation: int, outcome: Outcome[Any], text: str) -> None:
        if generation != self._generation:
            return
        if not outcome.ok:
            self.status.setText(f"Not saved: {outcome.error}")
            if not self.note_edit.toPlainText():
                self.note_edit.setPlainText(text)
            return
        notes, overrides = outcome.value
        self._set_notes(notes, overrides)
        self.status.setText("Saved.")

    def remove_note(self, item_id: str) -> None:
        """Delete a note, or undo an override (the judge's mark is shown alone again)."""
        if self.stored is None:
            return
        folder, generation = self.stored.summary.folder, self._generation

        def save() -> tuple[list[dict[str, Any]], dict[Any, Any]]:
            session_notes.delete_note(folder, item_id)
            return session_notes.load_notes(folder), session_notes.overrides(folder)

        run_in_background(save, lambda outcome: self._notes_saved(generation, outcome, ""))

    def branch_selected(self) -> None:
        turn = self.turns.get(self.selected or "") if self.selected else None
        if turn is not None and turn.get("speaker") == "trainee":
            self._branch(str(turn["id"]))

    def _branch(self, turn_id: str) -> None:
        if self.stored is not None:
            self.stop_audio()
            self.branch_requested.emit(self.stored.id, turn_id)

    def _back(self) -> None:
        self.stop_audio()
        self.back.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.timeline.update()

    def hideEvent(self, event: Any) -> None:
        self.stop_audio()
        super().hideEvent(event)


def _default_player() -> Any:
    from audio.playback import Player

    return Player()
