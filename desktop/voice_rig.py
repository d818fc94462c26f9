"""The window's speech parts, loaded once per app run and shared by every call.

The speech model takes a few seconds to load and warm up, espeak a moment to start; the window
starts both in the background while the trainee looks at the persona library, so the first
call starts at once. A call borrows the rig, opens the microphone and closes it at the end.
No Qt here (the window calls :meth:`VoiceRig.ready` through ``run_in_background``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from audio.capture import InputDevice, Microphone, MicrophoneError
from audio.playback import PlaybackError, Player
from audio.speech_model import SpeechModelError, resolve_model
from audio.transcribe import SpeculativeTranscriber, Transcriber
from audio.tts import LineCache, SpeechError, Synthesizer
from desktop.paths import cache_dir
from desktop.settings import Settings


class RigError(Exception):
    """A part cannot start; the message is one sentence with the fix."""


@dataclass
class Rig:
    transcriber: SpeculativeTranscriber
    synthesizer: Synthesizer
    cache: LineCache
    player: Player


class VoiceRig:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._rig: Rig | None = None

    def ready(self) -> Rig:
        """Load what is missing (slow: call it in the background); raises :class:`RigError`."""
        with self._lock:
            if self._rig is not None:
                return self._rig
            try:
                model = resolve_model(self.settings.model_dir)
                transcriber = SpeculativeTranscriber(Transcriber(model))
            except SpeechModelError as error:
                raise RigError(str(error)) from None
            preload = transcriber.preload()
            try:
                synthesizer = Synthesizer()
            except SpeechError as error:
                transcriber.close()
                raise RigError(f"The persona cannot speak: {error.message}") from None
            try:
                player = Player(self.settings.output_device)
            except PlaybackError as error:
                synthesizer.close()
                transcriber.close()
                raise RigError(f"The persona cannot be heard: {error.message}") from None
            try:
                preload.result()
            except SpeechModelError as error:
                player.close()
                synthesizer.close()
                transcriber.close()
                raise RigError(str(error)) from None
            cache = LineCache(synthesizer, disk_dir=cache_dir() / "speech")
            self._rig = Rig(transcriber, synthesizer, cache, player)
            return self._rig

    def open_microphone(self) -> tuple[Microphone, InputDevice]:
        """Open the chosen microphone (slow-ish: background); raises MicrophoneError."""
        microphone = Microphone(auto_rescan=False)
        device = microphone.start(self.settings.input_device)
        microphone.clear()
        return microphone, device

    def close(self) -> None:
        with self._lock:
            rig, self._rig = self._rig, None
        if rig is not None:
            rig.player.close()
            rig.synthesizer.close()
            rig.transcriber.close()


__all__ = ["MicrophoneError", "Rig", "RigError", "VoiceRig"]
