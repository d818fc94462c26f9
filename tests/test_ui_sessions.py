"""The library of recorded calls and the compare page, on real recorded sessions (offscreen Qt).

Each session is a real typed call (the real persona engine and judge) recorded through the real
SessionStore, exactly as the window records one: ``create(call.record())``, ``turn`` for each
turn, then ``finish`` (or ``abandon`` for an interrupted call).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.session_store import SessionStore
from desktop.ui.compare_page import ComparePage
from desktop.ui.sessions_demo import BILLING_GOOD, BILLING_WEAK, LOST_GOOD, LOST_MIXED, LOST_RUDE
from desktop.ui.sessions_page import (
    COL_OUTCOME,
    COL_PERSONA,
    COL_STATUS,
    COL_TRAINEE,
    COL_TURNS,
    SessionsPage,
)
from personas.call import Call
from personas.library import find_persona

NOW = datetime.now(UTC).replace(microsecond=0)


def record(
    store: SessionStore,
    trainee: str,
    persona_id: str,
    replies: Sequence[str],
    days_ago: float,
    *,
    finish: bool = True,
) -> str:
    call = Call(find_persona(persona_id), seed=7, trainee=trainee, app_version="test")
    call.start()
    for text in replies:
        if call.finished:
            break
        call.reply(text)
    if finish and not call.finished:
        call.hang_up()
    started = (NOW - timedelta(days=days_ago)).isoformat()
    writer = store.create({**call.record(), "started_at": started})
    for turn in call.record()["turns"]:
        writer.turn(turn)
    if finish:
        writer.finish(call.record())
    else:
        writer.abandon("the app stopped while recording")
    return writer.id


@pytest.fixture
def calls() -> dict[str, str]:
    """Two trainees, two customers; Sam's lost-express calls get better; one is interrupted."""
    store = SessionStore()
    return {
        "sam_lost_1": record(store, "Sam", "lost-express", LOST_RUDE, 12),
        "sam_lost_2": record(store, "Sam", "lost-express", LOST_MIXED, 9),
        "priya_lost": record(store, "Priya", "lost-express", LOST_MIXED, 8),
        "sam_bill": record(store, "Sam", "billing-error", BILLING_WEAK, 6),
        "sam_lost_cut": record(store, "Sam", "lost-express", LOST_GOOD[:2], 5, finish=False),
        "priya_bill": record(store, "Priya", "billing-error", BILLING_GOOD, 3),
        "sam_lost_3": record(store, "Sam", "lost-express", LOST_GOOD, 1),
    }


@pytest.fixture
def page(qtbot: Any, calls: dict[str, str]) -> SessionsPage:
    widget = SessionsPage()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10000):
        widget.refresh()
    qtbot.waitUntil(lambda: len(widget.chart.attempts()) > 0, timeout=10000)
    return widget


def ids(page: SessionsPage) -> list[str]:
    return [s.id for s in page.summaries()]


def apply(qtbot: Any, page: SessionsPage, **filters: Any) -> list[str]:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_filters(**filters)
    return ids(page)


def test_lists_every_call_newest_first_with_an_interrupted_badge(
    page: SessionsPage, calls: dict[str, str]
) -> None:
    order = ["sam_lost_3", "priya_bill", "sam_lost_cut", "sam_bill", "priya_lost",
             "sam_lost_2", "sam_lost_1"]  # fmt: skip
    assert ids(page) == [calls[name] for name in order]
    assert page.count_label.text() == "7 calls"
    statuses = {
        page.table.item(row, 0).data(256): page.table.item(row, COL_STATUS).data(256)
        for row in range(page.table.rowCount())
    }
    assert statuses[calls["sam_lost_cut"]] == "interrupted"
    assert list(statuses.values()).count("interrupted") == 1
    row = ids(page).index(calls["sam_lost_3"])
    assert page.table.item(row, COL_PERSONA).text() == "Marcus Adeyemi"
    assert page.table.item(row, COL_TRAINEE).text() == "Sam"
    assert page.table.item(row, COL_OUTCOME).text() == "Resolved"
    assert page.table.item(row, COL_TURNS).text() == str(len(SessionStore().get(calls["sam_lost_3"])
                                                    .record["turns"]))  # fmt: skip
    # the filter choices come from the recorded calls
    trainees = [page.trainee_filter.itemText(i) for i in range(page.trainee_filter.count())]
    assert trainees == ["All trainees", "Priya", "Sam"]
    personas = [page.persona_filter.itemData(i) for i in range(page.persona_filter.count())]
    assert personas == [None, "lost-express", "billing-error"]  # by name: Marcus, Margaret


