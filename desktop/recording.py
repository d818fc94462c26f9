"""Starting a session recording for a call, for every front end (command line, window).

Recording is on by default; a trainee sees once what is kept and where and agrees (consent is
remembered per trainee name in the config folder). A recording that cannot start (a full disk,
a read-only folder) never stops the call: the caller gets a :class:`NullWriter` and a sentence
saying why.
"""

from __future__ import annotations

import json
import os
import queue
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.paths import config_dir, data_dir
from desktop.session_recorder import NullWriter, SessionWriter
from desktop.session_store import SessionError, SessionStore
from personas.call import Call

Writer = SessionWriter | NullWriter


def sessions_root() -> Path:
    return data_dir() / "sessions"


def consent_text() -> str:
    return (
        "Hotseat records this call so you and your coach can replay it: both voices (your "
        "microphone and the customer's), what was said, the marks and the mood, under your "
        f"name. It stays on this computer, readable only by your user account, in "
        f"{sessions_root()}. Nothing is ever sent anywhere. Delete a call with "
        "`hotseat sessions delete ID` (or in the library), everything of one person with "
        "\"forget this trainee\", or keep recordings for a limited time in Settings."
    )


def _consent_file() -> Path:
    return config_dir() / "recording-consent.json"


def consented_trainees() -> set[str]:
    try:
        agreed = json.loads(_consent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return set(agreed) if isinstance(agreed, dict) else set()


def has_consented(trainee: str) -> bool:
    return trainee in consented_trainees()


def record_consent(trainee: str) -> None:
    path = _consent_file()
    try:
        agreed = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(agreed, dict):
            agreed = {}
    except (OSError, ValueError):
        agreed = {}
    agreed[trainee] = datetime.now(UTC).isoformat(timespec="seconds")
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(agreed, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def start_recording(
    call: Call, *, model_id: str | None = None, extra: dict[str, Any] | None = None
) -> tuple[Writer, str | None]:
    """A writer for this call (before its first turn), or a NullWriter and the reason."""
    try:
        store = SessionStore()
        writer = store.create({**call.record(), "model_id": model_id, **(extra or {})})
    except (OSError, SessionError) as error:
        return NullWriter(), f"This call is not recorded: {error}"
    return writer, None


def best_results(persona_ids: list[str], trainee: str | None) -> dict[str, str]:
    """For the library cards: each persona's best recorded result, in words."""
    store = SessionStore()
    results: dict[str, str] = {}
    for persona_id in persona_ids:
        best = store.best_result(persona_id, trainee or None)
        if best is not None:
            tries = "1 try" if best.attempts == 1 else f"{best.attempts} tries"
            outcome = (best.outcome or "ended").replace("_", " ")
            results[persona_id] = f"Best: {best.score}/100, {outcome} ({tries})"
    return results


def housekeeping(retention_days: int) -> dict[str, list[str]]:
    """At start-up: sessions a crash left open become 'interrupted'; old ones are deleted."""
    store = SessionStore()
    interrupted = store.recover()
    purged = store.purge_older_than(retention_days) if retention_days > 0 else []
    return {"interrupted": interrupted, "purged": purged}


class QueuedWriter:
    """A writer whose every call returns at once: one thread does the disk work, in order.

    The window uses it so that no fsync ever runs on the GUI thread; order is kept, so the
    journal reads exactly as the call went.
    """

    def __init__(self, start: Callable[[], tuple[Writer, str | None]]) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self.writer: Writer = NullWriter()
        self.problem: str | None = None
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hotseat-recorder", daemon=True)
        self._thread.start()
        self._jobs.put(lambda: self._open(start))

    @property
    def id(self) -> str | None:
        return self.writer.id

    def _open(self, start: Callable[[], tuple[Writer, str | None]]) -> None:
        self.writer, self.problem = start()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                self.done.set()
                return
            try:
                job()
            except Exception as error:  # a failing disk must not end the call
                self.problem = f"Recording stopped: {error}"

    def trainee_audio(self, samples: Any, t: float) -> None:
        self._jobs.put(lambda: self.writer.trainee_audio(samples, t))

    def persona_audio(
        self, samples: Any, t: float, rate: int = 16_000, *, turn_id: str | None = None
    ) -> None:
        self._jobs.put(lambda: self.writer.persona_audio(samples, t, rate, turn_id=turn_id))

    def turn(self, turn: dict[str, Any]) -> dict[str, Any]:
        self._jobs.put(lambda: self.writer.turn(turn))
        return turn

    def undone(self, entry: Any) -> None:
        self._jobs.put(lambda: self.writer.undone(entry))

    def finish(
        self,
        record: dict[str, Any],
        then: Callable[[str | None, str | None], None] | None = None,
    ) -> None:
        """Write the end and stop the thread (``done`` is set when it is on disk).

        ``then(session_id, problem)`` is called on the writer's thread once the end is written:
        the id (None when nothing was recorded) and why not, if something went wrong.
        """
        self._jobs.put(lambda: self.writer.finish(record))
        if then is not None:
            self._jobs.put(lambda: then(self.writer.id, self.problem))
        self._jobs.put(None)

    def abandon(self, reason: str = "error") -> None:
        self._jobs.put(lambda: self.writer.abandon(reason))
        self._jobs.put(None)
