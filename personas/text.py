"""Reply text as the judge sees it: spoken words, normalised, still pointing at the original.

Whisper gives lowercase run-ons, fillers, "gonna" and missing apostrophes. The judge matches on a
normalised form but must cite the trainee's exact words, so every normalised token keeps the span of
the original text it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

BOUNDARY = "|"
"""Stands where a sentence ended (. ! ? ;) in the normalised text; patterns never cross it."""

_TOKEN = re.compile(
    r"\b[AaPp]\.[Mm]\.?|\d+(?:[.:]\d+)+|[A-Za-z0-9]+(?:['’][A-Za-z]+)*|[.!?;]+|[,:]"
)

_FILLERS = frozenset({"um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "mm", "ah", "eh"})

_EXPANSIONS: dict[str, tuple[str, ...]] = {
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "lemme": ("let", "me"),
    "gimme": ("give", "me"),
    "kinda": ("kind", "of"),
    "dunno": ("don't", "know"),
    "ok": ("okay",),
    "k": ("okay",),
    "cannot": ("can't",),
    "thx": ("thanks",),
    "ya": ("you",),
}

_APOSTROPHE_LESS = {
    w.replace("'", ""): w
    for w in [
        "don't",
        "doesn't",
        "didn't",
        "can't",
        "couldn't",
        "won't",
        "wouldn't",
        "shouldn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "haven't",
        "hasn't",
        "hadn't",
        "ain't",
        "i'm",
        "i've",
        "i'll",
        "i'd",
        "you're",
        "you've",
        "you'll",
        "you'd",
        "we're",
        "we've",
        "we'll",
        "they're",
        "they've",
        "that's",
        "there's",
        "what's",
        "it's",
        "let's",
        "he's",
        "she's",
        "it'll",
        "they'll",
        "someone's",
        "somebody's",
        "who's",
        "where's",
        "must've",
        "should've",
        "could've",
        "would've",
        "might've",
    ]
    # "its", "were", "well", "id", "ill", "hes", "shes", "lets", "wed" are words in their own right;
    # _CONTRACTED_BEFORE reads most of them as contractions from the word that follows
    if w not in {"it's", "we're", "we'll", "i'll", "i'd", "he's", "she's", "let's", "we'd"}
}


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_VERBS_AFTER_MODAL = _set(
    "be have get send call ring make sort refund put take book do give look check chase email text "
    "arrange just also personally need see try let phone stay keep go come speak talk raise waive "
    "process update confirm never always definitely happily gladly pass like love say want rather "
    "probably hate feel really not suggest recommend imagine think expect been"
)
_AFTER_HE_OR_SHE_IS = _set("been not a the going got just on coming booked never still")
_CONTRACTED_BEFORE: dict[str, tuple[str, frozenset[str]]] = {
    "id": ("i'd", _VERBS_AFTER_MODAL),
    "ill": ("i'll", _VERBS_AFTER_MODAL),
    "wed": ("we'd", _VERBS_AFTER_MODAL),
    "its": (
        "it's",
        _set(
            "been not a an the just so really only all gone still going getting got my our your "
            "on completely totally absolutely never always because like fine okay too quite very "
            "that what no definitely"
        ),
    ),
    "your": (
        "you're",
        _set(
            "telling saying asking ringing talking going getting doing looking trying waiting "
            "paying coming having making taking expecting claiming not so absolutely completely "
            "totally upset angry frustrated furious fuming annoyed livid cross worried stressed "
            "disappointed entitled welcome"
        ),
    ),
    "hes": ("he's", _AFTER_HE_OR_SHE_IS),
    "shes": ("she's", _AFTER_HE_OR_SHE_IS),
    "lets": (
        "let's",
        _set("get see go sort have make start just try look take put do"),
    ),
}
"""Words that are also contractions without their apostrophe ("id", "ill", "its"), or that
Whisper writes for one ("your" for "you're"): the word is read as the contraction when the next
word can only follow that ("id be livid", "its been a week", "ill ring you", "your telling me"),
and is left alone otherwise ("photo id", "your booking")."""


_MODALS = frozenset(
    {
        "could",
        "should",
        "would",
        "must",
        "might",
        "may",
        "couldn't",
        "shouldn't",
        "wouldn't",
        "mustn't",
    }
)


def _misheard_have(tokens: list[Token], i: int) -> bool:
    """ "should of checked" is how Whisper (and people) write "should have checked"; "could
    of course" is left alone."""
    return (
        tokens[i].word in _MODALS
        and tokens[i + 1].word == "of"
        and (i + 2 >= len(tokens) or tokens[i + 2].word != "course")
    )


@dataclass(frozen=True, slots=True)
class Token:
    word: str
    start: int
    end: int
    comma_before: bool = False
    """A comma or colon came just before it: a clause break inside the sentence."""


@dataclass(frozen=True)
class SpokenText:
    """The original reply and its normalised token stream, with a way back from one to the other."""

    original: str
    tokens: tuple[Token, ...]
    norm: str
    """Tokens joined by single spaces, wrapped in spaces: ' so the technician missed | '."""
    _token_at: tuple[int, ...]
    _norm_starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> SpokenText:
        tokens: list[Token] = []
        comma = False
        for m in _TOKEN.finditer(text):
            raw = m.group(0)
            if raw in ",:":
                comma = True
                continue
            if raw[0] in ".!?;":
                if tokens and tokens[-1].word != BOUNDARY:
                    tokens.append(Token(BOUNDARY, m.start(), m.end()))
                continue
            word = raw.lower().replace("’", "'").replace("a.m", "am").replace("p.m", "pm")
            word = word.rstrip(".")
            if word in _FILLERS:
                continue
            word = _APOSTROPHE_LESS.get(word, word)
            for part in _EXPANSIONS.get(word, (word,)):
                if tokens and tokens[-1].word == part and part != BOUNDARY:
                    # "I- I understand": a stutter is one word
                    continue
                tokens.append(Token(part, m.start(), m.end(), comma))
                comma = False
        for i in range(len(tokens) - 1):
            contracted = _CONTRACTED_BEFORE.get(tokens[i].word)
            if contracted and tokens[i + 1].word in contracted[1]:
                tokens[i] = replace(tokens[i], word=contracted[0])
            elif _misheard_have(tokens, i):
                tokens[i + 1] = replace(tokens[i + 1], word="have")
        pieces = [" "]
        token_at: list[int] = [-1]
        starts: list[int] = []
        for i, tok in enumerate(tokens):
            starts.append(len(token_at))
            pieces.append(tok.word)
            token_at.extend([i] * len(tok.word))
            pieces.append(" ")
            token_at.append(-1)
        return cls(text, tuple(tokens), "".join(pieces), tuple(token_at), tuple(starts))

    def span(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """The original-text span covering the normalised characters [norm_start, norm_end)."""
        first = next(
            self._token_at[i] for i in range(norm_start, norm_end) if self._token_at[i] >= 0
        )
        last = next(
            self._token_at[i]
            for i in range(norm_end - 1, norm_start - 1, -1)
            if self._token_at[i] >= 0
        )
        return self.tokens[first].start, self.tokens[last].end

    def norm_start(self, index: int) -> int:
        """Where token `index` starts in the normalised text."""
        return self._norm_starts[index]

    def token_index(self, norm_pos: int) -> int:
        """Index of the token at or after a normalised position (len(tokens) at the end)."""
        for i in range(norm_pos, len(self._token_at)):
            if self._token_at[i] >= 0:
                return self._token_at[i]
        return len(self.tokens)

    def words(self) -> list[str]:
        return [t.word for t in self.tokens]
