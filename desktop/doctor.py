"""`hotseat doctor`: is this machine ready for a spoken call, and if not, what to do about it.

A spoken call needs PortAudio, a microphone that actually hears something, an output that plays,
a text-to-speech engine and an intact speech model. When one of them is missing the call itself can
only fail in the middle; the doctor checks each on its own, with the same code a call uses, and
says in one plain sentence what it found and, for errors and warnings, the fix.

- ``error``: a spoken call cannot work (exit code 1). ``warning``: it can, but probably badly (a
  silent microphone is usually a muted one). ``ok``: fine.
- Every check is wrapped: whatever goes wrong inside becomes that check's error, never a
  traceback, and the other checks still run.
- The microphone and the speaker are tested one after the other, each closed before the next
  opens, and nothing here restarts PortAudio (:func:`audio.capture.rescan_devices` would close
  every open stream): the doctor's process has just started PortAudio, so its device list is fresh.

No Qt here: the doctor runs in a terminal, and later the window can show the same :class:`Check`
list.
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any, Literal, TextIO

import numpy as np

Status = Literal["ok", "warning", "error"]

SILENT_DBFS = -70.0  # a working microphone in a quiet room still hears about -60 dBFS of noise
CLIPPING = 0.99  # a sample this close to full scale: the input volume is too high
LEVEL_SECONDS = 1.5
TONE_SECONDS = 0.5
TONE_HZ = 440.0
TONE_DBFS = -30.0  # quiet: a check, not an alarm
TONE_RATE = 16_000
TTS_LINE = "Hello, this is Hotseat."
_HANG_GUARD_S = 5.0  # extra time a device gets before the doctor calls it stuck

TITLES = {
    "portaudio": "PortAudio",
    "input_devices": "Microphones",
    "output_devices": "Speakers",
    "microphone_level": "Microphone level",
    "speaker_tone": "Speaker test tone",
    "text_to_speech": "Text-to-speech",
    "speech_model": "Speech model",
}

_TYPED_HINT = "meanwhile you can play with typed replies: hotseat play ID --typed"


@dataclass
class Check:
    """One check's outcome. ``fix`` is set for errors and warnings; ``details`` is for tools."""

    name: str
    status: Status
    message: str
    fix: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)  # extra lines for the plain report only

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "status": self.status,
            "message": self.message,
            "fix": self.fix,
            "details": self.details,
        }


def _portaudio_fix(error: str) -> str:
    if sys.platform.startswith("linux"):
        from audio.install_hints import sound_library

        return f"{sound_library(error)}, then run `hotseat doctor` again."
    if sys.platform == "darwin":
        return "Install PortAudio (`brew install portaudio`), then run `hotseat doctor` again."
    return "Reinstall Hotseat (the sounddevice package ships PortAudio on this system)."


def _speech_engine_fix() -> str:
    if sys.platform.startswith("linux"):
        from audio.install_hints import system_package

        hint = system_package("espeak-ng", fedora="espeak-ng", what="espeak-ng")
        return f"{hint}, then run `hotseat doctor` again."
    if sys.platform == "darwin":
        return "Check that macOS speech works (System Settings > Accessibility > Spoken Content)."
    return "Check that Windows has a text-to-speech voice (Settings > Time & language > Speech)."


def _model_fix() -> str:
    from audio.install_hints import reinstall
    from audio.speech_model import ENV_VAR, REQUIRED_FILES

    return (
        f"Set {ENV_VAR} (or pass --model DIR) to the folder of a faster-whisper (CTranslate2) "
        f"model, one that contains {' and '.join(REQUIRED_FILES)}; or clear it to use the "
        f"bundled model (if that one is damaged: {reinstall()}). Hotseat never downloads models."
    )


def dbfs(value: float) -> float | None:
    """A linear level (0..1) in dB relative to full scale; None for digital silence."""
    return 20.0 * math.log10(value) if value > 0 else None


def _db_text(value: float | None) -> str:
    return "-inf dBFS" if value is None else f"{value:.1f} dBFS"


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


