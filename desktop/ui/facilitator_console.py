"""The facilitator's console on the laptop: the room's roster, the rotation, the call's controls.

It drives a :class:`~desktop.ui.workshop_model.WorkshopModel`; the projector shows a
:class:`~desktop.ui.presenter_view.PresenterView` of the same model. A presenter clicker (Page
Down / Right arrow) passes the hot seat; Space stays push-to-talk. ``open_workshop`` is what the
main window calls from its menu.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.recording import consent_text, consented_trainees, record_consent
from desktop.report import MARK_CHIPS
from desktop.session_report import e
from desktop.settings import Settings, save_settings
from desktop.ui import theme
from desktop.ui.background import Outcome, run_in_background
from desktop.ui.presenter_view import ADVANCE_KEYS, PresenterView
from desktop.ui.room_audio import RoomAudio
from desktop.ui.status_line import plain_error
from desktop.ui.widgets import scaled_font
from desktop.ui.workshop_model import WorkshopModel
from desktop.voice_rig import VoiceRig
from desktop.workshop import (
    Reopened,
    Roster,
    WorkshopSummary,
    list_workshops,
    load_roster,
    reopen_workshop,
)
from desktop.workshop_report import OUTCOME_WORDS, group_report_html, group_report_pdf
from personas.model import STAGES, Persona

SCORE_COLUMNS = ("Trainee", "Calls", "Outcomes", "Marks", "Faults", "Interruptions", "Best")


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    label.setFont(scaled_font(label, scale, bold=True))
    return label


class PastWorkshops(QDialog):
    """The workshops saved on this computer, newest first; Open puts one back in the console."""


    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Past workshops")
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "Reopen a past workshop: its scoreboard and group report are "
                "rebuilt from the calls saved under the trainees' names."
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName("Past workshops")
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.open_button.setEnabled(row >= 0))
        self.resize(
            self.fontMetrics().horizontalAdvance("M") * 48, self.fontMetrics().height() * 20
        )
        self.summaries: list[WorkshopSummary] = []
        self.list.addItem("Looking for saved workshops\u2026")
        self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        run_in_background(list_workshops, self._listed)

    def _listed(self, outcome: Outcome[list[WorkshopSummary]]) -> None:
        self.list.clear()
        self.summaries = list(outcome.value or []) if outcome.ok else []
        for summary in self.summaries:
            item = QListWidgetItem(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.list.addItem(item)
        if not self.summaries:
            item = QListWidgetItem(
                "No workshop saved yet: a workshop is saved after its first call."
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        else:
            self.list.setCurrentRow(0)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class FacilitatorConsole(QWidget):
    report_saved = Signal(str)  # the path written

    def __init__(
        self,
        personas: Sequence[Persona],
        settings: Settings,
        *,
        rig: VoiceRig | None = None,
        roster: Roster | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Hotseat \u2014 workshop console")
        self.personas = tuple(personas)
        self.model = WorkshopModel(settings, roster, rig=rig, parent=self)
        self.presenter = PresenterView(self.model)
        self.consented: set[str] | None = None
        self.log_lines: list[str] = []
        self.sources: Callable[[], tuple[Settings, VoiceRig | None]] | None = None
        """Where the settings and the voice rig come from at each call (the main window's,
        which Settings may replace); None keeps the ones given here."""
        self.open_room_audio: Callable[[], None] | None = None
        """Opens the window's Settings (all of them); None hides "All settings…"."""
        self.settings_sink: Callable[[Settings], None] | None = None
        """Takes the settings the Room audio group changed (the main window's, which saves
        them); None saves them here."""
        self.seed: int | None = None
        """The next call's seed (None: a new one each call)."""

        columns = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._roster_box(), 3)
        self.room_audio = RoomAudio(lambda: self.model.settings, self.apply_settings)
        self.all_settings_button = QPushButton("All settings\u2026")
        self.all_settings_button.setToolTip("The window's Settings: speakers, voice, speech model")
        self.all_settings_button.clicked.connect(self._room_audio)
        self.all_settings_button.hide()
        self.room_audio.layout().addRow(self.all_settings_button)
        left.addWidget(self.room_audio)
        columns.addLayout(left, 2)
        columns.addWidget(self._call_box(), 3)
        columns.addWidget(self._results_box(), 3)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.model.toggle_pause)
        QShortcut(QKeySequence("Ctrl+Z"), self, self.model.take_back_last)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self._filtering = True

        m = self.model
        m.roster_changed.connect(self._fill_roster)
        m.roster_changed.connect(self._fill_scoreboard)
        m.seat_changed.connect(self._seat)
        m.state_changed.connect(self._state)
        m.call_started.connect(lambda _p: self._enable())
        m.call_over.connect(self._over)
        m.log_changed.connect(self._fill_scoreboard)
        m.control_logged.connect(self._log)
        m.notice.connect(self._log)
        m.reply_judged.connect(
            lambda t: self._log(f"{t.get('trainee')}: \u201c{t.get('text') or '(nothing)'}\u201d")
        )
        m.rewound.connect(lambda _id: self._enable())
        m.reply_judged.connect(lambda _t: self._fill_scoreboard())
        m.reply_judged.connect(self._reply_marks)
        m.rewound.connect(lambda _id: self.last_reply.setText(""))
        m.call_started.connect(lambda _p: (self.last_reply.setText(""), self.caption.setText("")))
        m.rewound.connect(lambda _id: self._fill_scoreboard())
        m.persona_line.connect(self._persona_line)
        m.scoreboard_shown.connect(self._board_shown)
        m.rotation_changed.connect(self._rotation_shown)
        self._fill_roster()
        self._fill_scoreboard()
        self._seat(m.hot_seat or "", m.next_up or "")
        self._enable()
        run_in_background(consented_trainees, self._consents)

    # -- building ---------------------------------------------------------------------------------

    def _roster_box(self) -> QGroupBox:
        box = QGroupBox("Room")
        layout = QVBoxLayout(box)
        self.roster_list = QListWidget()
        self.roster_list.setAccessibleName("Roster: ticked trainees are present")
        self.roster_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.roster_list.itemChanged.connect(self._presence_toggled)
        self.roster_list.model().rowsMoved.connect(self._dragged)
        self.roster_list.itemDoubleClicked.connect(lambda item: self.model.take_seat(item.text()))
        layout.addWidget(self.roster_list, 1)
        order = QHBoxLayout()
        self.up_button = QPushButton("\u25b2 Up")
        self.down_button = QPushButton("\u25bc Down")
        self.seat_button = QPushButton("Seat")
        self.seat_button.setToolTip("Put the selected trainee in the hot seat (or double-click)")
        self.remove_button = QPushButton("Remove")
        self.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.down_button.clicked.connect(lambda: self._move_selected(1))
        self.seat_button.clicked.connect(self._seat_selected)
        self.remove_button.clicked.connect(self._remove_selected)
        for button in (self.up_button, self.down_button, self.seat_button, self.remove_button):
            order.addWidget(button)
        layout.addLayout(order)
        hint = QLabel("Untick a name to mark them absent. Type or paste names, one a line:")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.names_edit = QPlainTextEdit()
        self.names_edit.setAccessibleName("New names")
        self.names_edit.setPlaceholderText("Sam\nAna, Ben, Chloe")
        self.names_edit.setMaximumHeight(self.fontMetrics().height() * 5)
        layout.addWidget(self.names_edit)
        self.add_button = QPushButton("Add to the room")
        self.add_button.clicked.connect(self._add_names)
        layout.addWidget(self.add_button)
        return box

    def _call_box(self) -> QGroupBox:
        box = QGroupBox("Call")
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        grid.addWidget(QLabel("Customer"), 0, 0)
        self.persona_box = QComboBox()
        for persona in self.personas:
            self.persona_box.addItem(f"{persona.name} ({persona.difficulty})", persona.id)
        grid.addWidget(self.persona_box, 0, 1)
        grid.addWidget(QLabel("Hot seat"), 1, 0)
        rotation = QHBoxLayout()
        self.by_call = QRadioButton("By call (each plays a whole call)")
        self.by_turn = QRadioButton("By turn (the room carries one call)")
        self.rotation_group = QButtonGroup(self)
        for button in (self.by_call, self.by_turn):
            self.rotation_group.addButton(button)
            rotation.addWidget(button)
        self.by_call.setChecked(True)
        self.by_call.toggled.connect(
            lambda on: self.model.set_rotation("by_call" if on else "by_turn")
        )
        grid.addLayout(rotation, 1, 1)
        options = QHBoxLayout()
        self.spoken_box = QCheckBox("Spoken (room microphone)")
        self.spoken_box.setChecked(self.model.rig is not None)
        self.spoken_box.setEnabled(self.model.rig is not None)
        self.record_box = QCheckBox("Record each call")
        self.record_box.setChecked(True)
        options.addWidget(self.spoken_box)
        options.addWidget(self.record_box)
        options.addStretch(1)
        grid.addLayout(options, 2, 1)
        layout.addLayout(grid)

        seat = QGridLayout()
        seat.addWidget(QLabel("In the hot seat"), 0, 0)
        self.hot_label = _bold(QLabel("\u2014"), 1.8)
        self.hot_label.setAccessibleName("In the hot seat")
        seat.addWidget(self.hot_label, 1, 0)
        seat.addWidget(QLabel("Next"), 0, 1)
        self.next_label = _bold(QLabel("\u2014"), 1.3)
        self.next_label.setAccessibleName("Next up")
        seat.addWidget(self.next_label, 1, 1)
        self.advance_button = QPushButton("Next trainee \u25b6  (Page Down)")
        self.advance_button.setToolTip("Pass the hot seat (a clicker's Page Down or Right arrow)")
        self.advance_button.clicked.connect(self.model.advance)
        seat.addWidget(self.advance_button, 1, 2)
        layout.addLayout(seat)

        self.state_label = _bold(QLabel("No call yet."))
        layout.addWidget(self.state_label)
        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName("What the customer said last")
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.caption)
        self.last_reply = QLabel("")
        self.last_reply.setWordWrap(True)
        self.last_reply.setAccessibleName("The last reply's marks")
        layout.addWidget(self.last_reply)
        start = QHBoxLayout()
        self.start_button = QPushButton("Start call")
        self.start_button.clicked.connect(self.start_call)
        self.end_button = QPushButton("End call")
        self.end_button.clicked.connect(self.model.end_call)
        self.pause_button = QPushButton("Pause (Esc)")
        self.pause_button.clicked.connect(self.model.toggle_pause)
        for button in (self.start_button, self.pause_button, self.end_button):
            start.addWidget(button)
        layout.addLayout(start)

        controls = QHBoxLayout()
        self.repeat_button = QPushButton("Repeat last line")
        self.repeat_button.clicked.connect(self.model.repeat_line)
        self.take_back_button = QPushButton("Take that back (Ctrl+Z)")
        self.take_back_button.setToolTip("Remove the last reply; that trainee answers again")
        self.take_back_button.clicked.connect(self.model.take_back_last)
        controls.addWidget(self.repeat_button)
        controls.addWidget(self.take_back_button)
        layout.addLayout(controls)

        nudge = QHBoxLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText("Reason (logged), e.g. good tone of voice")
        self.reason_edit.setAccessibleName("Reason for the nudge or skip")
        self.calmer_button = QPushButton("Calmer \u22121")
        self.angrier_button = QPushButton("Angrier +1")
        self.calmer_button.clicked.connect(lambda: self.nudge(-1.0))
        self.angrier_button.clicked.connect(lambda: self.nudge(1.0))
        nudge.addWidget(self.reason_edit, 1)
        nudge.addWidget(self.calmer_button)
        nudge.addWidget(self.angrier_button)
        layout.addLayout(nudge)
        skip = QHBoxLayout()
        self.stage_box = QComboBox()
        for stage in STAGES:
            self.stage_box.addItem(stage.capitalize(), stage)
        self.skip_button = QPushButton("Skip to stage")
        self.skip_button.clicked.connect(self.skip)
        skip.addWidget(self.stage_box, 1)
        skip.addWidget(self.skip_button)
        layout.addLayout(skip)

        typed = QHBoxLayout()
        self.reply_edit = QLineEdit()
        self.reply_edit.setPlaceholderText("Type the trainee's reply (typed calls), Enter to send")
        self.reply_edit.setAccessibleName("The trainee's reply")
        self.reply_edit.returnPressed.connect(self._send)
        typed.addWidget(self.reply_edit, 1)
        layout.addLayout(typed)

        windows = QHBoxLayout()
        self.projector_button = QPushButton("Show the projector view")
        self.projector_button.clicked.connect(self.show_projector)
        windows.addWidget(self.projector_button)
        layout.addLayout(windows)
        layout.addStretch(1)
        return box

    def _results_box(self) -> QGroupBox:
        box = QGroupBox("Scoreboard")
        layout = QVBoxLayout(box)
        self.score_table = QTableWidget(0, len(SCORE_COLUMNS))
        self.score_table.setHorizontalHeaderLabels(SCORE_COLUMNS)
        self.score_table.verticalHeader().hide()
        self.score_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.score_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.score_table, 3)
        layout.addWidget(_bold(QLabel("Log")))
        self.log_list = QListWidget()
        self.log_list.setAccessibleName("What happened")
        self.log_list.setWordWrap(True)
        layout.addWidget(self.log_list, 2)
        self.report_button = QPushButton("Save group report\u2026")
        self.report_button.clicked.connect(self._ask_report_path)
        layout.addWidget(self.report_button)
        ending = QHBoxLayout()
        self.board_button = QPushButton("Scoreboard on the projector")
        self.board_button.setCheckable(True)
        self.board_button.setToolTip(
            "Show the room's scoreboard on the projector (again: the call)"
        )
        self.board_button.toggled.connect(self.model.show_scoreboard)
        self.end_workshop_button = QPushButton("End the workshop")
        self.end_workshop_button.setToolTip(
            "Hang up any call, put the scoreboard on the projector and save the workshop"
        )
        self.end_workshop_button.clicked.connect(self.model.end_workshop)
        ending.addWidget(self.board_button)
        ending.addWidget(self.end_workshop_button)
        layout.addLayout(ending)
        self.past_button = QPushButton("Past workshops\u2026")
        self.past_button.setToolTip("Reopen a saved workshop: its scoreboard and group report")
        self.past_button.clicked.connect(self.choose_past_workshop)
        layout.addWidget(self.past_button)
        return box

    # -- roster -----------------------------------------------------------------------------------

    def load_saved_roster(self) -> None:
        """Read the roster saved by the last workshop (in the background)."""
        run_in_background(load_roster, self._roster_read)

    def _roster_read(self, outcome: Outcome[Roster]) -> None:
        if outcome.ok and outcome.value is not None and not self.model.roster.members:
            saved = outcome.value
            self.model.edit_roster(lambda r: r.members.extend(saved.members))

    def add_names(self, block: str) -> list[str]:
        added: list[str] = []
        self.model.edit_roster(lambda r: added.extend(r.add_block(block)))
        return added

    def _add_names(self) -> None:
        self.add_names(self.names_edit.toPlainText())
        self.names_edit.clear()

    def _selected(self) -> str | None:
        item = self.roster_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _move_selected(self, step: int) -> None:
        name = self._selected()
        if name:
            index = self.model.roster.index(name) + step
            self.model.edit_roster(lambda r: r.move(name, index))
            self.roster_list.setCurrentRow(self.model.roster.index(name))

    def _seat_selected(self) -> None:
        name = self._selected()
        if name:
            self.model.take_seat(name)

    def _remove_selected(self) -> None:
        name = self._selected()
        if name:
            self.model.edit_roster(lambda r: r.remove(name))

    def _presence_toggled(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        absent = item.checkState() != Qt.CheckState.Checked
        member = self.model.roster.find(name)
        if member is not None and member.absent != absent:
            self.model.edit_roster(lambda r: r.set_absent(name, absent))

    def _dragged(self, *_args: Any) -> None:
        order = [
            self.roster_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.roster_list.count())
        ]

        def reorder(roster: Roster) -> None:
            for index, name in enumerate(order):
                roster.move(name, index)

        self.model.edit_roster(reorder)

    def _fill_roster(self) -> None:
        hot = self.model.hot_seat
        self.roster_list.blockSignals(True)
        current = self._selected()
        self.roster_list.clear()
        for member in self.model.roster.members:
            mark = "\u25b6 " if member.name == hot else ""
            item = QListWidgetItem(f"{mark}{member.name}" + (" (absent)" if member.absent else ""))
            item.setData(Qt.ItemDataRole.UserRole, member.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if member.absent else Qt.CheckState.Checked)
            self.roster_list.addItem(item)
            if member.name == current:
                self.roster_list.setCurrentItem(item)
        self.roster_list.blockSignals(False)

    def _seat(self, hot: str, nxt: str) -> None:
        self.hot_label.setText(hot or "\u2014")
        self.next_label.setText(nxt if nxt and nxt != hot else "\u2014")
        self._fill_roster()

    # -- the call ---------------------------------------------------------------------------------

    def persona(self) -> Persona:
        persona_id = self.persona_box.currentData()
        return next(p for p in self.personas if p.id == persona_id)

    def _consents(self, outcome: Outcome[set[str]]) -> None:
        self.consented = outcome.value if outcome.ok and outcome.value is not None else set()

    def start_call(self) -> None:
        if self.model.in_call:
            return
        if not self.model.roster.present():
            self._log("Add the trainees first: the hot seat is empty.")
            return
        record = self.record_box.isChecked()
        if record:
            if self.consented is None:
                run_in_background(
                    consented_trainees, lambda o: (self._consents(o), self.start_call())
                )
                return
            missing = [n for n in self.model.roster.present() if n not in self.consented]
            if missing and not self._ask_consent(missing):
                record = False
        if self.sources is not None:
            self.model.settings, self.model.rig = self.sources()
        spoken = self.spoken_box.isChecked() and self.model.rig is not None
        self.model.start_call(self.persona(), spoken=spoken, record=record, seed=self.seed)
        self.presenter.raise_()

    def _ask_consent(self, names: list[str]) -> bool:
        answer = QMessageBox.question(
            self,
            "Record the workshop's calls?",
            f"{consent_text()}\n\nNot yet agreed: {', '.join(names)}. Have they agreed?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._log("These calls are not recorded (no consent).")
            return False
        self.consented = (self.consented or set()) | set(names)
        run_in_background(lambda: [record_consent(n) for n in names])
        return True

    def show_projector(self) -> None:
        """The presenter view, full screen on a screen the console is not on (if any)."""
        self.presenter.show_on_projector(console=self.screen())

    def _room_audio(self) -> None:
        if self.open_room_audio is not None and not self.model.in_call:
            self.open_room_audio()
            if self.sources is not None:
                self.model.settings, self.model.rig = self.sources()
                self.spoken_box.setEnabled(self.model.rig is not None)
            self.room_audio.refresh()

    def apply_settings(self, settings: Settings) -> None:
        """The Room audio group changed the settings: use them from the next call, and save."""
        self.model.settings = settings
        if self.model.rig is not None:
            self.model.rig.settings = settings
        if self.settings_sink is not None:
            self.settings_sink(settings)
        else:
            run_in_background(lambda: save_settings(settings), self._settings_saved)

    def _settings_saved(self, outcome: Outcome[Any]) -> None:
        if not outcome.ok:
            self._log(plain_error(outcome.error, "save the room audio settings"))

    def nudge(self, delta: float) -> None:
        self.model.nudge(delta, self.reason_edit.text().strip())
        self.reason_edit.clear()

    def skip(self) -> None:
        self.model.skip_to(self.stage_box.currentData(), self.reason_edit.text().strip())
        self.reason_edit.clear()

    def _send(self) -> None:
        text = self.reply_edit.text().strip()
        if text and self.model.in_call:
            self.reply_edit.clear()
            self.model.send_text(text)

    def _state(self, state: str) -> None:
        words = {
            "starting": "Getting the customer on the line\u2026",
            "persona": "The customer is speaking.",
            "listening": "Waiting for the hot seat's reply.",
            "no_mic": "Waiting for the reply: type it below.",
            "speaking": "Hearing the reply\u2026",
            "thinking": "Judging the reply\u2026",
            "paused": "Paused.",
            "over": "Call over.",
        }
        self.state_label.setText(words.get(state, state))
        self.pause_button.setText("Resume (Esc)" if state == "paused" else "Pause (Esc)")
        self._enable()

    def _enable(self) -> None:
        live = self.model.in_call
        for button in (
            self.end_button,
            self.pause_button,
            self.repeat_button,
            self.calmer_button,
            self.angrier_button,
            self.skip_button,
            self.reply_edit,
        ):
            button.setEnabled(live)
        has_reply = any(t["speaker"] == "trainee" for t in self.model.turns)
        self.take_back_button.setEnabled(live and has_reply)
        self.start_button.setEnabled(not live)
        self.persona_box.setEnabled(not live)
        self.room_audio.set_in_call(live)
        self.all_settings_button.setEnabled(not live)
        self.past_button.setEnabled(not live)
        self.report_button.setEnabled(bool(self.model.workshop.calls))

    def _persona_line(self, turn: dict[str, Any]) -> None:
        name = self.model.persona.name if self.model.persona else "Customer"
        self.caption.setText(f"{name}: \u201c{turn['text']}\u201d")

    def _reply_marks(self, turn: dict[str, Any]) -> None:
        good = [
            label
            for mark, label in MARK_CHIPS.items()
            if (turn["marks"].get(mark) or {}).get("hit")
        ]
        bad = [v["kind"].replace("_", " ") for v in turn.get("violations", [])]
        if turn.get("interrupted"):
            bad.append("interrupted")
        parts = [f'<span style="color:{theme.good()}">\u2714 {e(g)}</span>' for g in good]
        parts += [f'<span style="color:{theme.bad()}">\u2716 {e(b)}</span>' for b in bad]
        self.last_reply.setText(
            f"<b>{e(turn.get('trainee') or '')}</b>: " + (" &nbsp; ".join(parts) or "no marks")
        )

    def _over(self, record: dict[str, Any]) -> None:
        outcome = OUTCOME_WORDS.get(record.get("outcome") or "ended", record.get("outcome"))
        score = (record.get("score") or {}).get("total", 0)
        who = ", ".join(record.get("trainees") or [])
        self._log(f"Call over: {outcome}, {score}/100 ({who}).")
        self._enable()

    def _log(self, line: str) -> None:
        self.log_lines.append(line)
        self.log_list.addItem(line)
        self.log_list.scrollToBottom()

    # -- scoreboard and report --------------------------------------------------------------------

    def _fill_scoreboard(self) -> None:
        lines = self.model.scoreboard(live=True)
        self.score_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            best = "" if line.best_score is None else str(line.best_score)
            outcomes = ", ".join(OUTCOME_WORDS.get(o, o) for o in line.outcomes)
            cells = (
                line.trainee,
                str(line.calls),
                outcomes,
                str(line.marks),
                str(line.violations),
                str(line.interruptions),
                best,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4 and line.violations:
                    item.setForeground(theme.mood_colour(10))
                self.score_table.setItem(row, column, item)
        self._enable()

    def report_html(self) -> str:
        w = self.model.workshop
        return group_report_html(w.calls, w.scoreboard(), w.controls)

    def save_report(self, path: Path) -> None:
        """Write the group report (HTML, or PDF for a .pdf path) in the background."""
        markup = self.report_html()
        path = Path(path)

        def write() -> Path:
            if path.suffix.lower() == ".pdf":
                return group_report_pdf(markup, path)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(markup, encoding="utf-8")
            return path

        run_in_background(write, self._report_written)

    def _report_written(self, outcome: Outcome[Path]) -> None:
        if outcome.ok:
            self._log(f"Group report saved: {outcome.value}")
            self.report_saved.emit(str(outcome.value))
        else:
            self._log(plain_error(outcome.error, "save the group report"))

    def _ask_report_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            "Save group report",
            "workshop-report.html",
            "Web page (*.html);;PDF (*.pdf)",
        )
        if path:
            self.save_report(Path(path))

    # -- the end, and past workshops --------------------------------------------------------------

    def _board_shown(self, shown: bool) -> None:
        self.board_button.blockSignals(True)
        self.board_button.setChecked(shown)
        self.board_button.blockSignals(False)
        if shown:
            self._log("The scoreboard is on the projector.")

    def _rotation_shown(self, rotation: str) -> None:
        (self.by_call if rotation == "by_call" else self.by_turn).setChecked(True)

    def choose_past_workshop(self) -> PastWorkshops:
        """The list of saved workshops (non-modal); Open reopens the one chosen."""
        dialog = PastWorkshops(self)
        dialog.accepted.connect(lambda: self._past_chosen(dialog.chosen()))
        dialog.show()
        return dialog

    def _past_chosen(self, workshop_id: str | None) -> None:
        if workshop_id:
            self.reopen(workshop_id)

    def reopen(self, workshop_id: str) -> None:
        """Rebuild a past workshop from its saved sessions (in the background) and show it."""
        if self.model.in_call:
            self._log("End the call before reopening another workshop.")
            return
        self._log("Reopening a past workshop\u2026")
        run_in_background(lambda: reopen_workshop(workshop_id), self._reopened)

    def _reopened(self, outcome: Outcome[Reopened]) -> None:
        if not outcome.ok or outcome.value is None:
            self._log(plain_error(outcome.error, "reopen that workshop"))
            return
        if self.model.in_call:
            self._log("End the call before reopening another workshop.")
            return
        reopened = outcome.value
        self.model.reopen(reopened)
        self.log_list.clear()
        calls = len(reopened.workshop.calls)
        words = [f"Reopened the workshop of {reopened.workshop.started[:10]}: {calls} call(s)"]
        if reopened.not_recorded:
            words.append(f"{reopened.not_recorded} not recorded, so not on the scoreboard")
        if reopened.missing:
            words.append(f"{len(reopened.missing)} deleted since")
        self._log("; ".join(words) + ".")
        self.caption.setText("")
        self.last_reply.setText("")
        self.state_label.setText("No call yet.")
        self.model.show_scoreboard(True)

    # -- keys and closing -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys in either workshop window: the clicker's Page Down / Right arrow pass the seat;
        Space is push-to-talk during a spoken call. Typing in a text field is left alone."""
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return super().eventFilter(watched, event)
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched.window() not in (self, self.presenter):
            return super().eventFilter(watched, event)
        if isinstance(watched, QLineEdit | QPlainTextEdit | QComboBox):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in ADVANCE_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                self.model.advance()
            return True
        if key == Qt.Key.Key_Space and self.model.push_to_talk:
            if not event.isAutoRepeat():
                (self.model.press if kind == QEvent.Type.KeyPress else self.model.release)()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: Any) -> None:
        if not self._filtering:  # opened again after a close
            QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
            self._filtering = True
        super().showEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.model.end_call()
        self.room_audio.stop()
        self.presenter.close()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._filtering = False
        super().closeEvent(event)


def open_workshop(main_window: Any) -> FacilitatorConsole:
    """Open the workshop: the console here, the presenter view on the projector (if any)."""
    existing = getattr(main_window, "workshop_console", None)
    if isinstance(existing, FacilitatorConsole):  # the same room, roster and log as before
        existing.show()
        if not existing.presenter.isVisible():
            existing.show_projector()
        existing.raise_()
        existing.activateWindow()
        return existing

    def sources() -> tuple[Settings, VoiceRig | None]:
        voice_state = getattr(main_window, "voice_state", "ready")
        rig = main_window.rig if voice_state in ("loading", "ready") else None
        return main_window.settings, rig

    settings, rig = sources()
    console = FacilitatorConsole(main_window.personas, settings, rig=rig, parent=main_window)
    console.sources = sources
    if callable(getattr(main_window, "open_settings", None)):
        console.open_room_audio = main_window.open_settings
        console.all_settings_button.show()
    if callable(getattr(main_window, "_apply_settings", None)):
        console.settings_sink = main_window._apply_settings
    main_window.workshop_console = console

    def call_in_main_window() -> bool:
        session = getattr(main_window, "session", None)
        return session is not None and session.state != "over"

    console.room_audio.call_elsewhere = call_in_main_window
    console.load_saved_roster()
    console.room_audio.look_for_devices()
    console.resize(1280, 800)
    console.show()
    console.show_projector()
    console.activateWindow()
    return console
