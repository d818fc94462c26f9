"""The persona's voice: real espeak-ng renders via pyttsx3, the line cache, a Whisper round trip.

Audio is checked by what it is (duration, loudness, pitch, words Whisper hears back), never by how
long anything took.
"""

from __future__ import annotations

import heapq
import itertools
import os
import re
import subprocess
import sys
import textwrap
from concurrent.futures import Future
from pathlib import Path

import numpy as np
import pytest

from audio.tts import (
    TONES,
    LineCache,
    Speech,
    SpeechError,
    Synthesizer,
    VoiceSettings,
    heat_band,
    trim_silence,
    voice_for,
)

LINE = "Where is my parcel? I paid for express delivery and nobody can tell me anything."
_HANG_GUARD_S = 60  # only so a wedged engine fails the test instead of hanging it


@pytest.fixture(scope="module")
def synth() -> Synthesizer:
    synthesizer = Synthesizer()
    yield synthesizer
    synthesizer.close()


def render(synth: Synthesizer, text: str, settings: VoiceSettings) -> Speech:
    return synth.render(text, settings).result(_HANG_GUARD_S)


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))


def median_f0(samples: np.ndarray, rate: int) -> float:
    """Median pitch of the voiced 40 ms frames, by autocorrelation (60-400 Hz)."""
    size = int(0.04 * rate)
    lo, hi = rate // 400, rate // 60
    pitches = []
    for start in range(0, len(samples) - size, size):
        frame = samples[start : start + size].astype(np.float64)
        if rms(frame) < 0.05:
            continue
        ac = np.correlate(frame, frame, "full")[size - 1 :]
        pitches.append(rate / (lo + int(np.argmax(ac[lo:hi]))))
    assert pitches, "no voiced frames"
    return float(np.median(pitches))


# --- voice settings -------------------------------------------------------------------------------


def test_hotter_is_faster_and_louder() -> None:
    cool, warm, hot = (voice_for("female", 175, 55, heat, None) for heat in (1.0, 5.0, 8.5))
    assert cool.rate < warm.rate < hot.rate
    assert cool.volume < warm.volume < hot.volume
    assert cool.pitch <= warm.pitch <= hot.pitch
    assert cool == VoiceSettings("female", 175, 55, 0.72)  # calm heat keeps the script's voice


def test_heat_only_matters_by_band_so_the_cache_hits() -> None:
    assert [heat_band(h) for h in (0, 3.99, 4, 6.99, 7, 10)] == [
        "cool",
        "cool",
        "warm",
        "warm",
        "hot",
        "hot",
    ]
    assert voice_for("male", 160, 40, 4.1, "angry") == voice_for("male", 160, 40, 6.9, "angry")
    assert voice_for("male", 160, 40, 6.9, "angry") != voice_for("male", 160, 40, 7.0, "angry")


def test_the_trainees_pace_scales_every_line_and_stays_in_range() -> None:
    scripted = voice_for("female", 160, 55, 8.0, "angry")
    faster = voice_for("female", 160, 55, 8.0, "angry", pace=1.4)
    slower = voice_for("female", 160, 55, 8.0, "angry", pace=0.8)
    assert slower.rate < scripted.rate < faster.rate
    assert abs(faster.rate / scripted.rate - 1.4) < 0.05
    assert faster.pitch == scripted.pitch and faster.volume == scripted.volume
    with pytest.raises(ValueError, match="pace"):
        voice_for("female", 160, 55, 8.0, None, pace=3.0)


def test_tones_shift_the_voice_naturally() -> None:
    base = voice_for("neutral", 175, 50, 5.0, None)
    shouting = voice_for("neutral", 175, 50, 5.0, "shouting")
    weary = voice_for("neutral", 175, 50, 5.0, "weary")
    assert shouting.rate > base.rate and shouting.volume > base.volume
    assert shouting.pitch > base.pitch
    assert weary.rate < base.rate and weary.volume < base.volume and weary.pitch < base.pitch
    for tone in TONES:  # audible but still a person: within about a quarter of the script's rate
        for heat in (0.0, 5.0, 10.0):
            voice = voice_for("female", 175, 55, heat, tone)
            assert 0.8 * 175 <= voice.rate <= 1.3 * 175
            assert 0.3 <= voice.volume <= 1.0
            assert abs(voice.pitch - 55) <= 14
            assert voice.rate % 5 == 0


