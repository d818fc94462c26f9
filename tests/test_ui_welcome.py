"""The first-launch welcome with no sound system at all (typed replies offered) and on the
virtual sound card (the microphone hears a tone, voice is chosen), with the doctor's real checks,
the real speech engine and the real bundled model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import Qt

from audio.capture import NO_MICROPHONE, rescan_devices
from audio.speech_model import ENV_VAR
from desktop.doctor import _TYPED_HINT, _model_fix, _portaudio_fix
from desktop.settings import Settings, load_settings
from desktop.ui.status_line import for_window
from desktop.ui.welcome import ORDER, WelcomeDialog
from tests.sound_server import SoundServer
from tests.ui_sound import no_sound_devices
from tests.virtual_trainee import RATE, play_into_mic

WAIT_MS = 120_000  # how long a broken background job is waited for before the test fails
CLI_WORDS = ("hotseat play", "--typed", "hotseat doctor", "--model", "`", "Traceback")


@pytest.fixture(autouse=True)
def bundled_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the developer's own environment says, the welcome checks the bundled model."""
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture
def sound_card(sound_server: SoundServer) -> SoundServer:
    rescan_devices()  # as a freshly started app sees it: PortAudio lists devices once
    return sound_server


@pytest.fixture
def no_sound_card(sound_server: SoundServer, tmp_path: Path) -> Iterator[None]:
    with no_sound_devices(tmp_path):
        yield


OPENED: list[WelcomeDialog] = []


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


def open_welcome(qtbot, settings: Settings | None = None) -> tuple[WelcomeDialog, list[str]]:
    dialog = WelcomeDialog(settings or Settings())
    qtbot.addWidget(dialog)
    OPENED.append(dialog)
    seen: list[str] = []
    dialog.checkDone.connect(lambda check: seen.append(check.name))
    dialog.show()
    return dialog, seen


def row_texts(dialog: WelcomeDialog) -> str:
    return "\n".join(row.status.text() for row in dialog.rows.values())


@pytest.mark.usefixtures("no_sound_card")
def test_with_no_sound_system_typed_replies_are_offered(qtbot) -> None:
    dialog, seen = open_welcome(qtbot)
    assert not dialog.start_button.isEnabled()  # until the microphone is known
    qtbot.waitUntil(dialog.checks_finished, timeout=WAIT_MS)
    assert seen == list(ORDER)

    microphone = dialog.rows["microphone"].status
    assert microphone.status == "error"
    assert microphone.message() == "No microphone found. Plug one in, or type your replies."
    assert "Plug in a microphone or a headset" in microphone.fix()
    assert dialog.rows["speakers"].status.status == "error"
    # what needs no sound card is still checked, and fine
    assert dialog.rows["voice"].status.status == "ok"
    assert dialog.rows["model"].status.status == "ok"
    assert "tiny.en" in dialog.rows["model"].status.message()
    for word in CLI_WORDS:
        assert word not in row_texts(dialog), word

    assert dialog.microphone_works() is False
    assert not dialog.hands_free_radio.isEnabled() and not dialog.push_to_talk_radio.isEnabled()
    assert dialog.typed_radio.isChecked()
    assert "type your replies" in dialog.no_mic_note.message()
    assert dialog.no_mic_note.isVisibleTo(dialog)
    assert dialog.chosen_mode() == "typed"
    assert dialog.start_button.isEnabled()

    with qtbot.waitSignal(dialog.started, timeout=WAIT_MS) as started:
        dialog.start_button.click()
    assert started.args == ["typed"]
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    assert dialog.chosen_mode() == "typed"
    assert dialog.settings().welcomed is True
    assert load_settings() == dialog.settings()
    assert load_settings().mode == "hands_free"  # typed is per launch; the voice mode is kept


@pytest.mark.usefixtures("no_sound_card")
def test_check_again_runs_every_check_again(qtbot) -> None:
    dialog, seen = open_welcome(qtbot)
    qtbot.waitUntil(dialog.checks_finished, timeout=WAIT_MS)
    assert dialog.again_button.isEnabled()
    dialog.again_button.click()
    assert not dialog.checks_finished() and not dialog.again_button.isEnabled()
    assert dialog.rows["model"].status.message() == "Waiting…"
    qtbot.waitUntil(dialog.checks_finished, timeout=WAIT_MS)
    assert seen == list(ORDER) * 2
    assert dialog.microphone_works() is False and dialog.chosen_mode() == "typed"


