"""The settings window's sound checks, without Qt: "say something", room calibration, a test tone.

Each check records (or plays) on the device the trainee picked, analyses what it got and returns
a :class:`Verdict`: one plain sentence of what was found and, when something is wrong, one
sentence with the fix. They block for a few seconds, so the window runs them through
``run_in_background``; ``on_level`` is called from the recording thread with each frame's level
(the window polls the latest value for its live bar), and ``stop`` ends a recording early (the
window closing).

Calibration measures a few seconds of the room while the trainee stays quiet and derives the
three settings voice detection uses:

- ``noise_floor_dbfs``: the median frame level of the quiet room;
- ``mic_gain_db``: a lift for a microphone so quiet that even the room hardly registers (a room
  heard below -70 dBFS means the input volume is very low, not that the room is silent);
- ``vad_threshold``: above what the room's own noise scores with the voice detector, so a fan or
  a keyboard does not count as speech (never below the detector's usual 0.5).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

if TYPE_CHECKING:
    from desktop.settings import Settings

Status = Literal["ok", "warning", "error"]

SAMPLE_RATE = 16_000
FRAME = 512
LEVEL_CHECK_S = 3.0
CALIBRATION_S = 3.0
DEFAULT_THRESHOLD = 0.5
MAX_THRESHOLD = 0.85
QUIET_MIC_DBFS = -70.0  # a room heard below this: the microphone's input volume is very low
TARGET_FLOOR_DBFS = -60.0  # what a working microphone hears of a quiet room
MAX_GAIN_DB = 20.0
QUIET_VOICE_DBFS = -45.0  # speech quieter than this is hard for the detector and for Whisper
CLIPPING = 0.99
SILENCE_DBFS = -120.0
_HANG_GUARD_S = 5.0

LevelFn = Callable[[float], None]


@dataclass(frozen=True)
class Verdict:
    """What a check found: a plain sentence, and the fix when it is not ``ok``."""

    status: Status
    message: str
    fix: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Calibration:
    """The outcome of measuring the room. ``applied`` is False when nothing should change."""

    verdict: Verdict
    applied: bool
    noise_floor_dbfs: float | None = None
    vad_threshold: float = DEFAULT_THRESHOLD
    mic_gain_db: float = 0.0

    def applied_to(self, settings: Settings) -> Settings:
        """``settings`` with this calibration's values (unchanged when it was not applied)."""
        if not self.applied:
            return settings
        return settings.with_changes(
            noise_floor_dbfs=self.noise_floor_dbfs,
            vad_threshold=self.vad_threshold,
            mic_gain_db=self.mic_gain_db,
        )


def calibration_in_use(settings: Settings) -> str:
    """The voice-detection values a call will use, in one sentence."""
    if settings.noise_floor_dbfs is None:
        return (
            f"Not calibrated yet: voice threshold {settings.vad_threshold:.2f}, microphone lift "
            f"{settings.mic_gain_db:+.0f} dB."
        )
    return (
        f"In use: room {settings.noise_floor_dbfs:.0f} dBFS "
        f"({room_label(settings.noise_floor_dbfs)}), voice threshold "
        f"{settings.vad_threshold:.2f}, microphone lift {settings.mic_gain_db:+.0f} dB."
    )


def list_devices(rescan: bool = False) -> dict[str, Any]:
    """Microphone and speaker names (slow: run it in the background), with a sentence for
    each side that failed: ``{"inputs", "outputs", "input_error", "output_error"}``.

    ``rescan`` restarts PortAudio to find devices plugged in since, which closes every stream
    of the process: never while a call is open.
    """
    result: dict[str, Any] = {
        "inputs": [],
        "outputs": [],
        "input_error": None,
        "output_error": None,
    }
    try:
        from audio.capture import MicrophoneError, list_input_devices, rescan_devices

        if rescan:
            rescan_devices()
        result["inputs"] = [d.name for d in list_input_devices()]
    except MicrophoneError as exc:
        result["input_error"] = str(exc)
    try:
        from audio.playback import PlaybackError, list_output_devices

        result["outputs"] = [d.name for d in list_output_devices()]
    except PlaybackError as exc:
        result["output_error"] = exc.message
    for key in ("inputs", "outputs"):
        result[key] = list(dict.fromkeys(result[key]))  # one entry per name (Windows repeats)
    return result


