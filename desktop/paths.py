"""Where Hotseat keeps its settings, data and cache: the one place that decides it.

Everything else asks these functions instead of building paths itself, so that one environment
variable, ``HOTSEAT_HOME``, can move *all* of Hotseat's files somewhere else (tests use it to
never touch the real home directory; users can use it for a portable install).

Without ``HOTSEAT_HOME`` the platform's conventional per-user folders are used (via platformdirs),
e.g. on Linux ``~/.config/hotseat``, ``~/.local/share/hotseat`` and ``~/.cache/hotseat``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

import platformdirs

from audio.install_hints import frozen as is_frozen

APP_NAME = "hotseat"
HOME_ENV_VAR = "HOTSEAT_HOME"
PORTABLE_MARKER = "portable"
PORTABLE_FOLDER = "HotseatData"


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


def portable_root(executable: str | Path) -> Path | None:
    """The folder holding a ``portable`` marker beside this bundle's executable, or None.

    On macOS the executable sits inside ``Hotseat.app/Contents/MacOS``; the marker then sits
    beside the ``.app``, where a person can see it.
    """
    folder = Path(executable).resolve().parent
    candidates = [folder]
    if folder.name == "MacOS" and folder.parent.name == "Contents":
        candidates.append(folder.parent.parent.parent)
    for candidate in candidates:
        if (candidate / PORTABLE_MARKER).is_file():
            return candidate
    return None


def apply_portable_mode(
    environ: MutableMapping[str, str] | None = None,
    executable: str | Path | None = None,
    frozen: bool | None = None,
) -> Path | None:
    """Point ``HOTSEAT_HOME`` beside a portable bundle (a USB stick for workshop rooms).

    Only a frozen bundle is portable, and an explicit ``HOTSEAT_HOME`` always wins. Returns the
    folder now used, or None when nothing changed.
    """
    environ = os.environ if environ is None else environ
    frozen = is_frozen() if frozen is None else frozen
    if not frozen or environ.get(HOME_ENV_VAR, "").strip():
        return None
    root = portable_root(sys.executable if executable is None else executable)
    if root is None:
        return None
    home = root / PORTABLE_FOLDER
    environ[HOME_ENV_VAR] = str(home)
    return home
