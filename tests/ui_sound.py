"""Sound-device states for the window's tests: the virtual sound card, or no sound at all."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from audio.capture import rescan_devices


@contextmanager
def no_sound_devices(tmp_path: Path) -> Iterator[None]:
    """No microphone and no speakers, in this process: the test server's client settings (no
    autospawn, ALSA routed to PulseAudio) but a server socket that does not exist.

    PortAudio lists devices when it starts, so it is restarted on the way in and out; call it
    only while no stream is open.
    """
    if glob.glob("/dev/snd/pcmC*D*c"):
        pytest.skip("this machine has a real capture device, so 'no microphone' cannot be staged")
    saved = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = f"unix:{tmp_path / 'no-server'}"
    rescan_devices()
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("PULSE_SERVER", None)
        else:
            os.environ["PULSE_SERVER"] = saved
        rescan_devices()
