"""Save a PNG of each screen of the window: `make screenshots` (runs under Xvfb).

Drives the real window with typed replies (captions mode, so no sound card is needed): the
library, the call mid-way, a take-back in progress, the report after a resolved and a walked-out
call, the settings dialog and the first-launch welcome. Light and dark, 100% and 150%.
Look at every one before calling UI work done.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

GOOD = [
    "Okay, so you cancelled, we still charged you twice, it put you into overdraft and "
    "chat told you it was fixed when it wasn't. That should never have happened.",
    "I'm really sorry. Honestly, if I were in your shoes I'd be furious too.",
    "Here's what I can do: I can refund both charges today and reimburse the overdraft fee, "
    "and send written confirmation of the cancellation by email or post. Which would you prefer?",
    "I'll email you the refund confirmation by five o'clock today.",
    "Thank you for bearing with me, and for telling us about this.",
]
RUDE = "You need to calm down, that's our policy."


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--persona", default="billing-error")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("HOTSEAT_HOME", tempfile.mkdtemp(prefix="hotseat-shots-"))
    for theme in ("light", "dark"):
        for scale in ("1", "1.5"):
            env = {**os.environ, "HOTSEAT_THEME": theme, "QT_SCALE_FACTOR": scale}
            tag = f"{theme}-{int(float(scale) * 100)}"
            code = os.spawnve(
                os.P_WAIT,
                sys.executable,
                [sys.executable, __file__, "--one", tag, str(args.out), args.persona],
                env,
            )
            if code:
                return code
    print(f"screenshots in {args.out.resolve()}")
    return 0


def one(tag: str, out: Path, persona_id: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from desktop.recording import record_consent
    from desktop.settings import Settings
    from desktop.ui.app import MainWindow, apply_theme

    app = QApplication([])
    apply_theme(app)
    record_consent("trainee")
    window = MainWindow(
        Settings(welcomed=True, trainee="trainee"), voice=False, seed=3, app_version="screens"
    )
    window.resize(1280, 860)
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(name: str, widget=None) -> None:
        settle()
        path = out / f"{name}-{tag}.png"
        (widget or window).grab().save(str(path))
        print(path)

    shot("1-library")
    window.start_call(persona_id)
    page = window.call_page
    for text in GOOD[:2]:
        page.reply_box.setText(text)
        page._send()
    page.reply_box.setText(RUDE)
    page._send()
    trainee = [v for v in page.turn_views if v.turn["speaker"] == "trainee"]
    trainee[-1].chips[0].click() if trainee[-1].chips else None
    page.reply_box.setText("I can refund both charges today, or")
    shot("2-call-midway")
    page._take_back_last()
    for text in GOOD[2:]:
        if window.session is None or window.session.state == "over":
            break
        page.reply_box.setText(text)
        page._send()
    if window.session.state != "over":
        page._end()
    shot("3-report-resolved")
    window.start_call(persona_id)
    while window.session.state != "over":
        page.reply_box.setText(RUDE)
        page._send()
    shot("4-report-walked-out")

    def wait(condition, timeout_s: float = 20.0) -> None:
        import time

        deadline = time.monotonic() + timeout_s
        while not condition() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)

    recorder = window.session.recorder
    if recorder is not None:
        wait(recorder.done.is_set)
    window.show_sessions()
    wait(lambda: len(window.sessions_page.summaries()) >= 2)
    shot("7-recorded-calls")
    newest, older = (s.id for s in window.sessions_page.summaries()[:2])
    from desktop.replay_demo import demo_session

    stored, persona = demo_session()  # a spoken call with coach notes and an override
    window.replay_page.show_session(stored, persona)
    window.pages.setCurrentWidget(window.replay_page)
    shot("8-replay")
    window.open_compare(older, newest)
    wait(lambda: window.pages.currentWidget() is window.compare_page)
    shot("9-compare")

    from desktop.ui.workshop_demo import demo_console, demo_presenter, demo_scoreboard

    console = demo_console()
    shot("10-workshop-console", console)
    presenter = demo_presenter()
    shot("11-workshop-presenter", presenter)
    board = demo_scoreboard()
    shot("12-workshop-scoreboard", board)
    console.close()
    presenter.close()
    board.close()

    def grab_dialog(name: str, opener) -> None:
        def capture() -> None:
            dialog = app.activeModalWidget()
            if isinstance(dialog, QDialog):
                QTimer.singleShot(1500, lambda: (shot(name, dialog), dialog.reject()))

        QTimer.singleShot(300, capture)
        opener()

    grab_dialog("5-settings", window.open_settings)
    grab_dialog("6-welcome", window.open_welcome)
    window.close()
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        sys.exit(one(sys.argv[2], Path(sys.argv[3]), sys.argv[4]))
    sys.exit(main())
