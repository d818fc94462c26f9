"""The call screen: caption, mood, who has the floor, the transcript with marks, the checklist.

It observes a :class:`~desktop.ui.call_session.CallSession` and never touches the call itself:
every control is a request to the session, every change arrives as a signal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.checklist import checklist
from desktop.report import MARK_CHIPS
from desktop.ui import theme
from desktop.ui.call_session import CallSession
from desktop.ui.mood_chart import MoodChart
from desktop.ui.widgets import (
    Chip,
    ChipFlow,
    LevelMeter,
    MoodMeter,
    StatePill,
    WrapScroll,
    scaled_font,
)

STATUS_ICON = {"met": "✓", "waiting": "▶", "pending": "○", "missed": "✗"}


def _wrap(text: str, *, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TurnView(QFrame):
    """One turn in the transcript. Trainee turns carry their marks and the rewind controls."""

    take_back = Signal(str)
    correct = Signal(str, str)

    def __init__(self, turn: dict[str, Any], persona_name: str) -> None:
        super().__init__()
        self.turn = turn
        self.turn_id: str = turn["id"]
        self.chips: list[Chip] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        who = QLabel()
        font = QFont(who.font())
        font.setBold(True)
        who.setFont(font)
        layout.addWidget(who)
        if turn["speaker"] == "persona":
            tone = f" · {turn['tone']}" if turn.get("tone") else ""
            who.setText(f"{persona_name}{tone}")
            who.setStyleSheet(f"color: {theme.bad()};")
            layout.addWidget(_wrap(turn["text"]))
            self.setFrameShape(QFrame.Shape.NoFrame)
            return
        self.setFrameShape(QFrame.Shape.StyledPanel)
        how = "typed" if turn.get("typed") else ("silent" if turn.get("silent") else "heard")
        tag = f"You ({how})"
        if turn.get("corrected_from") is not None:
            tag += " · corrected"
        if turn.get("attempts"):
            tag += f" · attempt {len(turn['attempts']) + 1}"
        who.setText(tag)
        who.setStyleSheet(f"color: {theme.info()};")
        self.text_label = _wrap(turn["text"] or "(said nothing)")
        layout.addWidget(self.text_label)
        if turn.get("corrected_from") is not None:
            layout.addWidget(_muted(f'Heard as: "{turn["corrected_from"]}"'))
        flow = ChipFlow()
        for mark, label in MARK_CHIPS.items():
            info = turn["marks"].get(mark, {})
            if info.get("hit"):
                self._chip(flow, Chip(label, info.get("evidence"), fault=False))
        if turn["question"].get("hit"):
            self._chip(flow, Chip("Real question", turn["question"].get("evidence"), fault=False))
        for violation in turn["violations"]:
            label = violation["kind"].replace("_", " ").capitalize()
            self._chip(flow, Chip(label, violation.get("evidence"), fault=True))
        if turn.get("interrupted"):
            self._chip(flow, Chip("Interrupted", None, fault=True, why="Let them finish."))
        layout.addWidget(flow)
        self.evidence = _muted("")
        self.evidence.hide()
        layout.addWidget(self.evidence)
        delta = turn["mood_after"] - turn["mood_before"]
        feel = "calmer" if delta < -0.05 else "angrier" if delta > 0.05 else "no change"
        tips = turn.get("tips") or []
        footer = f"Mood {turn['mood_before']:.1f} → {turn['mood_after']:.1f} ({feel})"
        if tips:
            footer += f" · Tip: {tips[0]}"
        layout.addWidget(_muted(footer))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.correct_button = QPushButton("That's not what I said")
        self.correct_button.setToolTip("Fix the words; the reply is judged again (F2)")
        self.correct_button.clicked.connect(self.start_correction)
        self.back_button = QPushButton("Take that back")
        self.back_button.setToolTip("Rewind to just before this reply and answer again (Ctrl+Z)")
        self.back_button.clicked.connect(lambda: self.take_back.emit(self.turn_id))
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        self.editor = QLineEdit(turn["text"])
        self.editor.setAccessibleName("What you actually said")
        self.editor.returnPressed.connect(self._finish_correction)
        self.editor.hide()
        layout.addWidget(self.editor)

    def _chip(self, flow: ChipFlow, chip: Chip) -> None:
        chip.shown.connect(self._show_evidence)
        self.chips.append(chip)
        flow.add(chip)

    def _show_evidence(self, text: str) -> None:
        self.evidence.setText(text)
        self.evidence.show()

    def set_latest(self, latest: bool) -> None:
        if self.turn["speaker"] == "trainee":
            self.correct_button.setVisible(latest)

    def set_enabled_controls(self, enabled: bool) -> None:
        if self.turn["speaker"] == "trainee":
            self.correct_button.setEnabled(enabled)
            self.back_button.setEnabled(enabled)

    def start_correction(self) -> None:
        self.editor.show()
        self.editor.setFocus()
        self.editor.selectAll()

    def _finish_correction(self) -> None:
        text = self.editor.text().strip()
        self.editor.hide()
        if text and text != self.turn["text"]:
            self.correct.emit(self.turn_id, text)


def _muted(text: str) -> QLabel:
    label = _wrap(text)
    label.setStyleSheet(f"color: {theme.muted()};")
    return label


class ChecklistView(QFrame):
    """The method's moves: met (with the words), what the customer is waiting for, the rest."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel("What the customer needs")
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.rows: dict[str, QLabel] = {}
        for mark in ("acknowledge", "empathise", "options", "commitment", "gratitude"):
            row = _wrap("", selectable=False)
            self.rows[mark] = row
            layout.addWidget(row)
        layout.addStretch(1)
        self.items: list[Any] = []

    def update_from(self, turns: list[dict[str, Any]], finished: bool) -> None:
        self.items = checklist(turns, finished=finished)
        for item in self.items:
            row = self.rows[item.mark]
            icon = STATUS_ICON[item.status]
            if item.status == "met":
                row.setText(f'{icon} {item.label}: "{item.evidence}"')
                colour, weight = theme.good(), "normal"
            elif item.status == "waiting":
                row.setText(f"{icon} {item.label}: waiting for this. {item.hint}.")
                colour, weight = theme.warn(), "bold"
            elif item.status == "missed":
                row.setText(f"{icon} {item.label}: missed. {item.hint}.")
                colour, weight = theme.bad(), "normal"
            else:
                row.setText(f"{icon} {item.label}")
                colour, weight = theme.muted(), "normal"
            row.setStyleSheet(f"color: {colour}; font-weight: {weight};")
            row.setAccessibleName(row.text())


