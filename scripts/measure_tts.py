"""Measure the persona's voice: render speed cold and cached, and the Player's first-sample latency.

    .venv/bin/python scripts/measure_tts.py            # plays on the default output device
    .venv/bin/python scripts/measure_tts.py --virtual  # a private PulseAudio null sink instead
    .venv/bin/python scripts/measure_tts.py --json

Render: every line of the bundled personas, in the voice the call would use (persona voice, mood
band of the line, its tone), through a fresh :class:`audio.tts.Synthesizer`: ms of rendering per
second of audio, and ms per line (a cache miss as the caller sees it). Cached: the same lines
again from the in-memory cache and, with a fresh cache, from the disk cache.

Playback: 30 plays of a rendered line on one open :class:`audio.playback.Player`; for each, the
time from ``play()`` to the first non-silent block handed to PortAudio (the stream's own buffer,
``latency_s``, comes on top before the speaker sounds). Machines are noisy: compare runs, not
single numbers. With no output device (CI, this machine), ``--virtual`` starts the tests'
private PulseAudio server (needs pulseaudio, pulseaudio-utils, libasound2-plugins).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audio.playback import Player
from audio.tts import LineCache, Synthesizer, VoiceSettings, voice_for
from personas.library import bundled_personas
from personas.model import Line, Voice

_BAND_HEAT = {"cool": 2.0, "warm": 5.5, "hot": 8.5}


def persona_lines() -> list[tuple[str, VoiceSettings]]:
    """Every line of the bundled personas with the voice a call would give it."""
    items: list[tuple[str, VoiceSettings]] = []
    for persona in bundled_personas():

        def add(lines: Iterable[Line], heat: float, voice: Voice = persona.voice) -> None:
            for line in lines:
                settings = voice_for(voice.gender, voice.rate, voice.pitch, heat, line.tone)
                items.append((line.text, settings))

        add(persona.opening, persona.mood_start)
        for bands in persona.lines.values():
            for band, lines in bands.items():
                add(lines, _BAND_HEAT[band])
        for lines in persona.reactions.values():
            add(lines, 6.0)
        add(persona.threats, 9.5)
        add(persona.resolution, 3.0)
        add(persona.walk_out, 10.0)
    return list(dict.fromkeys(items))  # unique, in order


def pct(values: list[float]) -> dict[str, float]:
    array = np.asarray(values, dtype=float)
    return {
        "p50": round(float(np.percentile(array, 50)), 3),
        "p95": round(float(np.percentile(array, 95)), 3),
        "mean": round(float(array.mean()), 3),
        "n": len(values),
    }


def measure_render(lines: list[tuple[str, VoiceSettings]]) -> dict[str, object]:
    started = time.perf_counter()
    synth = Synthesizer()
    start_s = time.perf_counter() - started
    ms_per_audio_s: list[float] = []
    ms_per_line: list[float] = []
    audio_s = 0.0
    with tempfile.TemporaryDirectory() as folder, synth:
        cache = LineCache(synth, disk_dir=folder, max_bytes=2**31)  # all lines stay in memory
        for text, settings in lines:
            t0 = time.perf_counter()
            speech = cache.get_or_render(text, settings).result(60)
            elapsed_ms = (time.perf_counter() - t0) * 1000
            ms_per_line.append(elapsed_ms)
            ms_per_audio_s.append(elapsed_ms / max(speech.duration_s, 1e-3))
            audio_s += speech.duration_s
        memory_us = []
        for text, settings in lines:
            t0 = time.perf_counter()
            cache.get_or_render(text, settings).result()
            memory_us.append((time.perf_counter() - t0) * 1e6)
        fresh = LineCache(synth, disk_dir=folder)
        disk_ms = []
        for text, settings in lines:
            t0 = time.perf_counter()
            fresh.get_or_render(text, settings).result()
            disk_ms.append((time.perf_counter() - t0) * 1000)
        assert fresh.stats.disk_hits == len(lines), fresh.stats
        return {
            "engine": synth.engine_id,
            "start_s": round(start_s, 3),
            "lines": len(lines),
            "audio_s": round(audio_s, 1),
            "cold_ms_per_audio_s": pct(ms_per_audio_s),
            "cold_ms_per_line": pct(ms_per_line),
            "memory_hit_us": pct(memory_us),
            "disk_hit_ms": pct(disk_ms),
            "hit_rate_second_pass": cache.stats.hit_rate,
        }


def measure_playback(lines: list[tuple[str, VoiceSettings]], plays: int) -> dict[str, object]:
    with Synthesizer() as synth:
        speech = synth.render(*lines[0]).result(60)
    handover_ms: list[float] = []
    with Player() as player:
        player.prepare(speech)  # as the caller would once the line is rendered
        underruns_before = player.underruns
        for _ in range(plays):
            first = threading.Event()
            future = player.play(speech, on_first_sample=lambda t, first=first: first.set())
            first.wait(10)
            time.sleep(0.25)
            player.stop()
            report = future.result(10)
            if report.first_sample_at is not None:
                handover_ms.append((report.first_sample_at - report.requested_at) * 1000)
            time.sleep(0.1)
        return {
            "device": player.device_name,
            "samplerate": player.samplerate,
            "blocksize": player.blocksize,
            "latency_s": round(player.latency_s, 4),
            "first_sample_ms": pct(handover_ms),
            "underruns": player.underruns - underruns_before,
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--virtual", action="store_true", help="use a private PulseAudio server")
    parser.add_argument("--plays", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    lines = persona_lines()
    result: dict[str, object] = {"render": measure_render(lines)}
    server = None
    if args.virtual:
        from tests.sound_server import start_sound_server

        server = start_sound_server()
        server.apply_env()
    try:
        result["playback"] = measure_playback(lines, args.plays)
    finally:
        if server is not None:
            server.stop()

    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    render, playback = result["render"], result["playback"]
    assert isinstance(render, dict) and isinstance(playback, dict)
    print(f"engine: {render['engine']} (started in {render['start_s']} s)")
    print(f"lines: {render['lines']} persona lines, {render['audio_s']} s of audio")
    for key, unit in (
        ("cold_ms_per_audio_s", "ms per s of audio"),
        ("cold_ms_per_line", "ms per line (cache miss)"),
        ("memory_hit_us", "us per line (memory hit)"),
        ("disk_hit_ms", "ms per line (disk hit)"),
    ):
        figures = render[key]
        print(f"  {unit:28} p50 {figures['p50']:>9}  p95 {figures['p95']:>9}")
    figures = playback["first_sample_ms"]
    print(
        f"playback on {playback['device']!r} at {playback['samplerate']} Hz, "
        f"{playback['blocksize']}-frame blocks, device buffer {playback['latency_s']} s"
    )
    print(
        f"  play() -> first sample handed to PortAudio: p50 {figures['p50']} ms, "
        f"p95 {figures['p95']} ms over {figures['n']} plays; underruns {playback['underruns']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
