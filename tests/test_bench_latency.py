"""`hotseat bench latency` runs the real pipeline on the shipped replies and reports both paths."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sound_server import SoundServer

pytestmark = pytest.mark.voice


def test_bench_latency_reports_both_paths_as_json(sound_server: SoundServer) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "bench", "latency", "--json", "--limit", "3"],
        capture_output=True,
        text=True,
        env=sound_server.client_env(),
        timeout=600,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["replies"] == 3
    for path in (report, report["naive"]):
        for key in ("decision_to_audio_ms", "voiced_to_audio_ms"):
            figures = path[key]
            assert figures["n"] == 3
            assert 0 < figures["p50"] <= figures["p95"]
        # every reply was heard: the three shortest are one to three words
        assert path["wer"] is not None and path["wer"] <= 0.5
    # the answer can never come before the end-of-turn silence (600 ms) has passed
    assert report["voiced_to_audio_ms"]["p50"] > 600
    assert report["naive"]["voiced_to_audio_ms"]["p50"] > 600
    assert report["ratio_p50"]["decision_to_audio"] > 0
    assert 0.0 <= report["tts_cache"]["hit_rate"] <= 1.0
    assert report["cache_miss_decision_to_audio_ms"]["n"] > 0
    assert report["peak_rss_mb"] > 50


def test_bench_latency_without_a_sound_output_says_so(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "HOTSEAT_HOME": str(tmp_path / "home"),
        "PULSE_SERVER": f"unix:{tmp_path}/no-such-socket",
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "bench", "latency", "--limit", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 1
    assert "needs a sound output" in result.stderr
    assert "Traceback" not in result.stderr
