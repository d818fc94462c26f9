"""Colours and type the screens share, chosen for the system's light or dark theme.

Widgets ask here instead of hard-coding colours, so the whole window follows the system scheme
and stays readable when scaled to 150%.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

GOOD = "#1f8a4c"
BAD = "#c62828"
INFO = "#1565c0"
WARN = "#b26a00"
GOOD_DARK = "#5fd08a"
BAD_DARK = "#ff7b72"
INFO_DARK = "#79b8ff"
WARN_DARK = "#f0b44c"


def is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def good() -> str:
    return GOOD_DARK if is_dark() else GOOD


def bad() -> str:
    return BAD_DARK if is_dark() else BAD


def info() -> str:
    return INFO_DARK if is_dark() else INFO


def warn() -> str:
    return WARN_DARK if is_dark() else WARN


def muted_colour(palette: QPalette | None = None) -> QColor:
    """Secondary text, solid: the placeholder colour composited over the window colour.

    The default palette's placeholder colour is the text colour at half alpha, which
    ``QColor.name()`` would turn into plain black.
    """
    palette = palette or QGuiApplication.palette()
    top = palette.color(QPalette.ColorRole.PlaceholderText)
    under = palette.color(QPalette.ColorRole.Window)
    a = top.alphaF()
    if a >= 1.0:
        return QColor(top)
    return QColor(
        round(top.red() * a + under.red() * (1 - a)),
        round(top.green() * a + under.green() * (1 - a)),
        round(top.blue() * a + under.blue() * (1 - a)),
    )


def muted() -> str:
    return muted_colour().name()


def mood_colour(heat: float) -> QColor:
    """0 (calm) green → 5 amber → 10 (walking out) red."""
    heat = max(0.0, min(10.0, heat))
    calm, mid, hot = QColor(good()), QColor(warn()), QColor(bad())
    a, b, t = (calm, mid, heat / 5) if heat <= 5 else (mid, hot, (heat - 5) / 5)
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )
