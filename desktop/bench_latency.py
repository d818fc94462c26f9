"""`hotseat bench latency`: how fast the persona answers, through the real call pipeline.

The shipped recorded replies (1-15 s, with reference texts) are fed frame by frame at real-time
pace into :class:`~desktop.voice_call.VoiceCall`, exactly as a microphone would deliver them; the
turn-taker, Whisper, the judge, the engine, espeak-ng and the output stream are the real ones. The
same replies then go through the naive path (decode after the turn with faster-whisper's
defaults, render each line on demand), both warmed up first, in the same run. The persona is cut
off about a second into each answer (what is measured is when its first sample was handed to the
output stream); the end-of-turn silence stays at its default.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from audio.capture import Frame, MicrophoneError
from audio.playback import PlaybackError, Player
from audio.speech_model import SpeechModelError
from audio.transcribe import SpeculativeTranscriber, load_audio_file
from audio.tts import LineCache, SpeechError, Synthesizer, voice_for
from audio.turns import FRAME_S, FRAME_SAMPLES
from audio.wer import word_error_rate
from desktop.voice_call import (
    Listening,
    PersonaSpeaking,
    PersonaVoice,
    TraineeTurn,
    VoiceCall,
    VoiceCallConfig,
    VoiceEvent,
)
from personas.call import Call
from personas.library import find_persona

PERSONA = "missed-technician"
GAP_S = 0.4  # the trainee starts this long after the persona stopped
PERSONA_LISTEN_S = 1.0  # how much of each answer is played before the bench moves on
LENGTH_BUCKETS = ((0, 3), (3, 6), (6, 10), (10, 16))


@dataclass(frozen=True)
class Reply:
    name: str
    text: str
    samples: np.ndarray

    @property
    def seconds(self) -> float:
        return len(self.samples) / 16_000


def bench_replies(limit: int | None = None) -> list[Reply]:
    folder = resources.files("audio") / "bench_replies"
    rows = (folder / "replies.tsv").read_text(encoding="utf-8").splitlines()[1:]
    replies = []
    for row in rows[:limit]:
        name, text, _ = row.split("\t")
        with resources.as_file(folder / name) as path:
            replies.append(Reply(name, text, load_audio_file(Path(path))))
    return replies


class ReplayedMicrophone:
    """Frames at the pace of a real microphone: a quiet room, and a reply when it is its turn.

    Each frame's time is when its first sample would have been captured; a frame is handed out
    only once all of it would have been, so the pipeline sees audio no sooner than from a device.
    """

    def __init__(self) -> None:
        self._t0: float | None = None
        self._count = 0
        self._audio: deque[np.ndarray] = deque()
        self._start_at: float | None = None
        self._pending: np.ndarray | None = None
        self._rng = np.random.default_rng(0)
        self.error: MicrophoneError | None = None

    def say(self, samples: np.ndarray, after_s: float) -> None:
        self._pending = samples
        self._start_at = time.monotonic() + after_s

    @property
    def busy(self) -> bool:
        return bool(self._audio) or self._pending is not None

    def get(self, timeout: float | None = None) -> Frame | None:
        if self._t0 is None:
            self._t0 = time.monotonic()
        t = self._t0 + self._count * FRAME_S
        wait = t + FRAME_S - time.monotonic()
        if wait > 0:
            if timeout is not None and wait > timeout:
                time.sleep(timeout)
                return None
            time.sleep(wait)
        self._count += 1
        if self._pending is not None and self._start_at is not None and t >= self._start_at:
            samples = np.pad(self._pending, (0, -len(self._pending) % FRAME_SAMPLES))
            self._audio.extend(samples.reshape(-1, FRAME_SAMPLES))
            self._pending = None
        if self._audio:
            return Frame(self._audio.popleft().astype(np.float32), t)
        room = self._rng.normal(0, 10 ** (-70 / 20), FRAME_SAMPLES).astype(np.float32)
        return Frame(room, t)


@dataclass
class PathResult:
    decision_to_audio_ms: list[float] = field(default_factory=list)
    voiced_to_audio_ms: list[float] = field(default_factory=list)
    transcribe: list[tuple[float, float]] = field(default_factory=list)  # (reply s, ms)
    heard: dict[int, list[str]] = field(default_factory=dict)
    calls: int = 0


class _Trainee:
    """Answers each persona turn with the next recorded reply (on the call's own thread)."""

    def __init__(self, replies: list[Reply], result: PathResult, start: int) -> None:
        self.replies = replies
        self.result = result
        self.next_reply = start
        self.current: int | None = None
        self.microphone = ReplayedMicrophone()
        self.voice_call: VoiceCall | None = None
        self.turns: list[dict[str, Any]] = []

    def __call__(self, event: VoiceEvent) -> None:
        voice_call = self.voice_call
        assert voice_call is not None
        if isinstance(event, PersonaSpeaking):
            timer = threading.Timer(PERSONA_LISTEN_S, voice_call.skip_persona)
            timer.daemon = True
            timer.start()
        elif isinstance(event, Listening) and not self.microphone.busy:
            if self.next_reply >= len(self.replies):
                voice_call.hang_up()
                return
            self.current = self.next_reply
            self.microphone.say(self.replies[self.next_reply].samples, GAP_S)
            self.next_reply += 1
        elif isinstance(event, TraineeTurn) and self.current is not None:
            reply = self.replies[self.current]
            self.result.heard.setdefault(self.current, []).append(event.turn["text"])
            self.turns.append(event.turn)
            timings = event.turn.get("timings", {})
            if "transcribe_ms" in timings:
                self.result.transcribe.append((reply.seconds, timings["transcribe_ms"]))


def _run_path(
    replies: list[Reply],
    *,
    fast: bool,
    player: Player,
    synthesizer: Synthesizer,
    cache: LineCache | None,
    transcriber: SpeculativeTranscriber,
    seed: int,
) -> PathResult:
    """Calls one after another (a customer may walk out) until every reply has been said."""
    persona = find_persona(PERSONA)
    result = PathResult()
    said = 0
    turns: list[dict[str, Any]] = []
    while said < len(replies):
        trainee = _Trainee(replies, result, said)
        call = Call(persona, seed=seed + result.calls, max_turns=40, mode="voice")
        result.calls += 1
        trainee.voice_call = VoiceCall(
            call,
            source=trainee.microphone,
            player=player,
            voice=PersonaVoice(persona, synthesizer, cache),
            transcriber=transcriber,
            config=VoiceCallConfig(fast=fast),
            on_event=trainee,
        )
        trainee.voice_call.run()
        said = trainee.next_reply
        turns.extend(trainee.turns)
    for turn in turns:
        timings = turn.get("timings", {})
        if "decision_to_audio_ms" in timings:
            result.decision_to_audio_ms.append(timings["decision_to_audio_ms"])
            result.voiced_to_audio_ms.append(timings["voiced_to_audio_ms"])
    return result


def percentiles(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"p50": None, "p95": None, "n": 0}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": round(statistics.median(ordered), 1), "p95": round(p95, 1), "n": len(ordered)}


def _by_length(pairs: list[tuple[float, float]]) -> dict[str, float | None]:
    table: dict[str, float | None] = {}
    for low, high in LENGTH_BUCKETS:
        ms = [m for s, m in pairs if low <= s < high]
        table[f"{low}-{high}s"] = round(statistics.median(ms), 1) if ms else None
    return table


def _wer(replies: list[Reply], heard: dict[int, list[str]]) -> float | None:
    pairs = [(r.text, " ".join(heard.get(i, []))) for i, r in enumerate(replies)]
    rate = word_error_rate(pairs)
    return None if rate is None else round(rate, 3)


def _cache_miss_ms(player: Player, cache: LineCache, rounds: int = 5) -> dict[str, float | None]:
    """A line the cache has never seen: render it, hand it to the output, time the first sample."""
    persona = find_persona(PERSONA)
    lines = [line for line in persona.all_lines() if len(line.text) < 120][:rounds]
    times = []
    for index, line in enumerate(lines):
        settings = voice_for("male", 150 + 5 * index, 47, 8.0, line.tone)  # a voice never used
        started = time.monotonic()
        speech = cache.get_or_render(line.text, settings).result()
        report = player.play(speech, on_first_sample=lambda t: player.stop()).result(timeout=30)
        if report.first_sample_at is not None:
            times.append((report.first_sample_at - started) * 1000)
        time.sleep(0.2)
    return percentiles(times)


def run_latency_bench(*, as_json: bool = False, limit: int | None = None) -> int:
    """Measure both paths; print a table (or one JSON object); 1 if the pipeline cannot run."""
    out = sys.stderr if as_json else sys.stdout
    try:
        replies = bench_replies(limit)
        transcriber = SpeculativeTranscriber()
        transcriber.preload().result()
        synthesizer = Synthesizer()
    except (SpeechModelError, SpeechError) as error:
        print(f"hotseat bench latency: {error}", file=sys.stderr)
        return 1
    try:
        player = Player()
    except PlaybackError as error:
        print(
            f"hotseat bench latency: needs a sound output to write to ({error.message})",
            file=sys.stderr,
        )
        synthesizer.close()
        transcriber.close()
        return 1
    try:
        # both paths warmed up: one decode of each kind and one rendered line
        transcriber.transcriber.transcribe(replies[0].samples)
        transcriber.transcriber.transcribe_naive(replies[0].samples)
        print(f"fast path: {len(replies)} replies…", file=out, flush=True)
        cache = LineCache(synthesizer)
        fast = _run_path(
            replies,
            fast=True,
            player=player,
            synthesizer=synthesizer,
            cache=cache,
            transcriber=transcriber,
            seed=1,
        )
        stats = cache.stats
        print("naive path…", file=out, flush=True)
        naive = _run_path(
            replies,
            fast=False,
            player=player,
            synthesizer=synthesizer,
            cache=None,
            transcriber=transcriber,
            seed=1,
        )
        miss = _cache_miss_ms(player, cache)
    finally:
        player.close()
        synthesizer.close()
        transcriber.close()
    report = _report(replies, fast, naive, stats.hit_rate, stats.hits, stats.misses, miss)
    if as_json:
        print(json.dumps(report))
    else:
        _print_table(report)
    return 0


def _report(
    replies: list[Reply],
    fast: PathResult,
    naive: PathResult,
    hit_rate: float,
    hits: int,
    misses: int,
    miss: dict[str, float | None],
) -> dict[str, Any]:
    def path(result: PathResult) -> dict[str, Any]:
        return {
            "decision_to_audio_ms": percentiles(result.decision_to_audio_ms),
            "voiced_to_audio_ms": percentiles(result.voiced_to_audio_ms),
            "transcribe_ms_by_length": _by_length(result.transcribe),
            "wer": _wer(replies, result.heard),
            "calls": result.calls,
        }

    report = {"replies": len(replies), "persona": PERSONA, **path(fast), "naive": path(naive)}

    def ratio(key: str) -> float | None:
        a, b = report[key]["p50"], report["naive"][key]["p50"]
        return round(b / a, 2) if a and b else None

    report["ratio_p50"] = {
        "decision_to_audio": ratio("decision_to_audio_ms"),
        "voiced_to_audio": ratio("voiced_to_audio_ms"),
    }
    report["tts_cache"] = {"hit_rate": round(hit_rate, 3), "hits": hits, "misses": misses}
    report["cache_miss_decision_to_audio_ms"] = miss
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return report


def _print_table(report: dict[str, Any]) -> None:
    naive = report["naive"]
    print(f"\n{report['replies']} recorded replies, persona {report['persona']}")
    print(f"{'':34}{'fast p50':>10}{'p95':>8}{'naive p50':>11}{'p95':>8}{'ratio':>8}")
    for key, label, ratio in (
        ("decision_to_audio_ms", "end-of-turn decision -> audio (ms)", "decision_to_audio"),
        ("voiced_to_audio_ms", "last voiced frame -> audio (ms)", "voiced_to_audio"),
    ):
        f, n = report[key], naive[key]
        print(
            f"{label:34}{f['p50']!s:>10}{f['p95']!s:>8}{n['p50']!s:>11}{n['p95']!s:>8}"
            f"{report['ratio_p50'][ratio]!s:>7}x"
        )
    print("transcription ms (p50) by reply length:")
    for bucket, ms in report["transcribe_ms_by_length"].items():
        naive_ms = naive["transcribe_ms_by_length"][bucket]
        print(f"  {bucket:>6}: fast {ms!s:>7}   naive {naive_ms!s:>7}")
    print(f"word error rate: fast {report['wer']}   naive {naive['wer']}")
    cache = report["tts_cache"]
    print(
        f"TTS cache hit rate {cache['hit_rate']:.0%} ({cache['hits']} hits, {cache['misses']} "
        f"misses); a cache miss: p50 {report['cache_miss_decision_to_audio_ms']['p50']} ms"
    )
    print(f"peak memory (this process): {report['peak_rss_mb']} MB")
