"""The call engine: how the persona's heat moves, which gate is open, what it says, how it ends.

Pure and deterministic for a seed. The whole state, random state included, is a plain snapshot that
can be restored, so a reply can be taken back, a call branched from any turn, the mood nudged or a
stage skipped without replaying anything.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from personas.judge import Judgement
from personas.model import STAGES, THREAT_FROM, Line, Persona, band_of

OUTCOMES = ("resolved", "walked_out", "ended")

# How much each move cools the customer (before `patience`) and each fault heats them (before
# `volatility`). Documented in docs/engine.md; changing these changes every persona's feel.
COOLING = {
    "acknowledge": 1.1,
    "empathise": 1.1,
    "options": 0.8,
    "commitment": 0.8,
    "gratitude": 0.4,
    "asks_input": 0.3,
    "bargain": 0.6,
    "hidden_fact": 0.4,
    "settling": 0.6,
}
HEATING = {
    "violation": 1.5,
    "calm_down": 2.0,
    "insult": 2.0,
    "threat_back": 2.0,
    "premature_details": 1.0,
    "interruption": 1.0,
    "silence": 0.8,
    "ignored": 0.4,
    "premature_options": 0.3,
}
REPEAT_DECAY = 0.5
"""The same move again counts half as much as last time: ten "I understand"s is not listening."""
MAX_GATES_PER_TURN = 2
NOISE = 0.15
WALK_OUT_AT = 10.0
_GATE_MARK = {
    "vent": "acknowledge",
    "heard": "empathise",
    "options": "options",
    "commitment": "commitment",
}


@dataclass(frozen=True)
class MoodChange:
    reason: str
    delta: float


@dataclass(frozen=True)
class Reaction:
    """What the persona does after one trainee turn."""

    lines: tuple[tuple[str, Line], ...]
    """(kind, line) pairs, kind one of reaction, threat, hidden, accept, demand, stage,
    resolution, walk_out."""
    heat_before: float
    heat_after: float
    changes: tuple[MoodChange, ...]
    stage_before: str
    stage_after: str
    outcome: str | None
    revealed: tuple[str, ...] = ()
    accepted: tuple[str, ...] = ()


@dataclass
class EngineState:
    heat: float
    stage: str = "vent"
    turn: int = 0
    outcome: str | None = None
    threats_made: list[str] = field(default_factory=list)
    revealed: list[str] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    mark_counts: dict[str, int] = field(default_factory=dict)
    demand_said: bool = False
    nudges: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Snapshot:
    """Everything needed to put an engine back exactly where it was (JSON-safe)."""

    state: dict[str, Any]
    rng: list[Any]

    def as_json(self) -> dict[str, Any]:
        return {"state": self.state, "rng": self.rng}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Snapshot:
        return cls(dict(data["state"]), list(data["rng"]))


class CallEngine:
    def __init__(self, persona: Persona, seed: int, max_turns: int | None = None):
        self.persona = persona
        self.seed = seed
        self.max_turns = max_turns or persona.temperament.max_turns
        self.rng = random.Random(seed)
        self.state = EngineState(heat=persona.mood_start)

    # -- state -----------------------------------------------------------------------------

    @property
    def heat(self) -> float:
        return self.state.heat

    @property
    def stage(self) -> str:
        return self.state.stage

    @property
    def outcome(self) -> str | None:
        return self.state.outcome

    def snapshot(self) -> Snapshot:
        version, internal, gauss = self.rng.getstate()
        return Snapshot(asdict(self.state), [version, list(internal), gauss])

    def restore(self, snapshot: Snapshot) -> None:
        state = snapshot.state
        self.state = EngineState(
            **{
                k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
                for k, v in state.items()
            }
        )
        version, internal, gauss = snapshot.rng
        self.rng.setstate((version, tuple(internal), gauss))

    # -- the call --------------------------------------------------------------------------

    def opening(self) -> Line:
        return self._pick(self.persona.opening)

    def respond(self, judgement: Judgement | None, *, interrupted: bool = False) -> Reaction:
        """React to one trainee turn; `judgement` None (or of empty text) is a silent turn."""
        if self.state.outcome:
            raise RuntimeError("the call is over")
        state = self.state
        state.turn += 1
        heat_before, stage_before = state.heat, state.stage
        silent = judgement is None or not judgement.text.strip()
        hits = (
            set()
            if silent or judgement is None
            else {m for m, mark in judgement.marks.items() if mark.hit}
        )
        kinds = () if judgement is None else judgement.violation_kinds
        changes: list[MoodChange] = []
        reactions: list[str] = []
        temper = self.persona.temperament

        def heat(reason: str, amount: float) -> None:
            changes.append(MoodChange(reason, round(amount * temper.volatility, 3)))

        def cool(reason: str, amount: float) -> None:
            count = state.mark_counts.get(reason, 0)
            changes.append(
                MoodChange(reason, round(-amount * temper.patience * REPEAT_DECAY**count, 3))
            )
            state.mark_counts[reason] = count + 1

        if interrupted:
            heat("interruption", HEATING["interruption"])
            reactions.append("interruption")
        if silent:
            heat("silence", HEATING["silence"])
            reactions.append("silence")
        for kind in kinds:
            heat(kind, HEATING.get(kind, HEATING["violation"]))
            reactions.append(kind)

        early = STAGES.index(stage_before) < STAGES.index("options")
        premature = "options" in hits and early and not ({"acknowledge", "empathise"} & hits)
        for mark in (
            "acknowledge",
            "empathise",
            "options",
            "commitment",
            "gratitude",
            "asks_input",
        ):
            if mark not in hits:
                continue
            if mark == "options" and premature:
                heat("premature_options", HEATING["premature_options"])
                reactions.append("premature_options")
                continue
            cool(mark, COOLING[mark])
        if not silent and not hits and not kinds and STAGES.index(stage_before) <= 1:
            heat("ignored", HEATING["ignored"])
        if stage_before == "close" and not silent and not kinds and not interrupted:
            # with a promise made, every decent exchange lets them wind down
            changes.append(MoodChange("settling", round(-COOLING["settling"] * temper.patience, 3)))

        accepted = []
        if judgement is not None and not kinds:
            for bargain_id in judgement.bargains:
                if bargain_id not in state.accepted and not early:
                    state.accepted.append(bargain_id)
                    accepted.append(bargain_id)
                    cool("bargain", COOLING["bargain"])
                    break

        revealed = self._reveal(hits, judgement)
        if revealed:
            cool("hidden_fact", COOLING["hidden_fact"])

        noise = round(self.rng.uniform(-NOISE, NOISE), 3)
        changes.append(MoodChange("variation", noise))
        state.heat = round(min(10.0, max(0.0, heat_before + sum(c.delta for c in changes))), 3)

        if not kinds and not silent:
            self._open_gates(hits, premature)
        lines = self._lines(reactions, revealed, accepted, stage_before)
        return Reaction(
            tuple(lines),
            heat_before,
            state.heat,
            tuple(changes),
            stage_before,
            state.stage,
            state.outcome,
            tuple(revealed),
            tuple(accepted),
        )

    def end(self) -> None:
        """The trainee hung up, or the turn cap was reached."""
        if not self.state.outcome:
            self.state.outcome = "ended"

    def nudge(self, delta: float, reason: str) -> None:
        """A facilitator moves the mood by hand; logged with the reason."""
        self.state.heat = round(min(10.0, max(0.0, self.state.heat + delta)), 3)
        self.state.nudges.append({"turn": self.state.turn, "delta": delta, "reason": reason})

    def skip_to(self, stage: str) -> None:
        if stage not in STAGES:
            raise ValueError(f"no stage {stage!r}")
        self.state.stage = stage

    def stage_line(self) -> Line:
        """A line for the current stage and mood (to repeat, or after a skip)."""
        return self._pick(self.persona.lines[self.state.stage][band_of(self.state.heat)])

    # -- inside --------------------------------------------------------------------------

    def _open_gates(self, hits: set[str], premature: bool) -> None:
        state = self.state
        for _ in range(MAX_GATES_PER_TURN):
            stage = state.stage
            if stage == "close":
                return
            mark = _GATE_MARK[stage]
            if mark not in hits or (mark == "options" and premature):
                return
            if stage in ("options", "commitment") and state.heat >= 7.0:
                return  # still too hot to weigh an offer or a promise
            state.stage = STAGES[STAGES.index(stage) + 1]

    def _reveal(self, hits: set[str], judgement: Judgement | None) -> list[str]:
        triggers = set(hits)
        if judgement is not None and judgement.question.hit:
            triggers.add("question")
        for fact in self.persona.hidden_facts:
            if fact.id not in self.state.revealed and triggers & set(fact.reveal_on):
                self.state.revealed.append(fact.id)
                return [fact.id]
        return []

    def _lines(
        self, reactions: list[str], revealed: list[str], accepted: list[str], stage_before: str
    ) -> list[tuple[str, Line]]:
        state, persona = self.state, self.persona
        lines: list[tuple[str, Line]] = []
        if reactions:
            lines.append(("reaction", self._pick(persona.reactions[reactions[0]])))
        if state.heat >= WALK_OUT_AT and state.threats_made:
            state.outcome = "walked_out"
            lines.append(("walk_out", self._pick(persona.walk_out)))
            return lines
        if state.heat >= THREAT_FROM:
            unsaid = [t for t in persona.threats if t.id not in state.threats_made]
            if unsaid:
                threat = self._pick(tuple(unsaid))
                state.threats_made.append(threat.id)
                lines.append(("threat", threat))
                return lines
            if state.heat >= WALK_OUT_AT:
                state.outcome = "walked_out"
                lines.append(("walk_out", self._pick(persona.walk_out)))
                return lines
        for fact in persona.hidden_facts:
            if fact.id in revealed:
                lines.append(("hidden", fact.line))
        for bargain in persona.bargains:
            if bargain.id in accepted and bargain.accept_line:
                lines.append(("accept", bargain.accept_line))
        if state.stage == "close" and state.heat <= persona.temperament.resolve_below:
            state.outcome = "resolved"
            lines.append(("resolution", self._pick(persona.resolution)))
            return lines
        if state.turn >= self.max_turns:
            state.outcome = "ended"
            return lines
        moved = state.stage != stage_before
        if (
            state.stage == "options"
            and moved
            and not state.demand_said
            and persona.demand
            and persona.demand.line
        ):
            state.demand_said = True
            lines.append(("demand", persona.demand.line))
        elif not lines or moved:
            lines.append(("stage", self.stage_line()))
        return lines

    def _pick(self, choices: tuple[Line, ...]) -> Line:
        """A line not said yet if there is one, else the least recently said; seeded."""
        fresh = [c for c in choices if c.id not in self.state.said]
        if fresh:
            line = fresh[self.rng.randrange(len(fresh))]
        else:
            line = min(choices, key=lambda c: self.state.said.index(c.id))
            self.state.said.remove(line.id)
        self.state.said.append(line.id)
        return line


def with_heat(state: EngineState, heat: float) -> EngineState:
    """A copy of a state at another heat (for tests and the facilitator console)."""
    return replace(state, heat=heat)
