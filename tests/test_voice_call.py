"""Whole spoken calls on the real sound server: `hotseat play … --voice --json` in a subprocess.

The app opens the default input and output (the test server's virtual microphone and speaker); a
virtual trainee listens to the speaker and answers with recorded replies into the microphone. No
part of the app is replaced: real espeak-ng speech, real PortAudio streams, real Silero and
Whisper. The timeouts only stop a broken run from hanging the suite; they assert nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.sound_server import SoundServer
from tests.virtual_trainee import TEST_PACE, VirtualTrainee, play_into_mic

VOICE = Path(__file__).parent / "data" / "voice"
AUDIT_HOOK = Path(__file__).parent / "network_audit"
GOOD = [VOICE / f"good_0{i}.flac" for i in range(1, 6)]
RUDE = [VOICE / f"rude_0{i}.flac" for i in range(1, 6)]
PERSONA = "billing-error"

pytestmark = pytest.mark.voice


def play_call(
    server: SoundServer, trainee: VirtualTrainee, *args: str
) -> tuple[dict[str, Any], str]:
    """Run a spoken call with the trainee answering; returns the record and the conversation."""
    command = [
        *(sys.executable, "-m", "desktop.cli", "play", PERSONA, "--voice", "--json"),
        *("--pace", str(TEST_PACE), *args),
    ]
    audit = Path(os.environ["HOTSEAT_HOME"]) / "network-audit.log"
    env = server.client_env()
    env["HOTSEAT_NETWORK_AUDIT"] = str(audit)
    env["PYTHONPATH"] = os.pathsep.join([str(AUDIT_HOOK), env.get("PYTHONPATH", "")])
    with trainee:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            env=env,
            timeout=400,
            cwd=Path(__file__).parent.parent,
        )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # every process of the call ran with the network audit hook; none tried the network
    assert not audit.exists(), audit.read_text()
    return json.loads(result.stdout), result.stderr


def trainee_turns(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [t for t in record["turns"] if t["speaker"] == "trainee"]


def persona_turns(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [t for t in record["turns"] if t["speaker"] == "persona"]


def test_a_good_trainee_resolves_the_call(sound_server: SoundServer) -> None:
    record, conversation = play_call(sound_server, VirtualTrainee(GOOD), "--seed", "1")
    assert record["outcome"] == "resolved", conversation
    assert record["mode"] == "voice"
    turns = trainee_turns(record)
    assert 3 <= len(turns) <= 5
    said = " ".join(t["text"] for t in turns).lower()
    for word in ("cancelled", "upsetting", "refund", "thursday"):
        assert word in said
    hit = {mark for t in turns for mark, m in t["marks"].items() if m["hit"]}
    assert {"acknowledge", "empathise", "options", "commitment"} <= hit
    for turn in turns:
        assert not turn["interrupted"]
        assert not turn["violations"]
        timings = turn["timings"]
        # every reply was answered out loud, after the trainee stopped
        assert 0 < timings["decision_to_audio_ms"] < timings["voiced_to_audio_ms"]
        assert timings["voiced_to_audio_ms"] >= 600  # never before the end-of-turn silence
        delivery = turn["delivery"]
        assert delivery["words_per_minute"] > 60
        assert delivery["latency_ms"] > 0
    # the first reply has no loudness baseline yet; later ones are compared with the first
    assert turns[0]["delivery"]["loudness_db_vs_baseline"] is None
    assert abs(turns[1]["delivery"]["loudness_db_vs_baseline"]) < 6
    assert record["voice"]["not_turns"] == []
    assert all(p["completed"] for p in persona_turns(record))
    assert record["voice"]["tts"]["cache_hits"] >= len(turns)


def test_a_rude_trainee_makes_the_customer_walk_out(sound_server: SoundServer) -> None:
    record, conversation = play_call(sound_server, VirtualTrainee(RUDE), "--seed", "1")
    assert record["outcome"] == "walked_out", conversation
    turns = trainee_turns(record)
    assert all(t["violations"] for t in turns)
    assert "calm down" in turns[0]["text"].lower()
    assert persona_turns(record)[-1]["kind"] == "walk_out"


def test_talking_over_the_persona_is_an_interruption(sound_server: SoundServer) -> None:
    trainee = VirtualTrainee(GOOD, interrupt=[0], interrupt_after_s=1.0)
    record, conversation = play_call(sound_server, trainee, "--seed", "1", "--max-turns", "2")
    turns = trainee_turns(record)
    first = turns[0]
    assert first["interrupted"], conversation
    assert "cancelled" in first["text"].lower()  # what they said still counts
    assert first["delivery"]["interrupted"]
    opening = persona_turns(record)[0]
    assert opening["completed"] is False  # the persona stopped to listen
    assert 0.5 < opening["played_s"] < 4.0
    reaction = record["turns"][record["turns"].index(first) + 1]
    assert reaction["speaker"] == "persona" and reaction["kind"] == "reaction"
    assert any(c["reason"] == "interruption" for c in first["mood_change"])
    assert not turns[1]["interrupted"]


def test_saying_nothing_is_a_silent_turn_and_noise_is_not_a_reply(
    sound_server: SoundServer,
) -> None:
    stop = threading.Event()

    def room() -> None:
        # The room is not quiet: noise and dither keep reaching the microphone.
        while not stop.is_set():
            for name in ("room_noise_5s.flac", "silence_5s.flac"):
                if not stop.is_set():
                    play_into_mic(VOICE / name)

    noise = threading.Thread(target=room, daemon=True)
    noise.start()
    try:
        record, conversation = play_call(
            sound_server,
            VirtualTrainee([], say_nothing=True),
            "--seed",
            "2",
            "--max-turns",
            "2",
            "--silence-timeout",
            "4",
        )
    finally:
        stop.set()
        noise.join()
    turns = trainee_turns(record)
    assert len(turns) == 2, conversation
    for turn in turns:
        assert turn["text"] == ""
        assert turn["silent"]
        assert any(c["reason"] == "silence" for c in turn["mood_change"])
    assert record["voice"]["not_turns"] == []
    reactions = [p for p in persona_turns(record) if p["kind"] == "reaction"]
    assert len(reactions) == 2
    assert record["mood"][-1] > record["mood"][0]


def test_the_persona_leaking_from_open_speakers_is_not_the_trainee(
    sound_server: SoundServer,
) -> None:
    trainee = VirtualTrainee(GOOD, open_speaker_leak=True)
    record, conversation = play_call(sound_server, trainee, "--seed", "1", "--max-turns", "3")
    turns = trainee_turns(record)
    assert len(turns) == 3, conversation
    assert [t["interrupted"] for t in turns] == [False, False, False]
    assert record["voice"]["not_turns"] == []
    assert all(p["completed"] for p in persona_turns(record))
    said = [t["text"].lower() for t in turns]
    assert "cancelled" in said[0] and "upsetting" in said[1] and "refund" in said[2]
    # nothing the persona said was taken for the trainee's words
    persona_words = {"margaret", "ellison", "afternoon", "landlord", "rent"}
    assert not persona_words & set(" ".join(said[0:1] + said[2:]).replace(".", " ").split())


def test_the_network_audit_hook_catches_a_connection(tmp_path: Path) -> None:
    """The hook the spoken calls run under really refuses and reports a network connection."""
    audit = tmp_path / "audit.log"
    env = {**os.environ, "HOTSEAT_NETWORK_AUDIT": str(audit), "PYTHONPATH": str(AUDIT_HOOK)}
    probe = "import socket; socket.socket().connect(('127.0.0.1', 9))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode != 0 and "must not use the network" in result.stderr
    assert "socket.connect" in audit.read_text()
