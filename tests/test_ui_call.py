"""The call screen and the library, driven like a trainee would: typing, clicking, keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.settings import Settings
from desktop.ui.call_page import CallPage
from desktop.ui.call_session import CallSession
from desktop.ui.library_page import LibraryPage
from personas.library import bundled_personas

PERSONAS = bundled_personas()
PERSONA = PERSONAS[0]
ACK = "Okay, so the engineer never came and you lost a day, that should never have happened."
RUDE = "You need to calm down, it's not our policy."


def typed_call(qtbot, seed: int = 4) -> tuple[CallPage, CallSession]:
    page = CallPage()
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    session = CallSession(PERSONA, Settings(), rig=None, seed=seed)
    page.attach(session)
    return page, session


def say(qtbot, page: CallPage, text: str) -> None:
    page.reply_box.setFocus()
    qtbot.waitUntil(page.reply_box.hasFocus)
    qtbot.keyClicks(page.reply_box, text)
    qtbot.keyClick(page.reply_box, Qt.Key.Key_Return)


def test_library_shows_every_persona_and_search_narrows_it(qtbot) -> None:
    library = LibraryPage(PERSONAS)
    qtbot.addWidget(library)
    assert len(library.visible_cards()) == len(PERSONAS)
    qtbot.keyClicks(library.search, PERSONA.name.split()[0])
    assert [c.persona.id for c in library.visible_cards()] == [PERSONA.id]
    library.search.clear()
    qtbot.keyClicks(library.search, "zzzz nobody")
    assert library.visible_cards() == [] and not library.empty.isHidden()


def test_surprise_me_and_a_card_both_start_a_call(qtbot) -> None:
    library = LibraryPage(PERSONAS)
    qtbot.addWidget(library)
    with qtbot.waitSignal(library.chosen) as surprise:
        qtbot.mouseClick(library.surprise_button, Qt.MouseButton.LeftButton)
    assert surprise.args[0] in {p.id for p in PERSONAS}
    with qtbot.waitSignal(library.chosen) as chosen:
        qtbot.mouseClick(library.cards[1].start_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [PERSONAS[1].id]


def test_a_typed_reply_shows_its_marks_with_the_words_that_earned_them(qtbot) -> None:
    page, _session = typed_call(qtbot)
    opening = page.caption.text()
    assert opening and page.turns[0]["speaker"] == "persona"
    assert page.state_pill.state == "typed"
    mood_before = page.mood_meter.heat

    say(qtbot, page, ACK)

    view = next(v for v in page.turn_views if v.turn["speaker"] == "trainee")
    chip = next(c for c in view.chips if c.label == "Acknowledged")
    assert chip.evidence and chip.evidence.lower() in ACK.lower()
    assert chip.evidence in chip.toolTip()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert chip.evidence in view.evidence.text() and not view.evidence.isHidden()
    assert page.mood_meter.heat == view.turn["mood_after"] != mood_before
    assert page.caption.text() == page.turns[-1]["text"] != opening
    assert {i.mark: i.status for i in page.checklist.items}["acknowledge"] == "met"


def test_a_fault_is_a_red_chip_and_the_checklist_says_what_is_still_wanted(qtbot) -> None:
    page, _session = typed_call(qtbot)
    say(qtbot, page, RUDE)
    view = next(v for v in reversed(page.turn_views) if v.turn["speaker"] == "trainee")
    faults = [c for c in view.chips if c.fault]
    assert faults and all(c.evidence for c in faults)
    statuses = {i.mark: i.status for i in page.checklist.items}
    assert statuses["acknowledge"] == "waiting"
    assert "waiting" in page.checklist.rows["acknowledge"].text()


def test_take_that_back_rewinds_the_transcript_and_the_record_keeps_both(qtbot) -> None:
    page, _session = typed_call(qtbot)
    say(qtbot, page, RUDE)
    hot = page.mood_meter.heat
    rude_view = next(v for v in page.turn_views if v.turn["speaker"] == "trainee")
    qtbot.mouseClick(rude_view.back_button, Qt.MouseButton.LeftButton)
    assert [t["speaker"] for t in page.turns] == ["persona"]
    assert page.mood_meter.heat == PERSONA.mood_start != hot
    say(qtbot, page, ACK)
    with qtbot.waitSignal(page.finished) as done:
        qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    record = done.args[0]
    trainee = [t for t in record["turns"] if t["speaker"] == "trainee"]
    assert [t["text"] for t in trainee] == [ACK]
    assert trainee[0]["attempts"][0]["text"] == RUDE
    assert record["undone"][0]["reason"] == "take_back"


def test_thats_not_what_i_said_rejudges_and_keeps_the_heard_words(qtbot) -> None:
    page, _session = typed_call(qtbot)
    say(qtbot, page, "okay so the engine ear never came")
    view = next(v for v in reversed(page.turn_views) if v.turn["speaker"] == "trainee")
    qtbot.waitUntil(view.correct_button.isVisible)
    qtbot.mouseClick(view.correct_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.editor.isVisible)
    view.editor.clear()
    qtbot.keyClicks(view.editor, ACK)
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    fixed = next(v for v in reversed(page.turn_views) if v.turn["speaker"] == "trainee")
    assert fixed is not view
    assert fixed.turn["text"] == ACK
    assert fixed.turn["corrected_from"] == "okay so the engine ear never came"
    assert any(c.label == "Acknowledged" for c in fixed.chips)
    assert sum(1 for t in page.turns if t["speaker"] == "trainee") == 1


def test_keyboard_only_take_back_pause_and_end(qtbot) -> None:
    page, session = typed_call(qtbot)
    say(qtbot, page, RUDE)
    qtbot.keyClick(page.reply_box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t["speaker"] for t in page.turns] == ["persona"]
    qtbot.keyClick(page.reply_box, Qt.Key.Key_Escape)
    assert session.state == "paused" and page.state_pill.state == "paused"
    qtbot.keyClick(page.reply_box, Qt.Key.Key_Escape)
    assert session.state == "listening"
    with qtbot.waitSignal(page.finished):
        qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert session.state == "over" and not page.reply_box.isEnabled()


def test_facilitator_controls_reach_the_call_and_the_screen(qtbot) -> None:
    page, session = typed_call(qtbot)
    session.set_trainee("Priya")
    say(qtbot, page, ACK)
    assert [t["trainee"] for t in page.turns if t["speaker"] == "trainee"] == ["Priya"]
    heat = page.mood_meter.heat
    session.nudge(+1.5, "the room laughed")
    assert page.mood_meter.heat == min(10.0, heat + 1.5)
    said = len(page.turns)
    session.repeat_line()
    assert len(page.turns) == said + 1 and page.turns[-1]["kind"] == "repeat"
    session.skip_to("commitment", "short of time")
    assert page.turns[-1]["kind"] == "skip" and page.caption.text() == page.turns[-1]["text"]
    with qtbot.waitSignal(page.finished) as done:
        session.end()
    kinds = [c["kind"] for c in done.args[0]["controls"]]
    assert kinds == ["nudge", "skip"]
