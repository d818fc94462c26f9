"""How a reply was said: pace, loudness, filler words, how quickly it came, whether it interrupted.

Why these: the method asks trainees to keep their voice low and steady under attack, to answer
without a long dead silence, and to let the customer vent (not talk over them). Words per minute
and filler words show nerves; loudness is judged against the trainee's own normal level, because
microphones and rooms differ far more than voices do. That level comes from a calibration, or,
until one exists, from the trainee's first replies (:class:`LoudnessBaseline`).

Everything is measured on voiced frames only (Silero, :mod:`audio.vad`), so the pre-roll and the
silence around a turn change neither the pace nor the loudness.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import asdict, dataclass, field

import numpy as np

from audio.vad import FRAME_SAMPLES, SAMPLE_RATE, SileroVad

VOICED_THRESHOLD = 0.5


class CalibrationError(ValueError):
    """A calibration recording cannot be used; the message says what to do."""


# Always fillers, however they are written (Whisper spells them many ways).
_HESITATIONS = {
    "um": "um",
    "umm": "um",
    "uhm": "um",
    "hmm": "hmm",
    "mm": "hmm",
    "uh": "uh",
    "uhh": "uh",
    "er": "er",
    "erm": "erm",
    "ah": "ah",
    "basically": "basically",
    "literally": "literally",
}
# Ordinary words that are only fillers when set off by commas ("it was, like, lost" but not
# "I'd like to help"; "you know, I" but not "you know what happened").
_SET_OFF = ("you know", "i mean", "sort of", "kind of", "like")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_CURLY_APOSTROPHE = "\u2019"  # Whisper writes "I\u2019m" as often as "I'm"


@dataclass(frozen=True)
class Delivery:
    """The delivery of one reply. None means "not measurable" (no speech, no baseline yet…)."""

    words_per_minute: float | None
    loudness_db_vs_baseline: float | None  # + louder, - quieter than the trainee's normal level
    fillers: dict[str, int] = field(default_factory=dict)  # filler -> count, in order heard
    latency_ms: float | None = None  # persona stopped -> trainee started; < 0 when interrupting
    interrupted: bool = False
    loudness_dbfs: float | None = None  # level of the voiced frames
    words: int = 0
    speaking_s: float = 0.0  # from the first to the last voiced frame

    @property
    def filler_count(self) -> int:
        return sum(self.fillers.values())

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready values (floats rounded) for the call record."""
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, float):
                data[key] = round(value, 1 if key != "speaking_s" else 3)
        return data


def find_fillers(text: str) -> dict[str, int]:
    """Filler words in a transcript with their counts, in the order they first occur."""
    lowered = text.lower().replace(_CURLY_APOSTROPHE, "'")
    found: dict[str, int] = {}
    spans: list[tuple[int, str]] = []
    for match in _WORD.finditer(lowered):
        name = _HESITATIONS.get(match.group())
        if name:
            spans.append((match.start(), name))
    for phrase in _SET_OFF:
        # set off: a comma (or the start) before and a comma, stop or end after, or a comma after
        pattern = rf"(?:^|[,;:.!?—-]\s*)({phrase})(?=\s*(?:[,;:.!?—]|$))|\b({phrase}),"
        for match in re.finditer(pattern, lowered):
            start = match.start(1) if match.group(1) else match.start(2)
            if not any(start == s for s, _ in spans):
                spans.append((start, phrase))
    for _, name in sorted(spans):
        found[name] = found.get(name, 0) + 1
    return found


def count_words(text: str) -> int:
    return len(_WORD.findall(text.lower().replace(_CURLY_APOSTROPHE, "'")))


def voiced_mask(audio: np.ndarray, vad: SileroVad | None = None) -> np.ndarray:
    """Which 512-sample frames of ``audio`` (16 kHz) hold speech, from a fresh detector state."""
    vad = vad or SileroVad()
    vad.reset()
    return vad.probs(audio) >= VOICED_THRESHOLD


