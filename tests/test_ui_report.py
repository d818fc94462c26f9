"""The report screen and the mood chart, shown with reports of real typed calls (offscreen Qt)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from audio.delivery import Delivery
from desktop.report import CallReport, build_report
from desktop.ui.mood_chart import MoodChart
from desktop.ui.report_page import ReportPage
from desktop.ui.theme import muted_colour
from personas.call import Call
from personas.library import find_persona
from tests.test_report import BILLING, GOOD, RUDE


def played(replies: list[str], *, voice: bool = False, seed: int = 1) -> CallReport:
    call = Call(find_persona("lost-express"), seed=seed, mode="voice" if voice else "typed")
    call.start()
    for index, text in enumerate(replies):
        if call.finished:
            break
        extra: dict[str, Any] | None = None
        if voice:
            delivery = Delivery(
                140.0 + 10 * index, 0.5 * index, {"um": 1}, latency_ms=900.0 + 100 * index
            )
            extra = {"delivery": delivery.to_dict(), "heard": {"text": text}}
        call.reply(text, extra=extra)
    if not call.finished:
        call.hang_up()
    return build_report(call.record(), call.persona)


def plain(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.RichText:
        document = QTextDocument()
        document.setHtml(label.text())
        return document.toPlainText()
    return label.text()


def labels(page: ReportPage, name: str) -> list[str]:
    return [plain(label) for label in page.findChildren(QLabel, name)]


@pytest.fixture
def page(qtbot: Any) -> ReportPage:
    widget = ReportPage()
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    return widget


@pytest.fixture(scope="module")
def resolved() -> CallReport:
    report = played(GOOD)
    assert report.outcome == "resolved"
    return report


@pytest.fixture(scope="module")
def walked_out() -> CallReport:
    report = played(RUDE)
    assert report.outcome == "walked_out"
    return report


def test_shows_the_outcome_and_the_score(page: ReportPage, resolved: CallReport) -> None:
    page.show_report(resolved)
    assert page.score_label is not None and page.score_label.text() == str(resolved.score.total)
    assert page.outcome_label is not None and page.outcome_label.text() == "Resolved"
    assert labels(page, "outcomeText") == [resolved.outcome_text]
    assert page.report() is resolved


def test_shows_every_breakdown_row_with_the_words_that_earned_it(
    page: ReportPage, resolved: CallReport
) -> None:
    page.show_report(resolved)
    items = labels(page, "scoreItem")
    assert items == [row.label for row in resolved.score.rows]
    points = labels(page, "scorePoints")
    assert points[0] == "+20"
    words = labels(page, "scoreWords")
    for row, shown in zip(resolved.score.rows, words, strict=True):
        if row.evidence:
            assert row.evidence in shown
            assert f"Reply {row.reply_number}" in shown
    arithmetic = labels(page, "scoreArithmetic")[0]
    assert arithmetic.endswith(f"= {resolved.score.total}")
    assert "per fault" in labels(page, "scoreFormula")[0]


def test_shows_the_model_reply_for_a_missed_mark(page: ReportPage, resolved: CallReport) -> None:
    page.show_report(resolved)
    model = find_persona("lost-express").model_replies["close"]
    replies = labels(page, "modelReply")
    assert len(replies) == 1
    assert model in replies[0]
    assert labels(page, "missedTitle") == ["Thank them  (+5)"]


def test_walked_out_call_shows_zero_faults_and_every_model_reply(
    page: ReportPage, walked_out: CallReport
) -> None:
    page.show_report(walked_out)
    assert page.score_label is not None and page.score_label.text() == "0"
    assert page.outcome_label is not None and page.outcome_label.text() == "Walked out"
    items = labels(page, "scoreItem")
    assert "Doubted their account" in items
    assert len(labels(page, "modelReply")) == 6
    assert "kept within 0 to 100" in labels(page, "scoreArithmetic")[0]
    titles = labels(page, "momentTitle")
    assert any(t.startswith("Least harmful reply") for t in titles)
    assert any(t.startswith("Worst reply") for t in titles)


def test_best_and_worst_replies_are_shown(page: ReportPage, resolved: CallReport) -> None:
    page.show_report(resolved)
    assert resolved.best is not None and resolved.worst is not None
    assert labels(page, "momentWhy") == [resolved.best.why, resolved.worst.why]
    assert any(resolved.best.text in t for t in labels(page, "momentText"))


def test_a_call_where_every_reply_helped_says_so(page: ReportPage) -> None:
    call = Call(find_persona("billing-error"), seed=3)
    call.start()
    for text in BILLING:
        if not call.finished:
            call.reply(text)
    report = build_report(call.record(), call.persona)
    assert report.worst is None
    page.show_report(report)
    titles = labels(page, "momentTitle")
    assert titles[0].startswith("Best reply") and titles[1] == "No weak moment"


def test_typed_call_says_delivery_comes_with_a_spoken_call(
    page: ReportPage, resolved: CallReport
) -> None:
    page.show_report(resolved)
    assert "after a spoken call" in labels(page, "deliveryNone")[0]
    assert labels(page, "deliveryValue") == []


def test_spoken_call_shows_delivery_figures(page: ReportPage) -> None:
    report = played(GOOD[1:4], voice=True)
    assert report.delivery is not None
    page.show_report(report)
    values = labels(page, "deliveryValue")
    assert values[0] == f"{report.delivery.median_wpm:.0f} wpm"
    assert str(report.delivery.filler_count) in values
    assert labels(page, "deliveryNone") == []


def test_the_mood_chart_gets_the_series(page: ReportPage, resolved: CallReport) -> None:
    page.show_report(resolved)
    assert page.chart.series() == resolved.mood_values


@pytest.mark.parametrize(
    ("button", "signal"),
    [
        ("try_again_button", "try_again"),
        ("next_persona_button", "next_persona"),
        ("library_button", "back_to_library"),
    ],
)
def test_buttons_emit_their_signals(
    qtbot: Any, page: ReportPage, resolved: CallReport, button: str, signal: str
) -> None:
    page.show_report(resolved)
    with qtbot.waitSignal(getattr(page, signal), timeout=1000):
        qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)
    # and from the keyboard: focus the button, press space
    getattr(page, button).setFocus()
    with qtbot.waitSignal(getattr(page, signal), timeout=1000):
        qtbot.keyClick(getattr(page, button), Qt.Key.Key_Space)


def test_escape_goes_back_to_the_library(
    qtbot: Any, page: ReportPage, resolved: CallReport
) -> None:
    page.show_report(resolved)
    page.activateWindow()
    page.try_again_button.setFocus()
    with qtbot.waitSignal(page.back_to_library, timeout=1000):
        qtbot.keyClick(page.try_again_button, Qt.Key.Key_Escape)


def test_try_again_has_the_focus_and_every_button_is_reachable(
    qtbot: Any, page: ReportPage, resolved: CallReport
) -> None:
    page.show_report(resolved)
    for button in (page.try_again_button, page.next_persona_button, page.library_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert page.try_again_button.isDefault()


def test_a_palette_change_rebuilds_the_page(
    qtbot: Any, page: ReportPage, resolved: CallReport
) -> None:
    page.show_report(resolved)
    old = page.score_label
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#2b2c30"))
    page.setPalette(dark)
    qtbot.waitUntil(lambda: page.score_label is not old, timeout=2000)
    assert page.score_label is not None and page.score_label.text() == str(resolved.score.total)


def test_the_page_scrolls_when_it_is_small(
    qtbot: Any, page: ReportPage, walked_out: CallReport
) -> None:
    page.show_report(walked_out)
    page.resize(700, 500)
    bar = page.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    # and the keyboard scrolls it
    page.scroll.setFocus()
    qtbot.keyClick(page.scroll, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(page.scroll, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)


# -- the chart on its own ----------------------------------------------------------------------


def _painted(widget: MoodChart) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("size", [(900, 360), (300, 160), (160, 36)])
def test_mood_chart_paints_at_any_size(qtbot: Any, size: tuple[int, int]) -> None:
    chart = MoodChart()
    qtbot.addWidget(chart)
    chart.set_series([9.0, 9.6, 8.0, 6.8, 5.1, 4.0])
    chart.resize(*size)
    chart.show()
    image = _painted(chart)
    assert image.width() >= size[0] and not image.isNull()
    colours = {
        image.pixelColor(x, y).rgb() for x in range(0, size[0], 7) for y in range(0, size[1], 5)
    }
    assert len(colours) > 3  # bands, line and points were drawn
    assert chart.is_sparkline() == (size[1] < 60)


def test_mood_chart_clamps_and_describes_the_series(qtbot: Any) -> None:
    chart = MoodChart()
    qtbot.addWidget(chart)
    chart.set_who("Marcus")
    chart.set_series([9.0, 12.0, -1.0])
    assert chart.series() == [9.0, 10.0, 0.0]
    assert "Marcus's mood from 9.0 (hot) to 0.0 (cool) over 2 replies" in (
        chart.accessibleDescription()
    )
    chart.set_series([])
    assert "no replies yet" in chart.accessibleDescription()
    chart.resize(400, 200)
    chart.show()
    assert not _painted(chart).isNull()


def test_mood_chart_tooltip_names_the_point(qtbot: Any) -> None:
    chart = MoodChart()
    qtbot.addWidget(chart)
    chart.set_series([9.0, 6.5])
    chart.resize(600, 300)
    chart.show()
    plot = chart._plot_rect()
    near = QPoint(round(chart._x(plot, 1)), round(chart._y(plot, 6.5)))
    assert chart._nearest(near.toPointF()) == 1
    assert chart._point_text(1) == "After reply 1: 6.5 (warm)"
    assert chart._point_text(0) == "At the start: 9.0 (hot)"


def test_app_instance_is_offscreen() -> None:
    app = QApplication.instance()
    assert app is not None and QApplication.platformName() == "offscreen"


def test_a_call_with_no_replies_still_reads_well(page: ReportPage) -> None:
    report = played([])
    page.show_report(report)
    assert page.outcome_label is not None and page.outcome_label.text() == "Ended"
    assert labels(page, "momentTitle") == []  # no best or worst without replies
    assert len(labels(page, "modelReply")) == 6
    assert page.chart.series() == [report.mood[0].mood]


def test_muted_text_is_a_solid_grey_on_the_default_palette() -> None:
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(0, 0, 0, 128))
    grey = muted_colour(palette)
    assert grey.alpha() == 255
    assert 100 < grey.red() == grey.green() == grey.blue() < 160
