"""Recording one session while the call runs: the turn log and both voices, crash-safe.

A :class:`SessionWriter` (made by :meth:`desktop.session_store.SessionStore.create`) owns the
session's folder while the call runs:

- ``journal.jsonl``: every completed turn, take-back and the end (see
  :mod:`desktop.session_journal`), each entry fsync-ed before :meth:`SessionWriter.turn` returns;
- ``trainee.wav`` and ``persona.wav``: 16 kHz mono PCM16, time-aligned: sample ``i`` of either
  track is ``t0 + i / 16000`` on the ``time.monotonic()`` clock, ``t0`` being when the session
  started; gaps are silence. A writer thread fed through a queue writes them in place as the
  audio arrives, so the audio methods never block the caller (the voice loop, the player's
  thread);
- ``meta.json`` (replaced atomically) and the session's row in the index.

A ``kill -9`` loses at most what was queued but not yet written (a frame or two) and the turn in
progress: audio reaches the OS as each frame is written, the WAV headers are rewritten every half
second and :meth:`SessionStore.recover` repairs them from the file size.

Wiring (``NullWriter`` has the same methods, for ``--no-record``)::

    writer = SessionStore().create({**call.record(), "model_id": model_id})  # before the call
    writer.trainee_audio(samples, frame.t)              # every microphone frame
    writer.persona_audio(speech.samples, t + player.latency_s, speech.sample_rate,
                         turn_id=turn["id"])            # in on_first_sample(t)
    writer.turn(turn)          # each trainee turn when judged; each persona turn when its line
                               # ended (played_s set), was cut, or failed to render
    writer.undone(call.undone[-1])                      # after call.take_back / call.correct
    writer.finish(record)      # the final record; writer.abandon(reason) if the call broke
"""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from desktop import session_wav as wav
from desktop.session_files import (
    JOURNAL,
    LOCK,
    META,
    PERSONA_WAV,
    SESSION_FORMAT,
    TRAINEE_WAV,
    WriterLock,
    atomic_write_json,
    now_iso,
    read_json,
    utc_iso,
)
from desktop.session_index import SessionIndex
from desktop.session_journal import Journal, read_journal, rebuild_record, trim_torn_tail

RATE = wav.SAMPLE_RATE
HEADER_EVERY_S = 0.5
_SNAP = 32  # samples: a frame this close to where the last one ended continues it exactly
_SYNC_WAIT_S = 1.0
MAX_SAMPLES = RATE * 3600 * 12  # audio timed further than 12 h from the start is a clock mix-up

HEADER_KEYS = (
    "persona",
    "trainee",
    "trainees",
    "mode",
    "app_version",
    "model_id",
    "seed",
    "mood_start",
    "started_at",
    "parent_id",
    "parent_turn",
)
"""What :meth:`SessionStore.create` keeps from its ``meta`` (a call record works as ``meta``)."""


def session_header(meta: Mapping[str, Any]) -> dict[str, Any]:
    header = {key: meta.get(key) for key in HEADER_KEYS}
    persona = dict(meta.get("persona") or {})
    for key in ("id", "version", "name"):
        persona.setdefault(key, meta.get(f"persona_{key}"))
    if not persona.get("id"):
        raise ValueError("session meta needs the persona's id (meta['persona']['id'])")
    header["persona"] = {k: persona[k] for k in ("id", "version", "name")}
    trainees = list(header["trainees"] or ([header["trainee"]] if header["trainee"] else []))
    header["trainees"] = trainees
    header["trainee"] = header["trainee"] or (trainees[0] if trainees else None)
    header["started_at"] = utc_iso(header["started_at"]) if header["started_at"] else now_iso()
    return header


