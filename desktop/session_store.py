"""Every recorded call, kept on this machine: the sessions library (issue 5's storage core).

Layout under the root (default ``data_dir()/"sessions"``; ``HOTSEAT_HOME`` moves it)::

    sessions/                       0o700
      index.sqlite3                 the catalogue (desktop.session_index), rebuilt from folders
      20261123-181254-3fa9c1/       one folder per session, named by its id, 0o700
        meta.json                   header: persona, trainees, mode, versions, status, outcome…
        journal.jsonl               the turn log (desktop.session_journal)
        trainee.wav  persona.wav    16 kHz mono PCM16, time-aligned (desktop.session_recorder)
        .writer.lock                only while a process records into it

Every file is 0o600. A session folder is self-contained: the index can be rebuilt from the
folders (:meth:`SessionStore.recover` indexes folders it does not know), and a folder can be
copied into another store (:meth:`SessionStore.adopt`).

No Qt here.
"""

from __future__ import annotations

import builtins
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from desktop import session_wav as wav
from desktop.paths import data_dir
from desktop.session_files import (
    JOURNAL,
    LOCK,
    META,
    PERSONA_WAV,
    SESSION_FORMAT,
    TRAINEE_WAV,
    SessionError,
    WriterLock,
    atomic_write_bytes,
    atomic_write_json,
    new_session_id,
    private_dir,
    read_json,
    utc_iso,
)
from desktop.session_index import MIGRATIONS, Migration, SessionIndex, SessionSummary
from desktop.session_journal import read_journal, rebuild_record
from desktop.session_privacy import redact, redact_record, same_name, silence_spans, trainee_spans
from desktop.session_recorder import SessionWriter, index_row, seal_interrupted, session_header

TRACKS = {"trainee": TRAINEE_WAV, "persona": PERSONA_WAV}
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class SessionNotFound(SessionError, KeyError):
    pass


@dataclass(frozen=True)
class StoredSession:
    """One session as stored: its index row, header, call record and audio."""

    summary: SessionSummary
    meta: dict[str, Any]
    record: dict[str, Any]
    """The call record (as ``play --json`` prints it); rebuilt from the journal when the call
    was interrupted (then ``record["interrupted"]`` is True and ``outcome`` None)."""
    audio: dict[str, Path]
    """``{"trainee": …/trainee.wav, "persona": …/persona.wav}`` (tracks that exist)."""
    offsets: list[dict[str, Any]] = field(default_factory=list)
    """Each record turn with audio, in order: ``{"turn", "speaker", "track", "start_s",
    "end_s"}`` (seconds into that track)."""

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def status(self) -> str:
        return self.summary.status

    def read_track(self, track: str) -> np.ndarray:
        """A whole track as int16 samples at 16 kHz."""
        return wav.read_wav(self.audio[track])

    def turn_audio(self, turn_id: str) -> np.ndarray:
        """The samples of one turn of the record (int16; empty for a turn without audio)."""
        for offset in self.offsets:
            if offset["turn"] == turn_id:
                start = round(offset["start_s"] * wav.SAMPLE_RATE)
                end = round(offset["end_s"] * wav.SAMPLE_RATE)
                return wav.read_wav(self.audio[offset["track"]], start, end - start)
        return np.zeros(0, np.int16)

    def as_json(self) -> dict[str, Any]:
        """What ``hotseat sessions show ID --json`` prints: the record plus the audio."""
        return {
            **self.record,
            "session": self.summary.as_json(),
            "audio": {
                "sample_rate": wav.SAMPLE_RATE,
                "files": {track: str(path) for track, path in self.audio.items()},
                "turns": self.offsets,
            },
        }


@dataclass(frozen=True)
class BestResult:
    """The best complete attempt at a persona (for the library card)."""

    session_id: str
    score: int
    outcome: str | None
    started_at: str
    attempts: int  # sessions at this persona (by this trainee, when asked), any status


