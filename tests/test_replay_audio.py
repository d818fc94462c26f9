"""Replay audio: the two voices mixed, 1.5x without chipmunk pitch, the position clock, and (on
the test sound server) that what plays from a turn is that turn's audio."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np
import pytest

from desktop.replay_audio import CallAudio, ReplayPlayer, mix, time_stretch, turn_at
from tests.replay_testkit import recorded_session, sounds, turn_pitch

RATE = 16000


def _voice(seconds: float, f0: float = 140.0, seed: int = 1) -> np.ndarray:
    """Something like voiced speech: harmonics of a gliding f0, in syllable-like bursts."""
    rng = np.random.default_rng(seed)
    t = np.arange(round(seconds * RATE)) / RATE
    pitch = f0 * (1 + 0.08 * np.sin(2 * np.pi * 0.7 * t))
    phase = 2 * np.pi * np.cumsum(pitch) / RATE
    wave = sum((0.6 / k) * np.sin(k * phase) for k in range(1, 8))
    envelope = np.clip(np.sin(2 * np.pi * 3.0 * t), 0, None) ** 0.5
    return (0.4 * wave * envelope + 0.003 * rng.standard_normal(len(t))).astype(np.float32)


def _median_f0(samples: np.ndarray) -> float:
    """Median pitch of the voiced 40 ms frames, by autocorrelation (60-400 Hz)."""
    frame, hop = 640, 320
    lo, hi = RATE // 400, RATE // 60
    found = []
    for start in range(0, len(samples) - frame, hop):
        x = samples[start : start + frame]
        if np.sqrt(np.mean(x**2)) < 0.05:
            continue
        x = x - x.mean()
        ac = np.correlate(x, x, "full")[frame - 1 :]
        lag = lo + int(np.argmax(ac[lo:hi]))
        if ac[lag] > 0.5 * ac[0]:
            found.append(RATE / lag)
    assert len(found) > 20
    return float(np.median(found))


def test_one_and_a_half_times_as_fast_is_two_thirds_as_long_at_the_same_pitch() -> None:
    voice = _voice(6.0)
    fast = time_stretch(voice, 1.5)
    assert len(fast) == pytest.approx(len(voice) / 1.5, abs=1)
    f0, fast_f0 = _median_f0(voice), _median_f0(fast)
    assert f0 == pytest.approx(140, rel=0.1)
    assert fast_f0 == pytest.approx(f0, rel=0.1)
    # the estimator does hear a chipmunk: plain resampling to 2/3 the length raises the pitch
    chipmunk = np.interp(np.arange(len(fast)) * 1.5, np.arange(len(voice)), voice)
    assert _median_f0(chipmunk.astype(np.float32)) == pytest.approx(1.5 * f0, rel=0.1)
    # and the loudness is kept (no overlap-add bumps or dips)
    rms = float(np.sqrt(np.mean(voice**2)))
    assert float(np.sqrt(np.mean(fast**2))) == pytest.approx(rms, rel=0.1)


def test_stretched_time_maps_linearly_onto_the_call() -> None:
    """A click at second 4 of the call is at second 4/1.5 of the 1.5x signal."""
    signal = np.zeros(8 * RATE, np.float32)
    t = np.arange(RATE // 5) / RATE
    signal[4 * RATE : 4 * RATE + len(t)] = 0.5 * np.sin(2 * np.pi * 300 * t)
    fast = time_stretch(signal, 1.5)
    loud = np.flatnonzero(np.abs(fast) > 0.05)
    assert loud[0] / RATE == pytest.approx(4 / 1.5, abs=0.02)
    assert time_stretch(signal, 1.0) is not signal
    assert np.array_equal(time_stretch(signal, 1.0), signal)


def test_the_mix_holds_both_voices_where_they_were_recorded() -> None:
    stored = recorded_session()
    audio = CallAudio.from_session(stored)
    trainee, persona = stored.read_track("trainee"), stored.read_track("persona")
    assert len(audio.samples) == max(len(trainee), len(persona))
    assert audio.duration_s == pytest.approx(len(audio.samples) / RATE)
    for offset in stored.offsets:
        start = round(offset["start_s"] * RATE)
        end = round(offset["end_s"] * RATE)
        expected = stored.turn_audio(offset["turn"]).astype(np.float32) / 32768
        assert np.allclose(audio.samples[start:end], expected, atol=2e-4), offset["turn"]
    assert np.array_equal(mix(None, None), np.zeros(0, np.float32))
    both = mix(np.full(4, 30000, np.int16), np.full(2, 30000, np.int16))
    assert both.tolist() == [1.0, 1.0, pytest.approx(30000 / 32768), pytest.approx(30000 / 32768)]


def test_turn_at_names_the_turn_heard_at_a_moment() -> None:
    stored = recorded_session()
    offsets = stored.offsets
    assert turn_at(offsets, -1) is None
    for offset in offsets:
        middle = (offset["start_s"] + offset["end_s"]) / 2
        assert turn_at(offsets, middle) == offset["turn"]
        assert turn_at(offsets, offset["start_s"]) == offset["turn"]
    # the silence after a turn belongs to it
    assert turn_at(offsets, offsets[0]["end_s"] + 0.05) == offsets[0]["turn"]


class FakePlayer:
    latency_s = 0.1

    def __init__(self) -> None:
        self.played: list[dict[str, Any]] = []
        self.stops = 0

    def play(self, speech: Any, *, on_first_sample: Any = None, on_done: Any = None) -> None:
        self.played.append({"speech": speech, "first": on_first_sample, "done": on_done})

    def stop(self) -> None:
        self.stops += 1


class Report:
    def __init__(self, completed: bool) -> None:
        self.completed = completed


def test_the_clock_follows_the_player_at_the_chosen_speed() -> None:
    stored = recorded_session()
    audio = CallAudio.from_session(stored)
    now = [100.0]
    ends: list[bool] = []
    player = FakePlayer()
    replay = ReplayPlayer(audio, player, on_end=ends.append, clock=lambda: now[0])
    t5 = next(o for o in stored.offsets if o["turn"] == "t5")
    replay.play(t5["start_s"], 1.5)
    handed = player.played[-1]["speech"]
    assert handed.sample_rate == RATE
    assert len(handed.samples) == pytest.approx(
        (audio.duration_s - t5["start_s"]) / 1.5 * RATE, abs=2
    )
    assert replay.is_playing and replay.position() == pytest.approx(t5["start_s"])
    player.played[-1]["first"](now[0] + 0.05)  # first loud block handed over
    now[0] += 0.05 + 0.1 + 1.0  # + latency, then one second heard
    assert replay.position() == pytest.approx(t5["start_s"] + 1.5, abs=0.02)
    paused = replay.pause()
    assert paused == pytest.approx(t5["start_s"] + 1.5, abs=0.02)
    assert not replay.is_playing and player.stops == 1
    player.played[-1]["done"](Report(False))  # the stopped run's report: ignored
    assert ends == [] and replay.position() == paused
    now[0] += 5
    assert replay.position() == paused  # a paused clock stands still
    replay.seek(1.0)
    assert replay.position() == 1.0 and not replay.is_playing
    replay.play()  # resumes from the seek, at the speed chosen before
    assert replay.speed == 1.5
    stale = player.played[-1]
    replay.seek(2.0)  # while playing: a new run from 2 s
    stale["done"](Report(False))
    assert replay.is_playing and ends == []
    player.played[-1]["done"](Report(True))
    assert ends == [True] and replay.position() == pytest.approx(audio.duration_s)
    with pytest.raises(ValueError):
        replay.set_speed(3.0)


# -- on the test sound server ---------------------------------------------------------------------


def _play_and_record(stored, start_s: float, speed: float) -> tuple[np.ndarray, list[float]]:
    from audio.capture import rescan_devices
    from audio.playback import Player
    from tests.virtual_trainee import SourceRecorder

    rescan_devices()  # PortAudio may have started before the sound server (no stream is open)

    audio = CallAudio.from_session(stored)
    ended = threading.Event()
    clock: list[float] = []
    with Player() as player, SourceRecorder() as recorder:
        replay = ReplayPlayer(audio, player, on_end=lambda _completed: ended.set())
        replay.play(start_s, speed)
        wall = time.monotonic()
        while not ended.wait(0.05):
            clock.append((time.monotonic() - wall, replay.position()))  # type: ignore[arg-type]
            assert time.monotonic() - wall < 30, "the replay never ended"
        time.sleep(0.4)  # the monitor lags the player
        samples = recorder.samples()
    assert replay.position() == pytest.approx(audio.duration_s)
    return samples, clock  # type: ignore[return-value]


@pytest.mark.voice
@pytest.mark.usefixtures("sound_server")
@pytest.mark.parametrize("speed", [1.0, 1.5])
def test_what_plays_from_a_turn_is_that_turn_then_the_next(speed: float) -> None:
    stored = recorded_session()
    offsets = {o["turn"]: o for o in stored.offsets}
    t5, t6 = offsets["t5"], offsets["t6"]
    samples, clock = _play_and_record(stored, t5["start_s"], speed)
    heard = sounds(samples, RATE)
    assert len(heard) >= 2, heard
    first, second = heard[0], heard[1]
    # the trainee's reply t5, at its own pitch (kept at 1.5x), for its length / speed
    assert first.hz == pytest.approx(turn_pitch(stored, "t5"), rel=0.03)
    assert first.duration_s == pytest.approx((t5["end_s"] - t5["start_s"]) / speed, abs=0.06)
    # then the persona's answer t6 after the same pause as in the call
    assert second.hz == pytest.approx(turn_pitch(stored, "t6"), rel=0.03)
    assert second.start_s - first.end_s == pytest.approx(
        (t6["start_s"] - t5["end_s"]) / speed, abs=0.06
    )
    # then every later turn, in order (lines said back to back sound as one)
    later = [o for o in stored.offsets if o["start_s"] >= t5["start_s"]]
    apart = [o for i, o in enumerate(later) if i == 0 or o["start_s"] - later[i - 1]["end_s"] > 0.1]
    assert len(heard) == len(apart)
    # the clock ran at speed x real time
    (w0, p0), (w1, p1) = clock[len(clock) // 4], clock[3 * len(clock) // 4]
    assert (p1 - p0) / (w1 - w0) == pytest.approx(speed, rel=0.1)


def test_a_player_that_refuses_leaves_the_replay_paused_where_asked() -> None:
    class Broken(FakePlayer):
        def play(self, speech: Any, *, on_first_sample: Any = None, on_done: Any = None) -> None:
            raise RuntimeError("no speaker")

    replay = ReplayPlayer(CallAudio(np.ones(RATE * 2, np.float32) * 0.1), Broken())
    with pytest.raises(RuntimeError):
        replay.play(1.0)
    assert not replay.is_playing and replay.position() == 1.0
