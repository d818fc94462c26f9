"""The Hotseat window: library → call → report, with settings and a first-launch welcome.

The speech model and espeak load in the background as soon as the window opens, while the
trainee reads the library; until they are ready (or if they cannot start) calls are typed, and
the status bar says why in one sentence.
"""

from __future__ import annotations

import os
import sys
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyleFactory,
)

from desktop.recording import (
    best_results,
    consent_text,
    consented_trainees,
    housekeeping,
    record_consent,
)
from desktop.settings import Settings, load_settings, save_settings
from desktop.ui.background import Outcome, run_in_background, shutdown_background
from desktop.ui.call_page import CallPage
from desktop.ui.call_session import CallSession
from desktop.ui.compare_page import ComparePage
from desktop.ui.library_page import LibraryPage
from desktop.ui.replay_page import ReplayPage
from desktop.ui.report_page import ReportPage
from desktop.ui.sessions_page import SessionsPage
from desktop.voice_rig import RigError, VoiceRig
from personas.call import Call, branch_call
from personas.library import bundled_personas
from personas.model import Persona

APP_ID = "app.hotseat.Hotseat"
ICON_PATH = Path(__file__).with_name("assets") / "hotseat.svg"


class MainWindow(QMainWindow):
    voice_settled = Signal(str)  # "ready" or "failed": the speech parts finished loading

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        voice: bool = True,
        app_version: str | None = None,
        seed: int | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or load_settings()
        self.app_version = app_version
        self.seed = seed
        self.personas: tuple[Persona, ...] = bundled_personas()
        self.persona: Persona | None = None
        self.session: CallSession | None = None
        self.last_record: dict[str, Any] | None = None
        self.use_microphone = self.settings.mode != "typed"
        self.consented: set[str] = set()
        self.rig: VoiceRig | None = VoiceRig(self.settings) if voice else None
        self.voice_state = "loading" if voice else "off"
        self.setWindowTitle("Hotseat")

        self.pages = QStackedWidget()
        self.library = LibraryPage(self.personas)
        self.library.chosen.connect(self.start_call)
        self.library.trainee_changed.connect(self._trainee_changed)
        self.library.set_trainees([self.settings.trainee], self.settings.trainee)
        self.call_page = CallPage()
        self.call_page.finished.connect(self._call_over)
        self.call_page.restart_requested.connect(self._restart)
        self.sessions_page = SessionsPage()
        self.sessions_page.replay_requested.connect(self.open_replay)
        self.sessions_page.compare_requested.connect(self.open_compare)
        self.sessions_page.back.connect(self.show_library)
        self.replay_page = ReplayPage(player_factory=self._replay_player)
        self.replay_page.branch_requested.connect(self._branch_from_replay)
        self.replay_page.back.connect(self.show_sessions)
        self.compare_page = ComparePage()
        self.compare_page.back.connect(self.show_sessions)
        self.library.recordings_requested.connect(self.show_sessions)
        self.report_page = ReportPage()
        self.report_page.try_again.connect(self._try_again)
        self.report_page.next_persona.connect(self._next_persona)
        self.report_page.back_to_library.connect(self.show_library)
        for page in (
            self.library,
            self.call_page,
            self.report_page,
            self.sessions_page,
            self.replay_page,
            self.compare_page,
        ):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self._menus()
        self.voice_label = QLabel()
        self.statusBar().addPermanentWidget(self.voice_label)
        self._show_voice_state()
        if self.rig is not None:
            run_in_background(self.rig.ready, self._rig_ready)
        retention = self.settings.retention_days
        run_in_background(lambda: housekeeping(retention), self._housekept)
        run_in_background(consented_trainees, self._consents_loaded)

    # -- navigation ------------------------------------------------------------------------------

    def show_library(self) -> None:
        self.pages.setCurrentWidget(self.library)
        self.library.search.setFocus()

    def start_call(
        self,
        persona_id: str,
        *,
        call: Call | None = None,
        record_extra: dict[str, Any] | None = None,
    ) -> None:
        persona = next(p for p in self.personas if p.id == persona_id)
        record = self.settings.record and self._recording_agreed()
        self.persona = persona
        rig = self.rig if self.voice_state in ("loading", "ready") else None
        self.session = CallSession(
            persona,
            self.settings,
            rig=rig,
            use_microphone=self.use_microphone,
            record=record,
            call=call,
            record_extra=record_extra,
            seed=self.seed,
            app_version=self.app_version,
            parent=self,
        )
        self.pages.setCurrentWidget(self.call_page)
        self.call_page.attach(self.session)
        self.call_page.reply_box.setFocus()

    def show_sessions(self) -> None:
        self.replay_page.stop_audio()
        self.sessions_page.refresh()
        self.pages.setCurrentWidget(self.sessions_page)

    def open_replay(self, session_id: str) -> None:
        from desktop.session_store import SessionStore

        run_in_background(lambda: SessionStore().get(session_id), self._replay_loaded)

    def _replay_loaded(self, outcome: Outcome[Any]) -> None:
        if not outcome.ok:
            QMessageBox.warning(self, "Hotseat", f"That call cannot be opened: {outcome.error}")
            return
        stored = outcome.unwrap()
        persona_id = stored.record["persona"]["id"]
        persona = next((p for p in self.personas if p.id == persona_id), None)
        self.replay_page.show_session(stored, persona)
        self.pages.setCurrentWidget(self.replay_page)

    def open_compare(self, first: str, second: str) -> None:
        from desktop.session_store import SessionStore

        def load() -> tuple[Any, Any]:
            store = SessionStore()
            return store.get(first), store.get(second)

        run_in_background(load, self._compare_loaded)

    def _compare_loaded(self, outcome: Outcome[Any]) -> None:
        if not outcome.ok:
            QMessageBox.warning(self, "Hotseat", f"Those calls cannot be opened: {outcome.error}")
            return
        self.compare_page.show_sessions(*outcome.unwrap())
        self.pages.setCurrentWidget(self.compare_page)

    def _replay_player(self) -> Any:
        from audio.playback import Player

        return Player(self.settings.output_device)

    def _branch_from_replay(self, session_id: str, turn_id: str) -> None:
        self.replay_page.stop_audio()
        self.start_branch(session_id, turn_id)

    def start_branch(self, session_id: str, turn_id: str) -> None:
        """Try a recorded moment again: a new call from just before that reply."""
        from desktop.session_store import SessionStore

        run_in_background(
            lambda: SessionStore().get(session_id),
            lambda outcome: self._branch_loaded(outcome, session_id, turn_id),
        )

    def _branch_loaded(self, outcome: Outcome[Any], session_id: str, turn_id: str) -> None:
        if not outcome.ok:
            QMessageBox.warning(self, "Hotseat", f"That call cannot be opened: {outcome.error}")
            return
        record = outcome.unwrap().record
        persona_id = record["persona"]["id"]
        persona = next((p for p in self.personas if p.id == persona_id), None)
        if persona is None:
            QMessageBox.warning(self, "Hotseat", f"The persona {persona_id!r} is not installed.")
            return
        call = branch_call(persona, record, turn_id)
        call.app_version = self.app_version
        self.start_call(
            persona_id,
            call=call,
            record_extra={"parent_id": session_id, "parent_turn": turn_id},
        )

    def _recording_agreed(self) -> bool:
        """The first recording of a trainee on this computer says what is kept, and asks."""
        trainee = self.settings.trainee or "trainee"
        if trainee in self.consented:
            return True
        box = QMessageBox(self)
        box.setWindowTitle("Recording this call")
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(f"<b>{escape(trainee)}</b>, Hotseat records your calls so you can replay them.")
        box.setInformativeText(consent_text())
        agree = box.addButton("&Record my calls", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Not this call", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(agree)
        box.exec()
        if box.clickedButton() is not agree:
            return False
        self.consented.add(trainee)
        run_in_background(lambda: record_consent(trainee))
        return True

    def _consents_loaded(self, outcome: Outcome[set[str]]) -> None:
        if outcome.ok:
            self.consented |= outcome.unwrap()

    def _housekept(self, _outcome: Outcome[Any]) -> None:
        self.refresh_best_results()

    def refresh_best_results(self) -> None:
        ids = [p.id for p in self.personas]
        trainee = self.settings.trainee
        run_in_background(lambda: best_results(ids, trainee), self._best_results)

    def _best_results(self, outcome: Outcome[dict[str, str]]) -> None:
        if outcome.ok:
            results = outcome.unwrap()
            for persona in self.personas:
                self.library.set_best(persona.id, results.get(persona.id))

    def _trainee_changed(self, name: str) -> None:
        if name != self.settings.trainee:
            self._apply_settings(self.settings.with_changes(trainee=name))
            self.refresh_best_results()

    def _call_over(self, record: dict[str, Any]) -> None:
        from desktop.report import build_report

        self.last_record = record
        persona = self.session.persona if self.session is not None else self.persona
        assert persona is not None
        self.report_page.show_report(build_report(record, persona))
        self.pages.setCurrentWidget(self.report_page)
        if self.session is not None and self.session.recorder is not None:
            done = self.session.recorder.done
            run_in_background(lambda: done.wait(30), lambda _o: self.refresh_best_results())

    def _restart(self) -> None:
        """Start this persona's call afresh once the current one has let go of the audio."""
        old = self.session
        if old is None or self.persona is None:
            return
        persona_id = self.persona.id
        if old.state == "over":
            self.start_call(persona_id)
            return
        self.call_page.detach()
        old.over.connect(lambda _record: self.start_call(persona_id))
        old.end()

    def _try_again(self) -> None:
        if self.persona is not None:
            self.start_call(self.persona.id)

    def _next_persona(self) -> None:
        if self.persona is None:
            self.show_library()
            return
        ids = [p.id for p in self.personas]
        following = ids[(ids.index(self.persona.id) + 1) % len(ids)]
        self.start_call(following)

    # -- voice -----------------------------------------------------------------------------------

    def _rig_ready(self, outcome: Outcome[Any]) -> None:
        if outcome.ok:
            self.voice_state = "ready"
        else:
            self.voice_state = "failed"
            error = outcome.error
            self.voice_problem = str(error) if isinstance(error, RigError) else repr(error)
        self._show_voice_state()
        self.voice_settled.emit(self.voice_state)

    def _show_voice_state(self) -> None:
        text = {
            "loading": "Loading the speech model and the customer's voice…",
            "ready": "Speech ready: the customer speaks, you answer out loud.",
            "off": "Typed calls (speech is off).",
            "failed": "Typed calls only: " + getattr(self, "voice_problem", ""),
        }[self.voice_state]
        self.voice_label.setText(text)
        self.voice_label.setToolTip(text)

    # -- menus -----------------------------------------------------------------------------------

    def _menus(self) -> None:
        app_menu = self.menuBar().addMenu("&Hotseat")
        library = QAction("&Library", self)
        library.setShortcut(QKeySequence("Ctrl+L"))
        library.triggered.connect(self._leave_to_library)
        app_menu.addAction(library)
        settings = QAction("&Settings…", self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        app_menu.addAction(settings)
        recordings = QAction("&Recorded calls", self)
        recordings.setShortcut(QKeySequence("Ctrl+R"))
        recordings.triggered.connect(self.show_sessions)
        app_menu.addAction(recordings)
        workshop = QAction("Wor&kshop mode…", self)
        workshop.setShortcut(QKeySequence("Ctrl+K"))
        workshop.setToolTip("A room of trainees, one laptop, a projector")
        workshop.triggered.connect(self.open_workshop)
        app_menu.addAction(workshop)
        welcome = QAction("&Welcome and sound check…", self)
        welcome.triggered.connect(self.open_welcome)
        app_menu.addAction(welcome)
        app_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        app_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("H&elp")
        about = QAction("&About Hotseat", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _leave_to_library(self) -> None:
        if self.session is not None and self.session.state != "over":
            self.session.end()
            return  # the report comes up; the library is one click from there
        self.show_library()

    def open_workshop(self) -> None:
        from desktop.ui.facilitator_console import open_workshop

        open_workshop(self)

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        in_call = self.session is not None and self.session.state != "over"
        dialog = SettingsDialog(self.settings, self, allow_rescan=not in_call)
        if dialog.exec():
            self._apply_settings(dialog.settings())

    def open_welcome(self) -> None:
        from desktop.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.settings, self)
        dialog.exec()
        self._apply_settings(dialog.settings())
        self.use_microphone = dialog.chosen_mode() != "typed"

    def _apply_settings(self, settings: Settings) -> None:
        voice_changed = (settings.model_dir, settings.output_device) != (
            self.settings.model_dir,
            self.settings.output_device,
        )
        self.settings = settings
        self.use_microphone = settings.mode != "typed"
        run_in_background(lambda: save_settings(settings))
        if voice_changed and self.rig is not None:
            old = self.rig
            self.rig = VoiceRig(settings)
            self.voice_state = "loading"
            self._show_voice_state()
            rig = self.rig
            run_in_background(lambda: (old.close(), rig.ready())[1], self._rig_ready)
        elif self.rig is not None:
            self.rig.settings = settings

    def about_text(self) -> str:
        """The About box: version, and where this copy keeps its data (beside it when portable)."""
        from desktop.paths import data_dir, hotseat_home

        where = hotseat_home() or data_dir()
        return (
            f"<b>Hotseat</b> {escape(self.app_version or '')}<br>Practise the hardest call of your "
            "job, out loud, offline. Your voice never leaves this computer.<br><br>"
            f"Settings and recordings: {escape(str(where))}"
        )

    def _about(self) -> None:
        QMessageBox.about(self, "About Hotseat", self.about_text())

    def closeEvent(self, event: Any) -> None:
        console = getattr(self, "workshop_console", None)
        if console is not None:
            console.close()  # ends its call and the projector before the shared speech parts go
        if self.session is not None and self.session.state != "over":
            self.session.end()
        self.call_page.detach()
        self.replay_page.close_audio()
        rig = self.rig
        if rig is not None:
            run_in_background(rig.close)
        super().closeEvent(event)


def apply_theme(app: QApplication) -> None:
    """Fusion everywhere, in the system's light or dark scheme (HOTSEAT_THEME=dark|light wins)."""
    app.setStyle(QStyleFactory.create("Fusion"))
    wanted = os.environ.get("HOTSEAT_THEME", "").strip().lower()
    dark = (
        wanted == "dark"
        if wanted in ("dark", "light")
        else QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    )
    if not dark:
        app.setPalette(app.style().standardPalette())
        return
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1f2227",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#16181c",
        QPalette.ColorRole.AlternateBase: "#262a30",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2b3036",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.ToolTipBase: "#2b3036",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7fd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Mid: "#4a4f57",
        QPalette.ColorRole.Link: "#79b8ff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#6b7078"))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor("#24282d"))
    app.setPalette(palette)


