"""Turn-taking on real recorded and synthesised speech, fed frame by frame through the real VAD.

Every check is made on the frames' own timeline (the times passed to ``feed``), never the wall
clock: the test audio is built from known pieces (speech cut from jfk.flac, espeak-ng lines,
the committed trainee replies) with silences of known length, so each expected moment is known.
The "silence" between pieces is faint noise (-65 dBFS), as a real microphone gives.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from faster_whisper import decode_audio

from audio.turns import (
    FRAME_S,
    FRAME_SAMPLES,
    BargeIn,
    Event,
    Paused,
    Resumed,
    SpeechStarted,
    TurnConfig,
    TurnEnded,
    TurnTaker,
    dbfs,
)
from audio.vad import SileroVad

ROOT = Path(__file__).resolve().parents[1]
VOICE = ROOT / "tests" / "data" / "voice"
JFK_CANDIDATES = (
    ROOT / "tests" / "data" / "jfk.flac",
    ROOT.parent / "shared" / "fixtures" / "jfk.flac",
    Path("/work/shared/fixtures/jfk.flac"),
)
RATE = 16_000
PREROLL_FRAMES = 13  # 400 ms rounds up to 13 frames of 32 ms
PERSONA_LINE = (
    "I have been waiting three weeks for my parcel and nobody has called me back. "
    "This is ridiculous, I want it sorted today."
)


# -- audio helpers --------------------------------------------------------------------------------


def noise(seconds: float, seed: int = 0, level_dbfs: float = -65.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    scale = 10 ** (level_dbfs / 20)
    return (rng.standard_normal(round(seconds * RATE)) * scale).astype(np.float32)


def trim(audio: np.ndarray) -> np.ndarray:
    """Cut a clip to its sound (10 ms windows within 35 dB of the loudest), so its start and
    end are the speech's."""
    window = 160
    levels = np.array(
        [dbfs(audio[i : i + window]) for i in range(0, len(audio) - window + 1, window)]
    )
    loud = np.flatnonzero(levels > levels.max() - 35)
    return audio[loud[0] * window : (loud[-1] + 1) * window].astype(np.float32)


def espeak(text: str, folder: Path, voice: str = "en-us") -> np.ndarray:
    wav = folder / f"espeak-{abs(hash((text, voice)))}.wav"
    if not wav.exists():
        subprocess.run(["espeak-ng", "-v", voice, "-w", str(wav), text], check=True)
    return decode_audio(str(wav), sampling_rate=RATE)


@dataclass
class Timeline:
    """Audio built from pieces, remembering where each piece begins and ends (seconds)."""

    audio: np.ndarray
    spans: dict[str, tuple[float, float]]

    @classmethod
    def build(cls, *pieces: tuple[str, np.ndarray]) -> Timeline:
        parts: list[np.ndarray] = []
        spans: dict[str, tuple[float, float]] = {}
        at = 0
        for index, (name, samples) in enumerate(pieces):
            floor = noise(len(samples) / RATE, seed=index)
            parts.append(samples.astype(np.float32) + floor)
            spans[name] = (at / RATE, (at + len(samples)) / RATE)
            at += len(samples)
        audio = np.concatenate(parts)
        pad = -len(audio) % FRAME_SAMPLES
        audio = np.concatenate([audio, noise(pad / RATE, seed=99)])
        return cls(audio, spans)

    def start(self, name: str) -> float:
        return self.spans[name][0]

    def end(self, name: str) -> float:
        return self.spans[name][1]