@dataclass(frozen=True)
class ForgetReport:
    deleted: list[str]  # sessions that were only theirs
    redacted: list[str]  # shared sessions their turns were removed from
    skipped: list[str]  # sessions still being recorded (run again after the call)


class SessionStore:
    """The sessions library; see the module docstring. Cheap to create; thread-safe."""

    def __init__(
        self, root: Path | None = None, *, migrations: Sequence[Migration] = MIGRATIONS
    ) -> None:
        self.root = private_dir(Path(root) if root is not None else data_dir() / "sessions")
        path = self.root / "index.sqlite3"
        try:
            self.index = SessionIndex(path, migrations)
        except sqlite3.DatabaseError as error:
            if getattr(error, "sqlite_errorname", "") not in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
                raise SessionError(f"the session index cannot be opened: {error}") from error
            # The index is only a catalogue: keep the damaged file aside, rebuild from folders.
            path.rename(path.with_name(f"index.damaged-{datetime.now(UTC):%Y%m%d-%H%M%S}"))
            self.index = SessionIndex(path, migrations)
            self.recover()

    # -- recording --------------------------------------------------------------------------------

    def create(self, meta: Mapping[str, Any], *, t0: float | None = None) -> SessionWriter:
        """Start recording a session. ``meta`` may be ``call.record()`` (its header fields are
        used: persona, trainee(s), mode, app_version, seed, started_at, mood_start) plus
        ``model_id``, ``parent_id`` and ``parent_turn`` (a branch's origin). ``t0``: the
        ``time.monotonic()`` of sample 0 of the audio tracks (default: now)."""
        header = session_header(meta)
        for _ in range(20):
            session_id = new_session_id()
            folder = self.root / session_id
            try:
                folder.mkdir(mode=0o700)
            except FileExistsError:
                continue
            try:
                return SessionWriter(
                    session_id=session_id,
                    folder=folder,
                    header=header,
                    index=self.index,
                    t0=t0,
                )
            except sqlite3.IntegrityError:
                shutil.rmtree(folder, ignore_errors=True)
        raise SessionError("could not find a free session id")  # pragma: no cover

    # -- reading ----------------------------------------------------------------------------------

    def list(
        self,
        trainee: str | None = None,
        persona: str | None = None,
        since: Any = None,
        until: Any = None,
        outcome: str | None = None,
        min_score: int | None = None,
        status: str | None = None,
    ) -> builtins.list[SessionSummary]:
        """Sessions, newest first. ``trainee`` matches any trainee of a session (case-insensitive);
        ``persona`` is a persona id; ``since <= started < until`` (datetime, date or ISO string;
        naive means UTC); ``min_score`` keeps sessions scored at least that."""
        clauses: builtins.list[str] = []
        params: builtins.list[Any] = []
        if trainee is not None:
            clauses.append(
                "s.id IN (SELECT session_id FROM session_trainees WHERE trainee = ? COLLATE NOCASE)"
            )
            params.append(trainee.strip())
        for column, value in (("persona_id", persona), ("outcome", outcome), ("status", status)):
            if value is not None:
                clauses.append(f"s.{column} = ?")
                params.append(value)
        if since is not None:
            clauses.append("s.started_at >= ?")
            params.append(utc_iso(since))
        if until is not None:
            clauses.append("s.started_at < ?")
            params.append(utc_iso(until))
        if min_score is not None:
            clauses.append("s.score >= ?")
            params.append(min_score)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self.index.query(where, params)

    def get(self, session_id: str) -> StoredSession:
        summary = self.index.get(session_id)
        if summary is None or not (summary.folder / META).exists():
            raise SessionNotFound(f"no session {session_id!r}")
        meta = read_json(summary.folder / META)
        record = rebuild_record(meta, read_journal(summary.folder / JOURNAL))
        audio = {
            track: summary.folder / name
            for track, name in TRACKS.items()
            if (summary.folder / name).exists()
        }
        offsets = [
            {"turn": t.get("id"), "speaker": t.get("speaker"), **t["audio"]}
            for t in record.get("turns") or []
            if isinstance(t.get("audio"), dict)
        ]
        return StoredSession(summary, meta, record, audio, offsets)

    def best_result(self, persona_id: str, trainee: str | None = None) -> BestResult | None:
        """The highest-scoring complete session at a persona (newest on a tie), or None."""
        attempts = self.list(trainee=trainee, persona=persona_id)
        scored = [s for s in attempts if s.status == "complete" and s.score is not None]
        if not scored:
            return None
        best = max(scored, key=lambda s: (s.score, s.started_at))
        return BestResult(
            best.id, int(best.score or 0), best.outcome, best.started_at, len(attempts)
        )

    # -- removing ---------------------------------------------------------------------------------

    def delete(self, session_id: str) -> None:
        """Delete a session: its folder (audio included) and its index row."""
        summary = self.index.get(session_id)
        folder = summary.folder if summary else self.root / session_id
        if summary is None and not folder.is_dir():
            raise SessionNotFound(f"no session {session_id!r}")
        if WriterLock.held_elsewhere(folder):
            raise SessionError(f"session {session_id} is still being recorded")
        self._remove(session_id, folder)

    def purge_older_than(self, days: float, *, now: datetime | None = None) -> builtins.list[str]:
        """Delete every session that started more than ``days`` ago (not ones still recording).
        Returns the deleted ids."""
        cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
        deleted = []
        for summary in self.list(until=cutoff):
            if not WriterLock.held_elsewhere(summary.folder):
                self._remove(summary.id, summary.folder)
                deleted.append(summary.id)
        return deleted

    def forget_trainee(self, name: str) -> ForgetReport:
        """Erase every recording and record of one person (names match case-insensitively).

        A session where they were the only trainee is deleted whole. In a shared (workshop)
        session their turns are redacted and their voice silenced, and the rest is kept; see
        :mod:`desktop.session_privacy` for exactly what goes and what stays. Sessions still
        being recorded are skipped (listed in the report).
        """
        report = ForgetReport([], [], [])
        for summary in self.list(trainee=name):
            if WriterLock.held_elsewhere(summary.folder):
                report.skipped.append(summary.id)
                continue
            others = [t for t in summary.trainees if not same_name(t, name)]
            if not others:
                self._remove(summary.id, summary.folder)
                report.deleted.append(summary.id)
            else:
                self._redact(summary, name, others)
                report.redacted.append(summary.id)
        return report

    def _redact(self, summary: SessionSummary, name: str, others: builtins.list[str]) -> None:
        folder = summary.folder
        entries = read_journal(folder / JOURNAL)
        theirs, keep = trainee_spans(entries, name)
        rewritten = []
        for entry in entries:
            if entry["type"] == "end" and isinstance(entry.get("record"), dict):
                entry = {**entry, "record": redact_record(entry["record"], name, others)}
            rewritten.append(redact(entry, name))
        text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in rewritten)
        atomic_write_bytes(folder / JOURNAL, text.encode())
        if (folder / TRAINEE_WAV).exists() and theirs:
            fd = wav.open_track(folder / TRAINEE_WAV)
            try:
                silence_spans(fd, theirs, keep)
                os.fsync(fd)
            finally:
                os.close(fd)
        meta = read_json(folder / META)
        meta["trainees"] = [t for t in meta.get("trainees") or [] if not same_name(t, name)]
        if same_name(meta.get("trainee"), name):
            meta["trainee"] = others[0]
        atomic_write_json(folder / META, meta)
        self.index.update(summary.id, trainees=meta["trainees"] or others)

    def _remove(self, session_id: str, folder: Path) -> None:
        # Renamed away first, so a crash halfway never leaves a half-deleted session to index.
        trash = self.root / f".trash-{session_id}"
        if folder.is_dir():
            folder.rename(trash)
        self.index.delete(session_id)
        shutil.rmtree(trash, ignore_errors=True)

    # -- start-up and import ----------------------------------------------------------------------

    def recover(self) -> builtins.list[str]:
        """Call at start-up. Sessions left 'recording' by a writer that is gone (crash,
        ``kill -9``, power cut) become 'interrupted': headers repaired, record rebuilt from the
        journal. Also indexes session folders the index lacks, drops rows whose folder is gone
        and clears leftovers of interrupted deletes. Returns the ids marked interrupted."""
        for leftover in self.root.glob(".trash-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        known = self.index.ids()
        interrupted = []
        for folder in sorted(p for p in self.root.iterdir() if p.is_dir()):
            if folder.name.startswith(".") or folder.name in known:
                continue
            if not (folder / META).is_file():
                continue
            meta = read_json(folder / META)
            if meta.get("id") != folder.name:
                meta["id"] = folder.name
                atomic_write_json(folder / META, meta)
            if meta.get("status") == "recording":
                if not WriterLock.held_elsewhere(folder):
                    seal_interrupted(folder, self.index, "the app stopped while recording")
                    interrupted.append(folder.name)
                continue
            self.index.insert(index_row(meta))
        for summary in self.index.query():
            if not (summary.folder / META).is_file():
                self.index.delete(summary.id)
            elif summary.status == "recording" and not WriterLock.held_elsewhere(summary.folder):
                seal_interrupted(summary.folder, self.index, "the app stopped while recording")
                interrupted.append(summary.id)
        return interrupted

    def adopt(self, folder: Path) -> str:
        """Copy a session folder (e.g. an unpacked, already validated bundle) into the store;
        returns its id here. Never overwrites: a taken (or unusable) id gets a new one. The
        folder must hold ``meta.json`` and only regular files (no links, no subfolders); the
        caller deletes its own copy."""
        folder = Path(folder)
        if folder.is_symlink() or not folder.is_dir():
            raise SessionError(f"{folder} is not a session folder")
        files = sorted(folder.iterdir())
        for path in files:
            if path.is_symlink() or not path.is_file():
                raise SessionError(f"{path.name}: a session folder holds only plain files")
        try:
            meta = read_json(folder / META)
        except (OSError, ValueError) as error:
            raise SessionError(f"{folder}: no readable meta.json ({error})") from error
        if not isinstance(meta, dict) or not (meta.get("persona") or {}).get("id"):
            raise SessionError(f"{folder}: meta.json does not name a persona")
        if not isinstance(meta.get("format"), int) or meta["format"] > SESSION_FORMAT:
            raise SessionError(
                f"{folder}: session format {meta.get('format')!r} is not one this Hotseat knows"
            )
        wanted = meta.get("id")
        session_id = wanted if isinstance(wanted, str) and _SAFE_ID.match(wanted) else None
        target = None
        for _ in range(20):
            if session_id is not None and session_id not in self.index.ids():
                try:
                    (self.root / session_id).mkdir(mode=0o700)
                    target = self.root / session_id
                    break
                except FileExistsError:
                    pass
            session_id = new_session_id()
        if target is None or session_id is None:  # pragma: no cover
            raise SessionError("could not find a free session id")
        try:
            for path in files:
                if path.name == LOCK:
                    continue
                shutil.copyfile(path, target / path.name)
                (target / path.name).chmod(0o600)
            meta["id"] = session_id
            try:
                meta["started_at"] = utc_iso(meta.get("started_at") or datetime.now(UTC))
            except (TypeError, ValueError) as error:
                raise SessionError(f"{folder}: meta.json has no usable start time") from error
            atomic_write_json(target / META, meta)
            if meta.get("status") not in ("complete", "interrupted"):
                seal_interrupted(target, self.index, "imported while recording")
            else:
                self.index.insert(index_row(meta))
        except BaseException:
            self.index.delete(session_id)
            shutil.rmtree(target, ignore_errors=True)
            raise
        return session_id
