"""audio.transcribe: the real tiny.en on real audio, fast path and naive path, guard and files."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile

from audio import speech_model
from audio.speech_model import ENV_VAR, ResolvedModel, SpeechModelError
from audio.transcribe import (
    SAMPLE_RATE,
    AudioFileError,
    SpeculativeTranscriber,
    Transcriber,
    load_audio_file,
    repeats_itself,
    speech_seconds,
    to_mono_16k,
    transcribe_file,
    window_seconds,
)
from tests.shared_fixtures import JFK

needs_jfk = pytest.mark.skipif(not JFK.exists(), reason=f"shared fixture {JFK} not present")
VOICE_DIR = Path(__file__).parent / "data" / "voice"
ASK_NOT = "ask not what your country can do for you"


def words(text: str) -> str:
    return " ".join(re.sub(r"[^a-z' ]+", " ", text.lower()).split())


@pytest.fixture(scope="module")
def transcriber() -> Iterator[Transcriber]:
    """One bundled tiny.en for the module, whatever the developer's own environment says."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(ENV_VAR, raising=False)
        model = Transcriber()
    assert model.model.source == "bundled"
    model.warm_up()
    yield model


@pytest.fixture(scope="module")
def jfk() -> np.ndarray:
    if not JFK.exists():
        pytest.skip(f"shared fixture {JFK} not present")
    return load_audio_file(JFK)


# -- speech --------------------------------------------------------------------------------


def test_fast_path_transcribes_jfk_on_a_short_window(
    transcriber: Transcriber, jfk: np.ndarray
) -> None:
    result = transcriber.transcribe(jfk)
    assert result.rejected is None and result.accepted
    assert ASK_NOT in words(result.text), result.text
    assert "fellow americans" in words(result.text), result.text
    assert result.audio_s == pytest.approx(11.0, abs=0.1)
    assert result.window_s == pytest.approx(21.0)  # utterance + 10 s, not 30 s
    assert result.no_speech_prob is not None and result.no_speech_prob < 0.3
    assert result.avg_logprob is not None and result.avg_logprob > -0.5
    assert result.speech_s is not None and 4.0 < result.speech_s < 11.0
    assert result.ms > 0


def test_naive_path_transcribes_jfk(transcriber: Transcriber, jfk: np.ndarray) -> None:
    result = transcriber.transcribe_naive(jfk)
    assert ASK_NOT in words(result.text), result.text
    assert result.rejected is None
    assert result.window_s == 30.0


def test_short_cut_is_decoded_on_a_short_window(transcriber: Transcriber, jfk: np.ndarray) -> None:
    result = transcriber.transcribe(jfk[: 5 * SAMPLE_RATE])
    assert result.window_s == pytest.approx(15.0)
    assert "my fellow" in words(result.text), result.text


def test_window_policy() -> None:
    assert window_seconds(2.0) == pytest.approx(12.0)
    assert window_seconds(11.0) == pytest.approx(21.0)
    assert window_seconds(25.0) == 30.0  # capped at Whisper's own window
    assert window_seconds(2.0, pad_s=5.0, floor_s=10.0) == pytest.approx(10.0)
    assert window_seconds(8.0, pad_s=5.0, floor_s=10.0) == pytest.approx(13.0)
    assert window_seconds(12.0, pad_s=0.0, floor_s=0.0) == pytest.approx(12.0)  # never cuts
    assert round(window_seconds(1.234) * 100) % 2 == 0  # an even number of mel frames


