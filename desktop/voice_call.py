"""A spoken call: microphone frames in, persona speech out, every turn into the call record.

One loop on one thread owns the turn-taker and the :class:`~personas.call.Call`; everything slow
runs elsewhere and reports back through the loop's inbox (the player's event thread, the
transcriber's worker, the speech engine's process). So the command line, the benchmark and the
window drive the same code, and the window only has to run :meth:`VoiceCall.run` off its event
loop and listen to :class:`VoiceEvent` s.

Why it answers fast: while the trainee pauses, the turn so far is transcribed speculatively; as
soon as that text is ready, a copy of the engine (same state, same random state) works out what
the persona will say to exactly that text and the speech engine renders those lines at once. When
the end-of-turn silence is over the text is final, the real engine gives the same lines, and they
are already audio. While the trainee has not started, the lines for a few likely replies (silence,
the script's model reply, a violation, an interruption) are rendered the same way.

No Qt here: the window wraps this, it does not live in it.
"""

from __future__ import annotations

import math
import queue
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import numpy as np

from audio.capture import Frame, MicrophoneError
from audio.delivery import LoudnessBaseline, delivery_for
from audio.playback import PlaybackError, PlaybackReport, Player
from audio.transcribe import SpeculativeTranscriber, Transcript
from audio.tts import LineCache, Speech, SpeechError, Synthesizer, VoiceSettings, voice_for
from audio.turns import (
    FRAME_S,
    FRAME_SAMPLES,
    BargeIn,
    Paused,
    Resumed,
    SpeechStarted,
    TurnConfig,
    TurnEnded,
    TurnTaker,
)
from audio.vad import SileroVad
from desktop.session_recorder import NullWriter
from personas.call import Call
from personas.engine import CallEngine
from personas.judge import JudgeContext, judge
from personas.model import Line, Persona

# Replies used to guess the persona's next lines before the trainee has said anything.
_PROBE_VIOLATION = "You need to calm down."


class CallRecorder(Protocol):
    """Where the call is recorded as it happens (:class:`~desktop.session_recorder.SessionWriter`);
    every method returns quickly: audio is queued, a turn is one fsync-ed line."""

    def trainee_audio(self, samples: np.ndarray, t: float) -> None: ...

    def persona_audio(
        self, samples: np.ndarray, t: float, rate: int = ..., *, turn_id: str | None = None
    ) -> None: ...

    def turn(self, turn: dict[str, Any]) -> dict[str, Any]: ...

    def undone(self, entry: Any) -> None: ...


class FrameSource(Protocol):
    """Where the trainee's audio comes from: a :class:`~audio.capture.Microphone`, or a file."""

    def get(self, timeout: float | None = None) -> Frame | None: ...

    @property
    def error(self) -> MicrophoneError | None: ...


@dataclass(frozen=True)
class VoiceCallConfig:
    turns: TurnConfig = field(default_factory=TurnConfig)
    silence_timeout_s: float = 10.0
    """The persona stopped and the trainee said nothing this long: a silent turn."""
    fast: bool = True
    """Speculative transcription, short-window decoding and pre-rendered lines. False is the
    naive path the benchmark compares with: decode after the turn with faster-whisper's
    defaults, render each line when it is needed."""
    hotwords: str | None = None
    reconnect_every_s: float = 2.0
    input_gain_db: float = 0.0
    """Set by microphone calibration: lifts a quiet microphone before voice detection."""


# -- what a front end hears --------------------------------------------------------------------


@dataclass(frozen=True)
class VoiceEvent:
    """Base of everything :class:`VoiceCall` reports (on its own thread)."""


@dataclass(frozen=True)
class PersonaSpeaking(VoiceEvent):
    turn: dict[str, Any]  # the persona turn in the record
    speech_s: float


@dataclass(frozen=True)
class Listening(VoiceEvent):
    """The persona has finished its turn; the trainee's turn is open."""


@dataclass(frozen=True)
class TraineeSpeaking(VoiceEvent):
    barged_in: bool