def run(
    taker: TurnTaker,
    audio: np.ndarray,
    t0: float = 0.0,
    before_frame: Callable[[TurnTaker, float], None] | None = None,
) -> list[Event]:
    events: list[Event] = []
    for i in range(len(audio) // FRAME_SAMPLES):
        t = t0 + i * FRAME_S
        if before_frame is not None:
            before_frame(taker, t)
        events += taker.feed(audio[i * FRAME_SAMPLES : (i + 1) * FRAME_SAMPLES], t)
    return events


def kinds(events: list[Event]) -> list[str]:
    return [type(event).__name__ for event in events]


def only(events: list[Event], kind: type) -> list:
    return [event for event in events if isinstance(event, kind)]


# -- speech sources -------------------------------------------------------------------------------


def _jfk() -> np.ndarray | None:
    path = next((p for p in JFK_CANDIDATES if p.exists()), None)
    return None if path is None else decode_audio(str(path), sampling_rate=RATE)


@pytest.fixture(scope="module")
def jfk() -> np.ndarray:
    audio = _jfk()
    if audio is None:
        pytest.skip("jfk.flac (faster-whisper's public-domain test clip) is not available")
    return audio


@pytest.fixture(scope="module")
def espeak_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("espeak")


@pytest.fixture(scope="module", params=["jfk", "espeak", "recorded"])
def speech(request: pytest.FixtureRequest, espeak_dir: Path) -> tuple[np.ndarray, np.ndarray]:
    """Two utterances of one speaker (a human, espeak-ng, a rendered trainee reply)."""
    if request.param == "jfk":
        audio = request.getfixturevalue("jfk")
        # "And so, my fellow Americans" / "ask not what your country can do for you", cut at
        # the speech's edges (the clip's room tone would otherwise count as part of them)
        return audio[int(0.28 * RATE) : int(2.26 * RATE)], audio[int(5.4 * RATE) : int(7.64 * RATE)]
    if request.param == "espeak":
        return (
            trim(espeak("I hear you, and I am really sorry.", espeak_dir)),
            trim(espeak("Let me book the engineer for tomorrow morning.", espeak_dir)),
        )
    first, second = VOICE / "good_02.flac", VOICE / "good_04.flac"
    if not (first.exists() and second.exists()):
        pytest.skip("the rendered trainee replies (tests/data/voice) are not there")
    return tuple(trim(sf.read(str(p), dtype="float32")[0]) for p in (first, second))  # type: ignore[return-value]


@pytest.fixture(scope="module")
def shared_vad() -> SileroVad:
    return SileroVad()


@pytest.fixture
def taker_for(shared_vad: SileroVad) -> Callable[..., TurnTaker]:
    def make(**config: object) -> TurnTaker:
        shared_vad.reset()
        return TurnTaker(TurnConfig(**config), vad=shared_vad)  # type: ignore[arg-type]

    return make


# -- hands-free turns -----------------------------------------------------------------------------


def test_a_turn_starts_after_250_ms_of_speech_and_ends_after_the_silence(
    speech: tuple[np.ndarray, np.ndarray], taker_for: Callable[..., TurnTaker]
) -> None:
    line = Timeline.build(
        ("before", np.zeros(RATE)), ("said", speech[0]), ("after", np.zeros(RATE))
    )
    events = run(taker_for(), line.audio)
    started, ended = only(events, SpeechStarted), only(events, TurnEnded)
    assert len(started) == 1 and len(ended) == 1, kinds(events)
    assert kinds(events)[0] == "SpeechStarted" and kinds(events)[-1] == "TurnEnded"
    start, end = started[0], ended[0]
    # the speech itself is found where it is (the VAD may lag or lead its onset by a frame or so)
    assert abs(start.t_first_voiced - line.start("said")) < 0.15
    # and the turn is declared only once 250 ms (8 frames) of it were heard
    assert 0.25 <= start.t - start.t_first_voiced <= 0.25 + 0.2
    assert end.reason == "silence" and not end.barged_in
    assert end.t_first_voiced == start.t_first_voiced
    assert line.end("said") - 0.2 < end.t_last_voiced < line.end("said") + 0.25
    assert end.voiced_ms > 0.5 * (line.end("said") - line.start("said")) * 1000


def test_the_end_comes_end_silence_after_the_last_voiced_frame(
    speech: tuple[np.ndarray, np.ndarray], taker_for: Callable[..., TurnTaker]
) -> None:
    line = Timeline.build(
        ("before", np.zeros(RATE)), ("said", speech[0]), ("after", np.zeros(2 * RATE))
    )
    for end_silence_ms in (600, 900, 300):  # 300: a sentence break may now end a turn
        ends = only(run(taker_for(end_silence_ms=end_silence_ms), line.audio), TurnEnded)
        assert ends
        for end in ends:
            waited = end.t_decision - end.t_last_voiced
            assert end_silence_ms / 1000 - 1e-9 <= waited < end_silence_ms / 1000 + FRAME_S


def test_event_times_come_from_the_frame_timeline(
    speech: tuple[np.ndarray, np.ndarray], taker_for: Callable[..., TurnTaker]
) -> None:
    line = Timeline.build(
        ("before", np.zeros(RATE)), ("said", speech[0]), ("after", np.zeros(RATE))
    )
    at_zero = run(taker_for(), line.audio, t0=0.0)
    later = run(taker_for(), line.audio, t0=5000.0)
    assert kinds(at_zero) == kinds(later)
    for a, b in zip(only(at_zero, TurnEnded), only(later, TurnEnded), strict=True):
        assert b.t_decision - a.t_decision == pytest.approx(5000.0)
        assert b.t_last_voiced - a.t_last_voiced == pytest.approx(5000.0)


def test_the_turn_audio_holds_the_preroll(
    speech: tuple[np.ndarray, np.ndarray], taker_for: Callable[..., TurnTaker]
) -> None:
    line = Timeline.build(
        ("before", np.zeros(RATE)), ("said", speech[0]), ("after", np.zeros(RATE))
    )
    events = run(taker_for(), line.audio)
    (end,) = only(events, TurnEnded)
    first = round(end.t_first_voiced / FRAME_S)
    preroll = PREROLL_FRAMES * FRAME_SAMPLES  # 416 ms, inside the 300-500 ms asked for
    begin = first * FRAME_SAMPLES - preroll
    assert begin > 0
    np.testing.assert_array_equal(end.audio[:preroll], line.audio[begin : begin + preroll])
    # the audio runs on to the first silent frame after the speech, sample for sample
    stop = round(end.t_last_voiced / FRAME_S) * FRAME_SAMPLES + FRAME_SAMPLES
    np.testing.assert_array_equal(end.audio, line.audio[begin:stop])
    # ...and it is exactly what the last Paused event offered for a speculative transcript
    assert end.audio is only(events, Paused)[-1].audio_so_far


def test_a_shorter_preroll_is_honoured(
    speech: tuple[np.ndarray, np.ndarray], taker_for: Callable[..., TurnTaker]
) -> None:
    line = Timeline.build(
        ("before", np.zeros(RATE)), ("said", speech[0]), ("after", np.zeros(RATE))
    )
    (end,) = only(run(taker_for(preroll_ms=300), line.audio), TurnEnded)
    expected = 10 * FRAME_SAMPLES + round((end.t_last_voiced - end.t_first_voiced) * RATE)
    assert len(end.audio) == expected + FRAME_SAMPLES  # 320 ms pre-roll, speech, 1 silent frame


def test_a_pause_shorter_than_the_end_silence_pauses_and_resumes(
    speech: tuple[np.ndarray, np.ndarray], taker_for: Callable[..., TurnTaker]
) -> None:
    line = Timeline.build(
        ("before", np.zeros(RATE)),
        ("first", speech[0]),
        ("pause", np.zeros(int(0.35 * RATE))),
        ("second", speech[1]),
        ("after", np.zeros(RATE)),
    )
    events = run(taker_for(), line.audio)
    (end,) = only(events, TurnEnded)
    # the pause between the utterances was offered for speculation, then withdrawn
    pauses = [
        e for e in only(events, Paused) if line.end("first") - 0.2 < e.t < line.start("second")
    ]
    assert pauses, kinds(events)
    resumed = [e for e in only(events, Resumed) if e.t > pauses[-1].t]
    assert resumed and resumed[0].t < line.start("second") + 0.2
    # one turn holding both utterances
    assert end.t_first_voiced < line.start("first") + 0.15
    assert end.t_last_voiced > line.end("second") - 0.2
    assert kinds(events)[-2:] == ["Paused", "TurnEnded"]


def test_a_pause_longer_than_the_end_silence_makes_two_turns(
    speech: tuple[np.ndarray, np.ndarray], taker_for: Callable[..., TurnTaker]
) -> None:
    line = Timeline.build(
        ("before", np.zeros(RATE)),
        ("first", speech[0]),
        ("pause", np.zeros(int(1.2 * RATE))),
        ("second", speech[1]),
        ("after", np.zeros(RATE)),
    )
    ends = only(run(taker_for(), line.audio), TurnEnded)
    assert len(ends) == 2
    assert ends[0].t_decision < line.start("second") < ends[1].t_first_voiced + 0.15
    # the second turn's pre-roll comes from the silence between them: nothing of the first turn
    assert len(ends[1].audio) >= PREROLL_FRAMES * FRAME_SAMPLES


def test_short_sounds_do_not_start_a_turn(
    speech: tuple[np.ndarray, np.ndarray], taker_for: Callable[..., TurnTaker]
) -> None:
    t = np.arange(int(0.1 * RATE)) / RATE
    click = (0.8 * np.sin(2 * np.pi * 2000 * t) * np.exp(-t / 0.02)).astype(np.float32)
    syllable = speech[0][int(0.3 * RATE) : int(0.4 * RATE)]  # 100 ms cut from real speech
    knock = np.zeros(int(0.1 * RATE), np.float32)
    knock[:40] = 0.9
    line = Timeline.build(
        ("a", np.zeros(RATE)),
        ("click", click),
        ("b", np.zeros(RATE)),
        ("syllable", syllable),
        ("c", np.zeros(RATE)),
        ("knock", knock),
        ("d", np.zeros(RATE)),
    )
    assert run(taker_for(), line.audio) == []


def test_long_speech_is_cut_at_the_maximum_turn_length(
    jfk: np.ndarray, taker_for: Callable[..., TurnTaker]
) -> None:
    line = Timeline.build(("before", np.zeros(RATE)), ("said", trim(jfk[: int(2.3 * RATE)])))
    (end,) = only(run(taker_for(max_turn_ms=1000), line.audio), TurnEnded)
    assert end.reason == "max_length"
    start = only(run(taker_for(max_turn_ms=1000), line.audio), SpeechStarted)[0]
    assert end.t_decision - start.t == pytest.approx(1.0, abs=FRAME_S)


@pytest.mark.parametrize("name", ["silence_5s", "room_noise_5s"])
def test_recorded_silence_and_room_noise_make_no_turn(
    name: str, taker_for: Callable[..., TurnTaker]
) -> None:
    path = VOICE / f"{name}.flac"
    if not path.exists():
        pytest.skip(f"{path} is not rendered")
    audio = sf.read(str(path), dtype="float32")[0]
    assert run(taker_for(), audio) == []


def test_every_recorded_reply_is_one_turn(taker_for: Callable[..., TurnTaker]) -> None:
    files = sorted(VOICE.glob("good_*.flac")) + sorted(VOICE.glob("rude_*.flac"))
    if not files:
        pytest.skip("the rendered trainee replies (tests/data/voice) are not there")
    for path in files:
        reply = sf.read(str(path), dtype="float32")[0]
        line = Timeline.build(
            ("before", np.zeros(RATE)), ("said", reply), ("after", np.zeros(RATE))
        )
        ends = only(run(taker_for(), line.audio), TurnEnded)
        assert len(ends) >= 1, path.name
        assert ends[0].t_first_voiced < line.start("said") + 1.0, path.name
        assert ends[-1].t_last_voiced > line.end("said") - 1.0, path.name


# -- push-to-talk ---------------------------------------------------------------------------------


def test_push_to_talk_turn_is_bounded_by_the_key(
    speech: tuple[np.ndarray, np.ndarray], taker_for: Callable[..., TurnTaker]
) -> None:
    taker = taker_for(mode="push_to_talk")
    before = Timeline.build(
        ("before", np.zeros(RATE)), ("unpressed", speech[1]), ("gap", np.zeros(RATE))
    )
    assert run(taker, before.audio) == []  # speech without the key is not a turn
    t_press = len(before.audio) / RATE
    (started,) = taker.press()
    assert started == SpeechStarted(t_press, None)
    during = Timeline.build(
        ("lead", np.zeros(int(0.3 * RATE))), ("said", speech[0]), ("tail", np.zeros(RATE))
    )
    assert run(taker, during.audio, t0=t_press) == []  # silences inside do not end it
    t_release = t_press + len(during.audio) / RATE + 0.5
    (end,) = taker.release(t_release)
    assert end.reason == "released" and end.t_decision == t_release
    assert abs(end.t_first_voiced - (t_press + during.start("said"))) < 0.15
    assert abs(end.t_last_voiced - (t_press + during.end("said"))) < 0.25
    preroll = before.audio[-PREROLL_FRAMES * FRAME_SAMPLES :]
    np.testing.assert_array_equal(end.audio, np.concatenate([preroll, during.audio]))
    assert taker.release() == []  # already up


def test_push_to_talk_with_nothing_said(taker_for: Callable[..., TurnTaker]) -> None:
    taker = taker_for(mode="push_to_talk")
    taker.press(0.0)
    run(taker, noise(1.0))
    (end,) = taker.release()
    assert end.voiced_ms == 0 and end.t_first_voiced is None and end.t_last_voiced is None
    assert end.t_decision == pytest.approx(1.0, abs=FRAME_S)


def test_press_and_release_are_for_push_to_talk(taker_for: Callable[..., TurnTaker]) -> None:
    with pytest.raises(RuntimeError, match="push_to_talk"):
        taker_for().press()


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="mode"):
        TurnConfig(mode="walkie-talkie")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="end_silence_ms"):
        TurnConfig(end_silence_ms=0)


