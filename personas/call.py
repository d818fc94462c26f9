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
        self.undone: list[dict[str, Any]] = []
        """Every stretch of the call a take-back or a correction removed, in order."""
        self._before: dict[str, Snapshot] = {}
        self._attempts_here: list[dict[str, Any]] = []
        self.controls: list[dict[str, Any]] = []
        """What a facilitator did by hand (mood nudges, stage skips), in order."""

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
            "attempts": self._attempts_here,
            **(extra or {}),
        }
        self._attempts_here = []
        self.turns.append(turn)
        persona_turns = [self._persona_turn(kind, line) for kind, line in reaction.lines]
        if self.finished:
            self.ended_at = _now()
        return TurnResult(turn, judgement, reaction, persona_turns)

    def repeat(self) -> dict[str, Any]:
        """The persona says where things stand again (after a pause, or when asked to repeat)."""
        return self._persona_turn("repeat", self.engine.stage_line())

    def nudge(self, delta: float, reason: str) -> float:
        """A facilitator moves the mood by hand (logged with the reason); returns the mood."""
        self.engine.nudge(delta, reason)
        entry = {"kind": "nudge", "delta": delta, "reason": reason, "after": self._last_id()}
        self.controls.append({**entry, "mood": self.engine.heat})
        return self.engine.heat

    def skip_to(self, stage: str, reason: str = "") -> dict[str, Any]:
        """A facilitator moves the call to a stage; the persona speaks from there."""
        self.engine.skip_to(stage)
        self.controls.append(
            {"kind": "skip", "stage": stage, "reason": reason, "after": self._last_id()}
        )
        return self._persona_turn("skip", self.engine.stage_line())

    def _last_id(self) -> str | None:
        return self.turns[-1]["id"] if self.turns else None

    def hang_up(self) -> None:
        """The trainee ends the call (or the input ran out)."""
        self.engine.end()
        self.ended_at = self.ended_at or _now()

    def take_back(self, turn_id: str, *, reason: str = "take_back") -> dict[str, Any] | None:
        """Rewind to just before trainee turn ``turn_id``, so the trainee can answer again.

        The removed turns are kept (``undone`` and the next reply's ``attempts``): practising one
        moment several times is the point, and a coach wants to see every version. Returns the
        persona turn to say again (the line the trainee is answering), or None at the start.
        """
        index = self._trainee_index(turn_id)
        removed = self.turns[index:]
        del self.turns[index:]
        self.engine.restore(self._before[turn_id])
        self.ended_at = None
        version = {key: value for key, value in removed[0].items() if key != "attempts"}
        version["undone_by"] = reason
        version["persona_replies"] = [t["text"] for t in removed[1:] if t["speaker"] == "persona"]
        self._attempts_here = [*removed[0].get("attempts", []), version]
        self.undone.append({"at": turn_id, "reason": reason, "when": _now(), "turns": removed})
        for gone in removed:
            self._before.pop(gone["id"], None)
        return next((t for t in reversed(self.turns) if t["speaker"] == "persona"), None)

    def correct(self, turn_id: str, text: str) -> TurnResult:
        """The trainee fixes what was heard: the reply is judged again from the same moment.

        The persona reacts to the corrected words; the turn keeps what was heard
        (``corrected_from``) and the original version stays in ``attempts``.
        """
        original = self.turns[self._trainee_index(turn_id)]
        self.take_back(turn_id, reason="correction")
        kept = {
            key: original[key]
            for key in ("heard", "timings", "delivery", "audio", "silent")
            if key in original
        }
        return self.reply(
            text,
            trainee=original["trainee"],
            interrupted=original["interrupted"],
            extra={**kept, "corrected_from": original["text"]},
        )

    def last_trainee_turn(self) -> dict[str, Any] | None:
        return next((t for t in reversed(self.turns) if t["speaker"] == "trainee"), None)

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
            "undone": self.undone,
            "controls": self.controls,
        }

    def _trainee_index(self, turn_id: str) -> int:
        for index, turn in enumerate(self.turns):
            if turn["id"] == turn_id and turn["speaker"] == "trainee":
                return index
        raise KeyError(f"no trainee turn {turn_id!r} in this call")

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


def branch_call(
    persona: Persona, record: dict[str, Any], turn_id: str, *, mode: str = "typed"
) -> Call:
    """A new call at the exact moment before trainee turn ``turn_id`` of a recorded call.

    Personas are deterministic for a seed, so replaying the earlier replies through a fresh
    engine with the record's seed reaches the same state (mood, gates, random state) and the
    persona's last line is the one the trainee answered. Raises KeyError for an unknown turn.
    """
    turns = record["turns"]
    if not any(t["id"] == turn_id and t["speaker"] == "trainee" for t in turns):
        raise KeyError(f"no trainee turn {turn_id!r} in this call")
    call = Call(persona, seed=record["seed"], trainee=record.get("trainee"), mode=mode)
    call.start()
    for turn in turns:
        if turn["id"] == turn_id:
            break
        if turn["speaker"] == "trainee":
            call.reply(
                turn["text"],
                trainee=turn.get("trainee"),
                interrupted=bool(turn.get("interrupted")),
                extra={"branched_from": turn["id"]},
            )
    return call


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
