"""After the call: the report a trainee reads, then "try again", "next persona" or the library.

It shows a `desktop.report.CallReport` and nothing else: every number on the page comes from the
call record, and every point of the score is shown with the reply and the words that earned it.
Colours come from `desktop.ui.theme` and the palette, and fonts are sized relative to the
application font, so the page follows the light/dark theme and stays readable at 150% scaling.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.report import CallReport, DeliverySummary, MissedMark, ScoreRow, TurnHighlight
from desktop.ui import theme
from desktop.ui.mood_chart import MoodChart
from desktop.ui.theme import muted_colour
from desktop.ui.widgets import scaled_font

CONTENT_WIDTH_LINES = 58
"""The readable width of the page, in text lines (about 90 characters)."""
SPARE_LINES = 400
"""The page's height while its sections are still being shown, in text lines (over twice the
tallest report, ~170 lines at 500 px wide; see `ReportPage._show_content`)."""
REVEAL_BUDGET_MS = 8.0
"""How long one event-loop turn keeps showing sections of a new report (each section then costs
a few milliseconds more of layout and painting in the next turn)."""
STAGE_WORDS = {
    "vent": "while they vent",
    "heard": "once they feel heard",
    "options": "when it is time for options",
    "commitment": "when it is time to commit",
    "close": "at the close",
}


def _label(
    text: str = "",
    *,
    factor: float = 1.0,
    bold: bool = False,
    colour: str | None = None,
    wrap: bool = True,
    rich: bool = False,
    name: str | None = None,
) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setFont(scaled_font(label, factor, bold))
    if colour:
        # A palette, not a style sheet: style-sheet polish costs ~0.5 ms a label, and the page
        # has ~80 of them (the colour is re-applied when the page is rebuilt for a new palette).
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(palette)
    if name:
        label.setObjectName(name)
    return label


def _selectable(widget: QWidget) -> None:
    """Let the mouse select the text of every label in ``widget``.

    Done when a part of the page is first shown rather than when its labels are made: it gives
    each label a text document of its own, which is a good part of the cost of making them.
    """
    labels = widget.findChildren(QLabel)
    if isinstance(widget, QLabel):
        labels.append(widget)
    for label in labels:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def _quoted(text: str, bold: str | None = None) -> str:
    """Rich text of a quotation, with ``bold`` (a span of it) in bold."""
    if bold and bold in text:
        start = text.index(bold)
        body = (
            html.escape(text[:start])
            + "<b>"
            + html.escape(bold)
            + "</b>"
            + html.escape(text[start + len(bold) :])
        )
    else:
        body = html.escape(text)
    return f"\u201c{body}\u201d"


def _points(points: int) -> str:
    return f"+{points}" if points > 0 else ("0" if points == 0 else f"\u2212{-points}")


def _signed(value: float, unit: str) -> str:
    sign = "+" if value > 0 else ("\u2212" if value < 0 else "")
    return f"{sign}{abs(value):.1f} {unit}"


def _rule() -> QWidget:
    """A one-pixel line in the palette's mid colour (follows light and dark by itself)."""
    rule = QWidget()
    rule.setFixedHeight(1)
    rule.setBackgroundRole(QPalette.ColorRole.Mid)
    rule.setAutoFillBackground(True)
    return rule


class _Card(QFrame):
    """A rounded panel on the base colour, optionally with a coloured edge.

    The panel itself is drawn by a style-sheeted child that sits behind the card's contents
    (its sibling, not their parent): a style sheet on the card would make every label in it go
    through the much slower style-sheet style.
    """

    def __init__(self, accent: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base).name()
        border = palette.color(QPalette.ColorRole.Mid).name()
        edge = f"border-left: 4px solid {accent};" if accent else ""
        self._face = QFrame(self)
        self._face.setObjectName("cardFace")
        self._face.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._face.setStyleSheet(
            f"QFrame#cardFace {{ background: {base}; border: 1px solid {border}; "
            f"border-radius: 8px; {edge} }}"
        )
        self._face.lower()
        # inside the border, as the style sheet would place them on the card itself
        self.setContentsMargins(4 if accent else 1, 1, 1, 1)
        self.layout_ = QVBoxLayout(self)
        line = QFontMetricsF(self.font()).height()
        margin = round(line * 0.8)
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(round(line * 0.35))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._face.setGeometry(self.rect())