# -- the persona speaking: barge-in and echo ------------------------------------------------------


@dataclass
class Persona:
    """A persona line played from ``start`` (seconds on the timeline)."""

    audio: np.ndarray
    start: float

    @property
    def end(self) -> float:
        return self.start + len(self.audio) / RATE

    def level(self, t: float) -> float:
        """RMS leaving the speaker around ``t`` (what the player reports), 0 outside the line."""
        centre = round((t - self.start) * RATE)
        window = self.audio[max(0, centre - 256) : max(0, centre + 256)]
        return float(np.sqrt(np.mean(np.square(window)))) if window.size else 0.0

    def leak(self, total: int, gain_db: float, delay_s: float) -> np.ndarray:
        """The line as it reaches an open microphone: attenuated and late."""
        out = np.zeros(total, np.float32)
        at = round((self.start + delay_s) * RATE)
        part = self.audio[: max(0, total - at)]
        out[at : at + len(part)] = part * np.float32(10 ** (gain_db / 20))
        return out

    def playing(self, taker: TurnTaker, t: float) -> None:
        """``before_frame`` hook: tell the taker what is playing, as the app would."""
        active = self.start <= t < self.end
        if active != taker.playback_active or (active and t == self.start):
            taker.set_playback(active, self.level if active else None)


