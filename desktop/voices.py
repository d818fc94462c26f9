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


PREVIEW_LINE = "I have been waiting for three weeks, and nobody has called me back."


def preview_voice(voice_id: str, output_device: str | None, text: str = PREVIEW_LINE) -> str:
    """Say ``text`` in an espeak voice on ``output_device``; returns a sentence of what happened.

    Raises :class:`VoicePreviewError` (a plain sentence with the fix) when it cannot.
    """
    import io

    import soundfile as sf

    from audio.playback import PlaybackError, Player
    from audio.tts import Speech, VoiceSettings

    program = shutil.which("espeak-ng") or shutil.which("espeak")
    if program is None:
        from audio.install_hints import system_package

        raise VoicePreviewError(
            "espeak-ng is not installed, so this voice cannot be heard. "
            f"{system_package('espeak-ng', fedora='espeak-ng')}."
        )
    try:
        result = subprocess.run(
            [program, "-v", voice_id, "--stdout", text], capture_output=True, timeout=30
        )
        samples, rate = sf.read(io.BytesIO(result.stdout), dtype="float32")
    except (OSError, subprocess.TimeoutExpired, RuntimeError, sf.LibsndfileError) as exc:
        raise VoicePreviewError(
            f"espeak-ng could not say a line in the voice “{voice_id}” ({exc}). Choose another "
            "voice, or follow the persona."
        ) from None
    if samples.ndim > 1:
        samples = samples.mean(axis=1)
    speech = Speech(
        samples.astype("float32"), int(rate), text, VoiceSettings("neutral", 175, 50, 0.8)
    )
    try:
        player = Player(output_device)
    except PlaybackError as exc:
        raise VoicePreviewError(exc.message) from None
    try:
        report = player.play(speech).result(timeout=speech.duration_s + 10)
        name = player.device_name
    except Exception:
        raise VoicePreviewError(
            "The voice did not finish playing: the output seems stuck. Check it is not in use "
            "by another program."
        ) from None
    finally:
        player.close()
    if not report.completed:
        raise VoicePreviewError(f"The line was cut off on “{name}”; check the output is connected.")
    return f"Played a line in this voice on “{name}”."


class VoicePreviewError(Exception):
    """A voice could not be previewed; ``str(error)`` is a plain sentence with the fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
