"""A spoken call for the session recorder's tests: the real Call, synthetic voices, a fake clock.

The persona's lines are sine tones at 22.05 kHz (as espeak renders), the trainee's replies sine
bursts in 32 ms microphone frames at 16 kHz; the microphone streams silence while the persona
speaks, as a headset does. Time is a made-up monotonic clock that advances by whole frames, so
the recording is the same on every run and every sample can be checked.

Run as a module it records a call into ``HOTSEAT_HOME`` and prints markers, so a test can
``kill -9`` it at a known point::

    python -m tests.recorded_call trainee   # 3 replies, then streams a 4th: STREAMING
    python -m tests.recorded_call persona   # 2 replies, persona answered: PERSONA_DONE
"""

from __future__ import annotations

import math
import sys
import time
from typing import Any

import numpy as np

from desktop.session_recorder import SessionWriter
from desktop.session_store import SessionStore
from personas.call import Call
from personas.library import find_persona

PERSONA_ID = "lost-express"
SEED = 7
TRAINEE = "Sam"
REPLIES = (
    "I am so sorry the parcel never arrived, that must be really frustrating.",
    "Let me check the tracking for you right now.",
    "I can either resend it by express today or give you a full refund, which would you prefer?",
    "I will call you back by 5 pm today with the tracking number.",
)
FRAME = 512
RATE = 16000
PERSONA_RATE = 22050


def persona_line(n: int) -> np.ndarray:
    """The n-th line the persona says (0: the opening), float32 at 22.05 kHz."""
    seconds = 0.4 + 0.07 * n
    t = np.arange(round(seconds * PERSONA_RATE)) / PERSONA_RATE
    return (0.4 * np.sin(2 * math.pi * (220 + 35 * n) * t)).astype(np.float32)


def trainee_burst(n: int) -> np.ndarray:
    """The n-th trainee reply's voice, float32 at 16 kHz, whole frames long."""
    frames = 20 + 3 * n
    t = np.arange(frames * FRAME) / RATE
    return (0.5 * np.sin(2 * math.pi * (400 + 50 * n) * t)).astype(np.float32)


def new_call(trainee: str = TRAINEE) -> Call:
    return Call(find_persona(PERSONA_ID), seed=SEED, trainee=trainee, mode="voice")


class SpokenCall:
    """Drives a :class:`Call` and a :class:`SessionWriter` the way the voice loop will."""

    def __init__(self, call: Call, writer: SessionWriter) -> None:
        self.call = call
        self.writer = writer
        self.frames = 0  # microphone frames streamed so far
        self.persona_lines = 0
        self.trainee_replies = 0

    @property
    def clock(self) -> float:
        return self.writer.t0 + self.frames * FRAME / RATE

    def mic(self, samples: np.ndarray) -> None:
        for start in range(0, len(samples), FRAME):
            self.writer.trainee_audio(samples[start : start + FRAME], self.clock)
            self.frames += 1

    def silence(self, seconds: float) -> None:
        self.mic(np.zeros(math.ceil(seconds * RATE / FRAME) * FRAME, np.float32))

    def persona_says(self, turn: dict[str, Any]) -> None:
        line = persona_line(self.persona_lines)
        self.persona_lines += 1
        turn["spoken_at"] = self.clock
        self.writer.persona_audio(line, self.clock, PERSONA_RATE, turn_id=turn["id"])
        self.silence(len(line) / PERSONA_RATE)  # the microphone hears nothing meanwhile
        turn["played_s"] = round(len(line) / PERSONA_RATE, 3)
        turn["completed"] = True
        self.writer.turn(turn)

    def start(self) -> None:
        self.persona_says(self.call.start())

    def reply(self, text: str, trainee: str | None = None) -> dict[str, Any]:
        burst = trainee_burst(self.trainee_replies)
        self.trainee_replies += 1
        self.silence(0.3)
        first = self.clock
        self.mic(burst)
        last = self.clock
        self.silence(0.6)  # the end-of-turn silence
        result = self.call.reply(
            text,
            trainee=trainee,
            extra={"timings": {"first_voiced_at": first, "last_voiced_at": last}},
        )
        self.writer.turn(result.trainee_turn)
        for turn in result.persona_turns:
            self.persona_says(turn)
        return result.trainee_turn


def main(mode: str) -> None:
    store = SessionStore()
    call = new_call()
    writer = store.create({**call.record(), "model_id": "tiny.en"})
    spoken = SpokenCall(call, writer)
    print("SESSION", writer.id, flush=True)
    spoken.start()
    if mode == "persona":
        for text in REPLIES[:2]:
            spoken.reply(text)
        print("PERSONA_DONE", flush=True)
        time.sleep(120)
        return
    for text in REPLIES[:3]:
        spoken.reply(text)
    spoken.silence(0.3)
    burst = trainee_burst(spoken.trainee_replies)
    spoken.mic(burst[: 8 * FRAME])
    print("STREAMING", flush=True)
    while True:  # keep talking until killed
        spoken.mic(burst[: 2 * FRAME])
        time.sleep(0.03)


if __name__ == "__main__":
    main(sys.argv[1])
