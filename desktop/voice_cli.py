"""`hotseat play ID --voice`: a spoken call on the default (or chosen) microphone and speakers.

Sets up the parts in the order that hides the slow ones: the speech model loads and warms up on
its worker while the speech engine starts and renders the opening line, and the microphone opens
last (restarting PortAudio to find a re-plugged headset would close the speaker's stream). Every
failure a user can cause ends in one plain sentence with the fix, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from audio.capture import Microphone, MicrophoneError, rescan_devices
from audio.playback import PlaybackError, Player
from audio.speech_model import SpeechModelError
from audio.transcribe import SpeculativeTranscriber
from audio.tts import LineCache, SpeechError, Synthesizer
from audio.turns import TurnConfig
from desktop.paths import cache_dir
from desktop.recording import start_recording
from desktop.session_recorder import NullWriter
from desktop.typed_call import Style, feedback, print_outcome, say_persona
from desktop.voice_call import (
    Listening,
    MicrophoneBack,
    MicrophoneLost,
    NotATurn,
    PersonaSpeaking,
    PersonaVoice,
    TraineeTurn,
    VoiceCall,
    VoiceCallConfig,
    VoiceEvent,
)
from personas.call import Call
from personas.model import Persona

TYPED_HINT = "You can still practise with typed replies: hotseat play {id} --typed"


@dataclass(frozen=True)
class VoiceOptions:
    input: str | None = None
    output: str | None = None
    end_silence_ms: int = 600
    silence_timeout_s: float = 10.0
    pace: float = 1.0


class VoiceSetupError(Exception):
    """A part of the spoken call cannot start; the message says which and what to do."""


@contextlib.contextmanager
def voice_parts(
    persona: Persona, options: VoiceOptions, *, cache_on_disk: bool = True
) -> Iterator[tuple[SpeculativeTranscriber, Synthesizer, LineCache, Player]]:
    """The model (loading in the background), the speech engine, its line cache and the player."""
    try:
        transcriber = SpeculativeTranscriber()
    except SpeechModelError as error:
        raise VoiceSetupError(str(error)) from None
    preload = transcriber.preload()
    synthesizer: Synthesizer | None = None
    player: Player | None = None
    try:
        try:
            synthesizer = Synthesizer()
        except SpeechError as error:
            raise VoiceSetupError(f"The persona cannot speak: {error.message}") from None
        disk = cache_dir() / "speech" if cache_on_disk else None
        cache = LineCache(synthesizer, disk_dir=disk)
        try:
            player = Player(options.output)
        except PlaybackError as error:
            raise VoiceSetupError(f"The persona cannot be heard: {error.message}") from None
        try:
            preload.result()
        except SpeechModelError as error:
            raise VoiceSetupError(str(error)) from None
        yield transcriber, synthesizer, cache, player
    finally:
        if player is not None:
            player.close()
        if synthesizer is not None:
            synthesizer.close()
        transcriber.close()


class _Printer:
    """Prints the conversation as it happens (to stderr when stdout carries the JSON record)."""

    def __init__(self, persona: Persona, out: TextIO) -> None:
        self.persona = persona
        self.out = out
        self.style = Style(out)

    def __call__(self, event: VoiceEvent) -> None:
        out, style = self.out, self.style
        if isinstance(event, PersonaSpeaking):
            say_persona(out, style, self.persona, event.turn)
        elif isinstance(event, Listening):
            print(style("2", "  (listening…)"), file=out, flush=True)
        elif isinstance(event, TraineeTurn):
            turn = event.turn
            said = turn["text"] if turn["text"] else style("2", "(said nothing)")
            cut = style("33", " [interrupted]") if turn.get("interrupted") else ""
            print(style("1;34", "you: ") + said + cut, file=out)
            feedback(out, style, turn)
        elif isinstance(event, NotATurn):
            print(style("2", "  (heard something, but no words: not taken as a reply)"), file=out)
        elif isinstance(event, MicrophoneLost):
            print(
                style("1;33", f"The call is paused: {event.message}")
                + " Plug the microphone back in; the call goes on by itself (Ctrl-C ends it).",
                file=out,
            )
        elif isinstance(event, MicrophoneBack):
            print(style("1;33", "The microphone is back; the call goes on."), file=out)
        out.flush()


def reconnector(
    microphone: Microphone, player: Player, device: int | str | None
) -> Callable[[], bool]:
    """Finds the microphone again after it failed (a re-plugged headset needs PortAudio
    restarted, which closes every stream, so the player's is closed first and reopens itself)."""

    def reconnect() -> bool:
        microphone.stop()
        player.suspend()
        try:
            rescan_devices()
            microphone.start(device)
        except MicrophoneError:
            return False
        return True

    return reconnect


def play_voice(
    persona: Persona,
    *,
    seed: int | None = None,
    trainee: str | None = None,
    as_json: bool = False,
    max_turns: int | None = None,
    options: VoiceOptions | None = None,
    app_version: str | None = None,
    record: bool = True,
) -> int:
    """Play one spoken call; returns the exit code (0 whatever the outcome, 1 if it cannot run)."""
    options = options or VoiceOptions()
    out = sys.stderr if as_json else sys.stdout
    style = Style(out)
    print(style("1", f"== {persona.name} · {persona.difficulty} · spoken =="), file=out)
    print(persona.brief.strip(), file=out)
    print(style("2", "Loading the speech model and the persona's voice…"), file=out, flush=True)
    try:
        with voice_parts(persona, options) as (transcriber, synthesizer, cache, player):
            microphone = Microphone(auto_rescan=False)
            try:
                device = microphone.start(options.input)
            except MicrophoneError as error:
                print(f"hotseat: {error}", file=sys.stderr)
                print(TYPED_HINT.format(id=persona.id), file=sys.stderr)
                return 1
            print(
                style("2", f"Listening on {device.name!r}, speaking on {player.device_name!r}. ")
                + style("2", "Speak when the customer stops; Ctrl-C hangs up."),
                file=out,
            )
            print(file=out, flush=True)

            call = Call(
                persona,
                seed=seed,
                trainee=trainee,
                max_turns=max_turns,
                mode="voice",
                app_version=app_version,
            )
            config = VoiceCallConfig(
                turns=TurnConfig(end_silence_ms=options.end_silence_ms),
                silence_timeout_s=options.silence_timeout_s,
            )
            model_id = transcriber.transcriber.model.model_id
            writer, problem = (
                start_recording(call, model_id=model_id) if record else (NullWriter(), None)
            )
            if problem:
                print(style("33", problem), file=out)
            microphone.clear()
            voice_call = VoiceCall(
                call,
                source=microphone,
                player=player,
                voice=PersonaVoice(persona, synthesizer, cache, pace=options.pace),
                transcriber=transcriber,
                config=config,
                on_event=_Printer(persona, out),
                reconnect=reconnector(microphone, player, options.input),
                recorder=writer,
            )
            try:
                call_record = voice_call.run()
            except BaseException:
                writer.abandon("error")
                raise
            finally:
                microphone.stop()
            call_record["voice"].update(
                input_device=device.name,
                output_device=player.device_name,
                model=model_id,
                tts=_tts_summary(synthesizer, cache),
            )
            writer.finish(call_record)
            if writer.id:
                call_record["session_id"] = writer.id
    except VoiceSetupError as error:
        print(f"hotseat: {error}", file=sys.stderr)
        print(TYPED_HINT.format(id=persona.id), file=sys.stderr)
        return 1
    print(file=out)
    print_outcome(out, style, call_record)
    if call_record.get("session_id"):
        print(style("2", f"Recorded: hotseat sessions show {call_record['session_id']}"), file=out)
    if as_json:
        sys.stdout.write(json.dumps(call_record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


def _tts_summary(synthesizer: Synthesizer, cache: LineCache) -> dict[str, Any]:
    stats = cache.stats
    return {
        "driver": synthesizer.driver,
        "engine": synthesizer.engine_id,
        "cache_hits": stats.hits,
        "cache_misses": stats.misses,
        "cache_hit_rate": round(stats.hit_rate, 3),
    }
