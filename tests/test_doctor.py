"""`hotseat doctor` on the test sound server (PortAudio -> ALSA pulse plugin -> PulseAudio) and on
a machine with no sound server at all, with the real TTS engine and the real bundled model.
"""

from __future__ import annotations

import glob
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from audio.capture import NO_MICROPHONE, rescan_devices
from audio.speech_model import ENV_VAR
from desktop.cli import main
from desktop.doctor import SILENT_DBFS, Check, Doctor, format_check
from tests.sound_server import SoundServer
from tests.virtual_trainee import RATE, play_into_mic

ROOT = Path(__file__).resolve().parents[1]
STATUSES = {"ok", "warning", "error"}
NAMES = [
    "portaudio",
    "input_devices",
    "output_devices",
    "microphone_level",
    "speaker_tone",
    "text_to_speech",
    "speech_model",
]


@pytest.fixture(autouse=True)
def bundled_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the developer's own environment says, the doctor checks the bundled model."""
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture
def sound_card(sound_server: SoundServer) -> SoundServer:
    """The test sound server, seen by PortAudio as a new `hotseat doctor` process sees it.

    PortAudio lists devices once, when it starts; in this test process it may have started
    (at import) before the server did. No stream is open between tests, so restarting it is safe.
    """
    rescan_devices()
    return sound_server


def test_on_the_test_sound_server_everything_is_ok_but_the_silent_microphone(
    sound_card: SoundServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["doctor", "--json"])
    out, err = capsys.readouterr()
    report = json.loads(out)
    checks = {c["name"]: c for c in report["checks"]}
    assert [c["name"] for c in report["checks"]] == NAMES
    assert code == 0 and report["ok"] is True, out
    for check in report["checks"]:
        assert set(check) == {"name", "status", "message", "fix", "details"}
        assert check["status"] in {"ok", "warning"}, check
        assert check["message"]
        assert (check["fix"] is None) == (check["status"] == "ok"), check

    # nothing is played into the virtual microphone: it is silent, which is a warning
    level = checks["microphone_level"]
    assert level["status"] == "warning"
    assert "silent" in level["message"] and "muted" in level["fix"]
    assert level["details"]["seconds"] == pytest.approx(1.5, abs=0.05)

    inputs = checks["input_devices"]["details"]["devices"]
    outputs = checks["output_devices"]["details"]["devices"]
    assert inputs and sum(d["is_default"] for d in inputs) == 1
    assert outputs and sum(d["is_default"] for d in outputs) == 1

    tone = checks["speaker_tone"]
    assert tone["status"] == "ok"
    assert tone["details"]["first_sample_ms"] >= 0
    assert tone["details"]["played_s"] == pytest.approx(0.5, abs=0.01)

    tts = checks["text_to_speech"]["details"]
    assert tts["driver"] == "espeak" and tts["pitch_supported"] is True
    assert all(tts["voices"][g] for g in ("female", "male", "neutral"))
    assert tts["line_s"] > 0.5 and tts["render_ms"] > 0

    model = checks["speech_model"]["details"]
    assert model["source"] == "bundled" and model["sha256_verified"] is True
    assert Path(model["path"], "model.bin").is_file()
    assert model["load_ms"] > 0 and model["first_decode_ms"] > 0
    assert "Traceback" not in err


def test_a_tone_played_into_the_microphone_is_heard(sound_card: SoundServer) -> None:
    t = np.arange(6 * RATE) / RATE
    tone = (0.1 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)  # about -23 dBFS
    player = play_into_mic(tone, wait=False)
    try:
        time.sleep(0.5)  # pacat buffers up to half a second before the mic hears it
        doctor = Doctor()
        assert doctor.check_portaudio().status == "ok"
        assert doctor.check_input_devices().status == "ok"
        level = doctor.check_microphone_level()
    finally:
        player.terminate()
        player.wait()
    assert level.status == "ok", level.message
    assert level.fix is None and "works" in level.message
    assert level.details["rms_dbfs"] > SILENT_DBFS
    assert level.details["rms_dbfs"] == pytest.approx(-23.0, abs=6.0)


@pytest.fixture
def no_sound_card() -> None:
    if glob.glob("/dev/snd/pcmC*D*c"):
        pytest.skip("this machine has a real capture device, so 'no microphone' cannot be staged")


@pytest.mark.usefixtures("no_sound_card")
def test_with_no_sound_server_the_microphone_is_an_error_with_the_fix(
    sound_server: SoundServer, tmp_path: Path
) -> None:
    """The test server's client settings (no autospawn, ALSA routed to PulseAudio) but a server
    socket that does not exist: a machine with no microphone and no speakers."""
    socket = tmp_path / "no-server"
    env = sound_server.client_env() | {"PULSE_SERVER": f"unix:{socket}", "PYTHONPATH": str(ROOT)}
    env.pop(ENV_VAR, None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "doctor"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = result.stdout.splitlines()
    mic = lines.index(f"error     Microphones: {NO_MICROPHONE}")
    assert lines[mic + 1].startswith("          fix: Plug in a microphone")
    assert "hotseat play ID --typed" in lines[mic + 1]
    assert any(line.startswith("error     Speakers: No speakers") for line in lines)
    # what does not need a sound card is still checked, and fine
    assert any(line.startswith("ok        Text-to-speech: espeak") for line in lines)
    assert any(line.startswith("ok        Speech model: tiny.en") for line in lines)
    assert lines[-1].endswith("not ready for a spoken call.")


def test_a_corrupt_model_is_an_error_with_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "corrupt-model"
    folder.mkdir()
    (folder / "model.bin").write_bytes(np.random.default_rng(3).bytes(8192))
    (folder / "config.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(folder))
    check = Doctor().check_speech_model()
    assert check.status == "error"
    assert str(folder) in check.message and "could not be loaded" in check.message
    assert check.fix is not None and ENV_VAR in check.fix and "faster-whisper" in check.fix
    assert check.details["source"] == "env" and check.details["sha256_verified"] is False


def test_an_empty_model_folder_given_with_model_is_an_error(tmp_path: Path) -> None:
    check = Doctor(model_dir=str(tmp_path)).check_speech_model()
    assert check.status == "error" and "model.bin" in check.message
    assert check.fix is not None and "--model" in check.fix


def test_a_check_that_breaks_is_reported_not_raised() -> None:
    """Whatever goes wrong inside a check becomes its error; the later checks still run."""

    class BrokenSpeakers(Doctor):
        def check_output_devices(self) -> Check:
            raise RuntimeError("the sound system\nfell over")

        def check_speaker_tone(self) -> Check:
            return Check("speaker_tone", "ok", "skipped here")

        def check_microphone_level(self) -> Check:
            return Check("microphone_level", "ok", "skipped here")

        def check_text_to_speech(self) -> Check:
            return Check("text_to_speech", "ok", "skipped here")

        def check_speech_model(self) -> Check:
            return Check("speech_model", "ok", "skipped here")

    checks = list(BrokenSpeakers().checks())
    assert [c.name for c in checks] == NAMES
    broken = checks[2]
    assert broken.status == "error" and broken.fix
    assert broken.message == (
        "The speakers check failed unexpectedly (RuntimeError: the sound system fell over)."
    )
    text = format_check(broken)
    assert text.startswith("error     Speakers: The speakers check failed unexpectedly")
    assert "\n          fix: " in text
