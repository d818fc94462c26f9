"""What the room sees on the projector: who is calling, what they say, how angry, whose turn.

A top-level window that observes a :class:`~desktop.ui.workshop_model.WorkshopModel` and never
controls the call (except the clicker keys, which do what they do on the console). Everything is
sized from the window's height, so it reads from the back of a room at any resolution; colours
come from the theme (light or dark), with text at full contrast.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any, TypeVar

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.checklist import checklist
from desktop.report import MARK_CHIPS
from desktop.ui import theme
from desktop.ui.widgets import mood_word
from desktop.ui.workshop_model import WorkshopModel
from desktop.workshop import ROTATION_LABELS, ScoreLine

BOARD_COLUMNS = ("Trainee", "Calls", "Outcome", "Marks earned", "Faults", "Interrupted")
OUTCOME_SHORT = {
    "resolved": ("resolved", "good"),
    "walked_out": ("walked out", "bad"),
    "hung_up": ("hung up", "bad"),
    "ended": ("ended", "muted"),
    "interrupted": ("cut off", "muted"),
    "in_progress": ("in progress", "muted"),
}
STATUS_ICON = {"met": "\u2714", "waiting": "\u25b6", "pending": "\u25cb", "missed": "\u2716"}
T = TypeVar("T")
ADVANCE_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right)


def projector_screen(screens: Sequence[T], console: T | None) -> T | None:
    """The screen for the projector: the first one the console is not on (None with one)."""
    others = [screen for screen in screens if screen is not console]
    return others[0] if others else None


def situation(brief: str, limit: int = 300) -> str:
    """The first sentence or two of a persona's brief, for the room."""
    text = " ".join(brief.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit)
    return text[: cut + 1] if cut > 60 else text[:limit].rsplit(" ", 1)[0] + "\u2026"


