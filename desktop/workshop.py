"""Workshop mode without Qt: the roster, the rotation of the hot seat, the log and the scoreboard.

A room of trainees shares one laptop. The facilitator keeps a :class:`Roster` (persisted under
the data folder, written atomically), picks a rotation (``by_call``: each trainee plays a whole
call; ``by_turn``: the next trainee answers the persona's next line) and advances the seat. Every
call's record (and its session id, when recorded) goes into the log, and the scoreboard is
computed from those records alone, crediting each reply to the trainee who said it.

The log itself (which sessions belong to the workshop and under whose names, the roster, the
rotation, the facilitator's interventions) is kept in ``workshop/workshops/<id>.json`` under the
data folder, written atomically after every call; :func:`reopen_workshop` rebuilds a past
workshop (scoreboard and group report) from those saved sessions.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.paths import data_dir

ROTATIONS = ("by_call", "by_turn")
ROTATION_LABELS = {"by_call": "By call", "by_turn": "By turn"}
MOVES = ("acknowledge", "empathise", "options", "commitment", "gratitude")


# -- roster ---------------------------------------------------------------------------------------


@dataclass
class Member:
    name: str
    absent: bool = False


def clean_name(name: str) -> str:
    return " ".join(name.split())


def split_names(block: str) -> list[str]:
    """Names from a pasted block: one per line, or separated by commas, semicolons or tabs."""
    return [n for n in (clean_name(p) for p in re.split(r"[\n\r,;\t]+", block)) if n]


class Roster:
    """The trainees of a workshop, in the order they take the hot seat."""

    def __init__(self, members: Iterable[Member] = ()) -> None:
        self.members: list[Member] = []
        for member in members:
            if self.add(member.name):
                self.members[-1].absent = member.absent

    @property
    def names(self) -> list[str]:
        return [m.name for m in self.members]

    def present(self) -> list[str]:
        return [m.name for m in self.members if not m.absent]

    def find(self, name: str) -> Member | None:
        key = clean_name(name).casefold()
        return next((m for m in self.members if m.name.casefold() == key), None)

    def add(self, name: str) -> bool:
        """Add a trainee at the end; False for an empty name or one already there."""
        name = clean_name(name)
        if not name or self.find(name) is not None:
            return False
        self.members.append(Member(name))
        return True

    def add_block(self, block: str) -> list[str]:
        """Paste a block of names; returns the ones added."""
        return [name for name in split_names(block) if self.add(name)]

    def remove(self, name: str) -> None:
        member = self.find(name)
        if member is not None:
            self.members.remove(member)

    def move(self, name: str, index: int) -> None:
        """Put a trainee at ``index`` (clamped)."""
        member = self.find(name)
        if member is None:
            return
        self.members.remove(member)
        self.members.insert(max(0, min(index, len(self.members))), member)

    def index(self, name: str) -> int:
        member = self.find(name)
        return -1 if member is None else self.members.index(member)

    def set_absent(self, name: str, absent: bool) -> None:
        member = self.find(name)
        if member is not None:
            member.absent = absent

    def as_json(self) -> dict[str, Any]:
        return {"version": 1, "members": [asdict(m) for m in self.members]}

    @classmethod
    def from_json(cls, data: Any) -> Roster:
        members = data.get("members", []) if isinstance(data, dict) else []
        return cls(
            Member(str(m["name"]), bool(m.get("absent", False)))
            for m in members
            if isinstance(m, dict) and isinstance(m.get("name"), str)
        )


def roster_path() -> Path:
    return data_dir() / "workshop" / "roster.json"


def load_roster(path: Path | None = None) -> Roster:
    """The saved roster (empty when there is none or it cannot be read)."""
    try:
        return Roster.from_json(json.loads((path or roster_path()).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return Roster()


def save_roster(roster: Roster, path: Path | None = None) -> Path:
    """Write atomically (a temporary file, then a rename): a crash never leaves half a roster."""
    return _write_json(path or roster_path(), roster.as_json())


def _write_json(path: Path, data: Any) -> Path:
    """Atomically and private to this account (trainee names), as sessions are written."""
    from desktop.session_files import atomic_write_json

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_json(path, data)
    return path


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_workshop_id() -> str:
    """Sortable by time, unique: ``20240501-093000-ab12``."""
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(2)


# -- the workshop ---------------------------------------------------------------------------------


@dataclass
class LoggedCall:
    record: dict[str, Any]
    session_id: str | None = None
    rotation: str = "by_call"


@dataclass
class Workshop:
    """Who is in the hot seat, who is next, and what the room has done so far."""

    roster: Roster = field(default_factory=Roster)
    rotation: str = "by_call"
    seat: str | None = None
    calls: list[LoggedCall] = field(default_factory=list)
    controls: list[dict[str, Any]] = field(default_factory=list)
    """What the facilitator did by hand (nudges, skips, take-backs), with the reasons."""
    id: str = field(default_factory=new_workshop_id)
    started: str = field(default_factory=_now)

    def set_rotation(self, rotation: str) -> None:
        if rotation not in ROTATIONS:
            raise ValueError(f"unknown rotation {rotation!r}; choose one of {ROTATIONS}")
        self.rotation = rotation

    @property
    def hot_seat(self) -> str | None:
        """The trainee answering now: the seat if still present, else the next present one."""
        present = self.roster.present()
        if not present:
            return None
        if self.seat is not None and self.seat in present:
            return self.seat
        return self._after(self.seat, include_self=True)

    @property
    def next_up(self) -> str | None:
        hot = self.hot_seat
        return None if hot is None else self._after(hot)

    def take_seat(self, name: str | None) -> None:
        member = None if name is None else self.roster.find(name)
        self.seat = member.name if member is not None else None

    def advance(self) -> str | None:
        """Pass the seat to the next present trainee (the clicker); returns who has it."""
        hot = self.hot_seat
        self.seat = None if hot is None else self._after(hot)
        return self.seat

    def _after(self, name: str | None, *, include_self: bool = False) -> str | None:
        members = self.roster.members
        start = self.roster.index(name) if name is not None else -1
        if start < 0:
            candidates = list(members)
        else:
            steps = range(0 if include_self else 1, len(members) + 1)
            candidates = [members[(start + k) % len(members)] for k in steps]
        return next((m.name for m in candidates if not m.absent), None)

    def log_call(self, record: dict[str, Any], session_id: str | None = None) -> LoggedCall:
        entry = LoggedCall(record, session_id, self.rotation)
        self.calls.append(entry)
        return entry

    def log_control(self, kind: str, **details: Any) -> dict[str, Any]:
        entry = {"kind": kind, **details}
        self.controls.append(entry)
        return entry

    def scoreboard(self) -> list[ScoreLine]:
        return scoreboard([c.record for c in self.calls], order=self.roster.names)


# -- scoreboard -----------------------------------------------------------------------------------


@dataclass
class ScoreLine:
    """One trainee's part in the workshop, from the call records."""

    trainee: str
    calls: int = 0
    replies: int = 0
    outcomes: list[str] = field(default_factory=list)
    marks: int = 0
    """Moves of the method made (acknowledge, empathise, options, commitment, thanks)."""
    violations: int = 0
    interruptions: int = 0
    scores: list[int] = field(default_factory=list)
    """Scores of the calls this trainee played alone (a shared call's score is the room's)."""

    @property
    def best_score(self) -> int | None:
        return max(self.scores) if self.scores else None

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "best_score": self.best_score}


