"""A small learned second opinion for the judge: word n-gram logistic regressions, numpy only.

The phrase lexicon is precise but only knows the phrasings it was written for. These models,
trained on the tuning sets (never the held-back part) by `scripts/train_judge_model.py`, score the
whole reply, as they were trained. When the lexicon found nothing and the reply scores above the
target's threshold, the judge gives the mark and cites, as its evidence, the clause of the reply
that scores highest on its own. A target may also have a `veto`: a lexicon hit on a reply the model
scores below it is dropped. Thresholds and vetoes are calibrated on replies the lexicon was not
written against (see the training script).
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from personas.text import BOUNDARY, SpokenText

MODEL_PATH = Path(__file__).with_name("models") / "judge_ngrams.json"
TARGETS = ("any_violation", "acknowledge", "empathise", "options")


def features(words: list[str]) -> set[str]:
    """Words, word pairs and triples of a normalised clause or reply."""
    found = set(words)
    found.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    found.update(f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False))
    return found


def reply_words(text: SpokenText) -> list[str]:
    """The reply's normalised words without sentence ends, as the models were trained on them."""
    return [t.word for t in text.tokens if t.word != BOUNDARY]


def clauses(text: SpokenText) -> list[tuple[int, int]]:
    """Token index ranges [start, end) of a reply's clauses (split at sentence ends, commas)."""
    ranges, start = [], 0
    for i, token in enumerate(text.tokens):
        if token.word == BOUNDARY or (token.comma_before and i > start):
            if i > start:
                ranges.append((start, i))
            start = i + 1 if token.word == BOUNDARY else i
    if start < len(text.tokens):
        ranges.append((start, len(text.tokens)))
    return ranges


@dataclass(frozen=True)
class Model:
    index: dict[str, int]
    weights: dict[str, list[float]]
    bias: dict[str, float]
    threshold: dict[str, float]
    kinds: tuple[str, ...]
    veto: dict[str, float]

    def probability(self, target: str, feats: set[str]) -> float:
        """`fsum`, not `sum`: a set's order changes with the process's hash seed, and a plain sum's
        rounding with it, which flipped near-tied kinds from one run to the next."""
        w = self.weights[target]
        index = self.index
        z = self.bias[target] + math.fsum(w[index[f]] for f in feats if f in index)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def best_clause(
        self, target: str, text: SpokenText, avoid: list[tuple[int, int]] | None = None
    ) -> tuple[float, int, int] | None:
        """The clause most likely to carry `target`, as (probability, start char, end char),
        leaving out clauses that overlap an `avoid` span (char offsets)."""
        best = None
        for start, end in clauses(text):
            first, last = text.tokens[start].start, text.tokens[end - 1].end
            if any(a < last and first < b for a, b in avoid or ()):
                continue
            words = [t.word for t in text.tokens[start:end]]
            p = self.probability(target, features(words))
            if best is None or p > best[0]:
                best = (p, first, last)
        return best

    def kind_of(self, words: list[str], exclude: tuple[str, ...] = ()) -> str:
        feats = features(words)
        kinds = [k for k in self.kinds if k not in exclude]
        return max(kinds, key=lambda k: self.probability(f"kind:{k}", feats))


@cache
def load_model() -> Model | None:
    """The trained model shipped with Hotseat, or None if missing (the lexicon still works)."""
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return Model(
        index={f: i for i, f in enumerate(data["vocabulary"])},
        weights=data["weights"],
        bias=data["bias"],
        threshold=data["threshold"],
        kinds=tuple(data["kinds"]),
        veto=data.get("veto", {}),
    )