def test_filters_narrow_the_list_through_the_store(
    qtbot: Any, page: SessionsPage, calls: dict[str, str]
) -> None:
    store = SessionStore()
    by = {v: k for k, v in calls.items()}
    sam = apply(qtbot, page, trainee="Sam")
    assert {by[i] for i in sam} == {"sam_lost_1", "sam_lost_2", "sam_bill", "sam_lost_cut",
                                    "sam_lost_3"}  # fmt: skip
    assert sam == [s.id for s in store.list(trainee="Sam")]
    assert page.count_label.text() == "5 of 7 calls"

    both = apply(qtbot, page, trainee="priya", persona="billing-error")
    assert [by[i] for i in both] == ["priya_bill"]

    resolved = apply(qtbot, page, outcome="resolved")
    assert resolved == [s.id for s in store.list(outcome="resolved")]
    assert resolved and all(s.outcome == "resolved" for s in page.summaries())

    interrupted = apply(qtbot, page, outcome="interrupted")
    assert [by[i] for i in interrupted] == ["sam_lost_cut"]

    good = apply(qtbot, page, min_score=70)
    assert good == [s.id for s in store.list(min_score=70)]
    assert good and all((s.score or 0) >= 70 for s in page.summaries())
    assert len(good) < len(calls)

    today = QDate.currentDate()
    week = apply(qtbot, page, since=today.addDays(-7), until=today.addDays(-2))
    assert {by[i] for i in week} == {"sam_bill", "sam_lost_cut", "priya_bill"}

    nothing = apply(qtbot, page, trainee="Sam", persona="billing-error", min_score=90)
    assert nothing == []
    assert page.list_stack.currentWidget() is page.empty_label
    assert "No calls match" in page.empty_label.text()

    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.clear_button.click()
    assert len(ids(page)) == len(calls)
    assert page.list_stack.currentWidget() is page.table


