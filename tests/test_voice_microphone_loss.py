"""A microphone that goes away mid-call: the call pauses, keeps what was heard, and goes on.

The virtual microphone is suspended in the sound server, so the app's recording stream stops
delivering audio, which is what a pulled USB headset looks like to PortAudio.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from audio.capture import Microphone, rescan_devices
from desktop.voice_call import (
    MicrophoneBack,
    MicrophoneLost,
    PersonaSpeaking,
    PersonaVoice,
    TraineeTurn,
    VoiceCall,
    VoiceCallConfig,
    VoiceEvent,
)
from desktop.voice_cli import VoiceOptions, reconnector, voice_parts
from personas.call import Call
from personas.library import find_persona
from tests.sound_server import SoundServer
from tests.virtual_trainee import TEST_PACE, VirtualTrainee

VOICE = Path(__file__).parent / "data" / "voice"

pytestmark = pytest.mark.voice


def _wait(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_lost_microphone_pauses_the_call_and_loses_nothing(sound_server: SoundServer) -> None:
    rescan_devices()  # PortAudio may have started in this process before the sound server
    persona = find_persona("billing-error")
    events: list[VoiceEvent] = []
    with voice_parts(persona, VoiceOptions(), cache_on_disk=False) as (
        transcriber,
        synthesizer,
        cache,
        player,
    ):
        microphone = Microphone(auto_rescan=False)
        microphone.start()
        voice_call = VoiceCall(
            Call(persona, seed=1, mode="voice"),
            source=microphone,
            player=player,
            voice=PersonaVoice(persona, synthesizer, cache, pace=TEST_PACE),
            transcriber=transcriber,
            config=VoiceCallConfig(silence_timeout_s=30),
            reconnect=reconnector(microphone, player, None),
        )

        def on_event(event: VoiceEvent) -> None:
            events.append(event)
            back = any(isinstance(e, MicrophoneBack) for e in events)
            if isinstance(event, PersonaSpeaking) and back:
                voice_call.hang_up()  # the persona picked the thread up again: enough

        voice_call._on_event = on_event
        trainee = VirtualTrainee([VOICE / "good_01.flac"])
        record: dict[str, Any] = {}
        runner = threading.Thread(target=lambda: record.update(voice_call.run()), daemon=True)
        with trainee:
            runner.start()
            started = trainee.wait_for(
                lambda t: any(e.kind == "reply_started" for e in t.events), timeout=120
            )
            assert started
            time.sleep(3.0)  # about 3 s into the 6 s reply, the headset is pulled out
            # the microphone stops delivering audio, as when a USB headset is pulled out
            sound_server.pactl("suspend-sink", sound_server.mic, "1")
            try:
                lost = _wait(lambda: any(isinstance(e, MicrophoneLost) for e in events), 30)
            finally:
                sound_server.pactl("suspend-sink", sound_server.mic, "0")
            assert lost
            runner.join(timeout=120)
        microphone.stop()
    assert not runner.is_alive()
    kinds = [type(e).__name__ for e in events]
    assert "MicrophoneLost" in kinds and "MicrophoneBack" in kinds
    assert kinds.index("MicrophoneLost") < kinds.index("MicrophoneBack")
    lost = next(e for e in events if isinstance(e, MicrophoneLost))
    assert lost.message
    # the half-finished reply was kept and judged
    heard = [e.turn for e in events if isinstance(e, TraineeTurn)]
    assert heard and "cancel" in heard[0]["text"].lower()
    outage = record["voice"]["microphone_outages"][0]
    assert outage["back_at"] is not None and outage["back_at"] > outage["lost_at"]
    assert any(t.get("kind") == "repeat" for t in record["turns"])