def test_extremes_are_clamped() -> None:
    fast = voice_for("male", 300, 100, 10, "shouting")
    slow = voice_for("male", 80, 0, 0, "weary")
    assert fast.rate <= 360 and fast.pitch == 100 and fast.volume == 1.0
    assert slow.rate >= 80 and slow.pitch == 0


def test_unknown_gender_or_tone_is_a_plain_error() -> None:
    with pytest.raises(ValueError, match="Unknown voice gender 'robot': use one of female"):
        voice_for("robot", 175, 50, 5, None)
    with pytest.raises(ValueError, match="Unknown tone 'giggly'"):
        voice_for("female", 175, 50, 5, "giggly")


def test_trim_silence_keeps_a_short_margin() -> None:
    rate = 1000
    samples = np.concatenate([np.zeros(300), np.full(100, 0.5), np.zeros(400)]).astype(np.float32)
    trimmed = trim_silence(samples, rate)
    assert len(trimmed) == 10 + 100 + 40
    assert len(trim_silence(np.zeros(50, np.float32), rate)) == 0


# --- the synthesizer (real espeak-ng through pyttsx3) ---------------------------------------------


def test_render_is_real_speech(synth: Synthesizer) -> None:
    settings = VoiceSettings("female", 175, 55, 0.8)
    speech = render(synth, LINE, settings)
    assert speech.text == LINE and speech.settings == settings
    assert speech.sample_rate == synth.sample_rate > 8000
    assert speech.samples.dtype == np.float32 and speech.samples.ndim == 1
    words = len(LINE.split())
    expected_s = words / settings.rate * 60  # 15 words at 175 wpm: about 5 s
    assert 0.6 * expected_s < speech.duration_s < 1.5 * expected_s
    assert rms(speech.samples) > 0.02  # speech, not noise or silence
    assert np.abs(speech.samples).max() < 1.0
    # espeak's trailing pause is trimmed: the line ends when the voice does
    tail = speech.samples[-int(0.05 * speech.sample_rate) :]
    assert rms(tail) < rms(speech.samples)
    assert "espeak" in synth.engine_id and synth.driver == "espeak"


def test_rate_sets_duration(synth: Synthesizer) -> None:
    slow = render(synth, LINE, VoiceSettings("male", 120, 50, 0.8))
    fast = render(synth, LINE, VoiceSettings("male", 240, 50, 0.8))
    assert 1.6 < slow.duration_s / fast.duration_s < 2.4  # twice the rate, about half the time


def test_volume_sets_loudness(synth: Synthesizer) -> None:
    quiet = render(synth, LINE, VoiceSettings("male", 175, 50, 0.4))
    loud = render(synth, LINE, VoiceSettings("male", 175, 50, 0.8))
    assert 1.7 < rms(loud.samples) / rms(quiet.samples) < 2.3
    assert abs(loud.duration_s - quiet.duration_s) < 0.1


def test_pitch_and_gender_set_the_voice(synth: Synthesizer) -> None:
    assert synth.pitch_supported  # espeak's driver has it; SAPI5/NSSS through pyttsx3 do not
    low = render(synth, LINE, VoiceSettings("female", 175, 20, 0.8))
    high = render(synth, LINE, VoiceSettings("female", 175, 80, 0.8))
    male = render(synth, LINE, VoiceSettings("male", 175, 50, 0.8))
    female = render(synth, LINE, VoiceSettings("female", 175, 50, 0.8))
    rate = synth.sample_rate
    assert median_f0(high.samples, rate) > 1.3 * median_f0(low.samples, rate)
    assert median_f0(female.samples, rate) > 1.4 * median_f0(male.samples, rate)
    assert set(synth.voices) == {"female", "male", "neutral"}


def test_a_chosen_voice_overrides_the_personas_gender(synth: Synthesizer) -> None:
    female = VoiceSettings("female", 175, 50, 0.8)
    as_male = render(synth, LINE, VoiceSettings("female", 175, 50, 0.8, voice="en-us+m2"))
    rate = synth.sample_rate
    assert median_f0(render(synth, LINE, female).samples, rate) > 1.4 * median_f0(
        as_male.samples, rate
    )


def test_mood_is_heard(synth: Synthesizer) -> None:
    calm = render(synth, LINE, voice_for("female", 175, 55, 1.0, "calm"))
    furious = render(synth, LINE, voice_for("female", 175, 55, 9.5, "shouting"))
    assert furious.duration_s < 0.85 * calm.duration_s
    assert rms(furious.samples) > 1.3 * rms(calm.samples)


