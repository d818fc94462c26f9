"""Starting a session recording for a call, for every front end (command line, window).

Recording is on by default; a trainee sees once what is kept and where and agrees (consent is
remembered per trainee name in the config folder). A recording that cannot start (a full disk,
a read-only folder) never stops the call: the caller gets a :class:`NullWriter` and a sentence
saying why.
"""

from __future__ import annotations

import json
import os
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


def has_consented(trainee: str) -> bool:
    try:
        agreed = json.loads(_consent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(agreed, dict) and trainee in agreed


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


def housekeeping(retention_days: int) -> dict[str, list[str]]:
    """At start-up: sessions a crash left open become 'interrupted'; old ones are deleted."""
    store = SessionStore()
    interrupted = store.recover()
    purged = store.purge_older_than(retention_days) if retention_days > 0 else []
    return {"interrupted": interrupted, "purged": purged}