def install_error_handler(window: QMainWindow) -> None:
    """An unexpected error becomes a sentence in the window; the details go to a log file.

    Trainees never see a traceback; a coach sending the log gets everything needed.
    """
    import logging
    import traceback

    from desktop.paths import data_dir

    log_path = data_dir() / "hotseat.log"
    logger = logging.getLogger("hotseat")
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)

    def handle(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        logger.error("unexpected error:\n%s", details)
        handler.flush()
        QMessageBox.warning(
            window,
            "Hotseat",
            f"Something went wrong ({kind.__name__}: {error}). Your recorded calls are safe. "
            f"If it happens again, send this file to whoever looks after Hotseat: {log_path}",
        )

    sys.excepthook = handle


def _report_startup(app: QApplication, window: MainWindow) -> None:
    """`--startup-probe`: say on stdout when the window is up and when speech is ready, then quit.

    `hotseat bench startup` times these lines as they arrive, from outside the process.
    """

    def say(event: str) -> None:
        print(f"hotseat-startup: {event}", flush=True)

    QTimer.singleShot(0, lambda: say("window-shown"))

    def settled(state: str) -> None:
        say(f"voice-{state}")
        window.close()  # the way a person quits: the speech parts are closed first

    window.voice_settled.connect(settled)


def run_app(argv: list[str] | None = None, *, startup_probe: bool = False) -> int:
    """`hotseat` with no command: open the window (first launch: the welcome first)."""
    from desktop.cli import app_version

    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName("Hotseat")
    app.setApplicationDisplayName("Hotseat")
    app.setDesktopFileName(APP_ID)  # matches the .desktop entry, so docks show the right icon
    if ICON_PATH.exists():
        app.setWindowIcon(QIcon(str(ICON_PATH)))
    apply_theme(app)
    window = MainWindow(app_version=app_version())
    window.resize(1200, 800)
    install_error_handler(window)
    window.show()
    if startup_probe:
        _report_startup(app, window)
    elif not window.settings.welcomed:
        window.open_welcome()
    try:
        return app.exec()
    finally:
        # Close the speech parts here, not only in the background: work still queued is
        # cancelled below, and PortAudio is torn down at exit under any stream left open.
        if window.rig is not None:
            window.rig.close()
        shutdown_background(wait=False)
