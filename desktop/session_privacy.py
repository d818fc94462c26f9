"""Forgetting one trainee inside a shared (workshop) session, while keeping the others' call.

What is removed, for every turn of the forgotten trainee (in the turns, the take-backs and the
attempts; in the journal and in the end record alike): their name, their words (``text``,
``heard``, ``corrected_from``), everything derived from their words (marks with evidence,
question, violations, key facts, tips), their delivery figures, and their voice (the trainee
track is silenced over the turn, with a margin for the pre-roll, but never over another
trainee's turn). What stays, so the others' call still replays and reads: the turn's id, stage,
mood before/after and the reasons it moved, interruption, timings and audio offsets (over
silence), marked ``"redacted": true``. The call's score total stays (it was the group's); score
items quoting a forgotten turn lose their evidence. Persona turns are untouched.
"""

from __future__ import annotations

from typing import Any

from desktop import session_wav as wav

KEPT_KEYS = (
    "id",
    "speaker",
    "stage",
    "mood_before",
    "mood_after",
    "mood_change",
    "interrupted",
    "silent",
    "typed",
    "timings",
    "audio",
    "undone_by",
)
MARGIN_BEFORE_S = 0.5  # the turn-taker keeps 400 ms of pre-roll before the first voiced frame
MARGIN_AFTER_S = 0.3


def same_name(a: Any, b: str) -> bool:
    return isinstance(a, str) and a.strip().casefold() == b.strip().casefold()


def redact(value: Any, name: str) -> Any:
    """``value`` (a journal entry, a record, a list) with ``name``'s trainee turns redacted."""
    if isinstance(value, list):
        return [redact(item, name) for item in value]
    if not isinstance(value, dict):
        return value
    if value.get("speaker") == "trainee" and same_name(value.get("trainee"), name):
        turn = {key: value[key] for key in KEPT_KEYS if key in value}
        turn.update(trainee=None, text="", redacted=True)
        if "attempts" in value:
            turn["attempts"] = redact(value["attempts"], name)
        return turn
    return {key: redact(item, name) for key, item in value.items()}


def redact_record(record: dict[str, Any], name: str, others: list[str]) -> dict[str, Any]:
    """A whole call record without ``name`` (``others``: the session's remaining trainees)."""
    record = redact(record, name)
    if same_name(record.get("trainee"), name):
        record["trainee"] = others[0] if others else None
    record["trainees"] = [t for t in record.get("trainees") or [] if not same_name(t, name)]
    gone = {t.get("id") for t in record.get("turns") or [] if t.get("redacted")}
    for item in (record.get("score") or {}).get("breakdown") or []:
        if item.get("turn") in gone:
            item["evidence"] = None
    return record


def trainee_spans(
    value: Any, name: str
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(spans of ``name``'s turns, spans of everyone else's) in the trainee track, in seconds."""
    theirs: list[tuple[float, float]] = []
    others: list[tuple[float, float]] = []

    def walk(item: Any) -> None:
        if isinstance(item, list):
            for child in item:
                walk(child)
        elif isinstance(item, dict):
            audio = item.get("audio")
            if (
                item.get("speaker") == "trainee"
                and isinstance(audio, dict)
                and audio.get("track") == "trainee"
                and audio.get("end_s") is not None
            ):
                span = (float(audio["start_s"]), float(audio["end_s"]))
                target = theirs if same_name(item.get("trainee"), name) else others
                target.append(span)
            for child in item.values():
                walk(child)

    walk(value)
    return theirs, [s for s in others if s not in theirs]


def silence_spans(
    fd: int, theirs: list[tuple[float, float]], keep: list[tuple[float, float]]
) -> None:
    """Zero the trainee track over ``theirs``, and over margins around them that are not
    inside ``keep`` (another trainee's turn)."""
    rate = wav.SAMPLE_RATE
    for start_s, end_s in theirs:
        pieces = [(start_s - MARGIN_BEFORE_S, start_s), (end_s, end_s + MARGIN_AFTER_S)]
        for k_start, k_end in keep:
            cut: list[tuple[float, float]] = []
            for a, b in pieces:
                if k_end <= a or k_start >= b:
                    cut.append((a, b))
                    continue
                if a < k_start:
                    cut.append((a, k_start))
                if k_end < b:
                    cut.append((k_end, b))
            pieces = cut
        for a, b in [(start_s, end_s), *pieces]:
            wav.zero_range(fd, round(a * rate), round(b * rate))
