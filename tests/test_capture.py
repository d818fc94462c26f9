"""The microphone on a real sound server: PortAudio -> ALSA pulse plugin -> PulseAudio null sink.

What is played into ``hotseat_mic`` (with ``paplay``) must come out of :class:`Microphone` as the
same sound (checked by correlation and level), in 512-sample frames on a smooth timeline. Missing
devices, devices that appear later and devices that vanish mid-stream are exercised for real:
a subprocess pointed at no server, a server socket that appears while the process runs, and a
server connection that is cut while recording.
"""

from __future__ import annotations

import glob
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from faster_whisper import decode_audio

from audio.capture import (
    FRAME_SAMPLES,
    NO_MICROPHONE,
    Frame,
    Microphone,
    MicrophoneError,
    list_input_devices,
)
from tests.sound_server import SoundServer

ROOT = Path(__file__).resolve().parents[1]
RATE = 16_000
_HANG_GUARD_S = 60  # only against a hung stream; nothing here asserts on speed
LINE = "Thank you for waiting. I have found your parcel, and it will be with you tomorrow."


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, np.ndarray]:
    """An espeak-ng line as a 16 kHz 16-bit wav (what paplay plays) and its samples."""
    folder = tmp_path_factory.mktemp("capture")
    raw = folder / "raw.wav"
    subprocess.run(["espeak-ng", "-w", str(raw), LINE], check=True)
    samples = decode_audio(str(raw), sampling_rate=RATE)
    wav = folder / "line.wav"
    sf.write(str(wav), samples, RATE, subtype="PCM_16")
    return wav, sf.read(str(wav), dtype="float32")[0]


def dbfs(samples: np.ndarray) -> float:
    return 10 * np.log10(np.mean(np.square(samples, dtype=np.float64)) + 1e-12)


def best_alignment(captured: np.ndarray, source: np.ndarray) -> tuple[int, float]:
    """Lag of ``source`` inside ``captured`` and the normalised correlation there."""
    size = 1 << int(np.ceil(np.log2(len(captured) + len(source))))
    spectrum = np.fft.rfft(captured, size) * np.conj(np.fft.rfft(source, size))
    lag = int(np.argmax(np.fft.irfft(spectrum, size)[: len(captured)]))
    segment = captured[lag : lag + len(source)]
    reference = source[: len(segment)]
    score = float(
        np.dot(segment, reference) / (np.linalg.norm(segment) * np.linalg.norm(reference))
    )
    return lag, score


def record_while_playing(mic: Microphone, wav: Path, mic_sink: str) -> tuple[list[Frame], float]:
    """Wait for the microphone to run, play ``wav`` into the virtual mic, collect every frame."""
    frames: list[Frame] = []
    first = mic.get(timeout=_HANG_GUARD_S)
    assert first is not None, "the microphone delivered nothing"
    frames.append(first)
    t_play = time.monotonic()
    player = subprocess.Popen(["paplay", "-d", mic_sink, str(wav)])
    while player.poll() is None:
        frame = mic.get(timeout=0.1)
        if frame is not None:
            frames.append(frame)
    assert player.returncode == 0
    settle = mic.get(timeout=_HANG_GUARD_S)
    end = settle.t + 0.5 if settle else 0.0
    while settle is not None and settle.t < end:  # the capture path lags the player a little
        frames.append(settle)
        settle = mic.get(timeout=_HANG_GUARD_S)
    mic.stop()
    frames += list(mic.frames())
    return frames, t_play


@pytest.mark.parametrize("device_rate", [None, 48_000, 44_100])
def test_the_microphone_hears_what_is_played_into_it(
    sound_server: SoundServer, spoken: tuple[Path, np.ndarray], device_rate: int | None
) -> None:
    """16 kHz directly, and devices opened at 48 / 44.1 kHz, resampled in the worker."""
    wav, source = spoken
    mic = Microphone(device_rate=device_rate)
    device = mic.start()
    assert device.is_default and mic.device_rate == (device_rate or RATE)
    frames, t_play = record_while_playing(mic, wav, sound_server.mic)
    assert all(
        f.samples.shape == (FRAME_SAMPLES,) and f.samples.dtype == np.float32 for f in frames
    )
    steps = np.diff([f.t for f in frames])
    assert (steps > 0).all() and np.median(steps) == pytest.approx(FRAME_SAMPLES / RATE)
    captured = np.concatenate([f.samples for f in frames])
    lag, score = best_alignment(captured, source)
    assert score > 0.9, f"correlation {score:.3f}"
    heard = captured[lag : lag + len(source)]
    assert dbfs(heard) == pytest.approx(dbfs(source), abs=1.5)
    # the sound cannot be dated before it was played
    onset = next(i for i, f in enumerate(frames) if dbfs(f.samples) > dbfs(source) - 20)
    assert frames[onset].t > t_play - 0.1


