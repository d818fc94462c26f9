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


def system_package(debian: str, fedora: str | None = None) -> str:
    """'Install it (Debian/Ubuntu: `sudo apt install X` …)' for a library Hotseat needs."""
    commands = f"Debian/Ubuntu: `sudo apt install {debian}`"
    if fedora:
        commands += f"; Fedora: `sudo dnf install {fedora}`"
    if not frozen():
        commands += "; or run `make run`, which installs it"
    return f"Install it ({commands})"


def reinstall() -> str:
    """What to do when a part that ships with Hotseat itself is missing or damaged."""
    if frozen():
        return "This copy of Hotseat is incomplete: download and unpack it again"
    return "Reinstall Hotseat with `make run`"
