"""The microphone: 16 kHz mono float32 frames of 512 samples, each with its capture time.

Why it is built this way:

- The PortAudio callback runs on a real-time thread; anything slow there (allocation-heavy work,
  locks, Python that waits) makes the sound card drop audio. So the callback only copies the block
  into a queue, with the clock readings needed to date it. A worker thread dates the blocks,
  resamples them when the device could not be opened at 16 kHz, and cuts them into the 512-sample
  frames the voice detector (:mod:`audio.vad`) and turn-taker (:mod:`audio.turns`) expect.
- PortAudio reads the list of devices once, when it starts. A headset plugged in later stays
  invisible until PortAudio is restarted, so :func:`rescan_devices` does that, and the microphone
  does it itself when the device it was asked for is missing or fails to open.
- A device can vanish mid-call (a USB headset pulled out). The worker notices (the stream stops,
  or no audio arrives for ``stall_timeout_s``), keeps every frame already captured in the queue,
  and reports a :class:`MicrophoneError` through ``on_error`` and :attr:`Microphone.error`.

Every failure a user can cause is a :class:`MicrophoneError` with a plain-sentence message.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from audio.install_hints import sound_library

try:
    import sounddevice as sd
except OSError as _missing:  # the PortAudio library itself is not installed
    sd = None
    _PORTAUDIO_MISSING = str(_missing)

SAMPLE_RATE = 16_000
FRAME_SAMPLES = 512  # 32 ms: one voice-detector frame

NO_MICROPHONE = (
    "No microphone found. Plug one in, or play with typed replies: hotseat play ID --typed"
)

# PortAudio is one per process: serialise restarts so two callers cannot interleave them.
_PORTAUDIO_LOCK = threading.RLock()


class MicrophoneError(Exception):
    """The microphone cannot be used; ``str(error)`` is a plain sentence fit to show a user."""


def _require_portaudio() -> None:
    if sd is None:
        raise MicrophoneError(
            f"Recording needs the PortAudio library ({_PORTAUDIO_MISSING}). "
            f"{sound_library(_PORTAUDIO_MISSING)}, or play with typed replies: "
            "hotseat play ID --typed"
        )


@dataclass(frozen=True)
class InputDevice:
    """A device that can record, as PortAudio sees it."""

    index: int
    name: str
    host_api: str
    channels: int
    default_rate: float
    is_default: bool


@dataclass(frozen=True)
class Frame:
    """512 samples of 16 kHz mono float32 audio and the ``time.monotonic()`` of the first one."""

    samples: np.ndarray
    t: float


def rescan_devices() -> None:
    """Restart PortAudio so devices plugged in since start-up (a headset) become visible.

    Restarting PortAudio while a stream exists hangs inside PortAudio, so every open speaker
    stream is suspended first (each reopens on its next line); microphones must be stopped by
    their owner.
    """
    _require_portaudio()
    from audio.playback import live_players

    for player in live_players():
        player.suspend()
    with _PORTAUDIO_LOCK:
        sd._terminate()
        sd._initialize()


def list_input_devices() -> list[InputDevice]:
    """The devices that can record (empty when there is none)."""
    _require_portaudio()
    with _PORTAUDIO_LOCK:
        try:
            devices = sd.query_devices()
            host_apis = sd.query_hostapis()
            default_input = sd.default.device[0]
        except sd.PortAudioError:
            return []
        if default_input is None or default_input < 0:
            with contextlib.suppress(sd.PortAudioError):
                default_input = sd.query_devices(kind="input")["index"]
    found = []
    for device in devices:
        if device["max_input_channels"] <= 0:
            continue
        found.append(
            InputDevice(
                index=device["index"],
                name=device["name"],
                host_api=host_apis[device["hostapi"]]["name"],
                channels=device["max_input_channels"],
                default_rate=float(device["default_samplerate"]),
                is_default=device["index"] == default_input,
            )
        )
    return found


def _find_device(devices: list[InputDevice], wanted: int | str | None) -> InputDevice | None:
    if wanted is None:
        defaults = [d for d in devices if d.is_default]
        return defaults[0] if defaults else (devices[0] if devices else None)
    if isinstance(wanted, int):
        return next((d for d in devices if d.index == wanted), None)
    exact = [d for d in devices if d.name == wanted]
    if exact:
        return exact[0]
    partial = [d for d in devices if wanted.lower() in d.name.lower()]
    return partial[0] if partial else None


class _Resampler:
    """Streaming resampler to 16 kHz mono (libswresample through PyAV, already a dependency)."""

    def __init__(self, rate: int) -> None:
        import av  # only needed for devices that cannot record at 16 kHz

        self._av = av
        self._rate = rate
        self._resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)

    def __call__(self, samples: np.ndarray | None) -> np.ndarray:
        if samples is None:  # flush what the filter still holds
            frames = self._resampler.resample(None)
        else:
            frame = self._av.AudioFrame.from_ndarray(
                samples.reshape(1, -1), format="flt", layout="mono"
            )
            frame.sample_rate = self._rate
            frames = self._resampler.resample(frame)
        if not frames:
            return np.zeros(0, np.float32)
        return np.concatenate([f.to_ndarray().reshape(-1) for f in frames]).astype(np.float32)


# One captured block, as queued by the callback: samples, monotonic time at the callback,
# PortAudio's ADC time of the first sample and its current time (0.0 when the host API
# does not provide them).
_RawBlock = tuple[np.ndarray, float, float, float]


class Microphone:
    """Records one input device into a queue of :class:`Frame` (see the module docstring).

    ``on_error`` is called from the worker thread, once, when the device fails mid-stream;
    the frames captured before the failure stay in the queue. ``device_rate`` forces the rate the
    device is opened at (default: 16 kHz when the device accepts it, else its own rate).
    ``auto_rescan`` lets :meth:`start` restart PortAudio when the device is missing or fails to
    open; turn it off if other streams of this process must stay open meanwhile.
    """

    def __init__(
        self,
        on_error: Callable[[MicrophoneError], None] | None = None,
        *,
        device_rate: int | None = None,
        auto_rescan: bool = True,
        stall_timeout_s: float = 2.0,
    ) -> None:
        self._on_error = on_error
        self._forced_rate = device_rate
        self._auto_rescan = auto_rescan
        self._stall_timeout_s = stall_timeout_s
        self._frames: queue.Queue[Frame] = queue.Queue()
        self._raw: queue.Queue[_RawBlock] = queue.Queue()
        self._stream: sd.InputStream | None = None
        self._worker: threading.Thread | None = None
        self._stopping = threading.Event()  # stop() was asked: a stream ending is no failure
        self._closed = threading.Event()  # the stream is closed: no more callbacks will come
        self._stream_finished = threading.Event()
        self._lock = threading.Lock()
        self._error: MicrophoneError | None = None
        self.device: InputDevice | None = None
        self.device_rate: int = SAMPLE_RATE

    # -- public API ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while the stream is open and healthy."""
        return self._stream is not None and self._error is None and not self._stopping.is_set()

    @property
    def error(self) -> MicrophoneError | None:
        """Why the device stopped mid-stream, or None."""
        return self._error

    def start(self, device: int | str | None = None) -> InputDevice:
        """Open ``device`` (index, name or part of a name; None: the default input) and record.

        Raises :class:`MicrophoneError` when there is no such device or it cannot be opened.
        Frames still queued from an earlier run are kept.
        """
        with self._lock:
            if self._stream is not None:
                raise RuntimeError("the microphone is already started; stop() it first")
            chosen = self._choose(device)
            try:
                self._open(chosen)
            except sd.PortAudioError as first:
                if not self._auto_rescan:
                    raise self._open_error(chosen, first) from first
                rescan_devices()  # a stale device list is the usual cause (device re-plugged)
                chosen = self._choose(device, rescan=False)
                try:
                    self._open(chosen)
                except sd.PortAudioError as second:
                    raise self._open_error(chosen, second) from second
            return chosen

    def stop(self) -> None:
        """Stop recording; frames already captured stay available to :meth:`get`."""
        with self._lock:
            self._stopping.set()
            stream, self._stream = self._stream, None
            if stream is not None:
                with contextlib.suppress(sd.PortAudioError):
                    stream.stop()
                with contextlib.suppress(sd.PortAudioError):
                    stream.close()
            self._closed.set()
            worker, self._worker = self._worker, None
            if worker is not None and worker is not threading.current_thread():
                worker.join()

    def rescan(self) -> list[InputDevice]:
        """Stop this microphone if it runs, restart PortAudio, and list the inputs found now."""
        self.stop()
        rescan_devices()
        return list_input_devices()

    def get(self, timeout: float | None = None) -> Frame | None:
        """The next frame, waiting up to ``timeout`` seconds (None: forever); None if none came."""
        try:
            return self._frames.get(timeout=timeout)
        except queue.Empty:
            return None

    def frames(self, poll_s: float = 0.1) -> Iterator[Frame]:
        """Every frame in order, until the microphone stops (or fails) and the queue is empty."""
        while True:
            frame = self.get(timeout=poll_s)
            if frame is not None:
                yield frame
            elif not self._worker_alive():
                drained = self.get(timeout=0)
                if drained is None:
                    return
                yield drained

    def pending(self) -> int:
        """How many frames wait in the queue."""
        return self._frames.qsize()

    def clear(self) -> None:
        """Drop the frames waiting in the queue (e.g. what was heard before the call began)."""
        with contextlib.suppress(queue.Empty):
            while True:
                self._frames.get_nowait()

    def __enter__(self) -> Microphone:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- opening ------------------------------------------------------------------------------

    def _choose(self, wanted: int | str | None, *, rescan: bool = True) -> InputDevice:
        devices = list_input_devices()
        chosen = _find_device(devices, wanted)
        if chosen is None and rescan and self._auto_rescan:
            rescan_devices()  # maybe plugged in after start-up
            devices = list_input_devices()
            chosen = _find_device(devices, wanted)
        if chosen is not None:
            return chosen
        if not devices:
            raise MicrophoneError(NO_MICROPHONE)
        names = ", ".join(f"“{d.name}”" for d in devices)
        raise MicrophoneError(
            f"No microphone called “{wanted}”. The microphones found are {names}."
        )

    def _rate_for(self, device: InputDevice) -> int:
        if self._forced_rate is not None:
            return self._forced_rate
        try:
            sd.check_input_settings(
                device=device.index, channels=1, dtype="float32", samplerate=SAMPLE_RATE
            )
            return SAMPLE_RATE
        except sd.PortAudioError:
            return int(device.default_rate)

    def _open(self, device: InputDevice) -> None:
        rate = self._rate_for(device)
        blocksize = (
            FRAME_SAMPLES if rate == SAMPLE_RATE else round(FRAME_SAMPLES * rate / SAMPLE_RATE)
        )
        self._stopping.clear()
        self._closed.clear()
        self._stream_finished.clear()
        self._error = None
        self._raw = queue.Queue()
        stream = sd.InputStream(
            device=device.index,
            samplerate=rate,
            channels=1,
            dtype="float32",
            blocksize=blocksize,
            callback=self._callback,
            finished_callback=self._stream_finished.set,
        )
        try:
            stream.start()
        except sd.PortAudioError:
            with contextlib.suppress(sd.PortAudioError):
                stream.close()
            raise
        self.device = device
        self.device_rate = rate
        self._stream = stream
        resample = _Resampler(rate) if rate != SAMPLE_RATE else None
        self._worker = threading.Thread(
            target=self._work, args=(self._raw, stream, resample), name="microphone", daemon=True
        )
        self._worker.start()

    @staticmethod
    def _open_error(device: InputDevice, exc: sd.PortAudioError) -> MicrophoneError:
        return MicrophoneError(
            f"The microphone “{device.name}” could not be opened ({exc}). Check that it is "
            "plugged in and not in use by another program, or choose another microphone."
        )

    # -- real-time callback: copy and go ---------------------------------------------------------

    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        self._raw.put_nowait(
            (
                indata[:, 0].copy(),
                time.monotonic(),
                time_info.inputBufferAdcTime,
                time_info.currentTime,
            )
        )

    # -- worker: date, resample, cut into frames, watch the device ------------------------------

    def _work(
        self,
        raw: queue.Queue[_RawBlock],
        stream: sd.InputStream,
        resample: _Resampler | None,
    ) -> None:
        pending = np.zeros(0, np.float32)
        pending_t: float | None = None  # capture time of pending[0]
        expected_t: float | None = None  # where the previous block's timeline says this one starts
        last_block = time.monotonic()
        rate = self.device_rate
        while True:
            try:
                samples, t_callback, t_adc, t_now = raw.get(timeout=0.1)
            except queue.Empty:
                if self._stopping.is_set():
                    if self._closed.is_set():
                        break
                    continue
                lost = self._stream_finished.is_set() or not stream.active
                stalled = time.monotonic() - last_block > self._stall_timeout_s
                if lost or stalled:
                    self._fail()
                    break
                continue
            last_block = time.monotonic()
            t_block = self._capture_time(samples, rate, t_callback, t_adc, t_now)
            if expected_t is not None and abs(t_block - expected_t) < 0.05:
                t_block = expected_t  # keep a smooth timeline; re-anchor only after a real gap
            expected_t = t_block + len(samples) / rate
            if resample is not None:
                samples = resample(samples)
                # the filter delays its output a little; the timeline follows the input
            if pending_t is None or not len(pending):
                pending_t = t_block
            pending = np.concatenate([pending, samples]) if len(pending) else samples
            while len(pending) >= FRAME_SAMPLES:
                self._frames.put(Frame(np.ascontiguousarray(pending[:FRAME_SAMPLES]), pending_t))
                pending = pending[FRAME_SAMPLES:]
                pending_t += FRAME_SAMPLES / SAMPLE_RATE
        # drain what the callback queued before the stream ended, then flush the last partial
        # frame (padded with silence) so nothing heard is lost
        while True:
            try:
                samples, *_ = raw.get_nowait()
            except queue.Empty:
                break
            pending = np.concatenate([pending, resample(samples) if resample else samples])
        if resample is not None:
            pending = np.concatenate([pending, resample(None)])
        t = pending_t if pending_t is not None else time.monotonic()
        while len(pending):
            chunk = pending[:FRAME_SAMPLES]
            frame = np.zeros(FRAME_SAMPLES, np.float32)
            frame[: len(chunk)] = chunk
            self._frames.put(Frame(frame, t))
            pending = pending[FRAME_SAMPLES:]
            t += FRAME_SAMPLES / SAMPLE_RATE

    @staticmethod
    def _capture_time(
        samples: np.ndarray, rate: int, t_callback: float, t_adc: float, t_now: float
    ) -> float:
        """Monotonic time of the block's first sample: PortAudio's ADC time when it has one."""
        if t_adc > 0 and t_now > 0 and 0 <= t_now - t_adc < 1.0:
            return t_callback - (t_now - t_adc)
        return t_callback - len(samples) / rate

    def _fail(self) -> None:
        name = self.device.name if self.device else "The microphone"
        self._error = MicrophoneError(
            f"The microphone “{name}” stopped sending sound (was it unplugged?). Nothing heard "
            "so far is lost: plug it back in or choose another microphone to go on."
        )
        stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(sd.PortAudioError):
                stream.abort()
            with contextlib.suppress(sd.PortAudioError):
                stream.close()
        if self._on_error is not None:
            self._on_error(self._error)

    def _worker_alive(self) -> bool:
        worker = self._worker
        return worker is not None and worker.is_alive()
