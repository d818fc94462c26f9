"""The settings window's sound checks without a sound card: calibration and the "say something"
verdict on synthetic rooms and a recorded reply (real voice detector), and the voice list."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from desktop.mic_check import (
    DEFAULT_THRESHOLD,
    MAX_GAIN_DB,
    calibration_from,
    judge_speech,
    level_fraction,
)
from desktop.voices import parse_voices

ROOT = Path(__file__).resolve().parents[1]
RATE = 16_000


def noise(dbfs: float, seconds: float = 3.0, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.normal(0, 10 ** (dbfs / 20), round(seconds * RATE)).astype(np.float32)


def reply(name: str = "r06.flac") -> np.ndarray:
    samples, rate = sf.read(ROOT / "audio" / "bench_replies" / name, dtype="float32")
    assert rate == RATE
    return samples if samples.ndim == 1 else samples.mean(axis=1)


def test_a_quiet_room_keeps_the_usual_threshold_and_no_gain() -> None:
    result = calibration_from(noise(-55), "mic")
    assert result.applied and result.verdict.status == "ok"
    assert result.noise_floor_dbfs == pytest.approx(-55, abs=1)
    assert result.mic_gain_db == 0.0
    assert DEFAULT_THRESHOLD <= result.vad_threshold <= 0.85
    assert result.verdict.message.startswith("The room measured -55 dBFS (quiet): Hotseat")
    assert result.verdict.message.count(".") == 2  # one sentence (and the threshold's point)


def test_a_very_quiet_microphone_is_lifted() -> None:
    result = calibration_from(noise(-82), "mic")
    assert result.applied
    assert result.mic_gain_db == pytest.approx(MAX_GAIN_DB)  # -82 -> -60 would be 22 dB
    assert "lifts the microphone by 20 dB" in result.verdict.message
    assert result.noise_floor_dbfs == pytest.approx(-82, abs=1)  # measured, before the lift


def test_a_noisy_room_is_a_warning_with_advice() -> None:
    result = calibration_from(noise(-30), "mic")
    assert result.applied and result.verdict.status == "warning"
    assert "noisy" in result.verdict.message
    assert result.verdict.fix and "headset" in result.verdict.fix


def test_digital_silence_changes_nothing() -> None:
    result = calibration_from(np.zeros(3 * RATE, np.float32), "mic")
    assert not result.applied and result.verdict.status == "warning"
    assert "muted" in result.verdict.message


def test_talking_during_calibration_changes_nothing() -> None:
    speech = np.concatenate([reply("r06.flac"), reply("r05.flac")])
    result = calibration_from(speech + noise(-60, len(speech) / RATE), "mic")
    assert not result.applied
    assert "heard talking" in result.verdict.message


def test_a_recorded_reply_is_heard_clearly() -> None:
    verdict = judge_speech(reply(), "mic")
    assert verdict.status == "ok", verdict
    assert verdict.message.startswith("Hotseat heard you clearly")
    assert verdict.details["voiced_s"] > 1.0


def test_a_reply_far_too_quiet_is_a_warning_with_the_fix() -> None:
    verdict = judge_speech(reply() * 10 ** (-45 / 20), "mic")
    assert verdict.status == "warning"
    assert verdict.fix and ("input volume" in verdict.fix)


def test_noise_without_a_voice_is_not_taken_for_speech() -> None:
    verdict = judge_speech(noise(-35), "mic")
    assert verdict.status == "warning" and "no voice" in verdict.message


def test_the_level_bar_maps_minus_60_to_0_dbfs() -> None:
    assert level_fraction(0.0) == 0.0
    assert level_fraction(1.0) == 1.0
    assert level_fraction(10 ** (-30 / 20)) == pytest.approx(0.5)
    assert level_fraction(10 ** (-90 / 20)) == 0.0


def test_espeak_voice_listing_is_parsed_english_and_without_mbrola() -> None:
    listing = (
        "Pty Language       Age/Gender VoiceName          File                 Other Languages\n"
        " 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)\n"
        " 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)\n"
        " 5  en-us           --/F      us-mbrola-1        mb/mb-us1            (en 8)\n"
        " 5  en-gb-scotland  --/M      English_(Scotland) gmw/en-GB-scotland   (en 4)\n"
        " 5  variant         --/M      Storm              !v/Storm             (en-us 5)\n"
    )
    voices = parse_voices(listing)
    assert [v.id for v in voices] == [
        "en-us+f3",
        "en-us+m2",
        "en-gb+f3",
        "en-gb+m2",
        "en-gb-scotland+f3",
        "en-gb-scotland+m2",
    ]
    assert voices[0].label == "English (America), female"
