"""Turn-taking: when the trainee starts talking, pauses, resumes, stops, or talks over the persona.

:class:`TurnTaker` is a pure state machine: it is fed 512-sample frames (16 kHz) with their capture
times and returns events. It has no threads and never reads the clock: every event time comes from
the frames' own timeline. That is what lets the tests replay recorded audio frame by frame and
check exact timings, and lets the command line and the window share it.

Hands-free (the default):

- a turn starts after ``start_speech_ms`` of voiced frames (:class:`SpeechStarted`); a click or a
  cough shorter than that starts nothing. The turn's audio begins ``preroll_ms`` before the first
  voiced frame, so the first syllable is never clipped;
- the first silent frame after speech gives :class:`Paused` with the audio so far, so the caller can
  start transcribing speculatively; if speech comes back before the end-of-turn silence has passed,
  :class:`Resumed` says to discard that work;
- ``end_silence_ms`` after the last voiced frame the turn ends (:class:`TurnEnded`). Its audio is
  exactly the last :class:`Paused` event's audio, so a speculative transcript of it is final.

Push-to-talk: :meth:`TurnTaker.press` and :meth:`TurnTaker.release` bound the turn instead.

The persona's own voice. While the app plays (:meth:`TurnTaker.set_playback`), speech that starts
is a :class:`BargeIn`. With open speakers the persona's voice also reaches the microphone, quieter
and late; it must not count as the trainee. The caller says what it played (``level_fn(t)``: the
RMS leaving the speaker around time ``t``); the :class:`EchoGate` models the leak as a delayed,
attenuated copy of that, learns the attenuation while the trainee is silent, and ignores frames
whose level is not at least ``echo_margin_db`` above what the leak explains. So with speakers the
trainee must talk clearly louder than the persona sounds at the microphone; a headset has no
leak at all and works best.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np

SAMPLE_RATE = 16_000
FRAME_SAMPLES = 512
FRAME_S = FRAME_SAMPLES / SAMPLE_RATE  # 32 ms

Mode = Literal["hands_free", "push_to_talk"]
LevelFn = Callable[[float], float]

# Silero's own streaming iterator leaves speech only when the probability drops 0.15 below the
# threshold: without this hysteresis a turn flickers between speech and pause inside words.
_HYSTERESIS = 0.15
_EPS = 1e-6


class VoiceDetector(Protocol):
    """What the turn-taker needs from a voice detector (:class:`audio.vad.SileroVad`)."""

    def prob(self, frame: np.ndarray) -> float: ...

    def reset(self) -> None: ...


@dataclass(frozen=True)
class TurnConfig:
    """How turns are taken. Times in milliseconds; frames are 32 ms, so times round up to them."""

    start_speech_ms: int = 250  # voiced speech needed before a turn starts
    end_silence_ms: int = 600  # silence after the last voiced frame that ends the turn
    preroll_ms: int = 400  # audio kept from before the first voiced frame
    vad_threshold: float = 0.5
    mode: Mode = "hands_free"
    echo_margin_db: float = 6.0  # how far above the expected leak the trainee must be
    onset_gap_ms: int = 150  # a gap this long abandons a start that has not become a turn
    echo_max_delay_ms: int = 300  # longest speaker-to-microphone delay the echo gate allows for
    max_turn_ms: int = 60_000  # a turn is cut here even if the room never falls silent

    def __post_init__(self) -> None:
        if self.mode not in ("hands_free", "push_to_talk"):
            raise ValueError(f"mode must be hands_free or push_to_talk, not {self.mode!r}")
        if not 0.0 < self.vad_threshold < 1.0:
            raise ValueError(f"vad_threshold must be between 0 and 1, not {self.vad_threshold}")
        for name in ("start_speech_ms", "end_silence_ms", "max_turn_ms"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive, not {getattr(self, name)}")
        for name in ("preroll_ms", "onset_gap_ms", "echo_max_delay_ms"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative, not {getattr(self, name)}")


@dataclass(frozen=True)
class SpeechStarted:
    """A turn began at ``t`` (when it was decided); the speech itself began at ``t_first_voiced``
    (None in push-to-talk, where the key press starts the turn)."""

    t: float
    t_first_voiced: float | None


@dataclass(frozen=True, eq=False)
class Paused:
    """Silence began at ``t``; ``audio_so_far`` is the turn's audio up to now."""

    t: float
    audio_so_far: np.ndarray


