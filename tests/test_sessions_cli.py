"""`hotseat sessions …` on calls recorded by `hotseat play`: shapes, exports, import, delete."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

REPLIES = "okay\nI'm so sorry, I'd be furious too\n"


def hotseat(*args: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
    )


def record_call(*extra: str) -> dict:
    played = hotseat("play", "billing-error", "--seed", "3", "--json", *extra, stdin=REPLIES)
    assert played.returncode == 0, played.stderr
    return json.loads(played.stdout)


def test_a_played_call_is_listed_and_shown_with_its_turns() -> None:
    record = record_call()
    listed = hotseat("sessions", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    sessions = json.loads(listed.stdout)
    assert [s["id"] for s in sessions] == [record["session_id"]]
    row = sessions[0]
    assert row["persona"] == "billing-error" and row["trainee"] == "trainee"
    assert row["status"] == "complete" and row["outcome"] == record["outcome"]
    assert row["turns"] == len(record["turns"]) and row["started"]
    shown = json.loads(hotseat("sessions", "show", record["session_id"], "--json").stdout)
    assert [t["text"] for t in shown["turns"]] == [t["text"] for t in record["turns"]]
    assert shown["score"] == record["score"]
    assert "files" in shown["audio"] and "turns" in shown["audio"]


def test_no_record_leaves_nothing() -> None:
    record_call("--no-record")
    assert json.loads(hotseat("sessions", "list", "--json").stdout) == []


def test_exports_and_a_bundle_round_trip(tmp_path: Path) -> None:
    from desktop.session_notes import add_note
    from desktop.session_store import SessionStore

    record = record_call()
    session_id = record["session_id"]
    reply = next(t for t in record["turns"] if t["speaker"] == "trainee")
    add_note(SessionStore().get(session_id).summary.folder, "Slow down here", turn_id=reply["id"])
    html = hotseat("sessions", "export", session_id, "--format", "html", "-o", str(tmp_path))
    assert html.returncode == 0, html.stderr
    page = Path(html.stdout.strip()).read_text(encoding="utf-8")
    assert "I&#x27;m so sorry" in page or "I'm so sorry" in page
    assert "Slow down here" in page  # the coach's note is in the report
    xapi = hotseat("sessions", "export", session_id, "--format", "xapi", "--email", "sam@x.org",
                   "-o", str(tmp_path / "s.json"))
    statements = json.loads((tmp_path / "s.json").read_text())
    assert xapi.returncode == 0 and statements
    assert all(s["actor"]["mbox"] == "mailto:sam@x.org" for s in statements)
    bundle = hotseat("sessions", "export", session_id, "--format", "bundle", "-o", str(tmp_path))
    path = Path(bundle.stdout.strip())
    assert zipfile.is_zipfile(path)
    imported = hotseat("sessions", "import", str(path))
    assert imported.returncode == 0, imported.stderr
    new_id = imported.stdout.strip()
    assert new_id != session_id
    original = json.loads(hotseat("sessions", "show", session_id, "--json").stdout)
    copy = json.loads(hotseat("sessions", "show", new_id, "--json").stdout)
    assert copy["turns"] == original["turns"]


def test_delete_and_unknown_ids_are_plain_errors(tmp_path: Path) -> None:
    session_id = record_call()["session_id"]
    assert hotseat("sessions", "delete", session_id).returncode == 0
    gone = hotseat("sessions", "show", session_id)
    assert gone.returncode == 2 and "no recorded session" in gone.stderr
    junk = tmp_path / "junk.hotseat"
    junk.write_bytes(b"not a zip at all")
    refused = hotseat("sessions", "import", str(junk))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("hotseat: ")
