"""Settings: sound devices and their checks, microphone calibration, voice, turns, speech model.

The dialog edits a copy of :class:`~desktop.settings.Settings`; OK validates it, saves it (in the
background, like every disk, audio or model access here) and closes; :meth:`SettingsDialog.settings`
then gives the saved value. The checks it offers run on the devices picked in the dialog, before
they are saved:

- "Say something": records for three seconds with a live level bar and says in one sentence
  whether it heard a voice at a usable level (:mod:`desktop.mic_check`);
- "Play test tone": the doctor's short quiet beep on the chosen output;
- "Calibrate": three seconds of the quiet room set the noise floor, the voice threshold and the
  microphone lift, and one sentence says what changed;
- "Choose folder…": the folder is checked the way a call resolves it (:mod:`audio.speech_model`);
  an unusable one is explained and the previous model is kept.

Nothing here raises into the event loop: failures become a :class:`StatusLine` sentence with the
fix.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import shiboken6
from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import mic_check
from desktop.settings import Settings, save_settings
from desktop.ui import theme
from desktop.ui.background import Outcome
from desktop.ui.status_line import Jobs, StatusLine, plain_error, size_for_text

SYSTEM_DEFAULT = "System default"
FOLLOW_PERSONA = "Follow the persona (recommended)"


# How fast customers speak, times their scripted rate: slower helps in a second language.
PACES = (
    ("Slower (80%)", 0.8),
    ("As scripted", 1.0),
    ("Faster (120%)", 1.2),
    ("Much faster (140%)", 1.4),
)

class LevelProbe:
    """The latest level (0..1) written by a recording thread, read by the GUI's timer."""

    def __init__(self) -> None:
        self.value = 0.0

    def __call__(self, rms: float) -> None:
        self.value = mic_check.level_fraction(rms)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.muted()};")
    return label


def _preselect(combo: QComboBox, device: str | None) -> None:
    """Show the saved device before the list arrives (OK meanwhile keeps it)."""
    if device is not None:
        combo.addItem(device, device)
        combo.setCurrentIndex(1)


def level_bar(name: str, parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 1000)
    bar.setTextVisible(False)
    bar.setAccessibleName(name)
    bar.setMinimumWidth(parent.fontMetrics().horizontalAdvance("M") * 12)
    bar.setMaximumHeight(parent.fontMetrics().height())
    bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return bar


def fill_devices(combo: QComboBox, names: list[str], wanted: str | None) -> None:
    """Fill a device combo: the system default, the devices found, and the wanted one marked
    "(not connected)" when it is not among them; keeps the current choice."""
    current = combo.currentData() if combo.count() > 1 else wanted
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItem(SYSTEM_DEFAULT, None)
        for name in names:
            combo.addItem(name, name)
        if current is not None and current not in names:
            combo.addItem(f"{current} (not connected)", current)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))


