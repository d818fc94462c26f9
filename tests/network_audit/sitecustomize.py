"""Loaded by every Python process of a test run that puts this folder first on PYTHONPATH.

An audit hook notes (in $HOTSEAT_NETWORK_AUDIT) and refuses any attempt to reach the network:
connecting, sending to or looking up a non-local-socket address. Local (AF_UNIX) sockets are
how the app talks to the sound server and are allowed.
"""

from __future__ import annotations

import os
import socket
import sys

_LOG = os.environ.get("HOTSEAT_NETWORK_AUDIT")
_WATCHED = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo"}


def _hook(event: str, args: tuple) -> None:
    if event not in _WATCHED or not _LOG:
        return
    if event != "socket.getaddrinfo":
        sock = args[0]
        if getattr(sock, "family", None) == socket.AF_UNIX:
            return
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{os.getpid()} {event} {args[1:] if event != 'socket.getaddrinfo' else args}\n")
    raise ConnectionRefusedError(f"Hotseat must not use the network ({event})")


if _LOG:
    sys.addaudithook(_hook)
