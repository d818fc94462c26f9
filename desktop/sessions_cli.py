"""`hotseat sessions …`: list, show, export, import and delete recorded calls.

Output shapes are stable (tools script against them); every failure is one plain sentence on
stderr and exit code 1 (2 for an unknown session), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.session_exports import DEFAULT_HOMEPAGE, FORMATS

if TYPE_CHECKING:
    from desktop.session_store import SessionStore


def add_sessions_parser(commands: Any) -> None:
    sessions = commands.add_parser("sessions", help="recorded calls: list, show, export, import")
    scmd = sessions.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    p = scmd.add_parser("list", help="recorded calls, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--trainee", default=None)
    p.add_argument("--persona", default=None, metavar="ID")
    p.set_defaults(func=_list)
    p = scmd.add_parser("show", help="one call: its record, audio files and turn offsets")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print the record as JSON")
    p.set_defaults(func=_show)
    p = scmd.add_parser("export", help="a report (html, pdf), a bundle or xAPI statements")
    p.add_argument("id", metavar="ID")
    p.add_argument("--format", choices=FORMATS, default="html")
    p.add_argument("-o", "--output", default=None, metavar="PATH", help="file or folder")
    p.add_argument(
        "--homepage",
        default=DEFAULT_HOMEPAGE,
        metavar="URL",
        help="xAPI: the trainee's account home page (the name is the account)",
    )
    p.add_argument("--email", default=None, help="xAPI: identify the trainee by email instead")
    p.set_defaults(func=_export)
    p = scmd.add_parser("import", help="add a .hotseat bundle to the library")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=_import)
    p = scmd.add_parser("delete", help="delete a recorded call and its audio")
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=_delete)


def run_sessions(args: argparse.Namespace) -> int:
    from desktop.session_bundle import BundleError
    from desktop.session_store import SessionError, SessionNotFound
    try:
        return args.func(args)
    except SessionNotFound:
        print(
            f"hotseat: no recorded session {args.id!r} (see: hotseat sessions list)",
            file=sys.stderr,
        )
        return 2
    except (SessionError, BundleError, OSError) as error:
        print(f"hotseat: {error}", file=sys.stderr)
        return 1


def _store() -> SessionStore:
    from desktop.recording import housekeeping
    from desktop.session_store import SessionStore
    from desktop.settings import load_settings
    housekeeping(load_settings().retention_days)
    return SessionStore()


def _list(args: argparse.Namespace) -> int:
    sessions = _store().list(trainee=args.trainee, persona=args.persona)
    if args.json:
        print(json.dumps([s.as_json() for s in sessions], indent=2, ensure_ascii=False))
        return 0
    if not sessions:
        print("No recorded calls yet.")
        return 0
    for s in sessions:
        row = s.as_json()
        score = "" if row.get("score") is None else f"{row['score']:>3}/100"
        print(
            f"{row['id']}  {row['started'][:16].replace('T', ' ')}  {row['persona']:<18} "
            f"{row['trainee'][:16]:<16} {row['outcome'] or '-':<10} {score:<7} {row['status']}"
        )
    return 0


def _show(args: argparse.Namespace) -> int:
    session = _store().get(args.id)
    if args.json:
        print(json.dumps(session.as_json(), ensure_ascii=False))
        return 0
    record = session.record
    row = session.summary.as_json()
    print(f"{record['persona']['name']} · {row['trainee']} · {row['started']} · {row['status']}")
    print(f"outcome {record.get('outcome') or '-'} · score {record['score']['total']}/100")
    for path in session.audio.values():
        print(f"audio: {path}")
    offsets = {o["turn"]: o for o in session.offsets}
    for turn in record["turns"]:
        who = record["persona"]["name"] if turn["speaker"] == "persona" else turn["trainee"]
        at = offsets.get(turn["id"])
        when = f"[{at['start_s']:7.2f}s] " if at else " " * 11
        print(f"{when}{who}: {turn['text']}")
    return 0


def _export(args: argparse.Namespace) -> int:
    _store()
    target = Path(args.output) if args.output else Path.cwd()
    from desktop.session_exports import export_session

    print(export_session(args.id, args.format, target, homepage=args.homepage, email=args.email))
    return 0


def _import(args: argparse.Namespace) -> int:
    _store()
    from desktop.session_exports import import_bundle

    print(import_bundle(Path(args.file)))
    return 0


def _delete(args: argparse.Namespace) -> int:
    store = _store()
    store.get(args.id)
    store.delete(args.id)
    print(f"deleted {args.id}")
    return 0
