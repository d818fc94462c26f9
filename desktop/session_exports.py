"""Exporting and importing sessions, shared by `hotseat sessions` and the window (no Qt here
except inside the PDF printer, which makes its own offscreen application when there is none).

The storage modules are imported when a function runs, so the command line can name the
formats without loading them for every `hotseat` command.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.session_store import SessionStore, StoredSession

FORMATS = ("html", "pdf", "bundle", "xapi")
SUFFIX = {"html": ".html", "pdf": ".pdf", "bundle": ".hotseat", "xapi": ".xapi.json"}
DEFAULT_HOMEPAGE = "https://hotseat.invalid"


def export_session(
    session_id: str,
    fmt: str,
    target: Path,
    *,
    homepage: str = DEFAULT_HOMEPAGE,
    email: str | None = None,
    store: SessionStore | None = None,
) -> Path:
    """Write one session as a report, a bundle or xAPI statements; returns the file written.

    ``target`` is a file, or an existing folder to write ``<id><suffix>`` into.
    """
    from desktop.session_bundle import export_bundle
    from desktop.session_notes import report_notes
    from desktop.session_store import SessionError, SessionStore
    if fmt not in FORMATS:
        raise SessionError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    session = (store or SessionStore()).get(session_id)
    target = Path(target)
    if target.is_dir():
        target = target / f"{session.id}{SUFFIX[fmt]}"
    if fmt == "bundle":
        return export_bundle(session.summary.folder, target, session_id=session.id)
    if fmt == "xapi":
        statements = xapi_statements(session, homepage=homepage, email=email)
        target.write_text(json.dumps(statements, indent=2, ensure_ascii=False) + "\n", "utf-8")
        return target
    persona = persona_of(session)
    notes = report_notes(session.summary.folder)  # the coach's notes and mark overrides
    if fmt == "html":
        from desktop.session_report import report_html

        target.write_text(report_html(session.record, persona, notes), encoding="utf-8")
        return target
    from desktop.session_report import report_pdf

    return report_pdf(session.record, persona, target, notes)


def import_bundle(path: Path, *, store: SessionStore | None = None) -> str:
    """Check an untrusted bundle and add it to the library as a new session; returns its id."""
    from desktop.session_bundle import read_bundle
    from desktop.session_store import SessionError, SessionStore
    store = store or SessionStore()
    source = Path(path)
    if not source.is_file():
        raise SessionError(f"{source} is not a file")
    with tempfile.TemporaryDirectory(dir=store.root, prefix=".import-") as tmp:
        folder = read_bundle(source, Path(tmp) / "session")
        return store.adopt(folder)


def persona_of(session: StoredSession) -> Any:
    from desktop.session_store import SessionError
    from personas.library import UnknownPersona, find_persona
    persona_id = session.record["persona"]["id"]
    try:
        return find_persona(persona_id)
    except UnknownPersona:
        raise SessionError(
            f"the persona {persona_id!r} of this call is not installed, so its report cannot "
            "be made (export a bundle instead)"
        ) from None


def xapi_statements(
    session: StoredSession, *, homepage: str = DEFAULT_HOMEPAGE, email: str | None = None
) -> list[dict[str, Any]]:
    from desktop.xapi import Actor, statements

    record = session.record
    name = record.get("trainee") or "trainee"
    if email:
        actor = Actor(name, mbox=email)
    else:
        actor = Actor(name, account_homepage=homepage, account_name=name)
    return statements(
        record,
        actor=actor,
        session_id=session.id,
        model_id=session.meta.get("model_id"),
        status=session.status,
    )
