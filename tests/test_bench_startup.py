"""`hotseat bench startup` times real launches of the window from outside the process."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop.bench_startup import launch_once, run_startup_bench


def test_a_launch_reports_the_window_and_speech_in_order(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text('{"welcomed": true}')
    env = {
        "HOTSEAT_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    result = launch_once([sys.executable, "-m", "desktop.cli", "--startup-probe"], env)
    assert result["exit_code"] == 0, result["stderr_tail"]
    # without a sound server speech cannot load; the window says so instead of hanging
    assert result["speech"] in {"ready", "failed"}
    assert 0 < result["window_ms"] <= result["speech_ms"]


def test_without_a_bundle_the_source_install_is_still_measured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_startup_bench(tmp_path / "missing" / "hotseat", runs=1, cold_runs=0, as_json=True)
    out = capsys.readouterr()
    summary = json.loads(out.out)
    assert "no bundle" in out.err
    assert "bundle" not in summary and summary["source install"]["window_ms"]["n"] == 1
    assert code == 0