@dataclass(frozen=True)
class Resumed:
    """Speech came back at ``t`` before the turn ended: discard work started on :class:`Paused`."""

    t: float


@dataclass(frozen=True, eq=False)
class TurnEnded:
    """The turn is over. ``audio`` starts with the pre-roll; times are on the frames' timeline.

    ``t_first_voiced``/``t_last_voiced`` are the start of the first and the end of the last voiced
    frame (None only in push-to-talk when nothing was said); ``voiced_ms`` is how much speech
    was heard; ``barged_in`` says the turn started while the persona was speaking.
    """

    audio: np.ndarray
    t_first_voiced: float | None
    t_last_voiced: float | None
    t_decision: float
    voiced_ms: float
    barged_in: bool
    reason: Literal["silence", "released", "max_length"]


@dataclass(frozen=True)
class BargeIn:
    """The trainee started talking at ``t`` while the persona was speaking."""

    t: float


Event = SpeechStarted | Paused | Resumed | TurnEnded | BargeIn


def dbfs(samples: np.ndarray) -> float:
    """RMS level in dB relative to full scale (-120 for digital silence)."""
    if samples.size == 0:
        return -120.0
    mean_square = float(np.dot(samples, samples)) / samples.size
    return 10.0 * math.log10(mean_square) if mean_square > 1e-12 else -120.0


class EchoGate:
    """Tells the app's own playback, leaking into the microphone, from the trainee's voice.

    The leak is modelled as the played signal, attenuated by ``leak_db`` and delayed by up to
    ``max_delay_s``: the expected leak level of a frame is ``leak_db`` plus the loudest playback
    level in the delay window before it. A frame is echo unless it is ``margin_db`` louder than
    that. ``leak_db`` is learnt from frames judged to be echo: at the first playback from its
    loudest frames (the trainee is almost always silent as the persona begins, and every frame
    counts as echo meanwhile), then it follows rises quickly and falls slowly (~1.5 dB/s), so quiet
    gaps in the persona's speech do not wear the estimate down. With a headset it settles where
    the microphone's own noise is, far below the trainee's voice, and never gets in the way.
    """

    _REF_FLOOR_DB = -60.0  # playback quieter than this cannot leak audibly
    _LEARN_REF_DB = -40.0  # only playback this loud says anything about the leak
    _LEARN_FRAMES = 6
    _ATTACK = 0.5  # share of a rise taken per frame
    _MAX_RISE_DB = 3.0
    _RELEASE_DB = 0.05  # fall per frame (32 ms)

    def __init__(self, margin_db: float, max_delay_s: float) -> None:
        self.margin_db = margin_db
        self.max_delay_s = max_delay_s
        self.leak_db: float | None = None
        self._learnt: list[float] = []
        self._level_fn: LevelFn | None = None
        self._levels: deque[tuple[float, float]] = deque()  # (time, playback RMS) samples
        self._sampled_to = -math.inf

    def set_level_fn(self, level_fn: LevelFn | None) -> None:
        if level_fn is self._level_fn:
            return  # keep the levels already sampled: passing the same function is free
        self._level_fn = level_fn
        self._levels.clear()
        self._sampled_to = -math.inf

    def reference_db(self, t0: float, t1: float) -> float:
        """Loudest playback (dBFS) from ``max_delay_s`` before ``t0`` up to ``t1``."""
        if self._level_fn is None:
            return -120.0
        step = FRAME_S / 2  # each playback moment is sampled once, then remembered
        window_start = t0 - self.max_delay_s
        at = self._sampled_to + step
        if at < window_start or at > t1 + step:  # first frame, a gap, or a new timeline
            self._levels.clear()
            at = window_start
        while at <= t1 + _EPS:
            self._levels.append((at, float(self._level_fn(at))))
            self._sampled_to = at
            at += step
        while self._levels and self._levels[0][0] < window_start - _EPS:
            self._levels.popleft()
        loudest = max((level for _, level in self._levels), default=0.0)
        return 20.0 * math.log10(loudest) if loudest > 1e-6 else -120.0

    def is_echo(self, frame_db: float, t0: float, t1: float) -> bool:
        """Whether a frame (level ``frame_db``, from ``t0`` to ``t1``) is explained by the leak."""
        ref_db = self.reference_db(t0, t1)
        if ref_db < self._REF_FLOOR_DB:
            return False
        ratio = frame_db - ref_db
        if self.leak_db is None:  # still learning: everything is echo meanwhile
            if ref_db >= self._LEARN_REF_DB:
                self._learnt.append(ratio)
                if len(self._learnt) >= self._LEARN_FRAMES:
                    self.leak_db = max(self._learnt)
            return True
        echo = ratio < self.leak_db + self.margin_db
        if echo and ref_db >= self._LEARN_REF_DB:
            if ratio > self.leak_db:
                self.leak_db += min(self._MAX_RISE_DB, self._ATTACK * (ratio - self.leak_db))
            else:
                self.leak_db -= min(self._RELEASE_DB, self.leak_db - ratio)
        return echo