class BigMoodMeter(QWidget):
    """A thick bar from calm (green) to walking out (red), the mood in words beneath it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat = 0.0
        self.unit = 20
        self.setAccessibleName("Customer's mood")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_unit(self, unit: int) -> None:
        self.unit = unit
        self.setFixedHeight(unit * 5)
        self.update()

    def set_heat(self, heat: float) -> None:
        self.heat = max(0.0, min(10.0, heat))
        self.setAccessibleDescription(f"Mood {self.heat:.1f} of 10: {mood_word(self.heat)}")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.unit * 30, self.unit * 5)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        u = self.unit
        bar = QRectF(0, 0, self.width(), u * 2)
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(110)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(track)
        p.drawRoundedRect(bar, u, u)
        p.setBrush(theme.mood_colour(self.heat))
        p.drawRoundedRect(QRectF(0, 0, max(u * 2, bar.width() * self.heat / 10), u * 2), u, u)
        font = QFont(self.font())
        font.setPixelSize(int(u * 1.9))
        font.setBold(True)
        p.setFont(font)
        p.setPen(theme.mood_colour(self.heat))
        text = QRectF(0, u * 2.4, self.width(), u * 2.6)
        p.drawText(
            text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, mood_word(self.heat)
        )
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        p.drawText(
            text,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{self.heat:.1f} / 10",
        )


def _label(wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _esc(text: Any) -> str:
    """Text for rich-text labels (quotes stay as typed)."""
    return escape(str(text), quote=False)


class PresenterView(QWidget):
    """The projector window."""

    def __init__(self, model: WorkshopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.model = model
        self.setWindowTitle("Hotseat \u2014 workshop (projector)")
        self.setObjectName("presenter")
        self.unit = 20
        self.last_reply: dict[str, Any] | None = None
        self.state = "idle"
        self.over_text = ""

        self.pages = QStackedLayout(self)
        self.live = QWidget()
        self.pages.addWidget(self.live)
        self.board = QWidget()
        self.board.setAccessibleName("The room's scoreboard")
        board = QVBoxLayout(self.board)
        self.board_layout = board
        self.board_kicker = _label(False)
        self.board_kicker.setText("END OF THE WORKSHOP")
        self.board_title = _label(False)
        self.board_title.setText("The room\u2019s scoreboard")
        self.board_table = _label(False)
        self.board_table.setAccessibleName("Scoreboard: per trainee")
        self.board_table.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.board_table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.board_note = _label()
        board.addWidget(self.board_kicker)
        board.addWidget(self.board_title)
        board.addWidget(self.board_table, 1)
        board.addWidget(self.board_note)
        self.pages.addWidget(self.board)

        root = QVBoxLayout(self.live)
        self.root = root
        top = QHBoxLayout()
        who = QVBoxLayout()
        self.persona_name = _label(False)
        self.persona_name.setAccessibleName("Customer")
        self.situation = _label()
        who.addWidget(self.persona_name)
        who.addWidget(self.situation)
        top.addLayout(who, 3)
        seat = QVBoxLayout()
        self.seat_kicker = _label(False)
        self.seat_name = _label(False)
        self.seat_name.setAccessibleName("In the hot seat")
        self.next_name = _label(False)
        for label in (self.seat_kicker, self.seat_name, self.next_name):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            seat.addWidget(label)
        seat.addStretch(1)
        top.addLayout(seat, 2)
        root.addLayout(top)

        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        root.addWidget(self.rule)

        body = QHBoxLayout()
        main = QVBoxLayout()
        self.banner = _label(False)
        self.banner.setAccessibleName("Whose turn")
        self.caption = _label()
        self.caption.setAccessibleName("What the customer says")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.mood = BigMoodMeter()
        self.reply_kicker = _label(False)
        self.reply_kicker.setText("LAST REPLY")
        self.reply_head = _label()
        self.reply_marks = _label()
        self.reply_marks.setAccessibleName("Marks of the last reply")
        main.addWidget(self.banner)
        main.addWidget(self.caption, 3)
        main.addWidget(self.mood)
        main.addWidget(self.reply_kicker)
        main.addWidget(self.reply_head)
        main.addWidget(self.reply_marks, 2)
        body.addLayout(main, 3)

        self.side = QFrame()
        self.side.setObjectName("checklist")
        side = QVBoxLayout(self.side)
        self.checklist_title = _label(False)
        self.checklist_title.setText("THE CUSTOMER NEEDS")
        self.checklist = _label()
        self.checklist.setAccessibleName("Checklist")
        self.checklist.setAlignment(Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.checklist_title)
        side.addWidget(self.checklist, 1)
        self.room_title = _label(False)
        self.room_title.setText("THE ROOM")
        self.room = _label()
        self.room.setAccessibleName("The room, in hot-seat order")
        side.addWidget(self.room_title)
        side.addWidget(self.room)
        body.addWidget(self.side, 2)
        root.addLayout(body, 1)

        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)

        model.call_started.connect(self._call_started)
        model.persona_line.connect(self._persona_line)
        model.reply_judged.connect(self._reply)
        model.rewound.connect(self._rewound)
        model.state_changed.connect(self._state)
        model.mood_changed.connect(self.mood.set_heat)
        model.turns_changed.connect(self._refresh_checklist)
        model.seat_changed.connect(self._seat)
        model.roster_changed.connect(self._fill_room)
        model.rotation_changed.connect(
            lambda _r: self._seat(model.hot_seat or "", model.next_up or "")
        )
        model.call_over.connect(self._over)
        model.scoreboard_shown.connect(self._show_board)
        model.log_changed.connect(self._fill_board)
        model.roster_changed.connect(self._fill_board)
        model.reopened.connect(lambda _r: self._idle())

        self._idle()
        self._seat(model.hot_seat or "", model.next_up or "")
        self._restyle()

    # -- placing the window -----------------------------------------------------------------------

    def show_on_projector(
        self,
        screens: Sequence[Any] | None = None,
        console: Any | None = None,
    ) -> Any | None:
        """Full screen on a second screen when there is one, else an ordinary window.

        ``screens`` defaults to ``QGuiApplication.screens()``; ``console`` is the screen the
        facilitator's console is on (the primary screen by default). Returns the screen chosen
        for the projector, or None.
        """
        screens = list(QGuiApplication.screens() if screens is None else screens)
        console = console if console is not None else QGuiApplication.primaryScreen()
        screen = projector_screen(screens, console)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 720)
            self.show()
        return screen

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # -- sizes and colours ------------------------------------------------------------------------

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        unit = max(12, min(self.height() // 50, self.width() // 80))
        if unit != self.unit:
            self.unit = unit
            self._restyle()

    def _restyle(self) -> None:
        u = self.unit
        text = self.palette().color(QPalette.ColorRole.WindowText).name()
        muted = theme.muted()
        self.root.setContentsMargins(u * 2, int(u * 1.4), u * 2, int(u * 1.4))
        self.root.setSpacing(u)
        self.persona_name.setStyleSheet(
            f"font-size: {int(u * 2.6)}px; font-weight: bold; color: {text};"
        )
        self.situation.setStyleSheet(f"font-size: {int(u * 1.25)}px; color: {muted};")
        self.seat_kicker.setStyleSheet(
            f"font-size: {u}px; font-weight: bold; color: {muted}; letter-spacing: 2px;"
        )
        self.seat_name.setStyleSheet(
            f"font-size: {int(u * 3)}px; font-weight: bold; color: {theme.info()};"
        )
        self.next_name.setStyleSheet(f"font-size: {int(u * 1.3)}px; color: {text};")
        self.rule.setStyleSheet(f"color: {muted};")
        self.caption.setStyleSheet(
            f"font-size: {int(u * 2.2)}px; color: {text}; padding: {u // 2}px 0;"
        )
        self.reply_head.setStyleSheet(f"font-size: {int(u * 1.3)}px; color: {text};")
        self.reply_marks.setStyleSheet(f"font-size: {int(u * 1.3)}px; color: {text};")
        self.reply_marks.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.reply_kicker.setStyleSheet(
            f"font-size: {u}px; font-weight: bold; color: {muted}; letter-spacing: 2px;"
        )
        self.checklist_title.setStyleSheet(
            f"font-size: {u}px; font-weight: bold; color: {muted}; letter-spacing: 2px;"
        )
        self.room_title.setStyleSheet(self.checklist_title.styleSheet())
        self.room.setStyleSheet(f"font-size: {int(u * 1.2)}px; color: {text};")
        self.checklist.setStyleSheet(f"font-size: {int(u * 1.35)}px; color: {text};")
        edge = QColor(muted)
        self.side.setStyleSheet(
            f"QFrame#checklist {{ border-left: {max(2, u // 6)}px solid {edge.name()};"
            f" padding-left: {u}px; }}"
        )
        self.mood.set_unit(u)
        self.board_layout.setContentsMargins(u * 3, u * 2, u * 3, u * 2)
        self.board_layout.setSpacing(u)
        self.board_kicker.setStyleSheet(self.checklist_title.styleSheet())
        self.board_title.setStyleSheet(
            f"font-size: {int(u * 3)}px; font-weight: bold; color: {text};"
        )
        self.board_note.setStyleSheet(f"font-size: {int(u * 1.2)}px; color: {muted};")
        self._fill_board()
        self._banner()
        # the rich text carries sizes of its own: lay it out again at the new size
        self._refresh_checklist()
        if self.last_reply is not None:
            self._show_reply(self.last_reply)

    # -- what the model says ----------------------------------------------------------------------

    def _idle(self) -> None:
        self.over_text = ""  # a reopened workshop must not show the last call's result
        self.persona_name.setText("Hotseat workshop")
        self.situation.setText("Waiting for the facilitator to start a call.")
        self.caption.setText("")
        self.reply_head.setText("")
        self.reply_kicker.hide()
        self.reply_marks.setText("")
        self.mood.set_heat(0)
        self.mood.hide()
        self._refresh_checklist()

    def _call_started(self, persona: Any) -> None:
        self.over_text = ""
        self.persona_name.setText(_esc(persona.name))
        self.situation.setText(_esc(situation(persona.brief)))
        self.caption.setText("")
        self.last_reply = None
        self.reply_head.setText("")
        self.reply_kicker.hide()
        self.reply_marks.setText("")
        self.mood.show()
        self.mood.set_heat(persona.mood_start)
        self._refresh_checklist()

    def _persona_line(self, turn: dict[str, Any]) -> None:
        first = self.model.persona.name.split()[0] if self.model.persona else "Customer"
        self.caption.setText(
            f'<span style="color:{theme.bad()}; font-weight:bold;">{_esc(first)}:</span> '
            f"\u201c{_esc(turn['text'])}\u201d"
        )

    def _reply(self, turn: dict[str, Any]) -> None:
        self.last_reply = turn
        self._show_reply(turn)

    def _show_reply(self, turn: dict[str, Any]) -> None:
        u = self.unit
        self.reply_kicker.show()
        delta = turn["mood_after"] - turn["mood_before"]
        feel = "calmer" if delta < -0.05 else "angrier" if delta > 0.05 else "no change"
        colour = theme.good() if delta < -0.05 else theme.bad() if delta > 0.05 else theme.muted()
        said = turn.get("text") or "(said nothing)"
        self.reply_head.setText(
            f'<span style="color:{theme.info()}; font-weight:bold;">'
            f"{_esc(turn.get('trainee') or 'Trainee')}:</span> \u201c{_esc(said)}\u201d"
            f' &nbsp;<span style="color:{colour}; font-weight:bold;">'
            f"\u2192 {feel}</span>"
        )
        rows = []
        for mark, label in MARK_CHIPS.items():
            info = turn["marks"].get(mark, {})
            if info.get("hit"):
                rows.append((theme.good(), "\u2714", label, info.get("evidence")))
        for violation in turn.get("violations", []):
            label = violation["kind"].replace("_", " ").capitalize()
            rows.append((theme.bad(), "\u2716", label, violation.get("evidence")))
        if turn.get("interrupted"):
            rows.append((theme.bad(), "\u2716", "Interrupted the customer", None))
        if not rows:
            self.reply_marks.setText(
                f'<span style="color:{theme.muted()}">No marks for that reply.</span>'
            )
            return
        lines = []
        for colour, icon, label, evidence in rows:
            words = (
                f' <span style="color:{theme.muted()}">\u2014 \u201c{_esc(evidence)}\u201d</span>'
                if evidence
                else ""
            )
            lines.append(
                f'<tr><td style="padding-right:{u // 2}px; color:{colour}; font-weight:bold;">'
                f'{icon}</td><td><b style="color:{colour}">{_esc(label)}</b>{words}</td></tr>'
            )
        self.reply_marks.setText(f'<table cellspacing="{u // 4}">{"".join(lines)}</table>')

    def _rewound(self, _turn_id: str) -> None:
        replies = [t for t in self.model.turns if t["speaker"] == "trainee"]
        self.last_reply = replies[-1] if replies else None
        if self.last_reply is not None:
            self._show_reply(self.last_reply)
        else:
            self.reply_head.setText("")
            self.reply_kicker.hide()
            self.reply_marks.setText("")

    def _refresh_checklist(self) -> None:
        u = self.unit
        finished = self.model.session is not None and self.model.session.state == "over"
        items = checklist(self.model.turns, finished=finished)
        colours = {
            "met": theme.good(),
            "waiting": theme.info(),
            "pending": theme.muted(),
            "missed": theme.bad(),
        }
        rows = []
        for item in items:
            colour = colours[item.status]
            weight = "bold" if item.status in ("waiting", "met") else "normal"
            detail = ""
            if item.status == "met" and item.evidence:
                detail = f"\u201c{_esc(item.evidence)}\u201d"
            elif item.status == "waiting":
                detail = _esc(item.hint)
            sub = (
                f'<br><span style="font-size:{int(u * 1.1)}px; color:{theme.muted()};'
                f' font-weight:normal;">{detail}</span>'
                if detail
                else ""
            )
            rows.append(
                f'<tr><td style="color:{colour}; padding-right:{u // 2}px;">'
                f"{STATUS_ICON[item.status]}</td>"
                f'<td style="color:{colour}; font-weight:{weight}; padding-bottom:{u // 2}px;">'
                f"{_esc(item.label)}{sub}</td></tr>"
            )
        self.checklist.setText(f"<table>{''.join(rows)}</table>")

    def _seat(self, hot: str, nxt: str) -> None:
        rotation = ROTATION_LABELS.get(self.model.rotation, "").lower()
        self.seat_kicker.setText(f"IN THE HOT SEAT \u00b7 {rotation.upper()}")
        self.seat_name.setText(_esc(hot) if hot else "\u2014")
        self.next_name.setText(f"Next: <b>{_esc(nxt)}</b>" if nxt and nxt != hot else "")
        self._banner()
        self._fill_room()

    def _fill_room(self) -> None:
        """The present trainees in hot-seat order, from the one in the seat, at most eight."""
        present = self.model.roster.present()
        hot = self.model.hot_seat
        if hot in present:
            start = present.index(hot)
            present = present[start:] + present[:start]
        shown = present[:8]
        names = []
        for i, raw in enumerate(shown):
            name = raw.replace(" ", "\u00a0")
            if i == 0:
                names.append(f'<b style="color:{theme.info()}">\u25b6\u00a0{_esc(name)}</b>')
            else:
                names.append(_esc(name))
        more = f" +{len(present) - len(shown)}" if len(present) > len(shown) else ""
        self.room.setText(" \u00b7 ".join(names) + more)
        self.room_title.setVisible(bool(present))

    def _state(self, state: str) -> None:
        self.state = state
        self._banner()

    def _banner(self) -> None:
        u = self.unit
        hot = self.model.hot_seat or "Trainee"
        first = self.model.persona.name.split()[0] if self.model.persona else "The customer"
        text, colour = {
            "idle": ("", theme.muted()),
            "starting": ("Getting the customer on the line\u2026", theme.muted()),
            "persona": (f"{first} is speaking", theme.bad()),
            "listening": (f"{hot}, your turn", theme.good()),
            "no_mic": (f"{hot}, your turn", theme.good()),
            "speaking": (f"Hearing {hot}\u2026", theme.info()),
            "thinking": ("Thinking\u2026", theme.warn()),
            "paused": ("Paused", theme.warn()),
            "over": (self.over_text or "Call over", theme.muted()),
        }.get(self.state, (self.state, theme.muted()))
        if self.state == "listening" and self.model.push_to_talk:
            text = f"{hot}, your turn: hold Space and speak"
        self.banner.setText(f"\u25cf {_esc(text)}" if text else "")
        self.banner.setStyleSheet(
            f"font-size: {int(u * 1.6)}px; font-weight: bold; color: {colour};"
        )

    def _over(self, record: dict[str, Any]) -> None:
        outcome = (record.get("outcome") or "ended").replace("_", " ")
        score = (record.get("score") or {}).get("total", 0)
        self.state = "over"
        self.over_text = f"Call over: {outcome} \u00b7 {score}/100"
        self._banner()
        self._refresh_checklist()

    # -- the room's scoreboard --------------------------------------------------------------------

    @property
    def showing_board(self) -> bool:
        return self.pages.currentWidget() is self.board

    def _show_board(self, shown: bool) -> None:
        self._fill_board()
        self.pages.setCurrentWidget(self.board if shown else self.live)

    def board_lines(self) -> list[ScoreLine]:
        """The trainees who took part, in hot-seat order (the absent and the silent left out)."""
        return [line for line in self.model.scoreboard() if line.calls]

    def _fill_board(self) -> None:
        """A big table, its type as large as the number of trainees lets it be."""
        u = self.unit
        lines = self.board_lines()
        if not lines:
            self.board_table.setText(
                f'<span style="font-size:{int(u * 2)}px; color:{theme.muted()}">'
                "No calls yet.</span>"
            )
            self.board_note.setText("")
            return
        room = max(u * 10, self.height() - u * 13)  # below the title, above the note
        by_height = room / (len(lines) + 1) / 1.75
        # about 0.62 em a character, the headers at 0.7 em, and an em of padding a column
        name = max(len(line.trainee) for line in lines)
        outcome = max(len(", ".join(line.outcomes)) for line in lines)
        by_width = (self.width() - u * 6) / (0.62 * (name + outcome) + 21)
        size = int(max(u * 0.9, min(u * 2.6, by_height, by_width)))
        pad = size // 4
        text = self.palette().color(QPalette.ColorRole.WindowText).name()
        # full-contrast text on a projector: only good and bad numbers get a colour
        colours = {"good": theme.good(), "bad": theme.bad(), "muted": text}
        head = "".join(
            f'<th align="{"left" if i in (0, 2) else "right"}" style="color:{theme.muted()};'
            f' font-size:{int(size * 0.7)}px; padding:{pad}px {size // 2}px;">'
            f"{_esc(name.upper())}</th>"
            for i, name in enumerate(BOARD_COLUMNS)
        )
        rows = []
        for line in lines:
            counts: dict[str, int] = {}
            for outcome in line.outcomes:
                counts[outcome] = counts.get(outcome, 0) + 1
            outcome_cells = []
            for outcome, n in counts.items():
                word, tone = OUTCOME_SHORT.get(outcome, (outcome.replace("_", " "), "muted"))
                times = f"{n}\u00d7\u00a0" if n > 1 else ""
                outcome_cells.append(
                    f'<span style="color:{colours[tone]}">{times}{word.replace(" ", "&nbsp;")}'
                    "</span>"
                )
            bad = theme.bad() if line.violations else text
            cut = theme.bad() if line.interruptions else text
            cell = f"padding:{pad}px {size // 2}px;"
            rows.append(
                f'<tr><td style="{cell} font-weight:bold;">{_esc(line.trainee)}</td>'
                f'<td align="right" style="{cell}">{line.calls}</td>'
                f'<td style="{cell}">{", ".join(outcome_cells)}</td>'
                f'<td align="right" style="{cell} color:{theme.good()}; font-weight:bold;">'
                f"{line.marks}</td>"
                f'<td align="right" style="{cell} color:{bad};">'
                f"{line.violations}</td>"
                f'<td align="right" style="{cell} color:{cut};">{line.interruptions}</td></tr>'
            )
        self.board_table.setText(
            f'<table cellspacing="0" style="font-size:{size}px; color:{text};">'
            f"<tr>{head}</tr>{''.join(rows)}</table>"
        )
        calls = len(self.model.workshop.calls)
        self.board_note.setText(
            f"{calls} call{'s' * (calls != 1)} \u00b7 Marks earned: acknowledged, empathised, "
            "offered options, committed, thanked \u00b7 Faults: blaming, policy, telling them "
            "to calm down\u2026 \u00b7 Interrupted: talked over the customer"
        )