def test_a_microphone_found_by_check_again_brings_the_voice_choice_back(
    qtbot, sound_server: SoundServer, tmp_path: Path
) -> None:
    with no_sound_devices(tmp_path):
        dialog, _ = open_welcome(qtbot, Settings(mode="push_to_talk"))
        qtbot.waitUntil(dialog.checks_finished, timeout=WAIT_MS)
        assert dialog.chosen_mode() == "typed" and dialog.typed_radio.isChecked()
    # the sound server is back (a headset plugged in); Check again looks for it
    dialog.again_button.click()
    qtbot.waitUntil(dialog.checks_finished, timeout=WAIT_MS)
    assert dialog.microphone_works() is True  # silent, so a warning, but usable
    assert dialog.rows["microphone"].status.status == "warning"
    assert "silent" in dialog.rows["microphone"].status.message()
    assert dialog.push_to_talk_radio.isChecked() and dialog.chosen_mode() == "voice"
    assert not dialog.no_mic_note.isVisibleTo(dialog)


def test_on_the_sound_card_the_microphone_works_and_voice_is_chosen(
    qtbot, sound_card: SoundServer
) -> None:
    t = np.arange(30 * RATE) / RATE
    voice_like = (0.1 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)  # about -23 dBFS
    player = play_into_mic(voice_like, wait=False)
    try:
        qtbot.wait(600)  # pacat buffers up to half a second before the microphone hears it
        dialog, seen = open_welcome(qtbot, Settings(mode="push_to_talk"))
        assert dialog.push_to_talk_radio.isChecked()  # the saved choice is the starting point
        qtbot.waitUntil(lambda: dialog.microphone_works() is not None, timeout=WAIT_MS)
    finally:
        player.terminate()
        player.wait()
    microphone = dialog.rows["microphone"].status
    assert microphone.status == "ok", microphone.text()
    assert microphone.message().startswith("Works:") and "heard you" in microphone.message()
    assert dialog.microphone_works() is True
    assert dialog.hands_free_radio.isEnabled() and dialog.push_to_talk_radio.isEnabled()
    assert not dialog.no_mic_note.isVisibleTo(dialog)
    assert dialog.chosen_mode() == "voice"
    assert dialog.start_button.isEnabled()

    qtbot.waitUntil(dialog.checks_finished, timeout=WAIT_MS)
    assert seen == list(ORDER)
    statuses = {row.key: row.status.status for row in dialog.rows.values()}
    assert statuses == {"microphone": "ok", "speakers": "ok", "voice": "ok", "model": "ok"}

    # the keyboard alone: Alt+H picks hands-free, Alt+N the name, Enter starts
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.start_button.setFocus()
    qtbot.waitUntil(dialog.start_button.hasFocus)
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.hands_free_radio.isChecked)  # a mnemonic "animates" the click
    qtbot.keyClick(dialog.hands_free_radio, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.name_edit.hasFocus)
    qtbot.keyClicks(dialog.name_edit, "  Sam ")
    with qtbot.waitSignal(dialog.started, timeout=WAIT_MS) as started:
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert started.args == ["voice"]
    saved = load_settings()
    assert saved == dialog.settings()
    assert saved.welcomed is True and saved.mode == "hands_free" and saved.trainee == "Sam"


def test_closing_the_welcome_changes_nothing(qtbot) -> None:
    dialog, _ = open_welcome(qtbot)
    dialog.reject()
    assert dialog.settings().welcomed is False
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT_MS)  # the check in progress ends
    assert load_settings() == Settings()


def test_the_doctors_command_line_advice_is_reworded_for_the_window() -> None:
    texts = [
        NO_MICROPHONE,
        f"Plug in a microphone, then run `hotseat doctor` again; {_TYPED_HINT}",
        _portaudio_fix("libportaudio.so.2: cannot open shared object file"),
        _model_fix(),
        "Check it is not muted; then run the doctor again while talking.",
    ]
    for text in texts:
        shown = for_window(text)
        for word in CLI_WORDS:
            assert word not in shown, (word, shown)
        assert shown.endswith((".", ")"))
    assert for_window(NO_MICROPHONE) == "No microphone found. Plug one in, or type your replies."
    assert for_window(texts[1]) == "Plug in a microphone, then check again."
