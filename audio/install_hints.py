"""How to fix a missing part, worded for the way this copy of Hotseat was installed.

From a source checkout, `make run` installs system packages and Python dependencies; a frozen
bundle (packaging/build.py) carries its Python parts but still needs a few system libraries, and
its users have never heard of `make`.
"""

from __future__ import annotations

import sys


def frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def system_package(debian: str, fedora: str | None = None, *, what: str = "it") -> str:
    """'Install it (Debian/Ubuntu: `sudo apt install X` …)' for a library Hotseat needs."""
    commands = f"Debian/Ubuntu: `sudo apt install {debian}`"
    if fedora:
        commands += f"; Fedora: `sudo dnf install {fedora}`"
    if not frozen():
        commands += "; or run `make run`, which installs it"
    return f"Install {what} ({commands})"


def reinstall() -> str:
    """What to do when a part that ships with Hotseat itself is missing or damaged."""
    if frozen():
        return "This copy of Hotseat is incomplete: download and unpack it again"
    return "Reinstall Hotseat with `make run`"


def sound_library(error: str) -> str:
    """The install hint for a PortAudio that would not load: ALSA's library, or PortAudio itself.

    The bundle carries PortAudio but takes ALSA's library from the system (its plugins and
    configuration must match the system's), so there the missing piece is usually libasound2.
    """
    if "libasound" in error:
        return system_package("libasound2", fedora="alsa-lib", what="ALSA's sound library")
    return system_package("libportaudio2", fedora="portaudio", what="PortAudio")
