"""Word error rate, counted the way the latency benchmark and the measure scripts count it.

Spelling variants, fillers and digits-versus-words are not errors: Whisper writes "canceled" and
"4" where a reference says "cancelled" and "four", and neither changes what the judge hears.
"""

from __future__ import annotations

import re

FILLERS = {"um", "uh", "hmm", "mm", "er", "ah", "erm"}
SPELLING = {
    "cancelled": "canceled",
    "cancelling": "canceling",
    "okay": "ok",
    "mister": "mr",
    "apologise": "apologize",
    "realise": "realize",
}
NUMBERS = dict(
    enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    )
)


def normalize(text: str) -> list[str]:
    """Lowercase words without punctuation, fillers, spelling variants or digit/word differences."""
    text = text.lower().replace("-", " ").replace("\u2019", "'")
    words = re.sub(r"[^a-z0-9' ]+", " ", text).split()
    out = []
    for word in words:
        word = word.strip("'")
        if not word or word in FILLERS:
            continue
        word = SPELLING.get(word, word)
        if word.isdigit() and int(word) in NUMBERS:
            word = NUMBERS[int(word)]
        out.append(word)
    return out


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Levenshtein distance over words (substitutions + deletions + insertions)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, 1):
        current = [i]
        for j, hyp_word in enumerate(hypothesis, 1):
            cost = 0 if ref_word == hyp_word else 1
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        previous = current
    return previous[-1]


def word_error_rate(pairs: list[tuple[str, str]]) -> float | None:
    """Errors over reference words for (reference, hypothesis) pairs; None with no words."""
    errors = words = 0
    for reference, hypothesis in pairs:
        ref = normalize(reference)
        errors += word_errors(ref, normalize(hypothesis))
        words += len(ref)
    return errors / words if words else None
