"""Two attempts at the same customer, side by side: who, when, how it ended, the mood of both
calls on one chart, which moves each earned, then reply 1 against reply 1, reply 2 against
reply 2… with each reply's words, marks (faults in red) and the mood after it.

Personas are deterministic for a seed, so with the same seed the customer opened the same way
and any difference is the trainee's; the header says when the seeds differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.report import MARK_CHIPS
from desktop.session_store import StoredSession
from desktop.ui import theme
from desktop.ui.mood_chart import MoodChart
from desktop.ui.sessions_page import OUTCOME_TEXT, outcome_colour, when_text
from desktop.ui.theme import muted_colour
from desktop.ui.widgets import Chip, WrapScroll

MOVES = tuple(MARK_CHIPS.items())
SIDES = ("A", "B")


def side_colour(side: int) -> QColor:
    """A's curve and tag in the info blue, B's in the text colour (dashed on the chart)."""
    if side == 0:
        return QColor(theme.info())
    return QColor(QGuiApplication.palette().color(QPalette.ColorRole.WindowText))


def trainee_replies(record: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each trainee reply in order, with the customer's line just before it (or None)."""
    replies = []
    before: dict[str, Any] | None = None
    for turn in record.get("turns") or []:
        if turn.get("speaker") == "trainee":
            replies.append((turn, before))
        else:
            before = turn
    return replies


def mood_series(record: dict[str, Any]) -> list[float]:
    """The mood at the start and after each reply (from the record, else from the turns)."""
    mood = record.get("mood")
    if isinstance(mood, list) and mood:
        return [float(v) for v in mood]
    replies = [t for t, _ in trainee_replies(record)]
    start = record.get("mood_start")
    if start is None and replies:
        start = replies[0].get("mood_before")
    series = [float(start)] if start is not None else []
    series += [float(t["mood_after"]) for t in replies if t.get("mood_after") is not None]
    return series


@dataclass(frozen=True)
class MoveResult:
    earned: bool
    points: int
    reply: int | None  # 1-based reply number where it was first earned
    evidence: str | None


def moves_earned(record: dict[str, Any]) -> dict[str, MoveResult]:
    """Per move: earned or not, its points (from the score), and the reply that first made it."""
    replies = [t for t, _ in trainee_replies(record)]
    points = {}
    for row in (record.get("score") or {}).get("breakdown") or []:
        label = str(row.get("label") or "")
        points[label] = int(row.get("points") or 0)
    results = {}
    for mark, _label in MOVES:
        first = next(
            (
                i
                for i, t in enumerate(replies, 1)
                if (t.get("marks") or {}).get(mark, {}).get("hit")
            ),
            None,
        )
        evidence = (replies[first - 1]["marks"][mark].get("evidence")) if first else None
        results[mark] = MoveResult(first is not None, points.get(mark, 0), first, evidence)
    return results


