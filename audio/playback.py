"""Playing the persona's lines through one sounddevice output stream that can stop at once.

The stream stays open between lines with 10 ms blocks, so a line is handed to the device within
about one block of :meth:`Player.play` (p50 about 9 ms here). The PortAudio callback only copies
the next block from a prepared buffer and advances an index; block loudness is computed ahead in
:meth:`Player.play`, and everything that may take time (the caller's callbacks, reopening a failed
device) happens on a small event thread. Every block's RMS is kept with the time it should reach
the speaker, so the turn-taker can tell the persona's own voice leaking into an open microphone.

Why the device buffer is 0.1 s and not PortAudio's "low" (20 ms): through ALSA's PulseAudio
plugin (the usual Linux path, and the test sound server's), a 20-60 ms buffer ran dry now and
then, and each underrun made the plugin recreate its PulseAudio stream, which ran dry again:
hundreds of gaps in one line, sometimes a line lost entirely. At 0.1 s: none in 40 lines. The
hand-over time is the same; the speaker hears each line about 0.07 s later, and ``stop()`` lets
at most that much already-buffered audio through. Pass ``latency="low"`` for a quiet machine.

No Qt and no ``personas`` import: the audio layer takes plain values.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

import av
import numpy as np

from audio.install_hints import sound_library
from audio.tts import Speech

log = logging.getLogger(__name__)

_LOUD = 1e-3  # a sample above this (-60 dBFS) is sound, not silence
_HISTORY_BLOCKS = 1024  # about 10 s of 10 ms blocks
_WATCH_S = 0.25  # how often the event thread checks the stream is alive
_STALL_S = 2.0  # no callback for this long while a line plays: the device is gone
_SETTLE_S = 0.1  # a new stream is ready once it ran this long without an underrun...
_SETTLE_MAX_S = 0.5  # ...or after this, whichever comes first

_PLAYING, _STOPPED, _DONE = "playing", "stopped", "done"


class PlaybackError(Exception):
    """The output device cannot be used; ``str(error)`` is a plain sentence with the fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class OutputDevice:
    index: int
    name: str
    hostapi: str
    channels: int
    default_samplerate: float
    is_default: bool


@dataclass(frozen=True)
class PlaybackReport:
    """How one line went (given to ``on_done`` and as the result of :meth:`Player.play`)."""

    text: str
    completed: bool  # played to its end; False when stopped, replaced or the device failed
    played_s: float  # audio handed to the device
    duration_s: float
    requested_at: float  # time.monotonic() of play()
    first_sample_at: float | None  # when the first non-silent block was handed to PortAudio
    ended_at: float  # when the last block was handed over, or the line was stopped


@dataclass(frozen=True)
class PlaybackLevel:
    """What the speaker is playing: the latest block's RMS and recent history.

    ``history`` holds ``(time, rms)`` pairs, oldest first; ``time`` is the ``time.monotonic()`` at
    which the block is expected to leave the speaker (hand-over time plus output latency).
    Silence between lines is included as zeros.
    """

    rms: float
    history: tuple[tuple[float, float], ...]
    latency_s: float

    def peak_between(self, start: float, end: float) -> float:
        """Loudest block expected at the speaker between two ``time.monotonic()`` times."""
        return max((rms for t, rms in self.history if start <= t <= end), default=0.0)


def list_output_devices() -> list[OutputDevice]:
    """The output devices PortAudio knows about now; raises PlaybackError if it cannot tell."""
    sd = _sounddevice()
    try:
        devices = sd.query_devices()
        hostapis = sd.query_hostapis()
        default_out = _default_output_index(sd)
    except Exception as exc:
        raise PlaybackError(f"The sound system could not list output devices ({exc}).") from None
    found = []
    for info in devices:
        if info["max_output_channels"] <= 0:
            continue
        found.append(
            OutputDevice(
                index=int(info["index"]),
                name=str(info["name"]),
                hostapi=str(hostapis[info["hostapi"]]["name"]),
                channels=int(info["max_output_channels"]),
                default_samplerate=float(info["default_samplerate"]),
                is_default=int(info["index"]) == default_out,
            )
        )
    return found