@dataclass(frozen=True)
class Thinking(VoiceEvent):
    """The turn is over; its text is being made final and judged."""


@dataclass(frozen=True)
class TraineeTurn(VoiceEvent):
    turn: dict[str, Any]  # the trainee turn in the record (timings filled in as they happen)
    audio: np.ndarray  # what was heard, 16 kHz mono, pre-roll included


@dataclass(frozen=True)
class NotATurn(VoiceEvent):
    """Voice activity, but no words (noise, a cough, the persona's own echo)."""

    reason: str
    dropped: str


@dataclass(frozen=True)
class MicrophoneLost(VoiceEvent):
    message: str


@dataclass(frozen=True)
class MicrophoneBack(VoiceEvent):
    pass


@dataclass(frozen=True)
class Rewound(VoiceEvent):
    """Trainee turn ``turn_id`` and all after it were taken back (or corrected)."""

    turn_id: str
    repeat: dict[str, Any] | None  # the persona line said again (the one being answered)


@dataclass(frozen=True)
class MoodNudged(VoiceEvent):
    """A facilitator moved the mood by hand."""

    heat: float


@dataclass(frozen=True)
class CallPaused(VoiceEvent):
    pass


@dataclass(frozen=True)
class CallResumed(VoiceEvent):
    pass


@dataclass(frozen=True)
class CallOver(VoiceEvent):
    outcome: str | None


class NoMicrophone:
    """The frame source of a call answered by typing only: the persona still speaks."""

    error: MicrophoneError | None = None

    def get(self, timeout: float | None = None) -> Frame | None:
        time.sleep(timeout or 0)
        return None


# -- speaking ----------------------------------------------------------------------------------


class PersonaVoice:
    """The persona's voice settings per line, and lines as audio (cached, or rendered on demand)."""

    def __init__(
        self,
        persona: Persona,
        synthesizer: Synthesizer,
        cache: LineCache | None,
        voice_id: str | None = None,
        pace: float = 1.0,
    ) -> None:
        self.persona = persona
        self.synthesizer = synthesizer
        self.cache = cache
        self.voice_id = voice_id  # the trainee's chosen voice (settings), else the persona's
        self.pace = pace  # the trainee's choice of speaking rate, on top of the persona's

    def settings(self, line: Line | dict[str, Any], heat: float) -> VoiceSettings:
        tone = line.tone if isinstance(line, Line) else line.get("tone")
        hints = self.persona.voice
        settings = voice_for(hints.gender, hints.rate, hints.pitch, heat, tone, self.pace)
        return replace(settings, voice=self.voice_id) if self.voice_id else settings

    def speech(self, text: str, settings: VoiceSettings) -> Future[Speech]:
        if self.cache is None:
            return self.synthesizer.render(text, settings)
        return self.cache.get_or_render(text, settings)

    def prefetch(self, items: list[tuple[str, VoiceSettings]]) -> None:
        if self.cache is not None and items:
            self.cache.prefetch(list(dict.fromkeys(items)))


def predicted_lines(
    call: Call, text: str | None, *, interrupted: bool = False
) -> list[tuple[Line, float]]:
    """What the persona would say (line, heat) if the trainee's reply were ``text`` (None: silence).

    Runs a copy of the engine from the call's exact state, random state included, so for the
    same text the real engine picks the same lines.
    """
    engine = CallEngine(call.persona, call.seed, call.engine.max_turns)
    engine.restore(call.engine.snapshot())
    if engine.outcome is not None:
        return []
    judgement = judge(text, JudgeContext(call.persona, engine.stage)) if text else None
    reaction = engine.respond(judgement, interrupted=interrupted)
    return [(line, reaction.heat_after) for _, line in reaction.lines]


# -- the call ----------------------------------------------------------------------------------


@dataclass
class _Spoken:
    """A persona turn queued or playing, and the trainee turn whose answer it is (if any)."""

    turn: dict[str, Any]
    answers: dict[str, Any] | None
    decided_at: float | None = None
    t_last_voiced: float | None = None
    speech: Speech | None = None


