"""What a persona is once its script has been read and checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from personas.patterns import Pattern

SCHEMA_VERSION = 1

STAGES = ("vent", "heard", "options", "commitment", "close")
BANDS = ("hot", "warm", "cool")
DIFFICULTIES = ("easy", "medium", "hard", "brutal")
TONES = ("shouting", "angry", "sarcastic", "cold", "weary", "tearful", "calm", "relieved", "warm")

VIOLATION_KINDS = (
    "blame",
    "policy",
    "doubt",
    "correcting",
    "accusation",
    "calm_down",
    "insult",
    "threat_back",
    "non_apology",
    "dismissal",
    "over_promise",
    "premature_details",
)
EVENT_REACTIONS = ("interruption", "silence", "premature_options")
REACTION_KINDS = VIOLATION_KINDS + EVENT_REACTIONS
REVEAL_TRIGGERS = ("acknowledge", "empathise", "question", "asks_input")

HOT_FROM = 7.0
WARM_FROM = 4.0
THREAT_FROM = 9.0


def band_of(heat: float) -> str:
    """The mood band a heat falls in: hot from 7, warm from 4, cool below."""
    if heat >= HOT_FROM:
        return "hot"
    if heat >= WARM_FROM:
        return "warm"
    return "cool"


@dataclass(frozen=True)
class Line:
    id: str
    text: str
    tone: str | None = None


@dataclass(frozen=True)
class Voice:
    gender: str = "neutral"
    rate: int = 175
    pitch: int = 50


@dataclass(frozen=True)
class Temperament:
    volatility: float = 1.0
    patience: float = 1.0
    resolve_below: float = 4.0
    max_turns: int = 16


@dataclass(frozen=True)
class KeyFact:
    id: str
    says: str
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True)
class HiddenFact:
    id: str
    reveal_on: tuple[str, ...]
    line: Line


@dataclass(frozen=True)
class Demand:
    says: str
    line: Line | None


@dataclass(frozen=True)
class Bargain:
    id: str
    says: str
    patterns: tuple[Pattern, ...]
    accept_line: Line | None


@dataclass(frozen=True)
class OverPromise:
    says: str
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True)
class Persona:
    id: str
    version: int
    name: str
    difficulty: str
    voice: Voice
    mood_start: float
    temperament: Temperament
    brief: str
    vocabulary: tuple[str, ...]
    key_facts: tuple[KeyFact, ...]
    opening: tuple[Line, ...]
    lines: dict[str, dict[str, tuple[Line, ...]]]
    reactions: dict[str, tuple[Line, ...]]
    threats: tuple[Line, ...]
    hidden_facts: tuple[HiddenFact, ...]
    demand: Demand | None
    bargains: tuple[Bargain, ...]
    allowed: tuple[str, ...]
    over_promises: tuple[OverPromise, ...]
    model_replies: dict[str, str]
    resolution: tuple[Line, ...]
    walk_out: tuple[Line, ...]
    source: Path | None = field(default=None, compare=False)
    schema_version: int = SCHEMA_VERSION

    def all_lines(self) -> list[Line]:
        """Every line the persona can speak, once each (for counting, caching and checks)."""
        found: list[Line] = [*self.opening]
        for bands in self.lines.values():
            for lines in bands.values():
                found.extend(lines)
        for lines in self.reactions.values():
            found.extend(lines)
        found.extend(self.threats)
        found.extend(h.line for h in self.hidden_facts)
        if self.demand and self.demand.line:
            found.append(self.demand.line)
        found.extend(b.accept_line for b in self.bargains if b.accept_line)
        found.extend(self.resolution)
        found.extend(self.walk_out)
        return found
