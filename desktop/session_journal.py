"""A session's turn log: ``journal.jsonl``, one JSON object per line, each on disk before the next.

Entries (every one has ``type`` and ``logged_at``, the UTC time it was written):

- ``{"type": "turn", "turn": {...}}``: a completed turn, exactly as in the call record (with its
  ``audio`` offsets). A turn may be logged again when it changes (e.g. a trainee turn learns when
  the persona's answer was first heard); the last entry for an id wins.
- ``{"type": "undone", "at": "t4", "reason": "take_back" | "correction", "when": ..., "turns":
  [...]}``: a take-back, as in the record's ``undone`` list: trainee turn ``at`` and everything
  after it left the call (turn ids are then used again, as :class:`personas.call.Call` does).
- ``{"type": "end", "record": {...}}``: the whole call record when the call ended normally.

:func:`rebuild_record` replays the entries in order, so a call that never reached its ``end``
(a crash, ``kill -9``) still gives a record with every turn that was completed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from desktop.session_files import now_iso
from personas.call import RECORD_SCHEMA_VERSION
from personas.scoring import score_call


class Journal:
    """Appends entries; each is written with one ``write`` and fsync-ed before it returns."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.fchmod(self._fd, 0o600)

    def append(self, entry: dict[str, Any]) -> None:
        entry = {**entry, "logged_at": now_iso()}
        line = json.dumps(entry, ensure_ascii=False, default=_plain) + "\n"
        data = line.encode()
        written = os.write(self._fd, data)
        while written < len(data):  # pragma: no cover - only on a nearly full disk
            written += os.write(self._fd, data[written:])
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def _plain(value: Any) -> Any:
    """numpy numbers and arrays (and anything else odd) in a turn still make valid JSON."""
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)


def read_journal(path: Path) -> list[dict[str, Any]]:
    """Every whole entry; a line torn by a crash (or otherwise unreadable) is skipped."""
    try:
        text = path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return []
    entries = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("type"), str):
            entries.append(entry)
    return entries


def trim_torn_tail(path: Path) -> None:
    """Cut a last line that a crash left without its newline (it can never be parsed)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return
    if data and not data.endswith(b"\n"):
        with open(path, "r+b") as file:
            file.truncate(data.rfind(b"\n") + 1)
            file.flush()
            os.fsync(file.fileno())


def end_record(entries: list[dict[str, Any]]) -> dict[str, Any] | None:
    ends = [e for e in entries if e["type"] == "end" and isinstance(e.get("record"), dict)]
    return ends[-1]["record"] if ends else None


def replay_turns(
    entries: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(turns, undone) as they stood after the last entry."""
    turns: list[dict[str, Any]] = []
    undone: list[dict[str, Any]] = []
    for entry in entries:
        if entry["type"] == "turn" and isinstance(entry.get("turn"), dict):
            turn = entry["turn"]
            same = next(
                (
                    i
                    for i, t in enumerate(turns)
                    if t.get("id") == turn.get("id") and t.get("speaker") == turn.get("speaker")
                ),
                None,
            )
            if same is None:
                turns.append(turn)
            else:
                turns[same] = turn
        elif entry["type"] == "undone":
            at = next(
                (
                    i
                    for i, t in enumerate(turns)
                    if t.get("id") == entry.get("at") and t.get("speaker") == "trainee"
                ),
                None,
            )
            if at is not None:
                del turns[at:]
            undone.append({k: v for k, v in entry.items() if k not in ("type", "logged_at")})
    return turns, undone


def rebuild_record(meta: dict[str, Any], entries: list[dict[str, Any]]) -> dict[str, Any]:
    """The call record: the ``end`` entry's, else one rebuilt from the turns journaled so far.

    A rebuilt record has the keys of :meth:`personas.call.Call.record` (outcome None, the score
    of the turns so far) plus ``"interrupted": True``.
    """
    ended = end_record(entries)
    if ended is not None:
        return ended
    turns, undone = replay_turns(entries)
    trainee_turns = [t for t in turns if t.get("speaker") == "trainee"]
    mood_start = meta.get("mood_start")
    if mood_start is None and trainee_turns:
        mood_start = trainee_turns[0].get("mood_before")
    trainees = list(dict.fromkeys(t.get("trainee") for t in trainee_turns if t.get("trainee")))
    last_logged = entries[-1]["logged_at"] if entries else None
    return {
        "schema_version": RECORD_SCHEMA_VERSION,
        "kind": "hotseat.call",
        "app_version": meta.get("app_version"),
        "persona": dict(meta.get("persona") or {}),
        "seed": meta.get("seed"),
        "mode": meta.get("mode"),
        "trainee": meta.get("trainee"),
        "trainees": trainees or list(meta.get("trainees") or []),
        "started_at": meta.get("started_at"),
        "ended_at": last_logged,
        "outcome": None,
        "mood_start": mood_start,
        "mood": [mood_start, *(t.get("mood_after") for t in trainee_turns)],
        "stage": turns[-1].get("stage") if turns else None,
        "score": score_call(turns, None),
        "turns": turns,
        "undone": undone,
        "interrupted": True,
    }