def index_row(meta: Mapping[str, Any]) -> dict[str, Any]:
    """The index columns of a session, from its ``meta.json``."""
    persona = meta.get("persona") or {}
    return {
        "id": meta["id"],
        "persona_id": persona.get("id"),
        "persona_version": persona.get("version"),
        "persona_name": persona.get("name"),
        "trainees": list(meta.get("trainees") or []),
        "started_at": meta.get("started_at"),
        "ended_at": meta.get("ended_at"),
        "outcome": meta.get("outcome"),
        "score": meta.get("score"),
        "status": meta.get("status"),
        "turns": meta.get("turns") or 0,
        "mode": meta.get("mode"),
        "app_version": meta.get("app_version"),
        "model_id": meta.get("model_id"),
        "seed": meta.get("seed"),
        "parent_id": meta.get("parent_id"),
        "folder": meta["id"],
    }


def settle_meta(meta: dict[str, Any], record: Mapping[str, Any], status: str) -> dict[str, Any]:
    """``meta`` updated from a finished (or rebuilt) record."""
    score = record.get("score") or {}
    meta.update(
        status=status,
        ended_at=record.get("ended_at") or now_iso(),
        outcome=record.get("outcome"),
        score=score.get("total"),
        turns=len(record.get("turns") or []),
        # everyone named: whoever started the call (even if silent) and whoever spoke
        trainees=list(
            dict.fromkeys([*(meta.get("trainees") or []), *(record.get("trainees") or [])])
        ),
    )
    return meta


def seal_interrupted(folder: Path, index: SessionIndex, reason: str) -> dict[str, Any]:
    """Close a session whose writer is gone: headers repaired, meta and index 'interrupted'."""
    meta = read_json(folder / META)
    journal = folder / JOURNAL
    trim_torn_tail(journal)
    lengths = [
        wav.repair_wav(folder / name)
        for name in (TRAINEE_WAV, PERSONA_WAV)
        if (folder / name).exists()
    ]
    _pad_tracks(folder, max(lengths, default=0))
    record = rebuild_record(meta, read_journal(journal))
    status = "complete" if not record.get("interrupted") else "interrupted"
    settle_meta(meta, record, status)
    if status == "interrupted":
        meta["interrupted"] = reason
    atomic_write_json(folder / META, meta)
    row = index_row(meta)
    if index.get(meta["id"]) is None:
        index.insert(row)
    else:
        index.update(meta["id"], **{k: v for k, v in row.items() if k != "id"})
    (folder / LOCK).unlink(missing_ok=True)
    return meta


def _pad_tracks(folder: Path, samples: int) -> None:
    for name in (TRAINEE_WAV, PERSONA_WAV):
        path = folder / name
        if path.exists():
            fd = wav.open_track(path)
            try:
                wav.extend_to(fd, samples)
                wav.update_header(fd)
                os.fsync(fd)
            finally:
                os.close(fd)