def scoreboard(records: Iterable[dict[str, Any]], order: Iterable[str] = ()) -> list[ScoreLine]:
    """Per trainee: calls taken part in, their outcomes, and each reply credited to its speaker.

    Rows follow ``order`` (the roster), then anyone else in order of appearance.
    """
    lines: dict[str, ScoreLine] = {name: ScoreLine(name) for name in order}

    def line(name: str) -> ScoreLine:
        return lines.setdefault(name, ScoreLine(name))

    for record in records:
        turns = [t for t in record.get("turns", []) if t.get("speaker") == "trainee"]
        who = [str(t.get("trainee") or record.get("trainee")) for t in turns]
        speakers = list(dict.fromkeys(who))
        if not speakers:
            speakers = [str(record.get("trainee") or "trainee")]
        outcome = record.get("outcome") or ("interrupted" if record.get("interrupted") else "ended")
        for name in speakers:
            row = line(name)
            row.calls += 1
            row.outcomes.append(outcome)
            if len(speakers) == 1 and isinstance(record.get("score"), dict):
                row.scores.append(int(record["score"].get("total", 0)))
        for turn in turns:
            row = line(str(turn.get("trainee") or record.get("trainee")))
            row.replies += 1
            marks = turn.get("marks") or {}
            row.marks += sum(1 for m in MOVES if (marks.get(m) or {}).get("hit"))
            row.violations += len(turn.get("violations") or [])
            row.interruptions += 1 if turn.get("interrupted") else 0
    return list(lines.values())


def records_of(session_ids: Iterable[str]) -> list[dict[str, Any]]:
    """The saved records of these sessions (for a scoreboard from the session library)."""
    from desktop.session_store import SessionStore

    store = SessionStore()
    return [store.get(session_id).record for session_id in session_ids]


# -- the workshop's log, kept with the user's data -------------------------------------------------

LOG_VERSION = 1


def workshops_dir() -> Path:
    return data_dir() / "workshop" / "workshops"


def _speakers(record: dict[str, Any]) -> list[str]:
    said = [
        str(t.get("trainee") or record.get("trainee"))
        for t in record.get("turns", [])
        if t.get("speaker") == "trainee"
    ]
    return list(dict.fromkeys(said)) or [str(record.get("trainee") or "trainee")]


