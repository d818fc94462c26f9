"""Take that back and "that's not what I said": rewinding a call keeps every version."""

from __future__ import annotations

import json

import pytest

from personas.call import Call
from personas.library import bundled_personas

PERSONA = bundled_personas()[0]
ACK = "Okay, so the engineer never came and you lost a day, that should never have happened."
RUDE = "You need to calm down, it's not our policy."


def test_take_back_rewinds_to_just_before_the_reply_and_the_persona_says_its_line_again() -> None:
    call = Call(PERSONA, seed=7)
    opening = call.start()
    first = call.reply("okay")
    heat_after_first = call.engine.heat
    said_before = [t for t in call.turns if t["speaker"] == "persona"][-1]
    bad = call.reply(RUDE)
    assert bad.trainee_turn["violations"]

    again = call.take_back(bad.trainee_turn["id"])

    assert again == said_before
    assert call.turns[-1] is said_before
    assert call.engine.heat == heat_after_first
    assert [t["id"] for t in call.turns if t["speaker"] == "trainee"] == [
        first.trainee_turn["id"]
    ]
    assert opening in call.turns


def test_the_answer_after_a_take_back_is_what_a_fresh_call_would_have_said() -> None:
    rewound = Call(PERSONA, seed=11)
    rewound.start()
    rewound.reply("okay")
    wrong = rewound.reply(RUDE)
    rewound.take_back(wrong.trainee_turn["id"])
    retry = rewound.reply(ACK)

    fresh = Call(PERSONA, seed=11)
    fresh.start()
    fresh.reply("okay")
    straight = fresh.reply(ACK)

    assert [t["text"] for t in retry.persona_turns] == [t["text"] for t in straight.persona_turns]
    assert retry.trainee_turn["mood_after"] == straight.trainee_turn["mood_after"]


def test_every_version_is_kept_in_the_record() -> None:
    call = Call(PERSONA, seed=3)
    call.start()
    first = call.reply(RUDE)
    call.take_back(first.trainee_turn["id"])
    second = call.reply("whatever")
    call.take_back(second.trainee_turn["id"])
    third = call.reply(ACK)

    attempts = third.trainee_turn["attempts"]
    assert [a["text"] for a in attempts] == [RUDE, "whatever"]
    assert all(a["undone_by"] == "take_back" for a in attempts)
    assert attempts[0]["violations"] and attempts[0]["persona_replies"]
    record = call.record()
    assert [u["turns"][0]["text"] for u in record["undone"]] == [RUDE, "whatever"]
    json.dumps(record)  # still plain data


def test_taking_back_an_earlier_reply_removes_everything_after_it() -> None:
    call = Call(PERSONA, seed=5)
    call.start()
    first = call.reply("okay")
    call.reply(ACK)
    call.reply("I'm so sorry, I'd be furious too")
    call.take_back(first.trainee_turn["id"])
    assert [t for t in call.turns if t["speaker"] == "trainee"] == []
    assert len(call.record()["undone"][0]["turns"]) >= 6


def test_a_walk_out_can_be_taken_back_and_the_call_goes_on() -> None:
    call = Call(PERSONA, seed=2)
    call.start()
    last = None
    while not call.finished:
        last = call.reply(RUDE)
    assert call.outcome == "walked_out" and call.ended_at
    call.take_back(last.trainee_turn["id"])
    assert not call.finished and call.ended_at is None
    retry = call.reply(ACK)
    assert retry.trainee_turn["attempts"][0]["text"] == RUDE
    assert call.record()["outcome"] != "walked_out"


def test_correction_rejudges_the_words_the_trainee_meant_and_keeps_what_was_heard() -> None:
    call = Call(PERSONA, seed=9)
    call.start()
    misheard = call.reply(
        "okay so the engine ear never came", extra={"heard": {"text": "x"}, "timings": {"a": 1}}
    )
    fixed = call.correct(misheard.trainee_turn["id"], ACK)

    turn = fixed.trainee_turn
    assert turn["text"] == ACK
    assert turn["corrected_from"] == "okay so the engine ear never came"
    assert turn["heard"] == {"text": "x"} and turn["timings"] == {"a": 1}
    assert turn["marks"]["acknowledge"]["hit"]
    assert turn["attempts"][0]["undone_by"] == "correction"
    assert call.turns[-1]["speaker"] == "persona"
    assert sum(1 for t in call.turns if t["speaker"] == "trainee") == 1


def test_only_trainee_turns_can_be_taken_back() -> None:
    call = Call(PERSONA, seed=1)
    opening = call.start()
    with pytest.raises(KeyError):
        call.take_back(opening["id"])


def test_branching_from_a_recorded_turn_reaches_the_same_moment() -> None:
    from personas.call import branch_call

    original = Call(PERSONA, seed=21)
    original.start()
    original.reply("okay")
    original.reply(RUDE)
    third = original.reply(ACK)
    before = original.snapshot_before(third.trainee_turn["id"])
    record = json.loads(json.dumps(original.record()))  # as stored

    branch = branch_call(PERSONA, record, third.trainee_turn["id"])

    assert branch.engine.snapshot() == before
    assert branch.turns[-1]["text"] == record["turns"][len(branch.turns) - 1]["text"]
    again = branch.reply(ACK)
    assert [t["text"] for t in again.persona_turns] == [t["text"] for t in third.persona_turns]
    with pytest.raises(KeyError):
        branch_call(PERSONA, record, record["turns"][0]["id"])


def test_facilitator_nudges_and_skips_are_applied_and_logged() -> None:
    call = Call(PERSONA, seed=6)
    call.start()
    before = call.engine.heat
    assert call.nudge(-2.0, "they said it nicely in the room") == before - 2.0
    turn = call.skip_to("options", "time is short")
    assert call.engine.stage == "options" and turn["kind"] == "skip"
    assert turn["stage"] == "options" and turn in call.turns
    controls = call.record()["controls"]
    assert [c["kind"] for c in controls] == ["nudge", "skip"]
    assert controls[0]["reason"] == "they said it nicely in the room"