def voiced_dbfs(audio: np.ndarray, vad: SileroVad | None = None) -> float | None:
    """Level (dBFS) of the voiced frames of ``audio``; None when nothing was voiced."""
    return _level(audio, voiced_mask(audio, vad))


def _level(audio: np.ndarray, mask: np.ndarray) -> float | None:
    if not mask.any():
        return None
    frames = np.asarray(audio[: len(mask) * FRAME_SAMPLES], np.float64).reshape(-1, FRAME_SAMPLES)
    mean_square = float(np.mean(np.square(frames[mask])))
    return 10.0 * math.log10(mean_square) if mean_square > 1e-12 else -120.0


def delivery_for(
    audio: np.ndarray,
    text: str,
    t_persona_stopped: float | None,
    t_first_voiced: float | None,
    baseline_dbfs: float | None,
    *,
    barged_in: bool = False,
    vad: SileroVad | None = None,
) -> Delivery:
    """Measure one reply: its 16 kHz ``audio`` (pre-roll and trailing silence are fine), the
    transcript ``text``, when the persona stopped and the trainee started (same clock), and the
    trainee's baseline level (None: none yet). ``barged_in`` marks a turn known to have started
    while the persona spoke (e.g. :attr:`audio.turns.TurnEnded.barged_in`)."""
    mask = voiced_mask(audio, vad)
    voiced = np.flatnonzero(mask)
    speaking_s = (voiced[-1] + 1 - voiced[0]) * FRAME_SAMPLES / SAMPLE_RATE if voiced.size else 0.0
    words = count_words(text)
    wpm = words / speaking_s * 60.0 if words and speaking_s > 0 else None
    loudness = _level(audio, mask)
    relative = (
        loudness - baseline_dbfs if loudness is not None and baseline_dbfs is not None else None
    )
    latency_ms = None
    interrupted = barged_in
    if t_persona_stopped is not None and t_first_voiced is not None:
        latency_ms = (t_first_voiced - t_persona_stopped) * 1000.0
        interrupted = interrupted or latency_ms < 0
    return Delivery(
        words_per_minute=wpm,
        loudness_db_vs_baseline=relative,
        fillers=find_fillers(text),
        latency_ms=latency_ms,
        interrupted=interrupted,
        loudness_dbfs=loudness,
        words=words,
        speaking_s=speaking_s,
    )


class LoudnessBaseline:
    """The trainee's normal speaking level (dBFS), to judge each reply's loudness against.

    A calibration (the trainee reading a line at their normal voice) wins; until there is one,
    the median level of the first ``first_replies`` replies stands in. Use it as
    ``delivery_for(..., baseline.dbfs)`` and then ``baseline.observe(delivery.loudness_dbfs)``,
    so a reply is never compared with itself (the very first one has no baseline).
    """

    def __init__(self, calibrated_dbfs: float | None = None, first_replies: int = 3) -> None:
        self._calibrated = calibrated_dbfs
        self._first_replies = first_replies
        self._replies: list[float] = []

    @property
    def calibrated(self) -> bool:
        return self._calibrated is not None

    @property
    def dbfs(self) -> float | None:
        if self._calibrated is not None:
            return self._calibrated
        return statistics.median(self._replies) if self._replies else None

    def calibrate(self, audio: np.ndarray, vad: SileroVad | None = None) -> float:
        """Set the baseline from a calibration recording (:class:`CalibrationError` if silent)."""
        level = voiced_dbfs(audio, vad)
        if level is None:
            raise CalibrationError(
                "No speech was heard in the calibration recording. Check that the right "
                "microphone is chosen and read the line again at your normal voice."
            )
        self._calibrated = level
        return level

    def observe(self, reply_dbfs: float | None) -> None:
        """Take a reply's level into account (only while uncalibrated, for the first replies)."""
        if reply_dbfs is not None and len(self._replies) < self._first_replies:
            self._replies.append(reply_dbfs)
