"""The after-call report, built from real calls played through `personas.call.Call`."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from dataclasses import replace
from typing import Any

import pytest

from audio.delivery import Delivery
from desktop.report import DUE_STAGE, GENERIC_EXAMPLES, build_report
from personas.call import Call
from personas.judge import MARKS
from personas.library import bundled_personas, find_persona
from personas.scoring import FORMULA, MOVE_POINTS

GOOD = [
    "Okay, I see.",
    "So you paid for overnight express, the parcel never arrived and the tracking shows nothing, "
    "and now your client is angry with you.",
    "I'm so sorry, that's awful. I'd be furious too in your position. Let me be the one to help "
    "you.",
    "Here's what I can do: I can book a same-day courier for replacement parts at our cost, "
    "refund the express fee, and open a trace. Which would you prefer?",
    "I'm booking the courier now and I'll call you back by four o'clock with the driver's details.",
    "Thank you for telling us, it helps us get better.",
]
BILLING = [
    "Okay, so you cancelled, we still charged you twice, it put you into overdraft and "
    "chat told you it was fixed when it wasn't. That should never have happened.",
    "I'm really sorry. Honestly, if I were in your shoes I'd be furious too.",
    "Here's what I can do: I can refund both charges today and reimburse the overdraft fee, "
    "and send written confirmation of the cancellation by email or post. Which would you prefer?",
    "I'll email you the refund confirmation by five o'clock today.",
]
RUDE = [
    "Can I have your tracking number please?",
    "Well, are you sure you booked express? That's strange, it's never happened before.",
    "Calm down sir, there's nothing I can do, it's not our policy.",
    "That's the courier's fault, not mine.",
]


def play(replies: list[str], persona_id: str = "lost-express", seed: int = 1) -> Call:
    call = Call(find_persona(persona_id), seed=seed)
    call.start()
    for text in replies:
        if call.finished:
            break
        call.reply(text)
    if not call.finished:
        call.hang_up()
    return call


@pytest.fixture(scope="module")
def resolved() -> Call:
    call = play(GOOD)
    assert call.outcome == "resolved"
    return call


@pytest.fixture(scope="module")
def walked_out() -> Call:
    call = play(RUDE)
    assert call.outcome == "walked_out"
    return call


def trainee_turns(call: Call) -> list[dict[str, Any]]:
    return [t for t in call.turns if t["speaker"] == "trainee"]


def test_resolved_call_outcome_and_score_match_the_record(resolved: Call) -> None:
    record = resolved.record()
    report = build_report(record, resolved.persona)

    assert report.outcome == "resolved"
    assert report.outcome_title == "Resolved"
    assert "Marcus" in report.outcome_text
    assert report.score.total == record["score"]["total"]
    assert report.score.formula == FORMULA
    assert sum(r.points for r in report.score.rows) == record["score"]["raw"]
    assert report.score.arithmetic.endswith(f"= {record['score']['total']}")
    assert report.replies == len(trainee_turns(resolved))
    assert report.delivery is None  # typed call
    assert report.taken_back == report.corrected == 0


def test_every_earned_move_cites_the_reply_and_the_words(resolved: Call) -> None:
    report = build_report(resolved.record(), resolved.persona)
    turns = {t["id"]: t for t in trainee_turns(resolved)}
    earned = report.score.earned_rows
    assert {r.key for r in earned} >= {"acknowledge", "empathise", "options", "commitment"}
    for row in earned:
        assert row.points == MOVE_POINTS[row.key] == row.available
        assert row.turn_id in turns
        assert row.reply_text == turns[row.turn_id]["text"]
        assert row.evidence and row.evidence in row.reply_text
        assert row.reply_number == list(turns).index(row.turn_id) + 1
    # rubric order: moves (made or missed) in the order of the method, the outcome last
    keys = [r.key for r in report.score.rows if r.kind in ("move", "missed")]
    assert keys == list(MOVE_POINTS)
    assert report.score.rows[-1].kind == "outcome"
    assert report.score.rows[-1].points == 15


def test_mood_series_is_the_start_then_one_point_per_reply(resolved: Call) -> None:
    record = resolved.record()
    report = build_report(record, resolved.persona)
    assert report.mood_values == record["mood"]
    assert report.mood[0].turn_id is None and report.mood[0].reply_number == 0
    assert [p.turn_id for p in report.mood[1:]] == [t["id"] for t in trainee_turns(resolved)]
    assert report.mood[0].band == "hot" and report.mood[-1].band == "cool"


def test_best_and_worst_replies_follow_the_mood(resolved: Call) -> None:
    report = build_report(resolved.record(), resolved.persona)
    turns = trainee_turns(resolved)
    changes = [t["mood_after"] - t["mood_before"] for t in turns]
    assert report.best is not None and report.worst is not None
    assert report.best.turn_id == turns[changes.index(min(changes))]["id"]
    assert report.worst.turn_id == turns[changes.index(max(changes))]["id"]
    assert report.best.why.startswith("Marcus cooled by")
    best_turn = next(t for t in turns if t["id"] == report.best.turn_id)
    reasons = {
        "acknowledge": "you said back what happened",
        "empathise": "you named how they felt",
        "options": "you offered a choice",
    }
    made = [words for mark, words in reasons.items() if best_turn["marks"][mark]["hit"]]
    assert made and all(words in report.best.why for words in made)  # the why is its marks
    assert report.worst.why.startswith("Marcus got hotter by")
    assert report.worst.answering  # the line the trainee was answering
    assert report.worst.reaction  # and what the persona said back
    assert report.worst.tip  # what to do instead
    assert report.best.helped and not report.worst.helped


def test_missed_gratitude_gets_the_close_model_reply(resolved: Call) -> None:
    report = build_report(resolved.record(), resolved.persona)
    missed = {m.mark: m for m in report.missed}
    assert list(missed) == ["gratitude"]
    thanks = missed["gratitude"]
    assert thanks.stage == "close"
    assert thanks.model_reply == resolved.persona.model_replies["close"]
    assert thanks.highlight and thanks.highlight in thanks.model_reply
    assert thanks.why and thanks.points == 5 and thanks.from_script


def test_walked_out_call_explains_a_zero(walked_out: Call) -> None:
    record = walked_out.record()
    report = build_report(record, walked_out.persona)
    assert report.outcome_title == "Walked out"
    assert report.score.total == 0
    assert report.score.raw < 0
    assert "kept within 0 to 100" in report.score.arithmetic
    faults = report.score.penalty_rows
    assert faults and all(r.points < 0 and r.turn_id for r in faults)
    for row in faults:
        assert row.evidence and row.evidence in row.reply_text
    assert {r.key for r in faults} >= {"premature_details", "doubt"}
    # every move was missed, each with the model reply of the stage where it was due
    assert [m.mark for m in report.missed] == list(MOVE_POINTS)
    for missed in report.missed:
        assert missed.stage == DUE_STAGE[missed.mark]
        assert missed.model_reply == walked_out.persona.model_replies[missed.stage]
    assert report.score.rows[-1].label.startswith("Walked out")


def test_a_fault_at_boiling_point_is_still_the_worst_reply(walked_out: Call) -> None:
    report = build_report(walked_out.record(), walked_out.persona)
    turns = trainee_turns(walked_out)
    # the doubt came when the mood was already at 10, so it could not rise any more
    assert turns[1]["mood_before"] == turns[1]["mood_after"] == 10.0
    assert report.worst is not None and report.worst.turn_id == turns[1]["id"]
    assert "boiling point" in report.worst.why and "doubted" in report.worst.why
    assert report.best is not None and report.best.turn_id == turns[0]["id"]
    assert report.best.why.startswith("No reply cooled Marcus")
    assert not report.best.helped and not report.worst.helped


def test_a_call_with_no_replies_has_no_best_or_worst() -> None:
    call = play([])
    report = build_report(call.record(), call.persona)
    assert report.replies == 0
    assert report.best is None and report.worst is None
    assert len(report.mood) == 1
    assert report.outcome == "ended" and report.outcome_title == "Ended"
    assert len(report.missed) == len(MOVE_POINTS)


def test_a_single_reply_is_best_or_worst_never_both() -> None:
    heard = play(GOOD[1:2])
    report = build_report(heard.record(), heard.persona)
    assert report.best is not None and report.worst is None
    rude = play(RUDE[:1])
    report = build_report(rude.record(), rude.persona)
    assert report.best is None and report.worst is not None


def test_no_worst_reply_when_every_reply_helped() -> None:
    call = Call(find_persona("billing-error"), seed=3)
    call.start()
    for text in BILLING:
        if not call.finished:
            call.reply(text)
    assert call.outcome == "resolved"
    assert all(t["mood_after"] < t["mood_before"] for t in trainee_turns(call))
    report = build_report(call.record(), call.persona)
    assert report.best is not None and report.best.helped
    assert report.worst is None


def test_ties_go_to_the_reply_that_made_more_moves(resolved: Call) -> None:
    record = copy.deepcopy(resolved.record())
    turns = [t for t in record["turns"] if t["speaker"] == "trainee"]
    same = [{"reason": "acknowledge", "delta": -1.0}]
    first, second = turns[1], turns[3]  # one move vs options + asks_input
    for turn in (first, second):
        turn["mood_change"] = same
        turn["mood_after"] = turn["mood_before"] - 1.0
    for turn in turns:
        if turn not in (first, second):
            turn["mood_change"] = [{"reason": "variation", "delta": 0.0}]
            turn["mood_after"] = turn["mood_before"]
    report = build_report(record, resolved.persona)
    assert report.best is not None and report.best.turn_id == second["id"]


def test_taken_back_and_corrected_replies_are_counted() -> None:
    call = Call(find_persona("lost-express"), seed=4)
    call.start()
    wrong = call.reply(RUDE[0])
    call.take_back(wrong.trainee_turn["id"])
    again = call.reply("That's not good enough, is it?")
    call.take_back(again.trainee_turn["id"])
    heard = call.reply(GOOD[1])
    call.correct(heard.trainee_turn["id"], GOOD[1] + " That's awful.")
    call.hang_up()
    report = build_report(call.record(), call.persona)
    assert report.taken_back == 2
    assert report.corrected == 1
    assert report.replies == 1


def test_delivery_is_summarised_over_spoken_replies() -> None:
    deliveries = [
        Delivery(150.0, 0.5, {"um": 2}, latency_ms=800.0, words=30, speaking_s=12.0),
        Delivery(190.0, 7.0, {"like": 1, "um": 1}, latency_ms=-400.0, interrupted=True),
        Delivery(130.0, -1.0, {}, latency_ms=1600.0),
    ]
    call = Call(find_persona("lost-express"), seed=1, mode="voice")
    call.start()
    for text, delivery in zip(GOOD[1:4], deliveries, strict=True):
        call.reply(
            text,
            interrupted=delivery.interrupted,
            extra={"delivery": delivery.to_dict(), "heard": {"text": text}},
        )
    call.hang_up()
    report = build_report(call.record(), call.persona)
    summary = report.delivery
    assert summary is not None
    assert summary.voice_turns == 3
    assert summary.median_wpm == 150.0
    assert summary.loudness_db == 0.5 and summary.loudest_db == 7.0
    assert "raised your voice" in summary.loudness_note
    assert summary.fillers == {"um": 3, "like": 1} and summary.filler_count == 4
    assert summary.interruptions == 1
    assert summary.median_latency_ms == 1200  # the interruption's negative latency is left out
    interrupted = [r for r in report.score.rows if r.kind == "interruption"]
    assert len(interrupted) == 1 and interrupted[0].points == -3


def test_model_reply_falls_back_to_the_nearest_stage_then_a_generic_one() -> None:
    persona = find_persona("lost-express")
    no_close = replace(
        persona, model_replies={k: v for k, v in persona.model_replies.items() if k != "close"}
    )
    call = play(GOOD[1:2])
    report = build_report(call.record(), no_close)
    thanks = next(m for m in report.missed if m.mark == "gratitude")
    assert thanks.stage != "close" or not thanks.from_script
    assert thanks.model_reply  # never empty

    bare = replace(persona, model_replies={})
    report = build_report(call.record(), bare)
    for missed in report.missed:
        assert not missed.from_script
        assert missed.model_reply == GENERIC_EXAMPLES[missed.mark]


@pytest.mark.parametrize("persona", bundled_personas(), ids=lambda p: p.id)
def test_every_bundled_persona_has_a_model_reply_that_makes_each_move(persona: Any) -> None:
    call = Call(persona, seed=2)
    call.start()
    call.hang_up()
    report = build_report(call.record(), persona)
    assert [m.mark for m in report.missed] == list(MARKS)
    for missed in report.missed:
        assert missed.from_script
        assert missed.stage == DUE_STAGE[missed.mark]
        assert missed.highlight and missed.highlight in missed.model_reply


def test_report_is_json_ready(resolved: Call) -> None:
    data = build_report(resolved.record(), resolved.persona).to_dict()
    assert json.loads(json.dumps(data))["score"]["total"] == data["score"]["total"]


def test_report_module_never_imports_qt() -> None:
    code = "import sys, desktop.report; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
