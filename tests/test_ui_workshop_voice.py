"""A spoken workshop on the virtual sound card: two trainees take turns answering one customer.

The window loads the speech model and espeak in the background; the workshop opens from it
(``open_workshop``), the call runs by turn, and the virtual trainee answers by ear. Each reply
is credited to whoever held the hot seat, and the call is saved as a session under both names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audio.capture import rescan_devices
from desktop.recording import record_consent
from desktop.session_store import SessionStore
from desktop.settings import Settings
from desktop.ui.app import MainWindow
from desktop.ui.facilitator_console import open_workshop
from desktop.workshop import records_of, scoreboard
from tests.sound_server import SoundServer
from tests.virtual_trainee import TEST_PACE, VirtualTrainee

VOICE = Path(__file__).parent / "data" / "voice"
GOOD = [VOICE / f"good_0{i}.flac" for i in range(1, 6)]

pytestmark = pytest.mark.voice


def test_two_trainees_take_turns_in_a_spoken_workshop(qtbot, sound_server: SoundServer) -> None:
    rescan_devices()
    for name in ("Ana", "Ben"):
        record_consent(name)
    window = MainWindow(Settings(welcomed=True, customer_pace=TEST_PACE), seed=1)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.voice_state != "loading", timeout=180_000)
    assert window.voice_state == "ready", window.voice_label.text()

    console = open_workshop(window)
    qtbot.addWidget(console.presenter)
    console.add_names("Ana\nBen")
    console.by_turn.setChecked(True)
    console.persona_box.setCurrentIndex(console.persona_box.findData("billing-error"))
    assert console.spoken_box.isChecked() and console.spoken_box.isEnabled()
    qtbot.waitUntil(lambda: console.consented is not None)
    seats: list[str] = []
    console.model.seat_changed.connect(lambda hot, _next: seats.append(hot))
    replies: list[dict] = []
    console.model.reply_judged.connect(replies.append)
    # one spoken reply each is enough to show the seat passing; the facilitator then ends it
    with VirtualTrainee(GOOD[:2]):
        console.start_call()
        qtbot.waitUntil(lambda: len(replies) == 2, timeout=300_000)
        with qtbot.waitSignal(console.model.call_over, timeout=60_000) as done:
            console.model.end_call()
    record = done.args[0]

    assert record["mode"] == "voice"
    said = [t["trainee"] for t in record["turns"] if t["speaker"] == "trainee"]
    assert said == ["Ana", "Ben"]
    heard = " ".join(t["heard"]["text"] for t in record["turns"] if t["speaker"] == "trainee")
    assert "cancel" in heard.lower()  # real speech, transcribed
    assert record["trainees"] == ["Ana", "Ben"]
    assert "Ana" in seats and "Ben" in seats
    view = console.presenter
    assert "Call over" in view.banner.text() and view.reply_head.text()

    qtbot.waitUntil(lambda: console.model.all_saved, timeout=60_000)
    session_id = console.model.workshop.calls[0].session_id
    stored = SessionStore().get(session_id)
    assert stored.status == "complete" and stored.record["trainees"] == ["Ana", "Ben"]
    assert [s.id for s in SessionStore().list(trainee="Ben")] == [session_id]
    from_disk = scoreboard(records_of([session_id]), order=["Ana", "Ben"])
    assert [r.as_json() for r in from_disk] == [
        r.as_json() for r in console.model.workshop.scoreboard()
    ]
    console.close()
    window.close()
