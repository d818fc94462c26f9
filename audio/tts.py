"""The persona's voice: mood-aware voice settings, one pyttsx3 engine in its own process, a cache.

pyttsx3 is not thread-safe and its own playback cannot be cut mid-line, so a :class:`Synthesizer`
owns one engine in a dedicated child process and renders each line to a temporary WAV
(``save_to_file`` + ``runAndWait``), read back as float32 mono samples at the engine's native rate
(22050 Hz for espeak-ng). Playing them is :mod:`audio.playback`'s job.

What was measured here (pyttsx3 2.99, espeak-ng 1.51) and why it is built this way:

- The espeak driver runs espeak in its asynchronous mode, so ``runAndWait`` returns *before* the
  file is written, and each ``runAndWait`` calls ``espeak_Cancel`` while espeak may still hold
  queued parameter changes, which silently restores the previous rate/volume/pitch. Done naively,
  150 back-to-back renders gave wrong rates or the previous line's file for 24 of 24 settings.
  The engine therefore waits for espeak's command queue to drain after setting properties, and
  for ``finished-utterance`` (and the queue again) after each line: 300 renders, all as asked.
- A worker *thread* renders reliably that way, but espeak is one per process and its driver state
  outlives pyttsx3 engine objects: a second engine in the same process re-synthesised the
  previous engine's last line into its deleted folder and hung forever in the driver's loop,
  which nothing can interrupt. A child process has its own espeak, can be killed and restarted
  when it stops answering, keeps the driver's ``print`` off our stdout (which carries ``--json``),
  and keeps synthesis off the GIL that the audio callback needs. It costs about 0.35 s at start-up
  and about 1 ms per line to pass the samples back.

Pitch: the espeak driver does expose ``pitch`` (espeak's 0-100, 50 = the voice's normal, the same
scale as the persona format); it is set when the driver has it and skipped otherwise (SAPI5 and
NSSpeechSynthesizer through pyttsx3 have no pitch). Gender picks an espeak-ng variant
(``en-us+f3``, ``en-us+m2``, plain ``en-us`` for neutral), chosen for how well Whisper tiny.en
understood them here; elsewhere the engine's first English voice of that gender.

No Qt and no ``personas`` import here: callers pass plain values (the heat bands below mirror the
persona engine's, so the voice of a scripted line is known before the line is needed).
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import itertools
import json
import logging
import os
import queue
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from audio.install_hints import frozen, reinstall, system_package

log = logging.getLogger(__name__)

GENDERS = ("female", "male", "neutral")

# Same bands as the persona engine's lines (hot from 7, warm from 4): a scripted line belongs to a
# band, so its voice follows from (band, tone) and can be rendered before it is needed.
HOT_FROM = 7.0
WARM_FROM = 4.0

# band -> (rate factor, volume, pitch shift). Hotter is faster, louder and a little higher.
_BANDS: dict[str, tuple[float, float, int]] = {
    "cool": (1.00, 0.72, 0),
    "warm": (1.06, 0.82, 2),
    "hot": (1.12, 0.92, 4),
}

# tone -> (rate factor, volume change, pitch shift), applied on top of the band. Kept within
# roughly +/-15 % rate, +/-1.5 dB and +/-8 pitch steps: audible, still a person.
TONES: dict[str, tuple[float, float, int]] = {
    "shouting": (1.08, +0.12, +8),
    "angry": (1.05, +0.06, +4),
    "sarcastic": (0.92, -0.04, +5),
    "cold": (0.92, -0.08, -5),
    "weary": (0.86, -0.10, -6),
    "tearful": (0.88, -0.08, +6),
    "calm": (0.95, -0.06, -3),
    "relieved": (0.97, -0.04, -2),
    "warm": (0.97, -0.02, +2),
}

RATE_RANGE = (80, 360)  # words per minute after mood
VOLUME_RANGE = (0.3, 1.0)

# espeak-ng variants per gender (voice + "+variant"); plain en-us is espeak's own default voice.
_ESPEAK_VOICES = {"female": "en-us+f3", "male": "en-us+m2", "neutral": "en-us"}

_SILENCE = 2e-3  # about -54 dBFS: below this a rendered sample counts as silence
_KEEP_LEAD_S = 0.01
_KEEP_TAIL_S = 0.04

# espeak-ng is the one speech part even the bundle takes from the system
_INSTALL_HINT = (
    "The customer's voice needs espeak-ng. "
    + system_package("espeak-ng", fedora="espeak-ng")
    + ", then start Hotseat again."
)


class SpeechError(Exception):
    """Text-to-speech failed; ``str(error)`` is a plain sentence with the fix, fit for a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class VoiceSettings:
    """How a line is said. Hashable and quantised, so equal moods share cache entries."""

    gender: str  # female | male | neutral
    rate: int  # words per minute
    pitch: int  # 0-100, 50 is the voice's normal
    volume: float  # 0-1
    voice: str | None = None  # an engine voice id chosen by the user; None: the gender's voice


