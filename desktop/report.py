"""After the call: what happened, the score and why, the mood, the moments, what to say next time.

Pure and Qt-free. `build_report(record, persona)` reads a call record
(`personas.call.Call.record()`) and the persona it was played against, and returns plain
dataclasses the report screen shows and the saved HTML/PDF report will reuse
(`CallReport.to_dict()` is JSON-ready).

Nothing here re-scores the call: the score rows explain the numbers in the record's own
breakdown, so what the trainee reads always adds up to the total they were given.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field
from typing import Any

from personas.judge import JudgeContext, judge
from personas.model import STAGES, Persona, band_of
from personas.scoring import FORMULA, MOVE_POINTS, score_call

try:  # which mark opens which stage: the engine's own table, so the two never disagree
    from personas.engine import _GATE_MARK as _ENGINE_GATES
except ImportError:  # pragma: no cover - only if the engine renames its table
    _ENGINE_GATES = {
        "vent": "acknowledge",
        "heard": "empathise",
        "options": "options",
        "commitment": "commitment",
    }

# The stage where each move is due: the gate marks from the engine, then the two moves that open
# no gate (the judge expects thanks in the close; asking for their choice goes with options).
DUE_STAGE: dict[str, str] = {
    **{mark: stage for stage, mark in _ENGINE_GATES.items()},
    "gratitude": "close",
    "asks_input": "options",
}

MARK_CHIPS = {
    "acknowledge": "Acknowledged",
    "empathise": "Empathised",
    "options": "Options",
    "commitment": "Commitment",
    "gratitude": "Thanks",
    "asks_input": "Asked their view",
}
"""The short name of each mark on a chip: the same on every screen and in the HTML report."""

MOVE_LABELS = {
    "acknowledge": "Acknowledged what happened",
    "empathise": "Empathised",
    "options": "Offered options",
    "commitment": "Committed to a next step",
    "gratitude": "Thanked them",
    "asks_input": "Asked for their input",
}
MISSED_LABELS = {
    "acknowledge": "Acknowledge what happened",
    "empathise": "Empathise",
    "options": "Offer options",
    "commitment": "Commit to a next step and a time",
    "gratitude": "Thank them",
    "asks_input": "Ask for their input",
}
WHY_IT_MATTERS = {
    "acknowledge": (
        "Saying back what happened, in your own words, is how a furious customer knows they were "
        "heard; until then nothing else lands."
    ),
    "empathise": (
        "Naming the feeling tells them you see the person, not just the ticket; it is what lets "
        "them stop fighting and start listening."
    ),
    "options": (
        "A choice of outcomes gives back the control they lost; they accept what they picked far "
        "more readily than what they were told."
    ),
    "commitment": (
        'A concrete step with a time is something they can hold you to; "soon" sounds like the '
        "brush-off they already had."
    ),
    "gratitude": (
        "Thanking them for raising it turns a complaint into help, and ends the call on their side "
        "of the table."
    ),
    "asks_input": (
        "Asking what they would like makes the fix theirs too, and often shows you the cheapest "
        "thing that would satisfy them."
    ),
}
# When a persona's script has no model reply that makes a move: the method's own examples.
GENERIC_EXAMPLES = {
    "acknowledge": "So, if I've got this right, it never arrived and nobody could tell you why.",
    "empathise": "I'm so sorry. In your position I'd be furious too.",
    "options": "Here's what I can do: A today, or B by tomorrow. Which would you prefer?",
    "commitment": "I'm doing it now, and I'll call you back by four with the details.",
    "gratitude": "Thank you for telling us; it helps us put this right for others too.",
    "asks_input": "What would put this right for you?",
}
FAULT_LABELS = {
    "blame": "Blamed someone",
    "policy": "Hid behind policy",
    "doubt": "Doubted their account",
    "correcting": "Corrected the customer",
    "accusation": "Court-room language",
    "calm_down": "Told them to calm down",
    "insult": "Responded in kind",
    "threat_back": "Threatened back",
    "non_apology": "Non-apology",
    "dismissal": "Dismissed or ducked it",
    "over_promise": "Over-promised",
    "premature_details": "Asked for details too early",
}
# What a mood change's reason means, said to the trainee (see docs/how-a-call-works.md).
_REASON_WORDS = {
    "acknowledge": "you said back what happened",
    "empathise": "you named how they felt",
    "options": "you offered a choice",
    "commitment": "you committed to a next step",
    "gratitude": "you thanked them",
    "asks_input": "you asked what they would like",
    "bargain": "you offered something they could accept",
    "hidden_fact": "they opened up about what it means for them",
    "settling": "with a promise made, they were winding down",
    "interruption": "you talked over them",
    "silence": "you said nothing",
    "ignored": "the reply did not touch what they had said",
    "premature_options": "you offered fixes before they felt heard",
    "blame": "you looked for someone to blame",
    "policy": "you pointed to policy",
    "doubt": "you doubted their account",
    "correcting": "you corrected them",
    "accusation": "you used court-room language",
    "calm_down": "you told them to calm down",
    "insult": "you responded in kind",
    "threat_back": "you threatened back",
    "non_apology": "the apology was not one",
    "dismissal": "you ducked it",
    "over_promise": "you promised more than you may give",
    "premature_details": "you asked for details while they were still venting",
}

# Delivery readings (METHOD.md: keep the voice low and steady). Conversational English runs at
# roughly 130-160 words a minute; under pressure people speed up.
PACE_FAST_WPM = 175.0
PACE_SLOW_WPM = 105.0
LOUDNESS_STEADY_DB = 3.0
LATENCY_SLOW_MS = 3000.0
MOOD_TIE = 0.05
"""Mood changes closer than this are a tie (the mood is shown to one decimal)."""


@dataclass(frozen=True)
class ScoreRow:
    """One line of the score: what counted, how many points, and the words that earned it."""

    kind: str
    """move, missed, fault, interruption, silence, cap, outcome or other."""
    key: str
    """The mark, fault kind or outcome this row is about."""
    label: str
    points: int
    available: int | None = None
    """For moves: what the move is worth when made."""
    turn_id: str | None = None
    reply_number: int | None = None
    evidence: str | None = None
    """The trainee's exact words that earned (or cost) the points."""
    reply_text: str | None = None
    """The whole reply those words come from."""