class Doctor:
    """Runs the checks in order; later checks use what earlier ones found (devices, PortAudio)."""

    def __init__(self, model_dir: str | None = None, level_seconds: float = LEVEL_SECONDS) -> None:
        self.model_dir = model_dir
        self.level_seconds = level_seconds
        self.portaudio = False
        self.inputs: list[Any] = []
        self.outputs: list[Any] = []

    def checks(self) -> Iterator[Check]:
        """Each check as soon as it is done (the plain report prints them as they come)."""
        steps: list[tuple[str, Callable[[], Check]]] = [
            ("portaudio", self.check_portaudio),
            ("input_devices", self.check_input_devices),
            ("output_devices", self.check_output_devices),
            ("microphone_level", self.check_microphone_level),
            ("speaker_tone", self.check_speaker_tone),
            ("text_to_speech", self.check_text_to_speech),
            ("speech_model", self.check_speech_model),
        ]
        for name, step in steps:
            try:
                yield step()
            except Exception as exc:  # a check must never end the doctor with a traceback
                yield Check(
                    name,
                    "error",
                    f"The {TITLES[name].lower()} check failed unexpectedly "
                    f"({type(exc).__name__}: {_one_line(exc)}).",
                    fix="Run `hotseat doctor` again; if it keeps failing, report this message.",
                )

    # -- sound system -------------------------------------------------------------------------

    def check_portaudio(self) -> Check:
        """PortAudio is the one library every sound stream goes through."""
        try:
            import sounddevice as sd
        except OSError as exc:  # the shared library itself is missing
            return Check(
                "portaudio",
                "error",
                f"PortAudio, the library Hotseat records and plays sound with, could not be "
                f"loaded ({_one_line(exc)}).",
                fix=_portaudio_fix(str(exc)),
            )
        version = str(sd.get_portaudio_version()[1])
        host_apis = [str(api["name"]) for api in sd.query_hostapis()]
        self.portaudio = True
        return Check(
            "portaudio",
            "ok",
            f"{version.split(',')[0]} found (sound systems: {', '.join(host_apis) or 'none'}).",
            details={"version": version, "host_apis": host_apis},
        )

    def check_input_devices(self) -> Check:
        if not self.portaudio:
            return self._no_portaudio("input_devices")
        from audio.capture import NO_MICROPHONE, MicrophoneError, list_input_devices

        try:
            self.inputs = list_input_devices()
        except MicrophoneError as exc:
            return Check("input_devices", "error", str(exc), fix=_portaudio_fix(str(exc)))
        if not self.inputs:
            return Check(
                "input_devices",
                "error",
                NO_MICROPHONE,
                fix=(
                    "Plug in a microphone or a headset (and check the system's sound settings "
                    f"list it), then run `hotseat doctor` again; {_TYPED_HINT}"
                ),
                details={"devices": []},
            )
        default = next((d for d in self.inputs if d.is_default), self.inputs[0])
        count = len(self.inputs)
        return Check(
            "input_devices",
            "ok",
            f"{count} microphone{'s' if count != 1 else ''} found; the default is "
            f"“{default.name}”.",
            details={
                "devices": [
                    {
                        "index": d.index,
                        "name": d.name,
                        "host_api": d.host_api,
                        "channels": d.channels,
                        "default_rate": d.default_rate,
                        "is_default": d.is_default,
                    }
                    for d in self.inputs
                ]
            },
            lines=[
                _device_line(d.name, d.host_api, d.channels, d.default_rate, d.is_default)
                for d in self.inputs
            ],
        )

    def check_output_devices(self) -> Check:
        if not self.portaudio:
            return self._no_portaudio("output_devices")
        from audio.playback import PlaybackError, list_output_devices

        try:
            self.outputs = list_output_devices()
        except PlaybackError as exc:
            return Check("output_devices", "error", exc.message, fix=_portaudio_fix(exc.message))
        if not self.outputs:
            return Check(
                "output_devices",
                "error",
                "No speakers or headphones found: the customer would have nothing to speak "
                "through.",
                fix=(
                    "Connect speakers or a headset (and check the system's sound settings list "
                    f"them), then run `hotseat doctor` again; {_TYPED_HINT}"
                ),
                details={"devices": []},
            )
        default = next((d for d in self.outputs if d.is_default), self.outputs[0])
        count = len(self.outputs)
        return Check(
            "output_devices",
            "ok",
            f"{count} output device{'s' if count != 1 else ''} found; the default is "
            f"“{default.name}”.",
            details={
                "devices": [
                    {
                        "index": d.index,
                        "name": d.name,
                        "host_api": d.hostapi,
                        "channels": d.channels,
                        "default_rate": d.default_samplerate,
                        "is_default": d.is_default,
                    }
                    for d in self.outputs
                ]
            },
            lines=[
                _device_line(d.name, d.hostapi, d.channels, d.default_samplerate, d.is_default)
                for d in self.outputs
            ],
        )

    def check_microphone_level(self) -> Check:
        """Open the default input as a call does and measure what it hears for a moment."""
        name = "microphone_level"
        if not self.portaudio:
            return self._no_portaudio(name)
        if not self.inputs:
            return Check(
                name,
                "error",
                "Not tested: no microphone was found.",
                fix="Fix the microphone error above first.",
            )
        from audio.capture import SAMPLE_RATE, Microphone, MicrophoneError

        # No rescan: PortAudio has just started in this process, and a rescan could only
        # disturb other streams.
        mic = Microphone(auto_rescan=False)
        try:
            device = mic.start()
        except MicrophoneError as exc:
            return Check(
                name,
                "error",
                str(exc),
                fix=(
                    "Check that the microphone is plugged in and not in use by another program "
                    "(or choose another default input in the system's sound settings); "
                    f"{_TYPED_HINT}"
                ),
            )
        wanted = round(self.level_seconds * SAMPLE_RATE)
        chunks: list[np.ndarray] = []
        got = 0
        deadline = time.monotonic() + self.level_seconds + _HANG_GUARD_S
        try:
            while got < wanted and time.monotonic() < deadline:
                frame = mic.get(timeout=0.2)
                if frame is None:
                    if mic.error is not None:
                        break
                    continue
                chunks.append(frame.samples)
                got += len(frame.samples)
        finally:
            mic.stop()
        details: dict[str, Any] = {
            "device": device.name,
            "device_rate": mic.device_rate,
            "seconds": round(got / SAMPLE_RATE, 2),
        }
        if mic.error is not None and got < wanted:
            return Check(
                name,
                "error",
                str(mic.error),
                fix="Plug the microphone back in or choose another one, then run the doctor again.",
                details=details,
            )
        if got == 0:
            return Check(
                name,
                "error",
                f"The microphone “{device.name}” opened but sent no sound in "
                f"{self.level_seconds + _HANG_GUARD_S:.0f} s.",
                fix=(
                    "Check that the microphone is not in use by another program and that the "
                    f"sound system is running; {_TYPED_HINT}"
                ),
                details=details,
            )
        audio = np.concatenate(chunks)[:wanted].astype(np.float64)
        rms = float(np.sqrt(np.mean(np.square(audio))))
        peak = float(np.max(np.abs(audio)))
        level, peak_db = dbfs(rms), dbfs(peak)
        details.update(
            {
                "rms_dbfs": None if level is None else round(level, 1),
                "peak_dbfs": None if peak_db is None else round(peak_db, 1),
                "all_zeros": peak == 0.0,
            }
        )
        heard = (
            f"over {got / SAMPLE_RATE:.1f} s the microphone “{device.name}” heard "
            f"{_db_text(level)} (peak {_db_text(peak_db)})"
        )
        if level is None or level < SILENT_DBFS:
            what = "only digital silence" if peak == 0.0 else "almost nothing"
            return Check(
                name,
                "warning",
                f"The microphone is silent: {heard}, {what}.",
                fix=(
                    "Check it is not muted (a switch on the headset or a mute key), that its "
                    "input volume is up in the system's sound settings, and that the microphone "
                    "you speak into is the default input; then run the doctor again while "
                    "talking."
                ),
                details=details,
            )
        if peak >= CLIPPING:
            return Check(
                name,
                "warning",
                f"The microphone is clipping: {heard}; loud speech will be distorted.",
                fix="Turn its input volume down in the system's sound settings.",
                details=details,
            )
        return Check(name, "ok", f"The microphone works: {heard}.", details=details)

    def check_speaker_tone(self) -> Check:
        """Play a short quiet tone through the Player a call uses, and time its hand-over."""
        name = "speaker_tone"
        if not self.portaudio:
            return self._no_portaudio(name)
        if not self.outputs:
            return Check(
                name,
                "error",
                "Not tested: no speakers or headphones were found.",
                fix="Fix the speaker error above first.",
            )
        from audio.playback import PlaybackError, Player

        started = time.monotonic()
        try:
            player = Player()
        except PlaybackError as exc:
            return Check(
                name,
                "error",
                exc.message,
                fix=(
                    "Check that speakers or a headset are connected and not in use by another "
                    "program, or choose another default output in the system's sound settings."
                ),
            )
        open_ms = (time.monotonic() - started) * 1000
        try:
            report = player.play(tone_speech()).result(timeout=TONE_SECONDS + _HANG_GUARD_S)
            underruns = player.underruns
            last_error = player.last_error
            device, rate = player.device_name, player.samplerate
        except FutureTimeout:
            return Check(
                name,
                "error",
                f"The test tone did not finish within {TONE_SECONDS + _HANG_GUARD_S:.0f} s: the "
                f"output “{player.device_name}” seems stuck.",
                fix="Check the output device is not in use by another program, then try again.",
            )
        finally:
            player.close()
        handed_ms = (
            None
            if report.first_sample_at is None
            else (report.first_sample_at - report.requested_at) * 1000
        )
        details = {
            "device": device,
            "samplerate": rate,
            "open_ms": round(open_ms, 1),
            "first_sample_ms": None if handed_ms is None else round(handed_ms, 1),
            "played_s": round(report.played_s, 3),
            "tone_dbfs": TONE_DBFS,
            "underruns": underruns,
        }
        if not report.completed or handed_ms is None:
            reason = f" ({last_error})" if last_error else ""
            return Check(
                name,
                "error",
                f"The test tone on “{device}” was cut off after {report.played_s:.2f} s{reason}.",
                fix=(
                    "Check the output device is still connected and not in use by another "
                    "program, then run the doctor again."
                ),
                details=details,
            )
        return Check(
            name,
            "ok",
            f"Played a quiet {TONE_SECONDS:g} s test tone on “{device}” ({rate} Hz): the first "
            f"sample was handed over {handed_ms:.0f} ms after play (the output opened in "
            f"{open_ms:.0f} ms).",
            details=details,
        )

    # -- speech -------------------------------------------------------------------------------

    def check_text_to_speech(self) -> Check:
        """Start the persona's voice engine as a call does and render one short line."""
        name = "text_to_speech"
        from audio.tts import GENDERS, SpeechError, Synthesizer, VoiceSettings

        started = time.monotonic()
        try:
            synth = Synthesizer()
        except SpeechError as exc:
            return Check(name, "error", exc.message, fix=_speech_engine_fix())
        start_ms = (time.monotonic() - started) * 1000
        try:
            began = time.monotonic()
            speech = synth.render(TTS_LINE, VoiceSettings("neutral", 175, 50, 0.8)).result(
                timeout=60
            )
            render_ms = (time.monotonic() - began) * 1000
        except (SpeechError, FutureTimeout) as exc:
            return Check(
                name,
                "error",
                f"The speech engine ({synth.driver}) started but could not say a line "
                f"({_one_line(exc)}).",
                fix=_speech_engine_fix(),
            )
        finally:
            synth.close()
        voices = {gender: synth.voices.get(gender) for gender in GENDERS}
        details = {
            "driver": synth.driver,
            "engine": synth.engine_id,
            "voices": voices,
            "pitch_supported": synth.pitch_supported,
            "start_ms": round(start_ms, 1),
            "render_ms": round(render_ms, 1),
            "line_s": round(speech.duration_s, 2),
            "sample_rate": speech.sample_rate,
        }
        lines = [f"{gender}: {voice or '(none)'}" for gender, voice in voices.items()]
        if speech.duration_s <= 0:
            return Check(
                name,
                "error",
                f"The speech engine ({synth.driver}) rendered “{TTS_LINE}” as silence.",
                fix=_speech_engine_fix(),
                details=details,
                lines=lines,
            )
        pitch = "with pitch" if synth.pitch_supported else "without pitch control"
        summary = (
            f"{synth.driver} {pitch}, started in {start_ms:.0f} ms; “{TTS_LINE}” "
            f"({speech.duration_s:.1f} s of speech) rendered in {render_ms:.0f} ms"
        )
        missing = [gender for gender, voice in voices.items() if not voice]
        if missing:
            return Check(
                name,
                "warning",
                f"{summary}, but there is no {' or '.join(missing)} voice: those personas speak "
                f"with the engine's default voice.",
                fix="Install more voices for the system's speech engine.",
                details=details,
                lines=lines,
            )
        return Check(name, "ok", f"{summary}.", details=details, lines=lines)

    def check_speech_model(self) -> Check:
        """Resolve, verify and load the speech model the way a call does, and time it."""
        name = "speech_model"
        from audio.speech_model import MANIFEST_PATH, SpeechModelError, resolve_model
        from audio.transcribe import Transcriber

        began = time.monotonic()
        try:
            model = resolve_model(self.model_dir)
        except SpeechModelError as exc:
            return Check(name, "error", exc.message, fix=_model_fix())
        resolve_ms = (time.monotonic() - began) * 1000
        where = {
            "setting": "chosen with --model",
            "env": "from HOTSEAT_WHISPER_MODEL",
            "bundled": "bundled with Hotseat",
        }[model.source]
        details: dict[str, Any] = {
            "path": str(model.path),
            "model": model.model_id,
            "source": model.source,
            "sha256_verified": model.verified,
            "resolve_ms": round(resolve_ms, 1),
        }
        transcriber = Transcriber(model)
        try:
            began = time.monotonic()
            transcriber.load()
            load_ms = (time.monotonic() - began) * 1000
            began = time.monotonic()
            transcriber.warm_up()  # one real decode: a model that loads but cannot run fails here
            warm_ms = (time.monotonic() - began) * 1000
        except SpeechModelError as exc:
            return Check(name, "error", exc.message, fix=_model_fix(), details=details)
        details.update({"load_ms": round(load_ms, 1), "first_decode_ms": round(warm_ms, 1)})
        checked = (
            f"SHA-256 verified against {MANIFEST_PATH.name}"
            if model.verified
            else "not checksum-verified (only the bundled model has a checksum list)"
        )
        return Check(
            name,
            "ok",
            f"{model.model_id} ({where}), {checked}, resolved in {resolve_ms:.0f} ms, loaded in "
            f"{load_ms:.0f} ms, first decode {warm_ms:.0f} ms.",
            details=details,
            lines=[f"path: {model.path}"],
        )

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _no_portaudio(name: str) -> Check:
        return Check(
            name, "error", "Not tested: PortAudio is missing.", fix="Fix the PortAudio error first."
        )