def test_a_filter_change_from_the_controls_reloads(qtbot: Any, page: SessionsPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.persona_filter.setCurrentIndex(page.persona_filter.findData("billing-error"))
    assert {s.persona_id for s in page.summaries()} == {"billing-error"}
    with qtbot.waitSignal(page.loaded, timeout=10000):  # debounced
        page.min_score.setValue(50)
    assert all((s.score or 0) >= 50 for s in page.summaries())


def test_progress_chart_has_one_point_per_attempt_in_time_order(
    qtbot: Any, page: SessionsPage, calls: dict[str, str]
) -> None:
    with qtbot.waitSignal(page.progress_loaded, timeout=10000):
        page.set_progress("Sam", "lost-express")
    attempts = page.chart.attempts()
    expected = ["sam_lost_1", "sam_lost_2", "sam_lost_cut", "sam_lost_3"]
    assert [a.session_id for a in attempts] == [calls[name] for name in expected]
    store = SessionStore()
    assert [a.score for a in attempts] == [store.get(a.session_id).summary.score for a in attempts]
    assert attempts[0].score < attempts[-1].score  # the trainee got better
    assert attempts[2].status == "interrupted"
    points = page.chart.point_positions()
    assert len(points) == len(attempts)
    assert all(a.x() < b.x() for a, b in itertools.pairwise(points))
    # a higher score is drawn higher
    assert points[-1].y() < points[0].y()
    assert "4 attempts" in page.progress_summary.text()
    assert "scores in order" in page.chart.accessibleDescription()
    assert page.chart.attempt_text(0).startswith("Attempt 1 · ")

    # selecting someone else's call shows their progress with that customer
    with qtbot.waitSignal(page.progress_loaded, timeout=10000):
        page.select_ids([calls["priya_bill"]])
    assert page.progress_trainee.currentData() == "Priya"
    assert page.progress_persona.currentData() == "billing-error"
    assert [a.session_id for a in page.chart.attempts()] == [calls["priya_bill"]]

    with qtbot.waitSignal(page.progress_loaded, timeout=10000):
        page.set_progress("Priya", "lost-express")
    assert [a.session_id for a in page.chart.attempts()] == [calls["priya_lost"]]


@pytest.mark.parametrize("dark", [False, True])
def test_progress_chart_paints_in_light_and_dark(
    qtbot: Any, page: SessionsPage, dark: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = app.palette()
    try:
        if dark:
            palette = QPalette(saved)
            palette.setColor(QPalette.ColorRole.Window, QColor("#1f2227"))
            palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
            palette.setColor(QPalette.ColorRole.Base, QColor("#16181c"))
            app.setPalette(palette)
        with qtbot.waitSignal(page.progress_loaded, timeout=10000):
            page.set_progress("Sam", "lost-express")
        page.chart.resize(900, 300)
        image = page.chart.grab().toImage()
        colours = {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        }
        assert len(colours) > 20  # axes, band, line, points and labels were drawn
    finally:
        app.setPalette(saved)


def test_delete_asks_first_and_removes_the_folder_with_its_audio(
    qtbot: Any, page: SessionsPage, calls: dict[str, str]
) -> None:
    store = SessionStore()
    target = calls["sam_bill"]
    folder = store.get(target).summary.folder
    assert (folder / "journal.jsonl").exists()

    page.select_ids([target])
    page.delete_button.click()
    box = page.confirm_box
    assert box is not None and box.isVisible()
    assert "audio" in box.informativeText()
    assert "cannot be undone" in box.informativeText()
    assert "Sam" in box.text() and "Margaret Ellison" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep")
    keep.click()
    qtbot.waitUntil(lambda: page.confirm_box is None)
    assert folder.is_dir()
    assert target in [s.id for s in store.list()]

    page.select_ids([target])
    page.delete_selected()
    box = page.confirm_box
    assert box is not None
    delete = next(b for b in box.buttons() if "Delete" in b.text())
    with qtbot.waitSignal(page.deleted, timeout=10000) as gone:
        delete.click()
    assert gone.args == [[target]]
    qtbot.waitUntil(lambda: target not in ids(page), timeout=10000)
    assert not folder.exists()
    assert target not in [s.id for s in store.list()]
    assert page.count_label.text() == "6 calls"


def test_replay_compare_and_back_signals(
    qtbot: Any, page: SessionsPage, calls: dict[str, str]
) -> None:
    assert not page.replay_button.isEnabled()
    assert not page.compare_button.isEnabled()
    page.select_ids([calls["sam_lost_2"]])
    assert page.replay_button.isEnabled()
    with qtbot.waitSignal(page.replay_requested) as replay:
        page.replay_button.click()
    assert replay.args == [calls["sam_lost_2"]]

    page.select_ids([calls["sam_lost_3"], calls["priya_bill"]])  # different customers
    assert not page.compare_button.isEnabled()
    assert "same customer" in page.compare_button.toolTip()
    assert not page.replay_button.isEnabled()

    page.select_ids([calls["sam_lost_3"], calls["priya_lost"]])  # two trainees, one customer
    assert page.compare_button.isEnabled()
    with qtbot.waitSignal(page.compare_requested) as compare:
        page.compare_button.click()
    assert compare.args == [calls["priya_lost"], calls["sam_lost_3"]]  # older first

    with qtbot.waitSignal(page.back):
        page.back_button.click()


def test_compare_shows_both_sides_reply_by_reply(qtbot: Any, calls: dict[str, str]) -> None:
    store = SessionStore()
    a, b = store.get(calls["sam_lost_1"]), store.get(calls["sam_lost_3"])
    page = ComparePage()
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    page.show_sessions(a, b)

    assert "Marcus Adeyemi" in page.title.text()
    assert "same seed" in page.note.text()
    left, right = page.headers
    assert left.trainee_label.text() == "Sam" and right.trainee_label.text() == "Sam"
    assert left.score_label.text() == str(a.record["score"]["total"])
    assert right.score_label.text() == str(b.record["score"]["total"])
    assert left.outcome_label.text() == "Walked out"
    assert right.outcome_label.text() == "Resolved"

    replies_a = [t for t in a.record["turns"] if t["speaker"] == "trainee"]
    replies_b = [t for t in b.record["turns"] if t["speaker"] == "trainee"]
    assert len(page.rows) == max(len(replies_a), len(replies_b))
    for index, (cell_a, cell_b) in enumerate(page.rows):
        for cell, replies in ((cell_a, replies_a), (cell_b, replies_b)):
            if index < len(replies):
                assert cell is not None
                assert cell.text_label.text() == replies[index]["text"]
                assert cell.mood_after == replies[index]["mood_after"]
            else:
                assert cell is None

    first_a, first_b = page.rows[0]
    assert first_a is not None and first_b is not None
    assert first_a.text_label.text() == LOST_RUDE[0]
    assert first_b.text_label.text() == LOST_GOOD[0]
    faults_a = [c for c in first_a.chips if c.fault]
    assert faults_a and faults_a[0].label == "Premature details"
    assert "Can I have your tracking number" in faults_a[0].evidence
    assert [c.label for c in first_b.chips if not c.fault] == ["Acknowledged"]
    assert not any(c.fault for c in first_b.chips)

    # the moves each side earned, and the faults
    assert page.move_cells["acknowledge"][0].text() == "✗ never"
    assert page.move_cells["acknowledge"][1].text().startswith("✓ reply 1 · 20 pts")
    assert page.move_cells["empathise"][1].text().startswith("✓ reply 2")
    assert page.move_cells["faults"][0].text().startswith("✗ 2:")
    assert page.move_cells["faults"][1].text() == "✓ none"

    # both mood curves, on one chart
    assert page.chart.series_a == pytest.approx(a.record["mood"])
    assert page.chart.series_b == pytest.approx(b.record["mood"])
    assert len(page.chart.series()) == max(len(a.record["mood"]), len(b.record["mood"]))

    with qtbot.waitSignal(page.back):
        page.back_button.click()


def test_compare_two_trainees_and_an_interrupted_call(qtbot: Any, calls: dict[str, str]) -> None:
    store = SessionStore()
    a, b = store.get(calls["sam_lost_cut"]), store.get(calls["priya_lost"])
    page = ComparePage()
    qtbot.addWidget(page)
    page.show_sessions(a, b)
    assert page.headers[0].outcome_label.text() == "Interrupted before the end"
    assert page.headers[1].trainee_label.text() == "Priya"
    assert page.rows[0][0] is not None and page.rows[0][0].text_label.text() == LOST_GOOD[0]
    assert page.rows[0][1] is not None and page.rows[0][1].text_label.text() == LOST_MIXED[0]
    assert page.rows[-1][0] is None  # Sam's call stopped after two replies


def test_the_store_is_only_read_off_the_gui_thread(qtbot: Any, calls: dict[str, str]) -> None:
    threads: list[str] = []

    class Watched(SessionStore):
        def list(self, *args: Any, **kwargs: Any) -> Any:
            threads.append(threading.current_thread().name)
            return super().list(*args, **kwargs)

    page = SessionsPage(store_factory=Watched)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_filters(trainee="Sam", min_score=10)
    with qtbot.waitSignal(page.progress_loaded, timeout=10000):
        page.set_progress("Sam", "billing-error")
    assert threads and threading.main_thread().name not in threads
    assert all(name.startswith("hotseat-bg") for name in threads)


def test_an_empty_library_says_so(qtbot: Any) -> None:
    page = SessionsPage()
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    assert page.summaries() == []
    assert page.list_stack.currentWidget() is page.empty_label
    assert "No recorded calls yet" in page.empty_label.text()
    assert page.count_label.text() == "No calls"
    assert not page.replay_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert page.chart.attempts() == []
    assert not page.progress_trainee.isEnabled()


def test_pages_follow_a_switch_to_dark(
    qtbot: Any, page: SessionsPage, calls: dict[str, str]
) -> None:
    store = SessionStore()
    compare = ComparePage()
    qtbot.addWidget(compare)
    compare.show()
    compare.show_sessions(store.get(calls["sam_lost_1"]), store.get(calls["sam_lost_3"]))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = app.palette()
    row = ids(page).index(calls["sam_lost_1"])
    light = page.table.item(row, COL_OUTCOME).foreground().color().name()
    try:
        palette = QPalette(saved)
        palette.setColor(QPalette.ColorRole.Window, QColor("#1f2227"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
        app.setPalette(palette)
        qtbot.waitUntil(
            lambda: page.table.item(row, COL_OUTCOME).foreground().color().name() != light
        )
        assert page.table.item(row, COL_OUTCOME).foreground().color().name() == "#ff7b72"
        qtbot.waitUntil(lambda: "#ff7b72" in compare.headers[0].outcome_label.styleSheet())
    finally:
        app.setPalette(saved)


def test_export_a_report_and_a_bundle_then_import_it_back(qtbot, tmp_path) -> None:
    from desktop.ui.sessions_page import SessionsPage
    from personas.call import Call
    from personas.library import find_persona

    call = Call(find_persona("billing-error"), seed=4, trainee="Ana")
    writer = SessionStore().create(call.record())
    writer.turn(call.start())
    writer.turn(call.reply("I'm so sorry, I'd be furious too").trainee_turn)
    writer.finish(call.record())

    page = SessionsPage()
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: len(page.summaries()) == 1)
    page.select_ids([writer.id])
    assert page.export_button.isEnabled()
    page.export_selected(str(tmp_path / "call.html"))
    qtbot.waitUntil(lambda: page.hint_label.text().startswith("Saved"))
    assert "furious too" in (tmp_path / "call.html").read_text(encoding="utf-8")
    page.export_selected(str(tmp_path / "call.hotseat"))
    qtbot.waitUntil(lambda: (tmp_path / "call.hotseat").exists())
    page.import_bundle(str(tmp_path / "call.hotseat"))
    qtbot.waitUntil(lambda: len(page.summaries()) == 2)
    page.import_bundle(str(tmp_path / "call.html"))  # not a bundle
    qtbot.waitUntil(lambda: page.hint_label.text().startswith("Not imported"))
