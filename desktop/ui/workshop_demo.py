"""A workshop mid-way for the screenshot script: ``demo_console()`` and ``demo_presenter()``.

A room of six, a typed call passed around by turn, two replies in (one good, one with a fault),
a mood nudge with a reason. Nothing is recorded and the roster is not saved.
"""

from __future__ import annotations

from desktop.settings import Settings
from desktop.ui.facilitator_console import FacilitatorConsole
from desktop.ui.presenter_view import PresenterView
from personas.library import bundled_personas

ROOM = "Sam Okafor\nAna Lindqvist\nBen Carter\nChloe Martin\nDev Patel\nEmma Rossi"
REPLIES = [
    "Okay, so you cancelled, we still charged you twice, it put you into overdraft and "
    "chat told you it was fixed when it wasn't. That should never have happened.",
    "I'm really sorry. Honestly, if I were in your shoes I'd be furious too, "
    "but that's our policy.",
]

_keep: list[FacilitatorConsole] = []


def demo_workshop(persona_id: str = "billing-error") -> FacilitatorConsole:
    from desktop.ui.sessions_demo import wait_for

    console = FacilitatorConsole(bundled_personas(), Settings(welcomed=True), rig=None)
    console.model._save = False  # a demo never overwrites the facilitator's roster
    console.add_names(ROOM)
    console.model.edit_roster(lambda r: r.set_absent("Dev Patel", True))
    console.by_turn.setChecked(True)
    console.record_box.setChecked(False)
    console.seed = 7
    index = console.persona_box.findData(persona_id)
    console.persona_box.setCurrentIndex(max(0, index))
    console.start_call()
    wait_for(lambda: console.model.state == "listening")
    for reply in REPLIES:
        console.model.send_text(reply)
    console.model.nudge(-0.5, "kept a calm, warm tone")
    _keep.append(console)
    return console


def demo_console(width: int = 1440, height: int = 900) -> FacilitatorConsole:
    """The facilitator's console mid-workshop."""
    console = demo_workshop()
    console.resize(width, height)
    console.show()
    return console


def demo_presenter(width: int = 1920, height: int = 1080) -> PresenterView:
    """The projector view of the same workshop, at projector size."""
    console = demo_workshop()
    view = console.presenter
    view.resize(width, height)
    view.show()
    return view