def frame_dbfs(samples: np.ndarray) -> np.ndarray:
    """RMS level of every whole 512-sample frame, in dBFS (-120 for digital silence)."""
    count = len(samples) // FRAME
    if count == 0:
        return np.zeros(0)
    frames = samples[: count * FRAME].astype(np.float64).reshape(count, FRAME)
    rms = np.sqrt(np.mean(np.square(frames), axis=1))
    with np.errstate(divide="ignore"):
        return np.maximum(SILENCE_DBFS, 20.0 * np.log10(rms))


def level_fraction(rms: float, floor_db: float = -60.0) -> float:
    """A linear RMS as 0..1 on a meter showing ``floor_db``..0 dBFS (what a level bar shows)."""
    if rms <= 0:
        return 0.0
    db = 20.0 * math.log10(rms)
    return max(0.0, min(1.0, (db - floor_db) / -floor_db))


def gained(samples: np.ndarray, gain_db: float) -> np.ndarray:
    if gain_db == 0:
        return samples.astype(np.float32, copy=False)
    return np.clip(samples * 10 ** (gain_db / 20.0), -1.0, 1.0).astype(np.float32)


def voice_probabilities(samples: np.ndarray) -> np.ndarray:
    """The voice detector's speech probability for every frame (the detector a call uses)."""
    from audio.vad import SileroVad

    return SileroVad().probs(samples)


# -- recording ----------------------------------------------------------------------------------


