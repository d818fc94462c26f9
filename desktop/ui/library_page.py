"""The persona library: who the trainee can practise with, searchable, with a "surprise me"."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import theme
from desktop.ui.widgets import WrapScroll, scaled_font
from personas.model import Persona

DIFFICULTY_TONE = {"easy": "good", "medium": "info", "hard": "warn", "brutal": "bad"}


def _first_sentences(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


class PersonaCard(QFrame):
    """A persona: name, difficulty, the situation, and the way in."""

    chosen = Signal(str)

    def __init__(self, persona: Persona) -> None:
        super().__init__()
        self.persona = persona
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        name = QLabel(persona.name)
        name.setFont(scaled_font(name, 1.25, bold=True))
        top.addWidget(name, 1)
        colour = getattr(theme, DIFFICULTY_TONE.get(persona.difficulty, "info"))()
        badge = QLabel(persona.difficulty)
        badge.setStyleSheet(
            f"color: {colour}; border: 1px solid {colour}; border-radius: 0.6em;"
            " padding: 0.1em 0.5em;"
        )
        top.addWidget(badge)
        layout.addLayout(top)
        brief = QLabel(_first_sentences(persona.brief))
        brief.setWordWrap(True)
        brief.setToolTip(persona.brief.strip())
        brief.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(brief)
        layout.addStretch(1)
        self.best = QLabel("Not played on this computer yet")
        self.best.setStyleSheet(f"color: {theme.muted()};")
        layout.addWidget(self.best)
        self.start_button = QPushButton(f"Take the call with {persona.name.split()[0]}")
        self.start_button.setAccessibleName(f"Start a call with {persona.name}")
        self.start_button.clicked.connect(lambda: self.chosen.emit(persona.id))
        layout.addWidget(self.start_button)

    def set_best(self, text: str | None) -> None:
        self.best.setText(text or "Not played on this computer yet")

    def matches(self, query: str) -> bool:
        haystack = " ".join(
            [self.persona.name, self.persona.difficulty, self.persona.brief, self.persona.id]
        ).lower()
        return all(word in haystack for word in query.lower().split())


class LibraryPage(QWidget):
    chosen = Signal(str)  # persona id
    trainee_changed = Signal(str)
    recordings_requested = Signal()

    def __init__(self, personas: tuple[Persona, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[PersonaCard] = []
        self._random = random.Random()
        root = QVBoxLayout(self)
        title = QLabel("Who is on the line?")
        title.setFont(scaled_font(title, 1.6, bold=True))
        root.addWidget(title)
        intro = QLabel(
            "Pick a customer and take the call. Listen, acknowledge, empathise, offer options, "
            "commit: they calm down or walk out depending on what you say."
        )
        intro.setWordWrap(True)
        root.addWidget(intro)
        bar = QHBoxLayout()
        who = QLabel("You &are:")
        self.trainee = QComboBox()
        self.trainee.setEditable(True)
        self.trainee.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.trainee.setMinimumContentsLength(12)
        self.trainee.setAccessibleName("Your name")
        self.trainee.lineEdit().setPlaceholderText("your name")
        self.trainee.lineEdit().editingFinished.connect(self._trainee_edited)
        self.trainee.activated.connect(lambda _i: self._trainee_edited())
        who.setBuddy(self.trainee)
        bar.addWidget(who)
        bar.addWidget(self.trainee)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by name, situation or difficulty")
        self.search.setAccessibleName("Search personas")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        bar.addWidget(self.search, 1)
        self.surprise_button = QPushButton("Surprise &me")
        self.surprise_button.setToolTip("Start a call with a customer picked at random")
        self.surprise_button.clicked.connect(self.surprise)
        bar.addWidget(self.surprise_button)
        self.recordings_button = QPushButton("Recorded &calls")
        self.recordings_button.setToolTip("Replay, compare and export the calls recorded here")
        self.recordings_button.clicked.connect(self.recordings_requested.emit)
        bar.addWidget(self.recordings_button)
        root.addLayout(bar)
        self.empty = QLabel("No customer matches that search.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        root.addWidget(self.empty)
        scroll = WrapScroll()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setSpacing(12)
        for persona in personas:
            card = PersonaCard(persona)
            card.chosen.connect(self.chosen.emit)
            self.cards.append(card)
        self._layout_cards()
        scroll.setWidget(holder)
        root.addWidget(scroll, 1)

    def set_trainees(self, names: list[str], current: str) -> None:
        self.trainee.blockSignals(True)
        self.trainee.clear()
        self.trainee.addItems([n for n in names if n])
        self.trainee.setEditText(current)
        self.trainee.blockSignals(False)

    def _trainee_edited(self) -> None:
        self.trainee_changed.emit(self.trainee.currentText().strip())

    def visible_cards(self) -> list[PersonaCard]:
        return [card for card in self.cards if card.matches(self.search.text())]

    def surprise(self) -> None:
        cards = self.visible_cards() or self.cards
        self.chosen.emit(self._random.choice(cards).persona.id)

    def set_best(self, persona_id: str, text: str | None) -> None:
        for card in self.cards:
            if card.persona.id == persona_id:
                card.set_best(text)

    def _filter(self) -> None:
        self._layout_cards()

    def _layout_cards(self) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()
        shown = self.visible_cards()
        columns = 3 if len(shown) > 4 else 2
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for index, card in enumerate(shown):
            self.grid.addWidget(card, index // columns, index % columns)
            card.show()
        # spare height goes below the cards, not into them
        self.grid.setRowStretch((len(shown) + columns - 1) // columns, 1)
        self.empty.setVisible(not shown)