def resample(samples: np.ndarray, source_rate: int, target_rate: int) -> np.ndarray:
    """Band-limited resampling (libswresample through PyAV, which faster-whisper already needs)."""
    if source_rate == target_rate or len(samples) == 0:
        return np.ascontiguousarray(samples, dtype=np.float32)
    resampler = av.AudioResampler(format="flt", layout="mono", rate=target_rate)
    frame = av.AudioFrame.from_ndarray(
        np.ascontiguousarray(samples, dtype=np.float32).reshape(1, -1), format="flt", layout="mono"
    )
    frame.sample_rate = source_rate
    parts = [out.to_ndarray().reshape(-1) for out in resampler.resample(frame)]
    parts += [out.to_ndarray().reshape(-1) for out in resampler.resample(None)]
    return np.ascontiguousarray(np.concatenate(parts), dtype=np.float32)


@dataclass(frozen=True)
class _Prepared:
    """A line at the stream rate, with each block's RMS and where the sound starts."""

    samples: np.ndarray
    block_rms: np.ndarray
    first_loud: int  # index of the first sample above _LOUD (len(samples) if none)


class _Track:
    """One line being played; the callback only reads its arrays and moves ``pos``."""

    def __init__(self, speech: Speech, prepared: _Prepared) -> None:
        self.speech = speech
        self.samples = prepared.samples
        self.length = len(prepared.samples)
        self.block_rms = prepared.block_rms
        self.first_loud = prepared.first_loud
        self.pos = 0
        self.state = _PLAYING
        self.requested_at = 0.0
        self.first_at: float | None = None
        self.ended_at: float | None = None
        self.on_first_sample: Callable[[float], None] | None = None
        self.on_done: Callable[[PlaybackReport], None] | None = None
        self.future: Future[PlaybackReport] = Future()
        self.reported = False


_LIVE: weakref.WeakSet[Player] = weakref.WeakSet()


def live_players() -> list[Player]:
    """Players not closed yet (PortAudio cannot restart while their streams exist)."""
    return list(_LIVE)


