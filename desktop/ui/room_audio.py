"""The console's "Room audio" group: the room microphone, how replies are taken, calibration.

The same checks as the Settings dialog (:mod:`desktop.mic_check`: the device list, the room
calibration and the sentence it ends with); only the layout is the console's. Everything that
touches a sound device runs through ``run_in_background``. Each change is handed to ``apply``
(the main window's settings, saved to disk) at once: there is no OK button in a workshop.

Calibrating and looking for devices are refused during a call: the call holds the microphone,
and looking again restarts PortAudio, which would close the call's streams.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop import mic_check
from desktop.settings import Settings
from desktop.ui import theme
from desktop.ui.background import Outcome
from desktop.ui.settings_dialog import LevelProbe, fill_devices, level_bar
from desktop.ui.status_line import Jobs, StatusLine, plain_error

REPLY_MODES = (
    ("hands_free", "Hands-free: a pause ends the reply"),
    ("push_to_talk", "Push-to-talk: hold Space (noisy rooms)"),
    ("typed", "Typed: the facilitator types what is said"),
)


class RoomAudio(QGroupBox):
    """Microphone, reply mode and calibration for the room (see the module docstring)."""

    calibrated = Signal(object)  # the mic_check.Verdict
    devices_listed = Signal()

    def __init__(
        self,
        settings: Callable[[], Settings],
        apply: Callable[[Settings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Room audio", parent)
        self._settings = settings
        self._apply = apply
        self.seconds = mic_check.CALIBRATION_S
        """How long the quiet room is measured."""
        self.in_call = False
        self.call_elsewhere: Callable[[], bool] = lambda: False
        """True while another window's call holds the audio: PortAudio must not restart then."""
        self._jobs = Jobs()
        self._stop = threading.Event()
        self._busy = False
        self._listed = False
        self._inputs: list[str] = []
        self._probe = LevelProbe()
        self._meter = QTimer(self)
        self._meter.setInterval(40)
        self._meter.timeout.connect(lambda: self.level.setValue(round(self._probe.value * 1000)))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mic_combo = QComboBox(self)
        self.mic_combo.setAccessibleName("Room microphone")
        fill_devices(self.mic_combo, [], settings().input_device)
        self.mic_combo.currentIndexChanged.connect(self._microphone_chosen)
        self.look_button = QPushButton("Look again", self)
        self.look_button.setToolTip("Look for microphones plugged in since")
        self.look_button.clicked.connect(lambda: self.look_for_devices(rescan=True))
        mic_row = QHBoxLayout()
        mic_row.addWidget(self.mic_combo, 1)
        mic_row.addWidget(self.look_button)
        form.addRow("Microphone", mic_row)
        self.device_status = StatusLine(self)
        form.addRow(self.device_status)
        self.typed_button = QPushButton("Use typed replies", self)
        self.typed_button.setToolTip("The facilitator types what each trainee says")
        self.typed_button.clicked.connect(lambda: self.set_mode("typed"))
        self.typed_button.hide()
        form.addRow(self.typed_button)

        self.mode_combo = QComboBox(self)
        self.mode_combo.setAccessibleName("How replies are taken")
        for mode, label in REPLY_MODES:
            self.mode_combo.addItem(label, mode)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(settings().mode)))
        self.mode_combo.currentIndexChanged.connect(
            lambda _i: self.set_mode(self.mode_combo.currentData())
        )
        form.addRow("Replies", self.mode_combo)

        self.calibrate_button = QPushButton("Calibrate the room", self)
        self.calibrate_button.setToolTip(
            "Ask the room for silence: Hotseat measures the background noise for a few seconds "
            "and sets how clearly a voice must stand out from it"
        )
        self.calibrate_button.clicked.connect(self.calibrate)
        self.level = level_bar("Room level", self)
        calibrate_row = QHBoxLayout()
        calibrate_row.addWidget(self.calibrate_button)
        calibrate_row.addWidget(self.level, 1)
        form.addRow(calibrate_row)
        self.calibration_status = StatusLine(self)
        form.addRow(self.calibration_status)
        self.values = QLabel(mic_check.calibration_in_use(settings()), self)
        self.values.setWordWrap(True)
        self.values.setStyleSheet(f"color: {theme.muted()};")
        form.addRow(self.values)
        self._update()

    # -- devices ----------------------------------------------------------------------------------

    def look_for_devices(self, *, rescan: bool = False) -> None:
        """List the microphones (in the background); never during a call."""
        if self.in_call or self._busy:
            return
        rescan = rescan and not self.call_elsewhere()  # a restart would hang under that call
        self._busy = True
        self.device_status.set("busy", "Looking for microphones\u2026")
        self._update()
        self._jobs.run(lambda: mic_check.list_devices(rescan), self._listed_devices)

    def _listed_devices(self, outcome: Outcome[dict[str, Any]]) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._listed = True
        found = outcome.value if outcome.ok and outcome.value else {}
        self._inputs = list(found.get("inputs") or [])
        fill_devices(self.mic_combo, self._inputs, self._settings().input_device)
        if self._inputs:
            count = len(self._inputs)
            self.device_status.set("ok", f"{count} microphone{'s' * (count != 1)} found.")
            self.typed_button.hide()
        else:
            problem = found.get("input_error") or (
                plain_error(outcome.error, "list the microphones")
                if outcome.error is not None
                else "No microphone found."
            )
            typed = self._settings().mode == "typed"
            self.device_status.set(
                "warning" if typed else "error",
                problem,
                "Plug in the room microphone and press Look again. Meanwhile the workshop "
                "works with typed replies: the facilitator types what each trainee says.",
            )
            self.typed_button.setVisible(not typed)
        self._update()
        self.devices_listed.emit()

    def _microphone_chosen(self) -> None:
        device = self.mic_combo.currentData()
        settings = self._settings()
        if device == settings.input_device:
            return
        self._apply(settings.with_changes(input_device=device))
        if settings.noise_floor_dbfs is not None:
            self.calibration_status.set(
                "warning",
                "The calibration was measured with another microphone.",
                "Press Calibrate the room again so it fits this one.",
            )

    def set_mode(self, mode: str) -> None:
        """Hands-free, push-to-talk or typed, saved at once."""
        index = self.mode_combo.findData(mode)
        if index >= 0 and index != self.mode_combo.currentIndex():
            self.mode_combo.setCurrentIndex(index)  # comes back here through the signal
            return
        settings = self._settings()
        if settings.mode != mode:
            self._apply(settings.with_changes(mode=mode))
        if mode == "typed":
            self.typed_button.hide()

    # -- calibration ------------------------------------------------------------------------------

    def calibrate(self) -> None:
        """Measure the quiet room on the chosen microphone, then set and save the values."""
        if not self.calibrate_button.isEnabled():
            return
        device = self.mic_combo.currentData()
        seconds = self.seconds
        stop = self._stop = threading.Event()
        self._busy = True
        self._probe.value = 0.0
        self._meter.start()
        self.calibration_status.set(
            "busy", f"Measuring the room: ask everyone to stay quiet for {seconds:g} seconds\u2026"
        )
        self._update()
        self._jobs.run(
            lambda: mic_check.calibrate(device, seconds, on_level=self._probe, stop=stop),
            lambda outcome: self._calibrated(device, outcome),
        )

    def _calibrated(self, device: str | None, outcome: Outcome[mic_check.Calibration]) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._meter.stop()
        self.level.setValue(0)
        if outcome.ok and outcome.value is not None:
            calibration = outcome.value
            verdict = calibration.verdict
            if calibration.applied:
                settings = calibration.applied_to(self._settings()).with_changes(
                    input_device=device
                )
                self._apply(settings)
                self.values.setText(mic_check.calibration_in_use(settings))
        else:
            error = outcome.error or RuntimeError("no result")
            verdict = mic_check.Verdict(
                "error", plain_error(error, "measure the room"), "Try again."
            )
        self.calibration_status.set(verdict.status, verdict.message, verdict.fix)
        self._update()
        self.calibrated.emit(verdict)

    # -- state ------------------------------------------------------------------------------------

    def set_in_call(self, in_call: bool) -> None:
        self.in_call = in_call
        self._update()

    def refresh(self) -> None:
        """Show the settings as they are now (another window may have changed them)."""
        settings = self._settings()
        self.mode_combo.blockSignals(True)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(settings.mode)))
        self.mode_combo.blockSignals(False)
        fill_devices(self.mic_combo, self._inputs, settings.input_device)
        self.values.setText(mic_check.calibration_in_use(settings))

    def busy(self) -> bool:
        """Background work (a device search, a measurement) is still running."""
        return self._jobs.running()

    def stop(self) -> None:
        """End a measurement in progress at once (the console closing)."""
        self._stop.set()

    def _update(self) -> None:
        idle = not self.in_call and not self._busy
        self.calibrate_button.setEnabled(idle and self._listed and bool(self._inputs))
        self.look_button.setEnabled(idle)
        self.mic_combo.setEnabled(idle)
        self.mode_combo.setEnabled(not self.in_call)