def heat_band(heat: float) -> str:
    """The mood band of a heat (0-10): ``cool``, ``warm`` or ``hot``."""
    if heat >= HOT_FROM:
        return "hot"
    if heat >= WARM_FROM:
        return "warm"
    return "cool"


PACE_RANGE = (0.6, 1.6)  # the trainee's choice of how fast customers speak, 1.0 as scripted


def voice_for(
    gender: str, rate: int, pitch: int, heat: float, tone: str | None, pace: float = 1.0
) -> VoiceSettings:
    """The voice for one line: the persona's script hints (its calm voice) plus mood and tone.

    ``pace`` scales the speaking rate on top (slower for a trainee working in a second language,
    faster for drills).

    Heat only matters by band, and results are rounded (rate to 5 wpm, volume to 0.02), so the
    handful of distinct voices a persona has are each rendered once.
    Raises ValueError with a plain message for an unknown gender or tone.
    """
    if gender not in GENDERS:
        raise ValueError(
            f"Unknown voice gender {gender!r}: use one of {', '.join(GENDERS)}.",
        )
    if tone is not None and tone not in TONES:
        raise ValueError(f"Unknown tone {tone!r}: use one of {', '.join(TONES)}, or none.")
    rate_factor, volume, pitch_shift = _BANDS[heat_band(heat)]
    if tone is not None:
        tone_rate, tone_volume, tone_pitch = TONES[tone]
        rate_factor *= tone_rate
        volume += tone_volume
        pitch_shift += tone_pitch
    if not PACE_RANGE[0] <= pace <= PACE_RANGE[1]:
        raise ValueError(f"The pace must be from {PACE_RANGE[0]} to {PACE_RANGE[1]}, got {pace}.")
    new_rate = round(rate * rate_factor * pace / 5.0) * 5
    return VoiceSettings(
        gender=gender,
        rate=int(min(RATE_RANGE[1], max(RATE_RANGE[0], new_rate))),
        pitch=int(min(100, max(0, pitch + pitch_shift))),
        volume=round(min(VOLUME_RANGE[1], max(VOLUME_RANGE[0], round(volume / 0.02) * 0.02)), 2),
    )


@dataclass(frozen=True, eq=False)
class Speech:
    """One rendered line: float32 mono samples in -1..1 at the engine's native rate."""

    samples: np.ndarray
    sample_rate: int
    text: str
    settings: VoiceSettings

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.sample_rate

    @property
    def nbytes(self) -> int:
        return int(self.samples.nbytes)


