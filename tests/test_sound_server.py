"""The virtual sound card works: PortAudio in a fresh process plays to it and records from it.

These are the guarantees the voice end-to-end tests build on: the app's default output lands on
``hotseat_speaker`` (heard on its monitor), and what is played into ``hotseat_mic`` is the app's
default input. Checked by level, pitch and correlation of the audio itself, never by timing.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.sound_server import MIC_MONITOR, SPEAKER, SoundServer
from tests.virtual_trainee import (
    RATE,
    OpenSpeakerLeak,
    SourceRecorder,
    VirtualTrainee,
    dbfs,
    play_into_mic,
)

# Until tests/conftest.py registers the plugin for the whole suite, this module does (same name:
# pytest registers it once either way).

# Guards against a hung stream only; nothing here asserts on speed.
_HANG_GUARD_S = 60


def _run_python(code: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,  # type: ignore[arg-type]
    )


def _loud_part(samples: np.ndarray, threshold_dbfs: float = -40.0) -> np.ndarray:
    frames = samples[: len(samples) // 320 * 320].reshape(-1, 320)
    loud = np.flatnonzero([dbfs(frame) > threshold_dbfs for frame in frames])
    if loud.size == 0:
        return np.zeros(0, np.float32)
    return frames[loud[0] : loud[-1] + 1].reshape(-1)


def _record_until_quiet_after_loud(recorder: SourceRecorder, quiet_s: float = 0.3) -> np.ndarray:
    """Keep recording until the sound has come and gone (the capture path lags the player)."""
    done = threading.Event()
    quiet_needed = int(quiet_s * RATE)

    def check() -> None:
        samples = recorder.samples()
        loud = _loud_part(samples)
        if loud.size and len(samples) - _end_of_loud(samples) >= quiet_needed:
            done.set()
        else:
            timer = threading.Timer(0.05, check)
            timer.daemon = True
            timer.start()

    check()
    assert done.wait(_HANG_GUARD_S), "the sound never arrived on the speaker monitor"
    return recorder.samples()


def _end_of_loud(samples: np.ndarray, threshold_dbfs: float = -40.0) -> int:
    frames = samples[: len(samples) // 320 * 320].reshape(-1, 320)
    loud = np.flatnonzero([dbfs(frame) > threshold_dbfs for frame in frames])
    return int((loud[-1] + 1) * 320) if loud.size else 0


def _dominant_hz(samples: np.ndarray, rate: int = RATE) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[np.argmax(spectrum)])


def _best_alignment(reference: np.ndarray, recorded: np.ndarray) -> tuple[int, float]:
    """Lag of ``reference`` inside ``recorded`` and the correlation coefficient there."""
    n = len(reference) + len(recorded)
    size = 1 << (n - 1).bit_length()
    xcorr = np.fft.irfft(np.fft.rfft(recorded, size) * np.conj(np.fft.rfft(reference, size)), size)
    lag = int(np.argmax(xcorr[: len(recorded)]))
    segment = recorded[lag : lag + len(reference)]
    ref = reference[: len(segment)]
    return lag, float(np.corrcoef(ref, segment)[0, 1])


def _pieces_heard(reference: np.ndarray, recorded: np.ndarray, piece_s: float = 0.2) -> np.ndarray:
    """Correlation of each 200 ms piece of ``reference`` at its best place in ``recorded``.

    Piece by piece, so a scheduling hiccup on a loaded machine (a few ms of gap that shifts the
    rest) does not hide that the audio itself arrived intact.
    """
    size = int(piece_s * RATE)
    return np.array(
        [
            _best_alignment(reference[start : start + size], recorded)[1]
            for start in range(0, len(reference) - size + 1, size)
        ]
    )


def _speechlike(seconds: float, seed: int = 3) -> np.ndarray:
    """Noise bursts with a pitch glide: broadband like speech, unambiguous to correlate."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * RATE)) / RATE
    glide = np.sin(2 * np.pi * (150 * t + 200 * t**2))
    noise = np.convolve(rng.standard_normal(len(t)), np.ones(4) / 4, mode="same")
    envelope = (np.sin(2 * np.pi * 3 * t) > -0.3).astype(float)
    return (0.25 * (glide + noise) * envelope).astype(np.float32)


def test_server_has_both_devices_as_defaults(sound_server: SoundServer) -> None:
    info = sound_server.pactl("info")
    assert f"Default Sink: {SPEAKER}" in info
    assert f"Default Source: {MIC_MONITOR}" in info
    assert sound_server.startup_s > 0


