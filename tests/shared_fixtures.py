"""Where the team's shared recordings are: ``shared/`` beside the repository, else /work/shared.

CI clones main next to ``shared/``; a developer's checkout usually lives at /work/main.
"""

from __future__ import annotations

from pathlib import Path

_JFK_CANDIDATES = [
    Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "jfk.flac",
    Path("/work/shared/fixtures/jfk.flac"),
]
JFK = next((p for p in _JFK_CANDIDATES if p.exists()), _JFK_CANDIDATES[-1])