class ReportPage(QWidget):
    """The report after a call. Show one with `show_report`; the buttons say what to do next."""

    try_again = Signal()
    next_persona = Signal()
    back_to_library = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._report: CallReport | None = None
        self._rebuilding = False
        # Sections still hidden after `show_report`, shown a few at a time over the next
        # event-loop turns so no single turn lays out and paints the whole page.
        self._hidden: list[list[QWidget]] = []
        self._content: QWidget | None = None
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(0)
        self._reveal.timeout.connect(self._reveal_next)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Up/Down scroll
        self.scroll.setAccessibleName("Call report")

        self.try_again_button = QPushButton("&Try again")
        self.next_persona_button = QPushButton("&Next persona")
        self.library_button = QPushButton("&Library")
        self.try_again_button.setDefault(True)
        self.try_again_button.setToolTip("Take the same call again from the start")
        self.next_persona_button.setToolTip("Practise with another customer")
        self.library_button.setToolTip("Back to the persona library (Esc)")
        self.try_again_button.clicked.connect(self.try_again)
        self.next_persona_button.clicked.connect(self.next_persona)
        self.library_button.clicked.connect(self.back_to_library)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_to_library)

        bar = QFrame()
        bar.setObjectName("buttonBar")
        buttons = QHBoxLayout(bar)
        line = QFontMetricsF(self.font()).height()
        buttons.setContentsMargins(round(line), round(line * 0.6), round(line), round(line * 0.6))
        buttons.addWidget(self.library_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_persona_button)
        buttons.addWidget(self.try_again_button)
        for button in (self.try_again_button, self.next_persona_button, self.library_button):
            button.setMinimumHeight(round(line * 2.2))
            button.setMinimumWidth(round(line * 8))
            button.setAutoDefault(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(_rule())
        outer.addWidget(bar)

        self.chart = MoodChart()
        self.score_label: QLabel | None = None
        self.outcome_label: QLabel | None = None
        self._set_content(self._placeholder())
        self.setTabOrder(self.scroll, self.library_button)
        self.setTabOrder(self.library_button, self.next_persona_button)
        self.setTabOrder(self.next_persona_button, self.try_again_button)

    # -- API ---------------------------------------------------------------------------------

    def show_report(self, report: CallReport) -> None:
        self._report = report
        self._show_content(report, scroll_to=0)
        self.try_again_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def report(self) -> CallReport | None:
        return self._report

    # -- building ----------------------------------------------------------------------------

    def _show_content(self, report: CallReport, scroll_to: int) -> None:
        """Build the page for ``report`` now; show its lower sections over the next turns.

        Every widget (and so every label and the chart) exists when this returns. Laying out
        and painting ~80 word-wrapped labels at once would stall the event loop for tens of
        milliseconds, so only the header is shown at once; the sections below follow over the
        next few event-loop turns, top to bottom (see `_reveal_next`).
        """
        self._reveal.stop()
        self._hidden = []
        self.chart = MoodChart()
        content = self._build(report)
        for group in self._hidden:
            for widget in group:
                widget.hide()
        holder = self._set_content(content)
        if self._hidden:
            # Room for the whole page while it grows: a section shown into a page too short
            # for it squeezes every card above it, which lays them all out again (twice).
            # The stretch at the bottom takes the slack; `_reveal_next` gives it back.
            line = QFontMetricsF(self.font()).height()
            holder.setMinimumHeight(round(line * SPARE_LINES))
            self._reveal.start()
        self.scroll.verticalScrollBar().setValue(scroll_to)

    def _reveal_next(self) -> None:
        """Show the next hidden sections, as many as fit in a few milliseconds of this turn."""
        holder, content = self.scroll.widget(), self._content
        if holder is None or content is None:
            return
        start = time.perf_counter()
        while self._hidden and (time.perf_counter() - start) * 1000 < REVEAL_BUDGET_MS:
            for widget in self._hidden.pop(0):
                _selectable(widget)
                # at the page's width: shown, it is laid out at once at the size it has
                widget.resize(content.width(), widget.height())
                widget.show()
        if self._hidden:
            self._reveal.start()
        else:
            holder.setMinimumHeight(0)  # the page is whole: give back the room it grew in

    def _set_content(self, content: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        line = QFontMetricsF(self.font()).height()
        row.setContentsMargins(round(line), round(line), round(line), round(line))
        row.addStretch(1)
        content.setMaximumWidth(round(line * CONTENT_WIDTH_LINES))
        content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(content, 100)
        row.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(holder)
        self._content = content
        return holder

    def _placeholder(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(_label("The report appears here after a call.", colour=_muted()))
        layout.addStretch(1)
        _selectable(box)
        return box

    def _build(self, report: CallReport) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        line = QFontMetricsF(self.font()).height()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(line * 0.6))
        header = self._header(report)
        _selectable(header)  # shown at once; the sections below are made selectable as shown
        layout.addWidget(header)

        def section(title: str, body: QWidget, *more: QWidget) -> None:
            # shown later by `_reveal_next`: the heading with the body, then each of ``more``
            # (further cards, straight in the page) on its own
            layout.addSpacing(round(line * 0.6))
            heading = self._section(title)
            layout.addWidget(heading)
            layout.addWidget(body)
            self._hidden.append([heading, body])
            for widget in more:
                layout.addWidget(widget)
                self._hidden.append([widget])

        section("How your score adds up", self._breakdown(report))
        section(f"{_first(report)}'s mood over the call", self._mood(report))
        if report.replies:
            section("Moments that mattered", self._moments(report))
        section("What to say next time", *self._missed(report))
        section("Your delivery", self._delivery(report.delivery))
        layout.addStretch(1)
        return page

    def _section(self, title: str) -> QLabel:
        label = _label(title, factor=1.25, bold=True)
        label.setAccessibleName(title)
        return label

    def _header(self, report: CallReport) -> QWidget:
        card = _Card(_outcome_colour(report.outcome))
        row = QHBoxLayout()
        row.setSpacing(round(QFontMetricsF(self.font()).height()))
        card.layout_.addLayout(row)

        words = QVBoxLayout()
        words.setSpacing(round(QFontMetricsF(self.font()).height() * 0.3))
        caption = f"Your call with {report.persona_name}"
        words.addWidget(_label(caption, colour=_muted(), name="reportCaption"))
        self.outcome_label = _label(
            report.outcome_title,
            factor=1.9,
            bold=True,
            colour=_outcome_colour(report.outcome),
            name="outcomeTitle",
        )
        words.addWidget(self.outcome_label)
        words.addWidget(_label(report.outcome_text, factor=1.1, name="outcomeText"))
        facts = [f"{report.replies} {'reply' if report.replies == 1 else 'replies'}"]
        if report.taken_back:
            facts.append(f"{report.taken_back} taken back and answered again")
        if report.corrected:
            facts.append(
                f"{report.corrected} transcript{'s' if report.corrected > 1 else ''} corrected"
            )
        facts.append("spoken call" if report.delivery else "typed call")
        words.addWidget(_label(" \u00b7 ".join(facts), colour=_muted(), name="callFacts"))
        words.addStretch(1)
        row.addLayout(words, 1)

        score = QVBoxLayout()
        score.setSpacing(0)
        self.score_label = _label(
            str(report.score.total), factor=3.6, bold=True, wrap=False, name="scoreTotal"
        )
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.score_label.setAccessibleName(f"Score {report.score.total} out of 100")
        out_of = _label("score out of 100", colour=_muted(), wrap=False)
        out_of.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        score.addWidget(self.score_label)
        score.addWidget(out_of)
        score.addStretch(1)
        row.addLayout(score)
        return card

    def _breakdown(self, report: CallReport) -> QWidget:
        card = _Card()
        grid = QGridLayout()
        line = QFontMetricsF(self.font()).height()
        grid.setHorizontalSpacing(round(line * 0.9))
        grid.setVerticalSpacing(round(line * 0.55))
        grid.setColumnStretch(2, 1)
        header_colour = _muted()
        for column, title in enumerate(("Points", "For", "Your words")):
            head = _label(title, factor=0.9, bold=True, colour=header_colour, wrap=False)
            if column == 0:
                head.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(head, 0, column)
        for index, row in enumerate(report.score.rows, start=1):
            self._score_row(grid, index, row)
        card.layout_.addLayout(grid)

        card.layout_.addWidget(_rule())
        total = _label(
            f"Total: {report.score.arithmetic}",
            factor=1.05,
            bold=True,
            name="scoreArithmetic",
        )
        card.layout_.addWidget(total)
        formula = _label(
            "How every call is scored: " + report.score.formula + ".",
            factor=0.9,
            colour=_muted(),
            name="scoreFormula",
        )
        card.layout_.addWidget(formula)
        return card

    def _score_row(self, grid: QGridLayout, index: int, row: ScoreRow) -> None:
        if row.points > 0:
            colour = theme.good()
        elif row.points < 0:
            colour = theme.bad()
        else:
            colour = _muted()
        points = _points(row.points)
        if row.kind == "missed" and row.available:
            points = f"0 / {row.available}"
        number = _label(points, bold=True, colour=colour, wrap=False, name="scorePoints")
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        item = _label(
            row.label,
            bold=row.kind != "missed",
            colour=_muted() if row.kind == "missed" else None,
            name="scoreItem",
        )
        item.setMinimumWidth(round(QFontMetricsF(self.font()).height() * 9))
        if row.reply_text:
            where = html.escape(f"Reply {row.reply_number}") if row.reply_number else ""
            text = f"<span style='color:{_muted()}'>{where}</span>&nbsp; " + _quoted(
                row.reply_text, row.evidence
            )
            words = _label(text, rich=True, name="scoreWords")
        elif row.kind == "missed":
            words = _label(
                "Not made \u2014 see \u201cWhat to say next time\u201d below.",
                colour=_muted(),
                name="scoreWords",
            )
        elif row.kind == "outcome":
            words = _label("How the call ended.", colour=_muted(), name="scoreWords")
        else:
            words = _label("", name="scoreWords")
        item.setAccessibleName(f"{row.label}: {points} points")
        grid.addWidget(number, index, 0)
        grid.addWidget(item, index, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(words, index, 2, Qt.AlignmentFlag.AlignTop)

    def _mood(self, report: CallReport) -> QWidget:
        card = _Card()
        values = report.mood_values
        self.chart.set_series(values)
        self.chart.set_who(_first(report))
        best = report.best.reply_number if report.best else None
        worst = report.worst.reply_number if report.worst else None
        weakest = bool(report.worst and report.worst.helped)
        self.chart.set_highlights(best, worst, worst_helped=weakest)
        line = QFontMetricsF(self.font()).height()
        self.chart.setMinimumHeight(round(line * 13))
        card.layout_.addWidget(self.chart)
        start, end = report.mood[0], report.mood[-1]
        summary = (
            f"From {start.mood:.1f} ({start.band}) at the start to {end.mood:.1f} ({end.band}) "
            f"at the end, on a scale of 0 calm to 10 walking out."
        )
        rings = []
        if report.best is not None:
            rings.append("best reply (green)" if report.best.helped else "least harmful (green)")
        if report.worst is not None:
            rings.append("weakest (amber)" if weakest else "worst reply (red)")
        if rings:
            summary += f" Rings mark your {' and '.join(rings)}."
        card.layout_.addWidget(_label(summary, colour=_muted(), name="moodSummary"))
        return card

    def _moments(self, report: CallReport) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(QFontMetricsF(self.font()).height() * 0.8))
        if report.best:
            title = "Best reply" if report.best.helped else "Least harmful reply"
            row.addWidget(self._moment(title, report.best, theme.good(), report), 1)
        if report.worst:
            title = "Weakest reply" if report.worst.helped else "Worst reply"
            colour = theme.warn() if report.worst.helped else theme.bad()
            row.addWidget(self._moment(title, report.worst, colour, report), 1)
        elif report.best and report.best.helped:
            card = _Card(theme.good())
            card.layout_.addWidget(
                _label("No weak moment", bold=True, colour=theme.good(), name="momentTitle")
            )
            card.layout_.addWidget(
                _label(
                    f"Every reply cooled {_first(report)} down; none made things worse.",
                    name="momentWhy",
                )
            )
            card.layout_.addStretch(1)
            row.addWidget(card, 1)
        return box

    def _moment(self, title: str, turn: TurnHighlight, colour: str, report: CallReport) -> QWidget:
        card = _Card(colour)
        card.setObjectName("card")
        head = _label(
            f"{title} \u00b7 reply {turn.reply_number}",
            bold=True,
            colour=colour,
            name="momentTitle",
        )
        card.layout_.addWidget(head)
        if turn.answering:
            said = (
                f"<span style='color:{_muted()}'>{html.escape(_first(report))}: "
                f"{_quoted(turn.answering)}</span>"
            )
            card.layout_.addWidget(_label(said, rich=True, factor=0.95))
        you = f"<b>You:</b> {_quoted(turn.text or '(said nothing)')}"
        card.layout_.addWidget(_label(you, rich=True, name="momentText"))
        if abs(turn.change) < 0.05 and turn.mood_after >= 10.0:
            change = "already at the limit"
        else:
            change = _signed(turn.change, "").strip()
        mood = f"Mood {turn.mood_before:.1f} \u2192 {turn.mood_after:.1f} ({change})"
        cooled = turn.change < 0
        card.layout_.addWidget(
            _label(mood, bold=True, colour=theme.good() if cooled else theme.bad())
        )
        card.layout_.addWidget(_label(turn.why, name="momentWhy"))
        if turn.tip:
            card.layout_.addWidget(
                _label(f"Next time: {turn.tip}", colour=theme.info(), name="momentTip")
            )
        card.layout_.addStretch(1)
        return card

    def _missed(self, report: CallReport) -> list[QWidget]:
        """The section's widgets, each straight in the page (its spacing is the page's)."""
        if not report.missed:
            card = _Card(theme.good())
            card.layout_.addWidget(
                _label(
                    "You made every move of the method in this call.",
                    bold=True,
                    colour=theme.good(),
                )
            )
            return [card]
        intro = _label(
            f"Moves you never made, with what {_first(report)}'s script suggests saying.",
            colour=_muted(),
        )
        return [intro] + [self._missed_card(missed, report) for missed in report.missed]

    def _missed_card(self, missed: MissedMark, report: CallReport) -> QWidget:
        card = _Card(theme.info())
        title = f"{missed.label}  (+{missed.points})" if missed.points else missed.label
        card.layout_.addWidget(_label(title, bold=True, factor=1.05, name="missedTitle"))
        card.layout_.addWidget(_label(missed.why, name="missedWhy"))
        quote = _label(
            _quoted(missed.model_reply, missed.highlight),
            rich=True,
            factor=1.05,
            name="modelReply",
        )
        quote.setAccessibleName(f"Model reply: {missed.model_reply}")
        quote.setContentsMargins(round(QFontMetricsF(self.font()).height() * 0.6), 0, 0, 0)
        card.layout_.addWidget(quote)
        if missed.from_script:
            source = f"From {_first(report)}'s script, {STAGE_WORDS.get(missed.stage, '')}."
        else:
            source = "An example of the move from the method."
        card.layout_.addWidget(_label(source, factor=0.9, colour=_muted()))
        return card

    def _delivery(self, delivery: DeliverySummary | None) -> QWidget:
        card = _Card()
        if delivery is None:
            card.layout_.addWidget(
                _label(
                    "Pace, loudness, filler words, interruptions and how quickly you answered "
                    "appear here after a spoken call.",
                    colour=_muted(),
                    name="deliveryNone",
                )
            )
            return card
        grid = QGridLayout()
        line = QFontMetricsF(self.font()).height()
        grid.setHorizontalSpacing(round(line * 1.2))
        grid.setVerticalSpacing(round(line * 0.9))
        fillers = (
            ", ".join(f"{word} \u00d7{count}" for word, count in delivery.fillers.items())
            if delivery.fillers
            else "none"
        )
        latency = (
            f"{delivery.median_latency_ms / 1000:.1f} s"
            if delivery.median_latency_ms is not None
            else "\u2014"
        )
        dash = "\u2014"
        tiles = [
            (
                "Pace (median)",
                f"{delivery.median_wpm:.0f} wpm" if delivery.median_wpm is not None else dash,
                delivery.pace_note,
            ),
            (
                "Loudness vs your normal (median)",
                _signed(delivery.loudness_db, "dB") if delivery.loudness_db is not None else dash,
                delivery.loudness_note,
            ),
            ("Filler words", str(delivery.filler_count), fillers),
            (
                "Interruptions",
                str(delivery.interruptions),
                "You let them finish."
                if not delivery.interruptions
                else "Times you talked over them.",
            ),
            ("Time to answer (median)", latency, delivery.latency_note),
        ]
        for column, (name, value, note) in enumerate(tiles):
            tile = QVBoxLayout()
            tile.setSpacing(round(line * 0.15))
            tile.addWidget(_label(name, factor=0.9, colour=_muted(), wrap=False))
            tile.addWidget(_label(value, factor=1.5, bold=True, wrap=False, name="deliveryValue"))
            tile.addWidget(_label(note, factor=0.9, name="deliveryNote"))
            tile.addStretch(1)
            grid.addLayout(tile, column // 3, column % 3)
            grid.setColumnStretch(column % 3, 1)
        card.layout_.addLayout(grid)
        card.layout_.addWidget(
            _label(
                f"Over {delivery.voice_turns} spoken "
                f"{'reply' if delivery.voice_turns == 1 else 'replies'}.",
                factor=0.9,
                colour=_muted(),
            )
        )
        return card

    # -- theme -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
            and not self._rebuilding
        ):
            self._rebuilding = True
            QTimer.singleShot(0, self._restyle)

    def _restyle(self) -> None:
        """Colours are baked into the labels; rebuild them for the new palette."""
        try:
            if self._report is not None:
                value = self.scroll.verticalScrollBar().value()
                self._show_content(self._report, scroll_to=value)
        finally:
            self._rebuilding = False


def _muted() -> str:
    # asked for ~40 times a page: remembered for as long as the application palette lasts
    key = QGuiApplication.palette().cacheKey()
    if key not in _MUTED:
        _MUTED.clear()
        _MUTED[key] = muted_colour().name()
    return _MUTED[key]


_MUTED: dict[int, str] = {}


def _first(report: CallReport) -> str:
    parts = report.persona_name.split()
    return parts[0] if parts else "The customer"


def _outcome_colour(outcome: str | None) -> str:
    if outcome == "resolved":
        return theme.good()
    if outcome == "walked_out":
        return theme.bad()
    return theme.warn()


__all__ = ["ReportPage"]