def test_the_same_settings_render_the_same_line(synth: Synthesizer) -> None:
    """Settings never leak from one line to the next (the espeak driver's cancel race)."""
    a, b = VoiceSettings("female", 140, 30, 0.5), VoiceSettings("male", 260, 80, 1.0)
    first = [render(synth, "Fine. Go on.", s) for s in (a, b, a, b, a)]
    durations_a = [s.duration_s for s in first[0::2]]
    durations_b = [s.duration_s for s in first[1::2]]
    assert max(durations_a) - min(durations_a) < 0.02
    assert max(durations_b) - min(durations_b) < 0.02
    assert min(durations_a) > 1.4 * max(durations_b)


def test_priority_orders_queued_lines(synth: Synthesizer) -> None:
    order: list[str] = []
    settings = VoiceSettings("neutral", 175, 50, 0.8)
    texts = [f"Line number {n} of the prefetch." for n in range(6)]
    futures = [synth.render(t, settings, priority=10 + i) for i, t in enumerate(texts)]
    urgent = synth.render("I need this one now.", settings, priority=0)
    for future in [*futures, urgent]:
        future.add_done_callback(lambda f: order.append(f.result().text))
    for future in [*futures, urgent]:
        future.result(_HANG_GUARD_S)
    prefetched = [t for t in order if t.startswith("Line")]
    assert prefetched == texts  # in priority order
    assert order.index("I need this one now.") < order.index(texts[-1])


def test_empty_line_is_a_plain_error(synth: Synthesizer) -> None:
    with pytest.raises(SpeechError, match="nothing to say"):
        synth.render("   ", VoiceSettings("female", 175, 50, 0.8))


def test_closed_synthesizer_says_so() -> None:
    synthesizer = Synthesizer()
    synthesizer.close()
    synthesizer.close()  # twice is fine
    with pytest.raises(SpeechError, match="closed"):
        synthesizer.render("Hello", VoiceSettings("female", 175, 50, 0.8))


