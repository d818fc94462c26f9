"""The personas bundled with Hotseat, found by id."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from personas.loader import load_persona
from personas.model import Persona

LIBRARY_DIR = Path(__file__).with_name("library")


class UnknownPersona(LookupError):
    """No persona with that id; the message lists the ones there are."""

    def __init__(self, persona_id: str, available: list[str]):
        self.persona_id = persona_id
        self.available = available
        super().__init__(f"no persona called {persona_id!r}; available: {', '.join(available)}")


def bundled_files() -> list[Path]:
    return sorted(LIBRARY_DIR.glob("*.yaml"))


@cache
def bundled_personas() -> tuple[Persona, ...]:
    """Every bundled persona, loaded and checked once per process."""
    return tuple(load_persona(path) for path in bundled_files())


def find_persona(persona_id: str) -> Persona:
    personas = {p.id: p for p in bundled_personas()}
    if persona_id not in personas:
        raise UnknownPersona(persona_id, sorted(personas))
    return personas[persona_id]
