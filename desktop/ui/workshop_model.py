"""The workshop as the two workshop views see it: roster, seat, the current call, as signals.

The facilitator console and the presenter view both observe one :class:`WorkshopModel`; neither
touches the call. The model owns the Qt-free :class:`~desktop.workshop.Workshop` and the current
:class:`~desktop.ui.call_session.CallSession`, passes the hot seat to the session
(``set_trainee``: by turn after every reply, by call at each new call), logs every call with
its session id (``CallSession.saved``), and saves the roster and the workshop's log in the
background. ``reopen`` puts a past workshop back (its calls rebuilt from the saved sessions);
``show_scoreboard`` puts the room's scoreboard on the projector.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.settings import Settings
from desktop.ui.background import Outcome, run_in_background
from desktop.ui.call_session import CallSession
from desktop.ui.status_line import plain_error
from desktop.voice_rig import VoiceRig
from desktop.workshop import (
    LoggedCall,
    Reopened,
    Roster,
    ScoreLine,
    Workshop,
    save_roster,
    save_workshop,
    scoreboard,
)
from personas.call import Call
from personas.model import Persona


class WorkshopModel(QObject):
    roster_changed = Signal()
    seat_changed = Signal(str, str)  # hot seat, next up ("" for nobody)
    rotation_changed = Signal(str)
    call_started = Signal(object)  # the Persona
    persona_line = Signal(dict)
    reply_judged = Signal(dict)  # a trainee turn, with marks and the evidence for each
    rewound = Signal(str)
    state_changed = Signal(str)
    mood_changed = Signal(float)
    turns_changed = Signal()  # the live turns changed (for the checklist)
    control_logged = Signal(str)  # a sentence for the log: "Mood -1: well handled (Sam)"
    notice = Signal(str)
    call_over = Signal(dict)
    log_changed = Signal()  # a call was logged, or its session id arrived
    scoreboard_shown = Signal(bool)  # the projector shows the room's scoreboard (or the call)
    reopened = Signal(object)  # a past workshop was put back: the desktop.workshop.Reopened

    def __init__(
        self,
        settings: Settings,
        roster: Roster | None = None,
        *,
        rig: VoiceRig | None = None,
        save: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.rig = rig
        self.workshop = Workshop(roster or Roster())
        self.session: CallSession | None = None
        self.persona: Persona | None = None
        self.turns: list[dict[str, Any]] = []
        self.mood = 0.0
        self.state = "idle"
        self._save = save
        self._saving = False
        self._save_again = False
        self._log_saving = False
        self._log_again = False
        self.showing_scoreboard = False
        self._logged: dict[CallSession, LoggedCall] = {}  # awaiting their session id

    # -- roster and seat --------------------------------------------------------------------------

    @property
    def roster(self) -> Roster:
        return self.workshop.roster

    @property
    def hot_seat(self) -> str | None:
        return self.workshop.hot_seat

    @property
    def next_up(self) -> str | None:
        return self.workshop.next_up

    def edit_roster(self, change: Any) -> None:
        """Apply ``change(roster)``, save in the background, tell the views."""
        before = self.hot_seat
        change(self.roster)
        self.roster_changed.emit()
        self._save_roster()
        if self.hot_seat != before:
            self._seat_moved()
        else:
            self.seat_changed.emit(self.hot_seat or "", self.next_up or "")

    def set_rotation(self, rotation: str) -> None:
        self.workshop.set_rotation(rotation)
        self.rotation_changed.emit(rotation)

    @property
    def rotation(self) -> str:
        return self.workshop.rotation

    def advance(self) -> None:
        """The clicker: the next present trainee takes the seat."""
        self.workshop.advance()
        self._seat_moved()

    def take_seat(self, name: str) -> None:
        self.workshop.take_seat(name)
        self._seat_moved()

    def _seat_moved(self) -> None:
        hot = self.hot_seat
        self.workshop.seat = hot
        if self.session is not None and self.session.state != "over":
            self.session.set_trainee(hot)
        self.seat_changed.emit(hot or "", self.next_up or "")

    def _save_roster(self) -> None:
        if not self._save:
            return
        if self._saving:
            self._save_again = True
            return
        self._saving = True
        snapshot = Roster.from_json(self.roster.as_json())
        run_in_background(lambda: save_roster(snapshot), self._saved)

    def _saved(self, outcome: Outcome[Any]) -> None:
        self._saving = False
        if not outcome.ok:
            self.notice.emit(plain_error(outcome.error, "save the roster"))
        if self._save_again:
            self._save_again = False
            self._save_roster()

    # -- the call ---------------------------------------------------------------------------------

    @property
    def in_call(self) -> bool:
        return self.session is not None and self.session.state != "over"

    def start_call(
        self,
        persona: Persona,
        *,
        spoken: bool = False,
        record: bool = True,
        seed: int | None = None,
    ) -> CallSession:
        if self.in_call:
            raise RuntimeError("a call is already running")
        hot = self.hot_seat
        self.workshop.seat = hot
        rig = self.rig if spoken else None
        call = Call(persona, seed=seed, trainee=hot, mode="voice" if rig else "typed")
        extra = {"workshop": {"rotation": self.rotation, "roster": self.roster.present()}}
        session = CallSession(
            persona,
            self.settings,
            rig=rig,
            use_microphone=self.settings.mode != "typed",
            record=record,
            call=call,
            record_extra=extra,
            parent=self,
        )
        session.set_trainee(hot)
        self.session = session
        self.persona = persona
        self.turns = []
        self.mood = persona.mood_start
        session.persona_line.connect(self._persona_line)
        session.trainee_turn.connect(self._trainee_turn)
        session.rewound.connect(self._rewound)
        session.state_changed.connect(self._state)
        session.notice.connect(self.notice)
        session.mood_nudged.connect(self._nudged)
        session.over.connect(self._over)
        session.saved.connect(lambda session_id: self._session_saved(session, session_id))
        session.not_saved.connect(self._not_saved)
        self.show_scoreboard(False)
        self.call_started.emit(persona)
        self.mood_changed.emit(self.mood)
        self.seat_changed.emit(hot or "", self.next_up or "")
        session.start()
        return session

    def send_text(self, text: str) -> None:
        if self.session is not None:
            self.session.send_text(text)

    def pause(self) -> None:
        if self.session is not None:
            self.session.pause()

    def resume(self) -> None:
        if self.session is not None:
            self.session.resume()

    def toggle_pause(self) -> None:
        (self.resume if self.state == "paused" else self.pause)()

    def repeat_line(self) -> None:
        if self.in_call:
            self._log("repeat", "Asked the customer to repeat their line")
            self.session.repeat_line()  # type: ignore[union-attr]

    def nudge(self, delta: float, reason: str) -> None:
        if self.in_call:
            sign = "+" if delta > 0 else "\u2212"
            self._log("nudge", f"Mood {sign}{abs(delta):g}", delta=delta, reason=reason)
            self.session.nudge(delta, reason)  # type: ignore[union-attr]

    def skip_to(self, stage: str, reason: str = "") -> None:
        if self.in_call:
            self._log("skip", f"Skipped to {stage}", stage=stage, reason=reason)
            self.session.skip_to(stage, reason)  # type: ignore[union-attr]

    def take_back_last(self) -> bool:
        last = next((t for t in reversed(self.turns) if t["speaker"] == "trainee"), None)
        if not self.in_call or last is None:
            return False
        self._log("take_back", f"Took back {last.get('trainee')}'s reply", turn=last["id"])
        self.session.take_back(last["id"])  # type: ignore[union-attr]
        return True

    def end_call(self) -> None:
        if self.in_call:
            self.session.end()  # type: ignore[union-attr]

    @property
    def push_to_talk(self) -> bool:
        return self.session is not None and self.in_call and self.session.push_to_talk

    def press(self) -> None:
        if self.session is not None:
            self.session.press()

    def release(self) -> None:
        if self.session is not None:
            self.session.release()

    def _log(self, kind: str, words: str, **details: Any) -> None:
        entry = self.workshop.log_control(kind, trainee=self.hot_seat, **details)
        reason = f": {entry['reason']}" if entry.get("reason") else ""
        seat = f" ({self.hot_seat})" if self.hot_seat else ""
        self.control_logged.emit(f"{words}{reason}{seat}")

    # -- what the session says --------------------------------------------------------------------

    def _persona_line(self, turn: dict[str, Any], _speech_s: float) -> None:
        if not any(t["id"] == turn["id"] for t in self.turns):
            self.turns.append(turn)
        if "mood" in turn:
            self.mood = float(turn["mood"])
            self.mood_changed.emit(self.mood)
        self.persona_line.emit(turn)
        self.turns_changed.emit()

    def _trainee_turn(self, turn: dict[str, Any]) -> None:
        self.turns.append(turn)
        self.mood = float(turn["mood_after"])
        self.mood_changed.emit(self.mood)
        self.reply_judged.emit(turn)
        self.turns_changed.emit()
        if self.rotation == "by_turn":
            self.workshop.seat = turn.get("trainee") or self.hot_seat
            self.advance()

    def _rewound(self, turn_id: str) -> None:
        index = next((i for i, t in enumerate(self.turns) if t["id"] == turn_id), None)
        if index is not None:
            taken = self.turns[index]
            del self.turns[index:]
            if taken.get("trainee") and self.rotation == "by_turn":
                self.take_seat(taken["trainee"])  # the one who said it answers again
            self.mood = float(taken.get("mood_before", self.mood))
            self.mood_changed.emit(self.mood)
        self.rewound.emit(turn_id)
        self.turns_changed.emit()

    def _state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _nudged(self, heat: float) -> None:
        self.mood = heat
        self.mood_changed.emit(heat)

    def _over(self, record: dict[str, Any]) -> None:
        entry = self.workshop.log_call(record)
        if self.session is not None:
            self._logged[self.session] = entry
        self.turns_changed.emit()
        self.call_over.emit(record)
        self.log_changed.emit()
        self.save_log()
        if self.rotation == "by_call":
            self.advance()

    def _session_saved(self, session: CallSession, session_id: str) -> None:
        entry = self._logged.pop(session, None)
        if entry is not None:
            entry.session_id = session_id
            self.log_changed.emit()
            self.save_log()

    def _not_saved(self, why: str) -> None:
        self.notice.emit(f"This call could not be saved as a session: {why}")

    # -- the workshop's log -----------------------------------------------------------------------

    def save_log(self) -> None:
        """Write the workshop's log in the background (coalesced; nothing before a call)."""
        if not self._save or not self.workshop.calls:
            return
        if self._log_saving:
            self._log_again = True
            return
        self._log_saving = True
        workshop = self.workshop
        snapshot = Workshop(
            Roster.from_json(workshop.roster.as_json()),
            rotation=workshop.rotation,
            seat=workshop.seat,
            calls=list(workshop.calls),
            controls=list(workshop.controls),
            id=workshop.id,
            started=workshop.started,
        )
        run_in_background(lambda: save_workshop(snapshot), self._log_written)

    def _log_written(self, outcome: Outcome[Any]) -> None:
        self._log_saving = False
        if not outcome.ok:
            self.notice.emit(plain_error(outcome.error, "save the workshop's log"))
        if self._log_again:
            self._log_again = False
            self.save_log()

    def reopen(self, reopened: Reopened) -> None:
        """Put a past workshop back: its roster, rotation, calls and interventions."""
        if self.in_call:
            raise RuntimeError("end the call first")
        self.workshop = reopened.workshop
        self.session = None
        self.persona = None
        self.turns = []
        self.roster_changed.emit()
        self.rotation_changed.emit(self.rotation)
        self.seat_changed.emit(self.hot_seat or "", self.next_up or "")
        self.turns_changed.emit()
        self.log_changed.emit()
        self.reopened.emit(reopened)

    def show_scoreboard(self, shown: bool = True) -> None:
        """The projector shows the room's scoreboard (True) or the call (False)."""
        if shown != self.showing_scoreboard:
            self.showing_scoreboard = shown
            self.scoreboard_shown.emit(shown)

    def end_workshop(self) -> None:
        """The end of the session: hang up a call under way, show the scoreboard, save."""
        self.end_call()
        self.show_scoreboard(True)
        self.save_log()

    def scoreboard(self, *, live: bool = False) -> list[ScoreLine]:
        """The room's scoreboard; ``live`` counts the call under way too (outcome "in progress")."""
        records = [c.record for c in self.workshop.calls]
        if live and self.in_call and any(t["speaker"] == "trainee" for t in self.turns):
            records.append(
                {"turns": self.turns, "outcome": "in_progress", "trainee": self.hot_seat}
            )
        return scoreboard(records, order=self.roster.names)

    @property
    def all_saved(self) -> bool:
        """Every recorded call of the workshop has its session id."""
        return all(c.session_id for c in self.workshop.calls)
