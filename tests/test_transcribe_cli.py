"""`hotseat transcribe`: the real bundled tiny.en on real recordings, bad files and bad models.

Output shapes and exit codes are what tools script against; every failure must be one plain line
naming the file (or one paragraph with the model fix), never a traceback.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from audio.speech_model import ENV_VAR, bundled_model_dir
from audio.transcribe import Transcriber
from desktop.cli import main
from desktop.transcribe_files import run_transcribe

ROOT = Path(__file__).resolve().parents[1]
# shared/ sits beside the repository (CI clones main next to it); /work/shared is the usual place.
_JFK_CANDIDATES = [
    Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "jfk.flac",
    Path("/work/shared/fixtures/jfk.flac"),
]
JFK = next((p for p in _JFK_CANDIDATES if p.exists()), _JFK_CANDIDATES[-1])
needs_jfk = pytest.mark.skipif(not JFK.exists(), reason=f"shared fixture {JFK} not present")
VOICE_DIR = Path(__file__).parent / "data" / "voice"
GOOD_01 = VOICE_DIR / "good_01.flac"
SILENCE = VOICE_DIR / "silence_5s.flac"
ASK_NOT = "ask not what your country can do for you"
FIELDS = {"file", "text", "ms", "audio_s", "speech_s", "rejected", "error"}


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z' ]+", " ", text.lower()).split()


def reference(name: str) -> str:
    """The reference text of a recorded reply, from the table in tests/data/voice/README.md."""
    for line in (VOICE_DIR / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0] == f"`{name}`":
            return cells[2]
    raise AssertionError(f"{name} is not in tests/data/voice/README.md")


def sounds_like_good_01(text: str) -> bool:
    """Most of the reference's words were heard (tiny.en spells "canceled", drops "Um")."""
    expected = [w for w in words(reference("good_01.flac")) if w not in {"um", "uh"}]
    heard = set(words(text))
    return "subscription" in heard and sum(w in heard for w in expected) >= 0.75 * len(expected)


@pytest.fixture(autouse=True)
def bundled_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the developer's own environment says, these tests use the bundled model."""
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture(scope="module")
def transcriber() -> Iterator[Transcriber]:
    """One loaded tiny.en for the tests that do not go through the whole command."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(ENV_VAR, raising=False)
        model = Transcriber()
    model.warm_up()
    yield model


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Random bytes named .wav, an empty .flac, a text file named .mp3."""
    folder = tmp_path_factory.mktemp("bad-audio")
    noise = folder / "random.wav"
    noise.write_bytes(np.random.default_rng(1).integers(0, 256, 4000, dtype=np.uint8).tobytes())
    empty = folder / "empty.flac"
    empty.write_bytes(b"")
    text = folder / "notes.mp3"
    text.write_text("This is a shopping list, not a recording.\nmilk\neggs\n", encoding="utf-8")
    return [noise, empty, text]


@needs_jfk
def test_the_command_prints_the_text_of_each_file(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["transcribe", str(JFK), str(GOOD_01)])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{JFK}: ") and ASK_NOT in " ".join(words(lines[0]))
    assert lines[1].startswith(f"{GOOD_01}: ") and sounds_like_good_01(lines[1])
    assert err == ""


def test_one_file_prints_the_text_alone(
    transcriber: Transcriber, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_transcribe([str(GOOD_01)], transcriber=transcriber) == 0
    out, _ = capsys.readouterr()
    assert out.count("\n") == 1 and not out.startswith(str(GOOD_01))
    assert sounds_like_good_01(out)


@needs_jfk
def test_json_lines_have_the_promised_shape(transcriber: Transcriber) -> None:
    out, err = io.StringIO(), io.StringIO()
    files = [str(JFK), str(GOOD_01), str(SILENCE)]
    code = run_transcribe(files, as_json=True, out=out, err=err, transcriber=transcriber)
    assert code == 0, err.getvalue()
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["file"] for r in records] == files  # one line per file, in order
    for record in records:
        assert set(record) == FIELDS
        assert isinstance(record["text"], str) and record["error"] is None
        assert record["ms"] > 0 and record["audio_s"] > 0
    jfk, good, silence = records
    assert ASK_NOT in " ".join(words(jfk["text"])) and jfk["rejected"] is None
    assert jfk["audio_s"] == pytest.approx(11.0, abs=0.1)
    assert sounds_like_good_01(good["text"]) and good["rejected"] is None
    assert good["audio_s"] == pytest.approx(5.96, abs=0.02)
    # silence is a fair input, not an error: no text, and the reason it was dropped
    assert silence["text"] == "" and silence["rejected"] and "no speech" in silence["rejected"]


def test_bad_files_are_named_and_the_others_still_transcribed(
    transcriber: Transcriber, bad_files: list[Path], capfd: pytest.CaptureFixture[str]
) -> None:
    noise, empty, text = (str(p) for p in bad_files)
    files = [noise, str(GOOD_01), empty, text]
    code = run_transcribe(files, as_json=True, transcriber=transcriber)
    out, err = capfd.readouterr()  # file-descriptor level: decoders' own chatter shows up too
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in records] == files
    assert sounds_like_good_01(records[1]["text"]) and records[1]["error"] is None
    for record in (records[0], records[2], records[3]):
        assert set(record) == FIELDS
        assert record["text"] is None and record["file"] in record["error"]
    lines = err.splitlines()
    assert "Traceback" not in err
    # exactly one line per bad file, naming it, then the summary; nothing else
    assert len(lines) == 4, err
    for line, name in zip(lines, (noise, empty, text), strict=False):
        assert line.startswith("hotseat transcribe: ") and name in line
    assert "damaged or not in a supported format" in lines[0]
    assert "contains no audio" in lines[1]
    assert "damaged or not in a supported format" in lines[2]
    assert lines[3] == "hotseat transcribe: 3 of 4 file(s) could not be transcribed."


def test_a_missing_file_is_a_plain_error(
    transcriber: Transcriber, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "never-recorded.wav"
    assert run_transcribe([str(missing)], transcriber=transcriber) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[0] == f"hotseat transcribe: The audio file {missing} does not exist."


def test_an_empty_model_folder_says_how_to_point_hotseat_at_a_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "empty-model"
    folder.mkdir()
    monkeypatch.setenv(ENV_VAR, str(folder))
    assert main(["transcribe", str(GOOD_01)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("hotseat transcribe: ") and err.count("\n") == 1
    assert str(folder) in err and ENV_VAR in err
    assert "faster-whisper" in err and "model.bin" in err
    assert "Traceback" not in err


def test_a_corrupt_model_is_a_clear_message_not_a_traceback(tmp_path: Path) -> None:
    """In a subprocess: the whole command, as a user runs it."""
    folder = tmp_path / "corrupt-model"
    folder.mkdir()
    (folder / "model.bin").write_bytes(np.random.default_rng(2).bytes(8192))
    (folder / "config.json").write_text("{}", encoding="utf-8")
    env = {**os.environ, ENV_VAR: str(folder), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "transcribe", str(GOOD_01)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("hotseat transcribe: The speech model in ")
    assert str(folder) in message and "could not be loaded" in message
    assert "faster-whisper" in message and ENV_VAR in message


def test_the_model_option_overrides_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    monkeypatch.setenv(ENV_VAR, str(broken))
    code = main(["transcribe", "--json", "--model", str(bundled_model_dir()), str(GOOD_01)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert sounds_like_good_01(json.loads(out)["text"])


def test_a_wrong_model_option_is_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["transcribe", "--model", str(tmp_path / "nowhere"), str(GOOD_01)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "does not exist" in err and "faster-whisper" in err
