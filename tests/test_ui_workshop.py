"""Workshop mode in the window: the facilitator's console drives, the projector view shows.

Typed calls (CallSession with rig=None): the facilitator types what the trainee in the hot seat
said. Each control is checked by what the presenter view shows afterwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.recording import record_consent
from desktop.session_store import SessionStore
from desktop.settings import Settings
from desktop.ui.facilitator_console import FacilitatorConsole, open_workshop
from desktop.workshop import load_roster, records_of, roster_path, scoreboard
from personas.library import bundled_personas

PERSONAS = bundled_personas()
FIVE = ["Sam", "Ana", "Ben", "Chloe", "Dev"]
ACK = (
    "Okay, so you cancelled, we still charged you twice, it put you into overdraft and chat "
    "told you it was fixed when it wasn't. That should never have happened."
)
EMPATHY = "I'm really sorry. Honestly, if I were in your shoes I'd be furious too."
RUDE = "You need to calm down, that's our policy."


def console_with_five(qtbot, *, rotation: str = "by_turn", record: bool = False):
    console = FacilitatorConsole(PERSONAS, Settings(welcomed=True), rig=None)
    qtbot.addWidget(console)
    qtbot.addWidget(console.presenter)
    console.show()
    console.presenter.show()
    qtbot.keyClicks(console.names_edit, "Sam")
    qtbot.keyClick(console.names_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(console.names_edit, "Ana, Ben")
    qtbot.keyClick(console.names_edit, Qt.Key.Key_Return)
    console.names_edit.insertPlainText("Chloe\tDev")  # pasted
    qtbot.mouseClick(console.add_button, Qt.MouseButton.LeftButton)
    assert console.model.roster.names == FIVE
    (console.by_turn if rotation == "by_turn" else console.by_call).setChecked(True)
    assert console.model.rotation == rotation
    console.record_box.setChecked(record)
    index = console.persona_box.findData("billing-error")
    console.persona_box.setCurrentIndex(index)
    return console


def start(qtbot, console: FacilitatorConsole) -> None:
    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.model.state == "listening")


def reply(qtbot, console: FacilitatorConsole, text: str) -> dict:
    with qtbot.waitSignal(console.model.reply_judged) as judged:
        console.reply_edit.setText(text)
        qtbot.keyClick(console.reply_edit, Qt.Key.Key_Return)
    return judged.args[0]


def end(qtbot, console: FacilitatorConsole) -> dict:
    with qtbot.waitSignal(console.model.call_over) as over:
        qtbot.mouseClick(console.end_button, Qt.MouseButton.LeftButton)
    return over.args[0]


def test_by_turn_the_room_of_five_carries_one_call(qtbot) -> None:
    console = console_with_five(qtbot)
    view = console.presenter
    console.model.edit_roster(lambda r: r.set_absent("Ben", True))
    start(qtbot, console)
    assert "Margaret Ellison" in view.persona_name.text()
    assert view.caption.text() and view.seat_name.text() == "Sam"
    assert "Ana" in view.next_name.text() and console.next_label.text() == "Ana"
    said = [reply(qtbot, console, text)["trainee"] for text in (ACK, EMPATHY, RUDE)]
    assert said == ["Sam", "Ana", "Chloe"]  # Ben is absent
    assert view.seat_name.text() == "Dev"
    assert "Chloe" in view.reply_head.text() and "Policy" in view.reply_marks.text()
    record = end(qtbot, console)
    assert record["trainees"] == ["Sam", "Ana", "Chloe"]
    assert [t["trainee"] for t in record["turns"] if t["speaker"] == "trainee"] == said


def test_by_call_each_trainee_plays_a_whole_call(qtbot) -> None:
    console = console_with_five(qtbot, rotation="by_call")
    view = console.presenter
    records = []
    for name in ("Sam", "Ana"):
        start(qtbot, console)
        assert view.seat_name.text() == name
        assert reply(qtbot, console, ACK)["trainee"] == name
        assert reply(qtbot, console, EMPATHY)["trainee"] == name
        assert view.seat_name.text() == name  # the seat stays for the whole call
        records.append(end(qtbot, console))
    assert [r["trainees"] for r in records] == [["Sam"], ["Ana"]]
    assert view.seat_name.text() == "Ben" and "Call over" in view.banner.text()
    rows = {r.trainee: r for r in console.model.workshop.scoreboard()}
    assert rows["Sam"].calls == rows["Ana"].calls == 1 and rows["Ben"].calls == 0


def test_each_facilitator_control_changes_what_the_room_sees(qtbot) -> None:
    console = console_with_five(qtbot)
    view = console.presenter
    start(qtbot, console)

    # the clicker passes the seat: Page Down and Right arrow, on the console or the projector
    console.activateWindow()
    qtbot.keyClick(console.roster_list, Qt.Key.Key_PageDown)
    assert view.seat_name.text() == "Ana"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.seat_name.text() == "Ben" and "Ben" in view.banner.text()
    console.model.take_seat("Sam")

    # pause and resume
    qtbot.mouseClick(console.pause_button, Qt.MouseButton.LeftButton)
    assert "Paused" in view.banner.text() and console.pause_button.text().startswith("Resume")
    qtbot.mouseClick(console.pause_button, Qt.MouseButton.LeftButton)
    assert "your turn" in view.banner.text()

    # a reply shows its marks with the words that earned them
    turn = reply(qtbot, console, ACK)
    evidence = turn["marks"]["acknowledge"]["evidence"]
    assert turn["marks"]["acknowledge"]["hit"] and evidence in view.reply_marks.text()
    assert "Acknowledged" in view.reply_marks.text() and "Sam" in view.reply_head.text()
    assert "Heard" in view.checklist.text() and evidence in view.checklist.text()
    assert view.seat_name.text() == "Ana"

    # nudge the mood, with the reason logged
    before = view.mood.heat
    console.reason_edit.setText("kept a warm tone")
    qtbot.mouseClick(console.calmer_button, Qt.MouseButton.LeftButton)
    assert view.mood.heat < before
    heat = view.mood.heat
    qtbot.mouseClick(console.angrier_button, Qt.MouseButton.LeftButton)
    assert view.mood.heat > heat
    assert any("warm tone" in line for line in console.log_lines)
    assert console.model.workshop.controls[0]["reason"] == "kept a warm tone"

    # repeat the last line: the caption is said again
    with qtbot.waitSignal(console.model.persona_line) as repeated:
        qtbot.mouseClick(console.repeat_button, Qt.MouseButton.LeftButton)
    assert repeated.args[0]["kind"] == "repeat"
    assert repeated.args[0]["text"].replace("'", "&#39;")[:20] in view.caption.text().replace(
        "'", "&#39;"
    )

    # take that back: the reply disappears from the projector and Sam answers again
    qtbot.mouseClick(console.take_back_button, Qt.MouseButton.LeftButton)
    assert view.reply_head.text() == "" and view.reply_kicker.isHidden()
    assert view.seat_name.text() == "Sam" and evidence not in view.checklist.text()

    # skip to a stage: the persona speaks from there and the checklist waits for that move
    console.stage_box.setCurrentIndex(console.stage_box.findData("options"))
    caption = view.caption.text()
    qtbot.mouseClick(console.skip_button, Qt.MouseButton.LeftButton)
    assert view.caption.text() != caption
    assert "Offer choices" in view.checklist.text()

    # end the call
    record = end(qtbot, console)
    assert "Call over" in view.banner.text() and "\u2716" in view.checklist.text()
    kinds = [c["kind"] for c in record["controls"]]
    assert kinds == ["nudge", "nudge", "skip"]


def test_the_scoreboard_matches_the_saved_sessions(qtbot, tmp_path: Path) -> None:
    for name in FIVE:
        record_consent(name)
    console = console_with_five(qtbot, rotation="by_call", record=True)
    qtbot.waitUntil(lambda: console.consented is not None)
    start(qtbot, console)  # Sam, alone
    reply(qtbot, console, ACK)
    reply(qtbot, console, RUDE)
    end(qtbot, console)
    console.by_turn.setChecked(True)
    start(qtbot, console)  # Ana, Ben, Chloe share one
    for text in (ACK, EMPATHY, RUDE):
        reply(qtbot, console, text)
    end(qtbot, console)
    qtbot.waitUntil(lambda: console.model.all_saved, timeout=30_000)

    ids = [c.session_id for c in console.model.workshop.calls]
    from_disk = scoreboard(records_of(ids), order=console.model.roster.names)
    assert [r.as_json() for r in from_disk] == [
        r.as_json() for r in console.model.workshop.scoreboard()
    ]
    rows = {r.trainee: r for r in from_disk}
    assert rows["Sam"].calls == 1 and rows["Sam"].violations >= 1 and rows["Sam"].scores
    assert rows["Ana"].calls == rows["Ben"].calls == rows["Chloe"].calls == 1
    assert rows["Chloe"].violations >= 1 and rows["Dev"].calls == 0
    table = console.score_table
    shown = {table.item(i, 0).text(): table.item(i, 3).text() for i in range(table.rowCount())}
    assert shown == {name: str(rows[name].marks) for name in FIVE}
    store = SessionStore()
    assert [s.id for s in store.list(trainee="Ben")] == [ids[1]]
    assert store.get(ids[1]).record["trainees"] == ["Ana", "Ben", "Chloe"]

    for suffix in ("html", "pdf"):
        with qtbot.waitSignal(console.report_saved, timeout=30_000) as saved:
            console.save_report(tmp_path / f"room.{suffix}")
        path = Path(saved.args[0])
        if suffix == "html":
            text = path.read_text(encoding="utf-8")
            assert all(name in text for name in FIVE) and ids[0] in text
        else:
            assert path.read_bytes().startswith(b"%PDF")


def test_the_roster_is_kept_for_the_next_workshop(qtbot) -> None:
    console = console_with_five(qtbot)
    console.roster_list.item(2).setCheckState(Qt.CheckState.Unchecked)  # Ben is away today
    console.roster_list.setCurrentRow(4)
    qtbot.mouseClick(console.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: load_roster().names == ["Sam", "Ana", "Ben", "Dev", "Chloe"])
    assert roster_path().exists() and load_roster().present() == ["Sam", "Ana", "Dev", "Chloe"]

    class Main(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.personas = PERSONAS
            self.settings = Settings(welcomed=True)
            self.rig = None

    main = Main()
    qtbot.addWidget(main)
    again = open_workshop(main)
    qtbot.addWidget(again.presenter)
    qtbot.waitUntil(lambda: again.model.roster.names == ["Sam", "Ana", "Ben", "Dev", "Chloe"])
    assert again.roster_list.count() == 5 and again.presenter.isVisible()
    assert open_workshop(main) is again
    again.close()
    assert not again.presenter.isVisible()
    assert open_workshop(main) is again and again.presenter.isVisible()  # reopened as it was
    again.close()
