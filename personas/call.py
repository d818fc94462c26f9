"""One call: the judge and the engine turn by turn, written into a call record as it happens.

Every front end (typed, spoken, the window, workshops) drives a `Call`; the record it builds is the
one saved, scored and replayed, so it is designed to grow: later features add attempts of a turn,
audio offsets, timings and delivery figures to the same turn objects.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from personas.engine import CallEngine, Reaction, Snapshot
from personas.judge import JudgeContext, Judgement, judge
from personas.model import Line, Persona
from personas.scoring import score_call

RECORD_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class TurnResult:
    trainee_turn: dict[str, Any]
    judgement: Judgement
    reaction: Reaction
    persona_turns: list[dict[str, Any]]


def new_seed() -> int:
    return random.SystemRandom().randrange(1, 2**31)


class Call:
    def __init__(
        self,
        persona: Persona,
        *,
        seed: int | None = None,
        trainee: str | None = None,
        max_turns: int | None = None,
        mode: str = "typed",
        app_version: str | None = None,
    ):
        self.persona = persona
        self.seed = new_seed() if seed is None else seed
        self.trainee = trainee or "trainee"
        self.engine = CallEngine(persona, self.seed, max_turns)
        self.mode = mode
        self.app_version = app_version
        self.started_at = _now()
        self.ended_at: str | None = None
        self.turns: list[dict[str, Any]] = []
        self._before: dict[str, Snapshot] = {}

    @property
    def finished(self) -> bool:
        return self.engine.outcome is not None

    @property
    def outcome(self) -> str | None:
        return self.engine.outcome

    def start(self) -> dict[str, Any]:
        """The persona's opening line, as a turn."""
        return self._persona_turn("opening", self.engine.opening())

    def reply(
        self,
        text: str,
        *,
        trainee: str | None = None,
        interrupted: bool = False,
        extra: dict[str, Any] | None = None,
    ) -> TurnResult:
        """Judge a trainee reply, let the persona react, and record both."""
        turn_id = self._next_id()
        self._before[turn_id] = self.engine.snapshot()
        stage = self.engine.stage
        judgement = judge(text, JudgeContext(self.persona, stage))
        heat = self.engine.heat
        reaction = self.engine.respond(judgement, interrupted=interrupted)
        marks = {name: mark.as_json() for name, mark in judgement.marks.items()}
        turn = {
            "id": turn_id,
            "speaker": "trainee",
            "trainee": trainee or self.trainee,
            "text": text,
            "stage": stage,
            "mood_before": heat,
            "mood_after": reaction.heat_after,
            "mood_change": [{"reason": c.reason, "delta": c.delta} for c in reaction.changes],
            "marks": marks,
            "question": judgement.question.as_json(),
            "violations": [v.as_json() for v in judgement.violations],
            "key_facts": list(judgement.key_facts),
            "bargains_accepted": list(reaction.accepted),
            "revealed": list(reaction.revealed),
            "interrupted": interrupted,
            "tips": list(judgement.tips),
            "attempts": [],
            **(extra or {}),
        }
        self.turns.append(turn)
        persona_turns = [self._persona_turn(kind, line) for kind, line in reaction.lines]
        if self.finished:
            self.ended_at = _now()
        return TurnResult(turn, judgement, reaction, persona_turns)

    def repeat(self) -> dict[str, Any]:
        """The persona says where things stand again (after a pause, or when asked to repeat)."""
        return self._persona_turn("repeat", self.engine.stage_line())

    def hang_up(self) -> None:
        """The trainee ends the call (or the input ran out)."""
        self.engine.end()
        self.ended_at = self.ended_at or _now()

    def snapshot_before(self, turn_id: str) -> Snapshot:
        """The engine exactly as it was just before a trainee turn (for rewinding and branching)."""
        return self._before[turn_id]

    def record(self) -> dict[str, Any]:
        """The call record: everything needed to replay, score and explain the call."""
        trainees = list(
            dict.fromkeys(t["trainee"] for t in self.turns if t["speaker"] == "trainee")
        )
        return {
            "schema_version": RECORD_SCHEMA_VERSION,
            "kind": "hotseat.call",
            "app_version": self.app_version,
            "persona": {
                "id": self.persona.id,
                "version": self.persona.version,
                "name": self.persona.name,
            },
            "seed": self.seed,
            "mode": self.mode,
            "trainee": self.trainee,
            "trainees": trainees or [self.trainee],
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "outcome": self.outcome,
            "mood_start": self.persona.mood_start,
            "mood": [self.persona.mood_start]
            + [t["mood_after"] for t in self.turns if t["speaker"] == "trainee"],
            "stage": self.engine.stage,
            "score": score_call(self.turns, self.outcome),
            "turns": self.turns,
        }

    def _persona_turn(self, kind: str, line: Line) -> dict[str, Any]:
        turn = {
            "id": self._next_id(),
            "speaker": "persona",
            "kind": kind,
            "line_id": line.id,
            "text": line.text,
            "tone": line.tone,
            "stage": self.engine.stage,
            "mood": self.engine.heat,
        }
        self.turns.append(turn)
        return turn

    def _next_id(self) -> str:
        return f"t{len(self.turns) + 1}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
