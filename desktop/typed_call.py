"""A call played by typing, in the terminal: the first way to practise, and the scriptable one.

Replies are read line by line from stdin, so a call can be scripted; with `--json` the conversation
goes to stderr and stdout carries only the final call record.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from desktop.recording import start_recording
from desktop.session_recorder import NullWriter
from personas.call import Call
from personas.model import Persona, band_of

_LABELS = {
    "acknowledge": "acknowledged",
    "empathise": "empathised",
    "options": "offered options",
    "commitment": "committed with a time",
    "gratitude": "thanked them",
    "asks_input": "asked for their input",
}
_QUIT = {"/quit", "/q", "/hangup", "/end"}


class Style:
    def __init__(self, stream: TextIO):
        self.on = stream.isatty()

    def __call__(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.on else text


def _meter(heat: float) -> str:
    filled = round(heat)
    return f"[{'#' * filled}{'.' * (10 - filled)}] {heat:4.1f} {band_of(heat)}"


def say_persona(out: TextIO, style: Style, persona: Persona, turn: dict[str, Any]) -> None:
    tone = f" ({turn['tone']})" if turn.get("tone") else ""
    print(style("1;31", f"{persona.name}{tone}:") + f" {turn['text']}", file=out)


def feedback(out: TextIO, style: Style, turn: dict[str, Any]) -> None:
    for name, label in _LABELS.items():
        mark = turn["marks"][name]
        if mark["hit"]:
            print(style("32", f"  + {label}") + f': "{mark["evidence"]}"', file=out)
    if turn["question"]["hit"]:
        print(style("36", "  ? asked a real question"), file=out)
    for violation in turn["violations"]:
        print(
            style("31", f"  - {violation['kind'].replace('_', ' ')}")
            + f': "{violation["evidence"]}"',
            file=out,
        )
    for tip in turn["tips"][:2]:
        print(style("2", f"    tip: {tip}"), file=out)
    print(style("2", f"  mood {_meter(turn['mood_after'])}"), file=out)


def print_outcome(out: TextIO, style: Style, record: dict[str, Any]) -> None:
    score = record["score"]
    print(style("1", f"== {record['outcome']} · score {score['total']}/100 =="), file=out)
    for item in score["breakdown"]:
        if item["points"]:
            where = f' ("{item["evidence"]}")' if item.get("evidence") else ""
            print(f"  {item['points']:+4d}  {item['label']}{where}", file=out)


def play_typed(
    persona: Persona,
    *,
    seed: int | None = None,
    trainee: str | None = None,
    as_json: bool = False,
    max_turns: int | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    app_version: str | None = None,
    record: bool = True,
) -> int:
    """Play one typed call; returns the exit code (0 whatever the outcome)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    out = sys.stderr if as_json else stdout
    style = Style(out)
    call = Call(
        persona,
        seed=seed,
        trainee=trainee,
        max_turns=max_turns,
        mode="typed",
        app_version=app_version,
    )
    interactive = stdin.isatty()
    print(style("1", f"== {persona.name} · {persona.difficulty} =="), file=out)
    print(persona.brief.strip(), file=out)
    if interactive:
        print(
            style(
                "2",
                "Type your reply and press Enter. An empty line is saying nothing; /quit hangs up.",
            ),
            file=out,
        )
    print(file=out)
    writer, problem = start_recording(call) if record else (NullWriter(), None)
    if problem:
        print(style("33", problem), file=out)
    opening = call.start()
    writer.turn(opening)
    say_persona(out, style, persona, opening)
    while not call.finished:
        if interactive:
            print(style("1;34", "you> "), end="", file=out, flush=True)
        raw = stdin.readline()
        if not raw:
            call.hang_up()
            break
        text = raw.rstrip("\r\n")
        if text.strip().lower() in _QUIT:
            call.hang_up()
            break
        result = call.reply(text)
        writer.turn(result.trainee_turn)
        for turn in result.persona_turns:
            writer.turn(turn)
        if not interactive:
            print(style("1;34", "you: ") + text, file=out)
        feedback(out, style, result.trainee_turn)
        for turn in result.persona_turns:
            say_persona(out, style, persona, turn)
        print(file=out)
    record = call.record()
    writer.finish(record)
    print_outcome(out, style, record)
    if writer.id:
        record["session_id"] = writer.id
        print(style("2", f"Recorded: hotseat sessions show {writer.id}"), file=out)
    if as_json:
        stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def interactive_start() -> int:
    """`hotseat` with no command: pick a persona in the terminal and play it typed."""
    from desktop.cli import app_version
    from personas.library import bundled_personas

    personas = bundled_personas()
    print("Hotseat: practise the hardest call. Who is on the line?\n")
    for i, p in enumerate(personas, 1):
        print(f"  {i}. {p.name:<22} {p.difficulty:<7} {p.brief.strip().splitlines()[0][:60]}…")
    print()
    try:
        choice = input(f"Pick 1-{len(personas)} (Enter for 1): ").strip() or "1"
    except (EOFError, KeyboardInterrupt):
        return 0
    if not choice.isdigit() or not 1 <= int(choice) <= len(personas):
        print(f"hotseat: {choice!r} is not one of 1-{len(personas)}", file=sys.stderr)
        return 2
    return play_typed(personas[int(choice) - 1], app_version=app_version())
