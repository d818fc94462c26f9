"""Workshop mode, the end and the keys: the scoreboard on the projector, the workshop's log kept
with the user's data and reopened after a restart, Space as push-to-talk and the clicker keys in
either window, and which screen the projector view goes full screen on.

Typed calls (CallSession with rig=None), as in test_ui_workshop.py; each check is what the
presenter view or the console shows afterwards.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.recording import record_consent
from desktop.session_store import SessionStore
from desktop.settings import Settings
from desktop.ui.facilitator_console import FacilitatorConsole
from desktop.ui.presenter_view import projector_screen
from desktop.workshop import list_workshops, workshop_path, workshops_dir
from tests.test_ui_workshop import (
    ACK,
    EMPATHY,
    FIVE,
    PERSONAS,
    RUDE,
    console_with_five,
    end,
    reply,
    start,
)


def play_two_calls(qtbot, console: FacilitatorConsole) -> None:
    """Sam plays a call alone; then Ana, Ben and Chloe carry one call turn by turn."""
    start(qtbot, console)
    reply(qtbot, console, ACK)
    reply(qtbot, console, RUDE)
    end(qtbot, console)
    console.by_turn.setChecked(True)
    start(qtbot, console)
    for text in (ACK, EMPATHY, RUDE):
        reply(qtbot, console, text)
    end(qtbot, console)


def board_rows(view) -> dict[str, list[str]]:
    """The projector's scoreboard as the room reads it: name -> the row's cells."""
    import re

    html = view.board_table.text()
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", html)[1:]:
        cells = [
            re.sub(r"<[^>]+>", "", c).replace("&nbsp;", " ")
            for c in re.findall(r"<td[^>]*>(.*?)</td>", row)
        ]
        rows[cells[0]] = cells[1:]
    return rows


def test_at_the_end_the_projector_shows_the_rooms_scoreboard(qtbot) -> None:
    console = console_with_five(qtbot, rotation="by_call")
    view = console.presenter
    view.resize(1920, 1080)
    assert not view.showing_board
    play_two_calls(qtbot, console)
    assert not view.showing_board  # the calls, until the facilitator ends the workshop

    qtbot.mouseClick(console.end_workshop_button, Qt.MouseButton.LeftButton)
    assert view.showing_board and console.board_button.isChecked()
    rows = board_rows(view)
    assert list(rows) == ["Sam", "Ana", "Ben", "Chloe"]  # Dev never played: left out
    lines = {line.trainee: line for line in console.model.workshop.scoreboard()}
    for name, cells in rows.items():
        line = lines[name]
        calls, outcome, marks, faults, interrupted = cells
        assert (calls, marks, faults, interrupted) == tuple(
            str(v) for v in (line.calls, line.marks, line.violations, line.interruptions)
        )
        assert outcome.strip()
    assert int(rows["Sam"][3]) >= 1 and int(rows["Chloe"][3]) >= 1  # the rude replies
    assert int(rows["Ana"][2]) >= 1
    # big type: the table's text is sized for the back of a room at 1080p
    size = int(view.board_table.text().split("font-size:")[1].split("px")[0])
    assert size >= 1080 // 30

    # back to the call view when the next call starts
    console.by_call.setChecked(True)
    start(qtbot, console)
    assert not view.showing_board and not console.board_button.isChecked()
    end(qtbot, console)
    console.board_button.click()
    assert view.showing_board


def test_the_workshop_is_kept_and_reopened_from_its_saved_sessions(qtbot, tmp_path: Path) -> None:
    for name in FIVE:
        record_consent(name)
    console = console_with_five(qtbot, rotation="by_call", record=True)
    qtbot.waitUntil(lambda: console.consented is not None)
    # each call's session id arrives by its own session's saved signal, no polling; the saves
    # finish in the background, so the second call's may land before the first's
    saved: dict[int, str] = {}
    call_numbers = itertools.count()

    def listen(_persona: object) -> None:
        call = next(call_numbers)
        console.model.session.saved.connect(lambda sid: saved.__setitem__(call, sid))

    console.model.call_started.connect(listen)
    console.add_names("Emma")
    console.model.edit_roster(lambda r: r.set_absent("Emma", True))
    play_two_calls(qtbot, console)
    qtbot.waitUntil(lambda: len(saved) == 2)
    saved_ids = [saved[0], saved[1]]
    assert [c.session_id for c in console.model.workshop.calls] == saved_ids
    workshop_id = console.model.workshop.id
    path = workshop_path(workshop_id)
    qtbot.waitUntil(
        lambda: (
            path.exists()
            and [c["session_id"] for c in json.loads(path.read_text())["calls"]] == saved_ids
        )
    )
    assert str(path).startswith(str(workshops_dir()))
    # written atomically, nothing left behind once the background writes have settled (a later
    # save may be mid-write right now; its temp file is renamed over the log when it finishes)
    qtbot.waitUntil(lambda: not list(path.parent.glob(".*.tmp")))
    log = json.loads(path.read_text())
    assert [c["trainees"] for c in log["calls"]] == [["Sam"], ["Ana", "Ben", "Chloe"]]
    assert log["rotation"] == "by_turn" and [c["rotation"] for c in log["calls"]] == [
        "by_call",
        "by_turn",
    ]
    assert [m["name"] for m in log["roster"]] == [*FIVE, "Emma"]
    assert log["roster"][-1]["absent"] is True
    before = [line.as_json() for line in console.model.workshop.scoreboard()]
    report_before = console.report_html()
    console.close()

    # the app is quit; the next day, a new console: Past workshops…
    again = FacilitatorConsole(PERSONAS, Settings(welcomed=True), rig=None)
    qtbot.addWidget(again)
    qtbot.addWidget(again.presenter)
    again.show()
    again.presenter.show()
    assert again.model.workshop.calls == [] and not again.report_button.isEnabled()
    assert [w.id for w in list_workshops()] == [workshop_id]
    dialog = again.choose_past_workshop()
    qtbot.waitUntil(lambda: bool(dialog.summaries))
    assert "2 calls" in dialog.list.item(0).text() and "Chloe" in dialog.list.item(0).text()
    with qtbot.waitSignal(again.model.reopened, timeout=30_000):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [line.as_json() for line in again.model.workshop.scoreboard()] == before
    assert again.model.roster.names == [*FIVE, "Emma"] and again.by_turn.isChecked()
    assert [c.session_id for c in again.model.workshop.calls] == saved_ids
    table = again.score_table
    assert [table.item(i, 0).text() for i in range(table.rowCount())] == [*FIVE, "Emma"]
    assert again.presenter.showing_board and list(board_rows(again.presenter)) == [
        "Sam",
        "Ana",
        "Ben",
        "Chloe",
    ]
    assert any("Reopened the workshop" in line for line in again.log_lines)
    assert again.report_html().count("<tr") == report_before.count("<tr")
    with qtbot.waitSignal(again.report_saved, timeout=30_000) as written:
        again.save_report(tmp_path / "room.html")
    text = Path(written.args[0]).read_text(encoding="utf-8")
    assert all(name in text for name in ("Sam", "Ana", "Ben", "Chloe")) and saved_ids[1] in text

    # a session deleted since is left out and said so; the workshop goes on where it was
    SessionStore().delete(saved_ids[0])
    with qtbot.waitSignal(again.model.reopened, timeout=30_000):
        again.reopen(workshop_id)
    assert [c.session_id for c in again.model.workshop.calls] == saved_ids[1:]
    assert "1 deleted since" in again.log_lines[-1]
    again.by_call.setChecked(True)
    start(qtbot, again)
    assert again.presenter.seat_name.text() in FIVE
    reply(qtbot, again, EMPATHY)
    end(qtbot, again)
    qtbot.waitUntil(lambda: len(json.loads(path.read_text())["calls"]) == 2)
    again.close()


class PushToTalkSession:
    """Stands in for a spoken push-to-talk call (the microphone and the speech model are what
    these tests leave out): counts presses and releases of the talk key."""

    state = "listening"
    push_to_talk = True

    def __init__(self) -> None:
        self.presses = 0
        self.releases = 0

    def press(self) -> None:
        self.presses += 1

    def release(self) -> None:
        self.releases += 1

    def set_trainee(self, _name: str | None) -> None:
        pass


def space(widget, kind: QEvent.Type, *, repeat: bool = False) -> bool:
    """A Space key event as the focused widget receives it; True if something accepted it."""
    event = QKeyEvent(kind, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", repeat)
    return QApplication.sendEvent(widget, event)


def test_space_is_push_to_talk_in_either_window_and_never_clicks_a_button(qtbot) -> None:
    console = console_with_five(qtbot)
    view = console.presenter
    session = PushToTalkSession()
    console.model.session = session  # type: ignore[assignment]
    console.model.state = "listening"
    assert console.model.push_to_talk
    clicked: list[bool] = []
    console.advance_button.clicked.connect(lambda: clicked.append(True))
    console.pause_button.setEnabled(True)
    console.pause_button.clicked.connect(lambda: clicked.append(True))

    for button in (console.advance_button, console.pause_button):
        button.setFocus()
        space(button, QEvent.Type.KeyPress)
        space(button, QEvent.Type.KeyPress, repeat=True)  # held: the key repeats
        space(button, QEvent.Type.KeyRelease)
    assert (session.presses, session.releases) == (2, 2) and clicked == []
    assert view.seat_name.text() == "Sam"

    space(view, QEvent.Type.KeyPress)
    space(view, QEvent.Type.KeyRelease)
    assert (session.presses, session.releases) == (3, 3)

    # typing the trainee's reply: Space is a space
    console.reply_edit.setEnabled(True)
    console.reply_edit.setFocus()
    qtbot.keyClicks(console.reply_edit, "so sorry")
    assert console.reply_edit.text() == "so sorry" and session.presses == 3

    # the clicker passes the seat with a button focused, and from the projector
    console.advance_button.setFocus()
    qtbot.keyClick(console.pause_button, Qt.Key.Key_PageDown)
    qtbot.keyClick(console.advance_button, Qt.Key.Key_Right)
    assert view.seat_name.text() == "Ben" and clicked == []
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.seat_name.text() == "Chloe" and console.hot_label.text() == "Chloe"
    qtbot.keyClick(console.reply_edit, Qt.Key.Key_Right)  # moves the text cursor only
    assert view.seat_name.text() == "Chloe"

    # no push-to-talk (a typed call): Space is the button's again
    console.model.session = None
    console.advance_button.setFocus()
    qtbot.keyClick(console.advance_button, Qt.Key.Key_Space)
    assert clicked == [True] and view.seat_name.text() == "Dev"


def test_the_projector_view_goes_full_screen_on_a_second_screen(qtbot) -> None:
    laptop, projector, third = object(), object(), object()
    assert projector_screen([laptop, projector], laptop) is projector
    assert projector_screen([projector, laptop], laptop) is projector  # whichever is primary
    assert projector_screen([laptop, projector, third], projector) is laptop
    assert projector_screen([laptop], laptop) is None
    assert projector_screen([], None) is None

    console = console_with_five(qtbot)
    view = console.presenter
    view.hide()
    screens = QGuiApplication.screens()
    assert len(screens) == 1  # offscreen: one screen, so an ordinary window
    assert view.show_on_projector() is None
    assert view.isVisible() and not view.isFullScreen()
    view.hide()

    # a second screen beside the console's: the projector view fills it
    console_screen = object()
    chosen = view.show_on_projector([console_screen, screens[0]], console_screen)
    assert chosen is screens[0]
    qtbot.waitUntil(view.isFullScreen)
    assert view.screen() is screens[0] and view.geometry() == screens[0].geometry()
    view.toggle_full_screen()  # F11
    assert not view.isFullScreen()