@dataclass(frozen=True)
class ScoreSummary:
    total: int
    raw: int
    rows: tuple[ScoreRow, ...]
    formula: str
    """How any call is scored (scoring.FORMULA)."""
    arithmetic: str
    """This call's sum, e.g. "20 + 20 + 20 - 6 + 15 = 69"."""

    @property
    def earned_rows(self) -> tuple[ScoreRow, ...]:
        return tuple(r for r in self.rows if r.kind == "move")

    @property
    def missed_rows(self) -> tuple[ScoreRow, ...]:
        return tuple(r for r in self.rows if r.kind == "missed")

    @property
    def penalty_rows(self) -> tuple[ScoreRow, ...]:
        return tuple(r for r in self.rows if r.kind in ("fault", "interruption", "silence", "cap"))


@dataclass(frozen=True)
class MoodPoint:
    reply_number: int
    """0 for the start of the call, then 1, 2, ... after each reply."""
    turn_id: str | None
    mood: float
    band: str


@dataclass(frozen=True)
class TurnHighlight:
    """The best or the worst reply, with the line it answered and why it counted."""

    turn_id: str
    reply_number: int
    text: str
    mood_before: float
    mood_after: float
    change: float
    why: str
    answering: str | None = None
    """What the persona had just said."""
    reaction: tuple[str, ...] = ()
    """What the persona said back."""
    tip: str | None = None
    helped: bool = True
    """Did the reply cool the customer at all (before the 0-10 limits)? A "best" reply of a call
    where nothing helped is only the least harmful one."""


@dataclass(frozen=True)
class MissedMark:
    mark: str
    label: str
    stage: str
    """The stage whose model reply is shown: where the move was due, or the nearest making it."""
    model_reply: str
    why: str
    highlight: str | None = None
    """The words in the model reply that make the move (for bold), if the judge found them."""
    points: int = 0
    """What the move would have been worth."""
    from_script: bool = True
    """False when the persona's script had no model reply and a generic example is shown."""