def _frames_for(ms: float) -> int:
    return max(1, math.ceil(ms / (FRAME_S * 1000) - _EPS))


class TurnTaker:
    """Feeds frames through the voice detector and the echo gate; returns turn events.

    ``vad`` defaults to a new :class:`audio.vad.SileroVad`. Not thread-safe: one caller feeds it.
    """

    def __init__(self, config: TurnConfig | None = None, vad: VoiceDetector | None = None) -> None:
        self.config = config or TurnConfig()
        if vad is None:
            from audio.vad import SileroVad

            vad = SileroVad()
        self.vad = vad
        self.echo = EchoGate(self.config.echo_margin_db, self.config.echo_max_delay_ms / 1000)
        self._start_frames = _frames_for(self.config.start_speech_ms)
        self._gap_frames = math.floor(self.config.onset_gap_ms / (FRAME_S * 1000) + _EPS)
        self._preroll: deque[np.ndarray] = deque(maxlen=_frames_for(self.config.preroll_ms))
        self._playback = False
        self._next_t = 0.0
        self._reset_turn()

    # -- state ----------------------------------------------------------------------------------

    def _reset_turn(self) -> None:
        self.state: Literal["idle", "onset", "speaking", "paused", "pressed"] = "idle"
        self._turn: list[np.ndarray] = []  # the turn's frames (pre-roll first)
        self._onset: list[np.ndarray] = []  # frames since a possible start, not yet a turn
        self._onset_voiced = 0
        self._onset_gap = 0
        self._t_first: float | None = None
        self._t_last: float | None = None
        self._t_started = 0.0
        self._voiced = 0
        self._barged_in = False
        self._paused_audio: np.ndarray | None = None

    def reset(self) -> None:
        """Drop any turn in progress and the voice detector's memory (keeps the echo estimate)."""
        self._reset_turn()
        self._preroll.clear()
        self.vad.reset()

    @property
    def in_turn(self) -> bool:
        return self.state in ("speaking", "paused", "pressed")

    @property
    def playback_active(self) -> bool:
        return self._playback

    def set_playback(self, active: bool, level_fn: LevelFn | None = None) -> None:
        """Say whether the persona is speaking, and what the app plays (see :class:`EchoGate`).

        ``level_fn(t)`` is the RMS (0..1) leaving the speaker around ``time.monotonic()`` ``t``,
        0 when nothing played. Passing None keeps the previous one, so the tail of a line that
        just ended is still recognised as echo. Pass one function that reads the player's live
        history (not a new one per frame: a new function makes the gate sample it afresh).
        """
        self._playback = active
        if level_fn is not None:
            self.echo.set_level_fn(level_fn)

    # -- feeding --------------------------------------------------------------------------------

    def feed(self, frame: np.ndarray, t: float | None = None) -> list[Event]:
        """Process one 512-sample frame captured at ``t`` (its first sample; default: right
        after the previous frame) and return what happened."""
        if frame.shape != (FRAME_SAMPLES,):
            raise ValueError(f"a frame is {FRAME_SAMPLES} samples, got shape {frame.shape}")
        if t is None:
            t = self._next_t
        t_end = t + FRAME_S
        self._next_t = t_end
        prob = self.vad.prob(frame)
        echo = self.echo.is_echo(dbfs(frame), t, t_end)
        threshold = self.config.vad_threshold
        if self.state == "speaking":
            threshold -= _HYSTERESIS
        voiced = prob >= threshold and not echo
        if self.config.mode == "push_to_talk":
            return self._feed_pressed(frame, voiced, t, t_end)
        if self.state == "idle":
            return self._feed_idle(frame, voiced, t, t_end)
        if self.state == "onset":
            return self._feed_onset(frame, voiced, t_end)
        return self._feed_turn(frame, voiced, t, t_end)

    def _feed_idle(self, frame: np.ndarray, voiced: bool, t: float, t_end: float) -> list[Event]:
        if not voiced:
            self._preroll.append(frame)
            return []
        self.state = "onset"
        self._onset = []
        self._onset_voiced = 0
        self._onset_gap = 0
        self._t_first = t
        return self._feed_onset(frame, voiced, t_end)

    def _feed_onset(self, frame: np.ndarray, voiced: bool, t_end: float) -> list[Event]:
        self._onset.append(frame)
        if voiced:
            self._onset_voiced += 1
            self._onset_gap = 0
            self._t_last = t_end
        else:
            self._onset_gap += 1
            if self._onset_gap > self._gap_frames:  # only a click or a cough: not a turn
                self._preroll.extend(self._onset)
                self._reset_turn()
                return []
        if self._onset_voiced < self._start_frames:
            return []
        self.state = "speaking"
        self._turn = [*self._preroll, *self._onset]
        self._preroll.clear()
        self._voiced = self._onset_voiced
        self._t_started = t_end
        return self._started(t_end, self._t_first)

    def _started(self, t: float, t_first: float | None) -> list[Event]:
        self._barged_in = self._playback
        events: list[Event] = [BargeIn(t)] if self._playback else []
        events.append(SpeechStarted(t, t_first))
        return events

    def _feed_turn(self, frame: np.ndarray, voiced: bool, t: float, t_end: float) -> list[Event]:
        self._turn.append(frame)
        if voiced:
            self._voiced += 1
            self._t_last = t_end
        events: list[Event] = []
        t_last = t if self._t_last is None else self._t_last
        if self.state == "speaking" and not voiced:
            self.state = "paused"
            self._paused_audio = np.concatenate(self._turn)
            events.append(Paused(t_last, self._paused_audio))
        elif self.state == "paused" and voiced:
            self.state = "speaking"
            self._paused_audio = None
            events.append(Resumed(t))
        if self.state == "paused" and t_end - t_last >= self._end_silence_s - _EPS:
            audio = self._paused_audio
            assert audio is not None
            trailing = self._turn[len(audio) // FRAME_SAMPLES :]
            events.append(self._ended(audio, t_end, "silence"))
            self._preroll.extend(trailing)  # the silence after the turn precedes the next one
        elif t_end - self._t_started >= self.config.max_turn_ms / 1000 - _EPS:
            events.append(self._ended(np.concatenate(self._turn), t_end, "max_length"))
        return events

    @property
    def _end_silence_s(self) -> float:
        return self.config.end_silence_ms / 1000

    def _ended(
        self,
        audio: np.ndarray | None,
        t_decision: float,
        reason: Literal["silence", "released", "max_length"],
    ) -> TurnEnded:
        ended = TurnEnded(
            audio=audio if audio is not None else np.zeros(0, np.float32),
            t_first_voiced=self._t_first,
            t_last_voiced=self._t_last,
            t_decision=t_decision,
            voiced_ms=self._voiced * FRAME_S * 1000,
            barged_in=self._barged_in,
            reason=reason,
        )
        self._reset_turn()
        return ended

    # -- push-to-talk ---------------------------------------------------------------------------

    def _feed_pressed(self, frame: np.ndarray, voiced: bool, t: float, t_end: float) -> list[Event]:
        if self.state != "pressed":
            self._preroll.append(frame)
            return []
        self._turn.append(frame)
        if voiced:
            self._voiced += 1
            if self._t_first is None:
                self._t_first = t
            self._t_last = t_end
        return []

    def press(self, t: float | None = None) -> list[Event]:
        """Push-to-talk: the key went down at ``t`` (default: the end of the last frame fed)."""
        self._require_push_to_talk()
        if self.state == "pressed":
            return []
        t = self._next_t if t is None else t
        self._reset_turn()
        self.state = "pressed"
        self._turn = list(self._preroll)
        self._preroll.clear()
        self._t_started = t
        return self._started(t, None)

    def release(self, t: float | None = None) -> list[Event]:
        """Push-to-talk: the key went up at ``t``; the turn ends with everything heard."""
        self._require_push_to_talk()
        if self.state != "pressed":
            return []
        t = self._next_t if t is None else t
        audio = np.concatenate(self._turn) if self._turn else np.zeros(0, np.float32)
        return [self._ended(audio, t, "released")]

    def _require_push_to_talk(self) -> None:
        if self.config.mode != "push_to_talk":
            raise RuntimeError("press() and release() are for push_to_talk mode")
