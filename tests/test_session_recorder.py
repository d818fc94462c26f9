"""Recording a session: the journal and both voices on disk as the call goes, crash-safe.

Real files in the test's own HOTSEAT_HOME, the real Call, synthetic voices on a made-up clock
(tests/recorded_call.py), and real ``kill -9`` of a recording process.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile

from desktop.session_journal import read_journal, rebuild_record
from desktop.session_recorder import NullWriter
from desktop.session_store import SessionStore
from desktop.session_wav import read_wav, resample, to_pcm16
from tests.recorded_call import (
    PERSONA_RATE,
    REPLIES,
    SpokenCall,
    new_call,
    persona_line,
    trainee_burst,
)

ROOT = Path(__file__).resolve().parents[1]
TIMING_KEYS = {"audio", "spoken_at", "played_s", "completed", "timings"}


def _without_timing(turns: list[dict]) -> list[dict]:
    return [{k: v for k, v in t.items() if k not in TIMING_KEYS} for t in turns]


def _check_audio(stored) -> None:
    """Every turn with audio holds exactly the synthetic voice it was given."""
    trainee = [o for o in stored.offsets if o["speaker"] == "trainee"]
    persona = [o for o in stored.offsets if o["speaker"] == "persona"]
    for n, offset in enumerate(trainee):
        assert np.array_equal(stored.turn_audio(offset["turn"]), to_pcm16(trainee_burst(n)))
    for n, offset in enumerate(persona):
        expected = to_pcm16(resample(persona_line(n), PERSONA_RATE))
        assert np.array_equal(stored.turn_audio(offset["turn"]), expected)


def _record_whole_call(store: SessionStore):
    call = new_call()
    writer = store.create({**call.record(), "model_id": "tiny.en"})
    spoken = SpokenCall(call, writer)
    spoken.start()
    for text in REPLIES:
        spoken.reply(text)
    assert call.finished
    writer.finish(call.record())
    return call, writer


def test_a_whole_call_is_stored_with_both_voices_aligned_turn_by_turn() -> None:
    store = SessionStore()
    call, writer = _record_whole_call(store)

    stored = store.get(writer.id)
    assert stored.status == "complete"
    assert json.loads(json.dumps(call.record())) == stored.record
    assert [o["turn"] for o in stored.offsets] == [t["id"] for t in call.turns]
    _check_audio(stored)
    # both tracks as long as each other, and their headers say so
    (length,) = {len(stored.read_track(track)) for track in ("trainee", "persona")}
    for path in stored.audio.values():
        info = soundfile.info(str(path))
        assert (info.samplerate, info.channels, info.frames) == (16000, 1, length)
    summary = stored.summary
    assert (summary.persona_id, summary.trainees, summary.model_id) == (
        "lost-express",
        ("Sam",),
        "tiny.en",
    )
    assert (summary.outcome, summary.score, summary.turns) == (
        call.outcome,
        call.record()["score"]["total"],
        len(call.turns),
    )
    assert not (stored.summary.folder / ".writer.lock").exists()


def test_trainee_offsets_come_from_the_voiced_span_and_gaps_are_silence() -> None:
    store = SessionStore()
    call = new_call()
    writer = store.create(call.record(), t0=1000.0)
    burst = trainee_burst(0)
    # the microphone starts late (2 s into the session) and has a 1 s hole in the middle
    half = len(burst) // 2 // 512 * 512
    for start in range(0, half, 512):
        writer.trainee_audio(burst[start : start + 512], 1002.0 + start / 16000)
    for start in range(half, len(burst), 512):
        writer.trainee_audio(burst[start : start + 512], 1003.0 + start / 16000)
    call.start()
    turn = call.reply(
        "sorry", extra={"timings": {"first_voiced_at": 1002.0, "last_voiced_at": 1002.5}}
    ).trainee_turn
    writer.turn(turn)
    writer.finish(call.record())

    assert turn["audio"] == {"track": "trainee", "start_s": 2.0, "end_s": 2.5}
    track = read_wav(writer.folder / "trainee.wav")
    pcm = to_pcm16(burst)
    assert not track[:32000].any()
    assert np.array_equal(track[32000 : 32000 + half], pcm[:half])
    assert not track[32000 + half : 48000 + half].any()
    assert np.array_equal(track[48000 + half : 48000 + len(burst)], pcm[half:])


def test_a_persona_line_cut_short_keeps_only_what_was_heard() -> None:
    store = SessionStore()
    call = new_call()
    writer = store.create(call.record(), t0=50.0)
    opening = call.start()
    line = persona_line(3)
    writer.persona_audio(line, 51.0, PERSONA_RATE)  # no turn id: matched by spoken_at
    opening.update(spoken_at=51.0, played_s=0.25, completed=False)
    writer.turn(opening)
    writer.finish(call.record())

    assert opening["audio"] == {"track": "persona", "start_s": 1.0, "end_s": 1.25}
    track = read_wav(writer.folder / "persona.wav")
    full = to_pcm16(resample(line, PERSONA_RATE))
    assert np.array_equal(track[16000:20000], full[:4000])
    assert not track[20000:].any()
    assert not track[:16000].any()


def test_a_persona_line_started_over_another_cuts_the_first_one_off() -> None:
    store = SessionStore()
    call = new_call()
    writer = store.create(call.record(), t0=10.0)
    first, second = persona_line(5), persona_line(0)  # 0.75 s and 0.4 s at 22.05 kHz
    writer.persona_audio(first, 11.0, PERSONA_RATE)
    writer.persona_audio(second, 11.25, PERSONA_RATE)
    writer.finish(call.record())

    track = read_wav(writer.folder / "persona.wav")
    one, two = (to_pcm16(resample(line, PERSONA_RATE)) for line in (first, second))
    assert np.array_equal(track[16000:20000], one[:4000])
    assert np.array_equal(track[20000 : 20000 + len(two)], two)
    assert 16000 + len(one) > 20000 + len(two)
    assert not track[20000 + len(two) :].any()  # nothing of the first after the second
    assert np.array_equal(read_wav(writer.folder / "persona.wav", 20000, 100), two[:100])


def test_typed_and_silent_turns_have_no_audio_and_a_take_back_is_journaled() -> None:
    store = SessionStore()
    call = new_call()
    writer = store.create(call.record())
    writer.turn(call.start())
    first = call.reply("okay", extra={"typed": True})
    writer.turn(first.trainee_turn)
    for turn in first.persona_turns:
        writer.turn(turn)
    rude = call.reply("You need to calm down.", extra={"typed": True})
    writer.turn(rude.trainee_turn)
    call.take_back(rude.trainee_turn["id"])
    writer.undone(call.undone[-1])
    again = call.reply(REPLIES[0], extra={"typed": True})
    silent = call.reply("", extra={"timings": {"silent_s": 10.0}, "silent": True})
    for result in (again, silent):
        writer.turn(result.trainee_turn)
        for turn in result.persona_turns:
            writer.turn(turn)

    entries = read_journal(writer.folder / "journal.jsonl")
    assert [e["type"] for e in entries].count("undone") == 1
    rebuilt = rebuild_record(writer.meta, entries)
    expected = json.loads(json.dumps(call.record()))
    assert rebuilt["turns"] == expected["turns"]
    assert rebuilt["undone"] == expected["undone"]
    assert rebuilt["interrupted"] is True and rebuilt["outcome"] is None
    assert all("audio" not in t for t in rebuilt["turns"])
    writer.finish(call.record())
    assert store.get(writer.id).record["undone"] == expected["undone"]


def test_a_turn_logged_again_replaces_the_earlier_entry() -> None:
    store = SessionStore()
    call = new_call()
    writer = store.create(call.record())
    writer.turn(call.start())
    turn = call.reply(REPLIES[0], extra={"typed": True}).trainee_turn
    writer.turn(turn)
    turn["delivery"] = {"pace_wpm": np.float32(150.0)}  # numpy numbers still make JSON
    writer.turn(turn)
    assert writer.error is None
    rebuilt = rebuild_record(writer.meta, read_journal(writer.folder / "journal.jsonl"))
    assert [t["id"] for t in rebuilt["turns"]] == ["t1", "t2"]
    assert rebuilt["turns"][1]["delivery"] == {"pace_wpm": 150.0}
    writer.abandon()


def test_abandon_without_a_reply_leaves_nothing_and_with_replies_keeps_an_interrupted_call():
    store = SessionStore()
    call = new_call()
    empty = store.create(call.record())
    empty.turn(call.start())
    empty.abandon("no microphone")
    assert not empty.folder.exists()
    assert store.list() == []

    kept = store.create(call.record())
    kept.turn(call.turns[0])
    kept.turn(call.reply(REPLIES[0], extra={"typed": True}).trainee_turn)
    kept.abandon("speech engine failed")
    stored = store.get(kept.id)
    assert stored.status == "interrupted"
    assert stored.meta["interrupted"] == "speech engine failed"
    assert [t["id"] for t in stored.record["turns"]] == ["t1", "t2"]


def test_a_workshop_session_lists_every_trainee_as_they_speak() -> None:
    store = SessionStore()
    call = new_call(trainee="Ann")
    writer = store.create(call.record())
    writer.turn(call.start())
    writer.turn(call.reply(REPLIES[0], extra={"typed": True}).trainee_turn)
    writer.turn(call.reply(REPLIES[1], trainee="Bob", extra={"typed": True}).trainee_turn)
    assert store.get(writer.id).summary.trainees == ("Ann", "Bob")
    assert [s.id for s in store.list(trainee="bob")] == [writer.id]
    writer.finish(call.record())
    assert store.get(writer.id).summary.trainees == ("Ann", "Bob")


def test_the_null_writer_records_nothing_and_accepts_everything() -> None:
    writer = NullWriter()
    call = new_call()
    turn = call.start()
    writer.trainee_audio(np.zeros(512, np.float32), 1.0)
    writer.persona_audio(np.zeros(100, np.float32), 1.0, 22050)
    assert writer.turn(turn) is turn
    writer.undone({"at": "t2"})
    writer.finish(call.record())
    writer.abandon()
    assert SessionStore().list() == []


def test_a_live_recording_is_not_recovered() -> None:
    store = SessionStore()
    call = new_call()
    writer = store.create(call.record())
    writer.turn(call.start())
    assert store.recover() == []
    assert store.get(writer.id).status == "recording"
    writer.finish(call.record())
    assert store.get(writer.id).status == "complete"


# -- kill -9 --------------------------------------------------------------------------------------


def _record_and_kill(mode: str, marker: str, home: Path) -> str:
    env = {**os.environ, "HOTSEAT_HOME": str(home)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.recorded_call", mode],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    session_id = None
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("SESSION "):
                session_id = line.split()[1]
            if line.strip() == marker:
                break
        else:
            pytest.fail(f"the recording process ended before {marker}")
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL
    assert session_id is not None
    return session_id


@pytest.mark.parametrize(
    ("mode", "marker", "replies"),
    [("trainee", "STREAMING", 3), ("persona", "PERSONA_DONE", 2)],
    ids=["while-the-trainee-speaks", "right-after-a-persona-line"],
)
def test_a_call_killed_mid_way_keeps_every_completed_turn_and_its_audio(
    hotseat_home: Path, mode: str, marker: str, replies: int
) -> None:
    session_id = _record_and_kill(mode, marker, hotseat_home)
    store = SessionStore()
    assert store.get(session_id).status == "recording"

    assert store.recover() == [session_id]

    stored = store.get(session_id)
    assert stored.status == "interrupted"
    assert stored.record["interrupted"] is True
    # the same call replayed here: every completed turn is in the record, word for word
    call = new_call()
    call.start()
    for text in REPLIES[:replies]:
        call.reply(text)
    assert _without_timing(stored.record["turns"]) == _without_timing(
        json.loads(json.dumps(call.turns))
    )
    assert stored.summary.turns == len(call.turns)
    assert stored.summary.score == stored.record["score"]["total"]
    _check_audio(stored)
    # the headers were repaired from the file sizes, and the tracks read as WAV again
    for path in stored.audio.values():
        info = soundfile.info(str(path))
        assert info.frames == len(read_wav(path)) > 0
    if mode == "trainee":  # the utterance in progress was being written as it was spoken
        last = [o for o in stored.offsets if o["speaker"] == "trainee"][-1]
        assert len(stored.read_track("trainee")) > round(last["end_s"] * 16000)
    assert not (stored.summary.folder / ".writer.lock").exists()
    assert store.recover() == []


def test_recover_repairs_stale_headers_and_a_torn_last_line() -> None:
    store = SessionStore()
    call = new_call()
    writer = store.create(call.record())
    spoken = SpokenCall(call, writer)
    spoken.start()
    spoken.reply(REPLIES[0])
    # what a power cut could leave: this folder as it is now, a half-written entry, headers
    # that never learnt the last sizes, and no index row (the folder is all there is)
    crashed = store.root / "20260101-000000-c0ffee"
    shutil.copytree(writer.folder, crashed)
    (crashed / ".writer.lock").unlink()
    meta = json.loads((crashed / "meta.json").read_text())
    (crashed / "meta.json").write_text(json.dumps({**meta, "id": "old-name"}))
    with open(crashed / "journal.jsonl", "a") as journal:
        journal.write('{"type": "turn", "turn": {"id": "t9", "spea')
    for name in ("trainee.wav", "persona.wav"):
        with open(crashed / name, "r+b") as track:
            track.seek(4)
            track.write(b"\0\0\0\0")
            track.seek(40)
            track.write(b"\0\0\0\0")

    assert store.recover() == ["20260101-000000-c0ffee"]

    stored = store.get("20260101-000000-c0ffee")
    assert stored.status == "interrupted"
    assert [t["id"] for t in stored.record["turns"]] == [t["id"] for t in call.turns]
    assert (crashed / "journal.jsonl").read_bytes().endswith(b"}\n")
    _check_audio(stored)
    for path in stored.audio.values():
        assert soundfile.info(str(path)).frames == len(read_wav(path)) > 0
    assert store.get(writer.id).status == "recording"  # the live one is left alone
    writer.finish(call.record())
