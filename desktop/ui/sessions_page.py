"""The library of recorded calls: filter, follow a trainee's progress, replay, compare, delete.

Everything that reads or deletes a session runs through `run_in_background`; the page only
shows what comes back. Filters go straight to :meth:`SessionStore.list` (on a worker), and a
generation counter drops answers that a newer filter has overtaken.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.session_exports import export_session, import_bundle
from desktop.session_index import SessionSummary
from desktop.session_store import SessionStore
from desktop.ui import theme
from desktop.ui.background import Outcome, run_in_background
from desktop.ui.theme import muted_colour

OUTCOME_TEXT = {"resolved": "Resolved", "walked_out": "Walked out", "ended": "Ended"}
COLUMNS = ("Date", "Customer", "Trainee", "Score", "Outcome", "Turns", "Status")
COL_DATE, COL_PERSONA, COL_TRAINEE, COL_SCORE, COL_OUTCOME, COL_TURNS, COL_STATUS = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ANY_DATE = QDate(2000, 1, 1)


def local_time(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def when_text(iso: str | None) -> str:
    value = local_time(iso)
    return f"{value:%d %b %Y, %H:%M}".lstrip("0") if value else "?"


def outcome_text(summary: SessionSummary) -> str:
    if summary.status == "recording":
        return "Still recording"
    if summary.outcome is None:
        return "—"
    return OUTCOME_TEXT.get(summary.outcome, summary.outcome.replace("_", " ").capitalize())


def outcome_colour(outcome: str | None) -> str:
    return {"resolved": theme.good(), "walked_out": theme.bad(), "ended": theme.warn()}.get(
        outcome or "", theme.muted()
    )


def trainees_text(summary: SessionSummary) -> str:
    return ", ".join(summary.trainees) or "(no name)"


def persona_text(summary: SessionSummary) -> str:
    return summary.persona_name or summary.persona_id


@dataclass(frozen=True)
class Filters:
    """What the list is narrowed to (None: any)."""

    trainee: str | None = None
    persona: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    outcome: str | None = None
    status: str | None = None
    min_score: int | None = None

    def kwargs(self) -> dict[str, Any]:
        return {
            "trainee": self.trainee,
            "persona": self.persona,
            "since": self.since,
            "until": self.until,
            "outcome": self.outcome,
            "status": self.status,
            "min_score": self.min_score,
        }

    def any(self) -> bool:
        return any(v is not None for v in self.kwargs().values())


# -- the table ---------------------------------------------------------------------------------


class _Item(QTableWidgetItem):
    """A cell that sorts by its SORT_ROLE value (dates, numbers) rather than its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class StatusDelegate(QStyledItemDelegate):
    """Draws the status as a word, and 'interrupted' (or 'recording') as a coloured badge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        status = index.data(Qt.ItemDataRole.UserRole)
        if status not in ("interrupted", "recording"):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, opt, painter, widget)
        colour = QColor(theme.warn() if status == "interrupted" else theme.info())
        text = "⚠ interrupted" if status == "interrupted" else "● recording"
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        pad = fm.height() * 0.45
        rect = QRectF(opt.rect)
        width = min(rect.width() - pad, fm.horizontalAdvance(text) + 2 * pad)
        badge = QRectF(
            rect.left() + pad / 2, rect.center().y() - fm.height() * 0.62, width, fm.height() * 1.24
        )
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setPen(colour)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        fm = QFontMetricsF(option.font)
        return QSize(
            max(size.width(), round(fm.horizontalAdvance("⚠ interrupted") + fm.height() * 1.6)),
            max(size.height(), round(fm.height() * 1.6)),
        )


# -- the progress chart ------------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    session_id: str
    started_at: str
    score: int | None
    outcome: str | None
    status: str


class ProgressChart(QWidget):
    """A trainee's score (0-100) at one customer, attempt by attempt, oldest on the left.

    Drawn with QPainter and measured from the font, so it stays readable at 150%; colours come
    from `theme` at paint time (light and dark). An interrupted attempt is a hollow ring (at its
    partial score, or on the baseline without one, where the line skips it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attempts: list[Attempt] = []
        self._selected: str | None = None
        self._empty_text = "Pick a trainee and a customer to see their progress."
        self._who = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName("Progress over attempts")

    # -- API -----------------------------------------------------------------------------------

    def set_attempts(self, attempts: Sequence[Attempt], who: str = "") -> None:
        """Attempts in time order (oldest first)."""
        self._attempts = list(attempts)
        self._who = who
        self._describe()
        self.update()

    def attempts(self) -> list[Attempt]:
        return list(self._attempts)

    def set_selected(self, session_id: str | None) -> None:
        self._selected = session_id
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def point_positions(self) -> list[QPointF]:
        """Where each attempt is drawn (tests, tooltips)."""
        plot = self._plot_rect()
        return [self._point(plot, i, a) for i, a in enumerate(self._attempts)]

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(round(line * 30), round(line * 11))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(round(line * 12), round(line * 7))

    # -- geometry ------------------------------------------------------------------------------

    def _small(self) -> QFont:
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def _plot_rect(self) -> QRectF:
        fm = QFontMetricsF(self._small())
        rect = QRectF(self.rect())
        left = fm.horizontalAdvance("100") + fm.height() * 0.8
        top = fm.height() * 1.1 + self._radius() * 2.2
        return rect.adjusted(left, top, -fm.height() * 1.2, -fm.height() * 2.9)

    def _radius(self) -> float:
        return max(4.0, QFontMetricsF(self.font()).height() * 0.34)

    def _x(self, plot: QRectF, index: int) -> float:
        count = len(self._attempts)
        pad = self._radius() * 2.4
        if count <= 1:
            return plot.center().x()
        return plot.left() + pad + (plot.width() - 2 * pad) * index / (count - 1)

    def _y(self, plot: QRectF, score: float) -> float:
        return plot.bottom() - plot.height() * max(0.0, min(100.0, score)) / 100

    def _point(self, plot: QRectF, index: int, attempt: Attempt) -> QPointF:
        return QPointF(self._x(plot, index), self._y(plot, attempt.score or 0))

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot_rect()
        if plot.width() < 4 or plot.height() < 4:
            return
        muted = muted_colour(self.palette())
        if not self._attempts:
            p.setPen(muted)
            p.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            return
        small = self._small()
        fm = QFontMetricsF(small)
        p.setFont(small)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        grid = QColor(ink)
        grid.setAlpha(40)
        # the pass band: a resolved call with most moves scores 70 and over
        band = QColor(theme.good())
        band.setAlpha(22)
        p.fillRect(
            QRectF(
                plot.left(),
                self._y(plot, 100),
                plot.width(),
                self._y(plot, 70) - self._y(plot, 100),
            ),
            band,
        )
        for value in (0, 25, 50, 75, 100):
            y = self._y(plot, value)
            p.setPen(QPen(grid, 1.0))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            p.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - fm.height() * 0.4, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        self._paint_x_labels(p, plot, fm, muted)
        line_width = max(1.5, QFontMetricsF(self.font()).height() / 7)
        scored = [(i, a) for i, a in enumerate(self._attempts) if a.score is not None]
        # the line joins every scored attempt; an interrupted one keeps its partial score
        if len(scored) > 1:
            path = QPainterPath(self._point(plot, *scored[0]))
            for index, attempt in scored[1:]:
                path.lineTo(self._point(plot, index, attempt))
            line = QColor(ink)
            line.setAlpha(170)
            p.setPen(
                QPen(
                    line,
                    line_width,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        radius = self._radius()
        outline = self.palette().color(QPalette.ColorRole.Base)
        label_font = QFont(small)
        label_font.setBold(True)
        for index, attempt in enumerate(self._attempts):
            point = self._point(plot, index, attempt)
            if attempt.session_id == self._selected:
                p.setPen(QPen(QColor(theme.info()), max(2.0, line_width)))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(point, radius * 2.0, radius * 2.0)
            unfinished = attempt.score is None or attempt.status == "interrupted"
            if unfinished:  # hollow: the call stopped before the end
                p.setPen(QPen(muted, max(1.5, line_width * 0.8)))
                p.setBrush(self.palette().color(QPalette.ColorRole.Window))
            else:
                p.setPen(QPen(outline, max(1.5, line_width * 0.6)))
                p.setBrush(QColor(outcome_colour(attempt.outcome)))
            p.drawEllipse(point, radius, radius)
            if attempt.score is None:
                continue
            p.setFont(label_font)
            p.setPen(muted if unfinished else ink)
            offset = radius * 2.2
            above = point.y() - offset - fm.height() >= 0
            text_rect = QRectF(
                point.x() - fm.height() * 2,
                point.y() - offset - fm.height() if above else point.y() + offset,
                fm.height() * 4,
                fm.height(),
            )
            p.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, str(attempt.score))
            p.setFont(small)

    def _paint_x_labels(self, p: QPainter, plot: QRectF, fm: QFontMetricsF, muted: QColor) -> None:
        count = len(self._attempts)
        widest = fm.horizontalAdvance("30 Nov") + fm.height()
        spacing = (plot.width() - self._radius() * 4.8) / max(1, count - 1)
        step = max(1, int(widest / max(1.0, spacing)) + 1)
        shown = list(range(0, count, step))
        if shown[-1] != count - 1:
            if len(shown) > 1 and count - 1 - shown[-1] < step / 2:
                shown[-1] = count - 1
            else:
                shown.append(count - 1)
        top = plot.bottom() + fm.height() * 0.35
        for index in shown:
            x = self._x(plot, index)
            when = local_time(self._attempts[index].started_at)
            p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            p.drawText(
                QRectF(x - widest / 2, top, widest, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                f"#{index + 1}",
            )
            p.setPen(muted)
            p.drawText(
                QRectF(x - widest / 2, top + fm.height(), widest, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                f"{when:%d %b}".lstrip("0") if when else "",
            )

    # -- tooltips and accessibility ------------------------------------------------------------

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._nearest(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.attempt_text(index), self)
            return True
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self.update()
        return super().event(event)

    def _nearest(self, pos: QPointF) -> int | None:
        best, distance = None, float("inf")
        for index, point in enumerate(self.point_positions()):
            d = (point - pos).manhattanLength()
            if d < distance:
                best, distance = index, d
        reach = QFontMetricsF(self.font()).height() * 2
        return best if distance <= reach else None

    def attempt_text(self, index: int) -> str:
        attempt = self._attempts[index]
        score = "no score (interrupted)" if attempt.score is None else f"score {attempt.score}"
        outcome = OUTCOME_TEXT.get(attempt.outcome or "", "")
        return f"Attempt {index + 1} · {when_text(attempt.started_at)} · {score}" + (
            f" · {outcome}" if outcome else ""
        )

    def _describe(self) -> None:
        if not self._attempts:
            self.setAccessibleDescription(self._empty_text)
            return
        scores = ", ".join("none" if a.score is None else str(a.score) for a in self._attempts)
        self.setAccessibleDescription(
            f"{self._who}: {len(self._attempts)} attempts, scores in order: {scores}."
        )


# -- the page ----------------------------------------------------------------------------------


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto another row when the page is narrow."""

    def __init__(self, h_spacing: int, v_spacing: int) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self._h, self._v = h_spacing, v_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._items) + self._h * max(0, self.count() - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        width = max((i.minimumSize().width() for i in self._items), default=0)
        return QSize(width, self.heightForWidth(width))

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            size = item.sizeHint()
            if x > rect.x() and x + size.width() > rect.right() + 1:
                x, y = rect.x(), y + row_height + self._v
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), size))
            x += size.width() + self._h
            row_height = max(row_height, size.height())
        return y + row_height - rect.y()


def _bold(text: str, factor: float = 1.0) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    if factor != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)
    return label


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.muted()};")
    return label


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setMinimumDate(ANY_DATE)
    edit.setSpecialValueText("any day")
    edit.setDate(ANY_DATE)
    edit.setAccessibleName(name)
    return edit


class SessionsPage(QWidget):
    """Every recorded call, newest first; see the module docstring."""

    replay_requested = Signal(str)
    compare_requested = Signal(str, str)
    back = Signal()
    loaded = Signal()
    """The list (after a refresh or a filter change) is on screen."""
    progress_loaded = Signal()
    deleted = Signal(list)
    """Session ids removed by a confirmed delete."""

    def __init__(
        self,
        store_factory: Callable[[], SessionStore] = SessionStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store_factory = store_factory
        self._generation = 0
        self._progress_generation = 0
        self._summaries: list[SessionSummary] = []
        self._all: list[SessionSummary] = []
        self._filling = False
        self.loading = False
        self.confirm_box: QMessageBox | None = None
        self._dark = theme.is_dark()
        line = QFontMetricsF(self.font()).height()

        # header
        self.back_button = QPushButton("← Library")
        self.back_button.setToolTip("Back to the customers (Esc)")
        self.back_button.clicked.connect(self.back)
        title = _bold("Recorded calls", 1.35)
        self.count_label = _muted()
        self.count_label.setWordWrap(False)
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addSpacing(round(line * 0.6))
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count_label)

        # filters
        self.trainee_filter = QComboBox()
        self.trainee_filter.setAccessibleName("Filter by trainee")
        self.persona_filter = QComboBox()
        self.persona_filter.setAccessibleName("Filter by customer")
        self.since_edit = _date_edit("From date")
        self.until_edit = _date_edit("Until date")
        self.outcome_filter = QComboBox()
        self.outcome_filter.setAccessibleName("Filter by outcome")
        self.outcome_filter.addItem("Any outcome", None)
        for key, text in OUTCOME_TEXT.items():
            self.outcome_filter.addItem(text, f"outcome:{key}")
        self.outcome_filter.addItem("Interrupted", "status:interrupted")
        self.min_score = QSpinBox()
        self.min_score.setRange(0, 100)
        self.min_score.setSingleStep(5)
        self.min_score.setSpecialValueText("any")
        self.min_score.setAccessibleName("Minimum score")
        for combo in (self.trainee_filter, self.persona_filter, self.outcome_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.clicked.connect(self.clear_filters)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        for combo in (self.trainee_filter, self.persona_filter, self.outcome_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self._filters_changed_later)
        self.min_score.valueChanged.connect(self._filters_changed_later)
        filters = FlowLayout(round(line * 0.9), round(line * 0.35))
        for parts in (
            (("Trainee", self.trainee_filter),),
            (("Customer", self.persona_filter),),
            (("From", self.since_edit), ("to", self.until_edit)),
            (("Outcome", self.outcome_filter),),
            (("Score at least", self.min_score),),
        ):
            field = QWidget()
            row = QHBoxLayout(field)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(round(line * 0.4))
            for label, widget in parts:
                text = QLabel(label)
                text.setBuddy(widget)
                row.addWidget(text)
                row.addWidget(widget)
            filters.addWidget(field)
        filters.addWidget(self.clear_button)

        # the list
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Recorded calls")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(round(line * 1.8))
        self.table.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(len(COLUMNS)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == COL_STATUS  # the last column takes the room left
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        for column in (COL_SCORE, COL_TURNS):
            self.table.horizontalHeaderItem(column).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.replay_selected())
        self.empty_label = _muted()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName("No recorded calls")
        empty_font = QFont(self.empty_label.font())
        if empty_font.pointSizeF() > 0:
            empty_font.setPointSizeF(empty_font.pointSizeF() * 1.15)
        self.empty_label.setFont(empty_font)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        # actions
        self.replay_button = QPushButton("▶ Replay")
        self.replay_button.setToolTip("Listen to the selected call (Enter)")
        self.replay_button.clicked.connect(self.replay_selected)
        self.compare_button = QPushButton("Compare")
        self.compare_button.clicked.connect(self.compare_selected)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setToolTip("Delete the selected calls and their audio (Del)")
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton("E&xport…")
        self.export_button.setToolTip(
            "Save the selected call as a report (HTML or PDF) or a .hotseat bundle to share"
        )
        self.export_button.clicked.connect(self.export_selected)
        self.import_button = QPushButton("&Import…")
        self.import_button.setToolTip("Add a .hotseat bundle someone shared with you")
        self.import_button.clicked.connect(self.import_bundle)
        self.hint_label = _muted()
        actions = QHBoxLayout()
        actions.addWidget(self.hint_label, 1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.compare_button)
        actions.addWidget(self.replay_button)
        for button in (self.replay_button, self.compare_button, self.delete_button):
            button.setMinimumHeight(round(line * 2.0))
            button.setMinimumWidth(round(line * 6.5))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list_stack, 1)
        top_layout.addLayout(actions)

        # progress
        self.progress_trainee = QComboBox()
        self.progress_trainee.setAccessibleName("Progress of trainee")
        self.progress_persona = QComboBox()
        self.progress_persona.setAccessibleName("Progress at customer")
        for combo in (self.progress_trainee, self.progress_persona):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.progress_trainee.currentIndexChanged.connect(self._progress_changed)
        self.progress_persona.currentIndexChanged.connect(self._progress_changed)
        self.chart = ProgressChart()
        self.progress_summary = _muted()
        progress = QFrame()
        progress.setFrameShape(QFrame.Shape.StyledPanel)
        progress_layout = QVBoxLayout(progress)
        pick = QHBoxLayout()
        pick.addWidget(_bold("Progress"))
        pick.addSpacing(round(line * 0.6))
        for text, widget in (("of", self.progress_trainee), ("at", self.progress_persona)):
            label = QLabel(text)
            label.setBuddy(widget)
            pick.addWidget(label)
            pick.addWidget(widget)
        pick.addSpacing(round(line * 0.6))
        pick.addWidget(self.progress_summary, 1)
        progress_layout.addLayout(pick)
        progress_layout.addWidget(self.chart, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(progress)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        outer = QVBoxLayout(self)
        margin = round(line * 0.9)
        outer.setContentsMargins(margin, round(line * 0.6), margin, margin)
        outer.setSpacing(round(line * 0.5))
        outer.addLayout(head)
        self.filter_bar = QWidget()
        self.filter_bar.setLayout(filters)
        self.filter_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.filter_bar)
        outer.addWidget(self.splitter, 1)

        for key, slot in (
            (QKeySequence(Qt.Key.Key_Escape), self.back.emit),
            (QKeySequence(QKeySequence.StandardKey.Refresh), self.refresh),
        ):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # only while the list has the focus, so Enter and Delete still edit the filters
        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            (QKeySequence(Qt.Key.Key_Return), self.replay_selected),
            (QKeySequence(Qt.Key.Key_Enter), self.replay_selected),
        ):
            shortcut = QShortcut(key, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._refill_choices([])
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        # colours are taken from the theme when cells are made: remake them for a new scheme
        palette_events = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palette_events and self._dark != theme.is_dark():
            self._dark = theme.is_dark()
            if self._summaries:
                self._fill_table(self._summaries)
        super().changeEvent(event)

    # -- API -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (with the current filters) and the choices, in the background."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        filters = self.filters()
        factory = self._store_factory
        self.loading = True
        self.count_label.setText("Loading…")

        def load() -> tuple[list[SessionSummary], list[SessionSummary]]:
            store = factory()
            everything = store.list()
            shown = store.list(**filters.kwargs()) if filters.any() else everything
            return everything, shown

        run_in_background(load, lambda outcome: self._loaded(generation, outcome))

    def filters(self) -> Filters:
        trainee = self.trainee_filter.currentData()
        persona = self.persona_filter.currentData()
        outcome_choice = self.outcome_filter.currentData()
        since = until = None
        if self.since_edit.date() != ANY_DATE:
            since = _local_midnight(self.since_edit.date())
        if self.until_edit.date() != ANY_DATE:
            until = _local_midnight(self.until_edit.date()) + timedelta(days=1)
        outcome = status = None
        if outcome_choice:
            kind, value = str(outcome_choice).split(":", 1)
            outcome, status = (value, None) if kind == "outcome" else (None, value)
        return Filters(
            trainee=trainee,
            persona=persona,
            since=since,
            until=until,
            outcome=outcome,
            status=status,
            min_score=self.min_score.value() or None,
        )

    def set_filters(
        self,
        *,
        trainee: str | None = None,
        persona: str | None = None,
        since: QDate | None = None,
        until: QDate | None = None,
        outcome: str | None = None,
        min_score: int | None = None,
    ) -> None:
        """Set several filters at once (one reload). Unknown trainees/personas are added."""
        self._filling = True
        try:
            _select_data(self.trainee_filter, trainee, trainee)
            _select_data(self.persona_filter, persona, persona)
            self.since_edit.setDate(since or ANY_DATE)
            self.until_edit.setDate(until or ANY_DATE)
            wanted = None
            if outcome == "interrupted":
                wanted = "status:interrupted"
            elif outcome:
                wanted = f"outcome:{outcome}"
            index = self.outcome_filter.findData(wanted) if wanted else 0
            self.outcome_filter.setCurrentIndex(max(0, index))
            self.min_score.setValue(min_score or 0)
        finally:
            self._filling = False
        self.refresh()

    def clear_filters(self) -> None:
        self.set_filters()

    def summaries(self) -> list[SessionSummary]:
        """The sessions shown, in the table's current order."""
        by_id = {s.id: s for s in self._summaries}
        rows = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_DATE)
            if item is not None:
                rows.append(by_id[item.data(Qt.ItemDataRole.UserRole)])
        return rows

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, COL_DATE).data(Qt.ItemDataRole.UserRole) for row in rows]

    def select_ids(self, ids: Sequence[str]) -> None:
        self.table.clearSelection()
        model = self.table.selectionModel()
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_DATE).data(Qt.ItemDataRole.UserRole) in ids:
                model.select(
                    self.table.model().index(row, 0),
                    model.SelectionFlag.Select | model.SelectionFlag.Rows,
                )

    def set_progress(self, trainee: str | None, persona: str | None) -> None:
        self._filling = True
        try:
            _select_data(self.progress_trainee, trainee, trainee)
            _select_data(self.progress_persona, persona, persona)
        finally:
            self._filling = False
        self._load_progress()

    def replay_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.replay_requested.emit(ids[0])

    def compare_selected(self) -> None:
        ids = self.selected_ids()
        if self._comparable(ids) is None:
            by_id = {s.id: s for s in self._summaries}
            a, b = sorted(ids, key=lambda i: by_id[i].started_at)
            self.compare_requested.emit(a, b)

    def delete_selected(self) -> None:
        by_id = {s.id: s for s in self._summaries}
        chosen = [by_id[i] for i in self.selected_ids() if i in by_id]
        chosen = [s for s in chosen if s.status != "recording"]
        if not chosen or self.confirm_box is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Delete recorded calls" if len(chosen) > 1 else "Delete recorded call")
        if len(chosen) == 1:
            s = chosen[0]
            box.setText(
                f"Delete {trainees_text(s)}'s call with {persona_text(s)} "
                f"from {when_text(s.started_at)}?"
            )
        else:
            box.setText(f"Delete these {len(chosen)} recorded calls?")
        box.setInformativeText(
            "The audio recording of both voices is deleted too, with the transcript, marks "
            "and notes. This cannot be undone."
        )
        delete = box.addButton(
            "Delete call and audio" if len(chosen) == 1 else "Delete calls and audio",
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton("Keep", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        ids = [s.id for s in chosen]

        def answered(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is delete:
                self._delete(ids)
            box.deleteLater()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    # -- loading -------------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def _filters_changed_later(self) -> None:
        if not self._filling:
            self._debounce.start()

    def _loaded(self, generation: int, outcome: Outcome[Any]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        if not outcome.ok:
            self.count_label.setText("")
            self._show_empty(f"The recorded calls cannot be read: {outcome.error}")
            self.table.setRowCount(0)
            self._summaries = []
            self._update_actions()
            self.loaded.emit()
            return
        everything, shown = outcome.unwrap()
        self._all = everything
        self._refill_choices(everything)
        self._fill_table(shown)
        total = len(everything)
        if self.filters().any():
            self.count_label.setText(f"{len(shown)} of {total} calls")
        else:
            self.count_label.setText(
                "No calls" if not total else f"{total} call{'' if total == 1 else 's'}"
            )
        if not shown:
            self._show_empty(
                "No calls match these filters."
                if total
                else "No recorded calls yet.\nEvery call taken in Hotseat is recorded here, "
                "with both voices, to replay and compare."
            )
        else:
            self.list_stack.setCurrentWidget(self.table)
        self._default_progress()
        self._update_actions()
        self.loaded.emit()

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.list_stack.setCurrentWidget(self.empty_label)

    def _refill_choices(self, everything: Sequence[SessionSummary]) -> None:
        trainees: dict[str, str] = {}
        personas: dict[str, str] = {}
        for summary in everything:
            for name in summary.trainees:
                trainees.setdefault(name.casefold(), name)
            personas.setdefault(summary.persona_id, persona_text(summary))
        trainee_items = sorted(trainees.values(), key=str.casefold)
        persona_items = sorted(personas.items(), key=lambda kv: kv[1].casefold())
        self._filling = True
        try:
            _refill(self.trainee_filter, "All trainees", [(n, n) for n in trainee_items])
            _refill(self.persona_filter, "All customers", [(n, i) for i, n in persona_items])
            _refill(self.progress_trainee, None, [(n, n) for n in trainee_items])
            _refill(self.progress_persona, None, [(n, i) for i, n in persona_items])
            for combo in (self.progress_trainee, self.progress_persona):
                combo.setEnabled(combo.count() > 0)
        finally:
            self._filling = False

    def _fill_table(self, summaries: Sequence[SessionSummary]) -> None:
        selected = set(self.selected_ids())
        self._summaries = list(summaries)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(summaries))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, s in enumerate(summaries):
            date = _Item(when_text(s.started_at))
            date.setData(Qt.ItemDataRole.UserRole, s.id)
            date.setData(SORT_ROLE, s.started_at)
            date.setToolTip(
                f"Started {when_text(s.started_at)} · {s.mode or 'typed'} call"
                + (f" · ended {when_text(s.ended_at)}" if s.ended_at else "")
            )
            persona = _Item(persona_text(s))
            trainee = _Item(trainees_text(s))
            outcome = _Item(outcome_text(s))
            if s.outcome:
                outcome.setForeground(QColor(outcome_colour(s.outcome)))
            score = _Item("—" if s.score is None else str(s.score))
            score.setData(SORT_ROLE, -1 if s.score is None else s.score)
            score.setTextAlignment(right)
            if s.status == "interrupted" and s.score is not None:
                score.setForeground(QColor(theme.muted()))
                score.setToolTip("A partial score: the call stopped before the end")
            elif s.score is not None:
                font = QFont(self.table.font())
                font.setBold(True)
                score.setFont(font)
            status = _Item(s.status)
            status.setData(Qt.ItemDataRole.UserRole, s.status)
            if s.status == "complete":
                status.setForeground(QColor(theme.muted()))
            status.setToolTip(
                {
                    "interrupted": "The call stopped before it ended (the app or the machine "
                    "stopped); every turn until then is kept and replays.",
                    "recording": "This call is being recorded right now.",
                }.get(s.status, "The whole call was recorded.")
            )
            turns = _Item(str(s.turns))
            turns.setData(SORT_ROLE, s.turns)
            turns.setTextAlignment(right)
            cells = {
                COL_DATE: date,
                COL_PERSONA: persona,
                COL_TRAINEE: trainee,
                COL_SCORE: score,
                COL_OUTCOME: outcome,
                COL_TURNS: turns,
                COL_STATUS: status,
            }
            for column, item in cells.items():
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)  # re-sorts by the header's indicator
        self.select_ids([i for i in selected if any(s.id == i for s in summaries)])
        self._update_actions()

    # -- selection and actions -----------------------------------------------------------------

    def _comparable(self, ids: Sequence[str]) -> str | None:
        """Why these can't be compared (None when they can)."""
        if len(ids) != 2:
            return "Select two calls with the same customer to compare them (Ctrl+click)."
        by_id = {s.id: s for s in self._summaries}
        a, b = by_id.get(ids[0]), by_id.get(ids[1])
        if a is None or b is None:
            return "Those calls are gone."
        if a.persona_id != b.persona_id:
            return "Only calls with the same customer can be compared."
        return None

    def _selection_changed(self) -> None:
        self._update_actions()
        ids = self.selected_ids()
        if len(ids) == 1:
            summary = next((s for s in self._summaries if s.id == ids[0]), None)
            if summary is not None and summary.trainees:
                current = self.progress_trainee.currentData()
                trainee = next(
                    (t for t in summary.trainees if current and t.casefold() == current.casefold()),
                    summary.trainees[0],
                )
                if (trainee, summary.persona_id) != (current, self.progress_persona.currentData()):
                    self.set_progress(trainee, summary.persona_id)
            self.chart.set_selected(ids[0])
        else:
            self.chart.set_selected(None)

    def export_selected(self, path: str | None = None) -> None:
        """Ask where (and so in which format), then write it in the background."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                "Export this call",
                f"{ids[0]}.html",
                "Report (*.html);;Report as PDF (*.pdf);;Bundle to share (*.hotseat)",
            )
        if not path:
            return
        fmt = {".pdf": "pdf", ".hotseat": "bundle"}.get(Path(path).suffix.lower(), "html")
        session_id = ids[0]
        self.hint_label.setText("Exporting…")
        run_in_background(
            lambda: export_session(session_id, fmt, Path(path)),
            lambda outcome: self._exported(outcome),
        )

    def _exported(self, outcome: Outcome[Path]) -> None:
        if outcome.ok:
            self.hint_label.setText(f"Saved {outcome.unwrap()}")
        else:
            self.hint_label.setText(f"Could not export: {outcome.error}")

    def import_bundle(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, "Import a shared call", "", "Hotseat bundle (*.hotseat)"
            )
        if not path:
            return
        self.hint_label.setText("Checking the bundle…")
        run_in_background(lambda: import_bundle(Path(path)), self._imported)

    def _imported(self, outcome: Outcome[str]) -> None:
        if outcome.ok:
            self.hint_label.setText(f"Imported as {outcome.unwrap()}.")
            self.refresh()
        else:
            self.hint_label.setText(f"Not imported: {outcome.error}")

    def _update_actions(self) -> None:
        ids = self.selected_ids()
        by_id = {s.id: s for s in self._summaries}
        self.replay_button.setEnabled(len(ids) == 1)
        why_not = self._comparable(ids)
        self.compare_button.setEnabled(why_not is None)
        self.compare_button.setToolTip(
            why_not or "Side by side, reply by reply, with marks and mood"
        )
        self.export_button.setEnabled(
            len(ids) == 1 and ids[0] in by_id and by_id[ids[0]].status != "recording"
        )
        deletable = [i for i in ids if i in by_id and by_id[i].status != "recording"]
        self.delete_button.setEnabled(bool(deletable))
        if not ids:
            hint = "Select a call to replay it; select two with the same customer to compare."
        elif len(ids) == 1:
            hint = "Double-click or Enter replays it. Ctrl+click a second call to compare."
        else:
            hint = why_not or "Compare shows the two calls side by side."
        self.hint_label.setText(hint)

    def _delete(self, ids: list[str]) -> None:
        factory = self._store_factory
        self.count_label.setText("Deleting…")
        self.delete_button.setEnabled(False)

        def remove() -> list[str]:
            store = factory()
            gone = []
            for session_id in ids:
                store.delete(session_id)
                gone.append(session_id)
            return gone

        def done(outcome: Outcome[list[str]]) -> None:
            if not outcome.ok:
                QMessageBox.warning(
                    self, "Delete recorded call", f"The call could not be deleted: {outcome.error}"
                )
            else:
                self.deleted.emit(outcome.unwrap())
            self.refresh()

        run_in_background(remove, done)

    # -- progress ------------------------------------------------------------------------------

    def _default_progress(self) -> None:
        """Show someone's progress: the filters' trainee/persona, else the newest call's."""
        trainee = self.progress_trainee.currentData()
        persona = self.progress_persona.currentData()
        wanted_t = self.trainee_filter.currentData()
        wanted_p = self.persona_filter.currentData()
        source = self._summaries or self._all
        newest = source[0] if source else None
        if wanted_t is None and trainee is None and newest and newest.trainees:
            wanted_t = newest.trainees[0]
        if wanted_p is None and persona is None and newest:
            wanted_p = newest.persona_id
        self.set_progress(wanted_t or trainee, wanted_p or persona)

    def _progress_changed(self) -> None:
        if not self._filling:
            self._load_progress()

    def _load_progress(self) -> None:
        trainee = self.progress_trainee.currentData()
        persona = self.progress_persona.currentData()
        self._progress_generation += 1
        generation = self._progress_generation
        if not trainee or not persona:
            self.chart.set_empty_text(
                "Pick a trainee and a customer to see their progress."
                if self._all
                else "A trainee's progress shows here once they have recorded calls."
            )
            self.chart.set_attempts([])
            self.progress_summary.setText("")
            self.progress_loaded.emit()
            return
        factory = self._store_factory

        def load() -> list[SessionSummary]:
            return factory().list(trainee=trainee, persona=persona)

        def done(outcome: Outcome[list[SessionSummary]]) -> None:
            if generation != self._progress_generation:
                return
            if not outcome.ok:
                self.chart.set_attempts([])
                self.chart.set_empty_text(f"Cannot read the calls: {outcome.error}")
            else:
                self._show_progress(trainee, self.progress_persona.currentText(), outcome.unwrap())
            self.progress_loaded.emit()

        run_in_background(load, done)

    def _show_progress(
        self, trainee: str, persona: str, summaries: Sequence[SessionSummary]
    ) -> None:
        ordered = sorted(
            (s for s in summaries if s.status != "recording"),
            key=lambda s: s.started_at,
        )
        attempts = [Attempt(s.id, s.started_at, s.score, s.outcome, s.status) for s in ordered]
        self.chart.set_empty_text(f"{trainee} has no recorded calls with {persona} yet.")
        self.chart.set_attempts(attempts, f"{trainee}'s score with {persona}")
        ids = self.selected_ids()
        self.chart.set_selected(ids[0] if len(ids) == 1 else None)
        scores = [a.score for a in attempts if a.score is not None]
        if not attempts:
            text = ""
        elif len(scores) >= 2:
            change = scores[-1] - scores[0]
            trend = (
                f"up {change}" if change > 0 else f"down {-change}" if change < 0 else "no change"
            )
            text = (
                f"{len(attempts)} attempts · first {scores[0]}, latest {scores[-1]} "
                f"({trend}) · best {max(scores)}"
            )
        elif scores:
            text = f"{len(attempts)} attempt{'s' if len(attempts) > 1 else ''} · score {scores[0]}"
        else:
            text = f"{len(attempts)} attempts, none finished"
        self.progress_summary.setText(text)


def _local_midnight(day: QDate) -> datetime:
    return datetime.combine(day.toPython(), time()).astimezone()


def _refill(combo: QComboBox, any_text: str | None, items: Sequence[tuple[str, str]]) -> None:
    """Replace a combo's items, keeping the current choice when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        if any_text is not None:
            combo.addItem(any_text, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        if current is not None and index < 0:
            combo.addItem(str(current), current)  # keep a filter that matches nothing now
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))
    finally:
        combo.blockSignals(False)


def _select_data(combo: QComboBox, data: str | None, text: str | None) -> None:
    if data is None:
        combo.setCurrentIndex(0 if combo.count() and combo.itemData(0) is None else -1)
        return
    index = combo.findData(data)
    if index < 0:
        index = next(
            (
                i
                for i in range(combo.count())
                if isinstance(combo.itemData(i), str)
                and combo.itemData(i).casefold() == data.casefold()
            ),
            -1,
        )
    if index < 0:
        combo.addItem(text or data, data)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
