"""Delivery measures on real audio: pace, fillers, loudness against a baseline, latency."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from faster_whisper import decode_audio

from audio.delivery import (
    CalibrationError,
    LoudnessBaseline,
    count_words,
    delivery_for,
    find_fillers,
    voiced_dbfs,
)
from audio.turns import TurnEnded, TurnTaker, dbfs
from audio.vad import SileroVad

ROOT = Path(__file__).resolve().parents[1]
VOICE = ROOT / "tests" / "data" / "voice"
RATE = 16_000
LINE = (
    "I am so sorry about the parcel, I will call the depot now and ring you back "
    "within the hour with an answer."
)


@pytest.fixture(scope="module")
def vad() -> SileroVad:
    return SileroVad()


def espeak(text: str, folder: Path, speed: int = 175) -> np.ndarray:
    wav = folder / f"line-{speed}.wav"
    subprocess.run(["espeak-ng", "-s", str(speed), "-w", str(wav), text], check=True)
    return decode_audio(str(wav), sampling_rate=RATE)


def sound_span_s(audio: np.ndarray) -> float:
    """Seconds from the first to the last 10 ms window within 30 dB of the loudest."""
    levels = np.array([dbfs(audio[i : i + 160]) for i in range(0, len(audio) - 159, 160)])
    loud = np.flatnonzero(levels > levels.max() - 30)
    return (loud[-1] + 1 - loud[0]) * 160 / RATE


def floor(seconds: float, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(round(seconds * RATE)) * 10 ** (-65 / 20)).astype(np.float32)


# -- pace -----------------------------------------------------------------------------------------


def test_words_per_minute_follows_the_speaking_rate(tmp_path: Path, vad: SileroVad) -> None:
    words = count_words(LINE)
    assert words == 23
    measured = {}
    for speed in (100, 175, 250):
        audio = espeak(LINE, tmp_path, speed)
        delivery = delivery_for(audio, LINE, None, None, None, vad=vad)
        expected = words / sound_span_s(audio) * 60
        assert delivery.words_per_minute == pytest.approx(expected, rel=0.1)
        measured[speed] = delivery.words_per_minute
    assert measured[100] < measured[175] < measured[250]
    assert measured[250] / measured[100] == pytest.approx(2.5, rel=0.2)


@pytest.mark.parametrize("name", ["good_01", "good_04", "rude_03"])
def test_words_per_minute_of_recorded_replies(name: str, vad: SileroVad) -> None:
    path = VOICE / f"{name}.flac"
    readme = VOICE / "README.md"
    if not path.exists() or not readme.exists():
        pytest.skip("the rendered trainee replies (tests/data/voice) are not there")
    row = next(line for line in readme.read_text().splitlines() if f"`{name}.flac`" in line)
    text = row.split("|")[3].strip()
    audio = sf.read(str(path), dtype="float32")[0]
    delivery = delivery_for(audio, text, None, None, None, vad=vad)
    assert delivery.words == count_words(text) > 5
    assert delivery.words_per_minute == pytest.approx(
        delivery.words / sound_span_s(audio) * 60, rel=0.12
    )
    assert 100 < delivery.words_per_minute < 260  # a natural-sounding voice talks at this pace


def test_preroll_and_silence_change_neither_pace_nor_loudness(
    tmp_path: Path, vad: SileroVad
) -> None:
    audio = espeak(LINE, tmp_path)
    bare = delivery_for(audio, LINE, None, None, -20.0, vad=vad)
    padded_audio = np.concatenate([floor(1.0), audio + floor(len(audio) / RATE, 1), floor(1.5, 2)])
    padded = delivery_for(padded_audio, LINE, None, None, -20.0, vad=vad)
    assert padded.speaking_s == pytest.approx(bare.speaking_s, abs=0.1)
    assert padded.words_per_minute == pytest.approx(bare.words_per_minute, rel=0.03)
    assert padded.loudness_db_vs_baseline == pytest.approx(bare.loudness_db_vs_baseline, abs=0.5)


def test_nothing_said_has_no_pace_or_loudness(vad: SileroVad) -> None:
    delivery = delivery_for(floor(2.0), "", 1.0, None, -20.0, vad=vad)
    assert delivery.words_per_minute is None
    assert delivery.loudness_dbfs is None and delivery.loudness_db_vs_baseline is None
    assert delivery.latency_ms is None and not delivery.interrupted


# -- fillers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Um, I've got all of that.", {"um": 1}),
        ("Uh, umm, I uh think it was, like, lost.", {"uh": 2, "um": 1, "like": 1}),
        ("I'd like to help you with that.", {}),
        ("You know, I get it. I mean, that's awful, you know.", {"you know": 2, "i mean": 1}),
        ("Do you know what happened? I mean it.", {}),
        ("So basically it was, sort of, misplaced. Erm.", {"basically": 1, "sort of": 1, "erm": 1}),
        ("I\u2019m, uh, really sorry", {"uh": 1}),
        ("", {}),
    ],
)
def test_fillers_are_found_and_counted(text: str, expected: dict[str, int]) -> None:
    assert find_fillers(text) == expected


def test_fillers_come_in_the_delivery_in_the_order_heard(tmp_path: Path, vad: SileroVad) -> None:
    text = "Um, so, like, I hear you. Uh, I will, um, sort it, you know."
    audio = espeak(text, tmp_path)
    delivery = delivery_for(audio, text, None, None, None, vad=vad)
    assert list(delivery.fillers.items()) == [("um", 2), ("like", 1), ("uh", 1), ("you know", 1)]
    assert delivery.filler_count == 5


# -- loudness -------------------------------------------------------------------------------------


def test_loudness_is_relative_to_the_baseline(tmp_path: Path, vad: SileroVad) -> None:
    audio = espeak(LINE, tmp_path)
    level = voiced_dbfs(audio, vad)
    assert level is not None and -40 < level < 0
    quieter = delivery_for(audio * np.float32(0.5), LINE, None, None, level, vad=vad)
    assert quieter.loudness_db_vs_baseline == pytest.approx(-6.02, abs=0.3)
    louder = delivery_for(audio * np.float32(2.0), LINE, None, None, level, vad=vad)
    assert louder.loudness_db_vs_baseline == pytest.approx(6.02, abs=0.3)


def test_the_first_replies_set_the_baseline_until_a_calibration(
    tmp_path: Path, vad: SileroVad
) -> None:
    audio = espeak(LINE, tmp_path)
    baseline = LoudnessBaseline(first_replies=3)
    assert baseline.dbfs is None and not baseline.calibrated
    levels = []
    for gain in (1.0, 0.5, 1.0, 0.1):  # the fourth reply comes after the baseline is set
        delivery = delivery_for(audio * np.float32(gain), LINE, None, None, baseline.dbfs, vad=vad)
        if not levels:
            assert delivery.loudness_db_vs_baseline is None  # nothing to compare the first with
        levels.append(delivery.loudness_dbfs)
        baseline.observe(delivery.loudness_dbfs)
    assert baseline.dbfs == pytest.approx(levels[0], abs=0.01)  # the median of the first three
    assert delivery.loudness_db_vs_baseline == pytest.approx(-20.0, abs=0.3)
    calibrated = baseline.calibrate(audio * np.float32(0.5), vad)
    assert baseline.calibrated and baseline.dbfs == calibrated
    assert calibrated == pytest.approx(levels[0] - 6.02, abs=0.3)
    baseline.observe(-80.0)
    assert baseline.dbfs == calibrated


def test_a_silent_calibration_is_refused(vad: SileroVad) -> None:
    with pytest.raises(CalibrationError, match="No speech"):
        LoudnessBaseline().calibrate(floor(3.0), vad)


# -- latency and interruptions --------------------------------------------------------------------


def test_latency_and_interruptions(tmp_path: Path, vad: SileroVad) -> None:
    audio = espeak(LINE, tmp_path)
    prompt = delivery_for(audio, LINE, 100.0, 100.8, None, vad=vad)
    assert prompt.latency_ms == pytest.approx(800.0) and not prompt.interrupted
    talked_over = delivery_for(audio, LINE, 100.0, 99.4, None, vad=vad)
    assert talked_over.latency_ms == pytest.approx(-600.0) and talked_over.interrupted
    flagged = delivery_for(audio, LINE, None, 99.4, None, barged_in=True, vad=vad)
    assert flagged.latency_ms is None and flagged.interrupted


def test_a_turn_from_the_turn_taker_measures_as_it_was_said(tmp_path: Path, vad: SileroVad) -> None:
    """The whole chain: frames -> TurnTaker -> TurnEnded -> delivery, on one timeline."""
    audio = espeak(LINE, tmp_path)
    persona_stopped = 1.0
    mic = np.concatenate([floor(1.7), audio + floor(len(audio) / RATE, 1), floor(1.5, 2)])
    mic = np.concatenate([mic, floor((-len(mic) % 512) / RATE, 3)])
    taker = TurnTaker(vad=SileroVad())
    ends = [
        event
        for i in range(len(mic) // 512)
        for event in taker.feed(mic[i * 512 : (i + 1) * 512], i * 512 / RATE)
        if isinstance(event, TurnEnded)
    ]
    assert len(ends) == 1
    end = ends[0]
    delivery = delivery_for(end.audio, LINE, persona_stopped, end.t_first_voiced, None, vad=vad)
    assert delivery.latency_ms == pytest.approx(700.0, abs=100.0)
    direct = delivery_for(audio, LINE, None, None, None, vad=vad)
    assert delivery.words_per_minute == pytest.approx(direct.words_per_minute, rel=0.05)
    record = json.loads(json.dumps(delivery.to_dict()))
    assert set(record) >= {
        "words_per_minute",
        "loudness_db_vs_baseline",
        "fillers",
        "latency_ms",
        "interrupted",
    }
