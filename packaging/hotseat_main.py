"""The bundle's entry point: the `hotseat` command, or the speech engine's own process.

A frozen executable cannot run `python -c`, so the text-to-speech engine's child process is this
same executable started with ``audio.tts.FROZEN_CHILD_ARG``; everything else is the normal CLI.
"""

from __future__ import annotations

import sys


def run() -> int:
    from audio.tts import FROZEN_CHILD_ARG

    if sys.argv[1:2] == [FROZEN_CHILD_ARG]:
        from audio.tts import _child_main

        _child_main()
        return 0
    from desktop.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