@pytest.fixture(scope="module")
def persona(espeak_dir: Path) -> Persona:
    return Persona(espeak(PERSONA_LINE, espeak_dir, voice="en-gb"), start=1.0)


def _room(persona: Persona, seconds_after: float = 1.5) -> int:
    total = round((persona.end + seconds_after) * RATE)
    return total + (-total % FRAME_SAMPLES)


def test_talking_over_the_persona_is_a_barge_in(
    speech: tuple[np.ndarray, np.ndarray], persona: Persona, taker_for: Callable[..., TurnTaker]
) -> None:
    """A headset: the persona is not heard by the microphone, the trainee is."""
    total = _room(persona)
    mic = noise(total / RATE)
    at = round((persona.start + 1.5) * RATE)
    mic[at : at + len(speech[0])] += speech[0]
    events = run(taker_for(), mic, before_frame=persona.playing)
    assert kinds(events)[:2] == ["BargeIn", "SpeechStarted"], kinds(events)
    barge, started = events[0], events[1]
    assert isinstance(barge, BargeIn) and barge.t == started.t < persona.end
    assert abs(started.t_first_voiced - at / RATE) < 0.15
    assert all(end.barged_in for end in only(events, TurnEnded))


def test_speech_after_the_persona_finished_is_no_barge_in(
    speech: tuple[np.ndarray, np.ndarray], persona: Persona, taker_for: Callable[..., TurnTaker]
) -> None:
    total = _room(persona, seconds_after=len(speech[0]) / RATE + 2.0)
    mic = noise(total / RATE)
    at = round((persona.end + 0.8) * RATE)
    mic[at : at + len(speech[0])] += speech[0]
    events = run(taker_for(), mic, before_frame=persona.playing)
    assert "BargeIn" not in kinds(events) and "SpeechStarted" in kinds(events)
    assert not only(events, TurnEnded)[0].barged_in


