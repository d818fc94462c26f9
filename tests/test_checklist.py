"""The live checklist follows the real judge and engine through a call."""

from __future__ import annotations

from desktop.checklist import checklist
from personas.call import Call
from personas.library import bundled_personas

PERSONA = bundled_personas()[0]


def statuses(call: Call) -> dict[str, str]:
    return {i.mark: i.status for i in checklist(call.turns, finished=call.finished)}


def test_at_the_start_the_persona_waits_to_be_heard() -> None:
    call = Call(PERSONA, seed=1)
    call.start()
    assert statuses(call) == {
        "acknowledge": "waiting",
        "empathise": "pending",
        "options": "pending",
        "commitment": "pending",
        "gratitude": "pending",
    }


def test_a_move_made_is_met_with_the_words_that_made_it() -> None:
    call = Call(PERSONA, seed=1)
    call.start()
    reply = "Thank you for telling me. I'm so sorry, I'd be furious too."
    call.reply(reply)
    items = {i.mark: i for i in checklist(call.turns, finished=False)}
    assert items["gratitude"].status == "met"
    assert items["gratitude"].evidence and items["gratitude"].evidence.lower() in reply.lower()
    assert items["empathise"].status == "met"
    assert items["acknowledge"].status == "waiting"


def test_hanging_up_turns_what_is_left_into_missed() -> None:
    call = Call(PERSONA, seed=1)
    call.start()
    call.reply("okay")
    call.hang_up()
    assert set(statuses(call).values()) == {"missed"}
