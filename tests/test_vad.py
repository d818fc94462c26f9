"""The streaming Silero VAD: real model, real speech, real silence and noise.

The frame-by-frame run must give exactly what faster-whisper's own batch run gives (so carrying
the LSTM state and the 64-sample context is right), be high on speech and low on everything else.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from faster_whisper import decode_audio
from faster_whisper.vad import SileroVADModel

from audio.vad import FRAME_SAMPLES, SileroVad, VadError, bundled_model_path

ROOT = Path(__file__).resolve().parents[1]
VOICE = ROOT / "tests" / "data" / "voice"
JFK_CANDIDATES = (
    ROOT / "tests" / "data" / "jfk.flac",
    ROOT.parent / "shared" / "fixtures" / "jfk.flac",
    Path("/work/shared/fixtures/jfk.flac"),
)
RATE = 16_000


def find_jfk() -> Path | None:
    return next((path for path in JFK_CANDIDATES if path.exists()), None)


@pytest.fixture(scope="module")
def jfk() -> np.ndarray:
    path = find_jfk()
    if path is None:
        pytest.skip("jfk.flac (faster-whisper's public-domain test clip) is not available")
    return decode_audio(str(path), sampling_rate=RATE)


@pytest.fixture(scope="module")
def espeak_line(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    wav = tmp_path_factory.mktemp("espeak") / "line.wav"
    text = "I understand, and I am sorry the engineer did not come. Let me book a new visit."
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(wav), text], check=True)
    return decode_audio(str(wav), sampling_rate=RATE)


@pytest.fixture(scope="module")
def vad() -> SileroVad:
    return SileroVad()


def probs(vad: SileroVad, audio: np.ndarray) -> np.ndarray:
    vad.reset()
    return vad.probs(np.asarray(audio, np.float32))


def test_the_bundled_model_is_faster_whispers() -> None:
    path = bundled_model_path()
    assert path.name.startswith("silero_vad") and path.suffix == ".onnx"
    assert path.parent.parent.name == "faster_whisper"


def test_frame_by_frame_equals_faster_whispers_batch_run(vad: SileroVad, jfk: np.ndarray) -> None:
    audio = jfk[: len(jfk) // FRAME_SAMPLES * FRAME_SAMPLES].copy()
    batch = SileroVADModel(str(bundled_model_path()))(audio.copy()).reshape(-1)
    streamed = probs(vad, audio)
    assert streamed.shape == batch.shape
    # faster-whisper zeroes the last frame's final 64 samples (in place: its context is a view
    # into the audio), so that one frame differs by design
    np.testing.assert_allclose(streamed[:-1], batch[:-1], atol=1e-5)


def test_speech_is_voiced(vad: SileroVad, jfk: np.ndarray) -> None:
    p = probs(vad, jfk)
    assert np.mean(p >= 0.5) > 0.6  # the clip is mostly speech with a few pauses
    # "And so, my fellow Americans": 0.5-2.0 s is continuous speech
    assert np.median(p[int(0.5 * RATE) // FRAME_SAMPLES : int(2.0 * RATE) // FRAME_SAMPLES]) > 0.7
    assert p[:5].max() < 0.5  # the clip opens with a breath of silence


def test_synthetic_speech_is_voiced(vad: SileroVad, espeak_line: np.ndarray) -> None:
    assert np.mean(probs(vad, espeak_line) >= 0.5) > 0.5


@pytest.mark.parametrize("name", ["good_01", "good_03", "rude_02"])
def test_recorded_replies_are_voiced(vad: SileroVad, name: str) -> None:
    path = VOICE / f"{name}.flac"
    if not path.exists():
        pytest.skip(f"{path} is not rendered")
    audio, rate = sf.read(str(path), dtype="float32")
    assert rate == RATE
    assert np.mean(probs(vad, audio) >= 0.5) > 0.5


def _noises() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    n = 5 * RATE
    brown = np.cumsum(rng.standard_normal(n))
    brown -= np.convolve(brown, np.ones(801) / 801, "same")
    noises = {
        "digital silence": np.zeros(n),
        "white noise -30 dBFS": rng.standard_normal(n) * 0.03,
        "white noise -10 dBFS": rng.standard_normal(n) * 0.3,
        "brown noise": brown / np.abs(brown).max() * 0.3,
        "mains hum": 0.2 * np.sin(2 * np.pi * 100 * np.arange(n) / RATE),
    }
    for name in ("silence_5s", "room_noise_5s"):
        path = VOICE / f"{name}.flac"
        if path.exists():
            noises[name] = sf.read(str(path), dtype="float32")[0]
    return {name: np.asarray(audio, np.float32) for name, audio in noises.items()}


@pytest.mark.parametrize("name", list(_noises()))
def test_silence_and_noise_are_not_voiced(vad: SileroVad, name: str) -> None:
    p = probs(vad, _noises()[name])
    assert p.max() < 0.5, f"{name}: a frame reached {p.max():.2f}"


def test_reset_forgets_the_state(vad: SileroVad, jfk: np.ndarray) -> None:
    first = probs(vad, jfk[: 2 * RATE])
    vad.probs(jfk[2 * RATE : 4 * RATE])  # carry state from other audio...
    vad.reset()  # ...then forget it
    np.testing.assert_array_equal(vad.probs(jfk[: 2 * RATE]), first)


def test_state_is_carried_between_frames(vad: SileroVad, jfk: np.ndarray) -> None:
    frame = jfk[RATE : RATE + FRAME_SAMPLES]
    vad.reset()
    cold = vad.prob(frame)
    vad.reset()
    vad.probs(jfk[:RATE])  # the second before it
    warm = vad.prob(frame)
    assert cold != warm


def test_a_frame_must_be_512_samples(vad: SileroVad) -> None:
    with pytest.raises(ValueError, match="512"):
        vad.prob(np.zeros(480, np.float32))


def test_a_broken_model_file_is_a_plain_error(tmp_path: Path) -> None:
    broken = tmp_path / "silero_vad_v6.onnx"
    broken.write_bytes(b"not an onnx model")
    with pytest.raises(VadError, match="could not be loaded"):
        SileroVad(broken)
