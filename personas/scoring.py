"""The call score: 0 to 100, from the moves made, the faults committed and how the call ended.

Deliberately simple enough to check by hand. Each move of the method earns its points once, the
first time the trainee makes it (the record cites that turn); each fault and interruption costs
points; the outcome adds a bonus. See docs/scoring.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MOVE_POINTS = {
    "acknowledge": 20,
    "empathise": 20,
    "options": 20,
    "commitment": 15,
    "gratitude": 5,
    "asks_input": 5,
}
OUTCOME_POINTS = {"resolved": 15, "ended": 0, "walked_out": 0}
VIOLATION_COST = 6
INTERRUPTION_COST = 3
SILENCE_COST = 2
MAX_PENALTY = 60

FORMULA = (
    "moves earned once each (acknowledge 20, empathise 20, options 20, commitment 15, "
    "gratitude 5, asks_input 5) + outcome (resolved 15) - 6 per fault - 3 per interruption "
    "- 2 per silent turn (penalties at most 60), kept within 0..100"
)


@dataclass(frozen=True)
class ScoreItem:
    label: str
    points: int
    turn: str | None = None
    evidence: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "points": self.points,
            "turn": self.turn,
            "evidence": self.evidence,
        }


def score_call(turns: list[dict[str, Any]], outcome: str | None) -> dict[str, Any]:
    """Score from the trainee turns of a call record (their marks, violations, flags)."""
    items: list[ScoreItem] = []
    earned: set[str] = set()
    penalty_items: list[ScoreItem] = []
    for turn in turns:
        if turn.get("speaker") != "trainee":
            continue
        for mark, points in MOVE_POINTS.items():
            info = turn["marks"].get(mark, {})
            if info.get("hit") and mark not in earned:
                earned.add(mark)
                items.append(ScoreItem(mark, points, turn["id"], info.get("evidence")))
        for violation in turn.get("violations", []):
            penalty_items.append(
                ScoreItem(
                    f"fault: {violation['kind']}",
                    -VIOLATION_COST,
                    turn["id"],
                    violation.get("evidence"),
                )
            )
        if turn.get("interrupted"):
            penalty_items.append(
                ScoreItem("interrupted the customer", -INTERRUPTION_COST, turn["id"])
            )
        if not turn.get("text", "").strip():
            penalty_items.append(ScoreItem("said nothing", -SILENCE_COST, turn["id"]))
    for mark in MOVE_POINTS:
        if mark not in earned:
            items.append(ScoreItem(f"{mark} (never made)", 0))
    penalty = sum(i.points for i in penalty_items)
    if penalty < -MAX_PENALTY:
        penalty_items.append(ScoreItem("penalties capped", -MAX_PENALTY - penalty))
    items.extend(penalty_items)
    bonus = OUTCOME_POINTS.get(outcome or "ended", 0)
    items.append(ScoreItem(f"outcome: {outcome or 'unfinished'}", bonus))
    raw = sum(i.points for i in items)
    total = max(0, min(100, raw))
    return {
        "total": total,
        "raw": raw,
        "formula": FORMULA,
        "breakdown": [i.as_json() for i in items],
    }