@dataclass(frozen=True)
class DeliverySummary:
    """How the replies were said, over the spoken turns of a voice call."""

    voice_turns: int
    median_wpm: float | None
    pace_note: str
    loudness_db: float | None
    """Median loudness against the trainee's own normal level (+ louder)."""
    loudest_db: float | None
    loudness_note: str
    filler_count: int
    fillers: dict[str, int]
    interruptions: int
    median_latency_ms: float | None
    latency_note: str


@dataclass(frozen=True)
class CallReport:
    persona_id: str
    persona_name: str
    trainee: str
    mode: str
    outcome: str | None
    outcome_title: str
    """A few words: "Resolved", "Walked out", "Ended unresolved"."""
    outcome_text: str
    """One plain sentence about how it ended."""
    score: ScoreSummary
    mood: tuple[MoodPoint, ...]
    best: TurnHighlight | None
    worst: TurnHighlight | None
    missed: tuple[MissedMark, ...]
    delivery: DeliverySummary | None
    replies: int
    taken_back: int
    """Earlier versions of replies the trainee took back and answered again."""
    corrected: int
    """Replies whose transcript the trainee corrected."""
    started_at: str | None = None
    ended_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def mood_values(self) -> list[float]:
        return [p.mood for p in self.mood]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def build_report(record: dict[str, Any], persona: Persona) -> CallReport:
    """The report of one call record, against the persona it was played with."""
    turns = list(record.get("turns", []))
    replies = [t for t in turns if t.get("speaker") == "trainee"]
    numbers = {t["id"]: i for i, t in enumerate(replies, start=1)}
    first = _first_name(persona.name)
    outcome = record.get("outcome")
    title, sentence = _outcome_words(outcome, first, len(replies), persona)
    score = _score(record, turns, numbers)
    return CallReport(
        persona_id=persona.id,
        persona_name=persona.name,
        trainee=str(record.get("trainee") or "trainee"),
        mode=str(record.get("mode") or "typed"),
        outcome=outcome,
        outcome_title=title,
        outcome_text=sentence,
        score=score,
        mood=_mood(record, replies, persona),
        best=_highlight(turns, replies, numbers, first, best=True),
        worst=_highlight(turns, replies, numbers, first, best=False),
        missed=tuple(_missed(row.key, persona) for row in score.missed_rows),
        delivery=summarise_delivery(replies),
        replies=len(replies),
        taken_back=_count_attempts(replies, correction=False),
        corrected=_count_attempts(replies, correction=True),
        started_at=record.get("started_at"),
        ended_at=record.get("ended_at"),
    )


# -- outcome -----------------------------------------------------------------------------------


def _first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else "The customer"


def _outcome_words(
    outcome: str | None, first: str, replies: int, persona: Persona
) -> tuple[str, str]:
    if outcome == "resolved":
        return "Resolved", f"{first} calmed down and accepted what you offered."
    if outcome == "walked_out":
        return "Walked out", f"{first} ran out of patience and walked out of the call."
    if outcome == "ended":
        if replies >= persona.temperament.max_turns:
            return (
                "Out of time",
                f"After {replies} replies {first} still was not satisfied, so the call ran out.",
            )
        if replies == 0:
            return "Ended", "The call ended before you said anything."
        return "Ended unresolved", f"The call ended before {first} was satisfied."
    return "Unfinished", f"The call stopped before {first} was satisfied."


# -- score -------------------------------------------------------------------------------------


def _score(
    record: dict[str, Any], turns: list[dict[str, Any]], numbers: dict[str, int]
) -> ScoreSummary:
    score = record.get("score") or score_call(turns, record.get("outcome"))
    texts = {t["id"]: t.get("text", "") for t in turns if t.get("speaker") == "trainee"}
    rows = [_row(item, texts, numbers) for item in score.get("breakdown", [])]
    order = list(MOVE_POINTS)

    def place(row: ScoreRow) -> tuple[int, int]:
        if row.kind in ("move", "missed"):
            return (0, order.index(row.key) if row.key in order else len(order))
        if row.kind == "outcome":
            return (2, 0)
        return (1, 0)

    rows.sort(key=place)  # stable: penalties stay in the order they happened
    total, raw = int(score.get("total", 0)), int(score.get("raw", score.get("total", 0)))
    return ScoreSummary(
        total=total,
        raw=raw,
        rows=tuple(rows),
        formula=str(score.get("formula") or FORMULA),
        arithmetic=_arithmetic(rows, raw, total),
    )


