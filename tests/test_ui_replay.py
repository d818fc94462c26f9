"""The replay window (pytest-qt, offscreen) on real recorded sessions: turns, timeline, transport,
notes and overrides saved with the session, branching; one test plays through the real player on
the test sound card."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt

from desktop.replay_demo import demo_session
from desktop.session_notes import load_notes, overrides
from desktop.ui.replay_page import ReplayPage, clock
from personas.library import find_persona
from tests.recorded_call import PERSONA_ID
from tests.replay_testkit import recorded_session, sounds, turn_pitch


class FakePlayer:
    """Stands in for audio.playback.Player: records what it was asked to play."""

    latency_s = 0.0

    def __init__(self) -> None:
        self.played: list[Any] = []
        self.stops = 0
        self.closed = False
        self.started = threading.Event()

    def play(self, speech: Any, *, on_first_sample: Any = None, on_done: Any = None) -> None:
        self.played.append(speech)
        if on_first_sample is not None:
            on_first_sample(time.monotonic())
        self.started.set()

    def stop(self) -> None:
        self.stops += 1

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake_player() -> FakePlayer:
    return FakePlayer()


def _page(qtbot, stored, player: Any = None) -> ReplayPage:
    page = ReplayPage(player_factory=(lambda: player) if player is not None else None)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_session(stored, find_persona(stored.meta["persona"]["id"]))
    qtbot.waitUntil(lambda: page.audio is not None or not stored.offsets, timeout=10_000)
    return page


def test_the_page_shows_every_turn_with_its_marks_and_the_timeline(qtbot) -> None:
    stored = recorded_session()
    page = _page(qtbot, stored)
    turns = stored.record["turns"]
    assert [row.turn_id for row in page.rows] == [t["id"] for t in turns]
    assert page.duration_s == pytest.approx(page.audio.duration_s)
    assert page.time_label.text() == f"0:00 / {clock(page.duration_s)}"
    # trainee rows carry the judge's marks with their evidence; persona rows don't
    reply = next(r for r in page.rows if r.speaker == "trainee")
    turn = next(t for t in turns if t["id"] == reply.turn_id)
    hits = [m for m, info in turn["marks"].items() if info["hit"]]
    assert hits and len([c for c in reply.chips if not c.fault]) >= len(hits)
    evidence = turn["marks"][hits[0]]["evidence"]
    assert any(evidence in chip.toolTip() for chip in reply.chips)
    assert reply.branch_button is not None
    assert all(r.branch_button is None for r in page.rows if r.speaker == "persona")
    # the timeline has every turn with audio, and a mood point after each reply
    assert [s["turn"] for s in page.timeline.spans] == [o["turn"] for o in stored.offsets]
    replies = [t for t in turns if t["speaker"] == "trainee"]
    assert len(page.timeline.mood) == 1 + len(replies)
    assert page.timeline.mood[-1][1] == pytest.approx(replies[-1]["mood_after"])
    assert page.interrupted_badge is None


def test_a_fault_is_a_red_chip(qtbot) -> None:
    stored, persona = demo_session(notes=False)
    page = ReplayPage()
    qtbot.addWidget(page)
    page.show_session(stored, persona)
    faulty = [r for r in page.rows if any(c.fault for c in r.chips)]
    assert faulty, "the demo call has a dismissal"
    assert "Dismissal" in next(c for c in faulty[0].chips if c.fault).text()


def test_clicking_a_turn_moves_the_playhead_and_selection_to_its_start(
    qtbot, fake_player: FakePlayer
) -> None:
    stored = recorded_session()
    page = _page(qtbot, stored, fake_player)
    t5 = next(o for o in stored.offsets if o["turn"] == "t5")
    row = page.row("t5")
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(30, 8))
    assert page.selected == "t5" and row.is_selected
    assert page.timeline.selected == "t5"
    assert page.position_s == pytest.approx(t5["start_s"])
    assert page.timeline.position_s == pytest.approx(t5["start_s"])
    assert page.current == "t5" and row.playing_now
    # ...and plays it: what the player got starts with that turn's audio
    assert fake_player.started.wait(10)
    qtbot.waitUntil(lambda: page.replay is not None and page.replay.is_playing)
    handed = fake_player.played[-1].samples
    expected = stored.turn_audio("t5").astype(np.float32) / 32768
    assert np.allclose(handed[: len(expected)], expected, atol=2e-4)
    assert page.play_button.text().endswith("Pause")
    # the clock moves the playhead on
    qtbot.waitUntil(lambda: page.position_s > t5["start_s"] + 0.2, timeout=5000)
    # Space pauses (focus is on the row, not in a text field)
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Space)
    assert not page.play_button.text().endswith("Pause")
    qtbot.waitUntil(lambda: fake_player.stops >= 1)


def test_the_timeline_seeks_where_clicked_and_keys_skip_and_step(qtbot) -> None:
    stored = recorded_session()
    page = _page(qtbot, stored)
    timeline = page.timeline
    x = round(timeline.x_for(6.0))
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, timeline.height() // 2))
    assert page.position_s == pytest.approx(6.0, abs=page.duration_s / timeline.width() * 2)
    here = page.position_s
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert page.position_s == pytest.approx(max(0.0, here - 5))
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert page.position_s == pytest.approx(max(0.0, here - 5) + 5)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert page.position_s == pytest.approx(page.duration_s)  # clamped at the end
    first = page.selected
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    ids = [r.turn_id for r in page.rows]
    assert page.selected == ids[ids.index(first) + 1]
    # speed buttons
    page.speed_buttons[1.5].click()
    assert page.speed == 1.5 and page.speed_buttons[1.5].isChecked()
    assert not page.speed_buttons[1.0].isChecked()
    # on a button, Space presses the button (not play/pause)
    page.speed_buttons[1.0].setFocus()
    qtbot.keyClick(page.speed_buttons[1.0], Qt.Key.Key_Space)
    assert page.speed == 1.0 and not page.play_button.text().endswith("Pause")
    # typing in the note box never moves the playhead
    page.note_edit.setFocus()
    before = page.position_s
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Left)
    qtbot.keyClicks(page.note_edit, "a b")
    assert page.position_s == before and page.note_edit.toPlainText() == "a b"


def test_notes_on_a_turn_and_at_a_moment_persist(qtbot) -> None:
    stored = recorded_session()
    folder = stored.summary.folder
    page = _page(qtbot, stored)
    page.play_turn("t5")
    page.note_edit.setPlainText("Good pace here")
    page.note_turn_button.click()
    qtbot.waitUntil(lambda: len(page.notes) == 1)
    page.seek(3.5)
    page.note_edit.setPlainText("Listen to this pause")
    assert page.note_moment_button.text() == "Note at 0:04"
    page.note_moment_button.click()
    qtbot.waitUntil(lambda: len(page.notes) == 2)
    saved = load_notes(folder)
    assert [(n["text"], n["turn_id"], n["at_s"]) for n in saved] == [
        ("Good pace here", "t5", None),
        ("Listen to this pause", None, 3.5),
    ]
    # listed beside their turn (the moment's note beside the turn heard then)
    assert any("Good pace here" in label.text() for label in page.row("t5").note_labels)
    heard_then = page.row(next(s["turn"] for s in reversed(page.spans) if s["start_s"] <= 3.5))
    assert any("Listen to this pause" in label.text() for label in heard_then.note_labels)
    assert page.timeline.note_times == [3.5]
    # a fresh page on the same session, read back from disk
    again = _page(qtbot, stored)
    qtbot.waitUntil(lambda: len(again.notes) == 2)
    assert any("Good pace here" in label.text() for label in again.row("t5").note_labels)
    # and a note can be deleted from beside its turn
    again.row("t5").remove_buttons[saved[0]["id"]].click()
    qtbot.waitUntil(lambda: len(again.notes) == 1)
    assert [n["text"] for n in load_notes(folder)] == ["Listen to this pause"]
    assert not any("Good pace" in label.text() for label in again.row("t5").note_labels)


def test_an_override_shows_the_original_struck_through_beside_it(qtbot) -> None:
    stored = recorded_session()
    folder = stored.summary.folder
    page = _page(qtbot, stored)
    turn = next(t for t in stored.record["turns"] if t["id"] == "t2")
    assert turn["marks"]["empathise"]["hit"]
    page.play_turn("t2")
    index = next(
        i for i in range(page.mark_box.count()) if page.mark_box.itemData(i)[0] == "empathise"
    )
    page.mark_box.setCurrentIndex(index)
    assert page.override_button.text() == "Remove “Empathised”"
    page.override_button.click()  # no reason: refused
    assert overrides(folder) == {}
    page.reason_edit.setText("Said by rote")
    page.override_button.click()
    qtbot.waitUntil(lambda: ("t2", "empathise") in page.overrides)
    assert overrides(folder)[("t2", "empathise")]["hit"] is False
    row = page.row("t2")
    struck = [c for c in row.struck if "Empathised" in c.text()]
    assert struck and struck[0].font().strikeOut()  # the original, still shown
    assert any(
        "removed “Empathised”" in label.text() and "Said by rote" in label.text()
        for label in row.override_labels
    )
    # giving a mark the judge did not give: a coach's chip beside the record
    index = next(
        i for i in range(page.mark_box.count()) if page.mark_box.itemData(i)[0] == "options"
    )
    page.mark_box.setCurrentIndex(index)
    page.reason_edit.setText("A refund, in other words")
    page.override_button.click()
    qtbot.waitUntil(lambda: ("t2", "options") in page.overrides)
    row = page.row("t2")
    assert any("Options" in c.text() for c in row.given)
    assert "(the judge: not given)" in " ".join(label.text() for label in row.override_labels)
    # the record itself is untouched
    assert page.turns["t2"]["marks"]["empathise"]["hit"] is True
    # undoing an override shows the judge's mark alone again
    undo = overrides(folder)[("t2", "empathise")]["id"]
    page.row("t2").remove_buttons[undo].click()
    qtbot.waitUntil(lambda: ("t2", "empathise") not in page.overrides)
    assert ("t2", "empathise") not in overrides(folder)
    assert not [c for c in page.row("t2").struck if "Empathised" in c.text()]


def test_try_this_moment_again_emits_the_session_and_turn(qtbot) -> None:
    stored = recorded_session()
    page = _page(qtbot, stored)
    row = page.row("t5")
    with qtbot.waitSignal(page.branch_requested) as signal:
        row.branch_button.click()
    assert signal.args == [stored.id, "t5"]
    page.play_turn("t7")
    with qtbot.waitSignal(page.branch_requested) as signal:
        qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [stored.id, "t7"]
    page.play_turn("t6")  # a customer's line: nothing to try again
    assert not page.branch_side.isEnabled()
    with qtbot.waitSignal(page.back):
        page.back_button.click()


def test_an_interrupted_session_replays_with_a_badge(qtbot) -> None:
    stored = recorded_session(finish=False)
    assert stored.status == "interrupted"
    page = _page(qtbot, stored)
    assert page.interrupted_badge is not None and page.interrupted_badge.text() == "interrupted"
    assert [r.turn_id for r in page.rows] == [t["id"] for t in stored.record["turns"]]
    assert page.play_button.isEnabled()
    page.play_turn(stored.offsets[-1]["turn"])
    assert page.position_s == pytest.approx(stored.offsets[-1]["start_s"])


def test_a_typed_session_is_shown_without_audio(qtbot) -> None:
    from desktop.session_store import SessionStore
    from personas.call import Call

    store = SessionStore()
    call = Call(find_persona(PERSONA_ID), seed=7, trainee="Sam")
    writer = store.create(call.record())
    writer.turn(call.start())
    result = call.reply("I am so sorry the parcel never arrived.", extra={"typed": True})
    writer.turn(result.trainee_turn)
    for turn in result.persona_turns:
        writer.turn(turn)
    call.hang_up()
    writer.finish(call.record())
    stored = store.get(writer.id)
    page = _page(qtbot, stored)
    assert not page.play_button.isEnabled()
    assert page.status.text() == "Typed call: no audio"
    page.play_turn(page.rows[1].turn_id)
    assert page.selected == page.rows[1].turn_id and page.position_s > 0


def test_the_timeline_grows_with_large_text(qtbot) -> None:
    from PySide6.QtGui import QFont

    stored, persona = demo_session()
    page = ReplayPage()
    qtbot.addWidget(page)
    font = QFont(page.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    page.setFont(font)
    page.resize(1280, 860)
    page.show()
    page.show_session(stored, persona)
    qtbot.waitUntil(lambda: page.audio is not None and bool(page.notes), timeout=10_000)
    image = page.grab().toImage()
    assert image.width() > 0
    line = page.timeline.fontMetrics().height()
    assert page.timeline.height() >= line * 10  # the timeline grows with the text


@pytest.mark.voice
@pytest.mark.usefixtures("sound_server")
def test_clicking_a_turn_plays_that_turn_on_the_sound_card(qtbot) -> None:
    from audio.capture import rescan_devices
    from tests.virtual_trainee import SourceRecorder

    rescan_devices()  # PortAudio may have started before the sound server (no stream is open)
    stored = recorded_session()
    page = ReplayPage()  # the real Player on the default (virtual) speaker
    qtbot.addWidget(page)
    page.show()
    page.show_session(stored, find_persona(PERSONA_ID))
    qtbot.waitUntil(lambda: page.audio is not None, timeout=10_000)
    t7 = next(o for o in stored.offsets if o["turn"] == "t7")
    with SourceRecorder() as recorder:
        qtbot.mouseClick(page.row("t7"), Qt.MouseButton.LeftButton, pos=QPoint(30, 8))
        qtbot.waitUntil(lambda: page.replay is not None and page.replay.is_playing, timeout=10_000)
        assert page.current == "t7" and page.row("t7").playing_now
        # the transcript follows the audio on to the customer's answer
        qtbot.waitUntil(lambda: page.current == "t8", timeout=10_000)
        assert page.row("t8").playing_now and not page.row("t7").playing_now
        page.pause()
        qtbot.wait(400)
        samples = recorder.samples()
    try:
        heard = sounds(samples, 16000)
        assert heard, "nothing reached the speaker"
        assert heard[0].hz == pytest.approx(turn_pitch(stored, "t7"), rel=0.03)
        assert heard[0].duration_s == pytest.approx(t7["end_s"] - t7["start_s"], abs=0.08)
    finally:
        page.close_audio()
