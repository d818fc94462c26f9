"""The SQLite index of recorded sessions: one row per session, for listing and filtering.

The index is only a catalogue; each session's folder (``meta.json``, ``journal.jsonl``, the audio)
is the truth, so a lost or damaged index can be rebuilt from the folders. The schema version is
SQLite's ``PRAGMA user_version``; :data:`MIGRATIONS` upgrades it one step at a time, each step in
its own transaction, so an index is never left half migrated. Every call opens its own short-lived
connection: the recorder updates rows from the call's thread while the window lists them from its
own, and SQLite's locking handles both (and other processes).

No Qt here.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.session_files import SessionError

Migration = Callable[[sqlite3.Connection], None]

STATUSES = ("recording", "complete", "interrupted")


class SessionIndexError(SessionError):
    """The index cannot be used (e.g. written by a newer Hotseat)."""


def _v1(db: sqlite3.Connection) -> None:
    db.execute(
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            persona_id TEXT NOT NULL,
            persona_version INTEGER,
            persona_name TEXT,
            trainees TEXT NOT NULL DEFAULT '[]',
            started_at TEXT NOT NULL,
            ended_at TEXT,
            outcome TEXT,
            score INTEGER,
            status TEXT NOT NULL CHECK (status IN ('recording', 'complete', 'interrupted')),
            turns INTEGER NOT NULL DEFAULT 0,
            mode TEXT,
            app_version TEXT,
            model_id TEXT,
            seed INTEGER,
            parent_id TEXT,
            folder TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX sessions_started ON sessions (started_at)")
    db.execute("CREATE INDEX sessions_persona ON sessions (persona_id, started_at)")
    db.execute(
        """
        CREATE TABLE session_trainees (
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            trainee TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (session_id, trainee)
        )
        """
    )
    db.execute("CREATE INDEX session_trainees_name ON session_trainees (trainee)")


MIGRATIONS: tuple[Migration, ...] = (_v1,)
"""Step ``i`` upgrades the schema from version ``i`` to ``i + 1``. Only ever append."""

COLUMNS = (
    "id",
    "persona_id",
    "persona_version",
    "persona_name",
    "trainees",
    "started_at",
    "ended_at",
    "outcome",
    "score",
    "status",
    "turns",
    "mode",
    "app_version",
    "model_id",
    "seed",
    "parent_id",
    "folder",
)


def migrate(db: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring ``db`` up to ``len(migrations)``, one transaction per step; returns the version."""
    target = len(migrations)
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > target:
                raise SessionIndexError(
                    f"the session index has schema version {version}, but this Hotseat only "
                    f"knows up to {target}: it was written by a newer Hotseat"
                )
            if version == target:
                db.execute("COMMIT")
                return version
            migrations[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


@dataclass(frozen=True)
class SessionSummary:
    """One row of the index: what a list of sessions shows."""

    id: str
    persona_id: str
    persona_version: int | None
    persona_name: str | None
    trainees: tuple[str, ...]
    started_at: str  # UTC ISO 8601, e.g. "2026-11-23T18:12:54+00:00"
    ended_at: str | None
    outcome: str | None  # the call's outcome; None while recording or when interrupted
    score: int | None  # the call's score total (0-100)
    status: str  # 'recording' | 'complete' | 'interrupted'
    turns: int  # turns in the record (persona and trainee)
    mode: str | None  # 'typed' | 'voice'
    app_version: str | None
    model_id: str | None
    seed: int | None
    parent_id: str | None  # the session this one branched from
    folder: Path  # absolute

    def as_json(self) -> dict[str, Any]:
        """The shape ``hotseat sessions list --json`` prints for one session."""
        return {
            "id": self.id,
            "persona": self.persona_id,
            "persona_name": self.persona_name,
            "persona_version": self.persona_version,
            "trainee": ", ".join(self.trainees),
            "trainees": list(self.trainees),
            "started": self.started_at,
            "ended": self.ended_at,
            "outcome": self.outcome,
            "score": self.score,
            "status": self.status,
            "turns": self.turns,
            "mode": self.mode,
            "app_version": self.app_version,
            "model_id": self.model_id,
            "seed": self.seed,
            "parent_id": self.parent_id,
            "folder": str(self.folder),
        }


class SessionIndex:
    """``index.sqlite3`` under the sessions root; rows keyed by session id."""

    def __init__(self, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> None:
        self.path = path
        self.root = path.parent
        if not path.exists():
            # created private before SQLite opens it (its journal files copy this mode)
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)
        with self._connect() as db:
            self.version = migrate(db, migrations)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            yield db
        finally:
            db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    # -- rows --------------------------------------------------------------------------------------

    def insert(self, row: dict[str, Any]) -> None:
        """Add a session; raises sqlite3.IntegrityError if the id is taken."""
        values = {name: row.get(name) for name in COLUMNS}
        trainees = list(values["trainees"] or [])
        values["trainees"] = json.dumps(trainees, ensure_ascii=False)
        with self.transaction() as db:
            db.execute(
                f"INSERT INTO sessions ({', '.join(COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in COLUMNS)})",
                [values[name] for name in COLUMNS],
            )
            _set_trainees(db, row["id"], trainees)

    def update(self, session_id: str, **fields: Any) -> None:
        """Change some columns of one session (``trainees`` also updates the trainees table)."""
        unknown = set(fields) - set(COLUMNS) - {"trainees"}
        if unknown:
            raise ValueError(f"unknown index columns: {sorted(unknown)}")
        trainees = fields.pop("trainees", None)
        with self.transaction() as db:
            if fields:
                names = sorted(fields)
                db.execute(
                    f"UPDATE sessions SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                    [*(fields[n] for n in names), session_id],
                )
            if trainees is not None:
                db.execute(
                    "UPDATE sessions SET trainees = ? WHERE id = ?",
                    (json.dumps(list(trainees), ensure_ascii=False), session_id),
                )
                _set_trainees(db, session_id, list(trainees))

    def delete(self, session_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM session_trainees WHERE session_id = ?", (session_id,))
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def get(self, session_id: str) -> SessionSummary | None:
        rows = self.query("WHERE id = ?", (session_id,))
        return rows[0] if rows else None

    def query(self, where: str = "", params: Sequence[Any] = ()) -> list[SessionSummary]:
        """Sessions matching an SQL ``WHERE`` clause (alias ``s``), newest first."""
        sql = (
            f"SELECT {', '.join(f's.{c}' for c in COLUMNS)} FROM sessions AS s {where} "
            "ORDER BY s.started_at DESC, s.rowid DESC"
        )
        with self._connect() as db:
            return [self._summary(row) for row in db.execute(sql, list(params))]

    def ids(self) -> set[str]:
        with self._connect() as db:
            return {row[0] for row in db.execute("SELECT id FROM sessions")}

    def _summary(self, row: Sequence[Any]) -> SessionSummary:
        values = dict(zip(COLUMNS, row, strict=True))
        values["trainees"] = tuple(json.loads(values["trainees"] or "[]"))
        values["folder"] = self.root / values["folder"]
        return SessionSummary(**values)


def _set_trainees(db: sqlite3.Connection, session_id: str, trainees: list[str]) -> None:
    db.execute("DELETE FROM session_trainees WHERE session_id = ?", (session_id,))
    db.executemany(
        "INSERT OR IGNORE INTO session_trainees (session_id, trainee) VALUES (?, ?)",
        [(session_id, name) for name in trainees],
    )