def test_devices_are_listed_with_the_default(sound_server: SoundServer) -> None:
    devices = list_input_devices()
    assert devices and sum(d.is_default for d in devices) == 1
    assert all(d.channels > 0 and d.default_rate > 0 for d in devices)


def test_an_unknown_device_name_is_a_plain_error(sound_server: SoundServer) -> None:
    with pytest.raises(MicrophoneError, match="No microphone called “no-such-headset”") as caught:
        Microphone().start("no-such-headset")
    assert "default" in str(caught.value)  # it says which microphones there are


def test_a_vanished_device_is_reported_and_nothing_heard_is_lost(
    sound_server: SoundServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Cut the server connection mid-stream: a second server socket the test then removes."""
    socket = sound_server.base_dir / "pulse" / f"vanishing-{os.getpid()}"
    module = sound_server.pactl(
        "load-module", "module-native-protocol-unix", "auth-anonymous=1", f"socket={socket}"
    ).strip()
    monkeypatch.setenv("PULSE_SERVER", f"unix:{socket}")
    errors: list[MicrophoneError] = []
    mic = Microphone(on_error=errors.append)
    try:
        mic.start()
        heard = [mic.get(timeout=_HANG_GUARD_S) for _ in range(20)]  # 0.64 s recorded
        assert all(frame is not None for frame in heard)
        waiting = mic.pending()
        sound_server.pactl("unload-module", module)
        module = ""
        deadline = time.monotonic() + _HANG_GUARD_S
        while not errors and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(errors) == 1 and mic.error is errors[0] and not mic.running
        assert "stopped sending sound" in str(errors[0]) and "Traceback" not in str(errors[0])
        kept = list(mic.frames())
        assert len(kept) >= waiting  # everything captured before the loss is still there
        times = [f.t for f in heard + kept]
        assert times == sorted(times)
    finally:
        mic.stop()
        if module:
            sound_server.pactl("unload-module", module)


_NO_DEVICE_SCRIPT = """
    import sys
    from audio.capture import Microphone, MicrophoneError, list_input_devices
    print(len(list_input_devices()), flush=True)
    try:
        Microphone().start()
    except MicrophoneError as error:
        print(error, flush=True)
        sys.exit(3)
    print("opened", flush=True)
"""

_PLUGGED_LATER_SCRIPT = """
    import sys
    from audio.capture import Microphone, MicrophoneError, list_input_devices
    print(len(list_input_devices()), flush=True)
    sys.stdin.readline()  # the test "plugs the headset in"
    mic = Microphone()
    device = mic.start()
    frame = mic.get(timeout=60)
    mic.stop()
    print("heard" if frame is not None else "silent", device.name, flush=True)
"""


def _python(script: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _without_server(sound_server: SoundServer, socket: Path) -> dict[str, str]:
    """The test server's client settings (no autospawn, ALSA routed to PulseAudio), but with
    PULSE_SERVER at a socket that does not exist: a machine with no microphone at all."""
    return sound_server.client_env({**os.environ, "PULSE_SERVER": f"unix:{socket}"}) | {
        "PULSE_SERVER": f"unix:{socket}",
        "PYTHONPATH": str(ROOT),
    }


@pytest.fixture
def no_sound_card() -> None:
    if glob.glob("/dev/snd/pcmC*D*c"):
        pytest.skip("this machine has a real capture device, so 'no microphone' cannot be staged")


@pytest.mark.usefixtures("no_sound_card")
def test_no_microphone_is_a_plain_message(sound_server: SoundServer, tmp_path: Path) -> None:
    process = _python(_NO_DEVICE_SCRIPT, _without_server(sound_server, tmp_path / "none"))
    out, err = process.communicate(timeout=_HANG_GUARD_S)
    assert process.returncode == 3, err
    assert out.splitlines() == ["0", NO_MICROPHONE]
    assert "Traceback" not in err


@pytest.mark.usefixtures("no_sound_card")
def test_a_microphone_plugged_in_later_is_found(sound_server: SoundServer, tmp_path: Path) -> None:
    """PortAudio lists devices once; the microphone rescans when the default input is missing."""
    later = tmp_path / "later"
    process = _python(_PLUGGED_LATER_SCRIPT, _without_server(sound_server, later))
    assert process.stdout is not None and process.stdin is not None
    assert process.stdout.readline().strip() == "0"  # nothing there at start-up
    real_socket = sound_server.env["PULSE_SERVER"].removeprefix("unix:")
    later.symlink_to(real_socket)  # the "headset" is plugged in
    process.stdin.write("\n")
    process.stdin.flush()
    out, err = process.communicate(timeout=_HANG_GUARD_S)
    assert process.returncode == 0, err
    assert out.split()[0] == "heard", out
