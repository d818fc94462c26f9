"""A recorded call as one playable signal, played from any moment at 1x or 1.5x, with a clock.

- :class:`CallAudio`: the trainee's and the persona's tracks (16 kHz mono, time-aligned) mixed to
  one mono signal. Mono because :class:`audio.playback.Player` plays one channel, and because the
  two voices almost never overlap; where they do (an interruption) both are heard, clipped at
  full scale. :meth:`CallAudio.at_speed` gives the signal time-stretched (cached per speed).
- :func:`time_stretch`: WSOLA (waveform-similarity overlap-add). Frames of 40 ms are taken from
  the input every ``speed`` x 20 ms and laid down every 20 ms with a Hann window; each frame is
  shifted (within +-10 ms) to the place that best continues the previous one, so the waveform's
  periods line up and the pitch stays where it was (no chipmunk voice at 1.5x).
- :class:`ReplayPlayer`: plays a :class:`CallAudio` through a Player from a position and speed,
  and tells which second of the call is at the speaker now (:meth:`ReplayPlayer.position`). The
  Player reports when the first sound left for the device (``on_first_sample``); the clock runs
  from there at ``speed`` seconds of call per second, minus the device's output latency.
- :func:`turn_at`: which turn of the record is playing at a moment of the call.

Everything here may block (disk, resampling, stretching): the window calls it through
``run_in_background``. No Qt here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from audio.tts import Speech, VoiceSettings

RATE = 16000
SPEEDS = (1.0, 1.5)
FRAME = 640  # 40 ms analysis/synthesis frame at 16 kHz
TOLERANCE = 160  # +-10 ms search for the best-matching frame
_LOUD = 1e-3  # the Player's "non-silent" threshold (audio.playback._LOUD)
_REPLAY_VOICE = VoiceSettings(gender="neutral", rate=175, pitch=50, volume=1.0)


def mix(trainee: np.ndarray | None, persona: np.ndarray | None) -> np.ndarray:
    """Two int16 (or float) tracks, time-aligned from sample 0, as one float32 signal in -1..1."""
    parts = [_float(t) for t in (trainee, persona) if t is not None and len(t)]
    if not parts:
        return np.zeros(0, np.float32)
    out = np.zeros(max(len(p) for p in parts), np.float32)
    for part in parts:
        out[: len(part)] += part
    return np.clip(out, -1.0, 1.0)


def _float(samples: np.ndarray) -> np.ndarray:
    samples = np.asarray(samples)
    if samples.dtype == np.int16:
        return samples.astype(np.float32) / 32768.0
    return samples.astype(np.float32)


def time_stretch(
    samples: np.ndarray, speed: float, *, frame: int = FRAME, tolerance: int = TOLERANCE
) -> np.ndarray:
    """``samples`` played ``speed`` times as fast at the same pitch (WSOLA); the result is
    ``len(samples) / speed`` long and sample ``j`` of it is about sample ``j * speed`` of the
    input."""
    x = np.asarray(samples, np.float32)
    if speed <= 0:
        raise ValueError("speed must be positive")
    if abs(speed - 1.0) < 1e-9 or len(x) == 0:
        return x.copy()
    hop = frame // 2
    analysis_hop = hop * speed
    n_out = round(len(x) / speed)
    frames = n_out // hop + 2
    pad = tolerance + frame
    tail = pad + frame + int(np.ceil(analysis_hop)) + tolerance
    xp = np.concatenate([np.zeros(pad, np.float32), x, np.zeros(tail, np.float32)])
    window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(frame) / frame)).astype(np.float32)
    out = np.zeros(frames * hop + frame, np.float32)
    norm = np.zeros_like(out)
    size = 1 << int(np.ceil(np.log2(frame + 2 * tolerance)))
    lags = 2 * tolerance + 1
    # Frame k's middle (output k*hop + frame/2) should hold input k*analysis_hop + frame/2 - so
    # start each frame half a frame early in the input, keeping output j at input j*speed.
    lead = (frame / 2) * (speed - 1.0)
    delta = 0
    previous = 0
    for k in range(frames):
        anchor = pad + round(k * analysis_hop + lead)
        if k:
            natural = previous + hop
            template = xp[natural : natural + frame]
            segment = xp[anchor - tolerance : anchor + tolerance + frame]
            if np.any(template) and np.any(segment):
                spectrum = np.fft.rfft(segment, size) * np.conj(np.fft.rfft(template, size))
                delta = int(np.argmax(np.fft.irfft(spectrum, size)[:lags])) - tolerance
            else:
                delta = 0
        start = min(max(anchor + delta, 0), len(xp) - frame)
        out[k * hop : k * hop + frame] += xp[start : start + frame] * window
        norm[k * hop : k * hop + frame] += window
        previous = start
    valid = norm > 1e-6
    out[valid] /= norm[valid]
    return out[:n_out]


class CallAudio:
    """A call's two voices mixed, ready to play from any moment at any supported speed."""

    def __init__(self, samples: np.ndarray, rate: int = RATE) -> None:
        self.rate = rate
        self._by_speed: dict[float, np.ndarray] = {1.0: np.asarray(samples, np.float32)}
        self._lock = threading.Lock()

    @classmethod
    def from_session(cls, stored: Any) -> CallAudio:
        """Read and mix a :class:`~desktop.session_store.StoredSession`'s tracks (disk work)."""
        tracks = {
            track: stored.read_track(track)
            for track in ("trainee", "persona")
            if track in stored.audio
        }
        return cls(mix(tracks.get("trainee"), tracks.get("persona")))

    @property
    def samples(self) -> np.ndarray:
        return self._by_speed[1.0]

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.rate

    def at_speed(self, speed: float) -> np.ndarray:
        """The whole call at ``speed`` (stretched once, then cached)."""
        speed = float(speed)
        with self._lock:
            cached = self._by_speed.get(speed)
            if cached is None:
                cached = self._by_speed[speed] = time_stretch(self.samples, speed)
            return cached

    def from_position(self, start_s: float, speed: float = 1.0) -> np.ndarray:
        """What plays from ``start_s`` (seconds of the call) to the end, at ``speed``."""
        signal = self.at_speed(speed)
        start = round(max(0.0, start_s) / speed * self.rate)
        return signal[min(start, len(signal)) :]


