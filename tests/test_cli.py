"""The command line other tools script against: output shapes, exit codes, plain errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from personas.judge import MARKS


def hotseat(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_personas_list_json_has_the_promised_fields() -> None:
    result = hotseat("personas", "list", "--json")
    assert result.returncode == 0
    personas = json.loads(result.stdout)
    assert len(personas) >= 6
    for p in personas:
        assert {"id", "name", "difficulty"} <= set(p)


def test_personas_show_and_unknown_id() -> None:
    shown = hotseat("personas", "show", "lost-express")
    assert shown.returncode == 0 and "You may offer" in shown.stdout
    unknown = hotseat("personas", "show", "nobody")
    assert unknown.returncode == 2
    assert "no persona called 'nobody'" in unknown.stderr and "lost-express" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_personas_check_prints_all_errors_and_exits_1(tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: Bad Id\nmood_start: high\n")
    result = hotseat("personas", "check", str(bad), "personas/library/billing-error.yaml")
    assert result.returncode == 1
    assert f"{bad}, line 2, column 5: `id` must be lowercase" in result.stdout
    assert (
        f"{bad}, line 3, column 13: `mood_start` must be a number from 0 to 10, got 'high'"
        in result.stdout
    )
    assert "billing-error.yaml: ok" in result.stdout


def test_judge_prints_one_object_with_evidence() -> None:
    text = "i totally get it, the parcel never showed. calm down"
    result = hotseat("judge", "--persona", "lost-express", text)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["text"] == text
    for mark in MARKS:
        assert set(data[mark]) >= {"hit", "evidence"}
    assert data["acknowledge"]["hit"]
    ack = data["acknowledge"]
    assert text[ack["start"] : ack["end"]] == ack["evidence"]
    assert [v["kind"] for v in data["violations"]] == ["calm_down"]
    assert data["violations"][0]["evidence"] == "calm down"
    assert isinstance(data["tips"], list) and data["tips"]
    # METHOD.md's "but" rule: a trailing "though" leading into the fault takes the credit back
    though = json.loads(hotseat("judge", "--persona", "lost-express", text + " though").stdout)
    assert not though["acknowledge"]["hit"]
    assert [v["kind"] for v in though["violations"]] == ["calm_down"]


def test_judge_jsonl_reads_raw_lines() -> None:
    lines = ["I'm sorry you feel that way", "", "thank you for telling us", "x" * 10_000]
    result = hotseat("judge", "--jsonl", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0
    out = [json.loads(row) for row in result.stdout.splitlines()]
    assert [o["text"] for o in out] == lines
    assert out[0]["violations"][0]["kind"] == "non_apology"
    assert out[2]["gratitude"]["hit"]


def test_typed_play_json_record() -> None:
    replies = "\n".join(
        [
            "okay",
            "so the technician missed the window twice and you took the day off for it",
            "I'm so sorry, I'd be furious too",
            "I can waive the installation fee or book you the first 8am slot, which do you prefer?",
            "I'll call you back by four today to confirm",
            "thank you for bearing with me",
            "thanks again, is there anything else I can do?",
            "thanks again",
            "thanks again",
        ]
    )
    result = hotseat(
        "play",
        "missed-technician",
        "--typed",
        "--seed",
        "4",
        "--trainee",
        "Sam",
        "--json",
        stdin=replies + "\n",
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)  # stdout carries only the record
    assert record["schema_version"] == 1
    assert record["persona"]["id"] == "missed-technician"
    assert record["persona"]["version"] >= 1
    assert record["seed"] == 4 and record["trainee"] == "Sam"
    assert record["outcome"] == "resolved"
    assert 0 <= record["score"]["total"] <= 100
    assert sum(item["points"] for item in record["score"]["breakdown"]) == record["score"]["raw"]
    trainee = [t for t in record["turns"] if t["speaker"] == "trainee"]
    assert trainee[0]["trainee"] == "Sam" and "mood_after" in trainee[0]
    assert trainee[1]["marks"]["acknowledge"]["hit"]
    assert all({"id", "speaker", "text"} <= set(t) for t in record["turns"])
    assert "Bernadette" in result.stderr  # the conversation went to stderr


def test_typed_play_is_reproducible_for_a_seed() -> None:
    replies = "okay\nare you sure?\n\nI hear you\n"
    first = json.loads(hotseat("play", "vip-client", "--seed", "9", "--json", stdin=replies).stdout)
    second = json.loads(
        hotseat("play", "vip-client", "--seed", "9", "--json", stdin=replies).stdout
    )
    strip = lambda r: [(t["text"], t.get("mood_after")) for t in r["turns"]]  # noqa: E731
    assert strip(first) == strip(second)


def test_play_unknown_id_lists_the_available_ones() -> None:
    result = hotseat("play", "nobody", "--typed")
    assert result.returncode == 2
    assert "available:" in result.stderr and "billing-error" in result.stderr


@pytest.mark.parametrize("args", [["--version"], ["personas", "list"]])
def test_simple_commands_succeed(args: list[str]) -> None:
    assert hotseat(*args).returncode == 0


def test_hotseat_alone_without_a_screen_says_so_and_plays_in_the_terminal() -> None:
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli"],
        input="1\n/quit\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "no screen found" in result.stderr
    assert "Who is on the line?" in result.stdout and "score" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_pace_out_of_range_is_a_plain_error() -> None:
    result = hotseat("play", "lost-express", "--voice", "--pace", "2.5")
    assert result.returncode == 2
    assert "the pace must be from 0.6 to 1.6, got 2.5" in result.stderr
    result = hotseat("play", "lost-express", "--voice", "--pace", "fast")
    assert "the pace is a number like 1.2" in result.stderr
