"""The Player on a real PortAudio stream into the test sound server's virtual speaker.

What the Player hands to PortAudio is recorded back from ``hotseat_speaker.monitor`` with ``parec``
and compared with what was rendered: by correlation and by how long it was loud, never by how long
anything took.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest

from audio.playback import (
    PlaybackError,
    PlaybackReport,
    Player,
    list_output_devices,
    resample,
)
from audio.tts import Speech, Synthesizer, VoiceSettings, voice_for
from tests.sound_server import SoundServer

pytestmark = pytest.mark.usefixtures("sound_server")

CAPTURE_RATE = 22050
LINE = (
    "I have been waiting on hold for forty minutes, and now you tell me the parcel is lost? "
    "I want to know exactly what you are going to do about it."
)
_HANG_GUARD_S = 60  # only so a broken stream fails the test instead of hanging it


class SpeakerRecorder:
    """Records the virtual speaker's monitor (float32 mono) for as long as it is open."""

    def __init__(self, device: str = "hotseat_speaker.monitor") -> None:
        self._process = subprocess.Popen(
            [
                "parec",
                f"--device={device}",
                "--raw",
                "--format=float32le",
                f"--rate={CAPTURE_RATE}",
                "--channels=1",
                "--latency-msec=20",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._chunks: list[bytes] = []
        self._lock = threading.Lock()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        assert self._started.wait(_HANG_GUARD_S), "parec never delivered audio"

    def _read(self) -> None:
        assert self._process.stdout is not None
        while chunk := self._process.stdout.read1(4096):  # type: ignore[attr-defined]
            with self._lock:
                self._chunks.append(chunk)
            self._started.set()

    def samples(self) -> np.ndarray:
        with self._lock:
            data = b"".join(self._chunks)
        return np.frombuffer(data[: len(data) // 4 * 4], dtype=np.float32)

    def wait_until_quiet_after_sound(self, quiet_s: float = 0.4) -> np.ndarray:
        """Keep recording until sound came and then stayed away (the monitor lags the player)."""
        deadline = time.monotonic() + _HANG_GUARD_S
        while time.monotonic() < deadline:
            samples = self.samples()
            loud = np.flatnonzero(np.abs(samples) > 1e-3)
            if loud.size and len(samples) - loud[-1] > quiet_s * CAPTURE_RATE:
                return samples
            time.sleep(0.05)
        raise AssertionError("the sound never came and went on the speaker monitor")

    def close(self) -> None:
        self._process.terminate()
        self._process.wait()
        self._thread.join()


@pytest.fixture
def recorder() -> Iterator[SpeakerRecorder]:
    rec = SpeakerRecorder()
    yield rec
    rec.close()


@pytest.fixture(scope="module")
def speech() -> Speech:
    with Synthesizer() as synth:
        return synth.render(LINE, voice_for("female", 175, 55, 8.0, "angry")).result(60)


def loud_span(samples: np.ndarray, rate: int = CAPTURE_RATE) -> float:
    """Seconds from the first to the last sample above -60 dBFS."""
    loud = np.flatnonzero(np.abs(samples) > 1e-3)
    return 0.0 if loud.size == 0 else (loud[-1] - loud[0] + 1) / rate


def window_correlations(
    reference: np.ndarray, recorded: np.ndarray, window_s: float = 0.25, slack_s: float = 0.15
) -> list[float]:
    """Best normalised correlation of each voiced window of ``reference`` within ``recorded``.

    Window by window, each searched near where the previous one was found: a gap the sound
    server inserts when the CPU is busy (an underrun) shifts the rest, and must not hide
    whether what was played is what was heard.
    """
    size = 1 << (len(reference) + len(recorded)).bit_length()
    xcorr = np.fft.irfft(np.fft.rfft(recorded, size) * np.conj(np.fft.rfft(reference, size)), size)
    lag = int(np.argmax(xcorr[: len(recorded)]))
    win, slack = int(window_s * CAPTURE_RATE), int(slack_s * CAPTURE_RATE)
    found = []
    for start in range(0, len(reference) - win, win):
        piece = reference[start : start + win].astype(np.float64)
        if np.sqrt(np.mean(piece**2)) < 0.01:
            continue
        lo = max(0, lag + start - slack)
        region = recorded[lo : lag + start + win + slack].astype(np.float64)
        if len(region) < win:
            break
        dots = np.correlate(region, piece, "valid")
        energy = np.convolve(region**2, np.ones(win), "valid")
        scores = dots / (np.linalg.norm(piece) * np.sqrt(energy) + 1e-12)
        best = int(np.argmax(scores))
        found.append(float(scores[best]))
        lag = lo + best - start
    return found


def test_output_devices_are_listed() -> None:
    devices = list_output_devices()
    assert devices, "PortAudio sees no output device on the test sound server"
    assert sum(device.is_default for device in devices) == 1
    assert all(device.channels > 0 and device.default_samplerate > 0 for device in devices)


@pytest.mark.parametrize("stream_rate", [None, 22050], ids=["device-rate", "speech-rate"])
def test_played_line_reaches_the_speaker(
    speech: Speech, recorder: SpeakerRecorder, stream_rate: int | None
) -> None:
    firsts: list[float] = []
    reports: list[PlaybackReport] = []
    with Player(samplerate=stream_rate) as player:
        future = player.play(speech, on_first_sample=firsts.append, on_done=reports.append)
        assert player.is_playing
        report = future.result(_HANG_GUARD_S)
        heard = recorder.wait_until_quiet_after_sound()
        assert not player.is_playing
        underruns = player.underruns

    assert report.completed and reports == [report]
    assert report.played_s == pytest.approx(speech.duration_s, abs=0.01)
    assert firsts == [report.first_sample_at]
    assert report.requested_at <= report.first_sample_at <= report.ended_at  # type: ignore[operator]
    reference = resample(speech.samples, speech.sample_rate, CAPTURE_RATE)
    # nothing lost; and as long as the line, unless a busy CPU made the device run dry
    assert loud_span(heard) > loud_span(reference) - 0.05
    if underruns == 0:
        assert loud_span(heard) < loud_span(reference) + 0.1
    matches = window_correlations(reference, heard)
    assert len(matches) > 0.8 * speech.duration_s / 0.25
    assert np.median(matches) > 0.95  # what was played is what the speaker gave out


def test_stop_cuts_the_line_off(speech: Speech, recorder: SpeakerRecorder) -> None:
    started = threading.Event()
    with Player() as player:
        future = player.play(speech, on_first_sample=lambda t: started.set())
        assert started.wait(_HANG_GUARD_S)
        time.sleep(0.5)  # let some of the line play (not a limit: nothing is asserted on time)
        player.stop()
        assert not player.is_playing
        report = future.result(_HANG_GUARD_S)
        heard = recorder.wait_until_quiet_after_sound()

    assert not report.completed
    assert report.played_s < speech.duration_s / 2
    assert loud_span(heard) < speech.duration_s / 2  # the rest never reached the speaker
    assert loud_span(heard) == pytest.approx(report.played_s, abs=0.15)


def test_a_new_line_replaces_the_one_playing(speech: Speech) -> None:
    with Synthesizer() as synth:
        short = synth.render("Fine.", VoiceSettings("male", 175, 50, 0.8)).result(60)
    started = threading.Event()
    with Player() as player:
        first = player.play(speech, on_first_sample=lambda t: started.set())
        assert started.wait(_HANG_GUARD_S)
        second = player.play(short)
        assert not first.result(_HANG_GUARD_S).completed
        assert second.result(_HANG_GUARD_S).completed


def test_playback_level_follows_what_is_played(speech: Speech) -> None:
    started = threading.Event()
    with Player() as player:
        future = player.play(speech, on_first_sample=lambda t: started.set())
        assert started.wait(_HANG_GUARD_S)
        time.sleep(0.5)
        during = player.playback_level(window_s=0.5)
        level_fn = player.level_at
        future.result(_HANG_GUARD_S)
        time.sleep(0.3)
        after = player.playback_level(window_s=0.2)

    speech_rms = float(np.sqrt(np.mean(np.square(speech.samples))))
    levels = [rms for _, rms in during.history]
    assert max(levels) > speech_rms  # the loud syllables
    assert np.mean(levels) == pytest.approx(speech_rms, rel=0.6)
    times = [t for t, _ in during.history]
    assert times == sorted(times)
    assert during.latency_s > 0
    assert after.rms == 0.0 and max(rms for _, rms in after.history) == 0.0
    assert during.peak_between(times[0], times[-1]) == max(levels)
    # the echo gate's view: level at a moment, by when each block leaves the speaker
    assert level_fn(times[levels.index(max(levels))]) == max(levels)
    assert level_fn(times[-1] + 10.0) == 0.0
    assert level_fn(times[0] - 100.0) == 0.0


def test_an_empty_line_finishes_at_once(speech: Speech) -> None:
    silent = Speech(np.zeros(0, np.float32), speech.sample_rate, "", speech.settings)
    with Player() as player:
        report = player.play(silent).result(_HANG_GUARD_S)
    assert report.completed and report.first_sample_at is None and report.played_s == 0


def test_device_by_name_and_a_plain_error_for_an_unknown_one() -> None:
    with Player(device="pulse") as player:
        assert player.device_name == "pulse"
    with pytest.raises(PlaybackError, match="No output device matches 'no-such-speaker'"):
        Player(device="no-such-speaker")


def test_stalled_output_ends_the_line_and_the_next_one_reopens(
    speech: Speech, sound_server: SoundServer
) -> None:
    """A device that stops taking audio (the speaker suspended) ends the line, not the call."""
    started = threading.Event()
    with Player() as player:
        future = player.play(speech, on_first_sample=lambda t: started.set())
        assert started.wait(_HANG_GUARD_S)
        sound_server.pactl("suspend-sink", sound_server.speaker, "1")
        try:
            report = future.result(_HANG_GUARD_S)
        finally:
            sound_server.pactl("suspend-sink", sound_server.speaker, "0")
        assert not report.completed
        assert report.played_s < speech.duration_s / 2
        assert player.last_error and "stalled" in player.last_error
        recorder = SpeakerRecorder()
        try:
            again = player.play(speech).result(_HANG_GUARD_S)
            heard = recorder.wait_until_quiet_after_sound()
        finally:
            recorder.close()
    assert again.completed
    assert loud_span(heard) > 0.9 * speech.duration_s  # the next line was heard in full


def test_closed_player_says_so(speech: Speech) -> None:
    player = Player()
    player.close()
    player.close()
    with pytest.raises(PlaybackError, match="closed"):
        player.play(speech)


def test_finding_new_devices_with_a_speaker_open_does_not_hang(speech: Speech) -> None:
    """PortAudio hangs if restarted under an open stream: the rescan suspends open speakers,
    which reopen on their next line."""
    from audio.capture import rescan_devices

    with Player() as player:
        finished = threading.Event()
        rescan = threading.Thread(target=lambda: (rescan_devices(), finished.set()), daemon=True)
        rescan.start()
        assert finished.wait(_HANG_GUARD_S), "rescan_devices hung under an open speaker"
        report = player.play(speech).result(_HANG_GUARD_S + speech.duration_s)
        assert report.completed and report.played_s > 0.9 * speech.duration_s