@pytest.mark.parametrize("delay_s", [0.08, 0.2])
def test_the_persona_leaking_into_the_microphone_is_not_the_trainee(
    persona: Persona, taker_for: Callable[..., TurnTaker], delay_s: float
) -> None:
    total = _room(persona)
    mic = noise(total / RATE) + persona.leak(total, gain_db=-20.0, delay_s=delay_s)
    # without knowing what was played, the leak is a voice like any other: it would take a turn
    assert "SpeechStarted" in kinds(run(taker_for(), mic))
    # knowing it, it is recognised as the persona's own voice, through to its delayed tail
    taker = taker_for()
    assert run(taker, mic, before_frame=persona.playing) == []
    assert taker.echo.leak_db == pytest.approx(-20.0, abs=4.0)


def test_a_louder_leak_is_learnt_as_well(
    persona: Persona, taker_for: Callable[..., TurnTaker]
) -> None:
    total = _room(persona)
    mic = noise(total / RATE) + persona.leak(total, gain_db=-10.0, delay_s=0.1)
    assert run(taker_for(), mic, before_frame=persona.playing) == []


def test_the_trainee_talking_over_the_leak_still_barges_in(
    speech: tuple[np.ndarray, np.ndarray], persona: Persona, taker_for: Callable[..., TurnTaker]
) -> None:
    total = _room(persona)
    mic = noise(total / RATE) + persona.leak(total, gain_db=-20.0, delay_s=0.08)
    at = round((persona.start + 1.5) * RATE)
    said = speech[0] * np.float32(10 ** ((-18.0 - dbfs(speech[0])) / 20))  # a normal voice level
    mic[at : at + len(said)] += said
    events = run(taker_for(), mic, before_frame=persona.playing)
    assert kinds(events)[:2] == ["BargeIn", "SpeechStarted"], kinds(events)
    started = events[1]
    assert isinstance(started, SpeechStarted) and started.t_first_voiced is not None
    assert at / RATE - 0.1 < started.t_first_voiced < at / RATE + 0.5
    assert started.t < persona.end
