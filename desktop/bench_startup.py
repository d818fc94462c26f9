"""`hotseat bench startup`: how long from launch until the window is up, and until speech is ready.

Each launch is a new process started with the hidden ``--startup-probe`` flag: the window prints a
line when it is first shown and another when the speech parts (speech model, customer's voice,
sound devices) finish loading, then quits. The lines are timed here, as they arrive, from just
before the process was started, so the figures include the interpreter, imports and Qt. The
bundle (``packaging/build.py``) is measured against the source install in the same run. Cold
launches empty the kernel's page cache first (root only), so everything is read from disk, as on
the first launch after a reboot; warm launches follow.
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
from desktop.settings import Settings, save_settings

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
    # a returning user: no welcome dialog in the way of the window
    save_settings(Settings(welcomed=True), home / "config" / "settings.json")
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def drop_page_cache() -> bool:
    """Empty the kernel's page cache so the next launch reads everything from disk (needs root)."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def _stat(results: list[dict[str, Any]], key: str) -> dict[str, float | None]:
    return percentiles([r[key] for r in results if r[key] is not None])


def run_startup_bench(
    bundle: Path | None, *, runs: int = 5, cold_runs: int = 3, as_json: bool = False
) -> int:
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
    cold: dict[str, list[dict[str, Any]]] = {name: [] for name in variants}
    can_drop = drop_page_cache()
    with tempfile.TemporaryDirectory(prefix="hotseat-bench-startup-") as tmp:
        env = _probe_env(Path(tmp))
        for _ in range(cold_runs if can_drop else 0):
            for name, command in variants.items():
                drop_page_cache()
                cold[name].append(launch_once(command, env))
        for _ in range(runs):
            for name, command in variants.items():
                launches[name].append(launch_once(command, env))
    summary: dict[str, Any] = {
        "runs": runs,
        "cold_runs": cold_runs if can_drop else 0,
        "display": env.get("QT_QPA_PLATFORM") or "screen",
    }
    for name, results in launches.items():
        everything = results + cold[name]
        summary[name] = {
            "window_ms": _stat(results, "window_ms"),
            "speech_ms": _stat(results, "speech_ms"),
            "cold_window_ms": _stat(cold[name], "window_ms"),
            "cold_speech_ms": _stat(cold[name], "speech_ms"),
            "speech": sorted({str(r["speech"]) for r in everything}),
            "failures": [r for r in everything if r["exit_code"] != 0 or r["window_ms"] is None],
        }
    if as_json:
        print(json.dumps(summary, indent=2))
    else:
        _print_table(summary, list(variants))
    return 0 if all(not summary[name]["failures"] for name in variants) else 1


def _print_table(summary: dict[str, Any], names: list[str]) -> None:
    print(
        f"launch -> window shown / speech ready, ms: p50 (p95) of {summary['runs']} warm "
        f"launches, {summary['cold_runs']} cold (page cache emptied before each)"
    )
    print(f"{'':16}{'cold window':>16}{'cold speech':>16}{'warm window':>16}{'warm speech':>16}")
    for name in names:
        row = summary[name]
        cells = [row["cold_window_ms"], row["cold_speech_ms"], row["window_ms"], row["speech_ms"]]
        text = "".join(f"{_cell(c):>16}" for c in cells)
        print(f"{name:16}{text}   speech: {', '.join(row['speech'])}")
        for failure in row["failures"]:
            print(f"  failed launch (exit {failure['exit_code']}): {failure['stderr_tail']}")
    if not summary["cold_runs"]:
        print("(cold launches need root to empty the page cache; only warm ones were measured)")
    if len(names) == 2:
        for key, label in (("cold_speech_ms", "cold"), ("speech_ms", "warm")):
            a, b = (summary[n][key]["p50"] for n in names)
            if a and b:
                print(f"{label}: {names[0]} / {names[1]} speech ready {a / b:.2f}x")
    print(f"display: {summary['display']}")


def _cell(stat: dict[str, float | None]) -> str:
    return "-" if stat["p50"] is None else f"{stat['p50']:.0f} ({stat['p95']:.0f})"
