"""desktop.paths: HOTSEAT_HOME overrides everything, read at call time; platformdirs otherwise."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs
import pytest

from desktop import paths

# Captured while this module is imported (collection time): conftest must already have isolated us.
_HOME_AT_IMPORT = os.environ.get("HOTSEAT_HOME", "")


def test_home_is_isolated_already_at_collection_time() -> None:
    assert Path(_HOME_AT_IMPORT).name.startswith("hotseat-test-home-")
    assert Path(_HOME_AT_IMPORT).parent == Path(tempfile.gettempdir())


def test_each_test_runs_in_its_own_home(hotseat_home: Path, tmp_path: Path) -> None:
    assert Path(os.environ["HOTSEAT_HOME"]) == hotseat_home
    assert hotseat_home.is_relative_to(tmp_path)
    assert list(hotseat_home.iterdir()) == []


def test_home_override_splits_into_config_data_cache(hotseat_home: Path) -> None:
    assert paths.config_dir() == hotseat_home / "config"
    assert paths.data_dir() == hotseat_home / "data"
    assert paths.cache_dir() == hotseat_home / "cache"


def test_dirs_are_created_on_demand(hotseat_home: Path) -> None:
    assert not (hotseat_home / "data").exists()
    d = paths.data_dir()
    assert d.is_dir()
    paths.data_dir()  # second call on an existing folder is fine
    assert paths.config_dir().is_dir()
    assert paths.cache_dir().is_dir()


def test_env_var_is_read_at_call_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "elsewhere"
    monkeypatch.setenv("HOTSEAT_HOME", str(other))
    assert paths.config_dir() == other / "config"


def test_home_with_tilde_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("HOTSEAT_HOME", "~/hs")
    assert paths.data_dir() == tmp_path / "hs" / "data"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_without_override_platformdirs_decide(
    value: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Point the platform folders into tmp so this test cannot touch the real home either.
    monkeypatch.setenv("HOME", str(tmp_path))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    if value is None:
        monkeypatch.delenv("HOTSEAT_HOME", raising=False)
    else:
        monkeypatch.setenv("HOTSEAT_HOME", value)

    assert paths.config_dir() == Path(platformdirs.user_config_dir("hotseat", appauthor=False))
    assert paths.data_dir() == Path(platformdirs.user_data_dir("hotseat", appauthor=False))
    assert paths.cache_dir() == Path(platformdirs.user_cache_dir("hotseat", appauthor=False))
    assert paths.config_dir().is_relative_to(tmp_path)
    assert paths.config_dir().is_dir()
