"""The sessions library: index and migrations, filters, delete, retention, forgetting, import.

Real sessions recorded with the real Call into the test's own HOTSEAT_HOME.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pytest

from desktop.paths import data_dir
from desktop.session_index import MIGRATIONS, SessionIndex, SessionIndexError, migrate
from desktop.session_store import SessionError, SessionNotFound, SessionStore
from desktop.session_wav import to_pcm16
from personas.call import Call
from personas.library import find_persona
from tests.recorded_call import REPLIES, SpokenCall, new_call, trainee_burst

RUDE = "You need to calm down, it's not our policy."


def _typed_session(
    store: SessionStore,
    *,
    trainee: str = "Sam",
    persona: str = "lost-express",
    replies: tuple[str, ...] = REPLIES,
    started_at: str | None = None,
) -> str:
    call = Call(find_persona(persona), seed=7, trainee=trainee)
    meta = call.record() if started_at is None else {**call.record(), "started_at": started_at}
    writer = store.create(meta)
    writer.turn(call.start())
    for text in replies:
        if call.finished:
            break
        result = call.reply(text, extra={"typed": True})
        writer.turn(result.trainee_turn)
        for turn in result.persona_turns:
            writer.turn(turn)
    call.hang_up()
    writer.finish(call.record())
    return writer.id


# -- the index and its migrations ---------------------------------------------------------------


def test_the_store_lives_in_the_data_folder_with_a_versioned_index() -> None:
    store = SessionStore()
    assert store.root == data_dir() / "sessions"
    with sqlite3.connect(store.root / "index.sqlite3") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 1
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert {"sessions", "session_trainees"} <= tables


def _v2_adds_notes(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE sessions ADD COLUMN notes INTEGER NOT NULL DEFAULT 0")
    db.execute("UPDATE sessions SET notes = 1 WHERE outcome = 'resolved'")


def test_a_v1_index_is_migrated_to_v2_in_place_keeping_every_session(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "s", migrations=MIGRATIONS)
    resolved = _typed_session(store)
    ended = _typed_session(store, replies=(RUDE,))

    index = SessionIndex(tmp_path / "s" / "index.sqlite3", migrations=(*MIGRATIONS, _v2_adds_notes))

    assert index.version == 2
    with sqlite3.connect(index.path) as db:
        notes = dict(db.execute("SELECT id, notes FROM sessions"))
    assert notes == {resolved: 1, ended: 0}
    upgraded = SessionStore(tmp_path / "s", migrations=(*MIGRATIONS, _v2_adds_notes))
    assert {s.id for s in upgraded.list()} == {resolved, ended}
    # an older Hotseat refuses an index it does not understand instead of damaging it
    with pytest.raises(SessionIndexError, match="newer Hotseat"):
        SessionStore(tmp_path / "s")


def test_a_failing_migration_leaves_the_index_at_the_version_before(tmp_path: Path) -> None:
    SessionStore(tmp_path / "s")

    def broken(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE sessions ADD COLUMN half_done TEXT")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        SessionIndex(tmp_path / "s" / "index.sqlite3", migrations=(*MIGRATIONS, broken))
    with sqlite3.connect(tmp_path / "s" / "index.sqlite3") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        columns = {row[1] for row in db.execute("PRAGMA table_info(sessions)")}
    assert "half_done" not in columns
    with sqlite3.connect(":memory:", isolation_level=None) as db:
        assert migrate(db) == 1 and migrate(db) == 1


# -- listing --------------------------------------------------------------------------------------


def test_list_filters_by_trainee_persona_date_outcome_and_score_newest_first() -> None:
    store = SessionStore()
    old = _typed_session(store, trainee="Ann", started_at="2026-01-10T09:00:00+00:00")
    mid = _typed_session(
        store, trainee="Bob", replies=(RUDE,), started_at="2026-03-01T09:00:00+00:00"
    )
    new = _typed_session(
        store, trainee="ann", persona="billing-error", started_at="2026-06-01T12:30:00+00:00"
    )

    assert [s.id for s in store.list()] == [new, mid, old]
    assert [s.id for s in store.list(trainee="ANN")] == [new, old]
    assert [s.id for s in store.list(persona="lost-express")] == [mid, old]
    assert [s.id for s in store.list(since="2026-02-01")] == [new, mid]
    assert [s.id for s in store.list(until=date(2026, 6, 1))] == [mid, old]
    assert [s.id for s in store.list(since=datetime(2026, 3, 1, 9, tzinfo=UTC))] == [new, mid]
    assert [s.id for s in store.list(outcome="resolved")] == [old]
    assert [s.id for s in store.list(outcome="ended", persona="lost-express")] == [mid]
    assert [s.id for s in store.list(min_score=50, persona="lost-express")] == [old]
    assert [s.id for s in store.list(trainee="ann", persona="lost-express")] == [old]
    assert store.list(trainee="Cy") == []
    row = store.list(persona="lost-express", trainee="Bob")[0].as_json()
    assert {k: row[k] for k in ("id", "persona", "trainee", "started", "status", "turns")} == {
        "id": mid,
        "persona": "lost-express",
        "trainee": "Bob",
        "started": "2026-03-01T09:00:00+00:00",
        "status": "complete",
        "turns": len(store.get(mid).record["turns"]),
    }


def test_best_result_is_the_highest_complete_score_for_the_card() -> None:
    store = SessionStore()
    assert store.best_result("lost-express") is None
    _typed_session(store, trainee="Ann", replies=(RUDE,))
    best = _typed_session(store, trainee="Ann")
    _typed_session(store, trainee="Bob", replies=(REPLIES[0],))

    result = store.best_result("lost-express")
    assert result is not None
    assert (result.session_id, result.outcome, result.attempts) == (best, "resolved", 3)
    assert result.score == store.get(best).record["score"]["total"]
    bob = store.best_result("lost-express", trainee="bob")
    assert bob is not None and bob.attempts == 1 and bob.outcome == "ended"
    assert store.best_result("billing-error") is None


def test_get_unknown_and_the_show_json_shape() -> None:
    store = SessionStore()
    with pytest.raises(SessionNotFound):
        store.get("nope")
    session_id = _typed_session(store)
    shown = json.loads(json.dumps(store.get(session_id).as_json()))
    assert shown["kind"] == "hotseat.call" and shown["session"]["id"] == session_id
    assert set(shown["audio"]) == {"sample_rate", "files", "turns"}
    assert shown["audio"]["turns"] == []  # a typed call has no audio offsets


# -- removing -------------------------------------------------------------------------------------


def test_delete_removes_the_folder_the_audio_and_the_row() -> None:
    store = SessionStore()
    kept = _typed_session(store)
    gone = _typed_session(store)
    folder = store.get(gone).summary.folder
    assert (folder / "trainee.wav").exists()

    store.delete(gone)

    assert not folder.exists()
    assert [s.id for s in store.list()] == [kept]
    assert sorted(p.name for p in store.root.iterdir()) == sorted([kept, "index.sqlite3"])
    with pytest.raises(SessionNotFound):
        store.delete(gone)


def test_a_session_being_recorded_cannot_be_deleted() -> None:
    store = SessionStore()
    call = new_call()
    writer = store.create(call.record())
    with pytest.raises(SessionError, match="still being recorded"):
        store.delete(writer.id)
    writer.finish(call.record())
    store.delete(writer.id)


def test_purge_deletes_only_sessions_older_than_the_retention() -> None:
    store = SessionStore()
    old = _typed_session(store, started_at="2026-01-01T10:00:00+00:00")
    recent = _typed_session(store, started_at="2026-03-20T10:00:00+00:00")
    now = datetime(2026, 4, 1, tzinfo=UTC)

    assert store.purge_older_than(30, now=now) == [old]

    assert [s.id for s in store.list()] == [recent]
    assert not (store.root / old).exists()
    assert store.purge_older_than(30, now=now) == []


def test_forget_a_trainee_deletes_their_sessions_and_erases_them_from_shared_ones() -> None:
    store = SessionStore()
    alone = _typed_session(store, trainee="Ann")
    bobs = _typed_session(store, trainee="Bob")
    # a spoken workshop call: Ann answers first, then Bob, then Ann again
    call = new_call(trainee="Ann")
    writer = store.create(call.record())
    spoken = SpokenCall(call, writer)
    spoken.start()
    ann1 = spoken.reply(REPLIES[0])
    bob = spoken.reply(REPLIES[1], trainee="Bob")
    ann2 = spoken.reply(REPLIES[2])
    call.hang_up()
    writer.finish(call.record())
    shared = writer.id

    report = store.forget_trainee("ann")

    assert (report.deleted, report.redacted, report.skipped) == ([alone], [shared], [])
    assert not (store.root / alone).exists()
    assert store.list(trainee="Ann") == []
    assert {s.id for s in store.list()} == {bobs, shared}
    stored = store.get(shared)
    assert stored.summary.trainees == ("Bob",)
    assert stored.record["trainee"] == "Bob" and stored.record["trainees"] == ["Bob"]
    turns = {t["id"]: t for t in stored.record["turns"]}
    for gone in (ann1, ann2):
        redacted = turns[gone["id"]]
        assert redacted["redacted"] is True
        assert redacted["trainee"] is None and redacted["text"] == ""
        assert "marks" not in redacted and "violations" not in redacted
        assert redacted["mood_after"] == gone["mood_after"]  # the others' call still reads
        assert not stored.turn_audio(gone["id"]).any()
    assert turns[bob["id"]]["text"] == REPLIES[1]
    assert np.array_equal(stored.turn_audio(bob["id"]), to_pcm16(trainee_burst(1)))
    # not a word of hers anywhere in the folder
    folder_text = "".join(
        p.read_text(errors="replace") for p in stored.summary.folder.iterdir() if p.suffix != ".wav"
    )
    assert "Ann" not in folder_text
    for text in (REPLIES[0], REPLIES[2]):
        assert text not in folder_text
    evidence = [i["evidence"] for i in stored.record["score"]["breakdown"]]
    assert all(e is None or e in REPLIES[1] for e in evidence)
    assert stored.summary.score == call.record()["score"]["total"]


def test_forgetting_whoever_started_a_workshop_call_without_speaking_keeps_the_others() -> None:
    store = SessionStore()
    call = new_call(trainee="Ann")  # Ann picked at the start; only Bob answered
    writer = store.create(call.record())
    writer.turn(call.start())
    writer.turn(call.reply(REPLIES[0], trainee="Bob", extra={"typed": True}).trainee_turn)
    call.hang_up()
    writer.finish(call.record())
    assert store.get(writer.id).summary.trainees == ("Ann", "Bob")

    report = store.forget_trainee("Ann")

    assert report.redacted == [writer.id]
    stored = store.get(writer.id)
    assert stored.summary.trainees == ("Bob",)
    assert stored.record["trainee"] == "Bob"
    assert "Ann" not in (stored.summary.folder / "journal.jsonl").read_text()
    assert "Ann" not in (stored.summary.folder / "meta.json").read_text()


# -- privacy --------------------------------------------------------------------------------------


def test_every_file_and_folder_is_readable_by_the_user_only() -> None:
    store = SessionStore()
    call = new_call()
    writer = store.create(call.record())
    spoken = SpokenCall(call, writer)
    spoken.start()
    spoken.reply(REPLIES[0])
    paths = [store.root, *store.root.rglob("*")]  # mid-call, the lock included
    writer.finish(call.record())
    paths += [p for p in store.root.rglob("*") if p not in paths]
    assert any(p.name == "trainee.wav" for p in paths)
    for path in paths:
        if not path.exists():
            continue
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))


# -- start-up and import ---------------------------------------------------------------------


def test_recover_indexes_folders_the_index_lost_and_drops_rows_without_folders() -> None:
    store = SessionStore()
    first = _typed_session(store)
    second = _typed_session(store)
    (store.root / "index.sqlite3").unlink()
    store = SessionStore()
    assert store.list() == []
    shutil.rmtree(store.root / second)
    assert store.recover() == []
    assert [s.id for s in store.list()] == [first]
    assert store.get(first).summary.outcome == "resolved"


def test_a_damaged_index_is_set_aside_and_rebuilt_from_the_folders() -> None:
    store = SessionStore()
    session_id = _typed_session(store)
    (store.root / "index.sqlite3").write_bytes(b"not a database, just some bytes" * 100)

    store = SessionStore()

    assert [s.id for s in store.list()] == [session_id]
    assert store.get(session_id).summary.outcome == "resolved"
    assert [p.name.startswith("index.damaged-") for p in store.root.iterdir()].count(True) == 1


def test_adopt_copies_a_session_in_and_never_overwrites(tmp_path: Path) -> None:
    source = SessionStore(tmp_path / "elsewhere")
    original = _typed_session(source, trainee="Ann")
    folder = source.get(original).summary.folder

    store = SessionStore()
    mine = _typed_session(store, trainee="Bob")
    first = store.adopt(folder)
    assert first == original  # a free id is kept
    again = store.adopt(folder)  # the same bundle imported twice: a second session
    assert again != original
    assert store.get(again).record == store.get(first).record == source.get(original).record
    assert store.get(again).summary.trainees == ("Ann",)
    # and nothing that was already there changed
    assert store.get(mine).summary.trainees == ("Bob",)
    before = {p.name: p.read_bytes() for p in (store.root / first).iterdir()}
    clash = tmp_path / "clash"
    clash.mkdir()
    for path in folder.iterdir():
        (clash / path.name).write_bytes(path.read_bytes())
    meta = json.loads((clash / "meta.json").read_text())
    meta["id"] = mine
    (clash / "meta.json").write_text(json.dumps(meta))
    third = store.adopt(clash)
    assert third not in (mine, first, again)
    assert store.get(mine).summary.trainees == ("Bob",)
    assert {p.name: p.read_bytes() for p in (store.root / first).iterdir()} == before
    for path in (store.root / third).iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_adopt_refuses_what_is_not_a_plain_session_folder(tmp_path: Path) -> None:
    store = SessionStore()
    session_id = _typed_session(store)
    folder = store.get(session_id).summary.folder
    bad = tmp_path / "bad"
    bad.mkdir()
    with pytest.raises(SessionError, match=r"meta\.json"):
        store.adopt(bad)
    for path in folder.iterdir():
        (bad / path.name).write_bytes(path.read_bytes())
    (bad / "link").symlink_to("/etc/passwd")
    with pytest.raises(SessionError, match="plain files"):
        store.adopt(bad)
    (bad / "link").unlink()
    meta = json.loads((bad / "meta.json").read_text())
    (bad / "meta.json").write_text(json.dumps({**meta, "format": 99}))
    with pytest.raises(SessionError, match="format"):
        store.adopt(bad)
    assert [s.id for s in store.list()] == [session_id]
