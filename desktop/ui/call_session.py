"""One call as the window sees it: a Qt object the call screen observes through signals.

Two ways to run a call, one interface. With a voice rig, the call is a
:class:`~desktop.voice_call.VoiceCall` (the same orchestration as ``hotseat play --voice``) run
through ``run_in_background``; its events arrive on its own thread and are re-emitted here on
the GUI thread. Without speakers or speech engine, the call is typed with captions only, and the
judge (pure and fast) runs inline. Typed replies, take-backs, corrections and pause work in both.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QObject, Signal

from audio.capture import Microphone, MicrophoneError
from audio.turns import TurnConfig
from desktop.recording import QueuedWriter, start_recording
from desktop.settings import Settings
from desktop.ui.background import Outcome, run_in_background
from desktop.voice_call import (
    CallOver,
    CallPaused,
    CallResumed,
    FrameSource,
    Listening,
    MicrophoneBack,
    MicrophoneLost,
    MoodNudged,
    NoMicrophone,
    NotATurn,
    PersonaSpeaking,
    PersonaVoice,
    Rewound,
    Thinking,
    TraineeSpeaking,
    TraineeTurn,
    VoiceCall,
    VoiceCallConfig,
    VoiceEvent,
)
from desktop.voice_cli import reconnector
from desktop.voice_rig import Rig, RigError, VoiceRig
from personas.call import Call
from personas.model import Persona

STATES = ("starting", "persona", "listening", "speaking", "thinking", "paused", "no_mic", "over")


class CallSession(QObject):
    """Signals carry plain record dicts (the same ones saved in the call record)."""

    persona_line = Signal(dict, float)  # persona turn, seconds of speech (0: caption only)
    trainee_turn = Signal(dict)  # a judged trainee turn
    rewound = Signal(str)  # this trainee turn and all after it were taken back
    state_changed = Signal(str)  # one of STATES
    notice = Signal(str)  # a plain sentence for the trainee (microphone lost, voice failed…)
    over = Signal(dict)  # the call record
    mood_nudged = Signal(float)  # a facilitator moved the mood by hand
    saved = Signal(str)  # the session id, once the recorded call's end is on disk
    not_saved = Signal(str)  # a recorded call could not be saved: why, in a sentence
    _voice_event = Signal(object)
    _recorder_done = Signal(object, object)  # from the recorder's thread: (id, problem)

    def __init__(
        self,
        persona: Persona,
        settings: Settings,
        *,
        rig: VoiceRig | None,
        use_microphone: bool = True,
        frame_source: FrameSource | None = None,
        record: bool = False,
        call: Call | None = None,
        record_extra: dict[str, Any] | None = None,
        seed: int | None = None,
        app_version: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.persona = persona
        self.settings = settings
        self.call = call or Call(
            persona,
            seed=seed,
            trainee=settings.trainee or None,
            app_version=app_version,
        )
        self.call.mode = "voice" if rig is not None else "typed"
        self.record_extra = record_extra or {}
        self.earlier_turns = list(self.call.turns)
        """Turns before this session took over (a branch): shown, not played again."""
        self.state = "starting"
        self.trainee: str | None = None
        self.record: dict[str, Any] | None = None
        self.voice_call: VoiceCall | None = None
        self.microphone: Microphone | None = None
        self.input_device: str | None = None
        self._rig = rig
        self._use_microphone = use_microphone
        self._frame_source = frame_source  # recorded audio instead of a microphone (the bench)
        self.record_call = record
        self.recorder: QueuedWriter | None = None
        self._voice_event.connect(self._on_voice_event)
        self._recorder_done.connect(self._recorded)

    # -- starting ---------------------------------------------------------------------------------

    @property
    def spoken(self) -> bool:
        return self._rig is not None

    @property
    def push_to_talk(self) -> bool:
        return self.settings.mode == "push_to_talk" and self.microphone is not None

    def start(self) -> None:
        if self._rig is None:
            self._start_typed()
            return
        self._set_state("starting")
        rig = self._rig
        use_mic = self._use_microphone and self._frame_source is None
        run_in_background(lambda: _open_parts(rig, use_mic), self._parts_ready)

    def _parts_ready(self, outcome: Outcome[tuple[Rig, Microphone | None, str | None]]) -> None:
        if not outcome.ok:
            error = outcome.error
            message = str(error) if isinstance(error, RigError | MicrophoneError) else repr(error)
            self.notice.emit(f"{message} This call goes on with typed replies.")
            self._rig = None
            self.call.mode = "typed"
            self._start_typed()
            return
        rig, microphone, mic_note = outcome.unwrap()
        if mic_note:
            self.notice.emit(mic_note)
        self.microphone = microphone
        source: FrameSource = self._frame_source or microphone or NoMicrophone()
        self.input_device = microphone.device.name if microphone and microphone.device else None
        settings = self.settings
        config = VoiceCallConfig(
            turns=TurnConfig(
                end_silence_ms=settings.end_silence_ms,
                vad_threshold=settings.vad_threshold,
                mode="push_to_talk" if settings.mode == "push_to_talk" else "hands_free",
            ),
            silence_timeout_s=settings.silence_timeout_s if microphone else math.inf,
            input_gain_db=settings.mic_gain_db,
        )
        self._start_recorder(rig.transcriber.transcriber.model.model_id)
        self.voice_call = VoiceCall(
            self.call,
            recorder=self.recorder,
            source=source,
            player=rig.player,
            voice=PersonaVoice(
                self.persona,
                rig.synthesizer,
                rig.cache,
                settings.voice,
                pace=settings.customer_pace,
            ),
            transcriber=rig.transcriber,
            config=config,
            on_event=self._voice_event.emit,
            reconnect=reconnector(microphone, rig.player, settings.input_device)
            if microphone is not None
            else None,
        )
        self.voice_call.trainee = self.trainee
        run_in_background(self.voice_call.run, self._voice_call_done)

    def _start_typed(self) -> None:
        self._start_recorder(None)
        self._set_state("persona")
        if self.earlier_turns:
            last = [t for t in self.earlier_turns if t["speaker"] == "persona"][-1]
            self.persona_line.emit(last, 0.0)
        else:
            opening = self.call.start()
            self._journal(opening)
            self.persona_line.emit(opening, 0.0)
        self._set_state("listening")

    def _start_recorder(self, model_id: str | None) -> None:
        if self.record_call and self.recorder is None:
            call = self.call
            extra = self.record_extra
            self.recorder = QueuedWriter(
                lambda: start_recording(call, model_id=model_id, extra=extra)
            )
            for turn in self.earlier_turns:
                self.recorder.turn(turn)

    def _journal(self, turn: dict[str, Any]) -> None:
        if self.recorder is not None:
            self.recorder.turn(turn)

    @property
    def recording(self) -> bool:
        return self.recorder is not None

    # -- the trainee's controls ------------------------------------------------------------------

    def send_text(self, text: str) -> None:
        if self.state in ("over", "starting"):
            return
        if self.voice_call is not None:
            self.voice_call.send_text(text)
            return
        result = self.call.reply(text, trainee=self.trainee, extra={"typed": True})
        self._journal(result.trainee_turn)
        self._judged(result.trainee_turn)
        for turn in result.persona_turns:
            self._journal(turn)
            self.persona_line.emit(turn, 0.0)
        self._after_typed_turn()

    def take_back(self, turn_id: str) -> None:
        if self.voice_call is not None:
            self.voice_call.take_back(turn_id)
            return
        if self.record is not None:
            return
        repeat = self.call.take_back(turn_id)
        if self.recorder is not None:
            self.recorder.undone(self.call.undone[-1])
        self._rewound(turn_id)
        self.persona_line.emit(repeat or self.call.repeat(), 0.0)
        self._set_state("listening")

    def correct(self, turn_id: str, text: str) -> None:
        if self.voice_call is not None:
            self.voice_call.correct(turn_id, text)
            return
        if self.record is not None:
            return
        result = self.call.correct(turn_id, text)
        if self.recorder is not None:
            self.recorder.undone(self.call.undone[-1])
        self._journal(result.trainee_turn)
        self._rewound(turn_id)
        self._judged(result.trainee_turn)
        for turn in result.persona_turns:
            self._journal(turn)
            self.persona_line.emit(turn, 0.0)
        self._after_typed_turn()

    def repeat_line(self) -> None:
        if self.voice_call is not None:
            self.voice_call.repeat_line()
        elif self.record is None and not self.call.finished:
            turn = self.call.repeat()
            self._journal(turn)
            self.persona_line.emit(turn, 0.0)

    def nudge(self, delta: float, reason: str) -> None:
        if self.voice_call is not None:
            self.voice_call.nudge(delta, reason)
        elif self.record is None:
            self.mood_nudged.emit(self.call.nudge(delta, reason))

    def skip_to(self, stage: str, reason: str = "") -> None:
        if self.voice_call is not None:
            self.voice_call.skip_to(stage, reason)
        elif self.record is None and not self.call.finished:
            turn = self.call.skip_to(stage, reason)
            self._journal(turn)
            self.persona_line.emit(turn, 0.0)

    def set_trainee(self, name: str | None) -> None:
        """Whose replies the next turns are (a workshop passes the hot seat)."""
        self.trainee = name
        if self.voice_call is not None:
            self.voice_call.set_trainee(name)

    def pause(self) -> None:
        if self.voice_call is not None:
            self.voice_call.pause()
        elif self.state != "over":
            self._set_state("paused")

    def resume(self) -> None:
        if self.voice_call is not None:
            self.voice_call.resume()
        elif self.state == "paused":
            self._set_state("listening")

    def press(self) -> None:
        if self.voice_call is not None and self.push_to_talk:
            self.voice_call.press()

    def release(self) -> None:
        if self.voice_call is not None and self.push_to_talk:
            self.voice_call.release()

    def end(self) -> None:
        """Hang up. The record arrives through ``over``."""
        if self.voice_call is not None:
            self.voice_call.hang_up()
            return
        if self.record is None:
            self.call.hang_up()
            self._finish(self.call.record())

    def input_dbfs(self) -> float | None:
        """The microphone level right now, for the meter (None without a microphone)."""
        if self.voice_call is None or (self.microphone is None and self._frame_source is None):
            return None
        return self.voice_call.input_dbfs

    # -- what happened ---------------------------------------------------------------------------

    def _on_voice_event(self, event: VoiceEvent) -> None:
        if isinstance(event, PersonaSpeaking):
            self._set_state("persona")
            self.persona_line.emit(event.turn, event.speech_s)
        elif isinstance(event, Listening):
            self._set_state("listening" if self.microphone or self._frame_source else "no_mic")
        elif isinstance(event, TraineeSpeaking):
            self._set_state("speaking")
        elif isinstance(event, Thinking):
            self._set_state("thinking")
        elif isinstance(event, TraineeTurn):
            self._judged(event.turn)
        elif isinstance(event, NotATurn):
            self._set_state("listening")
        elif isinstance(event, Rewound):
            self._rewound(event.turn_id)
        elif isinstance(event, MoodNudged):
            self.mood_nudged.emit(event.heat)
        elif isinstance(event, CallPaused):
            self._set_state("paused")
        elif isinstance(event, CallResumed):
            self._set_state("listening")
        elif isinstance(event, MicrophoneLost):
            self.notice.emit(
                f"The microphone stopped working ({event.message}). Plug it back in: the call "
                "carries on when it is found. You can type your reply meanwhile."
            )
            self._set_state("no_mic")
        elif isinstance(event, MicrophoneBack):
            self.notice.emit("The microphone is back.")
        elif isinstance(event, CallOver):
            pass  # the record comes with _voice_call_done

    def _voice_call_done(self, outcome: Outcome[dict[str, Any]]) -> None:
        if self.microphone is not None:
            microphone, self.microphone = self.microphone, None
            run_in_background(microphone.stop)
        if outcome.ok:
            record = outcome.unwrap()
            record["voice"]["input_device"] = self.input_device
        else:
            self.notice.emit(f"The spoken call stopped: {outcome.error}")
            self.call.hang_up()
            record = self.call.record()
        self._finish(record)

    def _judged(self, turn: dict[str, Any]) -> None:
        self.trainee_turn.emit(turn)

    def _rewound(self, turn_id: str) -> None:
        self.rewound.emit(turn_id)

    def _after_typed_turn(self) -> None:
        if self.call.finished:
            self._finish(self.call.record())
        elif self.state != "paused":
            self._set_state("listening")

    def _finish(self, record: dict[str, Any]) -> None:
        if self.record is not None:
            return
        if self.recorder is not None:
            self.recorder.finish(record, then=self._recorder_done.emit)
        self.record = record
        self._set_state("over")
        self.over.emit(record)

    def _recorded(self, session_id: str | None, problem: str | None) -> None:
        if session_id and not problem:
            self.saved.emit(session_id)
        else:
            self.not_saved.emit(problem or "This call was not recorded.")

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)


def _open_parts(rig: VoiceRig, use_microphone: bool) -> tuple[Rig, Microphone | None, str | None]:
    parts = rig.ready()
    if not use_microphone:
        return parts, None, None
    try:
        microphone, _device = rig.open_microphone()
    except MicrophoneError as error:
        return parts, None, f"{error} Type your replies; the customer still speaks."
    return parts, microphone, None
