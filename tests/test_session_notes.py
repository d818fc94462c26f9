"""Coach notes and mark overrides stored with a real recorded session (notes.json)."""

from __future__ import annotations

import json
import stat
import threading

import pytest

from desktop.session_files import SessionError
from desktop.session_notes import (
    NOTES,
    add_note,
    delete_note,
    load_notes,
    override_mark,
    overrides,
    report_notes,
)
from desktop.session_report import report_html
from desktop.session_store import SessionStore
from personas.library import find_persona
from tests.recorded_call import PERSONA_ID, REPLIES, SpokenCall, new_call


def _session() -> tuple[SessionStore, str]:
    store = SessionStore()
    call = new_call()
    writer = store.create({**call.record(), "model_id": "tiny.en"})
    spoken = SpokenCall(call, writer)
    spoken.start()
    for text in REPLIES[:2]:
        spoken.reply(text)
    call.hang_up()
    writer.finish(call.record())
    return store, writer.id


def test_notes_on_a_turn_and_a_moment_persist_privately_and_can_be_deleted() -> None:
    store, session_id = _session()
    folder = store.get(session_id).summary.folder
    assert load_notes(folder) == []
    on_turn = add_note(folder, "  Good opener.  ", turn_id="t2", author="Ana")
    at_moment = add_note(folder, "Listen to the pause here", at_s=3.25)
    assert on_turn["text"] == "Good opener." and on_turn["turn_id"] == "t2"
    assert on_turn["author"] == "Ana" and on_turn["created_at"]
    assert at_moment["at_s"] == 3.25 and at_moment["turn_id"] is None
    assert at_moment["author"] == "coach"
    assert stat.S_IMODE((folder / NOTES).stat().st_mode) == 0o600
    assert [n["id"] for n in load_notes(folder)] == [on_turn["id"], at_moment["id"]]
    # on disk, as the format says
    data = json.loads((folder / NOTES).read_text())
    assert data["format"] == 1 and len(data["notes"]) == 2 and data["overrides"] == []
    assert delete_note(folder, on_turn["id"]) is True
    assert delete_note(folder, "n-missing") is False
    assert [n["id"] for n in load_notes(folder)] == [at_moment["id"]]
    assert not list(folder.glob(".*.tmp"))  # the atomic write leaves nothing behind


def test_an_empty_note_or_reason_is_refused() -> None:
    store, session_id = _session()
    folder = store.get(session_id).summary.folder
    with pytest.raises(ValueError):
        add_note(folder, "   ")
    with pytest.raises(ValueError):
        override_mark(folder, "t2", "options", True, "")
    assert not (folder / NOTES).exists()


def test_an_override_keeps_the_original_mark_and_the_latest_override_wins() -> None:
    store, session_id = _session()
    stored = store.get(session_id)
    folder = stored.summary.folder
    turn = next(t for t in stored.record["turns"] if t["id"] == "t2")
    original = turn["marks"]["empathise"]["hit"]
    override_mark(folder, "t2", "empathise", not original, "Said by rote, no warmth", "Ana")
    latest = override_mark(folder, "t2", "empathise", original, "On second listen it was fine")
    override_mark(folder, "t5", "options", True, "Offered a refund in other words")
    current = overrides(folder)
    assert set(current) == {("t2", "empathise"), ("t5", "options")}
    assert current[("t2", "empathise")]["id"] == latest["id"]
    assert current[("t2", "empathise")]["hit"] is original
    assert current[("t5", "options")]["reason"] == "Offered a refund in other words"
    assert all(o["created_at"] for o in current.values())
    # the judge's record is untouched
    again = next(t for t in store.get(session_id).record["turns"] if t["id"] == "t2")
    assert again["marks"]["empathise"]["hit"] is original
    # an override can be deleted like a note
    assert delete_note(folder, latest["id"])
    assert overrides(folder)[("t2", "empathise")]["reason"] == "Said by rote, no warmth"


def test_the_session_report_prints_the_notes_and_overrides() -> None:
    store, session_id = _session()
    stored = store.get(session_id)
    folder = stored.summary.folder
    add_note(folder, "Slow down <here>", turn_id="t2", author="Ana")
    override_mark(folder, "t5", "options", True, "Offered a refund in other words")
    page = report_html(stored.record, find_persona(PERSONA_ID), report_notes(folder))
    assert "Slow down &lt;here&gt;" in page
    assert "Offered a refund in other words" in page


def test_many_notes_written_at_once_are_all_kept() -> None:
    store, session_id = _session()
    folder = store.get(session_id).summary.folder
    threads = [
        threading.Thread(target=add_note, args=(folder, f"note {i}"), kwargs={"at_s": i})
        for i in range(12)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(n["text"] for n in load_notes(folder)) == sorted(f"note {i}" for i in range(12))


def test_a_damaged_or_newer_notes_file_is_a_clear_error(tmp_path) -> None:
    (tmp_path / NOTES).write_text("{not json")
    with pytest.raises(SessionError, match="cannot be read"):
        load_notes(tmp_path)
    (tmp_path / NOTES).write_text(json.dumps({"format": 99, "notes": []}))
    with pytest.raises(SessionError, match="newer"):
        load_notes(tmp_path)
    with pytest.raises(SessionError, match="no session folder"):
        add_note(tmp_path / "gone", "hello")
