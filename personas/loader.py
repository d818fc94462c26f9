"""Read a persona script, check every part of it, and say plainly where anything is wrong.

Persona files are written by hand and shared, so they are untrusted: size, encoding, YAML anchors
(alias bombs), nesting depth and document shape are checked before anything is built, and every
problem found is reported with its file, line and column, all of them at once.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from personas.model import (
    BANDS,
    DIFFICULTIES,
    REACTION_KINDS,
    REVEAL_TRIGGERS,
    SCHEMA_VERSION,
    STAGES,
    TONES,
    Bargain,
    Demand,
    HiddenFact,
    KeyFact,
    Line,
    OverPromise,
    Persona,
    Temperament,
    Voice,
)
from personas.patterns import Pattern, PatternError, compile_pattern

MAX_BYTES = 512 * 1024
MAX_EVENTS = 50_000
MAX_DEPTH = 12

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_LINE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_TAG = re.compile(r"\s+#([A-Za-z_]+):(\S*)\s*$")


@dataclass(frozen=True)
class PersonaError:
    file: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.file}: {self.message}"
        return f"{self.file}, line {self.line}, column {self.column}: {self.message}"


class PersonaFileError(Exception):
    """A persona file that cannot be used; `errors` says every reason, in file order."""

    def __init__(self, errors: list[PersonaError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def load_persona(path: str | Path) -> Persona:
    """Read and check one persona file; raises PersonaFileError listing every problem."""
    path = Path(path)
    persona, errors = _read(path)
    if errors or persona is None:
        raise PersonaFileError(errors)
    return persona


def check_persona_file(path: str | Path) -> list[PersonaError]:
    """Every problem in a persona file (an empty list means it is ready to play)."""
    return _read(Path(path))[1]


def _read(path: Path) -> tuple[Persona | None, list[PersonaError]]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [
                PersonaError(
                    name,
                    None,
                    None,
                    f"is {size // 1024} KiB; a persona file may be at most {MAX_BYTES // 1024} KiB",
                )
            ]
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None, [PersonaError(name, None, None, "no such file")]
    except IsADirectoryError:
        return None, [PersonaError(name, None, None, "is a folder, not a persona file")]
    except OSError as e:
        return None, [PersonaError(name, None, None, f"cannot be read: {e.strerror}")]
    return parse_persona(data, name, source=path)


def parse_persona(
    data: bytes, name: str, source: Path | None = None
) -> tuple[Persona | None, list[PersonaError]]:
    """Check and build a persona from the bytes of a file called `name`."""
    if len(data) > MAX_BYTES:
        return None, [PersonaError(name, None, None, f"is larger than {MAX_BYTES // 1024} KiB")]
    if b"\x00" in data:
        return None, [PersonaError(name, None, None, "is a binary file, not a YAML persona script")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return None, [PersonaError(name, line, None, "is not UTF-8 text (save it as UTF-8)")]
    problem = _prescan(text, name)
    if problem:
        return None, [problem]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        return None, [_yaml_error(e, name)]
    except yaml.YAMLError as e:  # pragma: no cover - PyYAML marks nearly everything
        return None, [PersonaError(name, None, None, f"is not valid YAML: {e}")]
    if root is None:
        return None, [PersonaError(name, None, None, "is empty")]
    reader = _Reader(name)
    if not isinstance(root, yaml.MappingNode):
        reader.error(
            root,
            f"the file must be a mapping of keys like `id:` and `name:`, not {_describe(root)}",
        )
        return None, reader.errors
    persona = reader.persona(root, source)
    reader.errors.sort(key=lambda e: (e.line or 0, e.column or 0))
    return (persona if not reader.errors else None), reader.errors


def _prescan(text: str, name: str) -> PersonaError | None:
    """Refuse anchors, aliases, deep nesting and floods of nodes before composing anything."""
    depth = 0
    try:
        for count, event in enumerate(yaml.parse(text, Loader=yaml.SafeLoader)):
            mark = event.start_mark
            if count > MAX_EVENTS:
                return PersonaError(
                    name,
                    mark.line + 1,
                    mark.column + 1,
                    "has too many entries for a persona script",
                )
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return PersonaError(
                    name,
                    mark.line + 1,
                    mark.column + 1,
                    "YAML anchors and aliases (& and *) are not allowed in "
                    "persona files; write the text out",
                )
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return PersonaError(
                        name,
                        mark.line + 1,
                        mark.column + 1,
                        "is nested too deeply for a persona script",
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.DocumentStartEvent) and count > 1:
                return PersonaError(
                    name,
                    mark.line + 1,
                    mark.column + 1,
                    "holds more than one YAML document; keep one persona per file",
                )
    except yaml.MarkedYAMLError as e:
        return _yaml_error(e, name)
    return None


def _yaml_error(e: yaml.MarkedYAMLError, name: str) -> PersonaError:
    mark = e.problem_mark or e.context_mark
    what = (e.problem or "is not valid YAML").strip()
    line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
    return PersonaError(name, line, column, f"this is not valid YAML here: {what}")


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    value = node.value
    return f"{value[:40]!r}" if value else "nothing"


_SCALAR = yaml.SafeLoader.__new__(yaml.SafeLoader)
yaml.constructor.SafeConstructor.__init__(_SCALAR)


def _scalar(node: yaml.ScalarNode) -> Any:
    """The Python value of a plain scalar, using YAML's own rules but never arbitrary tags."""
    if not node.tag.startswith("tag:yaml.org,2002:"):
        raise ValueError(node.tag)
    return _SCALAR.construct_object(node)


