"""First launch: what Hotseat is, is this computer ready, and how the trainee will answer.

One page a newcomer gets through in well under a minute: two sentences about Hotseat, the same
checks as ``hotseat doctor`` (run one after the other in the background and shown as each one
completes, grouped as microphone, speakers, the customer's voice and speech recognition), the
choice between hands-free, push-to-talk and typed replies, and a big "Start practising".

The doctor's checks are used unchanged (:class:`desktop.doctor.Doctor`, its generator advanced
one check per background job); only their command-line advice is reworded for the window
(:func:`desktop.ui.status_line.for_window`). With no working microphone (none plugged in, no
sound system at all) the voice choices are disabled and typed replies are chosen, with the reason
and the fix. Finishing marks the settings ``welcomed`` and saves them in the background.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.doctor import Check, Doctor
from desktop.settings import Settings, save_settings
from desktop.ui import theme
from desktop.ui.background import Outcome
from desktop.ui.status_line import Jobs, StatusLine, for_window, plain_error, size_for_text

LEVEL_SECONDS = 3.0  # the doctor's microphone check, long enough to say a few words

ROWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("microphone", "Microphone", ("portaudio", "input_devices", "microphone_level")),
    ("speakers", "Speakers", ("output_devices", "speaker_tone")),
    ("voice", "Customer's voice", ("text_to_speech",)),
    ("model", "Speech recognition", ("speech_model",)),
)
ORDER = (  # the doctor's own order: each result is shown in its row as it comes
    "portaudio",
    "input_devices",
    "output_devices",
    "microphone_level",
    "speaker_tone",
    "text_to_speech",
    "speech_model",
)
_ROW_OF = {name: row for row, _, names in ROWS for name in names}
_RANK = {"ok": 0, "warning": 1, "error": 2}

INTRO = (
    "Hotseat lets you practise the hardest kind of customer call out loud: an upset customer "
    "speaks to you, you answer in your own words, and every reply gets honest feedback. "
    "Everything runs on this computer; nothing you say leaves it."
)

_BUSY = {
    "portaudio": "Looking for the sound system…",
    "input_devices": "Looking for a microphone…",
    "output_devices": "Looking for speakers…",
    "microphone_level": "Listening: say a few words now…",
    "speaker_tone": "Playing a short, quiet beep…",
    "text_to_speech": "Starting the customer's voice…",
    "speech_model": "Loading the speech model…",
}


_FOUND = {  # a row's first check passed; its next one comes later
    "input_devices": "Found; listening comes next.",
    "output_devices": "Found; a short, quiet beep comes next.",
}


def _ok_sentence(row: str, checks: dict[str, Check]) -> str:
    """A newcomer's sentence for a row whose checks all passed (the doctor's is the tooltip)."""
    if row == "microphone":
        device = checks["microphone_level"].details.get("device", "")
        return f"Works: “{device}” heard you."
    if row == "speakers":
        device = checks["speaker_tone"].details.get("device", "")
        return f"Works: a short beep played on “{device}”."
    if row == "voice":
        return "Ready: the customer can speak."
    model = checks["speech_model"].details.get("model", "the model")
    return f"Ready: {model} understands you on this computer, offline."


class _Row:
    """One line of the checklist: a title and the status of its checks so far."""

    def __init__(self, key: str, title: str, names: tuple[str, ...], grid: QGridLayout) -> None:
        self.key = key
        self.names = names
        self.checks: dict[str, Check] = {}
        parent = grid.parentWidget()
        self.title = QLabel(title, parent)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = StatusLine(parent)
        line = grid.rowCount()
        grid.addWidget(self.title, line, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.status, line, 1)
        self.reset()

    def reset(self) -> None:
        self.checks = {}
        self.status.set("idle", "Waiting…")
        self.status.setToolTip("")

    @property
    def complete(self) -> bool:
        return all(name in self.checks for name in self.names)

    @property
    def worst(self) -> str:
        return max((c.status for c in self.checks.values()), key=_RANK.__getitem__, default="ok")

    def running(self, name: str) -> None:
        self.status.set("busy", _BUSY[name])

    def add(self, check: Check) -> None:
        self.checks[check.name] = check
        self.status.setToolTip(
            "\n".join(f"{c.status}: {for_window(c.message)}" for c in self.checks.values())
        )
        worst = self.worst
        if worst != "ok":
            first = next(c for c in self.checks.values() if c.status == worst)
            self.status.set(
                worst, for_window(first.message), for_window(first.fix) if first.fix else None
            )
        elif self.complete:
            self.status.set("ok", _ok_sentence(self.key, self.checks))
        elif check.name in _FOUND:
            self.status.set("idle", _FOUND[check.name])


class WelcomeDialog(QDialog):
    """The first-launch welcome (see the module docstring).

    "Check again" restarts PortAudio to find a headset plugged in meanwhile, which closes every
    stream of the process: pass ``allow_rescan=False`` when the welcome is reopened during a call.
    """

    checkDone = Signal(object)
    """One doctor :class:`Check` has completed (in the doctor's order)."""
    checksFinished = Signal()
    """Every check has completed."""
    started = Signal(str)
    """The trainee pressed Start practising and the settings were saved: "voice" or "typed"."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, allow_rescan: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Hotseat")
        self._allow_rescan = allow_rescan
        self._original = settings
        self._result: Settings | None = None
        self._alive = True
        self._jobs = Jobs()
        self._run = 0  # which run of the checks a result belongs to (Check again starts another)
        self._doctor_steps: Iterator[Check] | None = None
        self._next = 0
        self._finished_checks = False
        self._saving = False
        self._save_failed = False
        self._mic_works: bool | None = None
        self._typed_for_want_of_mic: QRadioButton | None = None  # the voice choice it replaced

        title = QLabel("Welcome to Hotseat", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(INTRO, self)
        intro.setWordWrap(True)

        checks_box = QGroupBox("Is this computer ready?", self)
        grid = QGridLayout(checks_box)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(self.fontMetrics().horizontalAdvance("M"))
        self.rows = {key: _Row(key, label, names, grid) for key, label, names in ROWS}
        self.again_button = QPushButton("Check &again", checks_box)
        self.again_button.setToolTip("Plugged in a headset? Look for it and run the checks again.")
        self.again_button.clicked.connect(self.check_again)
        again_row = QHBoxLayout()
        again_row.addStretch(1)
        again_row.addWidget(self.again_button)
        grid.addLayout(again_row, grid.rowCount(), 0, 1, 2)

        answer_box = QGroupBox("How will you answer?", self)
        answers = QVBoxLayout(answer_box)
        self.hands_free_radio = QRadioButton(
            "&Hands-free: just speak; when you pause, the customer answers", answer_box
        )
        self.push_to_talk_radio = QRadioButton(
            "&Push-to-talk: hold the Space bar while you speak, let go when you are done",
            answer_box,
        )
        self.typed_radio = QRadioButton("&Type my replies (no microphone needed)", answer_box)
        self.answer_group = QButtonGroup(answer_box)
        for radio in (self.hands_free_radio, self.push_to_talk_radio, self.typed_radio):
            self.answer_group.addButton(radio)
            answers.addWidget(radio)
        {
            "push_to_talk": self.push_to_talk_radio,
            "typed": self.typed_radio,
        }.get(settings.mode, self.hands_free_radio).setChecked(True)
        self.answer_hint = QLabel(
            "Hands-free is the most natural with a headset. Push-to-talk suits a noisy room or "
            "open speakers. You can change this any time in Settings.",
            answer_box,
        )
        self.answer_hint.setWordWrap(True)
        self.answer_hint.setStyleSheet(f"color: {theme.muted()};")
        answers.addWidget(self.answer_hint)
        self.no_mic_note = StatusLine(answer_box)
        answers.addWidget(self.no_mic_note)

        self.name_edit = QLineEdit(settings.trainee, self)
        self.name_edit.setPlaceholderText("e.g. Sam")
        self.name_edit.setAccessibleName("Your first name (optional)")
        name_form = QFormLayout()
        name_form.addRow("Your first &name (optional):", self.name_edit)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(checks_box)
        layout.addWidget(answer_box)
        layout.addLayout(name_form)
        layout.addStretch(1)
        scroll = self._scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.start_button = QPushButton("&Start practising", self)
        start_font = self.start_button.font()
        start_font.setPointSizeF(start_font.pointSizeF() * 1.35)
        start_font.setBold(True)
        self.start_button.setFont(start_font)
        self.start_button.setDefault(True)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.start_button.setMinimumHeight(self.start_button.fontMetrics().height() * 2)
        pad = self.fontMetrics().horizontalAdvance("M") * 2
        self.start_button.setMinimumWidth(
            self.start_button.fontMetrics().horizontalAdvance("Start practising") + pad * 2
        )
        self.start_button.clicked.connect(self.finish)
        self.wait_label = QLabel("", self)
        self.wait_label.setStyleSheet(f"color: {theme.muted()};")
        self.save_status = StatusLine(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_status, 1)
        bottom.addWidget(self.wait_label)
        bottom.addWidget(self.start_button)

        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(bottom)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        size_for_text(self, 64, 46)

        self._start_checks(rescan=False)

    # -- public API ------------------------------------------------------------------------------

    def chosen_mode(self) -> str:
        """ "voice" or "typed" (typed whenever no microphone works)."""
        return "typed" if self.typed_radio.isChecked() else "voice"

    def settings(self) -> Settings:
        """The settings with the choices made here; ``welcomed`` is True once Start was pressed."""
        if self._result is not None:
            return self._result
        return self._collect(welcomed=False)

    def checks(self) -> list[Check]:
        """The doctor's checks completed so far, in its order."""
        done = {name: check for row in self.rows.values() for name, check in row.checks.items()}
        return [done[name] for name in ORDER if name in done]

    def checks_finished(self) -> bool:
        return self._finished_checks

    def busy(self) -> bool:
        """A check or the save is still running in the background (even after closing: the
        check in progress finishes, and no other starts)."""
        return self._jobs.running()

    def microphone_works(self) -> bool | None:
        """None until the microphone's checks are done."""
        return self._mic_works

    def check_again(self) -> None:
        """Look for devices again (a headset plugged in since) and rerun every check."""
        if not self._finished_checks:
            return
        self._start_checks(rescan=self._allow_rescan)

    def finish(self) -> None:
        """Start practising: mark the settings welcomed, save them, close."""
        if self._saving or not self.start_button.isEnabled():
            return
        new = self._collect(welcomed=True)
        if self._save_failed:  # the trainee chose to go on without saving
            self._accept_with(new)
            return
        self._saving = True
        self.start_button.setEnabled(False)
        self.save_status.set("busy", "Saving your choices…")
        self._jobs.run(lambda: save_settings(new), lambda o: self._saved(new, o))

    def _gone(self) -> bool:
        """Closed, or deleted without closing: background results are dropped."""
        return not self._alive or not shiboken6.isValid(self)

    def done(self, result: int) -> None:
        self._alive = False
        super().done(result)

    # -- checks ----------------------------------------------------------------------------------

    def _start_checks(self, rescan: bool) -> None:
        self._run += 1
        self._next = 0
        self._finished_checks = False
        self._mic_works = None
        for row in self.rows.values():
            row.reset()
        self.again_button.setEnabled(False)
        self.no_mic_note.clear()
        self._update_start()
        doctor = Doctor(model_dir=self._original.model_dir, level_seconds=LEVEL_SECONDS)
        self._doctor_steps = doctor.checks()
        run = self._run
        if rescan:

            def fresh() -> None:
                try:
                    from audio.capture import rescan_devices

                    rescan_devices()
                except Exception:  # no PortAudio: the doctor's first check says so
                    return

            self._jobs.run(fresh, lambda _: self._step(run))
        else:
            self._step(run)

    def _step(self, run: int) -> None:
        if self._gone() or run != self._run or self._doctor_steps is None:
            return
        if self._next >= len(ORDER):
            self._all_done()
            return
        name = ORDER[self._next]
        self.rows[_ROW_OF[name]].running(name)
        steps = self._doctor_steps
        self._jobs.run(lambda: next(steps, None), lambda o: self._check_done(run, name, o))

    def _check_done(self, run: int, name: str, outcome: Outcome[Check | None]) -> None:
        if self._gone() or run != self._run:
            return
        if outcome.ok and outcome.value is not None:
            check = outcome.value
        else:  # the doctor never raises, but a window must not trust that
            error = outcome.error or RuntimeError("the check returned nothing")
            check = Check(
                name,
                "error",
                plain_error(error, "finish this check"),
                fix="Press Check again; if it keeps failing, restart Hotseat.",
            )
        row = self.rows[_ROW_OF[check.name]]
        row.add(check)
        self._next += 1
        if row.key == "microphone" and row.complete:
            self._microphone_known(row.worst != "error")
        self.checkDone.emit(check)
        self._step(run)

    def _all_done(self) -> None:
        self._finished_checks = True
        self.again_button.setEnabled(True)
        self._update_start()
        self.checksFinished.emit()

    def _microphone_known(self, works: bool) -> None:
        self._mic_works = works
        for radio in (self.hands_free_radio, self.push_to_talk_radio):
            radio.setEnabled(works)
        if works:
            self.no_mic_note.clear()
            if self._typed_for_want_of_mic is not None:  # Check again found one: back to voice
                self._typed_for_want_of_mic.setChecked(True)
                self._typed_for_want_of_mic = None
        else:
            if not self.typed_radio.isChecked():
                self._typed_for_want_of_mic = (
                    self.push_to_talk_radio
                    if self.push_to_talk_radio.isChecked()
                    else self.hands_free_radio
                )
            self.typed_radio.setChecked(True)
            self.no_mic_note.set(
                "warning",
                "No microphone works right now, so you will type your replies; they are marked "
                "just like spoken ones.",
                "To speak instead, plug in a headset and press Check again.",
            )
            self._scroll.ensureWidgetVisible(self.no_mic_note)
        self._update_start()

    def _update_start(self) -> None:
        ready = self._mic_works is not None and not self._saving
        self.start_button.setEnabled(ready)
        self.wait_label.setText("" if ready else "Checking your microphone…")

    # -- finishing -------------------------------------------------------------------------------

    def _collect(self, *, welcomed: bool) -> Settings:
        changes: dict[str, Any] = {"welcomed": welcomed, "trainee": self.name_edit.text().strip()}
        if self.hands_free_radio.isChecked():
            changes["mode"] = "hands_free"
        elif self.push_to_talk_radio.isChecked():
            changes["mode"] = "push_to_talk"
        elif self.typed_radio.isChecked() and self.microphone_works():
            changes["mode"] = "typed"  # chosen, not forced by a missing microphone: remembered
        return self._original.with_changes(**changes)

    def _saved(self, new: Settings, outcome: Outcome[Any]) -> None:
        if self._gone():
            return
        self._saving = False
        if not outcome.ok:
            assert outcome.error is not None
            self._save_failed = True
            self._update_start()
            self.save_status.set(
                "error",
                plain_error(outcome.error, "save your choices"),
                "Press Start practising again to go on anyway (this welcome will show again "
                "next time), and check that your settings folder is writable.",
            )
            return
        self._accept_with(new)

    def _accept_with(self, new: Settings) -> None:
        self._result = new
        self.started.emit(self.chosen_mode())
        self.accept()


def demo(settings: Settings | None = None) -> WelcomeDialog:
    """The dialog, shown (for screenshots and trying it out): ``demo().exec()``."""
    dialog = WelcomeDialog(settings or Settings())
    dialog.show()
    return dialog
