"""The user's settings: one small JSON file in the config folder, read and written here only.

``HOTSEAT_SETTINGS`` points at another file (a workshop laptop's shared profile, a test);
``HOTSEAT_HOME`` moves the whole config folder. Unknown or malformed values fall back to the
defaults with a warning instead of stopping the app: a hand-edited file must never lock a
trainee out.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from audio.tts import PACE_RANGE
from desktop.paths import config_dir

ENV_VAR = "HOTSEAT_SETTINGS"
MODES = ("hands_free", "push_to_talk", "typed")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    input_device: str | None = None
    """PortAudio device name (or index as text); None is the system default."""
    output_device: str | None = None
    model_dir: str | None = None
    """A faster-whisper model folder; None is the bundled, checksum-verified tiny.en."""
    voice: str | None = None
    """An espeak voice id that overrides the persona's own voice hints; None follows the persona."""
    customer_pace: float = 1.0
    """How fast customers speak, times their scripted rate (within audio.tts.PACE_RANGE)."""
    end_silence_ms: int = 600
    silence_timeout_s: float = 10.0
    mode: str = "hands_free"
    vad_threshold: float = 0.5
    """Voice-detection threshold; calibration raises it in a noisy room."""
    mic_gain_db: float = 0.0
    """Set by calibration: how much to lift a quiet microphone before voice detection."""
    noise_floor_dbfs: float | None = None
    trainee: str = ""
    record: bool = True
    """Record calls as sessions (both voices and the turn log) to replay later."""
    retention_days: int = 0
    """Delete recordings older than this many days at start-up; 0 keeps them."""
    welcomed: bool = False
    """The first-launch welcome has been seen (it can be opened again from the menu)."""

    def with_changes(self, **changes: Any) -> Settings:
        return _validated(replace(self, **changes))


def settings_path() -> Path:
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser().absolute()
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        log.warning("ignoring unreadable settings %s: %s", path, error)
        return Settings()
    if not isinstance(raw, dict):
        log.warning("ignoring settings %s: not a JSON object", path)
        return Settings()
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in known:
            values[key] = value
        elif key != "schema_version":
            log.warning("ignoring unknown setting %r in %s", key, path)
    try:
        return _validated(Settings(**values))
    except (TypeError, ValueError) as error:
        log.warning("ignoring settings %s: %s", path, error)
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write atomically (a crash mid-write keeps the old file)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    data = {"schema_version": 1, **asdict(settings)}
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def _validated(settings: Settings) -> Settings:
    if settings.mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {settings.mode!r}")
    if not 200 <= int(settings.end_silence_ms) <= 3000:
        raise ValueError("end_silence_ms must be between 200 and 3000")
    if not 3 <= float(settings.silence_timeout_s) <= 120:
        raise ValueError("silence_timeout_s must be between 3 and 120")
    if not 0.05 <= float(settings.vad_threshold) <= 0.95:
        raise ValueError("vad_threshold must be between 0.05 and 0.95")
    if not -20 <= float(settings.mic_gain_db) <= 30:
        raise ValueError("mic_gain_db must be between -20 and 30")
    low, high = PACE_RANGE
    if not low <= float(settings.customer_pace) <= high:
        raise ValueError(f"customer_pace must be between {low} and {high}")
    if not 0 <= int(settings.retention_days) <= 3650:
        raise ValueError("retention_days must be between 0 (keep) and 3650")
    for name in ("input_device", "output_device", "model_dir", "voice"):
        value = getattr(settings, name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name} must be text")
    return settings