def workshop_log(workshop: Workshop) -> dict[str, Any]:
    """What is kept of a workshop: the roster, the rotation, and per call its session id and
    the names it is saved under (the words and marks stay in the sessions themselves)."""
    calls = []
    for call in workshop.calls:
        record = call.record
        persona = record.get("persona") or {}
        calls.append(
            {
                "session_id": call.session_id,
                "rotation": call.rotation,
                "trainees": record.get("trainees") or _speakers(record),
                "persona": persona.get("name") or persona.get("id"),
                "outcome": record.get("outcome"),
                "started_at": record.get("started_at"),
            }
        )
    return {
        "version": LOG_VERSION,
        "id": workshop.id,
        "started": workshop.started,
        "updated": _now(),
        "rotation": workshop.rotation,
        "seat": workshop.seat,
        "roster": workshop.roster.as_json()["members"],
        "calls": calls,
        "controls": workshop.controls,
    }


def workshop_path(workshop_id: str) -> Path:
    if not re.fullmatch(r"[0-9A-Za-z_-]+", workshop_id):
        raise ValueError(f"not a workshop id: {workshop_id!r}")
    return workshops_dir() / f"{workshop_id}.json"


def save_workshop(workshop: Workshop) -> Path:
    """Write the workshop's log atomically (after every call: a crash loses nothing saved)."""
    return _write_json(workshop_path(workshop.id), workshop_log(workshop))


@dataclass(frozen=True)
class WorkshopSummary:
    """A past workshop, for the list the facilitator picks from."""

    id: str
    started: str
    calls: int
    trainees: list[str]
    recorded: int

    @property
    def title(self) -> str:
        try:
            when = datetime.fromisoformat(self.started).astimezone()
            day = when.strftime("%a %d %b %Y, %H:%M")
        except ValueError:
            day = self.started
        names = ", ".join(self.trainees[:6]) + (" \u2026" if len(self.trainees) > 6 else "")
        calls = f"{self.calls} call{'s' * (self.calls != 1)}"
        return f"{day} \u00b7 {calls} \u00b7 {names or 'no trainees'}"


def _read_log(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("calls"), list):
        return None
    return data


def list_workshops() -> list[WorkshopSummary]:
    """The saved workshops, newest first (unreadable files are skipped)."""
    folder = workshops_dir()
    found = []
    for path in folder.glob("*.json") if folder.is_dir() else []:
        data = _read_log(path)
        if data is None:
            continue
        calls = [c for c in data["calls"] if isinstance(c, dict)]
        names: dict[str, None] = {}
        for call in calls:
            names.update(dict.fromkeys(str(n) for n in call.get("trainees") or []))
        found.append(
            WorkshopSummary(
                id=path.stem,
                started=str(data.get("started") or ""),
                calls=len(calls),
                trainees=list(names),
                recorded=sum(1 for c in calls if c.get("session_id")),
            )
        )
    return sorted(found, key=lambda w: (w.started, w.id), reverse=True)


@dataclass
class Reopened:
    """A past workshop rebuilt from its saved sessions, and what could not be."""

    workshop: Workshop
    not_recorded: int = 0
    """Calls played without recording (no consent): not in the scoreboard."""
    missing: list[str] = field(default_factory=list)
    """Session ids deleted since (or a trainee forgotten): not in the scoreboard."""


def reopen_workshop(
    workshop_id: str,
    read: Callable[[str], dict[str, Any]] | None = None,
) -> Reopened:
    """Rebuild a past workshop from its log and the sessions it names (slow: in the background).

    ``read(session_id)`` gives a saved call record (the session library by default). Raises
    ``FileNotFoundError`` / ``ValueError`` when the log is gone or unreadable.
    """
    path = workshop_path(workshop_id)
    if not path.exists():
        raise FileNotFoundError(f"There is no saved workshop {workshop_id}.")
    data = _read_log(path)
    if data is None:
        raise ValueError(f"The saved workshop {workshop_id} cannot be read.")
    if read is None:
        from desktop.session_store import SessionStore

        store = SessionStore()

        def read(session_id: str) -> dict[str, Any]:
            return store.get(session_id).record

    from desktop.session_files import SessionError

    roster = Roster.from_json({"members": data.get("roster") or []})
    rotation = data.get("rotation") if data.get("rotation") in ROTATIONS else "by_call"
    workshop = Workshop(
        roster,
        rotation=rotation,
        seat=data.get("seat") if isinstance(data.get("seat"), str) else None,
        controls=[c for c in data.get("controls") or [] if isinstance(c, dict)],
        id=workshop_id,
        started=str(data.get("started") or _now()),
    )
    reopened = Reopened(workshop)
    for call in data["calls"]:
        session_id = call.get("session_id") if isinstance(call, dict) else None
        if not session_id:
            reopened.not_recorded += 1
            continue
        try:
            record = read(str(session_id))
        except (KeyError, OSError, ValueError, SessionError):
            reopened.missing.append(str(session_id))
            continue
        rotation = call.get("rotation") if call.get("rotation") in ROTATIONS else "by_call"
        workshop.calls.append(LoggedCall(record, str(session_id), rotation))
    return reopened
