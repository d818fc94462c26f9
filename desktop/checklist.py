"""The live checklist of the method's moves: what the persona is waiting for, what is done.

Computed from the call's turns only (no engine internals), so it is the same live, in a replay
and on the projector. The persona opens its gates in order (METHOD.md: it cannot hear options
before it has been heard), so at each stage one move is what it is *waiting for*.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Status = Literal["met", "waiting", "pending", "missed"]

MOVES: tuple[tuple[str, str, str], ...] = (
    ("acknowledge", "Heard", "Say back what happened to them, in your words"),
    ("empathise", "Empathised", "Name or validate how they feel"),
    ("options", "Options", "Offer choices and let them pick"),
    ("commitment", "Commitment", "Say exactly what you will do, and by when"),
    ("gratitude", "Thanks", "Thank them for telling you"),
)
WAITING_FOR = {
    "vent": "acknowledge",
    "heard": "empathise",
    "options": "options",
    "commitment": "commitment",
    "close": "gratitude",
}


@dataclass(frozen=True)
class Item:
    mark: str
    label: str
    hint: str
    status: Status
    evidence: str | None = None
    turn: str | None = None


def checklist(turns: list[dict[str, Any]], *, finished: bool) -> list[Item]:
    """One item per move, in the method's order."""
    met: dict[str, tuple[str, str]] = {}
    stage = "vent"
    for turn in turns:
        if turn.get("stage"):
            stage = turn["stage"]
        if turn.get("speaker") != "trainee":
            continue
        for mark, *_ in MOVES:
            info = turn.get("marks", {}).get(mark, {})
            if info.get("hit") and mark not in met:
                met[mark] = (info.get("evidence") or "", turn["id"])
    waiting = WAITING_FOR.get(stage)
    items = []
    for mark, label, hint in MOVES:
        if mark in met:
            evidence, turn_id = met[mark]
            items.append(Item(mark, label, hint, "met", evidence, turn_id))
        elif finished:
            items.append(Item(mark, label, hint, "missed"))
        else:
            items.append(Item(mark, label, hint, "waiting" if mark == waiting else "pending"))
    return items