def test_portaudio_default_output_reaches_speaker_monitor(sound_server: SoundServer) -> None:
    player = """
        import numpy as np, sounddevice as sd
        rate = 48000
        t = np.arange(rate) / rate
        tone = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
        print(sd.query_devices(kind="output")["name"], flush=True)
        with sd.OutputStream(samplerate=rate, channels=1, dtype="float32") as stream:
            stream.write(tone)
            stream.write(np.zeros(rate // 4, np.float32))
    """
    with SourceRecorder() as recorder:
        process = _run_python(player)
        out, err = process.communicate(timeout=_HANG_GUARD_S)
        assert process.returncode == 0, err
        heard = _record_until_quiet_after_loud(recorder)

    assert out.strip() == "default"
    tone = _loud_part(heard)
    assert abs(len(tone) / RATE - 1.0) < 0.1  # one second of tone, by its samples
    assert abs(dbfs(tone) - dbfs(np.full(1, 0.5 / np.sqrt(2)))) < 1.5  # about -9 dBFS
    assert abs(_dominant_hz(tone) - 440) < 5


def test_file_played_into_mic_is_portaudio_default_input(
    sound_server: SoundServer, tmp_path: Path
) -> None:
    source = tmp_path / "reply.flac"
    sf.write(source, _speechlike(1.0), RATE)
    capture_file = tmp_path / "captured.npy"
    recorder_code = f"""
        import queue, sys
        import numpy as np, sounddevice as sd
        blocks = queue.Queue()
        problems = []
        def callback(indata, frames, time, status):
            if status:
                problems.append(str(status))
            blocks.put(indata[:, 0].copy())
        with sd.InputStream(
            samplerate={RATE}, channels=1, dtype="float32", latency="high", callback=callback
        ):
            first = blocks.get()  # the stream is live: whatever is played from now on is heard
            print("ready", flush=True)
            sys.stdin.readline()
        chunks = [first]
        while not blocks.empty():
            chunks.append(blocks.get())
        np.save({str(capture_file)!r}, np.concatenate(chunks))
        print(problems, file=sys.stderr)
    """
    process = _run_python(recorder_code, stdin=subprocess.PIPE)
    assert process.stdout is not None and process.stdin is not None
    assert process.stdout.readline().strip() == "ready", process.stderr.read()  # type: ignore[union-attr]
    reference = sf.read(source, dtype="float32")[0]
    play_into_mic(source)
    # Trailing silence paces the stop: the capture path lags the player by its buffer.
    play_into_mic(np.zeros(RATE // 2, np.float32))
    process.stdin.write("stop\n")
    process.stdin.flush()
    _, err = process.communicate(timeout=_HANG_GUARD_S)
    assert process.returncode == 0, err

    captured = np.load(capture_file)
    pieces = _pieces_heard(reference, captured)
    assert np.median(pieces) > 0.95, f"{pieces.round(2)}; stream problems: {err.strip()}"
    assert pieces[-1] > 0.8, "the end of the file was not captured"
    assert abs(dbfs(_loud_part(captured)) - dbfs(_loud_part(reference))) < 1.0


def test_open_speaker_leak_reaches_the_mic_20_db_quieter(sound_server: SoundServer) -> None:
    burst = _speechlike(1.0, seed=5)
    with OpenSpeakerLeak(gain_db=-20, delay_ms=80), SourceRecorder(MIC_MONITOR) as mic:
        with SourceRecorder() as speaker:
            play_into_mic(burst, sink=SPEAKER)
            play_into_mic(np.zeros(RATE // 2, np.float32), sink=SPEAKER)
            said = _record_until_quiet_after_loud(speaker)
        leaked = _record_until_quiet_after_loud(mic, quiet_s=0.2)

    assert np.median(_pieces_heard(burst, leaked)) > 0.9
    gain = dbfs(_loud_part(leaked, -60)) - dbfs(_loud_part(said))
    assert -23 < gain < -17


@pytest.mark.parametrize("interrupt", [False, True], ids=["waits", "interrupts"])
def test_virtual_trainee_takes_its_turn(sound_server: SoundServer, interrupt: bool) -> None:
    persona = _speechlike(1.2, seed=7)  # then silence: nothing else plays on the speaker
    reply = _speechlike(0.4, seed=8)
    with (
        SourceRecorder(MIC_MONITOR) as mic,
        VirtualTrainee([reply], interrupt=interrupt) as trainee,
    ):
        play_into_mic(persona, sink=SPEAKER)
        assert trainee.finished.wait(_HANG_GUARD_S)
        assert trainee.wait_for(lambda t: t.persona_turns == 1, _HANG_GUARD_S)
        heard_reply = _record_until_quiet_after_loud(mic, quiet_s=0.1)

    kinds = [event.kind for event in trainee.events]
    assert kinds[0] == "persona_started"
    assert kinds.count("reply_started") == 1
    if interrupt:
        assert kinds.index("reply_started") < kinds.index("persona_stopped")
    else:
        assert kinds.index("persona_stopped") < kinds.index("reply_started")
    assert np.median(_pieces_heard(reply, heard_reply)) > 0.95


def test_silent_trainee_only_listens(sound_server: SoundServer) -> None:
    persona = _speechlike(0.6, seed=9)
    with VirtualTrainee([_speechlike(0.3)], say_nothing=True) as trainee:
        play_into_mic(persona, sink=SPEAKER)
        assert trainee.wait_for(lambda t: t.persona_turns == 1, _HANG_GUARD_S)
    assert trainee.replies_played == 0