class _AudioThread(threading.Thread):
    """Writes both tracks from a queue, in order; the only code touching the audio files."""

    def __init__(self, folder: Path, t0: float) -> None:
        super().__init__(name="hotseat-session-audio", daemon=True)
        self.t0 = t0
        self.fds = {
            "trainee": wav.open_track(folder / TRAINEE_WAV),
            "persona": wav.open_track(folder / PERSONA_WAV),
        }
        self.inbox: queue.SimpleQueue[tuple[Any, ...]] = queue.SimpleQueue()
        self.error: BaseException | None = None
        self._trainee_next = 0
        self._segments: list[list[int]] = []  # persona lines placed: [start, end] samples
        self._headers_at = time.monotonic()

    def run(self) -> None:
        while True:
            try:
                item = self.inbox.get(timeout=HEADER_EVERY_S / 2)
            except queue.Empty:
                item = None
            try:
                if item is not None and self._handle(item):
                    return
                if time.monotonic() - self._headers_at >= HEADER_EVERY_S:
                    self._headers()
            except OSError as error:  # disk full, folder gone: stop recording audio
                self.error = error
                self._drain_after_error()
                return

    def _handle(self, item: tuple[Any, ...]) -> bool:
        kind = item[0]
        if kind == "trainee":
            _, samples, t = item
            index = round((t - self.t0) * RATE)
            if index > MAX_SAMPLES:
                return False
            if abs(index - self._trainee_next) <= _SNAP:
                index = self._trainee_next
            self._trainee_next = wav.write_at(self.fds["trainee"], index, wav.to_pcm16(samples))
        elif kind == "persona":
            _, samples, rate, start = item
            if start > MAX_SAMPLES:
                return False
            self._place_persona(wav.to_pcm16(wav.resample(samples, rate)), start)
        elif kind == "cut":
            _, start, cut_at = item
            for segment in self._segments:
                if segment[0] == start and cut_at < segment[1]:
                    wav.zero_range(self.fds["persona"], cut_at, segment[1])
                    segment[1] = cut_at
        elif kind == "sync":
            self._headers()
            item[1].set()
            for fd in self.fds.values():
                _fsync(fd)
        elif kind == "close":
            length = max(wav.samples_in(fd) for fd in self.fds.values())
            for fd in self.fds.values():
                wav.extend_to(fd, length)
                wav.update_header(fd)
                _fsync(fd)
                _close(fd)
            self.fds = {}
            item[1].set()
            return True
        return False

    def _place_persona(self, pcm: np.ndarray, start: int) -> None:
        end = start + len(pcm)
        fd = self.fds["persona"]
        for segment in self._segments:  # a new line cuts off one still "playing"
            if segment[0] < start < segment[1]:
                if end < segment[1]:
                    wav.zero_range(fd, end, segment[1])
                segment[1] = start
        wav.write_at(fd, start, pcm)
        self._segments.append([max(start, 0), end])

    def _headers(self) -> None:
        for fd in self.fds.values():
            wav.update_header(fd)
        self._headers_at = time.monotonic()

    def _drain_after_error(self) -> None:
        for fd in self.fds.values():
            _close(fd)
        self.fds = {}
        while True:  # release anyone waiting on a sync or close
            try:
                item = self.inbox.get_nowait()
            except queue.Empty:
                return
            if item[0] in ("sync", "close"):
                item[1].set()


def _fsync(fd: int) -> None:
    os.fsync(fd)


def _close(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)