class _Reader:
    """Walks the composed YAML, building the persona and collecting every error with its mark."""

    def __init__(self, name: str):
        self.name = name
        self.errors: list[PersonaError] = []
        self.line_ids: dict[str, yaml.Node] = {}

    # -- reporting -------------------------------------------------------------------------

    def error(self, node: yaml.Node | None, message: str) -> None:
        if node is None:
            self.errors.append(PersonaError(self.name, None, None, message))
        else:
            mark = node.start_mark
            self.errors.append(PersonaError(self.name, mark.line + 1, mark.column + 1, message))

    # -- shapes ------------------------------------------------------------------------------

    def mapping(
        self, node: yaml.Node, where: str, known: tuple[str, ...], required: tuple[str, ...] = ()
    ) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"`{where}` must be a mapping of keys, got {_describe(node)}")
            return {}
        found: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str) or not key:
                self.error(key_node, f"keys in `{where}` must be plain words")
                continue
            label = f"{where}.{key}" if where != "persona" else key
            if key in found:
                self.error(key_node, f"`{label}` appears twice; keep one")
                continue
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
                hint = (
                    f"; did you mean `{close[0]}`?"
                    if close
                    else (f"; expected one of {', '.join(f'`{k}`' for k in known)}")
                )
                self.error(key_node, f"unknown key `{label}`{hint}")
                continue
            found[key] = value_node
        for key in required:
            if key not in found:
                label = f"{where}.{key}" if where != "persona" else key
                self.error(node, f"`{label}` is missing")
        return found

    def seq(self, node: yaml.Node | None, where: str, minimum: int = 1) -> list[yaml.Node]:
        if node is None:
            return []
        if (
            isinstance(node, yaml.ScalarNode)
            and isinstance(self._value(node), str)
            and minimum <= 1
        ):
            return [node]  # a single line may be written without the list brackets
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"`{where}` must be a list, got {_describe(node)}")
            return []
        if len(node.value) < minimum:
            self.error(
                node,
                f"`{where}` needs at least {minimum} "
                f"entr{'y' if minimum == 1 else 'ies'}, has {len(node.value)}",
            )
        return list(node.value)

    def _value(self, node: yaml.Node) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            return node
        try:
            return _scalar(node)
        except Exception:
            return node.value

    def text(self, node: yaml.Node | None, where: str, max_len: int = 2000) -> str:
        if node is None:
            return ""
        value = self._value(node)
        if not isinstance(node, yaml.ScalarNode) or value is None:
            self.error(node, f"`{where}` must be text, got {_describe(node)}")
            return ""
        text = str(value).strip()
        if not text:
            self.error(node, f"`{where}` is empty")
        elif len(text) > max_len:
            self.error(node, f"`{where}` is {len(text)} characters; keep it under {max_len}")
        return text

    def number(
        self,
        node: yaml.Node | None,
        where: str,
        lo: float,
        hi: float,
        default: float,
        integer: bool = False,
    ) -> float:
        if node is None:
            return default
        value = self._value(node)
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok and integer and not float(value).is_integer():
            ok = False
        if not ok or not lo <= value <= hi:
            kind = "a whole number" if integer else "a number"
            got = node.value if isinstance(node, yaml.ScalarNode) else _describe(node)
            self.error(node, f"`{where}` must be {kind} from {lo:g} to {hi:g}, got {got!r}")
            return default
        return int(value) if integer else float(value)

    def choice(self, node: yaml.Node | None, where: str, options: tuple[str, ...]) -> str:
        if node is None:
            return options[0]
        value = self._value(node)
        if not isinstance(value, str) or value not in options:
            got = node.value if isinstance(node, yaml.ScalarNode) else _describe(node)
            self.error(node, f"`{where}` must be one of {', '.join(options)}; got {got!r}")
            return options[0]
        return value

    def ident(self, node: yaml.Node | None, where: str) -> str:
        value = self.text(node, where, 64)
        if value and not _ID.match(value):
            self.error(
                node, f"`{where}` must be lowercase letters, digits and dashes, got {value!r}"
            )
        return value

    # -- content -----------------------------------------------------------------------------

    def line(self, node: yaml.Node, section: str) -> Line | None:
        raw = self.text(node, section, 600)
        if not raw:
            return None
        tags: dict[str, str] = {}
        while (m := _TAG.search(" " + raw)) is not None:
            key, value = m.group(1), m.group(2)
            if key in tags:
                self.error(node, f"a line in `{section}` has two #{key}: tags")
            tags[key] = value
            raw = (" " + raw)[: m.start()].strip()
        if not raw:
            self.error(node, f"a line in `{section}` has tags but no words")
            return None
        for key, value in tags.items():
            if key == "tone":
                if value not in TONES:
                    self.error(
                        node, f"#tone:{value} is not a known tone; use one of {', '.join(TONES)}"
                    )
            elif key == "line":
                if not _LINE_ID.match(value):
                    self.error(node, f"#line:{value} is not a usable id (letters, digits, - and _)")
            else:
                close = difflib.get_close_matches(key, ["tone", "line"], n=1)
                hint = f"; did you mean #{close[0]}:?" if close else "; use #tone: or #line:"
                self.error(node, f"unknown tag #{key}:{hint}")
        prefix = section.replace("lines.", "").replace(".", "-").replace("_", "-")
        line_id = tags.get("line") or f"{prefix}-{hashlib.sha1(raw.encode()).hexdigest()[:6]}"
        if line_id in self.line_ids:
            first = self.line_ids[line_id].start_mark.line + 1
            self.error(
                node,
                f"this line's id `{line_id}` is already used on line {first}; "
                "ids must be unique (the same text twice in one section, or a repeated #line:)",
            )
        self.line_ids[line_id] = node
        return Line(line_id, raw, tags.get("tone"))

    def lines(self, node: yaml.Node | None, section: str, minimum: int = 1) -> tuple[Line, ...]:
        found = (self.line(item, section) for item in self.seq(node, section, minimum))
        return tuple(line for line in found if line)

    def patterns(self, node: yaml.Node | None, where: str) -> tuple[Pattern, ...]:
        compiled = []
        for item in self.seq(node, where):
            source = self.text(item, where, 200)
            if not source:
                continue
            try:
                compiled.append(compile_pattern(source))
            except PatternError as e:
                self.error(item, str(e))
        return tuple(compiled)

    def items(
        self,
        node: yaml.Node | None,
        where: str,
        build: Callable[[yaml.Node, str], Any],
        minimum: int = 1,
    ) -> tuple[Any, ...]:
        results = []
        for i, item in enumerate(self.seq(node, where, minimum)):
            value = build(item, f"{where}[{i + 1}]")
            if value is not None:
                results.append(value)
        return tuple(results)

    # -- the persona -------------------------------------------------------------------------

    def persona(self, root: yaml.MappingNode, source: Path | None) -> Persona | None:
        top = self.mapping(
            root,
            "persona",
            (
                "schema_version",
                "id",
                "version",
                "name",
                "difficulty",
                "voice",
                "mood_start",
                "temperament",
                "brief",
                "vocabulary",
                "key_facts",
                "opening",
                "lines",
                "reactions",
                "threats",
                "hidden_facts",
                "demand",
                "bargains",
                "limits",
                "model_replies",
                "resolution",
                "walk_out",
            ),
            (
                "schema_version",
                "id",
                "version",
                "name",
                "difficulty",
                "voice",
                "mood_start",
                "brief",
                "key_facts",
                "opening",
                "lines",
                "reactions",
                "threats",
                "hidden_facts",
                "demand",
                "bargains",
                "limits",
                "model_replies",
                "resolution",
                "walk_out",
            ),
        )
        if "schema_version" in top:
            schema = self._value(top["schema_version"])
            if schema != SCHEMA_VERSION:
                self.error(
                    top["schema_version"],
                    f"`schema_version` {schema!r} is not one this "
                    f"version of Hotseat reads; it reads {SCHEMA_VERSION}",
                )
                return None
        get = top.get
        allowed, over_promises = self.limits(get("limits"))
        persona = Persona(
            id=self.ident(get("id"), "id"),
            version=int(self.number(get("version"), "version", 1, 1_000_000, 1, integer=True)),
            name=self.text(get("name"), "name", 80),
            difficulty=self.choice(get("difficulty"), "difficulty", DIFFICULTIES),
            voice=self.voice(get("voice")),
            mood_start=self.number(get("mood_start"), "mood_start", 0, 10, 8.0),
            temperament=self.temperament(get("temperament")),
            brief=self.text(get("brief"), "brief", 1500),
            vocabulary=tuple(
                self.text(n, "vocabulary", 40) for n in self.seq(get("vocabulary"), "vocabulary", 0)
            ),
            key_facts=self.items(get("key_facts"), "key_facts", self.key_fact),
            opening=self.lines(get("opening"), "opening"),
            lines=self.stage_lines(get("lines")),
            reactions=self.reactions(get("reactions")),
            threats=self.lines(get("threats"), "threats"),
            hidden_facts=self.items(get("hidden_facts"), "hidden_facts", self.hidden_fact, 0),
            demand=self.demand(get("demand")),
            bargains=self.items(get("bargains"), "bargains", self.bargain),
            allowed=allowed,
            over_promises=over_promises,
            model_replies=self.model_replies(get("model_replies")),
            resolution=self.lines(get("resolution"), "resolution"),
            walk_out=self.lines(get("walk_out"), "walk_out"),
            source=source,
        )
        self.unique_ids("key_facts", get("key_facts"))
        self.unique_ids("hidden_facts", get("hidden_facts"))
        self.unique_ids("bargains", get("bargains"))
        return persona

    def voice(self, node: yaml.Node | None) -> Voice:
        if node is None:
            return Voice()
        v = self.mapping(node, "voice", ("gender", "rate", "pitch"), ("gender",))
        return Voice(
            gender=self.choice(v.get("gender"), "voice.gender", ("female", "male", "neutral")),
            rate=int(self.number(v.get("rate"), "voice.rate", 80, 300, 175, integer=True)),
            pitch=int(self.number(v.get("pitch"), "voice.pitch", 0, 100, 50, integer=True)),
        )

    def temperament(self, node: yaml.Node | None) -> Temperament:
        if node is None:
            return Temperament()
        t = self.mapping(
            node, "temperament", ("volatility", "patience", "resolve_below", "max_turns")
        )
        return Temperament(
            volatility=self.number(t.get("volatility"), "temperament.volatility", 0.2, 3, 1.0),
            patience=self.number(t.get("patience"), "temperament.patience", 0.2, 3, 1.0),
            resolve_below=self.number(
                t.get("resolve_below"), "temperament.resolve_below", 1, 9, 4.0
            ),
            max_turns=int(
                self.number(t.get("max_turns"), "temperament.max_turns", 4, 60, 16, integer=True)
            ),
        )

    def key_fact(self, node: yaml.Node, where: str) -> KeyFact | None:
        f = self.mapping(node, where, ("id", "says", "match"), ("id", "says", "match"))
        if not f:
            return None
        return KeyFact(
            self.ident(f.get("id"), f"{where}.id"),
            self.text(f.get("says"), f"{where}.says", 200),
            self.patterns(f.get("match"), f"{where}.match"),
        )

    def hidden_fact(self, node: yaml.Node, where: str) -> HiddenFact | None:
        f = self.mapping(node, where, ("id", "reveal_on", "line"), ("id", "reveal_on", "line"))
        if not f:
            return None
        triggers = tuple(
            self.choice(n, f"{where}.reveal_on", REVEAL_TRIGGERS)
            for n in self.seq(f.get("reveal_on"), f"{where}.reveal_on")
        )
        line = self.line(f["line"], "hidden") if "line" in f else None
        if line is None:
            return None
        return HiddenFact(self.ident(f.get("id"), f"{where}.id"), triggers, line)

    def demand(self, node: yaml.Node | None) -> Demand | None:
        if node is None:
            return None
        d = self.mapping(node, "demand", ("says", "line"), ("says",))
        line = self.line(d["line"], "demand") if "line" in d else None
        return Demand(self.text(d.get("says"), "demand.says", 200), line)

    def bargain(self, node: yaml.Node, where: str) -> Bargain | None:
        b = self.mapping(
            node, where, ("id", "says", "match", "accept_line"), ("id", "says", "match")
        )
        if not b:
            return None
        accept = self.line(b["accept_line"], "accept") if "accept_line" in b else None
        return Bargain(
            self.ident(b.get("id"), f"{where}.id"),
            self.text(b.get("says"), f"{where}.says", 200),
            self.patterns(b.get("match"), f"{where}.match"),
            accept,
        )

    def limits(self, node: yaml.Node | None) -> tuple[tuple[str, ...], tuple[OverPromise, ...]]:
        if node is None:
            return (), ()
        m = self.mapping(node, "limits", ("allowed", "over_promise"), ("allowed",))
        allowed = tuple(
            self.text(n, "limits.allowed", 200)
            for n in self.seq(m.get("allowed"), "limits.allowed")
        )
        over = []
        for i, item in enumerate(self.seq(m.get("over_promise"), "limits.over_promise", 0)):
            where = f"limits.over_promise[{i + 1}]"
            o = self.mapping(item, where, ("says", "match"), ("says", "match"))
            if o:
                over.append(
                    OverPromise(
                        self.text(o.get("says"), f"{where}.says", 200),
                        self.patterns(o.get("match"), f"{where}.match"),
                    )
                )
        return allowed, tuple(over)

    def stage_lines(self, node: yaml.Node | None) -> dict[str, dict[str, tuple[Line, ...]]]:
        result: dict[str, dict[str, tuple[Line, ...]]] = {}
        stages = self.mapping(node, "lines", STAGES) if node is not None else {}
        for stage in STAGES:
            if stage not in stages:
                if node is not None:
                    self.error(
                        node,
                        f"`lines.{stage}` is missing: every call passes through the {stage} stage",
                    )
                result[stage] = {band: () for band in BANDS}
                continue
            bands = self.mapping(stages[stage], f"lines.{stage}", BANDS)
            result[stage] = {}
            for band in BANDS:
                if band not in bands:
                    self.error(
                        stages[stage],
                        f"`lines.{stage}.{band}` is missing: the call can "
                        f"reach the {stage} stage while the customer is {band}",
                    )
                    result[stage][band] = ()
                else:
                    result[stage][band] = self.lines(bands[band], f"lines.{stage}.{band}")
        return result

    def reactions(self, node: yaml.Node | None) -> dict[str, tuple[Line, ...]]:
        if node is None:
            return {}
        found = self.mapping(node, "reactions", REACTION_KINDS)
        result = {}
        for kind in REACTION_KINDS:
            if kind not in found:
                self.error(
                    node,
                    f"`reactions.{kind}` is missing: a trainee can trigger it in any "
                    "call, so the persona needs something to say",
                )
                continue
            result[kind] = self.lines(found[kind], f"reactions.{kind}")
        return result

    def model_replies(self, node: yaml.Node | None) -> dict[str, str]:
        if node is None:
            return {}
        found = self.mapping(node, "model_replies", STAGES, STAGES)
        return {
            stage: self.text(found[stage], f"model_replies.{stage}", 800)
            for stage in STAGES
            if stage in found
        }

    def unique_ids(self, where: str, node: yaml.Node | None) -> None:
        if not isinstance(node, yaml.SequenceNode):
            return
        seen: set[str] = set()
        for item in node.value:
            if not isinstance(item, yaml.MappingNode):
                continue
            for key, value in item.value:
                if key.value == "id" and isinstance(value, yaml.ScalarNode):
                    if value.value in seen:
                        self.error(value, f"`{where}` id `{value.value}` is used twice")
                    seen.add(value.value)
