"""A recorded session to show the replay screen with: ``demo_session()`` (screenshots, demos).

A real :class:`personas.call.Call` with the real judge, written through the real
:class:`~desktop.session_recorder.SessionWriter` into the current store (``HOTSEAT_HOME``), with
voice-like synthetic audio (harmonics of a gliding pitch in syllable-sized bursts: the persona
lower, the trainee higher), a coach's notes and one mark override. Quick (well under a second)
and offline; no sound card and no speech engine needed. No Qt here.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from desktop.session_notes import add_note, override_mark
from desktop.session_store import SessionStore, StoredSession
from personas.call import Call
from personas.library import find_persona
from personas.model import Persona

RATE = 16000
FRAME = 512
PERSONA_ID = "billing-error"
REPLIES = (
    "Okay, so you cancelled, we still charged you twice, it put you into overdraft and chat told "
    "you it was fixed when it wasn't. That should never have happened.",
    "Well, it's not really my department, billing handles that.",
    "I'm really sorry. Honestly, if I were in your shoes I'd be furious too.",
    "Here's what I can do: I can refund both charges today and reimburse the overdraft fee, and "
    "send written confirmation of the cancellation by email or post. Which would you prefer?",
    "I'll email you the refund confirmation by five o'clock today.",
    "Thank you for bearing with me, and for telling us about this.",
)


def _voice(text: str, f0: float, seed: int) -> np.ndarray:
    """A voiced-sounding stand-in for a line: about 14 characters a second."""
    rng = np.random.default_rng(seed)
    seconds = min(9.0, max(1.2, len(text) / 14))
    t = np.arange(round(seconds * RATE)) / RATE
    pitch = f0 * (1 + 0.1 * np.sin(2 * math.pi * 0.6 * t + seed))
    phase = 2 * math.pi * np.cumsum(pitch) / RATE
    wave = sum((0.5 / k) * np.sin(k * phase) for k in range(1, 7))
    syllables = np.clip(np.sin(2 * math.pi * 2.6 * t + rng.uniform(0, 3)), 0, None) ** 0.6
    fade = np.minimum(1.0, np.minimum(t, seconds - t) / 0.05)
    return (0.35 * wave * syllables * fade).astype(np.float32)


class _Recorder:
    def __init__(self, writer: Any) -> None:
        self.writer = writer
        self.frames = 0
        self.lines = 0

    @property
    def clock(self) -> float:
        return self.writer.t0 + self.frames * FRAME / RATE

    def mic(self, samples: np.ndarray) -> None:
        pad = (-len(samples)) % FRAME
        samples = np.concatenate([samples, np.zeros(pad, np.float32)])
        for start in range(0, len(samples), FRAME):
            self.writer.trainee_audio(samples[start : start + FRAME], self.clock)
            self.frames += 1

    def silence(self, seconds: float) -> None:
        self.mic(np.zeros(round(seconds * RATE), np.float32))

    def persona(self, turn: dict[str, Any]) -> None:
        line = _voice(turn["text"], 150.0, 100 + self.lines)
        self.lines += 1
        turn["spoken_at"] = self.clock
        self.writer.persona_audio(line, self.clock, RATE, turn_id=turn["id"])
        self.silence(len(line) / RATE)
        turn["played_s"] = round(len(line) / RATE, 3)
        turn["completed"] = True
        self.writer.turn(turn)

    def reply(self, call: Call, text: str, n: int) -> dict[str, Any]:
        self.silence(0.5 + 0.2 * (n % 3))
        first = self.clock
        self.mic(_voice(text, 210.0, n))
        last = self.clock
        self.silence(0.6)
        result = call.reply(
            text, extra={"timings": {"first_voiced_at": first, "last_voiced_at": last}}
        )
        self.writer.turn(result.trainee_turn)
        for turn in result.persona_turns:
            self.persona(turn)
        return result.trainee_turn


def demo_session(
    store: SessionStore | None = None, *, interrupted: bool = False, notes: bool = True
) -> tuple[StoredSession, Persona]:
    """Record a demo call into ``store`` (default: the usual one) and return it with its persona.

    With ``interrupted`` the call stops after four replies as if the app had died; with
    ``notes`` a coach has left two notes and overridden one mark."""
    store = store or SessionStore()
    persona = find_persona(PERSONA_ID)
    call = Call(persona, seed=3, trainee="Sam", mode="voice", app_version="demo")
    writer = store.create({**call.record(), "model_id": "tiny.en"})
    recorder = _Recorder(writer)
    recorder.persona(call.start())
    said = []
    for n, text in enumerate(REPLIES[:4] if interrupted else REPLIES):
        if call.finished:
            break
        said.append(recorder.reply(call, text, n))
    if interrupted:
        writer.abandon("the app stopped while recording")
    else:
        if not call.finished:
            call.hang_up()
        writer.finish(call.record())
    stored = store.get(writer.id)
    if notes and said:
        folder = stored.summary.folder
        add_note(
            folder, "Great restatement: every fact, in order.", turn_id=said[0]["id"], author="Ana"
        )
        if len(said) > 1:
            add_note(
                folder,
                "Here: deflecting to billing. Own it instead.",
                turn_id=said[1]["id"],
                author="Ana",
            )
        moment = next((o for o in stored.offsets if o["turn"] == said[-1]["id"]), None)
        if moment is not None:
            add_note(
                folder,
                "Listen to the pace here: slower is calmer.",
                at_s=moment["start_s"] + 0.5,
                author="Ana",
            )
        target = said[2] if len(said) > 2 else said[0]
        hit = bool(target["marks"].get("acknowledge", {}).get("hit"))
        override_mark(
            folder,
            target["id"],
            "acknowledge",
            not hit,
            "Sympathy, but no fact of theirs restated."
            if hit
            else "Named the double charge: that is acknowledging.",
            author="Ana",
        )
        if len(said) > 3 and said[3]["marks"].get("asks_input", {}).get("hit"):
            override_mark(
                folder,
                said[3]["id"],
                "asks_input",
                False,
                "A choice of two is not asking what they think.",
                author="Ana",
            )
    return stored, persona
