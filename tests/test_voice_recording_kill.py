"""A real `hotseat play --voice --record` killed with SIGKILL mid-call keeps every completed turn.

The call runs on the virtual sound card with the virtual trainee answering by ear; the process
is killed once while the trainee is speaking and once while the persona is. On the next start
the session is "interrupted" and every completed turn is there with its audio.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from desktop.session_store import SessionStore
from tests.sound_server import SoundServer
from tests.virtual_trainee import TEST_PACE, VirtualTrainee, load_audio

VOICE = Path(__file__).parent / "data" / "voice"
GOOD = [VOICE / f"good_0{i}.flac" for i in range(1, 6)]

pytestmark = pytest.mark.voice


def _dbfs(samples: np.ndarray) -> float:
    x = samples.astype(np.float32) / 32768
    return float(20 * np.log10(np.sqrt(np.mean(x**2)) + 1e-9))


def _kill_when(server: SoundServer, moment) -> None:
    command = [
        sys.executable, "-m", "desktop.cli", "play", "billing-error", "--voice",
        "--record", "--seed", "1", "--trainee", "Kim", "--pace", str(TEST_PACE),
    ]  # fmt: skip
    trainee = VirtualTrainee(GOOD)
    with trainee:
        process = subprocess.Popen(
            command,
            env=server.client_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=Path(__file__).parent.parent,
        )
        try:
            reached = trainee.wait_for(moment, timeout=240)
            assert reached, [e.kind for e in trainee.events]
            time.sleep(1.0)  # well into the utterance in progress
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == -signal.SIGKILL


def _check_recovered() -> None:
    store = SessionStore()
    assert store.recover()  # the killed call is found and marked
    (summary,) = store.list()
    assert summary.status == "interrupted" and list(summary.trainees) == ["Kim"]
    stored = store.get(summary.id)
    turns = stored.record["turns"]
    replies = [t for t in turns if t["speaker"] == "trainee"]
    assert replies, "the first reply was completed before the kill"
    first = replies[0]
    assert "cancel" in first["text"].lower() and first["marks"]
    audio = stored.turn_audio(first["id"])
    said = load_audio(GOOD[0])
    assert len(audio) > 0.6 * len(said)
    assert _dbfs(audio) > -40
    opening = stored.turn_audio(turns[0]["id"])
    assert turns[0]["speaker"] == "persona" and len(opening) > 16_000
    assert _dbfs(opening) > -40


def test_killed_while_the_trainee_speaks(sound_server: SoundServer) -> None:
    _kill_when(
        sound_server,
        lambda t: sum(1 for e in t.events if e.kind == "reply_started") >= 2,
    )
    _check_recovered()


def test_killed_while_the_persona_speaks(sound_server: SoundServer) -> None:
    _kill_when(
        sound_server,
        lambda t: t.replies_played >= 1
        and t.events[-1].kind == "persona_started"
        and sum(1 for e in t.events if e.kind == "persona_started") >= 2,
    )
    _check_recovered()