class CallPage(QWidget):
    """The screen a trainee is on during a call."""

    finished = Signal(dict)  # the call record
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: CallSession | None = None
        self.turn_views: list[TurnView] = []
        self.turns: list[dict[str, Any]] = []
        self._ptt_down = False

        root = QVBoxLayout(self)
        header = QHBoxLayout()
        self.who = QLabel()
        self.who.setFont(scaled_font(self.who, 1.4, bold=True))
        header.addWidget(self.who, 1)
        self.brief_button = QPushButton("Hide s&ituation")
        self.brief_button.setToolTip("The situation and what you are allowed to offer")
        self.brief_button.clicked.connect(self._toggle_brief)
        header.addWidget(self.brief_button)
        self.rec_label = QLabel("● Recording")
        self.rec_label.setToolTip("This call is recorded on this computer (Settings turn it off)")
        self.rec_label.setStyleSheet(f"color: {theme.bad()}; font-weight: bold;")
        self.rec_label.hide()
        header.addWidget(self.rec_label)
        self.state_pill = StatePill()
        header.addWidget(self.state_pill)
        root.addLayout(header)
        self.brief = _muted("")
        self.brief.setAccessibleName("The situation")
        root.addWidget(self.brief)

        self.mood_meter = MoodMeter()
        root.addWidget(self.mood_meter)

        self.caption = _wrap("", selectable=False)
        self.caption.setFont(scaled_font(self.caption, 1.5))
        self.caption.setAccessibleName("What the customer is saying")
        self.caption.setMinimumHeight(self.caption.fontMetrics().height() * 3)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        root.addWidget(self.caption)

        self.notice = _wrap("", selectable=False)
        self.notice.setStyleSheet(f"color: {theme.warn()}; font-weight: bold;")
        self.notice.hide()
        root.addWidget(self.notice)

        middle = QHBoxLayout()
        self.transcript_area = WrapScroll()
        holder = QWidget()
        self.transcript = QVBoxLayout(holder)
        self.transcript.addStretch(1)
        self.transcript_area.setWidget(holder)
        middle.addWidget(self.transcript_area, 3)
        side = QVBoxLayout()
        self.checklist = ChecklistView()
        side.addWidget(self.checklist)
        self.mood_title = QLabel("Mood so far")
        side.addWidget(self.mood_title)
        self.mood_chart = MoodChart()
        self.mood_chart.setMinimumHeight(self.fontMetrics().height() * 7)
        self.mood_chart.setMaximumHeight(self.fontMetrics().height() * 12)
        side.addWidget(self.mood_chart)
        self.mic_title = QLabel("Your microphone")
        side.addWidget(self.mic_title)
        self.level_meter = LevelMeter()
        side.addWidget(self.level_meter)
        self.mode_hint = _muted("")
        side.addWidget(self.mode_hint)
        side.addStretch(1)
        middle.addLayout(side, 2)
        root.addLayout(middle, 1)

        entry = QHBoxLayout()
        self.reply_box = QLineEdit()
        self.reply_box.setPlaceholderText("Type a reply and press Enter (always available)")
        self.reply_box.setAccessibleName("Typed reply")
        self.reply_box.returnPressed.connect(self._send)
        entry.addWidget(self.reply_box, 1)
        self.send_button = QPushButton("&Send")
        self.send_button.clicked.connect(self._send)
        entry.addWidget(self.send_button)
        root.addLayout(entry)

        controls = QHBoxLayout()
        self.pause_button = QPushButton("&Pause")
        self.pause_button.clicked.connect(self._toggle_pause)
        self.restart_button = QPushButton("&Restart")
        self.restart_button.clicked.connect(self.restart_requested.emit)
        self.end_button = QPushButton("&End call")
        self.end_button.clicked.connect(self._end)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.restart_button)
        controls.addStretch(1)
        controls.addWidget(self.end_button)
        root.addLayout(controls)

        QShortcut(QKeySequence("Ctrl+Z"), self, self._take_back_last)
        QShortcut(QKeySequence("F2"), self, self._correct_last)
        QShortcut(QKeySequence("Escape"), self, self._toggle_pause)

        self._level_timer = QTimer(self)
        self._level_timer.setInterval(50)
        self._level_timer.timeout.connect(self._poll_level)

    # -- wiring ------------------------------------------------------------------------------

    def attach(self, session: CallSession) -> None:
        """Show this call (clearing any previous one) and start it."""
        self.detach()
        self.session = session
        self.turns = []
        persona = session.persona
        self.who.setText(f"{persona.name} · {persona.difficulty}")
        self.brief.setText(" ".join(persona.brief.split()))
        self.mood_meter.set_heat(persona.mood_start)
        self.caption.setText("")
        self.notice.hide()
        self.reply_box.clear()
        self.reply_box.setEnabled(True)
        self.send_button.setEnabled(True)
        self.pause_button.setText("&Pause")
        session.persona_line.connect(self._persona_line)
        session.trainee_turn.connect(self._trainee_turn)
        session.rewound.connect(self._rewound)
        session.state_changed.connect(self._state)
        session.notice.connect(self._notice)
        session.over.connect(self._over)
        session.mood_nudged.connect(self.mood_meter.set_heat)
        self.rec_label.setVisible(session.record_call)
        self._state(session.state)
        self.checklist.update_from([], finished=False)
        self._mode_hint()
        QApplication.instance().installEventFilter(self)
        self._level_timer.start()
        for turn in session.earlier_turns:  # a branch: the call so far, for context
            self._add(turn)
            if turn["speaker"] == "trainee":
                self.mood_meter.set_heat(turn["mood_after"])
        session.start()

    def detach(self) -> None:
        if self.session is not None:
            for signal in (
                self.session.persona_line,
                self.session.trainee_turn,
                self.session.rewound,
                self.session.state_changed,
                self.session.notice,
                self.session.over,
                self.session.mood_nudged,
            ):
                signal.disconnect()
            self.session = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._level_timer.stop()
        for view in self.turn_views:
            view.deleteLater()
        self.turn_views = []

    # -- what the session says ---------------------------------------------------------------

    def _persona_line(self, turn: dict[str, Any], _speech_s: float) -> None:
        self.caption.setText(turn["text"])
        self.mood_meter.set_heat(turn["mood"])
        if any(t is turn or t["id"] == turn["id"] for t in self.turns):
            return  # said again (after a pause or a take-back): already in the transcript
        self._add(turn)

    def _trainee_turn(self, turn: dict[str, Any]) -> None:
        self._add(turn)
        self.mood_meter.set_heat(turn["mood_after"])

    def _rewound(self, turn_id: str) -> None:
        index = next((i for i, t in enumerate(self.turns) if t["id"] == turn_id), None)
        if index is None:
            return
        for view in self.turn_views[index:]:
            view.deleteLater()
        del self.turn_views[index:]
        del self.turns[index:]
        trainee = [t for t in self.turns if t["speaker"] == "trainee"]
        if trainee:
            self.mood_meter.set_heat(trainee[-1]["mood_after"])
        elif self.session is not None:
            self.mood_meter.set_heat(self.session.persona.mood_start)
        self._refresh()

    def _state(self, state: str) -> None:
        shown = state
        if state == "listening" and self.session is not None:
            if not self.session.spoken:
                shown = "typed"
            elif self.session.push_to_talk:
                shown = "ptt"
        self.state_pill.set_state(shown)
        self.pause_button.setText("&Resume" if state == "paused" else "&Pause")
        self._mode_hint()

    def _toggle_brief(self) -> None:
        shown = self.brief.isHidden()
        self.brief.setVisible(shown)
        self.brief_button.setText("Hide s&ituation" if shown else "Show s&ituation")

    def _notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _over(self, record: dict[str, Any]) -> None:
        self.rec_label.hide()
        self.reply_box.setEnabled(False)
        self.send_button.setEnabled(False)
        self._level_timer.stop()
        self.level_meter.set_level(None)
        self.checklist.update_from(self.turns, finished=True)
        for view in self.turn_views:
            view.set_enabled_controls(False)
        self.finished.emit(record)

    # -- the trainee's controls --------------------------------------------------------------

    def _send(self) -> None:
        text = self.reply_box.text().strip()
        if self.session is None or not text:
            return
        self.reply_box.setText("")  # also clears undo, so Ctrl+Z now means "take that back"
        self.session.send_text(text)

    def _toggle_pause(self) -> None:
        if self.session is None:
            return
        if self.session.state == "paused":
            self.session.resume()
        else:
            self.session.pause()

    def _end(self) -> None:
        if self.session is not None:
            self.session.end()

    def _last_trainee_view(self) -> TurnView | None:
        return next((v for v in reversed(self.turn_views) if v.turn["speaker"] == "trainee"), None)

    def _take_back_last(self) -> None:
        view = self._last_trainee_view()
        if view is not None and self.session is not None:
            self.session.take_back(view.turn_id)

    def _correct_last(self) -> None:
        view = self._last_trainee_view()
        if view is not None:
            view.start_correction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space is push-to-talk anywhere on this screen, except while typing a reply.

        Ctrl+Z in the reply box undoes typing while there is typing to undo, else it takes the
        last reply back (the box would otherwise swallow the shortcut).
        """
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and watched is self.reply_box
            and not self.reply_box.isUndoAvailable()
            and event.matches(QKeySequence.StandardKey.Undo)  # type: ignore[attr-defined]
        ):
            return True
        if (
            self.session is None
            or not self.session.push_to_talk
            or not self.isVisible()
            or event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
        ):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.key() != Qt.Key.Key_Space or isinstance(QApplication.focusWidget(), QLineEdit):
            return False
        if key_event.isAutoRepeat():
            return True
        if event.type() == QEvent.Type.KeyPress and not self._ptt_down:
            self._ptt_down = True
            self.session.press()
        elif event.type() == QEvent.Type.KeyRelease and self._ptt_down:
            self._ptt_down = False
            self.session.release()
        return True

    # -- drawing -------------------------------------------------------------------------------

    def _add(self, turn: dict[str, Any]) -> None:
        name = self.session.persona.name if self.session else ""
        view = TurnView(turn, name)
        view.take_back.connect(lambda turn_id: self.session and self.session.take_back(turn_id))
        view.correct.connect(
            lambda turn_id, text: self.session and self.session.correct(turn_id, text)
        )
        self.turns.append(turn)
        self.turn_views.append(view)
        self.transcript.insertWidget(self.transcript.count() - 1, view)
        self._refresh()
        QTimer.singleShot(0, self, self._scroll_to_end)

    def _refresh(self) -> None:
        latest = self._last_trainee_view()
        for view in self.turn_views:
            view.set_latest(view is latest)
        finished = self.session is not None and self.session.state == "over"
        self.checklist.update_from(self.turns, finished=finished)
        start = self.session.persona.mood_start if self.session else 0.0
        self.mood_chart.set_series(
            [start] + [t["mood_after"] for t in self.turns if t["speaker"] == "trainee"]
        )

    def _scroll_to_end(self) -> None:
        bar = self.transcript_area.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _poll_level(self) -> None:
        if self.session is not None:
            self.level_meter.set_level(self.session.input_dbfs())

    def _mode_hint(self) -> None:
        session = self.session
        has_mic = session is not None and session.microphone is not None
        self.level_meter.setVisible(has_mic)
        self.mic_title.setVisible(has_mic)
        if session is None:
            return
        if not session.spoken:
            hint = "Typed call: the customer's lines appear as captions."
        elif not has_mic:
            hint = "No microphone: the customer speaks, you type."
        elif session.push_to_talk:
            hint = "Push-to-talk: hold Space while you speak."
        else:
            hint = "Hands-free: just speak when the customer stops."
        self.mode_hint.setText(hint + " Ctrl+Z takes your last reply back; F2 corrects it.")
