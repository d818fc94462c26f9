"""Writer patterns and the spoken-text normaliser behind them."""

from __future__ import annotations

import pytest

from personas.patterns import PatternError, compile_pattern
from personas.text import SpokenText


def _match(pattern: str, text: str) -> str | None:
    spoken = SpokenText.of(text)
    span = compile_pattern(pattern).search(spoken)
    if span is None:
        return None
    start, end = spoken.span(*span)
    return text[start:end]


@pytest.mark.parametrize(
    ("pattern", "text", "evidence"),
    [
        ("full refund", "I want a FULL, refund now", "FULL, refund"),
        (
            "refund/reimburse ... everything",
            "we'll reimburse you for basically everything",
            "reimburse you for basically everything",
        ),
        ("miss* twice", "they Missed it twice", None),
        ("miss* ... twice", "they Missed it twice", "Missed it twice"),
        ("the? window", "your window", "window"),
        ("don't ... again", "dont let it happen again", "dont let it happen again"),
        ("first slot", "the first. Slot", None),  # never across a sentence end
        ("eight am", "at eight a.m. sharp", "eight a.m."),
        ("going to fix", "um we're gonna uh fix it", "gonna uh fix"),
    ],
)
def test_pattern_matches_and_cites_the_original(
    pattern: str, text: str, evidence: str | None
) -> None:
    assert _match(pattern, text) == evidence


@pytest.mark.parametrize(
    "bad", ["", "...", "... refund", "refund ...", "re(fund", "a//b", "ref*und"]
)
def test_bad_patterns_say_why(bad: str) -> None:
    with pytest.raises(PatternError):
        compile_pattern(bad)


def test_normaliser_drops_fillers_and_stutters_but_keeps_offsets() -> None:
    text = "Um, I- I totally, uh, get it. Gonna fix it!"
    spoken = SpokenText.of(text)
    assert spoken.norm == " i totally get it | going to fix it | "
    for token in spoken.tokens:
        if token.word != "|":
            assert text[token.start : token.end].lower().replace("gonna", "going to").startswith(
                token.word.split("'")[0][:2]
            ) or token.word in {"going", "to"}


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("I'll refund the fee and the parts", True),
        ("I can refund the express fee and send your customer replacement parts", False),
        ("I'll refund the fee, and I'll get the parts out today", False),
    ],
)
def test_a_gap_does_not_run_into_a_new_clause(text: str, hit: bool) -> None:
    assert bool(compile_pattern("refund ... parts").search(SpokenText.of(text))) is hit


def test_a_word_also_matches_its_possessive() -> None:
    pattern = compile_pattern("your customer")
    assert pattern.search(SpokenText.of("because your customer's waiting on those parts"))
    assert not pattern.search(SpokenText.of("your customers' orders"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("id be livid", ["i'd", "be", "livid"]),
        ("ill ring you", ["i'll", "ring", "you"]),
        ("its been a week", ["it's", "been", "a", "week"]),
        ("can I see some photo id", ["can", "i", "see", "some", "photo", "id"]),
        ("its tracking is blank", ["its", "tracking", "is", "blank"]),
        ("he feels ill", ["he", "feels", "ill"]),
        ("your telling me it never came", ["you're", "telling", "me", "it", "never", "came"]),
        ("your booking is confirmed", ["your", "booking", "is", "confirmed"]),
        ("theyll ring you by four", ["they'll", "ring", "you", "by", "four"]),
    ],
)
def test_a_contraction_without_its_apostrophe_is_read_from_the_next_word(
    text: str, words: list[str]
) -> None:
    spoken = SpokenText.of(text)
    assert spoken.words() == words
    first = spoken.tokens[0]  # still points at the word as said
    assert text[first.start : first.end] == text.split()[0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("you should of checked", ["you", "should", "have", "checked"]),
        ("must of been awful", ["must", "have", "been", "awful"]),
        ("I could of course refund it", ["i", "could", "of", "course", "refund", "it"]),
    ],
)
def test_should_of_is_read_as_should_have(text: str, words: list[str]) -> None:
    spoken = SpokenText.of(text)
    assert spoken.words() == words
    have = spoken.tokens[words.index("have")] if "have" in words else None
    assert have is None or text[have.start : have.end] == "of"  # still points at the word said


def test_a_colon_breaks_a_clause_like_a_comma_but_not_a_time() -> None:
    spoken = SpokenText.of("can I just check: it came twice at 4:15")
    assert [t.word for t in spoken.tokens if t.comma_before] == ["it"]
    assert "4:15" in spoken.words()
