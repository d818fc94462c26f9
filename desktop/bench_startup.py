"""`hotseat bench startup`: how long from launch until the window is up, and until speech is ready.

Each launch is a new process started with the hidden ``--startup-probe`` flag: the window prints a
line when it is first shown and another when the speech parts (speech model, customer's voice,
sound devices) finish loading, then quits. The lines are timed here, as they arrive, from just
before the process was started, so the figures include the interpreter, imports and Qt. The
bundle (``packaging/build.py``) is measured against the source install in the same run; the first
launch of each is reported on its own, since it is the one that reads everything from disk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from desktop.bench_latency import percentiles

DEFAULT_BUNDLE = Path(__file__).resolve().parents[1] / "dist" / "hotseat" / "hotseat"
PROBE_PREFIX = "hotseat-startup: "


def launch_once(
    command: list[str], env: dict[str, str], timeout_s: float = 180.0
) -> dict[str, Any]:
    """One launch: milliseconds to each probe line, and how speech ended up."""
    times: dict[str, float] = {}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    stderr: list[str] = []
    drain = threading.Thread(target=lambda: stderr.extend(process.stderr or []), daemon=True)
    drain.start()
    timer = threading.Timer(timeout_s, process.kill)
    timer.start()
    try:
        for line in process.stdout or []:
            if line.startswith(PROBE_PREFIX):
                times[line[len(PROBE_PREFIX) :].strip()] = (time.perf_counter() - started) * 1e3
        code = process.wait()
    finally:
        timer.cancel()
    drain.join(timeout=5)
    speech = next((k.removeprefix("voice-") for k in times if k.startswith("voice-")), None)
    return {
        "window_ms": round(times["window-shown"], 1) if "window-shown" in times else None,
        "speech_ms": round(times[f"voice-{speech}"], 1) if speech else None,
        "speech": speech,
        "exit_code": code,
        "stderr_tail": "".join(stderr[-5:]).strip(),
    }


def _probe_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["HOTSEAT_HOME"] = str(home)
    (home / "config").mkdir(parents=True, exist_ok=True)
    # a returning user: no welcome dialog in the way of the window
    (home / "config" / "settings.json").write_text(json.dumps({"welcomed": True}))
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_startup_bench(bundle: Path | None, *, runs: int = 5, as_json: bool = False) -> int:
    bundle = bundle or DEFAULT_BUNDLE
    variants: dict[str, list[str]] = {}
    if bundle.exists():
        variants["bundle"] = [str(bundle), "--startup-probe"]
    else:
        print(
            f"hotseat: no bundle at {bundle}; build one with `python packaging/build.py`",
            file=sys.stderr,
        )
    if not getattr(sys, "frozen", False):
        variants["source install"] = [sys.executable, "-m", "desktop.cli", "--startup-probe"]
    launches: dict[str, list[dict[str, Any]]] = {name: [] for name in variants}
    with tempfile.TemporaryDirectory(prefix="hotseat-bench-startup-") as tmp:
        env = _probe_env(Path(tmp))
        for _ in range(runs + 1):  # the first round is the first launch, reported on its own
            for name, command in variants.items():
                launches[name].append(launch_once(command, env))
    summary: dict[str, Any] = {"runs": runs, "display": env.get("QT_QPA_PLATFORM") or "screen"}
    for name, results in launches.items():
        warm = results[1:]
        summary[name] = {
            "first": results[0],
            "window_ms": percentiles([r["window_ms"] for r in warm if r["window_ms"] is not None]),
            "speech_ms": percentiles([r["speech_ms"] for r in warm if r["speech_ms"] is not None]),
            "speech": sorted({str(r["speech"]) for r in results}),
            "failures": [r for r in results if r["exit_code"] != 0 or r["window_ms"] is None],
        }
    if as_json:
        print(json.dumps(summary, indent=2))
    else:
        _print_table(summary, list(variants))
    return 0 if all(not summary[name]["failures"] for name in variants) else 1


def _print_table(summary: dict[str, Any], names: list[str]) -> None:
    print(f"launch -> window shown / speech ready, ms ({summary['runs']} warm launches each)")
    print(
        f"{'':18}{'first win':>10}{'first sp':>10}{'win p50':>9}{'p95':>8}{'sp p50':>9}{'p95':>8}"
    )
    for name in names:
        row = summary[name]
        first = row["first"]
        cells = [
            first["window_ms"],
            first["speech_ms"],
            row["window_ms"]["p50"],
            row["window_ms"]["p95"],
            row["speech_ms"]["p50"],
            row["speech_ms"]["p95"],
        ]
        widths = [10, 10, 9, 8, 9, 8]
        text = "".join(
            f"{'-' if c is None else c:>{w}}" for c, w in zip(cells, widths, strict=True)
        )
        print(f"{name:18}{text}   speech: {', '.join(row['speech'])}")
        for failure in row["failures"]:
            print(f"  failed launch (exit {failure['exit_code']}): {failure['stderr_tail']}")
    if len(names) == 2:
        a, b = (summary[n]["speech_ms"]["p50"] for n in names)
        c, d = (summary[n]["window_ms"]["p50"] for n in names)
        if a and b and c and d:
            print(f"{names[0]} / {names[1]}: window {c / d:.2f}x, speech ready {a / b:.2f}x")
    print(f"display: {summary['display']}")
