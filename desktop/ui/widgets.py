"""Small widgets the screens share: mood meter, level meter, state pill, mark chips."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import theme

MOOD_WORDS = (
    (9.0, "Ready to walk out"),
    (7.0, "Furious"),
    (4.0, "Angry, but listening"),
    (2.0, "Calming down"),
    (0.0, "Calm"),
)


def mood_word(heat: float) -> str:
    return next(word for floor, word in MOOD_WORDS if heat >= floor)


class MoodMeter(QWidget):
    """A bar from calm (left, green) to walking out (right, red), with the mood in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Customer's mood")

    def set_heat(self, heat: float) -> None:
        self.heat = max(0.0, min(10.0, heat))
        self.setToolTip(f"Mood {self.heat:.1f} of 10: {mood_word(self.heat)}")
        self.setAccessibleDescription(self.toolTip())
        self.update()

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 16, int(h * 2.6))

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        bar_h = max(8, fm.height() // 2)
        r = QRectF(1, 1, self.width() - 2, bar_h)
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(90)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(track)
        p.drawRoundedRect(r, bar_h / 2, bar_h / 2)
        filled = QRectF(r.x(), r.y(), max(bar_h, r.width() * self.heat / 10), bar_h)
        p.setBrush(theme.mood_colour(self.heat))
        p.drawRoundedRect(filled, bar_h / 2, bar_h / 2)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text_rect = QRectF(0, bar_h + 4, self.width(), self.height() - bar_h - 4)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, mood_word(self.heat))
        p.setFont(self.font())
        p.setPen(QColor(theme.muted()))
        p.drawText(text_rect, Qt.AlignmentFlag.AlignRight, f"{self.heat:.1f} / 10")


class LevelMeter(QWidget):
    """The microphone level, -60..0 dBFS, so the trainee sees they are being heard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dbfs: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Microphone level")

    def set_level(self, dbfs: float | None) -> None:
        if dbfs != self.dbfs:
            self.dbfs = dbfs
            self.update()

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 10, max(6, h // 2))

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(0, 0, self.width(), self.height())
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(90)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(track)
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        if self.dbfs is None:
            return
        fraction = max(0.0, min(1.0, (self.dbfs + 60) / 60))
        colour = QColor(theme.bad() if self.dbfs > -3 else theme.good())
        p.setBrush(colour)
        p.drawRoundedRect(
            QRectF(0, 0, r.width() * fraction, r.height()), r.height() / 2, r.height() / 2
        )


STATE_TEXT = {
    "starting": ("Getting the customer on the line…", "muted"),
    "persona": ("Customer speaking", "bad"),
    "listening": ("Your turn: speak when ready", "good"),
    "ptt": ("Your turn: hold Space and speak", "good"),
    "speaking": ("Hearing you…", "info"),
    "thinking": ("Thinking…", "warn"),
    "paused": ("Paused", "muted"),
    "no_mic": ("Your turn: type your reply", "good"),
    "typed": ("Your turn: type your reply", "good"),
    "over": ("Call over", "muted"),
}


class StatePill(QLabel):
    """Who has the floor: the customer, you, or the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ""
        self.setAccessibleName("Call state")
        self.set_state("starting")

    def set_state(self, state: str) -> None:
        self.state = state
        text, tone = STATE_TEXT.get(state, (state, "muted"))
        colour = getattr(theme, tone)()
        self.setText(f"● {text}")
        self.setStyleSheet(
            f"QLabel {{ color: {colour}; font-weight: bold; padding: 0.2em 0.6em;"
            f" border: 1px solid {colour}; border-radius: 0.7em; }}"
        )


class Chip(QToolButton):
    """A mark a reply earned (or a fault, in red); hover or click shows the words behind it."""

    shown = Signal(str)

    def __init__(self, label: str, evidence: str | None, *, fault: bool, why: str = "") -> None:
        super().__init__()
        self.label = label
        self.evidence = evidence or ""
        self.fault = fault
        self.setText(("✗ " if fault else "✓ ") + label)
        words = f'"{self.evidence}"' if self.evidence else "(no words)"
        self.setToolTip(f"{label}: {words}" + (f"\n{why}" if why else ""))
        self.setAccessibleName(self.toolTip())
        colour = theme.bad() if fault else theme.good()
        self.setStyleSheet(
            f"QToolButton {{ color: {colour}; border: 1px solid {colour}; border-radius: 0.6em;"
            " padding: 0.1em 0.5em; }"
            f"QToolButton:focus {{ border-width: 2px; }}"
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(lambda: self.shown.emit(self.toolTip()))


class WrapScroll(QScrollArea):
    """A vertical scroll area for word-wrapped content.

    QScrollArea sizes its widget from ``sizeHint``, which for wrapped labels assumes a narrow
    width and so spreads blank space between them; this one asks the layout how tall the
    content is at the width actually shown (``heightForWidth``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)  # QScrollArea already filters the widget's events
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        widget = self.widget()
        if widget is None or widget.layout() is None:
            return
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        width = self.viewport().width()
        layout = widget.layout()
        layout.activate()
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        if height < 0:
            height = layout.sizeHint().height()
        widget.resize(width, max(height, self.viewport().height()))
        if at_end:  # follow new content, unless the trainee scrolled back to read
            bar.setValue(bar.maximum())


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font made ``factor`` times larger (point or pixel sized alike)."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


class ChipFlow(QWidget):
    """Mark chips in rows of at most four, so a reply's marks wrap instead of widening it."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._row: QHBoxLayout | None = None
        self._count = 0

    def add(self, widget: QWidget) -> None:
        if self._row is None or self._count == 4:
            self._row = QHBoxLayout()
            self._row.setSpacing(6)
            self._row.addStretch(1)
            self._layout.addLayout(self._row)
            self._count = 0
        self._row.insertWidget(self._row.count() - 1, widget)
        self._count += 1

    def is_empty(self) -> bool:
        return self._row is None