def _row(item: dict[str, Any], texts: dict[str, str], numbers: dict[str, int]) -> ScoreRow:
    label = str(item.get("label", ""))
    points = int(item.get("points", 0))
    turn = item.get("turn")
    where = {
        "turn_id": turn,
        "reply_number": numbers.get(turn) if turn else None,
        "evidence": item.get("evidence"),
        "reply_text": texts.get(turn) if turn else None,
    }
    if label in MOVE_POINTS:
        return ScoreRow("move", label, MOVE_LABELS[label], points, MOVE_POINTS[label], **where)
    if label.endswith(" (never made)"):
        mark = label.removesuffix(" (never made)")
        return ScoreRow(
            "missed", mark, MISSED_LABELS.get(mark, mark), points, MOVE_POINTS.get(mark), **where
        )
    if label.startswith("fault: "):
        kind = label.removeprefix("fault: ")
        return ScoreRow(
            "fault", kind, FAULT_LABELS.get(kind, kind.replace("_", " ")), points, **where
        )
    if label == "interrupted the customer":
        return ScoreRow("interruption", "interruption", "Interrupted the customer", points, **where)
    if label == "said nothing":
        return ScoreRow("silence", "silence", "Said nothing", points, **where)
    if label == "penalties capped":
        return ScoreRow("cap", "cap", "Penalties capped (at most -60)", points, **where)
    if label.startswith("outcome: "):
        outcome = label.removeprefix("outcome: ")
        words = {
            "resolved": "Call resolved",
            "walked_out": "Walked out: no bonus",
            "ended": "Ended unresolved: no bonus",
            "unfinished": "Unfinished: no bonus",
        }
        return ScoreRow("outcome", outcome, words.get(outcome, outcome), points, **where)
    return ScoreRow("other", label, label[:1].upper() + label[1:], points, **where)


def _arithmetic(rows: list[ScoreRow], raw: int, total: int) -> str:
    minus = "\u2212"
    counted = [r.points for r in rows if r.points]
    if not counted:
        text = "0"
    else:
        text = str(counted[0]).replace("-", minus)
        for points in counted[1:]:
            text += f" + {points}" if points > 0 else f" {minus} {-points}"
    text += f" = {raw}".replace("-", minus)
    if total != raw:
        text += f", kept within 0 to 100: {total}"
    return text


# -- mood --------------------------------------------------------------------------------------


def _mood(
    record: dict[str, Any], replies: list[dict[str, Any]], persona: Persona
) -> tuple[MoodPoint, ...]:
    start = replies[0]["mood_before"] if replies else record.get("mood_start", persona.mood_start)
    start = float(start if start is not None else persona.mood_start)
    points = [MoodPoint(0, None, start, band_of(start))]
    for number, turn in enumerate(replies, start=1):
        mood = float(turn["mood_after"])
        points.append(MoodPoint(number, turn["id"], mood, band_of(mood)))
    return tuple(points)


# -- best and worst ----------------------------------------------------------------------------


def _change(turn: dict[str, Any]) -> float:
    return float(turn["mood_after"]) - float(turn["mood_before"])


def _pressure(turn: dict[str, Any]) -> float:
    """How hard the reply pushed the mood: the sum of its mood changes, before the 0-10 limits.

    Ranked on this, not on the change shown, so a fault made at boiling point (where the mood
    cannot rise any further) still counts as the fault it was.
    """
    changes = turn.get("mood_change")
    if not changes:
        return _change(turn)
    return float(sum(c.get("delta", 0.0) for c in changes))


def _tied(value: float) -> int:
    """Mood changes bucketed so that ones the trainee could not tell apart tie."""
    return round(value / MOOD_TIE)


def _moves(turn: dict[str, Any]) -> int:
    return sum(1 for m in turn.get("marks", {}).values() if m.get("hit"))


