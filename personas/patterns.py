"""The phrase patterns persona writers use in `match:` lists, and the judge's own lexicon.

A pattern is words in order: `a/b` alternatives, `word*` a prefix, `word?` optional, `...` up to six
other words. A word also matches itself with "'s" ("customer" matches "customer's"). Matching
happens on `SpokenText.norm`, so case, punctuation, fillers and missing apostrophes never matter,
and a match never crosses a sentence end.
"""

from __future__ import annotations

import re
import re._constants as _sre  # type: ignore[import-not-found]
import re._parser as _sre_parse  # type: ignore[import-not-found]
from dataclasses import dataclass, field

from personas.text import SpokenText

GAP_WORDS = 6
_WORD = r"[^ |]+"
_NEW_CLAUSE = (
    r"(?:and|but|or|then|so) (?:i|we|i'll|we'll|i'm|we're|i've|we've|i can|we can|you'll|send|"
    r"book|get|arrange|open|put|give|ship|call|ring|chase|set|add|throw|pop) "
)
_GAP_WORD = rf"(?!{_NEW_CLAUSE}){_WORD} "
"""A word a `...` gap may take: not one that starts a new clause ("refund the fee and send the
parts" is two offers, not a refund of the parts)."""
_PIECE = re.compile(r"^[a-z0-9'*]+$")


class PatternError(ValueError):
    """A `match` pattern that cannot be compiled; the message is a plain sentence."""


def required_literals(regex: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every match of `regex` contains, or () when none is known.

    A cheap `in` test on these tells that a pattern cannot match, without running it; the judge
    uses it to skip most of its lexicon on each reply. Only literal runs that every match must pass
    through count (inside groups, every branch of an alternation, repeats of at least one); look-
    arounds, classes and optional parts are never relied on, so the test never hides a match.
    """
    if regex.flags & re.IGNORECASE:
        return ()
    found = _required(_sre_parse.parse(regex.pattern, regex.flags))
    return tuple(sorted(found)) if found and min(map(len, found)) >= 2 else ()


def _required(items: object) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:  # type: ignore[attr-defined]
        if op is _sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        inner: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            inner = _required(arg[-1])
        elif op is _sre.ATOMIC_GROUP:
            inner = _required(arg)
        elif op is _sre.BRANCH:
            branches = [_required(b) for b in arg[1]]
            if all(b is not None for b in branches):
                inner = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            inner = _required(arg[2])
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


@dataclass(frozen=True)
class Pattern:
    source: str
    regex: re.Pattern[str]
    needles: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.needles:
            object.__setattr__(self, "needles", required_literals(self.regex))

    def search(self, text: SpokenText, start: int = 0) -> tuple[int, int] | None:
        """Normalised span of the first match at or after `start`, or None."""
        norm = text.norm
        if self.needles and not any(n in norm for n in self.needles):
            return None
        m = self.regex.search(norm, start)
        return (m.start(), m.end()) if m else None

    def finditer(self, text: SpokenText) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in self.regex.finditer(text.norm)]


def _word_regex(alternatives: str, source: str) -> str:
    options = []
    for alt in alternatives.split("/"):
        alt = alt.replace("’", "'")
        if not alt or not _PIECE.match(alt) or "*" in alt[:-1]:
            raise PatternError(
                f"pattern {source!r}: {alt!r} is not a word (use letters, digits, apostrophes, "
                "a trailing * for a prefix, / between alternatives)"
            )
        if alt.endswith("*"):
            options.append(re.escape(alt[:-1]) + r"[^ |]*")
        elif "'" in alt or not alt[-1].isalpha():
            options.append(re.escape(alt))
        else:
            # "customer" also matches "customer's" ("your customer's waiting on those parts")
            options.append(re.escape(alt) + "(?:'s)?")
    return "(?:" + "|".join(options) + ")"


def compile_pattern(source: str) -> Pattern:
    """Compile one pattern; raises PatternError with a sentence a writer can act on."""
    pieces = source.lower().split()
    if not pieces or all(p == "..." for p in pieces):
        raise PatternError(f"pattern {source!r} has no words")
    if pieces[0] == "..." or pieces[-1] == "...":
        raise PatternError(f"pattern {source!r} cannot start or end with ...")
    parts = [r"(?<= )"]
    for piece in pieces:
        if piece == "...":
            parts.append(f"(?:{_GAP_WORD}){{0,{GAP_WORDS}}}")
        elif piece.endswith("?") and len(piece) > 1:
            parts.append(f"(?:{_word_regex(piece[:-1], source)} )?")
        else:
            parts.append(f"{_word_regex(piece, source)} ")
    regex = "".join(parts)
    # the trailing space belongs to the last word; a lookahead keeps it out of the span
    regex = regex[:-1] + "(?= )" if regex.endswith(" ") else regex
    return Pattern(source, re.compile(regex))


def compile_all(sources: list[str] | tuple[str, ...]) -> tuple[Pattern, ...]:
    return tuple(compile_pattern(s) for s in sources)


def first_match(
    patterns: tuple[Pattern, ...], text: SpokenText
) -> tuple[Pattern, tuple[int, int]] | None:
    """The earliest match of any pattern (ties: the longest), as (pattern, normalised span)."""
    best: tuple[Pattern, tuple[int, int]] | None = None
    for pattern in patterns:
        span = pattern.search(text)
        if span is None:
            continue
        if best is None or span[0] < best[1][0] or (span[0] == best[1][0] and span[1] > best[1][1]):
            best = (pattern, span)
    return best
