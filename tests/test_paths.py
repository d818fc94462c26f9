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


def _bundle(tmp_path: Path, *, marker: bool) -> Path:
    folder = tmp_path / "stick" / "hotseat"
    folder.mkdir(parents=True)
    executable = folder / "hotseat"
    executable.write_bytes(b"")
    if marker:
        (folder / "portable").write_text("")
    return executable


def test_a_portable_marker_beside_the_bundle_keeps_everything_beside_it(tmp_path: Path) -> None:
    executable = _bundle(tmp_path, marker=True)
    environ: dict[str, str] = {}
    home = paths.apply_portable_mode(environ, executable, frozen=True)
    assert home == executable.parent / "HotseatData"
    assert environ["HOTSEAT_HOME"] == str(home)


def test_portable_folders_come_from_the_same_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    executable = _bundle(tmp_path, marker=True)
    monkeypatch.delenv("HOTSEAT_HOME")
    paths.apply_portable_mode(None, executable, frozen=True)
    stick = executable.parent / "HotseatData"
    assert paths.config_dir() == stick / "config"
    assert paths.data_dir() == stick / "data"


def test_without_a_marker_or_outside_a_bundle_nothing_changes(tmp_path: Path) -> None:
    plain = _bundle(tmp_path / "a", marker=False)
    environ: dict[str, str] = {}
    assert paths.apply_portable_mode(environ, plain, frozen=True) is None
    marked = _bundle(tmp_path / "b", marker=True)
    assert paths.apply_portable_mode(environ, marked, frozen=False) is None
    assert environ == {}


def test_an_explicit_hotseat_home_wins_over_the_marker(tmp_path: Path) -> None:
    executable = _bundle(tmp_path, marker=True)
    environ = {"HOTSEAT_HOME": str(tmp_path / "mine")}
    assert paths.apply_portable_mode(environ, executable, frozen=True) is None
    assert environ["HOTSEAT_HOME"] == str(tmp_path / "mine")


def test_on_macos_the_marker_sits_beside_the_app(tmp_path: Path) -> None:
    macos = tmp_path / "stick" / "Hotseat.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    (tmp_path / "stick" / "portable").write_text("")
    assert paths.portable_root(macos / "hotseat") == tmp_path / "stick"