def test_missing_espeak_says_install_espeak_ng(tmp_path: Path) -> None:
    """Without the espeak-ng library the error names the fix.

    The library is hidden from every process of the run (the engine runs in a child) by a
    ``sitecustomize`` on PYTHONPATH that makes loading it fail.
    """
    (tmp_path / "sitecustomize.py").write_text(
        textwrap.dedent(
            """
            import ctypes
            _real = ctypes.cdll.LoadLibrary
            def _no_espeak(name):
                if "espeak" in str(name):
                    raise OSError(f"{name}: cannot open shared object file")
                return _real(name)
            ctypes.cdll.LoadLibrary = _no_espeak
            """
        )
    )
    code = textwrap.dedent(
        """
        from audio.tts import Synthesizer, SpeechError
        try:
            Synthesizer()
        except SpeechError as exc:
            print("SpeechError:", exc)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        timeout=_HANG_GUARD_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("SpeechError:"), result.stdout + result.stderr
    assert "install espeak-ng" in result.stdout.lower()
    assert "Traceback" not in result.stdout + result.stderr


def test_a_dead_engine_is_replaced() -> None:
    with Synthesizer() as synthesizer:
        settings = VoiceSettings("male", 175, 50, 0.8)
        first = synthesizer.render("Before.", settings).result(_HANG_GUARD_S)
        assert synthesizer._child is not None
        synthesizer._child._process.kill()  # what a crash of the engine looks like
        synthesizer._child._process.wait()
        after = synthesizer.render("Before.", settings).result(_HANG_GUARD_S)
        assert synthesizer.restarts == 1
    np.testing.assert_allclose(after.duration_s, first.duration_s, atol=0.02)


def test_nothing_is_printed_on_stdout(tmp_path: Path) -> None:
    """The espeak driver prints "Audio saved to ..."; stdout carries --json: it must stay quiet."""
    code = textwrap.dedent(
        """
        from audio.tts import Synthesizer, VoiceSettings
        with Synthesizer() as synth:
            synth.render("Quiet please.", VoiceSettings("male", 175, 50, 0.8)).result(60)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        timeout=_HANG_GUARD_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


# --- the line cache with the real synthesizer -----------------------------------------------------


def test_cache_miss_then_hit_returns_the_same_samples(synth: Synthesizer) -> None:
    cache = LineCache(synth)
    settings = voice_for("female", 175, 55, 8.0, "angry")
    first = cache.get_or_render(LINE, settings).result(_HANG_GUARD_S)
    assert (cache.stats.hits, cache.stats.misses) == (0, 1)
    again = cache.get_or_render(LINE, settings)
    assert again.done()
    assert again.result() is first
    assert (cache.stats.hits, cache.stats.misses, cache.stats.renders) == (1, 1, 1)
    assert cache.stats.hit_rate == 0.5
    other = cache.get_or_render(LINE, voice_for("female", 175, 55, 2.0, "angry")).result(60)
    assert other is not first and cache.stats.misses == 2


def test_prefetch_then_get_is_a_hit(synth: Synthesizer) -> None:
    cache = LineCache(synth)
    settings = voice_for("male", 160, 45, 5.0, None)
    lines = ["Right. And?", "That is not good enough.", "I want a refund today."]
    futures = cache.prefetch([(text, settings) for text in lines])
    assert len(futures) == 3
    for future in futures:
        future.result(_HANG_GUARD_S)
    assert cache.stats.prefetch_renders == 3
    for text, future in zip(lines, futures, strict=True):
        got = cache.get_or_render(text, settings)
        assert got.done() and got.result() is future.result()
    assert (cache.stats.hits, cache.stats.misses, cache.stats.renders) == (3, 0, 0)
    assert cache.stats.hit_rate == 1.0


def test_disk_cache_survives_a_new_cache(synth: Synthesizer, tmp_path: Path) -> None:
    settings = voice_for("female", 175, 55, 5.0, "sarcastic")
    first = LineCache(synth, disk_dir=tmp_path / "tts").get_or_render(LINE, settings).result(60)
    files = list((tmp_path / "tts").glob("*.npz"))
    assert len(files) == 1 and len(files[0].stem) == 64  # a sha256
    fresh = LineCache(synth, disk_dir=tmp_path / "tts")
    got = fresh.get_or_render(LINE, settings)
    assert got.done()
    np.testing.assert_array_equal(got.result().samples, first.samples)
    assert got.result().sample_rate == first.sample_rate
    assert (fresh.stats.hits, fresh.stats.disk_hits, fresh.stats.renders) == (1, 1, 0)


def test_damaged_disk_entry_is_rendered_again(synth: Synthesizer, tmp_path: Path) -> None:
    settings = voice_for("male", 175, 50, 5.0, None)
    cache = LineCache(synth, disk_dir=tmp_path)
    cache.get_or_render("Hello again.", settings).result(_HANG_GUARD_S)
    (path,) = tmp_path.glob("*.npz")
    path.write_bytes(b"not an npz file")
    fresh = LineCache(synth, disk_dir=tmp_path)
    speech = fresh.get_or_render("Hello again.", settings).result(_HANG_GUARD_S)
    assert speech.duration_s > 0.3
    assert (fresh.stats.misses, fresh.stats.renders) == (1, 1)


def test_memory_is_bounded_in_bytes(synth: Synthesizer) -> None:
    settings = VoiceSettings("neutral", 175, 50, 0.8)
    one = render(synth, "Number one.", settings)
    cache = LineCache(synth, max_bytes=int(one.nbytes * 2.5))
    for text in ("Number one.", "Number two.", "Number three.", "Number four."):
        cache.get_or_render(text, settings).result(_HANG_GUARD_S)
    assert cache.stats.bytes <= int(one.nbytes * 2.5)
    assert cache.peek("Number four.", settings) is not None
    assert cache.peek("Number one.", settings) is None  # least recently used went first


# --- the line cache's scheduling, with a hand-cranked synthesizer ---------------------------------


class CrankedSynth:
    """Stands in for Synthesizer in scheduling tests: lines finish only when the test says so."""

    engine_id = "cranked"

    def __init__(self) -> None:
        self.queue: list[tuple[int, int, str, VoiceSettings, Future[Speech]]] = []
        self.seq = itertools.count()
        self.rendered: list[str] = []

    def render(self, text: str, settings: VoiceSettings, *, priority: int = 0) -> Future[Speech]:
        future: Future[Speech] = Future()
        heapq.heappush(self.queue, (priority, next(self.seq), text, settings, future))
        return future

    def finish_next(self) -> str | None:
        while self.queue:
            _, _, text, settings, future = heapq.heappop(self.queue)
            if future.set_running_or_notify_cancel():
                self.rendered.append(text)
                future.set_result(Speech(np.zeros(100, np.float32), 22050, text, settings))
                return text
        return None


def test_needed_line_jumps_ahead_of_prefetch() -> None:
    synth = CrankedSynth()
    cache = LineCache(synth)  # type: ignore[arg-type]
    voice = VoiceSettings("female", 175, 50, 0.8)
    cache.prefetch([("a", voice), ("b", voice), ("c", voice)])
    needed = cache.get_or_render("now", voice)
    while synth.finish_next():
        pass
    assert synth.rendered == ["now", "a", "b", "c"]
    assert needed.result().text == "now"


def test_needed_prefetched_line_is_moved_to_the_front() -> None:
    synth = CrankedSynth()
    cache = LineCache(synth)  # type: ignore[arg-type]
    voice = VoiceSettings("female", 175, 50, 0.8)
    prefetched = cache.prefetch([("a", voice), ("b", voice), ("c", voice)])
    needed = cache.get_or_render("c", voice)
    assert needed is prefetched[2]  # the caller waiting on the prefetch is not left behind
    assert synth.finish_next() == "c"
    assert needed.result().text == "c"
    while synth.finish_next():
        pass
    assert synth.rendered == ["c", "a", "b"]
    assert cache.stats.misses == 1 and cache.get_or_render("c", voice).done()


def test_new_prefetch_drops_stale_guesses() -> None:
    synth = CrankedSynth()
    cache = LineCache(synth)  # type: ignore[arg-type]
    voice = VoiceSettings("male", 175, 50, 0.8)
    old = cache.prefetch([("a", voice), ("b", voice)])
    cache.prefetch([("b", voice), ("c", voice)])
    while synth.finish_next():
        pass
    assert synth.rendered == ["b", "c"]
    assert old[0].cancelled()
    assert old[1].result().text == "b"


def test_failed_render_reaches_the_caller_and_is_not_cached() -> None:
    synth = CrankedSynth()
    cache = LineCache(synth)  # type: ignore[arg-type]
    voice = VoiceSettings("male", 175, 50, 0.8)
    future = cache.get_or_render("oops", voice)
    *_, inner = heapq.heappop(synth.queue)
    inner.set_running_or_notify_cancel()
    inner.set_exception(SpeechError("The speech engine stopped responding; restart Hotseat."))
    with pytest.raises(SpeechError, match="stopped responding"):
        future.result()
    assert cache.peek("oops", voice) is None
    cache.get_or_render("oops", voice)
    assert len(synth.queue) == 1  # asked again, rendered again


# --- round trip: espeak speaks a trainee reply, faster-whisper hears it ---------------------------


def _words(text: str) -> list[str]:
    return re.sub(r"[^a-z' ]", " ", text.lower()).split()


def test_round_trip_through_whisper(synth: Synthesizer) -> None:
    from faster_whisper import WhisperModel

    from audio.playback import resample
    from audio.speech_model import resolve_model

    model = WhisperModel(str(resolve_model().path), device="cpu", compute_type="int8")
    from personas.judge import judge

    replies = [
        ("female", "I'm really sorry the parcel never arrived. Let me find out where it is."),
        ("male", "So the technician missed the appointment twice. That must be so frustrating."),
        (
            "neutral",
            "I can send a replacement today, or give you a full refund. Which would you prefer?",
        ),
    ]
    expected_marks = ["empathise", "empathise", "options"]
    heard_words = total_words = 0
    for (gender, text), mark in zip(replies, expected_marks, strict=True):
        speech = render(synth, text, voice_for(gender, 165, 50, 2.0, "calm"))
        audio16k = resample(speech.samples, speech.sample_rate, 16000)
        segments, _ = model.transcribe(audio16k, beam_size=1, language="en")
        heard_text = " ".join(segment.text for segment in segments)
        heard = set(_words(heard_text))
        # and the judge marks what Whisper heard, citing the heard words
        marked = judge(heard_text).marks[mark]
        assert marked.hit, f"{mark} not found in {heard_text!r}"
        assert marked.evidence and marked.evidence in heard_text
        reference = _words(text)
        heard_words += sum(word in heard for word in reference)
        total_words += len(reference)
    assert heard_words / total_words >= 0.8, f"Whisper heard {heard_words}/{total_words} words"
