"""Workshop mode without Qt: the roster, the rotation and the scoreboard from call records."""

from __future__ import annotations

import json

import pytest

from desktop.workshop import (
    Roster,
    Workshop,
    list_workshops,
    load_roster,
    reopen_workshop,
    roster_path,
    save_roster,
    save_workshop,
    scoreboard,
    split_names,
    workshop_path,
)
from personas.call import Call
from personas.library import bundled_personas

PERSONA = next(p for p in bundled_personas() if p.id == "billing-error")
FIVE = "Sam\nAna, Ben;Chloe\tDev"


def test_a_pasted_block_becomes_a_roster_without_duplicates() -> None:
    roster = Roster()
    assert roster.add_block(FIVE) == ["Sam", "Ana", "Ben", "Chloe", "Dev"]
    assert roster.add_block("  sam \n\nEmma  Rossi ") == ["Emma Rossi"]
    assert split_names(" , \n ") == []
    assert not roster.add("")


def test_the_roster_reorders_marks_absent_and_survives_a_restart(hotseat_home) -> None:
    roster = Roster()
    roster.add_block(FIVE)
    roster.move("Dev", 0)
    roster.set_absent("Ben", True)
    roster.remove("Chloe")
    path = save_roster(roster)
    assert path == roster_path() and str(path).startswith(str(hotseat_home))
    assert not path.with_name(path.name + ".tmp").exists()
    again = load_roster()
    assert again.names == ["Dev", "Sam", "Ana", "Ben"]
    assert again.present() == ["Dev", "Sam", "Ana"]
    path.write_text("{not json", encoding="utf-8")
    assert load_roster().names == []
    assert json.loads(json.dumps(again.as_json()))["members"][3] == {"name": "Ben", "absent": True}


def test_the_seat_goes_round_the_present_trainees() -> None:
    workshop = Workshop(Roster())
    assert workshop.hot_seat is None and workshop.advance() is None
    workshop.roster.add_block(FIVE)
    assert (workshop.hot_seat, workshop.next_up) == ("Sam", "Ana")
    workshop.roster.set_absent("Ben", True)
    seats = [workshop.advance() for _ in range(5)]
    assert seats == ["Ana", "Chloe", "Dev", "Sam", "Ana"]
    workshop.roster.set_absent("Ana", True)  # the one in the seat leaves: the next one has it
    assert (workshop.hot_seat, workshop.next_up) == ("Chloe", "Dev")
    workshop.take_seat("dev")
    assert workshop.hot_seat == "Dev"


def test_the_scoreboard_credits_each_reply_to_whoever_said_it() -> None:
    shared = Call(PERSONA, seed=3, trainee="Sam")
    shared.start()
    shared.reply(
        "So you cancelled and we still charged you twice, that's not right.", trainee="Sam"
    )
    shared.reply("You need to calm down, that's our policy.", trainee="Ana", interrupted=True)
    shared.hang_up()
    alone = Call(PERSONA, seed=4, trainee="Ben")
    alone.start()
    alone.reply("I'm so sorry, that must have been really stressful.", trainee="Ben")
    alone.hang_up()
    lines = {
        line.trainee: line
        for line in scoreboard(
            [shared.record(), alone.record()], order=["Sam", "Ana", "Ben", "Chloe"]
        )
    }
    assert list(lines) == ["Sam", "Ana", "Ben", "Chloe"]
    assert (lines["Sam"].calls, lines["Sam"].replies, lines["Sam"].violations) == (1, 1, 0)
    assert lines["Sam"].marks >= 1 and lines["Sam"].scores == []  # a shared call's score
    assert lines["Ana"].violations >= 1 and lines["Ana"].interruptions == 1
    assert lines["Ana"].marks == 0
    assert lines["Ben"].scores == [alone.record()["score"]["total"]]
    assert lines["Chloe"].calls == 0 and lines["Chloe"].outcomes == []


def test_the_workshop_log_is_kept_and_rebuilds_the_scoreboard(hotseat_home) -> None:
    workshop = Workshop(Roster())
    workshop.roster.add_block("Sam\nAna\nBen")
    workshop.roster.set_absent("Ben", True)
    saved: dict[str, dict] = {}
    for i, (name, seed) in enumerate((("Sam", 3), ("Ana", 4))):
        call = Call(PERSONA, seed=seed, trainee=name)
        call.start()
        call.reply("I'm so sorry, that must have been really stressful.", trainee=name)
        call.hang_up()
        saved[f"s{i}"] = call.record()
        workshop.log_call(call.record(), f"s{i}")
    unrecorded = Call(PERSONA, seed=5, trainee="Sam")
    unrecorded.start()
    unrecorded.hang_up()
    workshop.log_call(unrecorded.record())  # no consent: no session
    workshop.set_rotation("by_turn")
    workshop.log_control("nudge", delta=-1.0, reason="warm tone")
    path = save_workshop(workshop)
    assert path == workshop_path(workshop.id) and str(path).startswith(str(hotseat_home))
    log = json.loads(path.read_text(encoding="utf-8"))
    assert [c["session_id"] for c in log["calls"]] == ["s0", "s1", None]
    assert [c["trainees"] for c in log["calls"]] == [["Sam"], ["Ana"], ["Sam"]]
    assert "turns" not in json.dumps(log)  # the words stay in the sessions
    (summary,) = list_workshops()
    assert (summary.id, summary.calls, summary.recorded) == (workshop.id, 3, 2)
    assert summary.trainees == ["Sam", "Ana"] and "3 calls" in summary.title

    def read(session_id: str) -> dict:
        if session_id not in saved:
            raise KeyError(session_id)
        return saved[session_id]

    del saved["s1"]  # deleted since
    again = reopen_workshop(workshop.id, read)
    assert again.not_recorded == 1 and again.missing == ["s1"]
    assert again.workshop.roster.present() == ["Sam", "Ana"]
    assert again.workshop.rotation == "by_turn" and again.workshop.controls[0]["reason"]
    rows = {r.trainee: r for r in again.workshop.scoreboard()}
    assert rows["Sam"].calls == 1 and rows["Ana"].calls == 0
    path.write_text("{broken", encoding="utf-8")
    assert list_workshops() == []
    with pytest.raises(ValueError):
        reopen_workshop(workshop.id, read)
    with pytest.raises(ValueError):
        workshop_path("../escape")
