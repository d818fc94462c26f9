"""Small file helpers for session folders: private modes, atomic JSON, ids, the writer's lock.

Everything a session writes is readable by the user only: folders 0o700, files 0o600, set when
the file is created (not chmod-ed afterwards, so there is no moment it is readable by others).
"""

from __future__ import annotations

import json
import os
import secrets
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class SessionError(Exception):
    """A session operation that cannot be done, with a message for the user."""


SESSION_FORMAT = 1
"""Version of a session folder's layout (``meta.json`` ``format``); bundles carry it."""

META = "meta.json"
JOURNAL = "journal.jsonl"
TRAINEE_WAV = "trainee.wav"
PERSONA_WAV = "persona.wav"
LOCK = ".writer.lock"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def utc_iso(value: Any) -> str:
    """A datetime, date or ISO string as UTC ISO 8601 to the second (naive means UTC)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    if not isinstance(value, datetime):
        raise TypeError(f"not a date or time: {value!r}")
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds")


def new_session_id() -> str:
    """Sortable and unique enough: ``20261123-181254-3fa9c1`` (UTC time, random suffix)."""
    return f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def private_dir(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a crash leaves either the old or the new file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(3)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def atomic_write_json(path: Path, value: Any) -> None:
    atomic_write_bytes(path, (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode())


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


class WriterLock:
    """Held by the process recording a session for as long as it records.

    The kernel drops the lock when that process dies, however it dies (``kill -9`` included), so
    :meth:`held_elsewhere` tells a live recording from an interrupted one. Without ``fcntl``
    (Windows) the recording process's id stands in.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            self.path.unlink(missing_ok=True)
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    @staticmethod
    def held_elsewhere(folder: Path) -> bool:
        """Is a live writer recording into ``folder``? (Also true for one in this process.)"""
        path = folder / LOCK
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            return False
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return True
                fcntl.flock(fd, fcntl.LOCK_UN)
                return False
            pid = int(os.read(fd, 32) or b"0")  # pragma: no cover - Windows
            return _pid_alive(pid)  # pragma: no cover
        finally:
            os.close(fd)


def _pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