class Player:
    """Plays :class:`~audio.tts.Speech` on one output stream kept open between lines.

    ``device``: None for the system default, or a device index or (part of a) name.
    ``samplerate``: the stream's rate; default the device's own (lines are resampled once each,
    about 2 ms for 4 s of speech). ``blocksize``: frames per callback, default 10 ms.
    ``latency``: the device buffer in seconds (see the module docstring for why 0.1).
    Raises :class:`PlaybackError` when the device cannot be found or opened.
    """

    def __init__(
        self,
        device: int | str | None = None,
        *,
        samplerate: int | None = None,
        blocksize: int | None = None,
        latency: str | float = 0.1,
    ) -> None:
        self._sd = _sounddevice()
        self._device_request = device
        self._samplerate_request = samplerate
        self._blocksize_request = blocksize
        self._latency_request = latency
        self._stream: Any = None
        self._track: _Track | None = None
        self._prepared: weakref.WeakKeyDictionary[Speech, _Prepared] = weakref.WeakKeyDictionary()
        self._generation = 0  # bumped whenever the player itself closes the stream
        self._events: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._hist_t = np.zeros(_HISTORY_BLOCKS)
        self._hist_rms = np.zeros(_HISTORY_BLOCKS)
        self._hist_n = 0
        self._last_rms = 0.0
        self._closed = False
        self._last_callback = time.monotonic()
        self._last_underrun = 0.0
        self.underruns = 0  # blocks the device ran dry (a busy CPU): each is an audible gap
        self.last_error: str | None = None  # why the stream last failed, for the user
        self._lock = threading.Lock()  # play/stop/open against each other, never in the callback
        self.samplerate = 0
        self.blocksize = 0
        self.channels = 0
        self.latency_s = 0.0
        self.device_name = ""
        self._open()
        self._events_thread = threading.Thread(
            target=self._run_events, name="hotseat-playback", daemon=True
        )
        self._events_thread.start()
        _LIVE.add(self)

    # --- public API ------------------------------------------------------------------------------

    def prepare(self, speech: Speech) -> None:
        """Resample a line and measure its blocks now, so a later play() starts faster."""
        with self._lock:
            self._prepare(speech)

    def play(
        self,
        speech: Speech,
        *,
        on_first_sample: Callable[[float], None] | None = None,
        on_done: Callable[[PlaybackReport], None] | None = None,
    ) -> Future[PlaybackReport]:
        """Start a line at once (cutting off any line still playing).

        ``on_first_sample(t)`` gets the ``time.monotonic()`` at which the first non-silent block
        was handed to PortAudio; ``on_done(report)`` runs when the line ends or is stopped. Both
        run on the player's event thread, never in the audio callback. The returned future gives
        the same report.
        """
        requested_at = time.monotonic()
        with self._lock:
            if self._closed:
                raise PlaybackError("The player has been closed.")
            if self._stream is None or not self._stream.active:
                self._reopen()
                self._last_callback = time.monotonic()
            track = _Track(speech, self._prepare(speech))
            track.requested_at = requested_at
            track.on_first_sample = on_first_sample
            track.on_done = on_done
            previous = self._track
            if previous is not None and previous.state == _PLAYING:
                previous.state = _STOPPED
                previous.ended_at = time.monotonic()
                self._events.put(("done", previous))
            if track.length == 0:
                track.state = _DONE
                track.ended_at = requested_at
                self._events.put(("done", track))
            self._track = track
        return track.future

    def stop(self) -> None:
        """Cut the current line off: the next block handed to the device is silence."""
        with self._lock:
            track = self._track
            if track is not None and track.state == _PLAYING:
                track.state = _STOPPED
                track.ended_at = time.monotonic()
                self._events.put(("done", track))

    def suspend(self) -> None:
        """Stop and close the device stream, e.g. before PortAudio is restarted to find a
        re-plugged headset (a restart invalidates open streams); the next play() reopens it."""
        self.stop()
        with self._lock:
            self._close_stream()

    @property
    def is_playing(self) -> bool:
        track = self._track
        return track is not None and track.state == _PLAYING

    def playback_level(self, window_s: float = 1.0) -> PlaybackLevel:
        """RMS of the latest block handed to the device, and the last ``window_s`` of history."""
        count = self._hist_n
        size = min(count, _HISTORY_BLOCKS)
        order = (np.arange(count - size, count)) % _HISTORY_BLOCKS
        times = self._hist_t[order]
        levels = self._hist_rms[order]
        if size:
            keep = times >= times[-1] - window_s
            times, levels = times[keep], levels[keep]
        history = tuple(zip(times.tolist(), levels.tolist(), strict=True))
        return PlaybackLevel(rms=self._last_rms, history=history, latency_s=self.latency_s)

    def level_at(self, t: float) -> float:
        """RMS (0..1) leaving the speaker at ``time.monotonic()`` ``t``; 0 when nothing played.

        The shape :class:`audio.turns.TurnTaker` wants for its echo gate: keep one reference
        (``level_fn = player.level_at``) and pass that, since each attribute access makes a new
        bound method. Times after the last block handed to the device read as 0.
        """
        count = self._hist_n
        size = min(count, _HISTORY_BLOCKS)
        if size == 0:
            return 0.0
        order = np.arange(count - size, count) % _HISTORY_BLOCKS
        times = self._hist_t[order]
        index = int(np.searchsorted(times, t, side="right")) - 1
        block_s = self.blocksize / self.samplerate if self.samplerate else 0.0
        if index < 0 or t - times[index] > block_s:
            return 0.0
        return float(self._hist_rms[order[index]])

    def close(self) -> None:
        """Stop the line and close the stream; the player cannot be used afterwards."""
        self.stop()
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._close_stream()
        self._events.put(("quit", None))
        self._events_thread.join()
        _LIVE.discard(self)

    def __enter__(self) -> Player:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the audio callback (PortAudio's thread: copy, count, never block) ----------------------

    def _callback(self, outdata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        now = time.monotonic()
        self._last_callback = now
        if status.output_underflow:
            self.underruns += 1
            self._last_underrun = now
        delay = time_info.outputBufferDacTime - time_info.currentTime
        if not 0.0 <= delay < 1.0:
            delay = self.latency_s
        track = self._track
        rms = 0.0
        if track is None or track.state != _PLAYING:
            outdata.fill(0.0)
        else:
            pos = track.pos
            end = min(pos + frames, track.length)
            count = end - pos
            outdata[:count] = track.samples[pos:end, None]
            if count < frames:
                outdata[count:] = 0.0
            rms = float(track.block_rms[min(pos // self.blocksize, len(track.block_rms) - 1)])
            if track.first_at is None and end > track.first_loud:
                track.first_at = now
                self._events.put(("first", track))
            track.pos = end
            if end >= track.length:
                track.state = _DONE
                track.ended_at = now
                self._events.put(("done", track))
        slot = self._hist_n % _HISTORY_BLOCKS
        self._hist_t[slot] = now + delay
        self._hist_rms[slot] = rms
        self._hist_n += 1
        self._last_rms = rms

    # --- event thread ----------------------------------------------------------------------------

    def _run_events(self) -> None:
        while True:
            try:
                kind, payload = self._events.get(timeout=_WATCH_S)
            except queue.Empty:
                self._watch()
                continue
            if kind == "quit":
                return
            try:
                if kind == "first":
                    if payload.on_first_sample is not None:
                        payload.on_first_sample(payload.first_at)
                elif kind == "done":
                    self._report(payload)
                elif kind == "stream_finished":
                    with self._lock:
                        if not self._closed and payload == self._generation:
                            self._fail_stream("the sound output stopped unexpectedly")
            except Exception:
                log.exception("A playback callback failed")

    def _watch(self) -> None:
        """Notice a stream that died or stalled while a line plays (device unplugged)."""
        with self._lock:
            track = self._track
            if self._closed or self._stream is None or track is None or track.state != _PLAYING:
                return
            if not self._stream.active:
                self._fail_stream("the sound output stopped unexpectedly")
            elif time.monotonic() - self._last_callback > _STALL_S:
                self._fail_stream(f"the sound output stalled for over {_STALL_S:.0f} s")

    def _report(self, track: _Track) -> None:
        if track.reported:
            return
        track.reported = True
        rate = self.samplerate or 1
        report = PlaybackReport(
            text=track.speech.text,
            completed=track.pos >= track.length,
            played_s=track.pos / rate,
            duration_s=track.length / rate,
            requested_at=track.requested_at,
            first_sample_at=track.first_at,
            ended_at=track.ended_at if track.ended_at is not None else time.monotonic(),
        )
        track.future.set_result(report)
        if track.on_done is not None:
            track.on_done(report)

    def _fail_stream(self, reason: str) -> None:
        """Close a failed stream (lock held): the line in progress ends as not completed and
        the next play() opens the device again."""
        log.warning("Playback: %s; the output is reopened for the next line", reason)
        self.last_error = reason
        self._close_stream()
        track = self._track
        if track is not None and track.state == _PLAYING:
            track.state = _STOPPED
            track.ended_at = time.monotonic()
            self._events.put(("done", track))

    # --- stream management (with self._lock held) ----------------------------------------------

    def _prepare(self, speech: Speech) -> _Prepared:
        cached = self._prepared.get(speech)
        if cached is not None:
            return cached
        samples = resample(speech.samples, speech.sample_rate, self.samplerate)
        block = self.blocksize
        padded = np.zeros(max(1, -(-len(samples) // block)) * block, dtype=np.float32)
        padded[: len(samples)] = samples
        block_rms = np.sqrt(np.mean(padded.reshape(-1, block).astype(np.float64) ** 2, axis=1))
        loud = np.flatnonzero(np.abs(samples) > _LOUD)
        first = int(loud[0]) if loud.size else len(samples)
        prepared = _Prepared(samples, block_rms, first)
        self._prepared[speech] = prepared
        return prepared

    def _reopen(self) -> None:
        self._close_stream()
        self._open()

    def _open(self) -> None:
        sd = self._sd
        device = self._resolve_device()
        try:
            info = sd.query_devices(device, kind="output")
        except Exception as exc:
            raise PlaybackError(f"The sound output device cannot be found ({exc}).") from None
        rate = int(self._samplerate_request or info["default_samplerate"])
        if rate != self.samplerate:
            self._prepared = weakref.WeakKeyDictionary()
        generation = self._generation
        blocksize = int(self._blocksize_request or max(64, rate // 100))
        channels = max(1, min(2, int(info["max_output_channels"])))
        try:
            stream = sd.OutputStream(
                device=device,
                samplerate=rate,
                blocksize=blocksize,
                channels=channels,
                dtype="float32",
                latency=self._latency_request,
                callback=self._callback,
                finished_callback=lambda: self._events.put(("stream_finished", generation)),
            )
            stream.start()
        except Exception as exc:
            raise PlaybackError(
                f"The sound output {info['name']!r} could not be opened ({exc}). Check that "
                "speakers or a headset are connected, or choose another output device."
            ) from None
        self._stream = stream
        self.samplerate = rate
        self.blocksize = blocksize
        self.channels = channels
        self.latency_s = float(stream.latency)
        self.device_name = str(info["name"])
        self._settle(stream)

    def _settle(self, stream: Any) -> None:
        """Wait for a new stream's start-up underruns to pass, so the first line has no gaps.

        Measured on the test sound server: PortAudio's ALSA stream into PulseAudio runs dry
        several times in its first ~20 ms, which cut holes into a line played at once.
        """
        opened = time.monotonic()
        while time.monotonic() - opened < _SETTLE_MAX_S and stream.active:
            quiet_since = max(opened, self._last_underrun)
            if time.monotonic() - quiet_since >= _SETTLE_S:
                return
            time.sleep(0.005)

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        self._generation += 1
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.abort()
            with contextlib.suppress(Exception):
                stream.close()

    def _resolve_device(self) -> int | None:
        request = self._device_request
        if request is None:
            return None
        if isinstance(request, int) or (isinstance(request, str) and request.isdigit()):
            return int(request)
        try:
            return int(self._sd.query_devices(request, kind="output")["index"])
        except Exception:
            names = ", ".join(repr(d.name) for d in list_output_devices()) or "none"
            raise PlaybackError(
                f"No output device matches {request!r}. Output devices found: {names}."
            ) from None


def _sounddevice() -> Any:
    try:
        import sounddevice
    except OSError as exc:  # the PortAudio library itself is missing
        raise PlaybackError(
            f"Sound output needs the PortAudio library ({exc}). "
            f"{sound_library(str(exc))}."
        ) from None
    return sounddevice


def _default_output_index(sd: Any) -> int | None:
    default = sd.default.device
    try:
        index = default[1]  # an (input, output) pair
    except (TypeError, IndexError):
        index = default
    if index is None or isinstance(index, str) or int(index) < 0:
        try:
            return int(sd.query_devices(kind="output")["index"])
        except Exception:
            return None
    return int(index)


__all__ = [
    "OutputDevice",
    "PlaybackError",
    "PlaybackLevel",
    "PlaybackReport",
    "Player",
    "list_output_devices",
    "resample",
]