def tone_speech() -> Any:
    """A short quiet sine with soft edges (no click), as the Player's :class:`Speech`."""
    from audio.tts import Speech, VoiceSettings

    t = np.arange(round(TONE_SECONDS * TONE_RATE)) / TONE_RATE
    amplitude = 10 ** (TONE_DBFS / 20) * math.sqrt(2)  # sine RMS = amplitude / sqrt(2)
    tone = amplitude * np.sin(2 * np.pi * TONE_HZ * t)
    fade = round(0.02 * TONE_RATE)
    ramp = np.linspace(0.0, 1.0, fade)
    tone[:fade] *= ramp
    tone[-fade:] *= ramp[::-1]
    return Speech(
        tone.astype(np.float32), TONE_RATE, "test tone", VoiceSettings("neutral", 175, 50, 0.1)
    )


def _device_line(name: str, host_api: str, channels: int, rate: float, default: bool) -> str:
    mark = "  (default)" if default else ""
    return f"- {name}  [{host_api}, {channels} ch, {rate:g} Hz]{mark}"


def run_doctor(
    *, as_json: bool = False, model_dir: str | None = None, out: TextIO | None = None
) -> int:
    """Run every check and report; 1 if any check is an error, else 0."""
    out = out if out is not None else sys.stdout
    results: list[Check] = []
    for check in Doctor(model_dir).checks():
        results.append(check)
        if not as_json:
            out.write(format_check(check))
            out.flush()
    ok = not any(c.status == "error" for c in results)
    if as_json:
        out.write(
            json.dumps({"ok": ok, "checks": [c.as_json() for c in results]}, ensure_ascii=False)
            + "\n"
        )
    else:
        errors = sum(c.status == "error" for c in results)
        warnings = sum(c.status == "warning" for c in results)
        verdict = "ready for a spoken call" if ok else "not ready for a spoken call"
        out.write(
            f"\n{errors} error{'s' if errors != 1 else ''}, {warnings} "
            f"warning{'s' if warnings != 1 else ''}: {verdict}.\n"
        )
    out.flush()
    return 0 if ok else 1


def format_check(check: Check) -> str:
    """The plain-text report of one check: status, title, sentence, extra lines, fix."""
    indent = " " * 10
    text = f"{check.status:<9} {TITLES.get(check.name, check.name)}: {check.message}\n"
    text += "".join(f"{indent}{line}\n" for line in check.lines)
    if check.fix:
        text += f"{indent}fix: {check.fix}\n"
    return text


__all__ = ["Check", "Doctor", "format_check", "run_doctor", "tone_speech"]
