"""The persona loader: the bundled library loads; every kind of bad file gets a placed message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from personas.library import bundled_files, bundled_personas, find_persona
from personas.loader import MAX_BYTES, check_persona_file, load_persona
from personas.model import BANDS, REACTION_KINDS, STAGES

LIBRARY = Path(__file__).resolve().parent.parent / "personas" / "library"
GOOD = LIBRARY / "missed-technician.yaml"


def _variant(tmp_path: Path, old: str, new: str, name: str = "p.yaml") -> Path:
    text = GOOD.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in the template persona"
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(needle)


def test_bundled_library_has_six_distinct_rich_personas() -> None:
    personas = bundled_personas()
    assert len(personas) >= 6
    assert len({p.id for p in personas}) == len(personas)
    assert len({(p.voice.gender, p.voice.rate, p.voice.pitch) for p in personas}) == len(personas)
    for p in personas:
        texts = {line.text for line in p.all_lines()}
        assert len(texts) >= 40, (p.id, len(texts))
        for stage in STAGES:
            for band in BANDS:
                assert p.lines[stage][band], (p.id, stage, band)
        assert set(p.reactions) == set(REACTION_KINDS)
        assert p.key_facts and p.bargains and p.over_promises and p.threats
        assert set(p.model_replies) == set(STAGES)


def test_every_bundled_file_passes_check() -> None:
    for path in bundled_files():
        assert check_persona_file(path) == [], path


def test_wrong_type_is_placed_with_a_plain_sentence(tmp_path: Path) -> None:
    path = _variant(tmp_path, "mood_start: ", "mood_start: high #")
    errors = check_persona_file(path)
    assert len(errors) == 1
    error = errors[0]
    assert error.line == _line_of(path, "mood_start:")
    assert error.column == len("mood_start: ") + 1
    assert str(error) == (
        f"{path}, line {error.line}, column {error.column}: "
        "`mood_start` must be a number from 0 to 10, got 'high'"
    )


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    path = _variant(tmp_path, "\nthreats:", "\nthreates:")
    messages = [str(e) for e in check_persona_file(path)]
    assert any("unknown key `threates`; did you mean `threats`?" in m for m in messages)
    assert any("`threats` is missing" in m for m in messages)


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    path = _variant(tmp_path, "difficulty: ", "difficulty: impossible #")
    path.write_text(path.read_text().replace("gender: ", "gender: robot #", 1))
    messages = " ".join(str(e) for e in check_persona_file(path))
    assert "`difficulty` must be one of" in messages
    assert "`voice.gender` must be one of" in messages


def test_missing_stage_band_and_reaction_fail_the_check(tmp_path: Path) -> None:
    persona = find_persona("missed-technician")
    text = GOOD.read_text(encoding="utf-8")
    # drop the `cool` band of the close stage and the `calm_down` reaction
    lines = text.splitlines(keepends=True)
    out, skipping, in_close = [], None, False
    for line in lines:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if skipping is not None:
            if stripped and indent <= skipping:
                skipping = None
            else:
                continue
        if stripped.startswith("close:") and indent == 2:
            in_close = True
        elif indent <= 2 and stripped and not stripped.startswith("-"):
            in_close = in_close and indent > 2
        if (in_close and stripped.startswith("cool:")) or stripped.startswith("calm_down:"):
            skipping = indent
            continue
        out.append(line)
    path = tmp_path / "gaps.yaml"
    path.write_text("".join(out), encoding="utf-8")
    messages = " ".join(str(e) for e in check_persona_file(path))
    assert "`lines.close.cool` is missing" in messages
    assert "`reactions.calm_down` is missing" in messages
    assert persona.lines["close"]["cool"]  # the original has them


def test_duplicate_explicit_line_ids_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    text = GOOD.read_text(encoding="utf-8")
    after_opening = text[text.index("\nopening:") :].splitlines()
    first = next(line for line in after_opening if line.strip().startswith('- "'))
    tagged = first.rstrip().rstrip('"') + ' #line:same"'
    text = text.replace(first, tagged + "\n" + tagged.replace('- "', '- "Also ', 1), 1)
    path.write_text(text, encoding="utf-8")
    assert any("already used" in str(e) for e in check_persona_file(path))


def test_bad_match_pattern_names_the_pattern(tmp_path: Path) -> None:
    path = _variant(tmp_path, '"miss* ... twice/again"', '"refund (all)"')
    errors = check_persona_file(path)
    assert len(errors) == 1
    assert "'refund (all)'" in str(errors[0])
    assert errors[0].line == _line_of(path, "refund (all)")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"a: &x [1]\nb: *x\n", "anchors and aliases"),
        (b"- one\n- two\n", "must be a mapping"),
        (b"just a sentence\n", "must be a mapping"),
        (b"id: a\n---\nid: b\n", "more than one YAML document"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"name: \xff\xfe broken", "not UTF-8"),
        (b"id: [unclosed\n", "not valid YAML"),
        (b"", "is empty"),
        (b"a: " + b"[" * 200 + b"]" * 200 + b"\n", "nested too deeply"),
    ],
)
def test_hostile_and_broken_files_are_refused(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_bytes(content)
    errors = check_persona_file(path)
    assert errors and expected in str(errors[0]), errors


def test_alias_bomb_is_refused_before_expansion(tmp_path: Path) -> None:
    rows = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    rows += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(rows) + "\n")
    errors = check_persona_file(path)
    assert "anchors and aliases" in str(errors[0])
    assert errors[0].line == 1


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.write(b"id: x\nbrief: ")
        f.write(b"a" * (MAX_BYTES * 20))
    started = time.process_time()
    errors = check_persona_file(path)
    assert "may be at most 512 KiB" in str(errors[0])
    assert time.process_time() - started < 5  # generous: it reads nothing but the size


def test_many_entries_flood_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "flood.yaml"
    path.write_text("vocabulary: [" + ",".join(["w"] * 60_000) + "]\n")
    errors = check_persona_file(path)
    assert "too many entries" in str(errors[0])


def test_load_persona_raises_with_all_errors(tmp_path: Path) -> None:
    from personas.loader import PersonaFileError

    path = _variant(tmp_path, "mood_start: ", "mood_start: 11 #")
    with pytest.raises(PersonaFileError) as raised:
        load_persona(path)
    assert "from 0 to 10, got '11'" in str(raised.value)


def test_lines_carry_tone_and_stable_ids() -> None:
    persona = find_persona("missed-technician")
    again = load_persona(GOOD)
    assert [line.id for line in persona.all_lines()] == [line.id for line in again.all_lines()]
    assert all("#" not in line.text for line in persona.all_lines())
    assert any(line.tone for line in persona.all_lines())