def faults(record: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    return [
        (i, v)
        for i, (t, _) in enumerate(trainee_replies(record), 1)
        for v in t.get("violations") or []
    ]


# -- the chart ---------------------------------------------------------------------------------


class ComparisonChart(MoodChart):
    """The customer's mood in both calls: A solid in blue, B dashed in the text colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series_a: list[float] = []
        self.series_b: list[float] = []
        self.names = ("A", "B")
        self.setAccessibleName("Mood in both calls")

    def set_pair(self, a: Sequence[float], b: Sequence[float], names: tuple[str, str]) -> None:
        self.series_a = [max(0.0, min(10.0, float(v))) for v in a]
        self.series_b = [max(0.0, min(10.0, float(v))) for v in b]
        self.names = names
        longer = self.series_a if len(self.series_a) >= len(self.series_b) else self.series_b
        self.set_series(longer)  # the axes follow the longer call
        self.setAccessibleDescription(
            f"Mood in {names[0]}: "
            + ", ".join(f"{v:.1f}" for v in self.series_a)
            + f". Mood in {names[1]}: "
            + ", ".join(f"{v:.1f}" for v in self.series_b)
            + ". 0 is calm, 10 walking out."
        )

    def _point_text(self, index: int) -> str:
        when = "At the start" if index == 0 else f"After reply {index}"
        parts = []
        for name, series in zip(self.names, (self.series_a, self.series_b), strict=True):
            if index < len(series):
                parts.append(f"{name} {series[index]:.1f}")
        return f"{when}: " + ", ".join(parts)

    def _paint_line(self, painter: QPainter, plot: QRectF, spark: bool) -> None:
        line_height = QFontMetricsF(self.font()).height()
        width = max(1.5, line_height / 7)
        radius = self._point_radius() * 0.85
        outline = QColor(self.palette().color(QPalette.ColorRole.Base))
        for side, series in enumerate((self.series_a, self.series_b)):
            if not series:
                continue
            colour = side_colour(side)
            points = [QPointF(self._x(plot, i), self._y(plot, v)) for i, v in enumerate(series)]
            if len(points) > 1:
                path = QPainterPath(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                pen = QPen(
                    colour,
                    width * (1.25 if side == 0 else 1.0),
                    Qt.PenStyle.SolidLine if side == 0 else Qt.PenStyle.DashLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            if spark:
                continue
            for point, value in zip(points, series, strict=True):
                painter.setPen(QPen(outline if side == 0 else colour, max(1.5, width * 0.6)))
                painter.setBrush(theme.mood_colour(value))
                if side == 0:
                    painter.drawEllipse(point, radius, radius)
                else:  # B's points are squares, so the two read apart without colour
                    painter.drawRect(
                        QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)
                    )
        if not spark:
            self._paint_legend(painter, plot)

    def _legend_height(self) -> float:
        return QFontMetricsF(self._small_font()).height() * 1.7

    def _plot_rect(self) -> QRectF:
        rect = super()._plot_rect()
        if self.is_sparkline():
            return rect
        return rect.adjusted(0, self._legend_height(), 0, 0)

    def _paint_legend(self, painter: QPainter, plot: QRectF) -> None:
        """A and B in a strip above the plot, so the legend never covers a curve."""
        font = self._small_font()
        fm = QFontMetricsF(font)
        painter.setFont(font)
        sample = fm.height() * 2.2
        gap = fm.height() * 1.5
        widths = [sample + fm.height() * 0.5 + fm.horizontalAdvance(n) for n in self.names]
        x = plot.right() - sum(widths) - gap
        cy = plot.top() - self._legend_height() + fm.height() * 0.5
        radius = self._point_radius() * 0.7
        for side, name in enumerate(self.names):
            colour = side_colour(side)
            pen = QPen(
                colour,
                max(1.5, fm.height() / 7) * (1.25 if side == 0 else 1.0),
                Qt.PenStyle.SolidLine if side == 0 else Qt.PenStyle.DashLine,
            )
            painter.setPen(pen)
            painter.drawLine(QPointF(x, cy), QPointF(x + sample, cy))
            middle = QPointF(x + sample / 2, cy)
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
            if side == 0:
                painter.drawEllipse(middle, radius, radius)
            else:
                painter.drawRect(
                    QRectF(middle.x() - radius, middle.y() - radius, 2 * radius, 2 * radius)
                )
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(
                    x + sample + fm.height() * 0.5, cy - fm.height() / 2, widths[side], fm.height()
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            x += widths[side] + gap


# -- the cells ---------------------------------------------------------------------------------


def _label(
    text: str,
    *,
    bold: bool = False,
    factor: float = 1.0,
    colour: str | None = None,
    wrap: bool = True,
) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if bold or factor != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        if factor != 1.0 and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * factor)
        label.setFont(font)
    if colour:
        label.setStyleSheet(f"color: {colour};")
    return label


class _Chips(QWidget):
    """Chips in rows of three (wrap without a flow layout)."""

    def __init__(self, chips: Sequence[Chip]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for start in range(0, len(chips), 3):
            row = QHBoxLayout()
            row.setSpacing(6)
            for chip in chips[start : start + 3]:
                row.addWidget(chip)
            row.addStretch(1)
            layout.addLayout(row)


class SideHeader(QFrame):
    """Who took the call, when, how it ended and the score."""

    def __init__(self, side: int, session: StoredSession) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        record, summary = session.record, session.summary
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        tag = _label(SIDES[side], bold=True, factor=1.2, wrap=False)
        colour = side_colour(side).name()
        tag.setStyleSheet(
            f"color: {colour}; border: 2px {'solid' if side == 0 else 'dashed'} {colour};"
            " border-radius: 0.5em; padding: 0 0.45em;"
        )
        top.addWidget(tag)
        trainees = ", ".join(summary.trainees) or record.get("trainee") or "(no name)"
        self.trainee_label = _label(trainees, bold=True, factor=1.15)
        top.addWidget(self.trainee_label, 1)
        score = (record.get("score") or {}).get("total", summary.score)
        self.score_label = _label(
            "—" if score is None else str(score), bold=True, factor=1.6, wrap=False
        )
        self.score_label.setToolTip("Score out of 100")
        top.addWidget(self.score_label)
        layout.addLayout(top)
        outcome = record.get("outcome") or summary.outcome
        if summary.status == "interrupted" or record.get("interrupted"):
            outcome_words, tone = "Interrupted before the end", theme.warn()
        else:
            outcome_words = OUTCOME_TEXT.get(outcome or "", outcome or "—")
            tone = outcome_colour(outcome)
        self.outcome_label = _label(outcome_words, bold=True, colour=tone)
        layout.addWidget(self.outcome_label)
        replies = len(trainee_replies(record))
        mode = record.get("mode") or summary.mode or "typed"
        self.when_label = _label(
            f"{when_text(summary.started_at)} · {replies} repl{'y' if replies == 1 else 'ies'}"
            f" · {mode}",
            colour=theme.muted(),
        )
        layout.addWidget(self.when_label)


class ReplyCell(QFrame):
    """One side's reply n: the customer's line before it, the words, the marks, the mood."""

    def __init__(
        self, reply: dict[str, Any], before: dict[str, Any] | None, persona_name: str
    ) -> None:
        super().__init__()
        self.turn = reply
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        if before is not None and before.get("text"):
            first = persona_name.split()[0] if persona_name else "Customer"
            self.before_label = _label(f'{first}: "{before["text"]}"', colour=theme.muted())
            layout.addWidget(self.before_label)
        text = reply.get("text") or "(said nothing)"
        self.text_label = _label(text, factor=1.05)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text_label)
        self.chips: list[Chip] = []
        marks = reply.get("marks") or {}
        for mark, label in MOVES:
            info = marks.get(mark) or {}
            if info.get("hit"):
                self.chips.append(Chip(label, info.get("evidence"), fault=False))
        question = reply.get("question") or {}
        if question.get("hit"):
            self.chips.append(Chip("Real question", question.get("evidence"), fault=False))
        for violation in reply.get("violations") or []:
            label = str(violation.get("kind", "fault")).replace("_", " ").capitalize()
            self.chips.append(Chip(label, violation.get("evidence"), fault=True))
        if reply.get("interrupted"):
            self.chips.append(Chip("Interrupted", None, fault=True, why="Let them finish."))
        if self.chips:
            layout.addWidget(_Chips(self.chips))
        else:
            layout.addWidget(_label("No marks", colour=theme.muted()))
        before_mood, after = reply.get("mood_before"), reply.get("mood_after")
        self.mood_after = after
        if after is not None:
            words = f"Mood after: {after:.1f}"
            if before_mood is not None:
                delta = after - before_mood
                feel = "calmer" if delta < -0.05 else "angrier" if delta > 0.05 else "no change"
                words = f"Mood {before_mood:.1f} → {after:.1f} ({feel})"
                tone = (
                    theme.good()
                    if delta < -0.05
                    else theme.bad()
                    if delta > 0.05
                    else theme.muted()
                )
            else:
                tone = theme.muted()
            self.mood_label = _label(words, colour=tone)
            layout.addWidget(self.mood_label)


def _missing(text: str) -> QLabel:
    label = _label(text, colour=theme.muted())
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMinimumHeight(round(QFontMetricsF(label.font()).height() * 3))
    return label


# -- the page ----------------------------------------------------------------------------------


class ComparePage(QWidget):
    """Two sessions at the same customer, side by side; see the module docstring."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions: tuple[StoredSession, StoredSession] | None = None
        self._dark = theme.is_dark()
        self.headers: list[SideHeader] = []
        self.rows: list[tuple[ReplyCell | None, ReplyCell | None]] = []
        self.move_cells: dict[str, tuple[QLabel, QLabel]] = {}
        self.chart = ComparisonChart()
        line = QFontMetricsF(self.font()).height()

        self.back_button = QPushButton("← Recorded calls")
        self.back_button.setToolTip("Back to the recorded calls (Esc)")
        self.back_button.clicked.connect(self.back)
        self.title = _label("Compare two calls", bold=True, factor=1.35, wrap=False)
        self.note = _label("", colour=theme.muted())
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addSpacing(round(line * 0.6))
        head.addWidget(self.title)
        head.addSpacing(round(line * 0.6))
        head.addWidget(self.note, 1)

        self.scroll = WrapScroll()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName("Comparison")
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        outer = QVBoxLayout(self)
        margin = round(line * 0.9)
        outer.setContentsMargins(margin, round(line * 0.6), margin, 0)
        outer.setSpacing(round(line * 0.5))
        outer.addLayout(head)
        outer.addWidget(self.scroll, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back)
        self.scroll.setWidget(QWidget())

    def changeEvent(self, event: QEvent) -> None:
        # the cells take their colours from the theme when made: rebuild for a new scheme
        palette_events = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if (
            event.type() in palette_events
            and self._dark != theme.is_dark()
            and self.sessions is not None
        ):
            self._dark = theme.is_dark()
            a, b = self.sessions
            value = self.scroll.verticalScrollBar().value()
            self._build(a, b, self.title.text().removeprefix("Two calls with "))
            self.scroll.verticalScrollBar().setValue(value)
        super().changeEvent(event)

    def show_sessions(self, a: StoredSession, b: StoredSession) -> None:
        """Show ``a`` (left) against ``b`` (right)."""
        self.sessions = (a, b)
        persona = (a.record.get("persona") or {}).get("name") or a.summary.persona_name or ""
        self.title.setText(f"Two calls with {persona}" if persona else "Two calls")
        same_persona = a.summary.persona_id == b.summary.persona_id
        seeds = (a.record.get("seed"), b.record.get("seed"))
        if not same_persona:
            note = "These calls are with different customers, so replies may not line up."
        elif seeds[0] is not None and seeds[0] == seeds[1]:
            note = "Same customer, same seed: the customer opened the same way both times."
        else:
            note = "Same customer, different seeds: the customer's lines can differ."
        self.note.setText(note)
        self._build(a, b, persona)
        self.scroll.verticalScrollBar().setValue(0)

    # -- building ------------------------------------------------------------------------------

    def _side_tags(self, grid: QGridLayout, row: int, sessions: Sequence[StoredSession]) -> int:
        for side, session in enumerate(sessions):
            grid.addWidget(_side_tag(side, session), row, 1 + side)
        return row + 1

    def _build(self, a: StoredSession, b: StoredSession, persona: str) -> None:
        line = QFontMetricsF(self.font()).height()
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, round(line * 0.5), round(line))
        grid.setHorizontalSpacing(round(line * 0.7))
        grid.setVerticalSpacing(round(line * 0.45))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        sessions = (a, b)
        row = 0

        self.headers = [SideHeader(side, s) for side, s in enumerate(sessions)]
        for side, header in enumerate(self.headers):
            grid.addWidget(header, row, 1 + side)
        row += 1

        names: tuple[str, str] = tuple(  # type: ignore[assignment]
            f"{SIDES[i]}: {', '.join(s.summary.trainees) or 'no name'}, "
            f"{when_text(s.summary.started_at)}"
            for i, s in enumerate(sessions)
        )
        self.chart = ComparisonChart()
        self.chart.set_who(persona or "Customer")
        self.chart.set_pair(mood_series(a.record), mood_series(b.record), names)
        self.chart.setMinimumHeight(round(line * 14))
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.chart.setFixedHeight(round(line * 15))
        grid.addWidget(_label("Mood", bold=True), row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.chart, row, 1, 1, 2)
        row += 1

        grid.addWidget(_section_title("Moves earned"), row, 0, 1, 3)
        row += 1
        row = self._side_tags(grid, row, sessions)
        results = [moves_earned(s.record) for s in sessions]
        self.move_cells = {}
        for mark, label in MOVES:
            grid.addWidget(_label(label, wrap=False), row, 0)
            cells = []
            for side in range(2):
                cell = _move_label(results[side][mark])
                grid.addWidget(cell, row, 1 + side)
                cells.append(cell)
            self.move_cells[mark] = (cells[0], cells[1])
            row += 1
        grid.addWidget(_label("Faults", wrap=False), row, 0)
        fault_cells = []
        for side, s in enumerate(sessions):
            found = faults(s.record)
            if found:
                kinds = ", ".join(
                    f"{str(v.get('kind', 'fault')).replace('_', ' ')} (reply {n})" for n, v in found
                )
                text = f"✗ {len(found)}: {kinds}"
                cell = _label(text, colour=theme.bad())
            else:
                cell = _label("✓ none", colour=theme.good())
            grid.addWidget(cell, row, 1 + side)
            fault_cells.append(cell)
        self.move_cells["faults"] = (fault_cells[0], fault_cells[1])
        row += 1

        grid.addWidget(_section_title("Reply by reply"), row, 0, 1, 3)
        row += 1
        row = self._side_tags(grid, row, sessions)
        replies = [trainee_replies(s.record) for s in sessions]
        persona_names = [
            (s.record.get("persona") or {}).get("name") or s.summary.persona_name or ""
            for s in sessions
        ]
        self.rows = []
        for index in range(max(len(replies[0]), len(replies[1]))):
            number = _label(f"Reply {index + 1}", bold=True, wrap=False)
            grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            pair: list[ReplyCell | None] = []
            for side in range(2):
                if index < len(replies[side]):
                    reply, before = replies[side][index]
                    cell = ReplyCell(reply, before, persona_names[side])
                    grid.addWidget(cell, row, 1 + side)
                    pair.append(cell)
                else:
                    if index == len(replies[side]):  # say it once, where the call stopped
                        grid.addWidget(_missing(_call_end_text(sessions[side])), row, 1 + side)
                    pair.append(None)
            self.rows.append((pair[0], pair[1]))
            row += 1
        if not self.rows:
            grid.addWidget(_label("Neither call has a reply yet.", colour=theme.muted()), row, 1)
            row += 1
        grid.setRowStretch(row, 1)
        self.scroll.setWidget(content)


