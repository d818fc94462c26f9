"""Test-wide environment: isolated Hotseat home, offscreen Qt, no model hub.

Why in ``pytest_configure``: it runs before collection, so even code executed while test modules
are imported never sees the real ``HOTSEAT_HOME`` (i.e. never writes into the user's folders).
The autouse fixture then gives every single test a fresh, empty home of its own.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.sound_server"]

# Fixed for the whole run. HF_HUB_OFFLINE is a guard: Hotseat never downloads models, and a test
# that accidentally asks huggingface_hub for one must fail fast instead of trying the network.
_FIXED_ENV = {
    "QT_QPA_PLATFORM": "offscreen",
    "HF_HUB_OFFLINE": "1",
}

_session_home_key = pytest.StashKey[Path]()
_saved_env_key = pytest.StashKey[dict[str, str | None]]()


def pytest_configure(config: pytest.Config) -> None:
    home = Path(tempfile.mkdtemp(prefix="hotseat-test-home-"))
    wanted = {**_FIXED_ENV, "HOTSEAT_HOME": str(home)}
    config.stash[_saved_env_key] = {name: os.environ.get(name) for name in wanted}
    config.stash[_session_home_key] = home
    os.environ.update(wanted)


def pytest_unconfigure(config: pytest.Config) -> None:
    for name, value in config.stash.get(_saved_env_key, {}).items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    home = config.stash.get(_session_home_key, None)
    if home is not None:
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(autouse=True)
def hotseat_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test gets its own empty HOTSEAT_HOME (request this fixture to get its path)."""
    home = tmp_path / "hotseat-home"
    home.mkdir()
    monkeypatch.setenv("HOTSEAT_HOME", str(home))
    yield home


@pytest.fixture(autouse=True)
def no_leaked_speakers() -> Iterator[None]:
    """A speaker stream a test (or a window's background close) left open is closed after it.

    PortAudio cannot restart while any stream exists (a later test's device rescan would hang),
    so one test's leak must not become another test's hang.
    """
    yield
    import sys

    playback = sys.modules.get("audio.playback")
    if playback is None:
        return
    for player in playback.live_players():
        player.close()