class _PlayerLike(Protocol):  # audio.playback.Player, or a fake in tests
    latency_s: float

    def play(self, speech: Speech, *, on_first_sample: Any = None, on_done: Any = None) -> Any: ...

    def stop(self) -> None: ...


@dataclass
class _Run:
    generation: int
    start_s: float
    speed: float
    requested_at: float
    lead_s: float  # silence at the start of what was handed over (before the first loud block)
    first_at: float | None = None


class ReplayPlayer:
    """Plays a :class:`CallAudio` on a Player; :meth:`position` is the second of the call heard.

    ``play``/``seek`` hand a whole remainder to the Player (which resamples it), so they can take
    a moment on a long call: call them off the GUI thread. ``position``, ``is_playing`` and
    ``speed`` are cheap and safe from any thread. ``on_end(completed)`` runs on the Player's event
    thread when a run ends by itself (True at the end of the call, False when the device failed),
    never for a run replaced by another play/seek or stopped by pause.
    """

    def __init__(
        self,
        audio: CallAudio,
        player: _PlayerLike,
        *,
        on_end: Callable[[bool], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.audio = audio
        self.player = player
        self.on_end = on_end
        self._clock = clock
        self._lock = threading.Lock()
        self._generation = 0
        self._run: _Run | None = None
        self._paused_at = 0.0
        self._speed = 1.0

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def is_playing(self) -> bool:
        return self._run is not None

    @property
    def duration_s(self) -> float:
        return self.audio.duration_s

    def play(self, start_s: float | None = None, speed: float | None = None) -> None:
        """Play from ``start_s`` (default: where it is now) at ``speed`` (default: as before)."""
        if speed is not None:
            if speed not in SPEEDS:
                raise ValueError(f"speed must be one of {SPEEDS}")
            self._speed = float(speed)
        start = self.position() if start_s is None else float(start_s)
        start = min(max(0.0, start), self.duration_s)
        samples = self.audio.from_position(start, self._speed)
        loud = np.flatnonzero(np.abs(samples) > _LOUD)
        lead = (loud[0] if loud.size else len(samples)) / self.audio.rate
        with self._lock:
            self._generation += 1
            run = _Run(self._generation, start, self._speed, self._clock(), lead)
            self._run = run
            self._paused_at = start
        if not len(samples):
            with self._lock:
                if self._run is run:
                    self._run = None
            return
        speech = Speech(samples, self.audio.rate, "call replay", _REPLAY_VOICE)
        try:
            self.player.play(
                speech,
                on_first_sample=lambda t: self._first(run, t),
                on_done=lambda report: self._done(run, report),
            )
        except BaseException:
            with self._lock:  # the device refused: paused where it was asked to start
                if self._run is run:
                    self._run = None
            raise

    def seek(self, position_s: float) -> None:
        """Jump to a moment; keeps playing if it was playing."""
        if self.is_playing:
            self.play(position_s)
        else:
            with self._lock:
                self._paused_at = min(max(0.0, float(position_s)), self.duration_s)

    def pause(self) -> float:
        """Stop where it is; returns that position (the next play() resumes from it)."""
        with self._lock:
            position = self._position_locked()
            self._generation += 1
            self._run = None
            self._paused_at = position
        self.player.stop()
        return position

    def set_speed(self, speed: float) -> None:
        """Change speed; a running replay carries on from the same moment at the new speed."""
        if speed not in SPEEDS:
            raise ValueError(f"speed must be one of {SPEEDS}")
        if self.is_playing:
            self.play(None, speed)
        else:
            self._speed = float(speed)

    def position(self) -> float:
        """The second of the call at the speaker now (or where it is paused)."""
        with self._lock:
            return self._position_locked()

    def _position_locked(self) -> float:
        run = self._run
        if run is None:
            return self._paused_at
        now = self._clock()
        latency = float(getattr(self.player, "latency_s", 0.0) or 0.0)
        if run.first_at is None:
            heard = min(max(0.0, now - run.requested_at - latency), run.lead_s)
        else:
            heard = max(0.0, run.lead_s + (now - run.first_at) - latency)
        return min(run.start_s + heard * run.speed, self.duration_s)

    def _first(self, run: _Run, t: float) -> None:
        with self._lock:
            if self._run is run:
                run.first_at = t

    def _done(self, run: _Run, report: Any) -> None:
        with self._lock:
            if self._run is not run:
                return  # replaced by a newer run, or paused
            self._run = None
            completed = bool(getattr(report, "completed", True))
            self._paused_at = self.duration_s if completed else self._paused_at
        if self.on_end is not None:
            self.on_end(completed)


def turn_at(offsets: Sequence[dict[str, Any]], t: float) -> str | None:
    """The turn heard at ``t`` seconds into the call: the one whose audio spans ``t``, else the
    last one that started before it (the silence after a turn belongs to it); None before the
    first turn."""
    current = None
    for offset in sorted(offsets, key=lambda o: o["start_s"]):
        if offset["start_s"] > t + 1e-6:
            break
        current = offset["turn"]  # a turn started over another one wins once it starts
    return current
