"""A private PulseAudio server with two virtual devices, shared by the whole test session.

Why: the voice tests must run real PortAudio streams on machines with no sound card (CI), as root,
with no D-Bus session, and without touching a developer's own sound server. So the fixture starts
``pulseaudio`` in user mode inside a private temporary runtime directory, with only the modules it
needs (``-n`` skips the system's default script):

- ``hotseat_speaker``: a null sink, the default output. Whatever the app plays can be heard on
  its monitor source ``hotseat_speaker.monitor``.
- ``hotseat_mic``: a null sink whose monitor ``hotseat_mic.monitor`` is the default input: whatever
  a test plays into ``hotseat_mic`` is what the app's microphone hears.

PortAudio reaches PulseAudio through ALSA's ``pulse`` plugin (libasound2-plugins). Debian's
``99-pulse.conf`` already routes ALSA's ``default`` to PulseAudio when a server answers, but not
every distribution does, so the fixture also writes an ``asoundrc`` into the private config folder
(``$XDG_CONFIG_HOME/alsa/asoundrc``, which alsa-lib reads last) to make that routing certain.

Use it by requesting the ``sound_server`` fixture (enable the plugin in ``tests/conftest.py`` with
``pytest_plugins = ["tests.sound_server"]``). While the session lasts, ``os.environ`` carries the
variables below, so every subprocess the tests start (``hotseat play --voice``, ``parec``…) talks
to this server.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SPEAKER = "hotseat_speaker"
MIC = "hotseat_mic"
SPEAKER_MONITOR = f"{SPEAKER}.monitor"
MIC_MONITOR = f"{MIC}.monitor"

# Real sound cards mostly run at 48 kHz; the app's 16 kHz streams are resampled by the server, as
# they would be on a laptop.
_SERVER_SCRIPT = f"""\
load-module module-native-protocol-unix auth-anonymous=1 socket={{socket}}
load-module module-null-sink sink_name={SPEAKER} rate=48000 channels=2 \
sink_properties=device.description=Hotseat-virtual-speaker
load-module module-null-sink sink_name={MIC} rate=48000 channels=1 \
sink_properties=device.description=Hotseat-virtual-microphone
set-default-sink {SPEAKER}
set-default-source {MIC_MONITOR}
"""

_ASOUNDRC = """\
# Written by tests/sound_server.py: ALSA's default device is the private PulseAudio server.
pcm.!default {
    type pulse
    hint { show on description "Hotseat test sound server" }
}
ctl.!default {
    type pulse
}
"""

# Clients must never start a server of their own (autospawn) if ours is gone: that would hide
# the failure and could reach the user's real devices.
_CLIENT_CONF = "autospawn = no\n"

_MISSING_TOOLS_HINT = (
    "Run the tests with `make test`, which installs the sound packages (pulseaudio, "
    "pulseaudio-utils, libasound2-plugins) through scripts/setup.sh."
)


class SoundServerError(RuntimeError):
    """The test sound server could not be started or used; the message says why and the fix."""


@dataclass
class SoundServer:
    """A running private PulseAudio server (see the module docstring for its devices)."""

    base_dir: Path
    process: subprocess.Popen[bytes]
    env: dict[str, str]  # the variables a client needs to reach this server
    log_path: Path
    startup_s: float  # from launch until the server answered with both sinks in place
    speaker: str = SPEAKER
    mic: str = MIC
    speaker_monitor: str = SPEAKER_MONITOR
    mic_monitor: str = MIC_MONITOR
    _saved_env: dict[str, str | None] = field(default_factory=dict, repr=False)
    _clock_keepers: list[subprocess.Popen[bytes]] = field(default_factory=list, repr=False)

    def client_env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """An environment for a subprocess: ``base`` (default os.environ) plus this server's."""
        merged = dict(os.environ if base is None else base)
        merged.update(self.env)
        return merged

    def pactl(self, *args: str) -> str:
        """Run ``pactl`` against this server and return its output (raises on failure)."""
        result = subprocess.run(
            ["pactl", *args],
            env=self.client_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise SoundServerError(
                f"pactl {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}"
            )
        return result.stdout

    def is_running(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    def apply_env(self) -> None:
        """Put this server's variables into os.environ (remembering what they were)."""
        for name, value in self.env.items():
            self._saved_env.setdefault(name, os.environ.get(name))
            os.environ[name] = value

    def restore_env(self) -> None:
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._saved_env.clear()

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL if it lingers) and delete its folder."""
        self.restore_env()
        for keeper in self._clock_keepers:
            if keeper.poll() is None:
                keeper.terminate()
                keeper.wait()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.base_dir, ignore_errors=True)


def missing_tools() -> list[str]:
    """The command-line tools the sound server and its helpers need that are not installed."""
    return [tool for tool in ("pulseaudio", "pactl", "parec", "pacat") if not shutil.which(tool)]


def _die_with_parent() -> None:
    # Linux: if pytest is killed, the server gets SIGTERM instead of lingering as an orphan.
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGTERM)


def start_sound_server(ready_timeout_s: float = 30.0) -> SoundServer:
    """Start a private PulseAudio server and wait until both virtual devices exist.

    ``ready_timeout_s`` only bounds how long a broken server is waited for before its log is
    reported; a healthy one answers in well under a second.
    """
    missing = missing_tools()
    if missing:
        raise SoundServerError(
            f"The test sound server needs {', '.join(missing)}, which "
            f"{'is' if len(missing) == 1 else 'are'} not installed. {_MISSING_TOOLS_HINT}"
        )

    base = Path(tempfile.mkdtemp(prefix="hotseat-sound-"))
    base.chmod(0o700)  # XDG_RUNTIME_DIR must be private to its owner
    runtime = base / "pulse"
    config = base / "config"
    for folder in (runtime, config / "alsa", config / "pulse", base / "state"):
        folder.mkdir(parents=True)
        folder.chmod(0o700)
    socket = runtime / "native"
    script = base / "server.pa"
    script.write_text(_SERVER_SCRIPT.format(socket=socket))
    (config / "alsa" / "asoundrc").write_text(_ASOUNDRC)
    client_conf = config / "pulse" / "client.conf"
    client_conf.write_text(_CLIENT_CONF)

    env = {
        "XDG_RUNTIME_DIR": str(base),
        "XDG_CONFIG_HOME": str(config),
        "PULSE_RUNTIME_PATH": str(runtime),
        "PULSE_STATE_PATH": str(base / "state"),
        "PULSE_SERVER": f"unix:{socket}",
        "PULSE_CLIENTCONFIG": str(client_conf),
        "PULSE_COOKIE": str(base / "cookie"),
    }
    log_path = base / "pulseaudio.log"
    command = [
        "pulseaudio",
        "--daemonize=no",
        "--system=no",  # root is allowed a per-user server; it only warns
        "--use-pid-file=no",
        "--exit-idle-time=-1",
        "--disallow-exit",
        "--disallow-module-loading=no",
        "--realtime=yes",  # as root: SCHED_RR directly (rtkit/D-Bus are absent; it falls back)
        "--high-priority=yes",
        "--log-target=stderr",
        "--log-level=notice",
        "-n",  # not the system's default.pa: no hardware detection, no D-Bus modules
        "-F",
        str(script),
    ]
    started = time.monotonic()
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            env={**os.environ, **env},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,  # only prctl: safe between fork and exec
        )
    server = SoundServer(base_dir=base, process=process, env=env, log_path=log_path, startup_s=0.0)
    deadline = started + ready_timeout_s
    while True:
        if process.poll() is not None:
            log_text = server.log_tail()
            shutil.rmtree(base, ignore_errors=True)
            raise SoundServerError(
                f"The test sound server (pulseaudio) exited at start-up with code "
                f"{process.returncode}. Its log ends with:\n{log_text}"
            )
        if socket.exists() and _has_devices(server):
            break
        if time.monotonic() > deadline:
            log_text = server.log_tail()
            server.stop()
            raise SoundServerError(
                f"The test sound server did not answer within {ready_timeout_s:.0f} s. "
                f"Its log ends with:\n{log_text}"
            )
        time.sleep(0.02)
    server._clock_keepers = [
        _keep_clock(server, monitor) for monitor in (SPEAKER_MONITOR, MIC_MONITOR)
    ]
    while len(server.pactl("list", "short", "source-outputs").splitlines()) < 2:
        if time.monotonic() > deadline or any(k.poll() is not None for k in server._clock_keepers):
            server.stop()
            raise SoundServerError(
                "The test sound server's monitor readers (parec) did not connect."
            )
        time.sleep(0.01)
    # A fresh null sink starts with a 2 s buffer that the first stream waits out; a suspend and
    # resume restarts its clock at the low latency the readers now ask for.
    for sink in (SPEAKER, MIC):
        server.pactl("suspend-sink", sink, "1")
        server.pactl("suspend-sink", sink, "0")
    server.startup_s = time.monotonic() - started
    return server


def _keep_clock(server: SoundServer, monitor: str) -> subprocess.Popen[bytes]:
    """Read a monitor at low latency for the whole session, discarding the audio.

    Why: while nobody records a null sink's monitor, the sink lets its latency grow towards 2 s;
    then 2 s of PortAudio writes through the ALSA plugin took 3.7-6 s here and ``pacat`` took ~1 s
    extra to drain. With a 20 ms reader attached both run in real time, as on a sound card. Costs
    two idle processes waking 50 times a second.
    """
    return subprocess.Popen(
        [
            "parec",
            f"--device={monitor}",
            "--raw",
            "--latency-msec=20",
            "--client-name=hotseat-test-clock",
        ],
        env=server.client_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent,  # only prctl: safe between fork and exec
    )


def _has_devices(server: SoundServer) -> bool:
    try:
        sinks = server.pactl("list", "short", "sinks")
    except SoundServerError:
        return False
    return SPEAKER in sinks and MIC in sinks


@pytest.fixture(scope="session")
def sound_server() -> Iterator[SoundServer]:
    """The session's private PulseAudio server; os.environ points clients at it meanwhile."""
    try:
        server = start_sound_server()
    except SoundServerError as exc:
        pytest.fail(str(exc), pytrace=False)
    server.apply_env()
    try:
        yield server
    finally:
        server.stop()
