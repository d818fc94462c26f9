"""A virtual trainee for end-to-end voice tests: it hears the app's speaker and talks into its mic.

Everything goes through the test sound server (``tests/sound_server.py``; request the
``sound_server`` fixture first so ``os.environ`` points at it), with PulseAudio's own command-line
clients, so the helpers never share PortAudio with the app under test:

- :class:`SourceRecorder` / :func:`record_speaker`: capture ``hotseat_speaker.monitor`` (what the
  app played) with ``parec``;
- :func:`play_into_mic`: play a file or samples into ``hotseat_mic`` with ``pacat``; the app hears
  it on its default input;
- :class:`VirtualTrainee`: a thread that waits for the persona to speak and fall silent, then
  answers with its next recorded reply, optionally interrupting, staying silent, or with the
  speaker leaking into the microphone as in a room with open speakers.

All audio here is float32 mono at :data:`RATE` (16 kHz), the rate of the recorded replies.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from tests.sound_server import MIC, SPEAKER_MONITOR

RATE = 16_000
FRAME = 320  # 20 ms analysis frames
# Spoken tests run with customers at 1.4x their scripted rate (the trainee's own pace setting):
# the same code path, a third less waiting for the persona to finish its lines.
TEST_PACE = 1.4
_BYTES_PER_SAMPLE = 4  # float32le

Audio = str | Path | np.ndarray


def load_audio(audio: Audio) -> np.ndarray:
    """A file (any format libsndfile reads, at 16 kHz) or samples, as float32 mono at 16 kHz."""
    if isinstance(audio, np.ndarray):
        samples = audio.astype(np.float32, copy=False)
    else:
        samples, rate = sf.read(str(audio), dtype="float32", always_2d=True)
        if rate != RATE:
            raise ValueError(f"{audio} is at {rate} Hz; the virtual trainee plays 16 kHz audio")
        samples = samples.mean(axis=1)
    if samples.ndim != 1:
        samples = samples.reshape(len(samples), -1).mean(axis=1)
    return np.ascontiguousarray(samples, dtype=np.float32)


def dbfs(samples: np.ndarray) -> float:
    """RMS level in dB relative to full scale (-120 for digital silence)."""
    if samples.size == 0:
        return -120.0
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return max(-120.0, 20.0 * np.log10(rms + 1e-12))


class SourceRecorder:
    """Records a PulseAudio source (by default the app's speaker monitor) in the background.

    ``parec`` streams raw float32 to a reader thread; :meth:`samples` is a snapshot so far and
    :meth:`stop` returns everything. ``on_frame`` (if given) is called from the reader thread with
    each 20 ms frame, which is how :class:`VirtualTrainee` listens.
    """

    def __init__(
        self,
        source: str = SPEAKER_MONITOR,
        on_frame: Callable[[np.ndarray], None] | None = None,
    ) -> None:
        self.source = source
        self._on_frame = on_frame
        self._chunks: list[np.ndarray] = []
        self._lock = threading.Lock()
        self._receiving = threading.Event()
        self._process: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> SourceRecorder:
        self._process = subprocess.Popen(
            [
                "parec",
                f"--device={self.source}",
                "--raw",
                "--format=float32le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=20",
                "--client-name=hotseat-test-recorder",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(os.environ),
        )
        self._thread = threading.Thread(target=self._read, name="speaker-recorder", daemon=True)
        self._thread.start()
        return self

    def _read(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        stream = self._process.stdout
        while True:
            data = stream.read(FRAME * _BYTES_PER_SAMPLE)
            if not data:
                return
            usable = len(data) - len(data) % _BYTES_PER_SAMPLE
            frame = np.frombuffer(data[:usable], dtype="<f4").copy()
            with self._lock:
                self._chunks.append(frame)
            self._receiving.set()
            if self._on_frame is not None:
                self._on_frame(frame)

    def wait_receiving(self, timeout: float = 10.0) -> None:
        """Block until audio (even silence) arrives, so nothing played after this is missed."""
        if not self._receiving.wait(timeout):
            err = b""
            if self._process is not None and self._process.poll() is not None:
                err = self._process.stderr.read() if self._process.stderr else b""
            raise RuntimeError(
                f"parec delivered no audio from {self.source}: {err.decode(errors='replace')}"
            )

    def samples(self) -> np.ndarray:
        with self._lock:
            return np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.float32)

    def stop(self) -> np.ndarray:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            self._process.wait()
        if self._thread is not None:
            self._thread.join()
        return self.samples()

    def __enter__(self) -> SourceRecorder:
        self.start()
        self.wait_receiving()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def record_speaker(seconds: float, source: str = SPEAKER_MONITOR) -> np.ndarray:
    """Record ``seconds`` of what the app plays (16 kHz mono float32), blocking meanwhile."""
    wanted = round(seconds * RATE)
    done = threading.Event()
    got = [0]

    def count(frame: np.ndarray) -> None:
        got[0] += len(frame)
        if got[0] >= wanted:
            done.set()

    recorder = SourceRecorder(source, on_frame=count)
    recorder.start()
    try:
        recorder.wait_receiving()
        done.wait()
    finally:
        samples = recorder.stop()
    return samples[:wanted]


def play_into_mic(audio: Audio, *, wait: bool = True, sink: str = MIC) -> subprocess.Popen[bytes]:
    """Play a 16 kHz file or samples into the virtual microphone with ``pacat``.

    With ``wait`` (default) it returns once the server has played it all (pacat drains before it
    exits); otherwise it returns the running process (terminate it to cut the audio short).
    """
    samples = load_audio(audio)
    process = subprocess.Popen(
        [
            "pacat",
            "--playback",
            f"--device={sink}",
            "--raw",
            "--format=float32le",
            f"--rate={RATE}",
            "--channels=1",
            "--latency-msec=500",  # roomy: a loaded CI machine must not cut gaps into replies
            "--client-name=hotseat-test-trainee",
        ],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
    )
    data = samples.astype("<f4").tobytes()

    def feed() -> None:
        assert process.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            process.stdin.write(data)
            process.stdin.close()

    if wait:
        feed()
        process.wait()
        if process.returncode != 0:
            err = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise RuntimeError(f"pacat could not play into {sink}: {err.strip()}")
    else:
        threading.Thread(target=feed, name="mic-feeder", daemon=True).start()
    return process


@dataclass(frozen=True)
class TraineeEvent:
    """Something the virtual trainee heard or did, ``t`` seconds after it started listening."""

    t: float
    kind: str  # persona_started | persona_stopped | reply_started | reply_finished
    reply: int | None = None  # index of the reply, for reply_* events


class OpenSpeakerLeak:
    """The app's speaker leaking into its microphone, quieter and delayed, as in a room.

    A PulseAudio ``module-loopback`` from the speaker monitor into the mic sink, at ``gain_db``
    (default -20 dB) and about ``delay_ms`` late. Use as a context manager.
    """

    def __init__(self, gain_db: float = -20.0, delay_ms: int = 80) -> None:
        self.gain_db = gain_db
        self.delay_ms = delay_ms
        self._module: str | None = None

    def __enter__(self) -> OpenSpeakerLeak:
        self._module = _pactl(
            "load-module",
            "module-loopback",
            f"source={SPEAKER_MONITOR}",
            f"sink={MIC}",
            f"latency_msec={self.delay_ms}",
            "source_dont_move=true",
            "sink_dont_move=true",
            "sink_input_properties=media.name=hotseat-open-speaker-leak",
        ).strip()
        linear = 10.0 ** (self.gain_db / 20.0)  # pactl converts a linear factor to its scale
        inputs = json.loads(_pactl("--format=json", "list", "sink-inputs"))
        mine = [str(item["index"]) for item in inputs if str(item["owner_module"]) == self._module]
        if not mine:
            self.__exit__(None, None, None)
            raise RuntimeError("module-loopback created no stream to set the leak's level on")
        for index in mine:
            _pactl("set-sink-input-volume", index, f"{linear:.4f}")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._module is not None:
            with contextlib.suppress(RuntimeError):
                _pactl("unload-module", self._module)
            self._module = None


def _pactl(*args: str) -> str:
    result = subprocess.run(
        ["pactl", *args], capture_output=True, text=True, env=dict(os.environ), check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"pactl {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


class VirtualTrainee:
    """Answers the persona with recorded replies, taking turns by ear.

    It listens to the speaker monitor in 20 ms frames. The persona has *started* a turn after
    ``min_speech_ms`` of frames louder than ``threshold_dbfs``, and *stopped* after ``silence_ms``
    of quieter frames. On a stop it plays its next reply into the mic (one reply per persona turn).

    - ``interrupt``: True, or the indices of the replies to say while the persona is still
      speaking; such a reply starts ``interrupt_after_s`` after the persona's turn started.
    - ``say_nothing``: only listen (the silence test).
    - ``open_speaker_leak``: the persona's voice also reaches the mic, -20 dB and ~80 ms late.

    ``events`` records what happened; ``finished`` is set once every reply has been played.
    """

    def __init__(
        self,
        replies: Sequence[Audio],
        *,
        interrupt: bool | Iterable[int] = False,
        say_nothing: bool = False,
        open_speaker_leak: bool = False,
        leak_gain_db: float = -20.0,
        leak_delay_ms: int = 80,
        silence_ms: int = 700,
        min_speech_ms: int = 100,
        threshold_dbfs: float = -45.0,
        interrupt_after_s: float = 0.5,
    ) -> None:
        self.replies = [load_audio(reply) for reply in replies]
        if interrupt is True:
            self._interrupt = set(range(len(self.replies)))
        elif interrupt is False:
            self._interrupt = set()
        else:
            self._interrupt = set(interrupt)
        self.say_nothing = say_nothing
        self.threshold_dbfs = threshold_dbfs
        self._silence_frames = max(1, round(silence_ms / 20))
        self._speech_frames = max(1, round(min_speech_ms / 20))
        self._interrupt_frames = max(1, round(interrupt_after_s * 1000 / 20))
        self._leak = OpenSpeakerLeak(leak_gain_db, leak_delay_ms) if open_speaker_leak else None

        self.events: list[TraineeEvent] = []
        self.finished = threading.Event()
        self._next_reply = 0
        self._persona_speaking = False
        self._loud_run = 0
        self._quiet_run = 0
        self._turn_frames = 0
        self._replied_this_turn = False
        self._frames_seen = 0
        self._playing: subprocess.Popen[bytes] | None = None
        self._player_busy = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._recorder = SourceRecorder(SPEAKER_MONITOR, on_frame=self._on_frame)

    # -- life cycle ------------------------------------------------------------------------------

    def start(self) -> VirtualTrainee:
        """Start listening (and leaking, if asked); returns once the speaker is being heard."""
        if self._leak is not None:
            self._leak.__enter__()
        self._recorder.start()
        self._recorder.wait_receiving()
        return self

    def stop(self) -> np.ndarray:
        """Stop listening and talking; returns everything heard on the speaker."""
        self._stop.set()
        with self._lock:
            playing = self._playing
        if playing is not None and playing.poll() is None:
            playing.terminate()
        heard = self._recorder.stop()
        if self._leak is not None:
            self._leak.__exit__(None, None, None)
        return heard

    def __enter__(self) -> VirtualTrainee:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what happened ---------------------------------------------------------------------------

    @property
    def replies_played(self) -> int:
        return sum(1 for event in self.events if event.kind == "reply_finished")

    @property
    def persona_turns(self) -> int:
        """Persona turns that have ended (the persona fell silent)."""
        return sum(1 for event in self.events if event.kind == "persona_stopped")

    def speaker_audio(self) -> np.ndarray:
        """What the speaker played so far (16 kHz mono)."""
        return self._recorder.samples()

    def wait_for(
        self, predicate: Callable[[VirtualTrainee], bool], timeout: float | None = None
    ) -> bool:
        """Wait until ``predicate(self)`` is true (re-checked on every event); False on timeout.

        The timeout only stops a broken run from hanging; it is no assertion about speed.
        """
        with self._changed:
            return self._changed.wait_for(lambda: predicate(self), timeout)

    # -- listening -------------------------------------------------------------------------------

    def _event(self, kind: str, reply: int | None = None) -> None:
        # Called with self._lock held.
        self.events.append(TraineeEvent(self._frames_seen * FRAME / RATE, kind, reply))
        self._changed.notify_all()

    def _on_frame(self, frame: np.ndarray) -> None:
        if self._stop.is_set():
            return
        loud = dbfs(frame) > self.threshold_dbfs
        with self._lock:
            self._frames_seen += 1
            if loud:
                self._loud_run += 1
                self._quiet_run = 0
            else:
                self._quiet_run += 1
                self._loud_run = 0
            if not self._persona_speaking:
                if self._loud_run >= self._speech_frames:
                    self._persona_speaking = True
                    self._turn_frames = self._loud_run
                    self._replied_this_turn = False
                    self._event("persona_started")
                return
            self._turn_frames += 1
            if self._quiet_run >= self._silence_frames:
                self._persona_speaking = False
                self._event("persona_stopped")
                if not self._replied_this_turn:
                    self._reply_locked(interrupting=False)
            elif (
                self._next_reply in self._interrupt
                and not self._replied_this_turn
                and self._turn_frames >= self._interrupt_frames
                and self._loud_run > 0
            ):
                self._reply_locked(interrupting=True)

    def _reply_locked(self, interrupting: bool) -> None:
        if self.say_nothing or self._player_busy.is_set():
            return
        if self._next_reply >= len(self.replies):
            return
        index = self._next_reply
        self._next_reply += 1
        self._replied_this_turn = True
        self._player_busy.set()
        threading.Thread(
            target=self._play, args=(index,), name="trainee-reply", daemon=True
        ).start()

    def _play(self, index: int) -> None:
        try:
            with self._lock:
                if self._stop.is_set():
                    return
                self._event("reply_started", index)
                self._playing = play_into_mic(self.replies[index], wait=False)
            self._playing.wait()
            with self._lock:
                self._playing = None
                self._event("reply_finished", index)
                if self._next_reply >= len(self.replies):
                    self.finished.set()
        finally:
            self._player_busy.clear()
            with self._lock:
                self._changed.notify_all()