class VoiceCall:
    """Runs one spoken call over a frame source and a player; see the module docstring.

    ``on_event`` is called on the loop's thread; keep it quick (print, or hand over to a UI).
    ``reconnect`` is called every few seconds after the microphone failed; it should reopen it
    and return True once it records again.
    """

    def __init__(
        self,
        call: Call,
        *,
        source: FrameSource,
        player: Player,
        voice: PersonaVoice,
        transcriber: SpeculativeTranscriber,
        config: VoiceCallConfig | None = None,
        on_event: Callable[[VoiceEvent], None] | None = None,
        reconnect: Callable[[], bool] | None = None,
        vad: SileroVad | None = None,
        recorder: CallRecorder | None = None,
    ) -> None:
        self.call = call
        self.source = source
        self.player = player
        self.voice = voice
        self.transcriber = transcriber
        self.config = config or VoiceCallConfig()
        self._on_event = on_event or (lambda event: None)
        self._reconnect = reconnect
        self.recorder: CallRecorder = recorder or NullWriter()
        self.trainee: str | None = None  # None: the call's own trainee
        self.turns = TurnTaker(self.config.turns, vad)
        self._delivery_vad = SileroVad()
        self.baseline = LoudnessBaseline()
        self._level_fn = player.level_at
        self._inbox: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._queue: deque[_Spoken] = deque()
        self._playing: _Spoken | None = None
        self._cut: list[_Spoken] = []
        self._persona_stopped_at: float | None = None
        self._listening_since: float | None = None
        self._speculation = 0
        self._speculated_len = -1
        self._barged_in = False
        self._stop = False
        self._mic_lost = False
        self._paused_call = False
        self._last_retry = 0.0
        self._gain = 10 ** (self.config.input_gain_db / 20)
        self.input_dbfs = -100.0
        """Level of the latest microphone frame (read by a level meter; any thread)."""
        self.hotwords = self.config.hotwords or ", ".join(call.persona.vocabulary) or None
        self.not_turns: list[dict[str, Any]] = []
        self.mic_outages: list[dict[str, Any]] = []

    # -- control (any thread) ---------------------------------------------------------------------

    def hang_up(self) -> None:
        """End the call from another thread (the window's End button)."""
        self._inbox.put(("hang_up", None))

    def skip_persona(self) -> None:
        """Cut the persona's current turn short (any thread): a facilitator's skip, the bench."""
        self._inbox.put(("skip", None))

    def send_text(self, text: str) -> None:
        """A typed reply (any thread): judged like a spoken one; typed over the persona cuts it."""
        self._inbox.put(("typed", text))

    def take_back(self, turn_id: str) -> None:
        """Rewind to just before a reply (any thread); the persona says its line again."""
        self._inbox.put(("take_back", turn_id))

    def correct(self, turn_id: str, text: str) -> None:
        """Replace what was heard for a reply with what the trainee said (any thread)."""
        self._inbox.put(("correct", (turn_id, text)))

    def repeat_line(self) -> None:
        """The persona says where things stand again (a facilitator's "repeat")."""
        self._inbox.put(("repeat", None))

    def nudge(self, delta: float, reason: str) -> None:
        self._inbox.put(("nudge", (delta, reason)))

    def skip_to(self, stage: str, reason: str = "") -> None:
        self._inbox.put(("skip_to", (stage, reason)))

    def set_trainee(self, name: str | None) -> None:
        """Whose replies the next turns are (workshops pass the hot seat round)."""
        self._inbox.put(("trainee", name))

    def pause(self) -> None:
        self._inbox.put(("pause", None))

    def resume(self) -> None:
        self._inbox.put(("resume", None))

    def press(self) -> None:
        """Push-to-talk key down (any thread)."""
        self._inbox.put(("press", None))

    def release(self) -> None:
        self._inbox.put(("release", None))

    # -- the loop ---------------------------------------------------------------------------------

    def run(self) -> dict[str, Any]:
        """Play the call to its end; returns the call record (also after Ctrl-C)."""
        try:
            if self.call.turns:  # a branch: the persona says again the line being answered
                last = [t for t in self.call.turns if t["speaker"] == "persona"][-1]
                self._say([last], answers=None)
            else:
                self._say([self.call.start()], answers=None)
            while not self._stop:
                self._drain_inbox()
                if self._stop:
                    break
                if self.call.finished and self._playing is None and not self._queue:
                    break
                frame = self.source.get(timeout=0.02)
                if self._paused_call:
                    continue
                if frame is None:
                    self._idle()
                    continue
                self._feed(frame)
                self._check_silence(frame.t + FRAME_S)
        except KeyboardInterrupt:
            pass
        finally:
            self.player.stop()
            self.transcriber.discard()
            if not self.call.finished:
                self.call.hang_up()
            self._emit(CallOver(self.call.outcome))
        return self.record()

    def record(self) -> dict[str, Any]:
        record = self.call.record()
        record["voice"] = {
            "fast": self.config.fast,
            "end_silence_ms": self.config.turns.end_silence_ms,
            "mode": self.config.turns.mode,
            "not_turns": self.not_turns,
            "microphone_outages": self.mic_outages,
            "baseline_dbfs": self.baseline.dbfs,
        }
        return record

    def _emit(self, event: VoiceEvent) -> None:
        self._on_event(event)

    def _idle(self) -> None:
        error = self.source.error
        if error is not None:
            self._microphone_lost(str(error))
        self._check_silence(time.monotonic())

    # -- inbox: the player's and the transcriber's reports ----------------------------------------

    def _drain_inbox(self) -> None:
        while True:
            try:
                kind, payload = self._inbox.get_nowait()
            except queue.Empty:
                return
            if kind == "first_sample":
                spoken, t = payload
                self._first_sample(spoken, t)
            elif kind == "done":
                spoken, report = payload
                self._line_done(spoken, report)
            elif kind == "transcript":
                token, future = payload
                self._speculation_ready(token, future)
            elif kind == "skip":
                self._queue.clear()
                self.player.stop()
            elif kind == "hang_up":
                self.player.stop()
                self._queue.clear()
                self.call.hang_up()
                self._stop = True
            elif kind == "typed":
                self._typed(payload)
            elif kind in ("take_back", "correct"):
                self._rewind(kind, payload)
            elif kind == "pause":
                self._pause()
            elif kind == "repeat" and not self.call.finished:
                self._silence_persona()
                self._say([self.call.repeat()], answers=None)
            elif kind == "nudge":
                self._emit(MoodNudged(self.call.nudge(*payload)))
            elif kind == "skip_to" and not self.call.finished:
                self._silence_persona()
                self._say([self.call.skip_to(*payload)], answers=None)
            elif kind == "trainee":
                self.trainee = payload
            elif kind == "resume":
                self._resume()
            elif kind in ("press", "release") and self.config.turns.mode == "push_to_talk":
                self._on_turn_events(getattr(self.turns, kind)(payload))

    def _first_sample(self, spoken: _Spoken, t: float) -> None:
        spoken.turn["spoken_at"] = t
        if spoken.speech is not None:
            self.recorder.persona_audio(
                spoken.speech.samples,
                t + self.player.latency_s,
                spoken.speech.sample_rate,
                turn_id=spoken.turn["id"],
            )
        answered = spoken.answers
        if answered is None or "first_audio_at" in answered["timings"]:
            return
        timings = answered["timings"]
        timings["first_audio_at"] = t
        if spoken.decided_at is not None:
            timings["decision_to_audio_ms"] = round((t - spoken.decided_at) * 1000, 1)
        if spoken.t_last_voiced is not None:
            timings["voiced_to_audio_ms"] = round((t - spoken.t_last_voiced) * 1000, 1)

    def _line_done(self, spoken: _Spoken, report: PlaybackReport) -> None:
        if spoken is not self._playing:
            return
        spoken.turn["played_s"] = round(report.played_s, 3)
        spoken.turn["completed"] = report.completed
        self.recorder.turn(spoken.turn)
        self._playing = None
        if self._queue:
            self._play_next()
            return
        self.turns.set_playback(False)
        self._persona_stopped_at = report.ended_at + self.player.latency_s
        if self.call.finished:
            return
        if not self.turns.in_turn:
            self._listening_since = time.monotonic()
            self._emit(Listening())
        self._prefetch_likely()

    # -- the persona speaking ----------------------------------------------------------------

    def _say(
        self,
        turns: list[dict[str, Any]],
        *,
        answers: dict[str, Any] | None,
        decided_at: float | None = None,
        t_last_voiced: float | None = None,
    ) -> None:
        for turn in turns:
            self._queue.append(_Spoken(turn, answers, decided_at, t_last_voiced))
        if self._playing is None:
            self._play_next()

    def _play_next(self) -> None:
        while self._queue:
            spoken = self._queue.popleft()
            turn = spoken.turn
            settings = self.voice.settings(turn, turn["mood"])
            try:
                speech = self.voice.speech(turn["text"], settings).result()
            except SpeechError as error:
                turn["completed"] = False
                turn["speech_error"] = error.message
                self.recorder.turn(turn)
                continue
            spoken.speech = speech
            self._playing = spoken
            self._listening_since = None
            self.turns.set_playback(True, self._level_fn)
            self._emit(PersonaSpeaking(turn, speech.duration_s))
            try:
                self.player.play(
                    speech,
                    on_first_sample=lambda t, s=spoken: self._inbox.put(("first_sample", (s, t))),
                    on_done=lambda r, s=spoken: self._inbox.put(("done", (s, r))),
                )
            except PlaybackError as error:
                turn["completed"] = False
                turn["speech_error"] = error.message
                self.recorder.turn(turn)
                self._playing = None
                continue
            return
        self.turns.set_playback(False)

    def _prefetch_likely(self) -> None:
        """Render what the persona would say to a few likely replies, before the trainee speaks."""
        if not self.config.fast:
            return
        persona = self.call.persona
        guesses: list[tuple[str | None, bool]] = [
            (persona.model_replies.get(self.call.engine.stage), False),
            (None, False),
            (_PROBE_VIOLATION, False),
            (persona.model_replies.get(self.call.engine.stage), True),
        ]
        items: list[tuple[str, VoiceSettings]] = []
        for text, interrupted in guesses:
            for line, heat in predicted_lines(self.call, text, interrupted=interrupted):
                items.append((line.text, self.voice.settings(line, heat)))
        self.voice.prefetch(items)

    # -- the trainee speaking ---------------------------------------------------------------------

    def _feed(self, frame: Frame) -> None:
        self.recorder.trainee_audio(frame.samples, frame.t)
        samples = frame.samples
        if self._gain != 1.0:
            samples = np.clip(samples * self._gain, -1.0, 1.0).astype(np.float32)
        rms = float(np.sqrt(np.mean(np.square(samples)))) if len(samples) else 0.0
        self.input_dbfs = 20 * math.log10(max(rms, 1e-5))
        self._on_turn_events(self.turns.feed(samples, frame.t))

    def _on_turn_events(self, events: list[Any]) -> None:
        for event in events:
            if isinstance(event, BargeIn):
                self._barge_in()
            elif isinstance(event, SpeechStarted):
                self._listening_since = None
                self._emit(TraineeSpeaking(self._barged_in))
            elif isinstance(event, Paused):
                self._paused(event)
            elif isinstance(event, Resumed):
                self.transcriber.discard()
                self._speculated_len = -1
            elif isinstance(event, TurnEnded):
                self._turn_ended(event)

    def _barge_in(self) -> None:
        if self.call.finished:
            return
        self._barged_in = True
        playing = self._playing
        if playing is not None:
            # The persona stops to hear what was so urgent; what it did not get to say is kept
            # and said again if the "interruption" turns out to be noise.
            self._cut = [playing, *self._queue]
            self._queue.clear()
            self.player.stop()

    def _paused(self, event: Paused) -> None:
        if not self.config.fast or self.call.finished:
            return
        self._speculation += 1
        token = self._speculation
        self._speculated_len = len(event.audio_so_far)
        future = self.transcriber.speculate(event.audio_so_far, hotwords=self.hotwords)
        future.add_done_callback(lambda f: self._inbox.put(("transcript", (token, f))))

    def _speculation_ready(self, token: int, future: Future[Transcript]) -> None:
        if token != self._speculation or self._speculated_len < 0 or future.cancelled():
            return
        if future.exception() is not None:
            return
        transcript = future.result()
        if not transcript.accepted:
            return
        lines = predicted_lines(self.call, transcript.text, interrupted=self._barged_in)
        self.voice.prefetch([(line.text, self.voice.settings(line, heat)) for line, heat in lines])

    def _turn_ended(self, event: TurnEnded) -> None:
        decided_at = time.monotonic()
        barged_in = event.barged_in or self._barged_in
        self._barged_in = False
        if self.call.finished:
            return
        self._emit(Thinking())
        transcript = self._final_transcript(event)
        if not transcript.accepted:
            self.not_turns.append(
                {
                    "at": event.t_first_voiced,
                    "voiced_ms": event.voiced_ms,
                    "reason": transcript.rejected,
                    "dropped": transcript.dropped,
                }
            )
            self._emit(NotATurn(transcript.rejected or "", transcript.dropped))
            self._resume_cut_lines()
            return
        for spoken in self._cut[1:]:  # cut off before they were said
            spoken.turn.update(played_s=0.0, completed=False)
            self.recorder.turn(spoken.turn)
        self._cut = []
        timings: dict[str, Any] = {
            "persona_stopped_at": self._persona_stopped_at,
            "first_voiced_at": event.t_first_voiced,
            "last_voiced_at": event.t_last_voiced,
            "decided_at": decided_at,
            "voiced_ms": round(event.voiced_ms, 1),
            "transcribe_ms": round(transcript.ms, 1),
            "end_reason": event.reason,
        }
        result = self.call.reply(
            transcript.text,
            trainee=self.trainee,
            interrupted=barged_in,
            extra={
                "timings": timings,
                "heard": {
                    "text": transcript.text,
                    "audio_s": round(transcript.audio_s, 3),
                    "window_s": transcript.window_s,
                    "no_speech_prob": transcript.no_speech_prob,
                    "avg_logprob": transcript.avg_logprob,
                },
            },
        )
        turn = result.trainee_turn
        timings["judged_ms"] = round((time.monotonic() - decided_at) * 1000, 1)
        self._say(
            result.persona_turns,
            answers=turn,
            decided_at=decided_at,
            t_last_voiced=event.t_last_voiced,
        )
        # Measured after the answer is on its way: nothing here changes what the persona says.
        delivery = delivery_for(
            event.audio,
            transcript.text,
            self._persona_stopped_at,
            event.t_first_voiced,
            self.baseline.dbfs,
            barged_in=barged_in,
            vad=self._delivery_vad,
        )
        self.baseline.observe(delivery.loudness_dbfs)
        turn["delivery"] = delivery.to_dict()
        self.recorder.turn(turn)
        self._emit(TraineeTurn(turn, event.audio))

    def _final_transcript(self, event: TurnEnded) -> Transcript:
        speech_s = event.voiced_ms / 1000
        if not self.config.fast:
            return self.transcriber.transcriber.transcribe_naive(event.audio)
        if self.transcriber.speculating and self._speculated_len == len(event.audio):
            self._speculated_len = -1
            return self.transcriber.confirm()
        self.transcriber.discard()
        self._speculated_len = -1
        return self.transcriber.transcribe(event.audio, hotwords=self.hotwords, speech_s=speech_s)

    def _resume_cut_lines(self) -> None:
        """Noise cut the persona off: it picks up the line it was saying."""
        cut, self._cut = self._cut, []
        if cut and self._playing is None:
            self._say([spoken.turn for spoken in cut], answers=None)

    def _check_silence(self, now: float) -> None:
        since = self._listening_since
        if (
            since is None
            or self.call.finished
            or self._playing is not None
            or self.turns.state != "idle"
            or now - since < self.config.silence_timeout_s
        ):
            return
        self._listening_since = None
        result = self.call.reply(
            "",
            trainee=self.trainee,
            extra={
                "timings": {
                    "persona_stopped_at": self._persona_stopped_at,
                    "silent_s": round(now - since, 3),
                },
                "silent": True,
            },
        )
        self.recorder.turn(result.trainee_turn)
        self._emit(TraineeTurn(result.trainee_turn, np.zeros(0, np.float32)))
        self._say(result.persona_turns, answers=None)

    # -- the window's controls: typing, rewinding, pausing -----------------------------------

    def _silence_persona(self) -> None:
        self._queue.clear()
        self._cut = []
        self.player.stop()
        self._playing = None
        self.turns.reset()
        self.turns.set_playback(False)
        self.transcriber.discard()
        self._speculated_len = -1
        self._listening_since = None

    def _typed(self, text: str) -> None:
        if self.call.finished or self._paused_call:
            return
        interrupted = self._playing is not None
        self._silence_persona()
        self._emit(Thinking())
        result = self.call.reply(
            text, trainee=self.trainee, interrupted=interrupted, extra={"typed": True}
        )
        self.recorder.turn(result.trainee_turn)
        self._emit(TraineeTurn(result.trainee_turn, np.zeros(0, np.float32)))
        self._say(result.persona_turns, answers=None)

    def _rewind(self, kind: str, payload: Any) -> None:
        self._silence_persona()
        self._paused_call = False
        if kind == "take_back":
            try:
                repeat = self.call.take_back(payload)
            except KeyError:
                return
            self.recorder.undone(self.call.undone[-1])
            self._emit(Rewound(payload, repeat))
            if repeat is not None:
                self._say([repeat], answers=None)
            else:
                self._say([self.call.repeat()], answers=None)
            return
        turn_id, text = payload
        try:
            result = self.call.correct(turn_id, text)
        except KeyError:
            return
        self.recorder.undone(self.call.undone[-1])
        self.recorder.turn(result.trainee_turn)
        self._emit(Rewound(turn_id, None))
        self._emit(TraineeTurn(result.trainee_turn, np.zeros(0, np.float32)))
        self._say(result.persona_turns, answers=None)

    def _pause(self) -> None:
        if self._paused_call or self.call.finished:
            return
        self._paused_call = True
        self._silence_persona()
        self._emit(CallPaused())

    def _resume(self) -> None:
        if not self._paused_call:
            return
        self._paused_call = False
        self._emit(CallResumed())
        if not self.call.finished:
            self._say([self.call.repeat()], answers=None)

    # -- a microphone that goes away -----------------------------------------------------------

    def _microphone_lost(self, message: str) -> None:
        now = time.monotonic()
        if not self._mic_lost:
            self._mic_lost = True
            self.player.stop()
            self._queue.clear()
            self._playing = None
            self._listening_since = None
            self.mic_outages.append({"message": message, "lost_at": now, "back_at": None})
            if self.turns.in_turn:
                # Finish the turn with what was heard: nothing said before the failure is lost.
                silence = np.zeros(FRAME_SAMPLES, np.float32)
                frames = math.ceil(self.config.turns.end_silence_ms / (FRAME_S * 1000)) + 1
                t = now
                for _ in range(frames):
                    self._feed(Frame(silence, t))
                    t += FRAME_S
            self._emit(MicrophoneLost(message))
            self._last_retry = now
            return
        if self._reconnect is None or now - self._last_retry < self.config.reconnect_every_s:
            time.sleep(0.05)
            return
        self._last_retry = now
        if self._reconnect():
            self.mic_outages[-1]["back_at"] = time.monotonic()
            self._mic_lost = False
            self.turns.reset()
            self._emit(MicrophoneBack())
            if not self.call.finished:
                # Pick the thread back up: the persona says where things stand.
                self._say([self.call.repeat()], answers=None)
