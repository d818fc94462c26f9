"""`hotseat bench window`: how long the window's event loop ever stops answering.

A 5 ms timer runs on the GUI thread (the stall probe) while the real window loads the speech
parts and plays a whole spoken call: the shipped replies are fed at microphone pace when it is
the trainee's turn, the persona speaks on the real output device. The naive baseline, measured
in the same run, is the same speech parts loaded on the GUI thread, the way a window that did
not use ``run_in_background`` would: the probe shows how long such a window would freeze.
Needs a sound output (like ``bench latency``); run it under the test sound server on a machine
without a sound card.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from desktop.bench_latency import ReplayedMicrophone, bench_replies, percentiles

PERSONA = "missed-technician"


def _summary(gaps_ms: list[float], interval_ms: float) -> dict[str, float | int | None]:
    """The probe's gaps (percentiles as in `bench latency`) and the longest stall beyond them."""
    stats = percentiles(gaps_ms)
    worst = round(max(gaps_ms) - interval_ms, 1) if gaps_ms else None
    return {"p50": stats["p50"], "p95": stats["p95"], "worst_stall_ms": worst, "ticks": stats["n"]}


def run_window_bench(*, as_json: bool = False, limit: int | None = None) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.settings import Settings
    from desktop.ui.app import MainWindow
    from desktop.ui.call_session import CallSession
    from desktop.ui.stall_probe import INTERVAL_MS, StallProbe
    from desktop.voice_rig import RigError, VoiceRig
    from personas.library import find_persona

    out = sys.stderr if as_json else sys.stdout
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Hotseat")

    def wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
        loop = QEventLoop()
        deadline = time.monotonic() + timeout_s
        checker = QTimer()
        checker.setInterval(20)
        checker.timeout.connect(
            lambda: loop.quit() if condition() or time.monotonic() > deadline else None
        )
        checker.start()
        loop.exec()
        checker.stop()
        return condition()

    settings = Settings(welcomed=True)
    replies = bench_replies(limit)

    # naive: the speech parts loaded on the GUI thread
    print("naive: loading the speech parts on the GUI thread…", file=out, flush=True)
    naive_probe = StallProbe()
    naive_probe.start()
    naive_rig = VoiceRig(settings)
    loaded: list[BaseException | None] = []

    def load_here() -> None:
        try:
            naive_rig.ready()
            loaded.append(None)
        except RigError as error:
            loaded.append(error)

    QTimer.singleShot(50, load_here)
    wait_until(lambda: bool(loaded), 300)
    wait_until(lambda: False, 0.2)
    naive_probe.stop()
    naive_rig.close()
    if loaded and loaded[0] is not None:
        print(f"hotseat bench window: {loaded[0]}", file=sys.stderr)
        return 1

    # the window: parts load in the background, then a whole spoken call
    print("window: loading in the background, then a spoken call…", file=out, flush=True)
    built = time.perf_counter()
    window = MainWindow(settings, seed=1)
    window.show()
    built_ms = (time.perf_counter() - built) * 1000
    load_probe = StallProbe()
    load_probe.start()
    wait_until(lambda: window.voice_state != "loading", 300)
    load_probe.stop()
    if window.voice_state != "ready":
        print(f"hotseat bench window: {window.voice_label.text()}", file=sys.stderr)
        return 1

    microphone = ReplayedMicrophone()
    persona = find_persona(PERSONA)
    session = CallSession(persona, settings, rig=window.rig, frame_source=microphone, seed=1)
    window.session = session
    queue = list(replies)
    said: list[str] = []

    report_probe = StallProbe()

    def on_state(state: str) -> None:
        if state == "over":  # the call ends here; what follows is the switch to the report
            call_probe.stop()
            report_probe.start()
            return
        if state != "listening":
            return
        if not queue:
            session.end()
            return
        reply = queue.pop(0)
        said.append(reply.name)
        microphone.say(reply.samples, after_s=0.4)

    call_probe = StallProbe()
    session.state_changed.connect(on_state)
    window.pages.setCurrentWidget(window.call_page)
    call_probe.start()
    window.call_page.attach(session)
    started = time.monotonic()
    wait_until(lambda: session.record is not None, 60 + sum(r.seconds for r in replies) * 4)
    call_s = time.monotonic() - started
    wait_until(lambda: False, 0.5)  # the report is laid out and painted
    call_probe.stop()
    report_probe.stop()
    if session.record is None:
        session.end()
        print("hotseat bench window: the call did not finish in time", file=sys.stderr)
        return 1
    record: dict[str, Any] = session.record
    window.close()

    naive = _summary(naive_probe.gaps_ms, INTERVAL_MS)
    loading = _summary(load_probe.gaps_ms, INTERVAL_MS)
    calling = _summary(call_probe.gaps_ms, INTERVAL_MS)
    reporting = _summary(report_probe.gaps_ms, INTERVAL_MS)
    ratio = (
        round(naive["worst_stall_ms"] / max(loading["worst_stall_ms"], 1.0), 1)  # type: ignore[operator]
        if naive["worst_stall_ms"] is not None and loading["worst_stall_ms"] is not None
        else None
    )
    result = {
        "probe_interval_ms": INTERVAL_MS,
        "naive_load_on_gui_thread": naive,
        "window_load_in_background": loading,
        "window_spoken_call": calling,
        "window_call_over_to_report": reporting,
        "load_stall_ratio_naive_vs_window": ratio,
        "window_built_ms": round(built_ms, 1),
        "call": {
            "persona": PERSONA,
            "seconds": round(call_s, 1),
            "replies_said": len(said),
            "trainee_turns": sum(1 for t in record["turns"] if t["speaker"] == "trainee"),
            "outcome": record["outcome"],
        },
    }
    if as_json:
        print(json.dumps(result, indent=2))
        return 0
    print()
    print("event-loop gaps (5 ms probe)      p50 ms   p95 ms   longest stall ms   ticks")
    for label, row in (
        ("naive: load on the GUI thread", naive),
        ("window: load in the background", loading),
        ("window: whole spoken call", calling),
        ("window: call over → report", reporting),
    ):
        print(
            f"{label:<33} {row['p50']!s:>6}   {row['p95']!s:>6}   "
            f"{row['worst_stall_ms']!s:>16}   {row['ticks']}"
        )
    print(
        f"\nloading stall, naive / window: {ratio}x · call: {result['call']['trainee_turns']} "
        f"replies in {call_s:.0f} s, outcome {record['outcome']} · window built and shown in "
        f"{built_ms:.0f} ms (before the probe started)"
    )
    return 0
