"""The espeak-ng voices a trainee can give every persona instead of its own (settings ``voice``).

A choice is an espeak voice id as the persona voice engine uses them: an English language voice
plus a variant (``en-gb+f3``: British English, female). MBROLA voices are left out: they need
extra packages that are rarely installed and fail silently without them. No Qt here; the
settings window calls :func:`espeak_voices` in the background (it runs ``espeak-ng --voices``).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

VARIANTS = (("f3", "female"), ("m2", "male"))
_FIRST = ("en-us", "en-gb")


@dataclass(frozen=True)
class VoiceChoice:
    id: str
    label: str


def parse_voices(listing: str) -> list[VoiceChoice]:
    """Choices from the output of ``espeak-ng --voices=en`` (English, non-MBROLA voices)."""
    languages: dict[str, str] = {}
    for line in listing.splitlines()[1:]:
        parts = line.split()
        if len(parts) < 5:
            continue
        language, name, file = parts[1], parts[3], parts[4]
        if not language.startswith("en") or file.startswith("mb/") or "variant" in language:
            continue
        languages.setdefault(language, name.replace("_", " "))
    order = sorted(languages, key=lambda lang: (lang not in _FIRST, _rank(lang), languages[lang]))
    return [
        VoiceChoice(f"{lang}+{variant}", f"{languages[lang]}, {gender}")
        for lang in order
        for variant, gender in VARIANTS
    ]


def _rank(language: str) -> int:
    return _FIRST.index(language) if language in _FIRST else len(_FIRST)


def espeak_voices(timeout_s: float = 10.0) -> list[VoiceChoice]:
    """The English espeak voices installed here; empty when espeak-ng is not installed."""
    program = shutil.which("espeak-ng") or shutil.which("espeak")
    if program is None:
        return []
    try:
        result = subprocess.run(
            [program, "--voices=en"],
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    if result.returncode != 0:
        return []
    return parse_voices(result.stdout)
