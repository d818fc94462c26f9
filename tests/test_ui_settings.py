"""The settings dialog on the test sound server (real PortAudio devices, real recordings, real
model folder checks) and with no sound server at all; saved values are read back from disk."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel

from audio.capture import rescan_devices
from desktop.settings import Settings, load_settings, save_settings
from desktop.ui.settings_dialog import SYSTEM_DEFAULT, SettingsDialog
from tests.sound_server import SoundServer
from tests.ui_sound import no_sound_devices
from tests.virtual_trainee import RATE, play_into_mic

ROOT = Path(__file__).resolve().parents[1]
REPLY = ROOT / "audio" / "bench_replies" / "r06.flac"  # "You were charged twice…", 2.9 s
WAIT_MS = 60_000  # how long a broken background job is waited for before the test fails


@pytest.fixture
def sound_card(sound_server: SoundServer) -> SoundServer:
    """The test sound server as a freshly started app sees it (PortAudio lists devices once)."""
    rescan_devices()
    return sound_server


@pytest.fixture
def no_sound_card(sound_server: SoundServer, tmp_path: Path) -> Iterator[None]:
    with no_sound_devices(tmp_path):
        yield


OPENED: list[SettingsDialog] = []


@pytest.fixture(autouse=True)
def settle(qtbot) -> Iterator[None]:
    """After each test, close its dialogs and let their background work end (a recording or
    a doctor check in flight), so the next test never restarts PortAudio under an open stream."""
    yield
    while OPENED:
        dialog = OPENED.pop()
        if shiboken6.isValid(dialog):  # pytest-qt may have closed and deleted it already
            dialog.close()
        qtbot.waitUntil(lambda d=dialog: not d.busy(), timeout=WAIT_MS)


def open_dialog(qtbot, settings: Settings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings or load_settings())
    qtbot.addWidget(dialog)
    OPENED.append(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.devices_ready, timeout=WAIT_MS)
    return dialog


def press_ok(qtbot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def finished(qtbot, dialog: SettingsDialog, kind: str):
    """Wait for the check ``kind`` to end (the model check may report in between)."""
    return qtbot.waitSignal(
        dialog.checkFinished, timeout=WAIT_MS, check_params_cb=lambda k, _: k == kind
    )


def wait_idle(qtbot, dialog: SettingsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT_MS)


def test_devices_load_from_the_sound_card_and_changes_are_saved(
    qtbot, sound_card: SoundServer
) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.input_combo.itemText(0) == SYSTEM_DEFAULT
    assert dialog.output_combo.itemText(0) == SYSTEM_DEFAULT
    assert {"pulse", "default"} <= set(dialog.input_devices())
    assert {"pulse", "default"} <= set(dialog.output_devices())
    assert dialog.device_status.status == "ok"
    assert dialog.level_button.isEnabled() and dialog.tone_button.isEnabled()

    # the keyboard walks the sound tab in reading order
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.input_combo.setFocus()
    qtbot.waitUntil(dialog.input_combo.hasFocus)
    order = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        dialog.level_button,
        dialog.output_combo,
        dialog.tone_button,
        dialog.refresh_button,
        dialog.calibrate_button,
    ]
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # C&onversation
    assert dialog.tabs.currentIndex() == 1

    dialog.input_combo.setCurrentIndex(dialog.input_combo.findData("pulse"))
    dialog.output_combo.setCurrentIndex(dialog.output_combo.findData("pulse"))
    dialog.silence_spin.setValue(900)
    dialog.push_to_talk_radio.click()
    qtbot.waitUntil(lambda: dialog.voice_combo.findData("en-gb+f3") >= 0, timeout=WAIT_MS)
    dialog.voice_combo.setCurrentIndex(dialog.voice_combo.findData("en-gb+f3"))
    press_ok(qtbot, dialog)

    assert not dialog.isVisible()
    saved = load_settings()
    assert saved == dialog.settings()
    assert saved.input_device == "pulse" and saved.output_device == "pulse"
    assert saved.end_silence_ms == 900 and saved.mode == "push_to_talk"
    assert saved.voice == "en-gb+f3"
    assert saved.model_dir is None  # the bundled model stays the default

    # opened again, the dialog shows what was saved, even before the device list arrives
    early = SettingsDialog(saved)
    qtbot.addWidget(early)
    OPENED.append(early)
    assert early.input_combo.currentData() == "pulse"
    assert early.settings() == saved
    again = open_dialog(qtbot, saved)
    assert again.input_combo.currentData() == "pulse"
    assert again.output_combo.currentData() == "pulse"
    assert again.silence_spin.value() == 900 and again.push_to_talk_radio.isChecked()
    qtbot.waitUntil(lambda: again.voice_combo.currentData() == "en-gb+f3", timeout=WAIT_MS)
    assert again.settings() == saved


def test_cancel_keeps_the_file_as_it_was(qtbot, sound_card: SoundServer) -> None:
    original = Settings(end_silence_ms=700)
    save_settings(original)
    dialog = open_dialog(qtbot, original)
    dialog.silence_spin.setValue(1500)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.settings() == original
    assert load_settings() == original


def test_say_something_hears_a_voice_played_into_the_microphone(
    qtbot, sound_card: SoundServer
) -> None:
    dialog = open_dialog(qtbot)
    player = play_into_mic(REPLY, wait=False)
    try:
        with finished(qtbot, dialog, "level") as done:
            dialog.level_button.click()
            assert dialog.level_status.status == "busy"
            assert not dialog.calibrate_button.isEnabled()  # one recording at a time
            qtbot.waitUntil(lambda: dialog.level_bar.value() > 0, timeout=WAIT_MS)
    finally:
        player.terminate()
        player.wait()
    kind, verdict = done.args
    assert kind == "level"
    assert verdict.status == "ok", verdict
    assert dialog.level_status.message().startswith("Hotseat heard you clearly")
    assert verdict.details["voiced_s"] > 0.5
    assert dialog.level_bar.value() == 0 and dialog.calibrate_button.isEnabled()


def test_say_something_on_a_silent_microphone_says_it_is_probably_muted(
    qtbot, sound_card: SoundServer
) -> None:
    dialog = open_dialog(qtbot)
    with finished(qtbot, dialog, "level") as done:
        dialog.level_button.click()
    verdict = done.args[1]
    assert verdict.status == "warning"
    assert "muted" in verdict.message or "almost nothing" in verdict.message
    assert "input volume" in dialog.level_status.fix()


def test_calibration_measures_the_room_and_is_saved(qtbot, sound_card: SoundServer) -> None:
    noise = np.random.default_rng(5).normal(0, 10 ** (-50 / 20), 10 * RATE).astype(np.float32)
    dialog = open_dialog(qtbot)
    player = play_into_mic(noise, wait=False)
    try:
        qtbot.wait(600)  # pacat buffers up to half a second before the microphone hears it
        with finished(qtbot, dialog, "calibration") as done:
            dialog.calibrate_button.click()
    finally:
        player.terminate()
        player.wait()
    kind, verdict = done.args
    assert kind == "calibration" and verdict.status == "ok", verdict
    assert re.match(r"The room measured -\d+ dBFS \(quiet\): Hotseat", verdict.message)
    new = dialog.settings()
    assert new.noise_floor_dbfs == pytest.approx(-50, abs=4)
    assert new.mic_gain_db == 0.0
    assert 0.5 <= new.vad_threshold <= 0.85
    assert f"{new.vad_threshold:.2f}" in dialog.calibration_values.text()
    dialog.input_combo.setCurrentIndex(dialog.input_combo.findData("pulse"))
    assert "another microphone" in dialog.calibration_status.message()
    press_ok(qtbot, dialog)
    saved = load_settings()
    assert saved.noise_floor_dbfs == new.noise_floor_dbfs
    assert saved.vad_threshold == new.vad_threshold and saved.mic_gain_db == 0.0
    assert saved.input_device == "pulse"


def test_the_test_tone_plays(qtbot, sound_card: SoundServer) -> None:
    dialog = open_dialog(qtbot)
    with finished(qtbot, dialog, "tone") as done:
        dialog.tone_button.click()
    kind, verdict = done.args
    assert kind == "tone" and verdict.status == "ok", verdict
    assert "beep" in dialog.tone_status.message()


def test_a_chosen_voice_can_be_tried_on_the_chosen_output(qtbot, sound_card: SoundServer) -> None:
    dialog = open_dialog(qtbot)
    assert not dialog.preview_button.isEnabled()  # "follow the persona" has no single voice
    qtbot.waitUntil(lambda: dialog.voice_combo.findData("en-us+m2") >= 0, timeout=WAIT_MS)
    dialog.voice_combo.setCurrentIndex(dialog.voice_combo.findData("en-us+m2"))
    assert dialog.preview_button.isEnabled()
    with finished(qtbot, dialog, "voice") as done:
        dialog.preview_button.click()
    assert dialog.voice_status.status == "ok", done.args
    assert dialog.voice_status.message().startswith("Played a line in this voice")


def test_an_invalid_model_folder_is_explained_and_the_bundled_model_kept(
    qtbot, tmp_path: Path
) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    OPENED.append(dialog)
    qtbot.waitUntil(lambda: dialog.model_status.status == "ok", timeout=WAIT_MS)
    assert "bundled tiny.en" in dialog.model_status.message()

    empty = tmp_path / "not-a-model"
    empty.mkdir()
    dialog.set_model_folder(str(empty))
    qtbot.waitUntil(lambda: dialog.model_status.status == "error", timeout=WAIT_MS)
    message = dialog.model_status.message()
    assert str(empty) in message and "is not a faster-whisper model" in message
    assert "model.bin" in message and "config.json" in message
    assert "keeps the model it had" in dialog.model_status.fix()
    assert "Traceback" not in dialog.model_status.text()
    assert dialog.settings().model_dir is None

    # a folder that looks like a model is taken, and saved
    model = tmp_path / "base.en"
    model.mkdir()
    (model / "model.bin").write_bytes(b"\0" * 16)
    (model / "config.json").write_text("{}", encoding="utf-8")
    dialog.set_model_folder(str(model))
    qtbot.waitUntil(lambda: dialog.model_status.status == "ok", timeout=WAIT_MS)
    assert dialog.settings().model_dir == str(model)
    assert dialog.bundled_model_button.isEnabled()
    wait_idle(qtbot, dialog)
    press_ok(qtbot, dialog)
    assert load_settings().model_dir == str(model)


def test_a_saved_model_folder_that_went_missing_is_reported_on_opening(
    qtbot, tmp_path: Path
) -> None:
    gone = tmp_path / "deleted-model"
    dialog = SettingsDialog(Settings(model_dir=str(gone)))
    qtbot.addWidget(dialog)
    OPENED.append(dialog)
    qtbot.waitUntil(lambda: dialog.model_status.status == "error", timeout=WAIT_MS)
    assert "does not exist" in dialog.model_status.message()
    dialog.bundled_model_button.click()
    qtbot.waitUntil(lambda: dialog.model_status.status == "ok", timeout=WAIT_MS)
    assert dialog.settings().model_dir is None


@pytest.mark.usefixtures("no_sound_card")
def test_with_no_sound_devices_the_dialog_says_so_and_still_saves(qtbot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.input_devices() == [] and dialog.output_devices() == []
    assert dialog.device_status.status == "error"
    assert "No microphone found" in dialog.device_status.message()
    assert "typed replies" in dialog.device_status.fix()
    assert not dialog.level_button.isEnabled() and not dialog.calibrate_button.isEnabled()
    assert not dialog.tone_button.isEnabled()
    dialog.silence_spin.setValue(450)
    dialog.pace_combo.setCurrentIndex(dialog.pace_combo.findData(0.8))
    wait_idle(qtbot, dialog)
    press_ok(qtbot, dialog)
    assert load_settings().end_silence_ms == 450
    assert load_settings().customer_pace == 0.8  # slower customers, for a second language


def test_a_settings_file_that_cannot_be_written_is_a_sentence_and_the_dialog_stays(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be", encoding="utf-8")
    monkeypatch.setenv("HOTSEAT_SETTINGS", str(blocker / "settings.json"))
    dialog = open_dialog(qtbot, Settings())
    dialog.silence_spin.setValue(800)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: dialog.save_status.status == "error", timeout=WAIT_MS)
    assert dialog.save_status.message().startswith("Hotseat could not save your settings (")
    assert "writable" in dialog.save_status.fix()
    assert "Traceback" not in dialog.save_status.text()
    assert dialog.isVisible() and ok.isEnabled()  # nothing is lost: fix it and press OK again
    monkeypatch.setenv("HOTSEAT_SETTINGS", str(tmp_path / "settings.json"))
    press_ok(qtbot, dialog)
    assert load_settings().end_silence_ms == 800


def test_a_saved_microphone_that_is_not_connected_is_kept_and_marked(
    qtbot, sound_card: SoundServer
) -> None:
    dialog = open_dialog(qtbot, Settings(input_device="USB Headset"))
    assert dialog.input_combo.currentText() == "USB Headset (not connected)"
    assert "USB Headset" not in dialog.input_devices()
    assert dialog.settings().input_device == "USB Headset"


def test_every_control_has_a_keyboard_mnemonic_and_text_is_not_sized_in_pixels(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    OPENED.append(dialog)
    buttons = [
        b
        for b in dialog.findChildren(QAbstractButton)
        if b.text() and dialog.buttons not in _ancestors(b)
    ]
    assert buttons
    for button in buttons:
        assert "&" in button.text(), button.text()
    labelled = [
        label
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and not isinstance(label.buddy(), QLabel)
    ]
    assert len(labelled) >= 4  # microphone, speakers, persona voice, end-of-turn silence
    for label in labelled:
        assert "&" in label.text(), label.text()
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert all("&" in t for t in tabs)
    keys = [t.split("&", 1)[1][0].lower() for t in tabs]
    keys += [b.text().split("&", 1)[1][0].lower() for b in buttons]
    keys += [label.text().split("&", 1)[1][0].lower() for label in labelled]
    assert len(keys) == len(set(keys)), keys  # no two controls share a mnemonic
    for widget in [dialog, *dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]:
        assert widget.font().pixelSize() == -1  # sizes in points: they follow the scaling
        assert "px" not in widget.styleSheet()
    wait_idle_model(qtbot, dialog)


def wait_idle_model(qtbot, dialog: SettingsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.model_status.status in ("ok", "error"), timeout=WAIT_MS)


def _ancestors(widget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def test_recordings_settings_are_saved_and_forgetting_a_trainee_erases_their_calls(
    qtbot,
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.session_store import SessionStore
    from desktop.settings import Settings, load_settings
    from desktop.ui.settings_dialog import SettingsDialog
    from personas.call import Call
    from personas.library import find_persona

    call = Call(find_persona("billing-error"), seed=1, trainee="Ana")
    writer = SessionStore().create(call.record())
    writer.turn(call.start())
    writer.turn(call.reply("okay").trainee_turn)
    writer.finish(call.record())
    assert len(SessionStore().list(trainee="Ana")) == 1

    dialog = SettingsDialog(Settings(), allow_rescan=False)
    qtbot.addWidget(dialog)
    dialog.record_check.setChecked(False)
    dialog.retention_spin.setValue(30)
    asked: list[str] = []

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(200, confirm)
    dialog.forget_edit.setText("Ana")
    dialog.forget_button.click()
    qtbot.waitUntil(lambda: "Done" in dialog.forget_status.text())
    assert "cannot be undone" in asked[0]
    assert SessionStore().list(trainee="Ana") == []
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy())
    saved = load_settings()
    assert saved.record is False and saved.retention_days == 30
