"""The console's Room audio group on the test sound server (a real PortAudio microphone, a real
measurement of the room) and with no sound server at all; the saved settings are read back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from audio.capture import rescan_devices
from desktop.settings import Settings, load_settings
from desktop.ui.facilitator_console import FacilitatorConsole
from personas.library import bundled_personas
from tests.sound_server import SoundServer
from tests.ui_sound import no_sound_devices
from tests.virtual_trainee import RATE, play_into_mic

WAIT_MS = 60_000  # how long a broken background job is waited for before the test fails


@pytest.fixture
def console(qtbot) -> Iterator[FacilitatorConsole]:
    console = FacilitatorConsole(bundled_personas(), Settings(welcomed=True), rig=None)
    qtbot.addWidget(console)
    qtbot.addWidget(console.presenter)
    console.record_box.setChecked(False)
    console.show()
    yield console
    console.close()  # a measurement in flight stops at once
    qtbot.waitUntil(lambda: not console.room_audio.busy(), timeout=WAIT_MS)


def listed(qtbot, console: FacilitatorConsole) -> None:
    with qtbot.waitSignal(console.room_audio.devices_listed, timeout=WAIT_MS):
        console.room_audio.look_for_devices()


def test_calibrating_the_room_sets_and_saves_the_voice_threshold(
    qtbot, console: FacilitatorConsole, sound_server: SoundServer
) -> None:
    rescan_devices()
    audio = console.room_audio
    assert not audio.calibrate_button.isEnabled()  # no microphone listed yet
    listed(qtbot, console)
    assert audio.device_status.status == "ok" and "microphone" in audio.device_status.message()
    assert audio.calibrate_button.isEnabled() and audio.typed_button.isHidden()
    assert "Not calibrated yet" in audio.values.text()

    audio.seconds = 1.0  # a shorter measurement proves the same
    noise = np.random.default_rng(5).normal(0, 10 ** (-50 / 20), 6 * RATE).astype(np.float32)
    player = play_into_mic(noise, wait=False)
    try:
        qtbot.wait(600)  # pacat buffers up to half a second before the microphone hears it
        with qtbot.waitSignal(audio.calibrated, timeout=WAIT_MS) as done:
            qtbot.mouseClick(audio.calibrate_button, Qt.MouseButton.LeftButton)
            assert audio.calibration_status.status == "busy"
            assert "stay quiet" in audio.calibration_status.message()
            assert not audio.calibrate_button.isEnabled()  # one measurement at a time
    finally:
        player.terminate()
        player.wait()
    verdict = done.args[0]
    assert verdict.status == "ok", verdict
    assert re.match(r"The room measured -\d+ dBFS \(quiet\): Hotseat", verdict.message)
    assert audio.calibration_status.message() == verdict.message  # plain words, in the console
    settings = console.model.settings
    assert settings.noise_floor_dbfs == pytest.approx(-50, abs=4)
    assert settings.mic_gain_db == 0.0 and 0.5 <= settings.vad_threshold <= 0.85
    assert "quiet" in audio.values.text() and f"{settings.vad_threshold:.2f}" in audio.values.text()
    qtbot.waitUntil(lambda: load_settings().noise_floor_dbfs == settings.noise_floor_dbfs)
    assert load_settings().vad_threshold == settings.vad_threshold

    # push-to-talk for a noisy room, in the same group, saved at once
    audio.mode_combo.setCurrentIndex(audio.mode_combo.findData("push_to_talk"))
    assert console.model.settings.mode == "push_to_talk"
    qtbot.waitUntil(lambda: load_settings().mode == "push_to_talk")

    # another microphone: the calibration no longer fits it
    audio.mic_combo.setCurrentIndex(audio.mic_combo.findData("pulse"))
    assert console.model.settings.input_device == "pulse"
    assert "another microphone" in audio.calibration_status.message()
    qtbot.waitUntil(lambda: load_settings().input_device == "pulse")

    # during a call the microphone is the call's: no calibration, no device search
    console.add_names("Sam")
    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    assert console.model.in_call
    assert not audio.calibrate_button.isEnabled() and not audio.look_button.isEnabled()
    console.model.end_call()
    assert audio.calibrate_button.isEnabled()


def test_without_a_microphone_the_console_says_so_and_offers_typed_replies(
    qtbot, console: FacilitatorConsole, sound_server: SoundServer, tmp_path: Path
) -> None:
    audio = console.room_audio
    with no_sound_devices(tmp_path):
        listed(qtbot, console)
        qtbot.waitUntil(lambda: not audio.busy(), timeout=WAIT_MS)
    assert audio.device_status.status == "error"
    assert "microphone" in audio.device_status.message().lower()
    assert "typed replies" in audio.device_status.fix()
    assert not audio.calibrate_button.isEnabled() and not audio.typed_button.isHidden()

    qtbot.mouseClick(audio.typed_button, Qt.MouseButton.LeftButton)
    assert audio.mode_combo.currentData() == "typed" and audio.typed_button.isHidden()
    assert console.model.settings.mode == "typed"
    qtbot.waitUntil(lambda: load_settings().mode == "typed")

    # a typed call: the facilitator types what the trainee says, and it is judged
    console.add_names("Sam")
    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.model.state == "listening")
    with qtbot.waitSignal(console.model.reply_judged) as judged:
        console.reply_edit.setText("I'm so sorry, that must have been really stressful.")
        qtbot.keyClick(console.reply_edit, Qt.Key.Key_Return)
    assert judged.args[0]["trainee"] == "Sam"
    console.model.end_call()