def _scrolling(page: QWidget) -> QScrollArea:
    """A tab's page in a frameless scroll area: long messages never get clipped."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def _describe_model(model_dir: str | None) -> tuple[str, str]:
    """(where the model is, a sentence about it) for a model folder setting (background)."""
    from audio.speech_model import resolve_model

    model = resolve_model(model_dir)
    if model.source == "bundled":
        return (
            f"Bundled {model.model_id}",
            f"The bundled {model.model_id} model is intact (checksum verified) and ready.",
        )
    if model.source == "env":
        return (
            str(model.path),
            f"“{model.model_id}” from the HOTSEAT_WHISPER_MODEL environment variable looks like "
            "a faster-whisper model.",
        )
    return (
        str(model.path),
        f"“{model.model_id}” looks like a faster-whisper model; Hotseat uses it from the next "
        "call.",
    )


class SettingsDialog(QDialog):
    """Edit and save the trainee's settings (see the module docstring).

    ``allow_rescan=False`` hides "Refresh devices": looking for new devices restarts PortAudio,
    which closes every stream of the process, so a window with a call open must not offer it.
    """

    saved = Signal(object)
    """The new :class:`Settings`, once written to disk (just before the dialog closes)."""
    devicesLoaded = Signal()
    """The device combos are filled (after opening and after Refresh devices)."""
    checkFinished = Signal(str, object)
    """A check ended: ``("level" | "tone" | "calibration", Verdict)`` or
    ``("model" | "voice", sentence)``."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, allow_rescan: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Hotseat settings")
        self._allow_rescan = allow_rescan
        self._original = settings
        self._current = settings  # the calibration's values live here until OK
        self._model_dir = settings.model_dir
        self._saved: Settings | None = None
        self._alive = True
        self._jobs = Jobs()
        self._stop = threading.Event()
        self._mic_busy = False
        self._tone_busy = False
        self._preview_busy = False
        self._devices_ready = False
        self._found: dict[str, list[str]] = {"inputs": [], "outputs": []}
        self._saving = False
        self._model_token = 0
        self._probe = LevelProbe()
        self._meter = QTimer(self)
        self._meter.setInterval(40)
        self._meter.timeout.connect(self._show_level)
        self._active_bar: QProgressBar | None = None

        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scrolling(self._sound_tab()), "&Sound")
        self.tabs.addTab(_scrolling(self._conversation_tab()), "C&onversation")
        self.tabs.addTab(_scrolling(self._model_tab()), "Speech &model")
        self.tabs.addTab(_scrolling(self._recordings_tab()), "Recordin&gs")

        self.save_status = StatusLine(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.save_status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        size_for_text(self, 60, 42)

        for first, second in pairwise(self._tab_chain):
            QWidget.setTabOrder(first, second)
        self._load_devices(rescan=False)
        self._load_voices()
        self._check_model(self._model_dir, initial=True)
        self._update_buttons()

    # -- tabs ------------------------------------------------------------------------------------

    def _sound_tab(self) -> QWidget:
        page = QWidget()
        devices = QGroupBox("Microphone and speakers", page)
        group = QVBoxLayout(devices)
        self.device_status = StatusLine(devices)
        self.refresh_button = QPushButton("&Refresh devices", devices)
        self.refresh_button.setToolTip("Look again for microphones and speakers plugged in since.")
        self.refresh_button.clicked.connect(lambda: self._load_devices(rescan=True))
        refresh_row = QHBoxLayout()
        refresh_row.addWidget(self.device_status, 1)
        refresh_row.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        self.refresh_button.setVisible(self._allow_rescan)
        group.addLayout(refresh_row)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        group.addLayout(form)

        self.input_combo = QComboBox(devices)
        self.input_combo.addItem(SYSTEM_DEFAULT, None)
        _preselect(self.input_combo, self._original.input_device)
        self.input_combo.currentIndexChanged.connect(self._microphone_changed)
        self.input_combo.setAccessibleName("Microphone")
        form.addRow("M&icrophone:", self.input_combo)

        self.level_button = QPushButton("Sa&y something", devices)
        self.level_button.setToolTip("Records for 3 seconds: talk as you would on a call.")
        self.level_button.clicked.connect(self.check_level)
        self.level_bar = level_bar("Microphone level", devices)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level_button)
        level_row.addWidget(self.level_bar, 1)
        form.addRow("", level_row)
        self.level_status = StatusLine(devices)
        form.addRow("", self.level_status)

        self.output_combo = QComboBox(devices)
        self.output_combo.addItem(SYSTEM_DEFAULT, None)
        _preselect(self.output_combo, self._original.output_device)
        self.output_combo.setAccessibleName("Speakers")
        form.addRow("Spea&kers:", self.output_combo)

        self.tone_button = QPushButton("&Play test tone", devices)
        self.tone_button.clicked.connect(self.play_test_tone)
        tone_row = QHBoxLayout()
        tone_row.addWidget(self.tone_button)
        tone_row.addStretch(1)
        form.addRow("", tone_row)
        self.tone_status = StatusLine(devices)
        form.addRow("", self.tone_status)

        calibration = QGroupBox("Microphone calibration", page)
        box = QVBoxLayout(calibration)
        box.addWidget(
            _hint(
                "Press Calibrate and stay quiet for 3 seconds: Hotseat measures your room's "
                "background noise and sets how clearly speech must stand out from it."
            )
        )
        self.calibrate_button = QPushButton("C&alibrate", calibration)
        self.calibrate_button.clicked.connect(self.calibrate)
        self.calibration_bar = level_bar("Room level", calibration)
        row = QHBoxLayout()
        row.addWidget(self.calibrate_button)
        row.addWidget(self.calibration_bar, 1)
        box.addLayout(row)
        self.calibration_status = StatusLine(calibration)
        box.addWidget(self.calibration_status)
        self.calibration_values = _hint("")
        box.addWidget(self.calibration_values)
        self._show_calibration_values()

        self._tab_chain: list[QWidget] = [
            self.input_combo,
            self.level_button,
            self.output_combo,
            self.tone_button,
            self.refresh_button,
            self.calibrate_button,
        ]
        layout = QVBoxLayout(page)
        layout.addWidget(devices)
        layout.addWidget(calibration)
        layout.addStretch(1)
        return page

    def _recordings_tab(self) -> QWidget:
        from desktop.recording import sessions_root

        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.record_check = QCheckBox("Record calls o&n this computer", page)
        self.record_check.setChecked(bool(self._original.record))
        form.addRow(self.record_check)
        form.addRow(
            _hint(
                "Both voices, the transcript, the marks and the mood, so you and your coach can "
                f"replay a call. They stay in {sessions_root()}, readable only by your account; "
                "nothing is ever sent anywhere."
            )
        )
        self.retention_spin = QSpinBox(page)
        self.retention_spin.setRange(0, 3650)
        self.retention_spin.setSuffix(" days")
        self.retention_spin.setSpecialValueText("never (keep them)")
        self.retention_spin.setValue(int(self._original.retention_days))
        self.retention_spin.setAccessibleName("Delete recordings after this many days")
        form.addRow("Delete re&cordings after:", self.retention_spin)
        form.labelForField(self.retention_spin).setBuddy(self.retention_spin)
        self.forget_edit = QLineEdit(page)
        self.forget_edit.setPlaceholderText("the trainee's name")
        self.forget_edit.setAccessibleName("Name of the trainee to forget")
        self.forget_button = QPushButton("Forget a trainee's &whole history…", page)
        self.forget_button.clicked.connect(self.forget_trainee)
        forget_row = QHBoxLayout()
        forget_row.addWidget(self.forget_edit, 1)
        forget_row.addWidget(self.forget_button)
        form.addRow("Forget:", forget_row)
        self.forget_status = StatusLine(page)
        form.addRow("", self.forget_status)
        return page

    def forget_trainee(self) -> None:
        """Erase every recording and record of one person, after a confirmation."""
        name = self.forget_edit.text().strip()
        if not name:
            self.forget_status.set("error", "Type the name of the trainee to forget first.")
            return
        answer = QMessageBox.question(
            self,
            "Forget a trainee",
            f"Erase every recording and record of “{name}” on this computer? Calls they did "
            "alone are deleted; in shared workshop calls their words and voice are removed. "
            "This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from desktop.session_store import SessionStore

        self.forget_status.set("busy", f"Forgetting {name}…")
        self._jobs.run(lambda: SessionStore().forget_trainee(name), self._forgotten)

    def _forgotten(self, outcome: Outcome[Any]) -> None:
        if self._gone():
            return
        if not outcome.ok:
            self.forget_status.set("error", plain_error(outcome.error, "forget this trainee"))
            return
        report = outcome.unwrap()
        text = (
            f"Done: {len(report.deleted)} call(s) deleted, {len(report.redacted)} shared "
            "call(s) cleaned."
        )
        if report.skipped:
            text += f" {len(report.skipped)} call(s) still being recorded: try again after."
        self.forget_status.set("ok", text)

    def _conversation_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.voice_combo = QComboBox(page)
        self.voice_combo.addItem(FOLLOW_PERSONA, None)
        self.voice_combo.setAccessibleName("Persona voice")
        if self._original.voice:
            self.voice_combo.addItem(self._original.voice, self._original.voice)
            self.voice_combo.setCurrentIndex(1)
        self.voice_combo.currentIndexChanged.connect(lambda _: self._update_buttons())
        self.preview_button = QPushButton("&Try this voice", page)
        self.preview_button.setToolTip("Says one of a customer's lines in this voice.")
        self.preview_button.clicked.connect(self.preview_voice)
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice_combo, 1)
        voice_row.addWidget(self.preview_button)
        form.addRow("Persona &voice:", voice_row)
        form.labelForField(voice_row).setBuddy(self.voice_combo)
        self.voice_status = StatusLine(page)
        form.addRow("", self.voice_status)
        form.addRow(
            "",
            _hint(
                "Each persona has a voice of its own that changes with their mood; pick a voice "
                "here only if you find another one easier to understand."
            ),
        )

        self.pace_combo = QComboBox(page)
        for label, pace in PACES:
            self.pace_combo.addItem(label, pace)
        current = float(self._original.customer_pace)
        if self.pace_combo.findData(current) < 0:  # a value set by hand in settings.json
            self.pace_combo.addItem(f"{current:.0%} of the scripted pace", current)
        self.pace_combo.setCurrentIndex(self.pace_combo.findData(current))
        self.pace_combo.setAccessibleName("How fast the customer speaks")
        form.addRow("C&ustomer's pace:", self.pace_combo)

        self.silence_spin = QSpinBox(page)
        self.silence_spin.setRange(200, 3000)
        self.silence_spin.setSingleStep(50)
        self.silence_spin.setSuffix(" ms")
        self.silence_spin.setValue(int(self._original.end_silence_ms))
        self.silence_spin.setAccessibleName("End-of-turn silence in milliseconds")
        form.addRow("&End-of-turn silence:", self.silence_spin)
        form.addRow(
            "",
            _hint(
                "How long you must pause before the customer answers: shorter feels snappier, "
                "longer lets you stop to think mid-sentence without being cut off."
            ),
        )

        self.hands_free_radio = QRadioButton(
            "&Hands-free: just speak; a pause ends your turn", page
        )
        self.push_to_talk_radio = QRadioButton(
            "Push-to-ta&lk: hold the Space bar while you speak", page
        )
        self.typed_radio = QRadioButton("Type&d: I type my replies (no microphone)", page)
        self.mode_group = QButtonGroup(page)
        self.mode_group.addButton(self.hands_free_radio)
        self.mode_group.addButton(self.push_to_talk_radio)
        self.mode_group.addButton(self.typed_radio)
        {
            "push_to_talk": self.push_to_talk_radio,
            "typed": self.typed_radio,
        }.get(self._original.mode, self.hands_free_radio).setChecked(True)
        modes = QVBoxLayout()
        modes.addWidget(self.hands_free_radio)
        modes.addWidget(self.push_to_talk_radio)
        modes.addWidget(self.typed_radio)
        modes.addWidget(
            _hint(
                "Push-to-talk suits a noisy room or open speakers: nothing counts as your reply "
                "unless Space is held."
            )
        )
        form.addRow("Taking turns:", modes)
        return page

    def _model_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _hint(
                "Hotseat understands you with a speech-recognition model that runs on this "
                "computer and never downloads anything. The bundled model (tiny.en) suits most "
                "people; a larger faster-whisper model can be more accurate on a fast computer."
            )
        )
        form = QFormLayout()
        self.model_label = QLabel("…", page)
        self.model_label.setWordWrap(True)
        self.model_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("Model in use:", self.model_label)
        layout.addLayout(form)
        self.choose_model_button = QPushButton("Choose &folder…", page)
        self.choose_model_button.clicked.connect(self._choose_model_folder)
        self.bundled_model_button = QPushButton("Use the &bundled model", page)
        self.bundled_model_button.clicked.connect(lambda: self.set_model_folder(None))
        row = QHBoxLayout()
        row.addWidget(self.choose_model_button)
        row.addWidget(self.bundled_model_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.model_status = StatusLine(page)
        layout.addWidget(self.model_status)
        layout.addStretch(1)
        return page

    # -- public API ------------------------------------------------------------------------------

    def settings(self) -> Settings:
        """After OK: the saved settings; after Cancel: the original; while open: the edits."""
        if self._saved is not None:
            return self._saved
        if self.result() == QDialog.DialogCode.Rejected and not self._alive:
            return self._original
        return self._collect()

    def devices_ready(self) -> bool:
        return self._devices_ready

    def input_devices(self) -> list[str]:
        """The microphones found (the combo also lists a saved one that is not connected)."""
        return list(self._found["inputs"])

    def output_devices(self) -> list[str]:
        return list(self._found["outputs"])

    def busy(self) -> bool:
        """Background work (a check, a device search, the save…) is still running, even if the
        dialog has closed meanwhile (a recording stops early then)."""
        return self._jobs.running()

    def set_model_folder(self, folder: str | None) -> None:
        """Use ``folder`` as the speech model once it checks out (None: the bundled model)."""
        self._check_model(folder, initial=False)

    def check_level(self) -> None:
        """ "Say something": record 3 s on the chosen microphone, then give a verdict."""
        device = self.input_combo.currentData()
        settings = self._current
        self._start_mic(
            self.level_bar,
            self.level_status,
            "Listening: say a few words…",
            lambda: mic_check.say_something(
                device,
                on_level=self._probe,
                stop=self._stop,
                threshold=settings.vad_threshold,
                gain_db=settings.mic_gain_db,
            ),
            self._level_done,
        )

    def calibrate(self) -> None:
        """Measure 3 s of the quiet room and set the voice-detection values from it."""
        device = self.input_combo.currentData()
        self._start_mic(
            self.calibration_bar,
            self.calibration_status,
            "Measuring the room: please stay quiet for 3 seconds…",
            lambda: mic_check.calibrate(device, on_level=self._probe, stop=self._stop),
            self._calibration_done,
        )

    def preview_voice(self) -> None:
        """Say a customer's line in the chosen voice on the chosen output."""
        voice = self.voice_combo.currentData()
        if voice is None or self._preview_busy:
            return
        from desktop.voices import preview_voice

        device = self.output_combo.currentData()
        self._preview_busy = True
        self.voice_status.set("busy", "Speaking…")
        self._update_buttons()
        self._jobs.run(lambda: preview_voice(voice, device), self._preview_done)

    def _preview_done(self, outcome: Outcome[str]) -> None:
        if self._gone():
            return
        self._preview_busy = False
        self._update_buttons()
        if outcome.ok and outcome.value:
            self.voice_status.set("ok", outcome.value)
            self.checkFinished.emit("voice", outcome.value)
            return
        error = outcome.error or RuntimeError("no result")
        message = getattr(error, "message", None) or plain_error(error, "play this voice")
        self.voice_status.set("error", message)
        self.checkFinished.emit("voice", message)

    def play_test_tone(self) -> None:
        device = self.output_combo.currentData()
        self._tone_busy = True
        self.tone_status.set("busy", "Playing a short beep…")
        self._update_buttons()
        self._jobs.run(lambda: mic_check.play_test_tone(device), self._tone_done)

    # -- closing ---------------------------------------------------------------------------------

    def accept(self) -> None:
        """Validate and save in the background; the dialog closes once the file is written."""
        if self._saving:
            return
        try:
            new = self._collect()
        except (TypeError, ValueError) as exc:
            self.save_status.set("error", f"These settings cannot be used: {exc}.")
            return
        self._saving = True
        self.save_status.set("busy", "Saving…")
        self._update_buttons()
        self._jobs.run(lambda: save_settings(new), lambda outcome: self._save_done(new, outcome))

    def _gone(self) -> bool:
        """Closed, or deleted without closing: background results are dropped."""
        return not self._alive or not shiboken6.isValid(self)

    def done(self, result: int) -> None:
        self._alive = False
        self._stop.set()  # a recording in progress ends at once
        self._meter.stop()
        super().done(result)

    # -- internals -------------------------------------------------------------------------------

    def _collect(self) -> Settings:
        mode = (
            "push_to_talk"
            if self.push_to_talk_radio.isChecked()
            else "typed"
            if self.typed_radio.isChecked()
            else "hands_free"
        )
        return self._current.with_changes(
            input_device=self.input_combo.currentData(),
            output_device=self.output_combo.currentData(),
            model_dir=self._model_dir,
            voice=self.voice_combo.currentData(),
            customer_pace=float(self.pace_combo.currentData()),
            end_silence_ms=int(self.silence_spin.value()),
            mode=mode,
            record=self.record_check.isChecked(),
            retention_days=int(self.retention_spin.value()),
        )

    def _save_done(self, new: Settings, outcome: Outcome[Any]) -> None:
        if self._gone():
            return
        self._saving = False
        self._update_buttons()
        if not outcome.ok:
            assert outcome.error is not None
            self.save_status.set(
                "error",
                plain_error(outcome.error, "save your settings"),
                "Check that your settings folder is writable (or set HOTSEAT_SETTINGS to a file "
                "that is), then press OK again.",
            )
            return
        self._saved = new
        self.saved.emit(new)
        super().accept()

    def _update_buttons(self) -> None:
        mic_ok = self._devices_ready and not self._mic_busy and bool(self._found["inputs"])
        self.level_button.setEnabled(mic_ok)
        self.calibrate_button.setEnabled(mic_ok)
        self.input_combo.setEnabled(not self._mic_busy)
        self.tone_button.setEnabled(
            self._devices_ready and not self._tone_busy and bool(self._found["outputs"])
        )
        self.output_combo.setEnabled(not self._tone_busy)
        self.refresh_button.setEnabled(
            self._devices_ready and not self._mic_busy and not self._tone_busy
        )
        self.bundled_model_button.setEnabled(bool(self._model_dir))
        self.preview_button.setEnabled(
            self.voice_combo.currentData() is not None and not self._preview_busy
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self._saving)

    # devices

    def _load_devices(self, rescan: bool) -> None:
        self._devices_ready = False
        self.device_status.set("busy", "Looking for microphones and speakers…")
        self._update_buttons()
        self._jobs.run(lambda: mic_check.list_devices(rescan), self._devices_done)

    def _devices_done(self, outcome: Outcome[dict[str, Any]]) -> None:
        if self._gone():
            return
        self._devices_ready = True
        if not outcome.ok:
            assert outcome.error is not None
            self.device_status.set(
                "error",
                plain_error(outcome.error, "list the sound devices"),
                "Press Refresh devices to try again.",
            )
            self._update_buttons()
            self.devicesLoaded.emit()
            return
        found = outcome.value or {}
        self._found = {"inputs": found["inputs"], "outputs": found["outputs"]}
        fill_devices(self.input_combo, found["inputs"], self._original.input_device)
        fill_devices(self.output_combo, found["outputs"], self._original.output_device)
        problems = []
        if found["input_error"] or not found["inputs"]:
            problems.append(found["input_error"] or "No microphone found.")
        if found["output_error"] or not found["outputs"]:
            problems.append(found["output_error"] or "No speakers or headphones found.")
        if problems:
            self.device_status.set(
                "error",
                " ".join(problems),
                "Plug in a headset (or check the system's sound settings list it), then press "
                "Refresh devices; until then you can practise with typed replies.",
            )
        else:
            count_in, count_out = len(found["inputs"]), len(found["outputs"])
            self.device_status.set(
                "ok",
                f"{count_in} microphone{'s' * (count_in != 1)} and {count_out} "
                f"output{'s' * (count_out != 1)} found.",
            )
        self._update_buttons()
        self.devicesLoaded.emit()

    # microphone checks

    def _start_mic(
        self,
        bar: QProgressBar,
        status: StatusLine,
        busy_text: str,
        op: Callable[[], Any],
        on_done: Callable[[Outcome[Any]], None],
    ) -> None:
        if self._mic_busy:
            return
        self._mic_busy = True
        self._active_bar = bar
        self._probe.value = 0.0
        status.set("busy", busy_text)
        self._meter.start()
        self._update_buttons()
        self._jobs.run(op, on_done)

    def _mic_finished(self) -> None:
        self._mic_busy = False
        self._meter.stop()
        if self._active_bar is not None:
            self._active_bar.setValue(0)
        self._active_bar = None
        self._update_buttons()

    def _microphone_changed(self) -> None:
        if self._current.noise_floor_dbfs is not None and not self._mic_busy:
            self.calibration_status.set(
                "warning",
                "The calibration was measured with another microphone.",
                "Press Calibrate again so it fits this one.",
            )

    def _show_level(self) -> None:
        if self._active_bar is not None:
            self._active_bar.setValue(round(self._probe.value * 1000))

    def _level_done(self, outcome: Outcome[mic_check.Verdict]) -> None:
        if self._gone():
            return
        self._mic_finished()
        verdict = self._verdict(outcome, "check the microphone")
        self.level_status.set(verdict.status, verdict.message, verdict.fix)
        self.checkFinished.emit("level", verdict)

    def _calibration_done(self, outcome: Outcome[mic_check.Calibration]) -> None:
        if self._gone():
            return
        self._mic_finished()
        if outcome.ok and outcome.value is not None:
            calibration = outcome.value
            verdict = calibration.verdict
            if calibration.applied:
                self._current = calibration.applied_to(self._current)
                self._show_calibration_values()
        else:
            verdict = self._verdict(outcome, "measure the room")
        self.calibration_status.set(verdict.status, verdict.message, verdict.fix)
        self.checkFinished.emit("calibration", verdict)

    def _show_calibration_values(self) -> None:
        self.calibration_values.setText(mic_check.calibration_in_use(self._current))

    def _tone_done(self, outcome: Outcome[mic_check.Verdict]) -> None:
        if self._gone():
            return
        self._tone_busy = False
        self._update_buttons()
        verdict = self._verdict(outcome, "play the test tone")
        self.tone_status.set(verdict.status, verdict.message, verdict.fix)
        self.checkFinished.emit("tone", verdict)

    @staticmethod
    def _verdict(outcome: Outcome[Any], doing: str) -> mic_check.Verdict:
        if outcome.ok and isinstance(outcome.value, mic_check.Verdict):
            return outcome.value
        error = outcome.error or RuntimeError("no result")
        return mic_check.Verdict(
            "error", plain_error(error, doing), "Try again; if it keeps failing, restart Hotseat."
        )

    # voices

    def _load_voices(self) -> None:
        from desktop.voices import espeak_voices

        self._jobs.run(espeak_voices, self._voices_done)

    def _voices_done(self, outcome: Outcome[Any]) -> None:
        if self._gone() or not outcome.ok:
            return
        wanted = self.voice_combo.currentData()
        with QSignalBlocker(self.voice_combo):
            self.voice_combo.clear()
            self.voice_combo.addItem(FOLLOW_PERSONA, None)
            for choice in outcome.value or []:
                self.voice_combo.addItem(choice.label, choice.id)
            if wanted is not None and self.voice_combo.findData(wanted) < 0:
                self.voice_combo.addItem(wanted, wanted)
            self.voice_combo.setCurrentIndex(max(0, self.voice_combo.findData(wanted)))
        self._update_buttons()

    # speech model

    def _choose_model_folder(self) -> None:
        start = self._model_dir or ""
        folder = QFileDialog.getExistingDirectory(
            self, "Choose a faster-whisper model folder", start
        )
        if folder:
            self.set_model_folder(folder)

    def _check_model(self, folder: str | None, *, initial: bool) -> None:
        self._model_token += 1
        token = self._model_token
        self.model_status.set("busy", "Checking the speech model…")
        self.choose_model_button.setEnabled(False)
        self._jobs.run(
            lambda: _describe_model(folder),
            lambda outcome: self._model_done(token, folder, initial, outcome),
        )

    def _model_done(
        self, token: int, folder: str | None, initial: bool, outcome: Outcome[tuple[str, str]]
    ) -> None:
        if self._gone() or token != self._model_token:
            return
        self.choose_model_button.setEnabled(True)
        if outcome.ok and outcome.value is not None:
            where, sentence = outcome.value
            self._model_dir = folder
            self.model_label.setText(where)
            self.model_status.set("ok", sentence)
            self.checkFinished.emit("model", sentence)
        else:
            error = outcome.error or RuntimeError("no result")
            message = getattr(error, "message", None) or plain_error(error, "check that folder")
            if initial:
                self.model_label.setText(folder or "Bundled tiny.en")
                fix = "Choose another folder, or use the bundled model."
            else:
                fix = "Hotseat keeps the model it had; choose another folder."
            self.model_status.set("error", message, fix)
            self.checkFinished.emit("model", message)
        self._update_buttons()


def demo(settings: Settings | None = None) -> SettingsDialog:
    """The dialog, shown (for screenshots and trying it out): ``demo().exec()``."""
    from desktop.settings import load_settings

    dialog = SettingsDialog(settings or load_settings())
    dialog.show()
    return dialog
