"""A spoken call through the window on the virtual sound card, with a stall probe running.

Everything is real: the window loads the model and espeak in the background, the call screen
observes the same VoiceCall the command line uses, the virtual trainee answers by ear through
the virtual microphone. The stall figure is reported (printed), never asserted against a clock.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audio.capture import rescan_devices
from desktop.recording import record_consent
from desktop.session_store import SessionStore
from desktop.settings import Settings
from desktop.ui.app import MainWindow
from desktop.ui.stall_probe import StallProbe
from tests.sound_server import SoundServer
from tests.virtual_trainee import TEST_PACE, VirtualTrainee

VOICE = Path(__file__).parent / "data" / "voice"
GOOD = [VOICE / f"good_0{i}.flac" for i in range(1, 6)]

pytestmark = pytest.mark.voice


def test_a_spoken_call_through_the_window(qtbot, sound_server: SoundServer) -> None:
    rescan_devices()  # PortAudio may have started in this process before the sound server
    record_consent("trainee")
    window = MainWindow(Settings(welcomed=True, customer_pace=TEST_PACE), seed=1)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.voice_state != "loading", timeout=180_000)
    assert window.voice_state == "ready", window.voice_label.text()

    probe = StallProbe()
    states: list[str] = []
    with VirtualTrainee(GOOD):
        probe.start()
        window.start_call("billing-error")
        window.session.state_changed.connect(states.append)
        with qtbot.waitSignal(window.call_page.finished, timeout=400_000) as done:
            pass
        probe.stop()
    record = done.args[0]

    assert record["mode"] == "voice" and record["outcome"] == "resolved"
    assert record["voice"]["input_device"]
    trainee = [t for t in record["turns"] if t["speaker"] == "trainee"]
    assert len(trainee) >= 3
    assert all(t["heard"]["text"] == t["text"] for t in trainee)
    assert {"persona", "listening", "speaking", "thinking", "over"} <= set(states)
    views = [v for v in window.call_page.turn_views if v.turn["speaker"] == "trainee"]
    assert [v.turn["id"] for v in views] == [t["id"] for t in trainee]
    assert any(c.label == "Acknowledged" and c.evidence for v in views for c in v.chips)
    assert window.pages.currentWidget() is window.report_page

    # the call was recorded: both voices, each reply's audio where the record says it is
    qtbot.waitUntil(lambda: window.session.recorder.done.is_set(), timeout=30_000)
    stored = SessionStore().get(window.session.recorder.id)
    assert stored.status == "complete"
    assert [t["text"] for t in stored.record["turns"]] == [t["text"] for t in record["turns"]]
    for turn in trainee:
        heard = stored.turn_audio(turn["id"]).astype(np.float32) / 32768
        assert len(heard) > 0.5 * 16_000
        assert 20 * np.log10(np.sqrt(np.mean(heard**2)) + 1e-9) > -40
    opening = stored.turn_audio(record["turns"][0]["id"]).astype(np.float32) / 32768
    assert len(opening) > 16_000 and np.abs(opening).max() > 0.05
    print(f"\nlongest event-loop stall during the spoken call: {probe.worst_ms:.1f} ms "
          f"over {len(probe.gaps_ms)} ticks")
    window.close()