def _highlight(
    turns: list[dict[str, Any]],
    replies: list[dict[str, Any]],
    numbers: dict[str, int],
    first: str,
    *,
    best: bool,
) -> TurnHighlight | None:
    """The reply that cooled the customer most (best) or heated them most (worst).

    Ties go to the reply with more moves made (best) or more faults (worst), then the earlier
    one. With a single reply it is the best if it cooled them and the worst if it did not, never
    both; otherwise the worst is never the same reply as the best, and there is no worst when
    every reply cooled them.
    """
    if not replies:
        return None
    ranked_best = sorted(
        range(len(replies)),
        key=lambda i: (_tied(_pressure(replies[i])), -_moves(replies[i]), i),
    )
    ranked_worst = sorted(
        range(len(replies)),
        key=lambda i: (-_tied(_pressure(replies[i])), -len(replies[i].get("violations", [])), i),
    )
    if len(replies) == 1:
        cooled = _pressure(replies[0]) < 0
        if cooled != best:
            return None
        index = 0
    elif best:
        index = ranked_best[0]
    elif all(_pressure(t) < 0 for t in replies):
        return None  # every reply helped: no weak moment to point at
    else:
        index = next(i for i in ranked_worst if i != ranked_best[0])
    turn = replies[index]
    return TurnHighlight(
        turn_id=turn["id"],
        reply_number=numbers[turn["id"]],
        text=turn.get("text", ""),
        mood_before=float(turn["mood_before"]),
        mood_after=float(turn["mood_after"]),
        change=round(_change(turn), 3),
        why=_why(turn, first, best=best),
        answering=_answering(turns, turn["id"]),
        reaction=_reaction(turns, turn["id"]),
        tip=None if best else next(iter(turn.get("tips", [])), None),
        helped=_pressure(turn) < 0,
    )


def _why(turn: dict[str, Any], first: str, *, best: bool) -> str:
    change, pressure = _change(turn), _pressure(turn)
    reasons = [c for c in turn.get("mood_change", []) if c.get("reason") != "variation"]
    cooling = sorted((c for c in reasons if c["delta"] < 0), key=lambda c: c["delta"])
    heating = sorted((c for c in reasons if c["delta"] > 0), key=lambda c: -c["delta"])

    def said(changes: list[dict[str, Any]]) -> str:
        words = [_REASON_WORDS.get(c["reason"], c["reason"].replace("_", " ")) for c in changes]
        return _join(list(dict.fromkeys(words))[:3])

    amount = f"{abs(change):.1f}"
    if change <= -MOOD_TIE / 2:
        moved = f"{first} cooled by {amount}"
    elif change >= MOOD_TIE / 2:
        moved = f"{first} got hotter by {amount}"
    elif pressure > 0 and float(turn["mood_after"]) >= 10.0:
        moved = f"{first} was already at boiling point"
    elif pressure < 0 and float(turn["mood_after"]) <= 0.0:
        moved = f"{first} was already completely calm"
    else:
        moved = f"{first}'s mood barely moved"
    if best:
        if pressure < 0:
            return f"{moved}: {said(cooling)}." if cooling else f"{moved}."
        if heating:
            return f"No reply cooled {first}; this one did the least harm, though {said(heating)}."
        return f"No reply cooled {first}; this one at least did not make it worse."
    if pressure > 0:
        return f"{moved}: {said(heating)}." if heating else f"{moved}."
    if cooling:
        return f"Every reply helped; this one least ({said(cooling)}, and little else)."
    return f"{moved}: this reply did least to help."


def _join(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]


def _answering(turns: list[dict[str, Any]], turn_id: str) -> str | None:
    said: str | None = None
    for turn in turns:
        if turn["id"] == turn_id:
            return said
        if turn.get("speaker") == "persona":
            said = turn.get("text")
    return said


def _reaction(turns: list[dict[str, Any]], turn_id: str) -> tuple[str, ...]:
    found, after = [], False
    for turn in turns:
        if turn["id"] == turn_id:
            after = True
        elif after:
            if turn.get("speaker") != "persona":
                break
            found.append(turn.get("text", ""))
    return tuple(found)


# -- missed marks ------------------------------------------------------------------------------