def trim_silence(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """Drop silence beyond 10 ms before and 40 ms after the voice.

    Why: espeak ends every line with a 0.2-0.4 s pause; the turn-taker must know when the persona
    actually stopped talking, and a leading pause would only add latency.
    """
    loud = np.flatnonzero(np.abs(samples) > _SILENCE)
    if loud.size == 0:
        return samples[:0]
    start = max(0, int(loud[0]) - int(_KEEP_LEAD_S * sample_rate))
    end = min(len(samples), int(loud[-1]) + 1 + int(_KEEP_TAIL_S * sample_rate))
    return samples[start:end]


@dataclass(order=True)
class _Job:
    priority: int
    seq: int
    text: str = field(compare=False)
    settings: VoiceSettings | None = field(compare=False)  # None: stop the dispatcher
    future: Future[Speech] | None = field(compare=False)


class Synthesizer:
    """Renders lines to :class:`Speech` with one pyttsx3 engine in a dedicated child process.

    Construction starts the engine and renders a short warm-up line (so ``sample_rate`` and
    ``engine_id`` are known); it raises :class:`SpeechError` if no engine can start. Lines are
    rendered one at a time by one dispatcher thread, lowest ``priority`` first (ties in order of
    request). If the engine stops answering, that line fails and a new engine is started for the
    next one.
    """

    def __init__(
        self,
        driver: str | None = None,
        *,
        line_timeout_s: float = 30.0,
        start_timeout_s: float = 60.0,
    ) -> None:
        self._driver_request = driver
        self._line_timeout_s = line_timeout_s
        self._start_timeout_s = start_timeout_s
        self._jobs: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._closed = False
        self._close_lock = threading.Lock()
        self._child: _Child | None = _Child(driver, line_timeout_s, start_timeout_s)
        hello = self._child.hello
        self.sample_rate: int = int(hello["sample_rate"])
        self.engine_id: str = str(hello["engine_id"])
        self.driver: str = str(hello["driver"])
        self.voices: dict[str, str] = {k: v for k, v in hello["voices"].items() if v}
        self.pitch_supported: bool = bool(hello["pitch_supported"])
        self.restarts = 0  # engines started again after one stopped answering
        self._thread = threading.Thread(target=self._run, name="hotseat-tts", daemon=True)
        self._thread.start()

    def render(self, text: str, settings: VoiceSettings, *, priority: int = 0) -> Future[Speech]:
        """Queue a line; the future gives its :class:`Speech` or a :class:`SpeechError`."""
        if not text or not text.strip():
            raise SpeechError("There is nothing to say: the line is empty.")
        future: Future[Speech] = Future()
        with self._close_lock:
            if self._closed:
                raise SpeechError("The speech engine has been closed; start a new one.")
            self._jobs.put(_Job(priority, next(self._seq), text, settings, future))
        return future

    def close(self) -> None:
        """Stop after the line in progress; lines still queued are cancelled."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
            self._jobs.put(_Job(-1, next(self._seq), "", None, None))
        self._thread.join()

    def __enter__(self) -> Synthesizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job.future is None:
                break
            if not job.future.set_running_or_notify_cancel():
                continue
            assert job.settings is not None
            try:
                samples, rate = self._render(job.text, job.settings)
            except SpeechError as exc:
                job.future.set_exception(exc)
            else:
                job.future.set_result(Speech(samples, rate, job.text, job.settings))
        while True:  # cancel whatever was still queued
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                break
            if job.future is not None:
                job.future.cancel()
        if self._child is not None:
            self._child.close()
            self._child = None

    def _render(self, text: str, settings: VoiceSettings) -> tuple[np.ndarray, int]:
        if self._child is not None and not self._child.alive:
            self._child.kill()  # died while idle: a new engine says this line
            self._child = None
        if self._child is None:
            self._child = _Child(self._driver_request, self._line_timeout_s, self._start_timeout_s)
            self.restarts += 1
        try:
            return self._child.render(text, settings)
        except _EngineGone as exc:
            self._child.kill()
            self._child = None
            raise SpeechError(str(exc)) from None


class _EngineGone(Exception):
    """The child process died or stopped answering; the message is for the user."""


class _EngineStuck(SpeechError):
    """Inside the engine process: espeak stopped answering, so the process ends after replying."""


_CHILD_CODE = "from audio.tts import _child_main; _child_main()"
# A frozen bundle has no `python -c`: its executable runs the engine when given this argument.
FROZEN_CHILD_ARG = "--hotseat-tts-engine"


def _child_command() -> list[str]:
    """How to start the engine's process, from a source install or from a frozen bundle."""
    if frozen():
        return [sys.executable, FROZEN_CHILD_ARG]
    return [sys.executable, "-c", _CHILD_CODE]


class _Child:
    """The engine's process: length-prefixed JSON requests in, JSON + raw float32 samples out."""

    def __init__(self, driver: str | None, line_timeout_s: float, start_timeout_s: float) -> None:
        self._line_timeout_s = line_timeout_s
        package_root = str(Path(__file__).resolve().parents[1])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        try:
            self._process = subprocess.Popen(
                _child_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                # no console window flashing up for the engine in a Windows bundle
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as exc:
            raise SpeechError(f"The speech engine could not be started ({exc}).") from None
        self._messages: queue.Queue[tuple[dict[str, Any], bytes] | None] = queue.Queue()
        self._stderr: deque[str] = deque(maxlen=20)
        threading.Thread(target=self._read_messages, daemon=True, name="hotseat-tts-in").start()
        threading.Thread(target=self._read_stderr, daemon=True, name="hotseat-tts-err").start()
        try:
            self._send({"op": "start", "driver": driver, "line_timeout_s": line_timeout_s})
            hello, _ = self._receive(start_timeout_s)
        except _EngineGone as exc:
            self.kill()
            raise SpeechError(f"{exc} {_INSTALL_HINT}") from None
        if "error" in hello:
            self.close()
            raise SpeechError(str(hello["error"]))
        self.hello = hello

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    def render(self, text: str, settings: VoiceSettings) -> tuple[np.ndarray, int]:
        self._send({"op": "render", "text": text, "settings": asdict(settings)})
        reply, payload = self._receive(self._line_timeout_s + 5.0)
        if not reply.get("ok"):
            raise SpeechError(str(reply.get("error", "The speech engine failed.")))
        samples = np.frombuffer(payload, dtype=np.float32).copy()
        return samples, int(reply["sample_rate"])

    def close(self) -> None:
        with contextlib.suppress(_EngineGone):
            self._send({"op": "quit"})
        with contextlib.suppress(OSError):
            self._process.stdin.close()  # type: ignore[union-attr]
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self._process.kill()
        self._process.wait()

    def _send(self, message: dict[str, Any]) -> None:
        data = json.dumps(message).encode("utf-8")
        try:
            stdin = self._process.stdin
            assert stdin is not None
            stdin.write(struct.pack(">I", len(data)) + data)
            stdin.flush()
        except (OSError, ValueError):
            raise _EngineGone(self._gone("could not be reached")) from None

    def _receive(self, timeout_s: float) -> tuple[dict[str, Any], bytes]:
        try:
            message = self._messages.get(timeout=timeout_s)
        except queue.Empty:
            raise _EngineGone(
                f"The speech engine did not answer within {timeout_s:.0f} s; it is restarted "
                "for the next line."
            ) from None
        if message is None:
            raise _EngineGone(self._gone("stopped"))
        return message

    def _gone(self, what: str) -> str:
        detail = " ".join(line.strip() for line in self._stderr if line.strip())[-300:]
        return f"The speech engine {what}" + (f" ({detail})." if detail else ".")

    def _read_messages(self) -> None:
        stream = self._process.stdout
        assert stream is not None
        while True:
            frame = _read_frame(stream)
            if frame is None:
                self._messages.put(None)
                return
            header = json.loads(frame)
            payload = _read_exact(stream, int(header.get("nbytes", 0))) or b""
            self._messages.put((header, payload))

    def _read_stderr(self) -> None:
        stream = self._process.stderr
        assert stream is not None
        for line in iter(stream.readline, b""):
            self._stderr.append(line.decode("utf-8", "replace"))


def _read_exact(stream: Any, size: int) -> bytes | None:
    chunks, remaining = [], size
    while remaining:
        chunk = stream.read(remaining)
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _read_frame(stream: Any) -> bytes | None:
    head = _read_exact(stream, 4)
    if head is None:
        return None
    return _read_exact(stream, struct.unpack(">I", head)[0])


def _write_frame(stream: Any, message: dict[str, Any], payload: bytes = b"") -> None:
    data = json.dumps({**message, "nbytes": len(payload)}).encode("utf-8")
    stream.write(struct.pack(">I", len(data)) + data + payload)
    stream.flush()


def _child_main() -> None:
    """The engine process: one pyttsx3 engine, one line at a time, until stdin closes."""
    requests = sys.stdin.buffer
    replies = os.fdopen(os.dup(1), "wb")
    # Anything else written to stdout (the espeak driver prints "Audio saved to ...") goes nowhere.
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
    frame = _read_frame(requests)
    if frame is None:
        return
    start = json.loads(frame)
    try:
        engine = _Engine(start.get("driver"), float(start.get("line_timeout_s", 30.0)))
        tmp = Path(tempfile.mkdtemp(prefix="hotseat-tts-"))
        _, rate = engine.render("Hello.", tmp / "warm-up.wav", _default_settings())
    except SpeechError as exc:
        _write_frame(replies, {"error": exc.message})
        return
    except Exception as exc:
        _write_frame(
            replies,
            {"error": f"The text-to-speech engine could not start ({exc}). {_INSTALL_HINT}"},
        )
        return
    hello = {
        "sample_rate": rate,
        "engine_id": engine.engine_id(rate),
        "driver": engine.driver,
        "voices": engine.voice_ids,
        "pitch_supported": engine.pitch_supported,
    }
    _write_frame(replies, hello)
    try:
        for count in itertools.count():
            frame = _read_frame(requests)
            if frame is None:
                break
            request = json.loads(frame)
            if request.get("op") != "render":
                break
            text = str(request["text"])
            try:
                settings = VoiceSettings(**request["settings"])
                samples, rate = engine.render(text, tmp / f"line-{count}.wav", settings)
            except _EngineStuck as exc:
                _write_frame(replies, {"ok": False, "error": exc.message})
                break  # the parent starts a fresh engine for the next line
            except SpeechError as exc:
                _write_frame(replies, {"ok": False, "error": exc.message})
            except Exception as exc:
                error = f"The speech engine could not say {text[:40]!r} ({exc})."
                _write_frame(replies, {"ok": False, "error": error})
            else:
                _write_frame(replies, {"ok": True, "sample_rate": rate}, samples.tobytes())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _default_settings() -> VoiceSettings:
    return VoiceSettings("neutral", 175, 50, 0.8)


class _Engine:
    """The pyttsx3 engine and the waiting that makes its espeak driver reliable (engine process)."""

    def __init__(self, driver: str | None, line_timeout_s: float) -> None:
        try:
            import pyttsx3
        except ImportError as exc:
            raise SpeechError(
                f"The Python package pyttsx3 is missing ({exc}). {reinstall()}."
            ) from None
        try:
            self.engine = pyttsx3.init(driver)
        except Exception as exc:
            raise SpeechError(
                f"The text-to-speech engine could not start ({exc}). {_INSTALL_HINT}"
            ) from None
        self.driver = str(self.engine.driver_name)
        self.timeout_s = line_timeout_s
        self.finished = threading.Event()
        self.engine.connect("finished-utterance", self._on_finished)
        self._espeak: Any = None
        if self.driver == "espeak":
            from pyttsx3.drivers import _espeak
            from pyttsx3.drivers import espeak as espeak_driver

            self._espeak = _espeak
            # The driver prints "Audio saved to ..." on stdout, which carries --json output.
            espeak_driver.print = _quiet  # type: ignore[attr-defined]
        self.engine.runAndWait()  # leaves the driver idle, so properties apply at once from now
        voices = list(self.engine.getProperty("voices") or [])
        self.voice_ids = {gender: _pick_voice(voices, gender, self.driver) for gender in GENDERS}
        self.pitch_supported = self._has_pitch()
        self._voice: str | None = None

    def _on_finished(self, name: object = None, completed: object = True) -> None:
        self.finished.set()

    def _has_pitch(self) -> bool:
        try:
            self.engine.getProperty("pitch")
        except (KeyError, NotImplementedError, AttributeError):
            return False
        return True

    def _drain(self) -> None:
        """Wait until espeak has applied every queued command (no-op for other drivers)."""
        if self._espeak is None:
            return
        deadline = time.monotonic() + self.timeout_s
        while self._espeak.IsPlaying():
            if time.monotonic() > deadline:
                raise _EngineStuck("The speech engine stopped responding; it is restarted.")
            time.sleep(0.0005)

    def render(self, text: str, path: Path, settings: VoiceSettings) -> tuple[np.ndarray, int]:
        voice = settings.voice or self.voice_ids.get(settings.gender)
        if voice and voice != self._voice:
            self.engine.setProperty("voice", voice)
            self._voice = voice
        self.engine.setProperty("rate", int(settings.rate))
        self.engine.setProperty("volume", float(settings.volume))
        if self.pitch_supported:
            self.engine.setProperty("pitch", int(settings.pitch))
        self._drain()
        self.finished.clear()
        self.engine.save_to_file(text, str(path))
        self.engine.runAndWait()
        if not self.finished.wait(self.timeout_s) and not _has_audio(path):
            raise _EngineStuck(
                f"The speech engine did not finish the line {text[:40]!r} within "
                f"{self.timeout_s:.0f} s; it is restarted."
            )
        self._drain()
        try:
            samples, rate = sf.read(str(path), dtype="float32", always_2d=True)
        except (OSError, RuntimeError) as exc:
            raise SpeechError(f"The speech engine wrote no usable audio ({exc}).") from None
        finally:
            with contextlib.suppress(OSError):
                path.unlink()
        mono = samples.mean(axis=1) if samples.shape[1] > 1 else samples[:, 0]
        return np.ascontiguousarray(trim_silence(mono, rate), dtype=np.float32), int(rate)

    def engine_id(self, sample_rate: int) -> str:
        """Everything that changes the audio for the same text and settings (the disk cache key)."""
        parts = [f"pyttsx3-{_version('pyttsx3')}", self.driver, f"{sample_rate}Hz"]
        if self._espeak is not None:
            parts.append(f"espeak-ng-{_espeak_version(self._espeak)}")
        parts.append(",".join(f"{g}={v}" for g, v in sorted(self.voice_ids.items())))
        return "/".join(parts)


def _quiet(*args: object, **kwargs: object) -> None:
    return None


def _has_audio(path: Path) -> bool:
    try:
        return path.stat().st_size > 44
    except OSError:
        return False


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def _espeak_version(espeak: Any) -> str:
    try:
        info = espeak.dll.espeak_Info
        info.restype = ctypes.c_char_p
        info.argtypes = [ctypes.c_void_p]
        return (info(None) or b"unknown").decode("utf-8", "replace")
    except Exception:
        return "unknown"


def _pick_voice(voices: list[Any], gender: str, driver: str) -> str | None:
    """The engine voice id for a gender: an espeak-ng variant, else a matching English voice."""
    ids = {str(getattr(v, "id", "")).lower() for v in voices}
    if driver == "espeak" and any(i.endswith("en-us") for i in ids):
        return _ESPEAK_VOICES[gender]
    english = [v for v in voices if _is_english(v)] or list(voices)
    wanted = {"female": "female", "male": "male"}.get(gender)
    for voice in english:
        if wanted and str(getattr(voice, "gender", "") or "").lower() == wanted:
            return str(voice.id)
    return str(english[0].id) if english else None


def _is_english(voice: Any) -> bool:
    languages = [str(x).lower() for x in (getattr(voice, "languages", None) or [])]
    name = str(getattr(voice, "name", "")).lower()
    return any(lang.startswith("en") for lang in languages) or "english" in name


# --- the line cache -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CacheStats:
    hits: int  # ready audio returned at once (memory or disk)
    misses: int  # had to wait for a render (new, or already in progress)
    disk_hits: int
    renders: int  # renders started for get_or_render
    prefetch_renders: int  # renders started by prefetch
    entries: int
    bytes: int

    @property
    def hit_rate(self) -> float:
        asked = self.hits + self.misses
        return self.hits / asked if asked else 0.0


@dataclass
class _Pending:
    outer: Future[Speech]
    inner: Future[Speech]
    prefetch: bool
    rebinding: bool = False


class LineCache:
    """Rendered lines by (text, voice): an in-memory LRU bounded in bytes, plus an optional folder.

    ``get_or_render`` gives a future that is already done on a hit. ``prefetch`` queues the
    persona's likely next lines behind any line that is needed now, without blocking; a new
    prefetch list replaces the part of the previous one not yet started. Disk entries are keyed by
    a SHA-256 of text, settings and the engine id, so another espeak version never reuses them.
    """

    _PREFETCH_PRIORITY = 10

    def __init__(
        self,
        synthesizer: Synthesizer,
        *,
        max_bytes: int = 64 * 1024 * 1024,
        disk_dir: str | Path | None = None,
    ) -> None:
        self._synth = synthesizer
        self._max_bytes = max_bytes
        self._disk = Path(disk_dir) if disk_dir is not None else None
        if self._disk is not None:
            try:
                self._disk.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise SpeechError(
                    f"The speech cache folder {self._disk} cannot be created "
                    f"({exc.strerror or exc})."
                ) from None
        self._memory: OrderedDict[str, Speech] = OrderedDict()
        self._bytes = 0
        self._pending: dict[str, _Pending] = {}
        self._lock = threading.RLock()
        self._hits = self._misses = self._disk_hits = self._renders = self._prefetches = 0

    def key(self, text: str, settings: VoiceSettings) -> str:
        payload = json.dumps(
            {"text": text, "settings": asdict(settings), "engine": self._synth.engine_id},
            sort_keys=True,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def get_or_render(self, text: str, settings: VoiceSettings) -> Future[Speech]:
        """The line's audio: at once from memory or disk, else rendered ahead of any prefetch."""
        key = self.key(text, settings)
        with self._lock:
            speech = self._memory_get(key)
            if speech is None:
                speech = self._disk_get(key, text, settings)
                if speech is not None:
                    self._disk_hits += 1
            if speech is not None:
                self._hits += 1
                return _done(speech)
            self._misses += 1
            pending = self._pending.get(key)
            if pending is not None:
                if pending.prefetch and not pending.inner.running() and not pending.inner.done():
                    self._resubmit(key, pending, text, settings)
                return pending.outer
            self._renders += 1
            return self._submit(key, text, settings, priority=0, prefetch=False).outer

    def prefetch(self, items: Iterable[tuple[str, VoiceSettings]]) -> list[Future[Speech]]:
        """Render these lines in the background, first item first; returns their futures.

        Never blocks: lines already on disk are read back into memory by a helper thread.
        """
        wanted = [(self.key(t, s), t, s) for t, s in items if t and t.strip()]
        keys = {key for key, _, _ in wanted}
        futures: list[Future[Speech]] = []
        from_disk: list[tuple[str, str, VoiceSettings, Future[Speech]]] = []
        with self._lock:
            for key, pending in list(self._pending.items()):
                if pending.prefetch and key not in keys:
                    pending.inner.cancel()  # a stale guess not yet started: drop it
            for rank, (key, text, settings) in enumerate(wanted):
                speech = self._memory.get(key)
                pending = self._pending.get(key)
                disk = self._disk_path(key)
                if speech is not None:
                    futures.append(_done(speech))
                elif pending is not None:
                    futures.append(pending.outer)
                elif disk is not None and disk.exists():
                    future: Future[Speech] = Future()
                    from_disk.append((key, text, settings, future))
                    futures.append(future)
                else:
                    self._prefetches += 1
                    priority = self._PREFETCH_PRIORITY + rank
                    futures.append(self._submit(key, text, settings, priority, True).outer)
        if from_disk:
            threading.Thread(
                target=self._load_from_disk, args=(from_disk,), name="hotseat-tts-disk", daemon=True
            ).start()
        return futures

    def _load_from_disk(self, items: list[tuple[str, str, VoiceSettings, Future[Speech]]]) -> None:
        for key, text, settings, future in items:
            with self._lock:
                speech = self._memory.get(key) or self._disk_get(key, text, settings)
                if speech is None:  # damaged or foreign file: render it after all
                    pending = self._pending.get(key)
                    if pending is None:
                        self._prefetches += 1
                        pending = self._submit(key, text, settings, self._PREFETCH_PRIORITY, True)
                    _chain(pending.outer, future)
                    continue
            future.set_result(speech)

    def peek(self, text: str, settings: VoiceSettings) -> Speech | None:
        """The line if it is in memory (no render, no disk, not counted in the stats)."""
        with self._lock:
            return self._memory.get(self.key(text, settings))

    @property
    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(
                hits=self._hits,
                misses=self._misses,
                disk_hits=self._disk_hits,
                renders=self._renders,
                prefetch_renders=self._prefetches,
                entries=len(self._memory),
                bytes=self._bytes,
            )

    # --- internals (call with the lock held) ----------------------------------------------------

    def _submit(
        self, key: str, text: str, settings: VoiceSettings, priority: int, prefetch: bool
    ) -> _Pending:
        outer: Future[Speech] = Future()
        inner = self._synth.render(text, settings, priority=priority)
        pending = _Pending(outer, inner, prefetch)
        self._pending[key] = pending
        inner.add_done_callback(lambda f: self._finished(key, pending, f))
        return pending

    def _resubmit(self, key: str, pending: _Pending, text: str, settings: VoiceSettings) -> None:
        """A queued prefetch is needed now: move it to the front, keeping its future."""
        pending.rebinding = True
        if not pending.inner.cancel():  # started meanwhile: let it finish
            pending.rebinding = False
            return
        pending.rebinding = False
        pending.prefetch = False
        self._renders += 1
        pending.inner = self._synth.render(text, settings, priority=0)
        pending.inner.add_done_callback(lambda f: self._finished(key, pending, f))

    def _finished(self, key: str, pending: _Pending, inner: Future[Speech]) -> None:
        with self._lock:
            if pending.rebinding or inner is not pending.inner:
                return
            if self._pending.get(key) is pending:
                del self._pending[key]
            if inner.cancelled():
                pending.outer.cancel()
                return
            error = inner.exception()
            if error is not None:
                pending.outer.set_exception(error)
                return
            speech = inner.result()
            self._memory_put(key, speech)
        self._disk_put(key, speech)
        pending.outer.set_result(speech)

    def _memory_get(self, key: str) -> Speech | None:
        speech = self._memory.get(key)
        if speech is not None:
            self._memory.move_to_end(key)
        return speech

    def _memory_put(self, key: str, speech: Speech) -> None:
        if speech.nbytes > self._max_bytes or key in self._memory:
            return
        self._memory[key] = speech
        self._bytes += speech.nbytes
        while self._bytes > self._max_bytes:
            _, old = self._memory.popitem(last=False)
            self._bytes -= old.nbytes

    def _disk_path(self, key: str) -> Path | None:
        return None if self._disk is None else self._disk / f"{key}.npz"

    def _disk_get(self, key: str, text: str, settings: VoiceSettings) -> Speech | None:
        path = self._disk_path(key)
        if path is None or not path.exists():
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                samples = np.ascontiguousarray(data["samples"], dtype=np.float32)
                rate = int(data["sample_rate"])
                meta = json.loads(str(data["meta"]))
        except (OSError, ValueError, KeyError) as exc:
            log.warning("Ignoring a damaged speech cache file %s (%s)", path, exc)
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        if meta.get("text") != text or meta.get("engine") != self._synth.engine_id:
            return None
        speech = Speech(samples, rate, text, settings)
        self._memory_put(key, speech)
        return speech

    def _disk_put(self, key: str, speech: Speech) -> None:
        path = self._disk_path(key)
        if path is None or path.exists():
            return
        meta = json.dumps({"text": speech.text, "engine": self._synth.engine_id})
        tmp = path.with_name(f".{key}.{os.getpid()}.{threading.get_ident()}.tmp.npz")
        try:
            np.savez(tmp, samples=speech.samples, sample_rate=speech.sample_rate, meta=meta)
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("Could not write the speech cache file %s (%s)", path, exc)
            with contextlib.suppress(OSError):
                tmp.unlink()


def _chain(source: Future[Speech], target: Future[Speech]) -> None:
    """Settle ``target`` the way ``source`` settles."""

    def copy(done: Future[Speech]) -> None:
        if done.cancelled():
            target.cancel()
        elif done.exception() is not None:
            target.set_exception(done.exception())  # type: ignore[arg-type]
        else:
            target.set_result(done.result())

    source.add_done_callback(copy)


def _done(speech: Speech) -> Future[Speech]:
    future: Future[Speech] = Future()
    future.set_result(speech)
    return future


__all__ = [
    "GENDERS",
    "TONES",
    "CacheStats",
    "LineCache",
    "Speech",
    "SpeechError",
    "Synthesizer",
    "VoiceSettings",
    "heat_band",
    "trim_silence",
    "voice_for",
]