def record(
    device: str | None,
    seconds: float,
    on_level: LevelFn | None = None,
    stop: threading.Event | None = None,
) -> tuple[np.ndarray, str]:
    """Record ``seconds`` of 16 kHz mono from ``device`` (None: the default input).

    Returns the samples and the device's name. Raises :class:`audio.capture.MicrophoneError`
    (a plain sentence) when the microphone cannot be opened or stops mid-way.
    """
    from audio.capture import Microphone, MicrophoneError

    mic = Microphone(auto_rescan=False)
    chosen = mic.start(device)
    wanted = round(seconds * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    got = 0
    deadline = time.monotonic() + seconds + _HANG_GUARD_S
    try:
        while got < wanted and time.monotonic() < deadline:
            if stop is not None and stop.is_set():
                break
            frame = mic.get(timeout=0.2)
            if frame is None:
                if mic.error is not None:
                    break
                continue
            chunks.append(frame.samples)
            got += len(frame.samples)
            if on_level is not None:
                on_level(float(np.sqrt(np.mean(np.square(frame.samples, dtype=np.float64)))))
    finally:
        mic.stop()
        if on_level is not None:
            on_level(0.0)
    if mic.error is not None and got < wanted:
        raise mic.error
    if got == 0 and not (stop is not None and stop.is_set()):
        raise MicrophoneError(
            f"The microphone “{chosen.name}” opened but sent no sound. Check that it is not in "
            "use by another program, or choose another microphone."
        )
    samples = np.concatenate(chunks)[:wanted] if chunks else np.zeros(0, np.float32)
    return samples.astype(np.float32, copy=False), chosen.name


# -- "say something" ---------------------------------------------------------------------------


def judge_speech(
    samples: np.ndarray,
    device: str,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    gain_db: float = 0.0,
) -> Verdict:
    """Did the microphone hear a voice, and at a usable level? (the trainee was asked to talk)"""
    lifted = gained(samples, gain_db)
    levels = frame_dbfs(lifted)
    peak = float(np.max(np.abs(samples))) if len(samples) else 0.0
    if len(levels) == 0:
        return Verdict(
            "error",
            f"Hotseat got no sound from “{device}”.",
            "Check the microphone is plugged in, then press Say something again.",
        )
    probs = voice_probabilities(lifted)
    voiced = probs >= threshold
    voiced_s = float(np.count_nonzero(voiced)) * FRAME / SAMPLE_RATE
    loudest = float(np.percentile(levels, 95))
    room = float(np.percentile(levels[~voiced], 20)) if np.any(~voiced) else float(levels.min())
    details = {
        "device": device,
        "voiced_s": round(voiced_s, 2),
        "loudest_dbfs": round(loudest, 1),
        "room_dbfs": round(room, 1),
        "peak": round(peak, 4),
    }
    if peak == 0.0:
        return Verdict(
            "warning",
            f"“{device}” sent only digital silence: the microphone is probably muted.",
            "Check the mute switch on the headset (or a mute key) and the input volume in the "
            "system's sound settings, then press Say something again.",
            details,
        )
    if voiced_s < 0.3:
        if loudest < QUIET_MIC_DBFS:
            return Verdict(
                "warning",
                f"Hotseat heard almost nothing from “{device}” (loudest {loudest:.0f} dBFS).",
                "Check the microphone is not muted and its input volume is up in the system's "
                "sound settings, then press Say something again and talk while the bar moves.",
                details,
            )
        return Verdict(
            "warning",
            f"Hotseat heard sound from “{device}” (loudest {loudest:.0f} dBFS) but no voice.",
            "Press Say something again and say a sentence while the bar moves; if you did "
            "speak, check that this is the microphone you are speaking into.",
            details,
        )
    voice = float(np.median(levels[voiced]))
    details["voice_dbfs"] = round(voice, 1)
    if peak >= CLIPPING:
        return Verdict(
            "warning",
            "Hotseat heard you, but so loudly that your voice is distorted (clipping).",
            "Turn the microphone's input volume down in the system's sound settings, or hold "
            "it a little further away.",
            details,
        )
    if voice < QUIET_VOICE_DBFS:
        return Verdict(
            "warning",
            f"Hotseat heard you, but quietly (your voice at {voice:.0f} dBFS).",
            "Bring the microphone closer or turn its input volume up; Calibrate can also lift "
            "a quiet microphone.",
            details,
        )
    room_text = "no background noise" if room <= -100 else f"the room {room:.0f} dBFS"
    return Verdict(
        "ok",
        f"Hotseat heard you clearly, at a good level (your voice {voice:.0f} dBFS, {room_text}).",
        details=details,
    )


def say_something(
    device: str | None,
    seconds: float = LEVEL_CHECK_S,
    on_level: LevelFn | None = None,
    stop: threading.Event | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    gain_db: float = 0.0,
) -> Verdict:
    """Record while the trainee talks, then judge it (see :func:`judge_speech`)."""
    from audio.capture import MicrophoneError

    try:
        samples, name = record(device, seconds, on_level, stop)
    except MicrophoneError as exc:
        return Verdict("error", str(exc), _mic_fix())
    return judge_speech(samples, name, threshold=threshold, gain_db=gain_db)


# -- calibration -------------------------------------------------------------------------------


def room_label(floor: float) -> str:
    if floor < -60:
        return "very quiet"
    if floor < -48:
        return "quiet"
    if floor < -38:
        return "a little noisy"
    return "noisy"


def calibration_from(samples: np.ndarray, device: str) -> Calibration:
    """Derive the voice-detection settings from a recording of the quiet room."""
    levels = frame_dbfs(samples)
    if len(levels) == 0:
        return Calibration(
            Verdict("error", f"Hotseat got no sound from “{device}” to measure.", _mic_fix()),
            applied=False,
        )
    if float(np.max(np.abs(samples))) == 0.0:
        return Calibration(
            Verdict(
                "warning",
                f"“{device}” sent only digital silence, so there is nothing to calibrate: the "
                "microphone is probably muted.",
                "Check the mute switch on the headset (or a mute key) and the input volume in "
                "the system's sound settings, then calibrate again.",
            ),
            applied=False,
        )
    floor = float(np.median(levels))
    gain = 0.0
    if floor < QUIET_MIC_DBFS:
        gain = float(min(MAX_GAIN_DB, round(TARGET_FLOOR_DBFS - floor)))
    probs = voice_probabilities(gained(samples, gain))
    voiced_share = float(np.mean(probs >= DEFAULT_THRESHOLD)) if len(probs) else 0.0
    details = {"device": device, "voiced_share": round(voiced_share, 2)}
    if voiced_share > 0.3:
        return Calibration(
            Verdict(
                "warning",
                f"Hotseat heard talking during the quiet measurement on “{device}”, so nothing "
                "was changed.",
                "Calibrate again while nobody speaks near the microphone; in a room where "
                "people talk all the time, push-to-talk works better.",
                details,
            ),
            applied=False,
        )
    noise_score = float(np.percentile(probs, 95)) if len(probs) else 0.0
    threshold = round(min(MAX_THRESHOLD, max(DEFAULT_THRESHOLD, noise_score + 0.2)), 2)
    floor = round(floor, 1)
    details.update({"noise_score": round(noise_score, 2)})
    what_gain = (
        f"lifts the microphone by {gain:.0f} dB because it is very quiet"
        if gain > 0
        else "leaves the microphone's volume as it is"
    )
    what_threshold = (
        f"raised the voice threshold to {threshold:.2f} so the room's noise is not taken for speech"
        if threshold > DEFAULT_THRESHOLD
        else f"keeps the normal voice threshold ({threshold:.2f})"
    )
    status: Status = "ok"
    fix = None
    if floor > -38:
        status = "warning"
        fix = "A headset microphone close to your mouth (or push-to-talk) works best here."
    return Calibration(
        Verdict(
            status,
            f"The room measured {floor:.0f} dBFS ({room_label(floor)}): Hotseat {what_gain} and "
            f"{what_threshold}.",
            fix,
            details,
        ),
        applied=True,
        noise_floor_dbfs=floor,
        vad_threshold=threshold,
        mic_gain_db=gain,
    )


def calibrate(
    device: str | None,
    seconds: float = CALIBRATION_S,
    on_level: LevelFn | None = None,
    stop: threading.Event | None = None,
) -> Calibration:
    """Record the quiet room and derive the settings (see :func:`calibration_from`)."""
    from audio.capture import MicrophoneError

    try:
        samples, name = record(device, seconds, on_level, stop)
    except MicrophoneError as exc:
        return Calibration(Verdict("error", str(exc), _mic_fix()), applied=False)
    return calibration_from(samples, name)


# -- test tone ---------------------------------------------------------------------------------


def play_test_tone(device: str | None) -> Verdict:
    """Play the doctor's short quiet tone on ``device`` (None: the default output)."""
    from audio.playback import PlaybackError, Player
    from desktop.doctor import TONE_SECONDS, tone_speech

    try:
        player = Player(device)
    except PlaybackError as exc:
        return Verdict(
            "error",
            exc.message,
            "Check that the speakers or headset are connected and not in use by another "
            "program, or choose another output.",
        )
    try:
        report = player.play(tone_speech()).result(timeout=TONE_SECONDS + _HANG_GUARD_S)
        name = player.device_name
    except Exception:
        return Verdict(
            "error",
            f"The test tone did not finish: the output “{player.device_name}” seems stuck.",
            "Check the output is not in use by another program, then try again.",
        )
    finally:
        player.close()
    if not report.completed:
        return Verdict(
            "error",
            f"The test tone on “{name}” was cut off.",
            "Check the output is still connected, then play the tone again.",
        )
    return Verdict(
        "ok",
        f"A short beep played on “{name}”. If you did not hear it, check the volume and that "
        "this is the output your headset is on.",
    )


def _mic_fix() -> str:
    return (
        "Check the microphone is plugged in and not in use by another program, or choose "
        "another microphone, then try again."
    )
