"""A recorded spoken call for the replay tests, and tools to look at what a replay played.

The call is :mod:`tests.recorded_call`'s: the real Call and judge, synthetic voices written through
the real SessionWriter. Every voice is a sine of its own frequency (persona line n: 220 + 35n Hz,
trainee reply n: 400 + 50n Hz), so which turn is sounding can be told from the pitch alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.session_store import SessionStore, StoredSession
from tests.recorded_call import REPLIES, SpokenCall, new_call


def recorded_session(replies: tuple[str, ...] = REPLIES, *, finish: bool = True) -> StoredSession:
    """A spoken call recorded into the test's store (interrupted when not ``finish``)."""
    store = SessionStore()
    call = new_call()
    writer = store.create({**call.record(), "model_id": "tiny.en"})
    spoken = SpokenCall(call, writer)
    spoken.start()
    for text in replies:
        if call.finished:
            break
        spoken.reply(text)
    if finish:
        if not call.finished:
            call.hang_up()
        writer.finish(call.record())
    else:
        writer.abandon("test: the app stopped")  # type: ignore[arg-type]
    return store.get(writer.id)


def turn_pitch(stored: StoredSession, turn_id: str) -> float:
    """The frequency a turn's synthetic voice was recorded at."""
    return dominant_hz(stored.turn_audio(turn_id).astype(np.float32) / 32768.0, 16000)


@dataclass(frozen=True)
class Sound:
    start_s: float
    end_s: float
    hz: float

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s


def dominant_hz(samples: np.ndarray, rate: int) -> float:
    if len(samples) < 64:
        return 0.0
    size = 1 << int(np.ceil(np.log2(len(samples) * 4)))
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)), size))
    return float(np.argmax(spectrum) * rate / size)


def sounds(samples: np.ndarray, rate: int, *, threshold: float = 0.02, gap_s: float = 0.06):
    """The loud stretches of a recording (10 ms frames above ``threshold`` RMS, gaps shorter
    than ``gap_s`` bridged), each with its dominant frequency."""
    hop = rate // 100
    n = len(samples) // hop
    rms = np.sqrt(np.mean(samples[: n * hop].reshape(n, hop) ** 2, axis=1)) if n else []
    spans: list[list[int]] = []
    for i, level in enumerate(rms):
        if level < threshold:
            continue
        if spans and i - spans[-1][1] <= round(gap_s * 100):
            spans[-1][1] = i + 1
        else:
            spans.append([i, i + 1])
    found = []
    for a, b in spans:
        if b - a < 3:
            continue
        middle = samples[(a + 1) * hop : (b - 1) * hop]
        found.append(Sound(a / 100, b / 100, dominant_hz(middle, rate)))
    return found
