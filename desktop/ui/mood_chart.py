"""The customer's mood over the call, drawn with QPainter.

One widget for every size: the report's chart, the call screen's live sparkline and (later) a
projector view. Everything is measured from the widget's size and font, never in fixed pixels,
so it stays sharp and readable at 150% scaling; below a certain height it drops the axis and
labels and becomes a sparkline. Colours come from `desktop.ui.theme`, read at paint time, so a
light/dark switch repaints it correctly.

Heat runs 0 (calm) to 10 (walking out), in the bands hot (7 and over), warm (4 to 7) and cool.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.ui import theme

MOOD_MAX = 10.0
HOT_FROM = 7.0  # personas.model.HOT_FROM
WARM_FROM = 4.0  # personas.model.WARM_FROM
BANDS = (("hot", HOT_FROM, MOOD_MAX), ("warm", WARM_FROM, HOT_FROM), ("cool", 0.0, WARM_FROM))
BAND_ALPHA = 34
SPARKLINE_LINES = 5.0
"""Below this many text lines of height the chart is a sparkline: no axis, no labels."""


def band_name(value: float) -> str:
    if value >= HOT_FROM:
        return "hot"
    if value >= WARM_FROM:
        return "warm"
    return "cool"


def _band_colour(name: str) -> str:
    return {"hot": theme.bad(), "warm": theme.warn(), "cool": theme.good()}[name]


class MoodChart(QWidget):
    """Mood (0-10) after each reply; the first value is the mood at the start of the call."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._values: list[float] = []
        self._best: int | None = None
        self._worst: int | None = None
        self._worst_helped = False
        self._who = "Customer"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName("Mood over the call")
        self._describe()

    # -- API ---------------------------------------------------------------------------------

    def set_series(self, values: list[float]) -> None:
        """The mood at the start, then after each reply (0 calm … 10 walking out)."""
        self._values = [max(0.0, min(MOOD_MAX, float(v))) for v in values]
        self._describe()
        self.update()

    def series(self) -> list[float]:
        return list(self._values)

    def set_highlights(
        self, best: int | None = None, worst: int | None = None, *, worst_helped: bool = False
    ) -> None:
        """Ring the points after the best (green) and the worst reply (indices into the series).

        The worst is red, or amber when even it helped (the weakest of good replies).
        """
        self._best, self._worst, self._worst_helped = best, worst, worst_helped
        self.update()

    def set_who(self, name: str) -> None:
        """Whose mood it is (for the accessible description and tooltips)."""
        self._who = name or "Customer"
        self._describe()

    def is_sparkline(self) -> bool:
        return self.height() < QFontMetricsF(self.font()).height() * SPARKLINE_LINES

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(round(line * 32), round(line * 12))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(round(line * 4), round(line * 1.5))

    # -- geometry ----------------------------------------------------------------------------

    def _plot_rect(self) -> QRectF:
        rect = QRectF(self.rect())
        fm = QFontMetricsF(self._small_font())
        if self.is_sparkline():
            pad = max(2.0, rect.height() * 0.08)
            return rect.adjusted(pad, pad, -pad, -pad)
        left = fm.horizontalAdvance("10") + fm.height() * 0.9
        right = fm.horizontalAdvance("warm") + fm.height() * 1.0
        top = fm.height() * 0.8
        bottom = fm.height() * 2.3 + self._ring_radius()
        return rect.adjusted(left, top, -right, -bottom)

    def _point_radius(self) -> float:
        return max(3.5, QFontMetricsF(self.font()).height() * 0.32)

    def _ring_radius(self) -> float:
        return self._point_radius() * 1.9

    def _x(self, plot: QRectF, index: int) -> float:
        # the points sit inside the bands by a ring's width, so no mark spills onto the labels
        pad = 0.0 if self.is_sparkline() else self._ring_radius() + 1
        left, width = plot.left() + pad, plot.width() - 2 * pad
        count = len(self._values)
        if count <= 1:
            return left + width * (0.5 if count == 1 and self.is_sparkline() else 0)
        return left + width * index / (count - 1)

    def _y(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * value / MOOD_MAX

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot_rect()
        if plot.width() <= 2 or plot.height() <= 2:
            return
        spark = self.is_sparkline()
        self._paint_bands(painter, plot, spark)
        if not spark:
            self._paint_axes(painter, plot)
        if not self._values:
            if not spark:
                painter.setPen(theme.muted_colour(self.palette()))
                painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "No replies yet")
            return
        self._paint_line(painter, plot, spark)

    def _paint_bands(self, painter: QPainter, plot: QRectF, spark: bool) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        fm = QFontMetricsF(self._small_font())
        for name, low, high in BANDS:
            colour = QColor(_band_colour(name))
            colour.setAlpha(BAND_ALPHA)
            band = QRectF(
                plot.left(),
                self._y(plot, high),
                plot.width(),
                self._y(plot, low) - self._y(plot, high),
            )
            painter.fillRect(band, colour)
            if not spark:
                painter.setFont(self._small_font())
                label = QColor(_band_colour(name))
                painter.setPen(label)
                text_rect = QRectF(
                    plot.right() + fm.height() * 0.4, band.top(), fm.height() * 6, band.height()
                )
                painter.drawText(
                    text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
                )
                painter.setPen(Qt.PenStyle.NoPen)

    def _paint_axes(self, painter: QPainter, plot: QRectF) -> None:
        fm = QFontMetricsF(self._small_font())
        painter.setFont(self._small_font())
        grid = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        grid.setAlpha(40)
        text = theme.muted_colour(self.palette())
        for value in (0.0, WARM_FROM, HOT_FROM, MOOD_MAX):
            y = self._y(plot, value)
            painter.setPen(QPen(grid, 1.0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label_rect = QRectF(
                0, y - fm.height() / 2, plot.left() - fm.height() * 0.4, fm.height()
            )
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
        count = len(self._values)
        if count == 0:
            return
        # x labels: "Start", then reply numbers, thinned so they never collide
        widest = fm.horizontalAdvance("Start") + fm.height()
        step = max(1, int(widest / max(1.0, plot.width() / max(1, count - 1))) + 1)
        shown = list(range(0, count, step))
        last = count - 1
        if shown[-1] != last:
            if last - shown[-1] < step / 2 and len(shown) > 1:
                shown[-1] = last  # the latest reply matters more than the one before
            else:
                shown.append(last)
        painter.setPen(text)
        top = plot.bottom() + max(fm.height() * 0.3, self._ring_radius() + 2)
        for index in shown:
            x = self._x(plot, index)
            label = "Start" if index == 0 else str(index)
            width = fm.horizontalAdvance(label) + fm.height()
            painter.drawText(
                QRectF(x - width / 2, top, width, fm.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        caption = "Reply"
        painter.drawText(
            QRectF(plot.left(), top + fm.height(), plot.width(), fm.height()),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            caption,
        )

    def _paint_line(self, painter: QPainter, plot: QRectF, spark: bool) -> None:
        line_height = QFontMetricsF(self.font()).height()
        width = max(1.5, (plot.height() / 40) if spark else line_height / 7)
        points = [QPointF(self._x(plot, i), self._y(plot, v)) for i, v in enumerate(self._values)]
        ink = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        ink.setAlpha(170)
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(
                QPen(
                    ink,
                    width,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        if spark:
            # only the latest point, so a glance says where the mood is now
            radius = max(2.5, width * 1.8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.mood_colour(self._values[-1]))
            painter.drawEllipse(points[-1], radius, radius)
            return
        radius = self._point_radius()
        outline = QColor(self.palette().color(QPalette.ColorRole.Base))
        for index, (point, value) in enumerate(zip(points, self._values, strict=True)):
            if index in (self._best, self._worst):
                if index == self._best:
                    ring = QColor(theme.good())
                else:
                    ring = QColor(theme.warn() if self._worst_helped else theme.bad())
                painter.setPen(QPen(ring, max(2.0, width * 0.8)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(point, radius * 1.9, radius * 1.9)
            painter.setPen(QPen(outline, max(1.5, width * 0.6)))
            painter.setBrush(theme.mood_colour(value))
            painter.drawEllipse(point, radius, radius)

    # -- interaction and accessibility -------------------------------------------------------

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._nearest(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._point_text(index), self)
            return True
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self.update()
        return super().event(event)

    def _nearest(self, pos: QPointF) -> int | None:
        if not self._values:
            return None
        plot = self._plot_rect()
        best, distance = None, float("inf")
        for index, value in enumerate(self._values):
            point = QPointF(self._x(plot, index), self._y(plot, value))
            d = (point - pos).manhattanLength()
            if d < distance:
                best, distance = index, d
        reach = QFontMetricsF(self.font()).height() * 2
        return best if distance <= reach else None

    def _point_text(self, index: int) -> str:
        value = self._values[index]
        when = "At the start" if index == 0 else f"After reply {index}"
        return f"{when}: {value:.1f} ({band_name(value)})"

    def _describe(self) -> None:
        if not self._values:
            self.setAccessibleDescription(f"{self._who}'s mood: no replies yet.")
            self.setToolTip("")
            return
        start, end = self._values[0], self._values[-1]
        text = (
            f"{self._who}'s mood from {start:.1f} ({band_name(start)}) to {end:.1f} "
            f"({band_name(end)}) over {len(self._values) - 1} replies, on a scale of 0 calm "
            "to 10 walking out."
        )
        self.setAccessibleDescription(text)
