"""Where Hotseat keeps its settings, data and cache: the one place that decides it.

Everything else asks these functions instead of building paths itself, so that one environment
variable, ``HOTSEAT_HOME``, can move *all* of Hotseat's files somewhere else (tests use it to
never touch the real home directory; users can use it for a portable install).

Without ``HOTSEAT_HOME`` the platform's conventional per-user folders are used (via platformdirs),
e.g. on Linux ``~/.config/hotseat``, ``~/.local/share/hotseat`` and ``~/.cache/hotseat``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "hotseat"
HOME_ENV_VAR = "HOTSEAT_HOME"


def hotseat_home() -> Path | None:
    """The ``HOTSEAT_HOME`` override, or None when unset/empty.

    Read at call time (not import time) so a test or a launcher can set it after import.
    """
    value = os.environ.get(HOME_ENV_VAR, "").strip()
    if not value:
        return None
    return Path(value).expanduser().absolute()


def _ensure(path: Path) -> Path:
    # Created on demand: callers can write into the folder straight away.
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Folder for user settings (small files the user may want to back up or edit)."""
    home = hotseat_home()
    if home is not None:
        return _ensure(home / "config")
    return _ensure(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def data_dir() -> Path:
    """Folder for user data worth keeping (session history, recordings, feedback)."""
    home = hotseat_home()
    if home is not None:
        return _ensure(home / "data")
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def cache_dir() -> Path:
    """Folder for anything that can be rebuilt and may be deleted at any time."""
    home = hotseat_home()
    if home is not None:
        return _ensure(home / "cache")
    return _ensure(Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)))