def test_window_pad_is_a_setting(
    transcriber: Transcriber, jfk: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert Transcriber(transcriber.model, window_pad_s=5.0).window_pad_s == 5.0
    monkeypatch.setattr(transcriber, "window_pad_s", 5.0)
    result = transcriber.transcribe(jfk[: 2 * SAMPLE_RATE])
    assert result.window_s == pytest.approx(10.0)  # the 10-s floor


def test_longer_than_one_window_goes_through_faster_whisper_windowing(
    transcriber: Transcriber, jfk: np.ndarray
) -> None:
    pause = np.zeros(12 * SAMPLE_RATE, dtype=np.float32)
    long = np.concatenate([pause, jfk, pause])  # 35 s, the speech across the first boundary
    result = transcriber.transcribe(long)
    assert result.window_s == 30.0 and result.accepted
    assert "fellow americans" in words(result.text), result.text


# -- hotwords ------------------------------------------------------------------------------


def test_prompt_without_hotwords_is_start_and_no_timestamps(transcriber: Transcriber) -> None:
    tokenizer = transcriber._tokenizer
    assert tokenizer is not None
    prompt = transcriber.prompt_tokens()
    assert prompt == [*tokenizer.sot_sequence, tokenizer.no_timestamps]
    assert prompt == [50257, 50362]  # tiny.en is English-only: no language or task token
    assert transcriber.prompt_tokens("   ") == prompt


def test_hotwords_prompt_is_built_as_faster_whisper_builds_it(transcriber: Transcriber) -> None:
    tokenizer, whisper = transcriber._tokenizer, transcriber._whisper
    assert tokenizer is not None and whisper is not None
    hotwords = "Fairclough, overdraft, refund"
    prompt = transcriber.prompt_tokens(hotwords)
    assert prompt[0] == tokenizer.sot_prev
    assert prompt[1:-2] == tokenizer.encode(" Fairclough, overdraft, refund")
    assert prompt[-2:] == [tokenizer.sot, tokenizer.no_timestamps]
    # the same list faster-whisper's transcribe() would send for the first window
    expected = whisper.get_prompt(tokenizer, [], without_timestamps=True, hotwords=hotwords)
    assert prompt == expected


def test_long_hotwords_are_cut_like_faster_whisper(transcriber: Transcriber) -> None:
    whisper, tokenizer = transcriber._whisper, transcriber._tokenizer
    assert whisper is not None and tokenizer is not None
    hotwords = " ".join(f"word{i}" for i in range(400))
    prompt = transcriber.prompt_tokens(hotwords)
    assert len(prompt) == 1 + 223 + 2
    assert prompt == whisper.get_prompt(tokenizer, [], without_timestamps=True, hotwords=hotwords)


def test_decode_with_hotwords_stays_right(transcriber: Transcriber, jfk: np.ndarray) -> None:
    result = transcriber.transcribe(jfk, hotwords="Americans, country, Kennedy")
    assert result.accepted
    assert ASK_NOT in words(result.text), result.text


# -- nothing said: silence and noise -------------------------------------------------------


def _pink(rng: np.random.Generator, n: int) -> np.ndarray:
    spectrum = np.fft.rfft(rng.standard_normal(n))
    f = np.arange(spectrum.size, dtype=float)
    f[0] = 1.0
    x = np.fft.irfft(spectrum / np.sqrt(f), n)
    return x / np.abs(x).max()


def _brown(rng: np.random.Generator, n: int) -> np.ndarray:
    x = np.cumsum(rng.standard_normal(n))
    x -= np.convolve(x, np.ones(1601) / 1601, mode="same")  # no DC drift
    return x / np.abs(x).max()


def _noise(kind: str, level: float, seconds: float = 5.0) -> np.ndarray:
    rng = np.random.default_rng(zlib.crc32(f"{kind}:{level}".encode()))
    n = int(seconds * SAMPLE_RATE)
    if kind == "dither":
        x = rng.standard_normal(n) * 1e-4
    elif kind == "white":
        x = rng.standard_normal(n) * level
    elif kind == "pink":
        x = _pink(rng, n) * level * 3
    elif kind == "brown":
        x = _brown(rng, n) * level * 3
    elif kind == "hum":
        t = np.arange(n) / SAMPLE_RATE
        x = level * (np.sin(2 * np.pi * 50 * t) + 0.3 * np.sin(2 * np.pi * 150 * t))
    else:
        raise AssertionError(kind)
    return x.astype(np.float32)


NOISES = [
    ("dither", 0.0),
    *((kind, level) for kind in ("white", "pink", "brown") for level in (0.001, 0.03, 0.3)),
    ("hum", 0.1),
]


@pytest.mark.parametrize(("kind", "level"), NOISES)
def test_generated_noise_never_becomes_text(
    transcriber: Transcriber, kind: str, level: float
) -> None:
    result = transcriber.transcribe(_noise(kind, level))
    assert result.text == ""
    assert result.rejected is not None


@pytest.mark.parametrize(("kind", "level"), NOISES)
def test_whisper_side_guard_catches_noise_the_vad_let_through(
    transcriber: Transcriber, kind: str, level: float
) -> None:
    # As if the caller's VAD had mistaken the noise for 5 s of voice: Whisper's own signals
    # (no-speech probability, log-probability, repetition) must still drop the invented text.
    result = transcriber.transcribe(_noise(kind, level), speech_s=5.0)
    assert result.text == "", result
    assert result.rejected is not None
    assert result.no_speech_prob is not None  # Whisper ran


def test_digital_zeros_are_rejected(transcriber: Transcriber) -> None:
    result = transcriber.transcribe(np.zeros(3 * SAMPLE_RATE, dtype=np.float32))
    assert (result.text, result.speech_s) == ("", 0.0)
    assert result.rejected is not None and "no speech heard" in result.rejected


@pytest.mark.parametrize("name", ["silence_5s.flac", "room_noise_5s.flac"])
def test_recorded_silence_and_room_noise_give_no_text(transcriber: Transcriber, name: str) -> None:
    path = VOICE_DIR / name
    if not path.exists():
        pytest.skip(f"{path} not rendered yet")
    samples = load_audio_file(path)
    heard = transcriber.transcribe(samples)
    assert (heard.text, heard.rejected is not None) == ("", True)
    forced = transcriber.transcribe(samples, speech_s=5.0)  # past the VAD gate
    assert (forced.text, forced.rejected is not None) == ("", True), forced
    # and the reason for the guard: faster-whisper's default path on the same audio
    baseline = transcriber.transcribe_naive(samples)
    assert baseline.window_s == 30.0


def test_empty_audio_is_rejected_without_decoding(transcriber: Transcriber) -> None:
    result = transcriber.transcribe(np.zeros(0, dtype=np.float32))
    assert result.rejected == "no audio" and result.no_speech_prob is None


def test_stereo_array_is_a_clear_error(transcriber: Transcriber) -> None:
    with pytest.raises(ValueError, match="mono"):
        transcriber.transcribe(np.zeros((SAMPLE_RATE, 2), dtype=np.float32))


def test_speech_seconds_counts_voice_not_length(jfk: np.ndarray) -> None:
    silence = np.zeros(4 * SAMPLE_RATE, dtype=np.float32)
    assert speech_seconds(silence) == 0.0
    voiced = speech_seconds(jfk)
    assert 4.0 < voiced < 11.0
    assert speech_seconds(np.concatenate([silence, jfk])) == pytest.approx(voiced, abs=0.3)


def test_runaway_decode_is_retried_on_the_full_window(
    transcriber: Transcriber, jfk: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Logic around the model: a loop on the short window gets one retry at 30 s.
    real_decode = transcriber._decode
    windows: list[float] = []

    def looping_then_real(samples: np.ndarray, window_s: float, prompt: list[int]):
        windows.append(window_s)
        if len(windows) == 1:
            return "ask what " * 40, 0.05, -0.1, True
        return real_decode(samples, window_s, prompt)

    monkeypatch.setattr(transcriber, "_decode", looping_then_real)
    result = transcriber.transcribe(jfk[: 5 * SAMPLE_RATE])
    assert windows == [pytest.approx(15.0), 30.0]
    assert result.accepted and result.window_s == 30.0


def test_short_loop_is_retried_and_the_full_window_kept(
    transcriber: Transcriber, jfk: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Too short for the compression ratio to notice, but a loop all the same.
    real_decode = transcriber._decode
    windows: list[float] = []

    def short_loop_then_real(samples: np.ndarray, window_s: float, prompt: list[int]):
        windows.append(window_s)
        if len(windows) == 1:
            return "And so. And so. And so. And so.", 0.1, -0.2, False
        return real_decode(samples, window_s, prompt)

    monkeypatch.setattr(transcriber, "_decode", short_loop_then_real)
    result = transcriber.transcribe(jfk[: 5 * SAMPLE_RATE])
    assert windows == [pytest.approx(15.0), 30.0]
    assert result.accepted and "my fellow" in words(result.text)


def test_repeats_itself() -> None:
    assert repeats_itself("Hi. Hi. Hi. Hi.")
    assert repeats_itself("Thank you. Thank you. Thank you. Thank you.")
    assert not repeats_itself("No, no, no.")
    assert not repeats_itself("Ask not what your country can do for you, ask what you can do.")
    assert not repeats_itself("")


def test_repetition_that_survives_the_retry_is_rejected(
    transcriber: Transcriber, jfk: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transcriber, "_decode", lambda *args: ("you know " * 30, 0.05, -0.1, False))
    result = transcriber.transcribe(jfk[: 5 * SAMPLE_RATE])
    assert result.text == ""
    assert result.rejected is not None and "repetitive" in result.rejected
    assert result.dropped.startswith("you know you know")  # kept for the record, not as text


# -- a synthetic trainee -------------------------------------------------------------------

TRAINEE_LINE = "I am so sorry the parcel never arrived. I will call you back before four today."


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_espeak_trainee_line_is_mostly_right(transcriber: Transcriber, tmp_path: Path) -> None:
    wav = tmp_path / "trainee.wav"
    subprocess.run(["espeak-ng", "-w", str(wav), TRAINEE_LINE], check=True)
    assert soundfile.info(str(wav)).samplerate != SAMPLE_RATE  # so the resampler is exercised
    samples = load_audio_file(wav)
    result = transcriber.transcribe(samples, hotwords="parcel, refund, call back")
    assert result.accepted, result
    expected = words(TRAINEE_LINE).split()
    heard = set(words(result.text).split())
    right = sum(word in heard for word in expected)
    assert right / len(expected) >= 0.7, result.text


# -- speculative transcription -------------------------------------------------------------


@pytest.fixture
def speculative(transcriber: Transcriber) -> Iterator[SpeculativeTranscriber]:
    with SpeculativeTranscriber(transcriber) as worker:
        yield worker


def test_speculation_is_confirmed(speculative: SpeculativeTranscriber, jfk: np.ndarray) -> None:
    speculative.speculate(jfk)
    assert speculative.speculating
    result = speculative.confirm()
    assert ASK_NOT in words(result.text)
    assert not speculative.speculating
    with pytest.raises(RuntimeError, match="no speculative"):
        speculative.confirm()


def test_speculation_copies_the_audio(speculative: SpeculativeTranscriber, jfk: np.ndarray) -> None:
    buffer = jfk.copy()
    speculative.speculate(buffer)
    buffer[:] = 0.0  # the capture buffer is reused while the decode runs
    assert ASK_NOT in words(speculative.confirm().text)


def test_discarded_speculation_is_forgotten(
    speculative: SpeculativeTranscriber, jfk: np.ndarray
) -> None:
    speculative.speculate(jfk[: 2 * SAMPLE_RATE])
    speculative.discard()
    assert not speculative.speculating
    with pytest.raises(RuntimeError):
        speculative.confirm()
    speculative.speculate(jfk)  # the trainee went on and paused again
    assert ASK_NOT in words(speculative.confirm().text)


def test_new_speculation_replaces_the_old(
    speculative: SpeculativeTranscriber, jfk: np.ndarray
) -> None:
    speculative.speculate(np.zeros(SAMPLE_RATE, dtype=np.float32))
    speculative.speculate(jfk)
    assert ASK_NOT in words(speculative.confirm().text)


def test_speculation_errors_surface_on_confirm(speculative: SpeculativeTranscriber) -> None:
    speculative.speculate(np.zeros((10, 2), dtype=np.float32))
    with pytest.raises(ValueError, match="mono"):
        speculative.confirm()


def test_model_work_runs_on_one_worker_thread(
    transcriber: Transcriber, jfk: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: set[str] = set()
    real = transcriber.transcribe

    def recording(*args, **kwargs):
        threads.add(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(transcriber, "transcribe", recording)
    with SpeculativeTranscriber(transcriber) as worker:
        worker.preload().result()
        worker.speculate(jfk[: 3 * SAMPLE_RATE])
        worker.discard()
        worker.speculate(jfk)
        worker.confirm()
        assert ASK_NOT in words(worker.transcribe(jfk).text)
    assert len(threads) == 1 and threading.current_thread().name not in threads


# -- audio files ---------------------------------------------------------------------------


@needs_jfk
def test_flac_loads_as_16k_mono() -> None:
    samples = load_audio_file(JFK)
    assert samples.dtype == np.float32 and samples.ndim == 1
    assert samples.size == pytest.approx(11 * SAMPLE_RATE, abs=SAMPLE_RATE // 10)
    assert transcribe_file is load_audio_file


def _has_mp3_encoder() -> bool:
    if shutil.which("sox") is None:
        return False
    formats = subprocess.run(["sox", "-h"], capture_output=True, text=True).stdout
    return " mp3" in formats


@needs_jfk
@pytest.mark.skipif(not _has_mp3_encoder(), reason="sox cannot write mp3 here")
def test_mp3_is_read_resampled_and_transcribed(transcriber: Transcriber, tmp_path: Path) -> None:
    mp3 = tmp_path / "jfk.mp3"
    # 44.1 kHz stereo, as a phone or laptop would record it
    subprocess.run(["sox", str(JFK), "-r", "44100", "-c", "2", str(mp3)], check=True)
    samples = load_audio_file(mp3)
    assert samples.ndim == 1
    assert samples.size / SAMPLE_RATE == pytest.approx(11.0, abs=0.2)
    assert ASK_NOT in words(transcriber.transcribe(samples).text)


def test_resampling_keeps_duration_and_pitch() -> None:
    rate = 44_100
    t = np.arange(2 * rate) / rate
    tone = 0.5 * np.sin(2 * np.pi * 440 * t)
    stereo = np.stack([tone, tone], axis=1)
    mono = to_mono_16k(stereo, rate)
    assert mono.dtype == np.float32
    assert mono.size == pytest.approx(2 * SAMPLE_RATE, abs=64)
    spectrum = np.abs(np.fft.rfft(mono[1000:-1000]))
    peak_hz = np.argmax(spectrum) * SAMPLE_RATE / (mono.size - 2000)
    assert peak_hz == pytest.approx(440, abs=2)


def test_missing_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.wav"
    with pytest.raises(AudioFileError) as info:
        load_audio_file(missing)
    assert str(missing) in str(info.value) and "does not exist" in str(info.value)


def test_corrupt_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "reply.flac"
    bad.write_bytes(b"fLaC" + bytes(range(256)) * 40)
    with pytest.raises(AudioFileError) as info:
        load_audio_file(bad)
    message = str(info.value)
    assert str(bad) in message and "damaged or not in a supported format" in message
    assert "\n" not in message and "Traceback" not in message


def test_unsupported_file_is_named(tmp_path: Path) -> None:
    text = tmp_path / "notes.mp3"
    text.write_text("these are my notes, not a recording\n" * 20, encoding="utf-8")
    with pytest.raises(AudioFileError, match=re.escape(str(text))):
        load_audio_file(text)


@needs_jfk
def test_truncated_flac_is_named_or_read_partially(tmp_path: Path) -> None:
    cut = tmp_path / "cut.flac"
    cut.write_bytes(JFK.read_bytes()[:100])  # header only, no audio frames
    with pytest.raises(AudioFileError, match=re.escape(str(cut))):
        load_audio_file(cut)


def test_folder_is_not_an_audio_file(tmp_path: Path) -> None:
    with pytest.raises(AudioFileError, match="is a folder"):
        load_audio_file(tmp_path)


def test_empty_wav_is_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty.wav"
    soundfile.write(str(empty), np.zeros(0, dtype=np.float32), SAMPLE_RATE)
    with pytest.raises(AudioFileError, match="contains no audio"):
        load_audio_file(empty)


# -- the model -----------------------------------------------------------------------------


def test_model_resolution_errors_pass_through_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "no-such-model"))
    with pytest.raises(SpeechModelError, match="does not exist"):
        Transcriber()


def test_unloadable_model_is_a_plain_error(tmp_path: Path) -> None:
    folder = tmp_path / "broken-model"
    shutil.copytree(speech_model.bundled_model_dir(), folder)
    (folder / "model.bin").write_bytes(b"not a model at all")
    transcriber = Transcriber(ResolvedModel(folder, folder.name, "setting", verified=False))
    with pytest.raises(SpeechModelError) as info:
        transcriber.load()
    message = str(info.value)
    assert str(folder) in message and "could not be loaded" in message
    assert "\n" not in message and ENV_VAR in message
    assert not transcriber.loaded