class SessionWriter:
    """Records one session; see the module docstring. Made by ``SessionStore.create``.

    Thread-safe. The hot-path methods never raise: a recording that fails (disk full) stops
    recording, keeps what it has and reports it in :attr:`error`; the call goes on.
    """

    def __init__(
        self,
        *,
        session_id: str,
        folder: Path,
        header: dict[str, Any],
        index: SessionIndex,
        t0: float | None = None,
    ) -> None:
        self.id = session_id
        self.folder = folder
        self.t0 = time.monotonic() if t0 is None else t0
        """``time.monotonic()`` of sample 0 in both tracks."""
        self.error: str | None = None
        self._index = index
        self._lock = threading.RLock()  # the journal and meta
        self._placing = threading.Lock()  # persona placements (the player's thread adds them)
        self._closed = False
        self._placed: dict[str, tuple[int, int]] = {}  # persona turn id -> (start, samples)
        self._placements: list[tuple[int, int]] = []
        self._writer_lock = WriterLock(folder)
        self._writer_lock.acquire()
        self.meta: dict[str, Any] = {
            "format": SESSION_FORMAT,
            "id": session_id,
            "status": "recording",
            **header,
            "ended_at": None,
            "outcome": None,
            "score": None,
            "turns": 0,
            "audio": {
                "sample_rate": RATE,
                "tracks": {"trainee": TRAINEE_WAV, "persona": PERSONA_WAV},
                "t0_monotonic": self.t0,
            },
        }
        try:
            atomic_write_json(folder / META, self.meta)
            self._journal = Journal(folder / JOURNAL)
            index.insert(index_row(self.meta))
        except BaseException:
            self._writer_lock.release()
            raise
        self._audio = _AudioThread(folder, self.t0)
        self._audio.start()

    # -- audio (never blocks) ---------------------------------------------------------------------

    def trainee_audio(self, samples: np.ndarray, t: float) -> None:
        """One microphone frame (float -1..1 at 16 kHz) whose first sample was captured at ``t``."""
        if not self._closed:
            self._audio.inbox.put(("trainee", np.array(samples, np.float32), t))

    def persona_audio(
        self, samples: np.ndarray, t: float, rate: int = RATE, *, turn_id: str | None = None
    ) -> None:
        """A persona line (float -1..1 at ``rate`` Hz) whose first sample was heard at ``t``.

        Pass the line's turn id when you have it (its offsets are then exact); a line whose turn
        is later logged with ``completed: False`` and a shorter ``played_s`` is cut there in the
        track. ``samples`` is read later on the writer thread: do not modify it afterwards.
        """
        if self._closed:
            return
        start = round((t - self.t0) * RATE)
        length = round(len(samples) * RATE / rate) if rate != RATE else len(samples)
        with self._placing:
            if turn_id is not None:
                self._placed[turn_id] = (start, length)
            self._placements.append((start, length))
        self._audio.inbox.put(("persona", samples, rate, start))

    # -- the turn log -----------------------------------------------------------------------------

    def turn(self, turn: dict[str, Any]) -> dict[str, Any]:
        """Log a completed turn (again, if it changed); adds its ``audio`` offsets; returns it.

        Returns once the entry is fsync-ed and the audio queued before it has reached the OS
        (normally well under a millisecond; at most a second on a stalled disk). Trainee turns
        get offsets from ``timings.first_voiced_at``/``last_voiced_at``, persona turns from
        their line's placement (or ``spoken_at`` + ``played_s``); typed and silent turns none.
        """
        with self._lock:
            if self._closed:
                return turn
            self._add_audio(turn)
            self._log({"type": "turn", "turn": turn})
            name = turn.get("trainee") if turn.get("speaker") == "trainee" else None
            if name and name not in self.meta["trainees"]:
                self.meta["trainees"].append(name)
                self._save_meta()
                self._index_update(trainees=self.meta["trainees"])
        self._sync()
        return turn

    def undone(self, entry: Mapping[str, Any]) -> None:
        """Log a take-back or correction: pass ``call.undone[-1]`` right after it happened."""
        with self._lock:
            if not self._closed:
                self._log({"type": "undone", **entry})

    def finish(self, record: dict[str, Any]) -> None:
        """The call ended: log the whole record, close the tracks, mark the session complete."""
        with self._lock:
            if self._closed:
                return
            for turn in _all_turns(record):
                if "audio" not in turn:
                    self._add_audio(turn)
            self._log({"type": "end", "record": record})
            self._close_audio()
            settle_meta(self.meta, record, "complete")
            if self.error:
                self.meta["error"] = self.error
            self._save_meta()
            row = index_row(self.meta)
            self._index_update(**{k: v for k, v in row.items() if k != "id"})
            self._journal.close()
            self._writer_lock.release()

    def abandon(self, reason: str = "error") -> None:
        """The call could not go on. With no trainee turn logged the session is deleted;
        otherwise it is kept as 'interrupted' (``meta['interrupted'] = reason``)."""
        with self._lock:
            if self._closed:
                return
            self._close_audio()
            self._journal.close()
            self._writer_lock.release()
            entries = read_journal(self.folder / JOURNAL)
            said = any(
                e["type"] == "turn" and (e.get("turn") or {}).get("speaker") == "trainee"
                for e in entries
            )
            if said:
                self.meta = seal_interrupted(self.folder, self._index, reason)
                return
            self._index.delete(self.id)
            shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def closed(self) -> bool:
        return self._closed

    # -- inside -----------------------------------------------------------------------------------

    def _add_audio(self, turn: dict[str, Any]) -> None:
        audio = self._offsets(turn)
        if audio is not None:
            turn["audio"] = audio

    def _offsets(self, turn: dict[str, Any]) -> dict[str, Any] | None:
        if turn.get("speaker") == "trainee":
            timings = turn.get("timings") or {}
            first, last = timings.get("first_voiced_at"), timings.get("last_voiced_at")
            if first is None or last is None or turn.get("typed"):
                return None
            return _span("trainee", round((first - self.t0) * RATE), round((last - self.t0) * RATE))
        spoken_at = turn.get("spoken_at")
        if spoken_at is None:
            return None
        with self._placing:
            placed = self._placed.get(turn.get("id", "")) or self._nearest(spoken_at)
        played = turn.get("played_s")
        if placed is None:
            start = round((spoken_at - self.t0) * RATE)
            return _span("persona", start, start + round((played or 0.0) * RATE))
        start, length = placed
        end = start + length
        cut = turn.get("completed") is False or (played is not None and played * RATE < length - 16)
        if played is not None and cut and played * RATE < length:
            end = start + round(played * RATE)
            self._audio.inbox.put(("cut", start, end))
        return _span("persona", start, end)

    def _nearest(self, spoken_at: float) -> tuple[int, int] | None:
        target = (spoken_at - self.t0) * RATE
        best = min(self._placements, key=lambda p: abs(p[0] - target), default=None)
        return best if best is not None and abs(best[0] - target) <= RATE else None

    def _log(self, entry: dict[str, Any]) -> None:
        try:
            self._journal.append(entry)
        except (OSError, ValueError) as error:  # disk full; a circular structure
            self._fail(error)

    def _sync(self) -> None:
        if self._audio.is_alive():
            done = threading.Event()
            self._audio.inbox.put(("sync", done))
            done.wait(_SYNC_WAIT_S)
        if self._audio.error is not None and self.error is None:
            self._fail(self._audio.error)

    def _close_audio(self) -> None:
        self._closed = True
        if self._audio.is_alive():
            done = threading.Event()
            self._audio.inbox.put(("close", done))
            done.wait(30)
            self._audio.join(5)
        if self._audio.error is not None and self.error is None:
            self._fail(self._audio.error)

    def _save_meta(self) -> None:
        try:
            atomic_write_json(self.folder / META, self.meta)
        except OSError as error:
            self._fail(error)

    def _index_update(self, **fields: Any) -> None:
        try:
            self._index.update(self.id, **fields)
        except Exception as error:  # a locked or broken index must not stop the call
            self._fail(error)

    def _fail(self, error: BaseException) -> None:
        if self.error is None:
            self.error = f"{type(error).__name__}: {error}"


def _span(track: str, start: int, end: int) -> dict[str, Any]:
    start = max(start, 0)
    return {
        "track": track,
        "start_s": round(start / RATE, 6),  # exact to the sample
        "end_s": round(max(end, start) / RATE, 6),
    }


def _all_turns(record: Mapping[str, Any]) -> list[dict[str, Any]]:
    turns = list(record.get("turns") or [])
    for entry in record.get("undone") or []:
        turns.extend(entry.get("turns") or [])
    return [t for t in turns if isinstance(t, dict)]


class NullWriter:
    """A writer that records nothing (``--no-record``): same methods, so callers need no ifs."""

    id = None
    error = None
    closed = False

    def trainee_audio(self, samples: np.ndarray, t: float) -> None:
        pass

    def persona_audio(
        self, samples: np.ndarray, t: float, rate: int = RATE, *, turn_id: str | None = None
    ) -> None:
        pass

    def turn(self, turn: dict[str, Any]) -> dict[str, Any]:
        return turn

    def undone(self, entry: Mapping[str, Any]) -> None:
        pass

    def finish(self, record: dict[str, Any]) -> None:
        pass

    def abandon(self, reason: str = "error") -> None:
        pass
