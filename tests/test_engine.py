"""The call engine, always through the real judge: bounds, determinism, snapshots, outcomes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from personas.call import Call
from personas.engine import CallEngine, Snapshot
from personas.judge import JudgeContext, judge
from personas.library import bundled_personas, find_persona
from personas.model import STAGES, Persona

PERSONAS = bundled_personas()
IDS = [p.id for p in PERSONAS]

VIOLATOR = [
    "calm down, there's no need to shout",
    "that's not our policy, you'll have to put it in writing",
    "are you sure? that's never happened before",
    "well whose fault is that, it's the courier's fault not mine",
    "I'm sorry you feel that way",
    "there's nothing I can do, it's not my department",
    "you're being ridiculous",
    "if you keep shouting I'll hang up on you",
]

POOL = [
    "",
    "okay",
    "I hear you, that should never have happened",
    "I'm so sorry, I'd be furious too",
    "I can refund the fee or send a replacement today, which would you prefer?",
    "I'll call you back by four today",
    "thank you for telling us",
    "can I take your account number",
    *VIOLATOR,
    "um so like I don't know what to tell you",
    "x" * 10_000,
]


def model_reply(persona: Persona, stage: str) -> str:
    """What a good trainee says at each stage, in ordinary sentences."""
    if stage == "vent":
        return (
            f"Okay, so if I've got this right, {persona.key_facts[0].says}. That should never "
            "have happened."
        )
    if stage == "heard":
        return "I'm really sorry. Honestly, if I were in your shoes I'd be furious too."
    if stage == "options":
        first, *rest = persona.bargains
        other = f" Or there's this: {rest[0].says}." if rest else ""
        return f"Here's what I can do: {first.says}.{other} Which would you prefer?"
    if stage == "commitment":
        return "I'll call you back by four o'clock today to confirm it's all sorted."
    return (
        "Thank you for bearing with me, and for telling us about this. Is there anything "
        "else I can help with today?"
    )


def play(persona: Persona, seed: int, replies) -> Call:
    call = Call(persona, seed=seed, max_turns=25)
    call.start()
    for _ in range(25):
        if call.finished:
            break
        call.reply(replies(call))
    return call


@pytest.mark.parametrize("persona_id", IDS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_model_trainee_resolves_every_persona(persona_id: str, seed: int) -> None:
    persona = find_persona(persona_id)
    call = play(persona, seed, lambda c: model_reply(persona, c.engine.stage))
    record = call.record()
    assert record["outcome"] == "resolved", [t["text"] for t in record["turns"]]
    assert record["score"]["total"] >= 80
    trainee_turns = [t for t in record["turns"] if t["speaker"] == "trainee"]
    assert all(not t["violations"] for t in trainee_turns)


@pytest.mark.parametrize("persona_id", IDS)
def test_the_scripts_own_model_replies_resolve_it(persona_id: str) -> None:
    persona = find_persona(persona_id)
    call = play(persona, 11, lambda c: persona.model_replies[c.engine.stage])
    assert call.outcome == "resolved"


@pytest.mark.parametrize("persona_id", IDS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_trainee_who_only_commits_violations_makes_everyone_walk_out(
    persona_id: str, seed: int
) -> None:
    persona = find_persona(persona_id)
    call = play(persona, seed, lambda c: VIOLATOR[len(c.turns) % len(VIOLATOR)])
    record = call.record()
    assert record["outcome"] == "walked_out"
    kinds = [t["kind"] for t in record["turns"] if t["speaker"] == "persona"]
    assert "threat" in kinds and kinds[-1] == "walk_out"
    assert record["score"]["total"] <= 10


@settings(max_examples=60, deadline=None)
@given(
    persona_index=st.integers(0, len(PERSONAS) - 1),
    seed=st.integers(0, 2**31),
    moves=st.lists(st.tuples(st.sampled_from(POOL), st.booleans()), min_size=1, max_size=30),
)
def test_mood_stays_in_bounds_and_stages_only_move_forward(persona_index, seed, moves) -> None:
    persona = PERSONAS[persona_index]
    engine = CallEngine(persona, seed)
    engine.opening()
    last_stage = 0
    for text, interrupted in moves:
        if engine.outcome:
            break
        reaction = engine.respond(
            judge(text, JudgeContext(persona, engine.stage)), interrupted=interrupted
        )
        assert 0.0 <= reaction.heat_after <= 10.0
        assert STAGES.index(reaction.stage_after) >= last_stage
        last_stage = STAGES.index(reaction.stage_after)
        assert reaction.lines or engine.outcome == "ended"
        assert engine.state.turn <= engine.max_turns


def _transcript(call: Call) -> list[tuple[str, str, float | None]]:
    return [(t["speaker"], t["text"], t.get("mood_after", t.get("mood"))) for t in call.turns]


def test_same_seed_same_call_and_other_seeds_vary() -> None:
    persona = find_persona("lost-express")
    replies = [
        "what's the problem",
        "okay",
        "I hear you, the parcel never arrived",
        "that's not our policy",
        "",
    ]
    runs = {}
    for seed in (5, 5, 6, 7, 8):
        call = Call(persona, seed=seed)
        call.start()
        for text in replies:
            if not call.finished:
                call.reply(text)
        runs.setdefault(seed, []).append(_transcript(call))
    assert runs[5][0] == runs[5][1]
    assert len({json.dumps(runs[s][0]) for s in (5, 6, 7, 8)}) > 1


def test_snapshot_restores_state_and_randomness_exactly() -> None:
    persona = find_persona("failed-twice")
    engine = CallEngine(persona, 42)
    engine.opening()
    for text in ["okay", "I understand the machine broke twice"]:
        engine.respond(judge(text, JudgeContext(persona, engine.stage)))
    saved = Snapshot.from_json(json.loads(json.dumps(engine.snapshot().as_json())))
    follow = ["I'm so sorry, that must be exhausting", "calm down", ""]

    def run() -> list:
        out = []
        for text in follow:
            if engine.outcome:
                break
            r = engine.respond(judge(text, JudgeContext(persona, engine.stage)))
            out.append((r.heat_after, r.stage_after, [line.id for _, line in r.lines]))
        return out

    first = run()
    engine.restore(saved)
    assert run() == first


def test_nudge_and_skip_change_the_state_and_are_logged() -> None:
    persona = find_persona("billing-error")
    engine = CallEngine(persona, 1)
    engine.nudge(-2.5, "facilitator: give them a break")
    assert engine.heat == pytest.approx(persona.mood_start - 2.5)
    assert engine.state.nudges[0]["reason"].startswith("facilitator")
    engine.skip_to("options")
    assert engine.stage == "options"
    assert (
        engine.stage_line()
        in persona.lines["options"][
            "hot" if engine.heat >= 7 else "warm" if engine.heat >= 4 else "cool"
        ]
    )


def test_silence_is_a_turn_the_persona_reacts_to() -> None:
    persona = find_persona("vip-client")
    call = Call(persona, seed=3)
    call.start()
    result = call.reply("")
    assert result.reaction.heat_after > result.reaction.heat_before - 0.2
    assert result.persona_turns[0]["kind"] == "reaction"
    assert result.persona_turns[0]["line_id"] in {line.id for line in persona.reactions["silence"]}
    assert any(c.reason == "silence" for c in result.reaction.changes)


def test_a_ten_thousand_character_reply_is_just_a_long_turn() -> None:
    persona = find_persona("escalated-exec")
    call = Call(persona, seed=3)
    call.start()
    text = ("I hear you and I'm so sorry, that should never have happened. " * 200)[:10_000]
    result = call.reply(text)
    assert result.trainee_turn["text"] == text
    assert result.judgement.marks["empathise"].hit
    assert result.persona_turns


def test_interruption_heats_and_gets_its_reaction() -> None:
    persona = find_persona("missed-technician")
    call = Call(persona, seed=9)
    call.start()
    result = call.reply("sorry to cut in but", interrupted=True)
    assert any(c.reason == "interruption" for c in result.reaction.changes)
    assert result.persona_turns[0]["line_id"] in {
        line.id for line in persona.reactions["interruption"]
    }


def test_turn_cap_ends_the_call() -> None:
    persona = find_persona("billing-error")
    call = Call(persona, seed=2, max_turns=4)
    call.start()
    while not call.finished:
        call.reply("okay")
    assert call.outcome in ("ended", "walked_out")
    assert len([t for t in call.turns if t["speaker"] == "trainee"]) <= 4
