"""Sample recorded calls and the sessions/compare pages filled with them, for screenshots.

``demo_sessions()`` and ``demo_compare()`` record a handful of real typed calls (the real call
engine and judge, two trainees, two customers, one call interrupted) into the session store of
the current ``HOTSEAT_HOME`` — once per store — and return the page, loaded and ready to
``grab()``. They need a ``QApplication``; call them from a throwaway home (the screenshot
script uses one).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop

from desktop.session_store import SessionStore
from personas.call import Call
from personas.library import find_persona

LOST_GOOD = (
    "So you paid for overnight express, the parcel never arrived and the tracking shows nothing, "
    "and now your client is angry with you.",
    "I'm so sorry, that's awful. I'd be furious too in your position.",
    "Here's what I can do: I can book a same-day courier for replacement parts at our cost, "
    "refund the express fee, and open a trace. Which would you prefer?",
    "I'm booking the courier now and I'll call you back by four o'clock with the driver's details.",
    "Thank you for telling us, it helps us get better.",
)
LOST_MIXED = (
    "Can I have your tracking number please?",
    "Okay, so the overnight parcel never arrived. I'm sorry about that.",
    "I can refund the express fee or resend it today. Which would you prefer?",
    "I'll email you the tracking number by five today.",
)
LOST_RUDE = (
    "Can I have your tracking number please?",
    "Well, are you sure you booked express? That's strange.",
    "Calm down sir, there's nothing I can do, it's not our policy.",
    "That's the courier's fault, not mine.",
)
BILLING_GOOD = (
    "Okay, so you cancelled, we still charged you twice, it put you into overdraft and "
    "chat told you it was fixed when it wasn't. That should never have happened.",
    "I'm really sorry. Honestly, if I were in your shoes I'd be furious too.",
    "Here's what I can do: I can refund both charges today and reimburse the overdraft fee. "
    "Which would you prefer, email or post for the confirmation?",
    "I'll email you the refund confirmation by five o'clock today.",
    "Thank you for bearing with me, and for telling us about this.",
)
BILLING_WEAK = (
    "Can I take your account number?",
    "I understand, you were charged twice after cancelling.",
    "You need to calm down, that's our policy.",
)

# (trainee, persona, replies, days ago, finished)
PLAN: tuple[tuple[str, str, Sequence[str], float, bool], ...] = (
    ("Sam", "lost-express", LOST_RUDE, 12, True),
    ("Sam", "lost-express", LOST_MIXED, 9, True),
    ("Priya", "lost-express", LOST_MIXED, 8, True),
    ("Sam", "billing-error", BILLING_WEAK, 6, True),
    ("Sam", "lost-express", LOST_GOOD[:3], 5, False),
    ("Priya", "billing-error", BILLING_GOOD, 3, True),
    ("Sam", "lost-express", LOST_MIXED[:1] + LOST_GOOD[1:], 2, True),
    ("Sam", "lost-express", LOST_GOOD, 0.1, True),
)


def record_call(
    store: SessionStore,
    trainee: str,
    persona_id: str,
    replies: Sequence[str],
    started: datetime,
    *,
    finish: bool = True,
    seed: int = 7,
) -> str:
    """Play a typed call with ``replies`` and record it as started at ``started``."""
    call = Call(find_persona(persona_id), seed=seed, trainee=trainee, app_version="demo")
    call.start()
    for text in replies:
        if call.finished:
            break
        call.reply(text)
    if finish and not call.finished:
        call.hang_up()
    record: dict[str, Any] = call.record()
    record["started_at"] = started.isoformat(timespec="seconds")
    if finish:
        record["ended_at"] = (started + timedelta(minutes=4)).isoformat(timespec="seconds")
    writer = store.create(record)
    for turn in record["turns"]:
        writer.turn(turn)
    if finish:
        writer.finish(record)
    else:
        writer.abandon("the app stopped while recording")
    return writer.id


def record_demo_sessions(store: SessionStore | None = None) -> list[str]:
    """Record the sample calls (unless this store has them already); returns their ids.

    Other calls in the store (e.g. the screenshot script's own) stay and are listed too."""
    store = store or SessionStore()
    existing = [s.id for s in store.list() if s.app_version == "demo"]
    if existing:
        return existing
    now = datetime.now(UTC).replace(microsecond=0)
    return [
        record_call(store, trainee, persona, replies, now - timedelta(days=days), finish=done)
        for trainee, persona, replies, days, done in PLAN
    ]


def wait_for(condition, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    """Run the event loop until ``condition()`` is true (background work delivered)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return True


def demo_sessions(width: int = 1280, height: int = 860):  # type: ignore[no-untyped-def]
    """The library of recorded calls with sample calls, one selected, shown and loaded."""
    from desktop.ui.sessions_page import SessionsPage

    record_demo_sessions()
    page = SessionsPage()
    page.resize(width, height)
    page.show()
    done = {"list": False, "progress": False}
    page.loaded.connect(lambda: done.__setitem__("list", True))
    page.refresh()
    wait_for(lambda: done["list"])
    newest_sam = next(
        (s.id for s in page.summaries() if "Sam" in s.trainees and s.persona_id == "lost-express"),
        None,
    )
    page.progress_loaded.connect(lambda: done.__setitem__("progress", True))
    if newest_sam:
        page.select_ids([newest_sam])
    page.set_progress("Sam", "lost-express")
    wait_for(lambda: done["progress"])
    return page


def demo_compare(width: int = 1280, height: int = 860):  # type: ignore[no-untyped-def]
    """Sam's first and latest calls with the lost-express customer, side by side."""
    from desktop.ui.compare_page import ComparePage

    record_demo_sessions()
    store = SessionStore()
    attempts = sorted(
        (s for s in store.list(trainee="Sam", persona="lost-express") if s.status == "complete"),
        key=lambda s: s.started_at,
    )
    page = ComparePage()
    page.resize(width, height)
    page.show_sessions(store.get(attempts[0].id), store.get(attempts[-1].id))
    page.show()
    return page
