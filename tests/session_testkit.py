"""Session folders for the export/import/report tests, from real calls played with the real judge.

Writes the agreed layout (``meta.json``, ``journal.jsonl``, ``trainee.wav``, ``persona.wav``)
directly, so these tests need neither the session store nor a sound card.
"""

from __future__ import annotations

import json
import wave
from pathlib import Path
from typing import Any

import numpy as np

from personas.call import Call
from personas.library import find_persona

RATE = 16000

GOOD = [
    "Okay, I see.",
    "So you paid for overnight express, the parcel never arrived and the tracking shows nothing, "
    "and now your client is angry with you.",
    "I'm so sorry, that's awful. I'd be furious too in your position. Let me be the one to help "
    "you.",
    "Here's what I can do: I can book a same-day courier for replacement parts at our cost, "
    "refund the express fee, and open a trace. Which would you prefer?",
    "I'm booking the courier now and I'll call you back by four o'clock with the driver's details.",
    "Thank you for telling us, it helps us get better.",
]
RUDE = [
    "Can I have your tracking number please?",
    "Well, are you sure you booked express? That's strange, it's never happened before.",
    "Calm down sir, there's nothing I can do, it's not our policy.",
    "That's the courier's fault, not mine.",
]
HOSTILE = '<script>alert("x")</script> & "quotes" \u2014 caf\u00e9 \U0001f600'


def play(
    replies: list[str],
    persona_id: str = "lost-express",
    seed: int = 1,
    *,
    trainee: str = "Sam",
    take_back_first: str | None = None,
) -> Call:
    """A finished call. With ``take_back_first`` that reply is said first, then taken back."""
    call = Call(find_persona(persona_id), seed=seed, trainee=trainee, app_version="0.1.0")
    call.start()
    if take_back_first is not None:
        result = call.reply(take_back_first)
        call.take_back(result.trainee_turn["id"])
    for text in replies:
        if call.finished:
            break
        call.reply(text)
    if not call.finished:
        call.hang_up()
    return call


def tone(seconds: float, freq: float, seed: int) -> np.ndarray:
    """A short noisy tone as int16 samples (every value distinct enough to catch corruption)."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(RATE * seconds)) / RATE
    signal = 0.3 * np.sin(2 * np.pi * freq * t) + 0.05 * rng.standard_normal(t.size)
    return (np.clip(signal, -1, 1) * 32767).astype("<i2")


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE) -> None:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples.astype("<i2").tobytes())


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as wav:
        return np.frombuffer(wav.readframes(wav.getnframes()), "<i2")


def write_session(
    folder: Path,
    call: Call,
    *,
    session_id: str = "s-0001",
    audio: bool = True,
    status: str = "complete",
    model_id: str = "tiny.en",
    extra_files: dict[str, bytes] | None = None,
) -> dict[str, Any]:
    """Write ``call`` as a session folder and return its record."""
    folder.mkdir(parents=True, exist_ok=True)
    record = call.record()
    meta = {
        "id": session_id,
        "persona": record["persona"],
        "trainees": record["trainees"],
        "trainee": record["trainee"],
        "app_version": record["app_version"],
        "model_id": model_id,
        "started_at": record["started_at"],
        "ended_at": record["ended_at"],
        "outcome": record["outcome"],
        "status": status,
        "seed": record["seed"],
        "mode": "voice" if audio else "typed",
    }
    (folder / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    lines = [{"type": "turn", "turn": turn} for turn in record["turns"]]
    for undone in record["undone"]:
        lines.append({"type": "undone", **undone})
    if status == "complete":
        lines.append({"type": "end", "record": record})
    with (folder / "journal.jsonl").open("w", encoding="utf-8") as journal:
        for line in lines:
            journal.write(json.dumps(line, ensure_ascii=False) + "\n")
    if audio:
        write_wav(folder / "trainee.wav", tone(1.5, 220.0, seed=1))
        write_wav(folder / "persona.wav", tone(1.5, 330.0, seed=2))
    for name, data in (extra_files or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return record
