"""A coach's notes and mark overrides, kept with the session in ``<session folder>/notes.json``.

A note is attached to a turn (``turn_id``), to a moment in the call (``at_s``, seconds into the
recording), to both, or to neither (about the whole call). An override changes the verdict on one
mark of one reply with a reason; the judge's original mark stays in the record untouched, so both
can be shown side by side. The latest override of a (turn, mark) is the one in force.

The file is replaced atomically (a crash leaves the old or the new one, never half of each) and
is readable by the user only (0o600), like everything else in a session folder. Writers in this
process take one lock, so two quick notes never lose each other. No Qt here; the window calls
these through ``run_in_background``.

``notes.json``::

    {"format": 1,
     "notes": [{"id", "text", "turn_id", "at_s", "author", "created_at"}],
     "overrides": [{"id", "turn_id", "mark", "hit", "reason", "author", "created_at"}]}

:func:`report_notes` gives both in the shape :mod:`desktop.session_report` prints.
"""

from __future__ import annotations

import secrets
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.session_files import SessionError, atomic_write_json, read_json

NOTES = "notes.json"
NOTES_FORMAT = 1
MAX_TEXT = 10_000  # characters in a note or a reason
_MAX_FILE = 8 * 1024 * 1024

_lock = threading.Lock()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _empty() -> dict[str, Any]:
    return {"format": NOTES_FORMAT, "notes": [], "overrides": []}


def _read(folder: Path) -> dict[str, Any]:
    path = Path(folder) / NOTES
    if not path.exists():
        return _empty()
    if path.stat().st_size > _MAX_FILE:
        raise SessionError(f"{path} is too large to be a notes file")
    try:
        data = read_json(path)
    except (OSError, ValueError) as error:
        raise SessionError(f"the coach notes in {path} cannot be read ({error})") from error
    if not isinstance(data, dict):
        raise SessionError(f"{path} is not a notes file")
    if isinstance(data.get("format"), int) and data["format"] > NOTES_FORMAT:
        raise SessionError(f"{path}: notes format {data['format']} is newer than this Hotseat")
    return {
        "format": NOTES_FORMAT,
        "notes": [n for n in data.get("notes") or [] if isinstance(n, dict)],
        "overrides": [o for o in data.get("overrides") or [] if isinstance(o, dict)],
    }


def _write(folder: Path, data: dict[str, Any]) -> None:
    folder = Path(folder)
    if not folder.is_dir():
        raise SessionError(f"no session folder {folder}")
    atomic_write_json(folder / NOTES, data)


def _text(value: str, what: str) -> str:
    text = str(value or "").strip()
    if not text:
        raise ValueError(f"{what} is empty")
    if len(text) > MAX_TEXT:
        raise ValueError(f"{what} is longer than {MAX_TEXT} characters")
    return text


def load_notes(folder: Path) -> list[dict[str, Any]]:
    """The notes, oldest first (``[]`` when there are none)."""
    return _read(folder)["notes"]


def add_note(
    folder: Path,
    text: str,
    *,
    turn_id: str | None = None,
    at_s: float | None = None,
    author: str = "coach",
) -> dict[str, Any]:
    """Add a note on a turn and/or a moment (seconds into the call); returns it, with its id."""
    note = {
        "id": f"n-{secrets.token_hex(4)}",
        "text": _text(text, "the note"),
        "turn_id": turn_id,
        "at_s": None if at_s is None else round(max(0.0, float(at_s)), 3),
        "author": str(author or "coach"),
        "created_at": _now(),
    }
    with _lock:
        data = _read(folder)
        data["notes"].append(note)
        _write(folder, data)
    return note


def delete_note(folder: Path, note_id: str) -> bool:
    """Remove a note or an override by id; False when there was none with that id."""
    with _lock:
        data = _read(folder)
        kept = {
            key: [n for n in data[key] if n.get("id") != note_id] for key in ("notes", "overrides")
        }
        if sum(map(len, kept.values())) == len(data["notes"]) + len(data["overrides"]):
            return False
        _write(folder, {**data, **kept})
    return True


def override_mark(
    folder: Path, turn_id: str, mark: str, hit: bool, reason: str, author: str = "coach"
) -> dict[str, Any]:
    """Record the coach's verdict on one mark of one reply, with why. The record is untouched."""
    if not turn_id or not mark:
        raise ValueError("an override names a turn and a mark")
    override = {
        "id": f"o-{secrets.token_hex(4)}",
        "turn_id": str(turn_id),
        "mark": str(mark),
        "hit": bool(hit),
        "reason": _text(reason, "the reason"),
        "author": str(author or "coach"),
        "created_at": _now(),
    }
    with _lock:
        data = _read(folder)
        data["overrides"].append(override)
        _write(folder, data)
    return override


def overrides(folder: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """The overrides in force: ``{(turn_id, mark): override}`` (the latest of each wins)."""
    current: dict[tuple[str, str], dict[str, Any]] = {}
    for item in _read(folder)["overrides"]:
        current[(str(item.get("turn_id")), str(item.get("mark")))] = item
    return current


def report_notes(folder: Path) -> list[dict[str, Any]]:
    """Notes and overrides in force as :func:`desktop.session_report.report_html` takes them."""
    data = _read(folder)
    out: list[dict[str, Any]] = [
        {**n, "turn": n.get("turn_id")} for n in data["notes"] if n.get("text")
    ]
    for item in overrides(folder).values():
        out.append({**item, "turn": item["turn_id"], "override": item["hit"]})
    return out