def _side_tag(side: int, session: StoredSession) -> QLabel:
    """ "A · Sam · 11 Nov 2026, 18:55" in the side's colour, over each column."""
    names = ", ".join(session.summary.trainees) or "no name"
    label = _label(
        f"{SIDES[side]} · {names} · {when_text(session.summary.started_at)}",
        bold=True,
        colour=side_colour(side).name(),
        wrap=False,
    )
    return label


def _section_title(text: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    line = QFontMetricsF(box.font()).height()
    layout.setContentsMargins(0, round(line * 0.6), 0, 0)
    layout.setSpacing(2)
    layout.addWidget(_label(text, bold=True, factor=1.15, wrap=False))
    rule = QFrame()
    rule.setFrameShape(QFrame.Shape.HLine)
    rule.setFrameShadow(QFrame.Shadow.Plain)
    colour = muted_colour()
    rule.setStyleSheet(f"color: {colour.name()};")
    layout.addWidget(rule)
    return box


def _move_label(result: MoveResult) -> QLabel:
    if result.earned:
        points = f" · {result.points} pts" if result.points else ""
        text = f"✓ reply {result.reply}{points}"
        label = _label(text, colour=theme.good())
        if result.evidence:
            label.setToolTip(f'"{result.evidence}"')
            label.setText(f'{text} · "{_short(result.evidence)}"')
    else:
        label = _label("✗ never", colour=theme.muted())
    return label


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _call_end_text(session: StoredSession) -> str:
    record = session.record
    if session.summary.status == "interrupted" or record.get("interrupted"):
        return "(the recording stopped here)"
    outcome = record.get("outcome")
    return {
        "resolved": "(the call was resolved)",
        "walked_out": "(the customer had walked out)",
        "ended": "(the call had ended)",
    }.get(outcome or "", "(the call had ended)")
