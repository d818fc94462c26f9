"""A workshop mid-way for the screenshot script: ``demo_console()`` and ``demo_presenter()``;
and one at its end: ``demo_scoreboard()``.

A room of six, a typed call passed around by turn, two replies in (one good, one with a fault),
a mood nudge with a reason. Nothing is recorded and neither the roster nor the log is saved.
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


SOLO = {
    "Sam Okafor": REPLIES,
    "Ana Lindqvist": [REPLIES[0], "You need to calm down, that's our policy."],
    "Ben Carter": ["I'm so sorry, that must have been really stressful."],
    "Chloe Martin": [
        REPLIES[0],
        "I'm really sorry. Honestly, if I were in your shoes I'd be furious too.",
        "Here's what I can do: I can refund both charges today and reimburse the overdraft fee, "
        "and send written confirmation of the cancellation by email or post. Which would you "
        "prefer?",
        "I'll email you the refund confirmation by five o'clock today.",
        "Thank you for bearing with me, and for telling us about this.",
    ],
    "Emma Rossi": ["Well, that's not what our records say."],
}


def demo_scoreboard(width: int = 1920, height: int = 1080) -> PresenterView:
    """The projector at the end of a workshop: the shared call, then a call each."""
    from desktop.ui.sessions_demo import wait_for

    console = demo_workshop()
    console.model.end_call()
    console.by_call.setChecked(True)
    for name, replies in SOLO.items():
        console.model.take_seat(name)
        console.start_call()
        wait_for(lambda: console.model.state == "listening")
        for reply in replies:
            if console.model.in_call:
                console.model.send_text(reply)
        console.model.end_call()
    console.model.end_workshop()
    view = console.presenter
    view.resize(width, height)
    view.show()
    return view
