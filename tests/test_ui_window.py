"""The whole window with typed replies: library → call → report → try again / next persona."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.settings import Settings, load_settings
from desktop.ui.app import MainWindow

GOOD = [
    "Okay, so you cancelled, we still charged you twice, it put you into overdraft and chat "
    "told you it was fixed when it wasn't. That should never have happened.",
    "I'm really sorry. Honestly, if I were in your shoes I'd be furious too.",
    "Here's what I can do: I can refund both charges today and reimburse the overdraft fee. "
    "Which would you prefer?",
    "I'll email you written confirmation of the refund and the cancellation by five o'clock "
    "today.",
    "Thank you for bearing with me, and for telling us about this.",
]


def open_window(qtbot, **settings) -> MainWindow:
    settings = {"welcomed": True, "record": False, **settings}
    window = MainWindow(Settings(**settings), voice=False, seed=2)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def type_reply(qtbot, window: MainWindow, text: str) -> None:
    box = window.call_page.reply_box
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_library_to_call_to_report_by_typing(qtbot) -> None:
    window = open_window(qtbot)
    assert window.pages.currentWidget() is window.library
    card = next(c for c in window.library.cards if c.persona.id == "billing-error")
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.call_page
    assert "Margaret" in window.call_page.who.text()
    for text in GOOD:
        if window.session.state == "over":
            break
        type_reply(qtbot, window, text)
    if window.session.state != "over":
        qtbot.mouseClick(window.call_page.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.report_page)
    record = window.last_record
    assert record["outcome"] == "resolved"
    assert record["score"]["total"] > 50
    assert window.session.state == "over"


def test_try_again_and_next_persona_start_new_calls(qtbot) -> None:
    window = open_window(qtbot)
    window.start_call("billing-error")
    qtbot.mouseClick(window.call_page.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.report_page)
    first = window.session
    window.report_page.try_again.emit()
    assert window.session is not first and window.persona.id == "billing-error"
    assert window.pages.currentWidget() is window.call_page
    assert [t["speaker"] for t in window.call_page.turns] == ["persona"]
    qtbot.mouseClick(window.call_page.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.report_page)
    window.report_page.next_persona.emit()
    assert window.persona.id != "billing-error"


def test_restart_mid_call_starts_the_same_persona_afresh(qtbot) -> None:
    window = open_window(qtbot)
    window.start_call("billing-error")
    type_reply(qtbot, window, GOOD[0])
    first = window.session
    qtbot.mouseClick(window.call_page.restart_button, Qt.MouseButton.LeftButton)
    assert window.session is not first and first.state == "over"
    assert [t["speaker"] for t in window.call_page.turns] == ["persona"]
    assert window.pages.currentWidget() is window.call_page


def test_the_trainees_mode_and_settings_survive_a_restart_of_the_app(qtbot) -> None:
    window = open_window(qtbot)
    window._apply_settings(window.settings.with_changes(mode="push_to_talk", trainee="Sam"))
    qtbot.waitUntil(lambda: load_settings().trainee == "Sam")
    assert load_settings().mode == "push_to_talk" and window.use_microphone
    window._apply_settings(window.settings.with_changes(mode="typed"))
    assert not window.use_microphone
    qtbot.waitUntil(lambda: load_settings().mode == "typed")
    reopened = MainWindow(voice=False)  # settings read from disk, as at the next launch
    qtbot.addWidget(reopened)
    assert reopened.settings.trainee == "Sam" and not reopened.use_microphone


def test_the_first_recorded_call_asks_then_is_saved_and_shown_on_the_card(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.recording import has_consented
    from desktop.session_store import SessionStore

    window = open_window(qtbot, record=True, trainee="Sam")
    asked: list[str] = []

    def agree() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.informativeText())
        agree_button = next(b for b in box.buttons() if "Record" in b.text())
        agree_button.click()

    QTimer.singleShot(100, agree)
    window.start_call("billing-error")
    assert asked and "stays on this computer" in asked[0]
    assert not window.call_page.rec_label.isHidden()
    for text in GOOD:
        if window.session.state == "over":
            break
        type_reply(qtbot, window, text)
    if window.session.state != "over":
        qtbot.mouseClick(window.call_page.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.recorder.done.is_set())
    sessions = SessionStore().list()
    assert len(sessions) == 1 and list(sessions[0].trainees) == ["Sam"]
    stored = SessionStore().get(sessions[0].id)
    assert [t["text"] for t in stored.record["turns"]] == [
        t["text"] for t in window.last_record["turns"]
    ]
    qtbot.waitUntil(lambda: has_consented("Sam"))
    card = next(c for c in window.library.cards if c.persona.id == "billing-error")
    qtbot.waitUntil(lambda: card.best.text().startswith("Best:"))
    # the second call does not ask again
    window.start_call("billing-error")
    assert window.session.record_call


def test_try_this_moment_again_starts_a_linked_call_just_before_that_reply(qtbot) -> None:
    from desktop.session_store import SessionStore

    window = open_window(qtbot, record=True, trainee="Sam")
    window.consented.add("Sam")
    window.start_call("billing-error")
    for text in GOOD[:3]:
        type_reply(qtbot, window, text)
    qtbot.mouseClick(window.call_page.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.recorder.done.is_set())
    original = window.last_record
    session_id = SessionStore().list()[0].id
    second_reply = [t for t in original["turns"] if t["speaker"] == "trainee"][1]

    window.start_branch(session_id, second_reply["id"])
    qtbot.waitUntil(lambda: window.session is not None and bool(window.session.earlier_turns))
    page = window.call_page
    assert [t["text"] for t in page.turns] == [
        t["text"] for t in original["turns"][: len(page.turns)]
    ]
    assert page.turns[-1]["speaker"] == "persona"
    assert page.mood_meter.heat == second_reply["mood_before"]
    type_reply(qtbot, window, "Thank you for telling me.")
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.recorder.done.is_set())
    branch = next(s for s in SessionStore().list() if s.id != session_id)
    assert branch.parent_id == session_id


def test_recorded_calls_replay_and_compare_from_the_window(qtbot) -> None:
    window = open_window(qtbot, record=True, trainee="Sam")
    window.consented.add("Sam")
    for replies in (GOOD[:2], GOOD[:1]):
        window.start_call("billing-error")
        for text in replies:
            type_reply(qtbot, window, text)
        qtbot.mouseClick(window.call_page.end_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.session.recorder.done.is_set())
    window.show_library()
    qtbot.mouseClick(window.library.recordings_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.sessions_page
    qtbot.waitUntil(lambda: len(window.sessions_page.summaries()) == 2)
    first, second = (s.id for s in window.sessions_page.summaries())
    window.sessions_page.replay_requested.emit(first)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.replay_page)
    assert window.replay_page.stored.id == first
    window.replay_page.back.emit()
    assert window.pages.currentWidget() is window.sessions_page
    window.sessions_page.compare_requested.emit(second, first)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.compare_page)


def test_an_unexpected_error_is_a_sentence_and_the_details_go_to_the_log(
    qtbot, monkeypatch
) -> None:
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.paths import data_dir
    from desktop.ui.app import install_error_handler

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    window = open_window(qtbot)
    install_error_handler(window)
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(100, read_and_close)
    try:
        raise ValueError("the disk said no")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert "the disk said no" in shown[0] and "Traceback" not in shown[0]
    log = (data_dir() / "hotseat.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "the disk said no" in log


def test_workshop_mode_opens_from_the_window(qtbot) -> None:
    window = open_window(qtbot)
    window.open_workshop()
    console = window.workshop_console
    qtbot.waitUntil(console.isVisible)
    assert console.presenter is not None
    window.open_workshop()  # a second time brings the same console forward
    assert window.workshop_console is console
    console.close()
    console.presenter.close()


def test_about_names_the_version_and_where_the_data_is(qtbot, hotseat_home: Path) -> None:
    window = MainWindow(Settings(welcomed=True), voice=False, app_version="9.9.9")
    qtbot.addWidget(window)
    text = window.about_text()
    assert "Hotseat</b> 9.9.9" in text
    assert str(hotseat_home) in text  # a portable copy shows the folder beside it