def _missed(mark: str, persona: Persona) -> MissedMark:
    """A model reply for a move never made: the script's reply for the stage where it was due.

    If that reply does not make the move (the judge decides, as it would for the trainee), the
    nearest stage's reply that does is used; if none does, the due stage's reply anyway; if the
    script has none, one of the method's generic examples.
    """
    due = DUE_STAGE.get(mark, "vent")
    order = sorted(STAGES, key=lambda s: abs(STAGES.index(s) - STAGES.index(due)))
    replies = persona.model_replies
    for stage in order:
        text = replies.get(stage)
        if not text:
            continue
        found = judge(text, JudgeContext(persona, stage)).marks.get(mark)
        if found is not None and found.hit:
            return _missed_mark(mark, stage, text, found.evidence)
    if replies.get(due):
        return _missed_mark(mark, due, replies[due], None)
    return _missed_mark(mark, due, GENERIC_EXAMPLES.get(mark, ""), None, from_script=False)


def _missed_mark(
    mark: str, stage: str, text: str, highlight: str | None, *, from_script: bool = True
) -> MissedMark:
    return MissedMark(
        mark=mark,
        label=MISSED_LABELS.get(mark, mark),
        stage=stage,
        model_reply=text,
        why=WHY_IT_MATTERS.get(mark, ""),
        highlight=highlight,
        points=MOVE_POINTS.get(mark, 0),
        from_script=from_script,
    )


# -- delivery ----------------------------------------------------------------------------------


def _numbers(values: list[Any]) -> list[float]:
    return [float(v) for v in values if isinstance(v, int | float) and not isinstance(v, bool)]


def summarise_delivery(replies: list[dict[str, Any]]) -> DeliverySummary | None:
    """Delivery over the spoken replies, or None when no reply was spoken (a typed call)."""
    spoken = [t["delivery"] for t in replies if isinstance(t.get("delivery"), dict)]
    if not spoken:
        return None
    wpm = _numbers([d.get("words_per_minute") for d in spoken])
    loud = _numbers([d.get("loudness_db_vs_baseline") for d in spoken])
    latency = [v for v in _numbers([d.get("latency_ms") for d in spoken]) if v >= 0]
    fillers: dict[str, int] = {}
    for d in spoken:
        for word, count in (d.get("fillers") or {}).items():
            fillers[word] = fillers.get(word, 0) + int(count)
    interruptions = sum(
        1 for t in replies if t.get("interrupted") or (t.get("delivery") or {}).get("interrupted")
    )
    median_wpm = round(statistics.median(wpm), 1) if wpm else None
    loudness = round(statistics.median(loud), 1) if loud else None
    loudest = round(max(loud), 1) if loud else None
    median_latency = round(statistics.median(latency)) if latency else None
    return DeliverySummary(
        voice_turns=len(spoken),
        median_wpm=median_wpm,
        pace_note=_pace_note(median_wpm),
        loudness_db=loudness,
        loudest_db=loudest,
        loudness_note=_loudness_note(loudness, loudest),
        filler_count=sum(fillers.values()),
        fillers=dict(sorted(fillers.items(), key=lambda kv: -kv[1])),
        interruptions=interruptions,
        median_latency_ms=median_latency,
        latency_note=_latency_note(median_latency),
    )


def _pace_note(wpm: float | None) -> str:
    if wpm is None:
        return "Not enough speech to measure your pace."
    if wpm > PACE_FAST_WPM:
        return "Fast: under pressure, slow down so every word lands."
    if wpm < PACE_SLOW_WPM:
        return "Slow and deliberate; make sure it does not sound hesitant."
    return "A steady, easy-to-follow pace."


def _loudness_note(median: float | None, loudest: float | None) -> str:
    if median is None:
        return "Loudness is measured against your own first replies; not enough yet."
    if median > LOUDNESS_STEADY_DB:
        return "Louder than your normal voice: keep it low and steady."
    if loudest is not None and loudest > 2 * LOUDNESS_STEADY_DB:
        return "Mostly steady, but you raised your voice at least once."
    if median < -LOUDNESS_STEADY_DB:
        return "Quieter than your normal voice; make sure you still sound sure."
    return "Low and steady, at your normal level."


def _latency_note(ms: float | None) -> str:
    if ms is None:
        return "No reply timings."
    if ms > LATENCY_SLOW_MS:
        return "Long pauses before answering can sound like you have no answer."
    return "You answered without long dead silences."


def _count_attempts(replies: list[dict[str, Any]], *, correction: bool) -> int:
    count = 0
    for turn in replies:
        for attempt in turn.get("attempts") or []:
            if (attempt.get("undone_by") == "correction") == correction:
                count += 1
    return count
