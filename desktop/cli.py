"""The `hotseat` command line: play, judge, check personas, benchmark.

Other tools and later features script against these commands, so their output shapes are stable and
every failure is one plain message on stderr with a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.settings import Settings


def _personas_list(args: argparse.Namespace) -> int:
    from personas.library import bundled_personas

    personas = bundled_personas()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": p.id,
                        "name": p.name,
                        "difficulty": p.difficulty,
                        "version": p.version,
                        "brief": p.brief,
                        "lines": len(p.all_lines()),
                    }
                    for p in personas
                ],
                indent=2,
            )
        )
        return 0
    width = max(len(p.id) for p in personas)
    for p in personas:
        print(f"{p.id:<{width}}  {p.difficulty:<7}  {p.name}")
    return 0


def _personas_show(args: argparse.Namespace) -> int:
    from personas.library import find_persona

    p = find_persona(args.id)
    print(f"{p.name}  ({p.id} v{p.version}, {p.difficulty})")
    print()
    print(p.brief)
    print()
    print("What happened:")
    for fact in p.key_facts:
        print(f"  - {fact.says}")
    if p.demand:
        print(f"They want: {p.demand.says}")
    print("You may offer:")
    for item in p.allowed:
        print(f"  - {item}")
    print(f"\nStarts at heat {p.mood_start:g}/10; {len(p.all_lines())} lines.")
    return 0


def _personas_check(args: argparse.Namespace) -> int:
    from personas.loader import check_persona_file

    failed = 0
    for name in args.files:
        errors = check_persona_file(name)
        for error in errors:
            print(error)
        if errors:
            failed += 1
        else:
            print(f"{name}: ok")
    if failed:
        print(f"{failed} of {len(args.files)} file(s) have problems", file=sys.stderr)
    return 1 if failed else 0


def _judge(args: argparse.Namespace) -> int:
    from personas.judge import JudgeContext, judge
    from personas.library import find_persona

    context = JudgeContext(
        persona=find_persona(args.persona) if args.persona else None, stage=args.stage
    )
    if args.jsonl:
        out = sys.stdout
        for raw in sys.stdin:
            text = raw.rstrip("\r\n")
            out.write(json.dumps(judge(text, context).as_json(), ensure_ascii=False) + "\n")
        out.flush()
        return 0
    if args.text is None:
        print(
            "hotseat judge: give the reply as TEXT, or use --jsonl to read replies from stdin",
            file=sys.stderr,
        )
        return 2
    print(json.dumps(judge(args.text, context).as_json(), ensure_ascii=False, indent=2))
    return 0


def _transcribe(args: argparse.Namespace) -> int:
    from desktop.transcribe_files import run_transcribe

    return run_transcribe(args.files, as_json=args.json, model_dir=args.model)


def _doctor(args: argparse.Namespace) -> int:
    from desktop.doctor import run_doctor

    return run_doctor(as_json=args.json, model_dir=args.model)


def _play(args: argparse.Namespace) -> int:
    from desktop.settings import load_settings
    from desktop.typed_call import play_typed
    from personas.library import find_persona

    persona = find_persona(args.id)
    settings = load_settings()
    record = _wants_recording(args, settings)
    if args.voice:
        from desktop.voice_cli import VoiceOptions, play_voice

        return play_voice(
            persona,
            seed=args.seed,
            trainee=args.trainee,
            as_json=args.json,
            max_turns=args.max_turns,
            options=VoiceOptions(
                input=args.input,
                output=args.output,
                end_silence_ms=args.end_silence_ms,
                silence_timeout_s=args.silence_timeout,
                pace=args.pace if args.pace is not None else settings.customer_pace,
            ),
            app_version=app_version(),
            record=record,
        )
    return play_typed(
        persona,
        seed=args.seed,
        trainee=args.trainee,
        as_json=args.json,
        max_turns=args.max_turns,
        app_version=app_version(),
        record=record,
    )


def _wants_recording(args: argparse.Namespace, settings: Settings) -> bool:
    """--record/--no-record, else the setting; the first recording of a trainee asks first."""
    from desktop.recording import consent_text, has_consented, housekeeping, record_consent

    record = settings.record if args.record is None else args.record
    if not record:
        return False
    trainee = args.trainee or "trainee"
    if not has_consented(trainee):
        if args.record:  # asked for in so many words
            record_consent(trainee)
        elif sys.stdin.isatty() and sys.stderr.isatty() and not args.json:
            print(consent_text(), file=sys.stderr)
            answer = input("Record this call? [Y/n] ").strip().lower()
            if answer not in ("", "y", "yes"):
                return False
            record_consent(trainee)
        else:
            print(f"hotseat: {consent_text()} (--no-record turns it off.)", file=sys.stderr)
    housekeeping(settings.retention_days)
    return True


def _bench_judge(args: argparse.Namespace) -> int:
    from desktop.bench_judge import run_judge_bench

    return run_judge_bench(Path(args.file) if args.file else None, as_json=args.json)


def _bench_window(args: argparse.Namespace) -> int:
    from desktop.bench_window import run_window_bench

    return run_window_bench(as_json=args.json, limit=args.limit)


def _bench_latency(args: argparse.Namespace) -> int:
    from desktop.bench_latency import run_latency_bench

    return run_latency_bench(as_json=args.json, limit=args.limit)


def _bench_startup(args: argparse.Namespace) -> int:
    from desktop.bench_startup import run_startup_bench

    return run_startup_bench(
        Path(args.bundle) if args.bundle else None,
        runs=args.runs,
        cold_runs=args.cold,
        as_json=args.json,
    )


def _pace(text: str) -> float:
    from audio.tts import PACE_RANGE

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"the pace is a number like 1.2, not {text!r}") from None
    low, high = PACE_RANGE
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"the pace must be from {low} to {high}, got {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hotseat", description="Practise the hardest customer call, offline."
    )
    parser.add_argument("--version", action="version", version=f"hotseat {app_version()}")
    parser.add_argument(
        "--terminal", action="store_true", help="play a typed call in the terminal, no window"
    )
    # for `hotseat bench startup`: report when the window and speech are up, then quit
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    personas = commands.add_parser("personas", help="list, show and check persona scripts")
    pcmd = personas.add_subparsers(dest="personas_command", metavar="ACTION", required=True)
    p = pcmd.add_parser("list", help="the bundled personas")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=_personas_list)
    p = pcmd.add_parser("show", help="one persona's brief")
    p.add_argument("id")
    p.set_defaults(func=_personas_show)
    p = pcmd.add_parser("check", help="check persona files; exit 1 on any problem")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=_personas_check)

    p = commands.add_parser("judge", help="mark one reply (or --jsonl: one per stdin line)")
    p.add_argument("text", nargs="?", metavar="TEXT")
    p.add_argument("--persona", metavar="ID", help="judge in this persona's context")
    p.add_argument(
        "--stage",
        choices=("vent", "heard", "options", "commitment", "close"),
        help="where the call is (asking for details while they vent is a violation)",
    )
    p.add_argument("--jsonl", action="store_true", help="read replies from stdin, one per line")
    p.set_defaults(func=_judge)

    p = commands.add_parser("transcribe", help="the text of audio files (wav, flac, mp3)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per file per line")
    p.add_argument("--model", metavar="DIR", help="a faster-whisper model folder for this run")
    p.set_defaults(func=_transcribe)

    p = commands.add_parser("doctor", help="check devices, voices and the speech model")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--model", metavar="DIR", help="check this faster-whisper model folder")
    p.set_defaults(func=_doctor)

    p = commands.add_parser("play", help="play a call against a persona")
    p.add_argument("id", metavar="ID")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--typed", action="store_true", help="type your replies (the default)")
    mode.add_argument("--voice", action="store_true", help="speak your replies")
    p.add_argument("--seed", type=int, default=None, help="same seed, same call")
    p.add_argument("--trainee", default=None, metavar="NAME", help="who is in the hot seat")
    rec = p.add_mutually_exclusive_group()
    rec.add_argument(
        "--record",
        dest="record",
        action="store_true",
        default=None,
        help="record the call as a session (the default, unless Settings turn it off)",
    )
    rec.add_argument(
        "--no-record", dest="record", action="store_false", help="do not record this call"
    )
    p.add_argument("--max-turns", type=int, default=None, metavar="N")
    p.add_argument("--input", default=None, metavar="DEVICE", help="microphone (index or name)")
    p.add_argument("--output", default=None, metavar="DEVICE", help="speakers (index or name)")
    p.add_argument(
        "--end-silence-ms",
        type=int,
        default=600,
        metavar="MS",
        help="silence that ends your turn (default 600)",
    )
    p.add_argument(
        "--silence-timeout",
        type=float,
        default=10.0,
        metavar="S",
        help="saying nothing this long is a (silent) reply (default 10)",
    )
    p.add_argument(
        "--pace",
        type=_pace,
        default=None,
        metavar="X",
        help="how fast the customer speaks, times the scripted rate (0.6-1.6; default: Settings)",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print only the call record on stdout (the conversation goes to stderr)",
    )
    p.set_defaults(func=_play)

    from desktop.sessions_cli import add_sessions_parser

    add_sessions_parser(commands)

    bench = commands.add_parser("bench", help="measure the judge and the speech pipeline")
    bcmd = bench.add_subparsers(dest="bench_command", metavar="WHAT", required=True)
    p = bcmd.add_parser("judge", help="precision, recall and F1 per mark on a labelled set")
    p.add_argument("file", nargs="?", metavar="FILE", help="a labelled JSONL set (default: ours)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_bench_judge)
    p = bcmd.add_parser(
        "latency", help="time from the end of a spoken reply to the persona's answer"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N replies")
    p.set_defaults(func=_bench_latency)
    p = bcmd.add_parser(
        "window", help="longest event-loop stall of the window during a spoken call"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--limit", type=int, default=8, metavar="N", help="replies in the call")
    p.set_defaults(func=_bench_window)
    p = bcmd.add_parser(
        "startup", help="launch to window shown and to speech ready: bundle vs source install"
    )
    p.add_argument("--bundle", metavar="EXE", help="the bundle's executable (default dist/hotseat)")
    p.add_argument("--runs", type=int, default=5, metavar="N", help="warm launches of each")
    p.add_argument(
        "--cold", type=int, default=3, metavar="N", help="launches of each from an empty page cache"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_bench_startup)
    return parser


def _open_window(args: argparse.Namespace) -> int:
    """`hotseat` alone opens the window; with no screen at all, the typed call in the terminal."""
    import os

    on_screen = any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY"))
    qpa = os.environ.get("QT_QPA_PLATFORM", "")
    if args.terminal or (sys.platform.startswith("linux") and not on_screen and not qpa):
        if not args.terminal:
            print(
                "hotseat: no screen found (DISPLAY and WAYLAND_DISPLAY are unset), so the call "
                "runs here in the terminal. Run hotseat from your desktop to get the window.",
                file=sys.stderr,
            )
        from desktop.typed_call import interactive_start

        return interactive_start()
    from desktop.ui.app import run_app

    return run_app(startup_probe=args.startup_probe)


def app_version() -> str:
    """The version from pyproject, as installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("hotseat")
    except PackageNotFoundError:
        return "0+unknown"


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.paths import apply_portable_mode

    apply_portable_mode()
    args = _parser().parse_args(argv)
    if args.command is None:
        return _open_window(args)
    from personas.library import UnknownPersona
    from personas.loader import PersonaFileError

    if args.command == "sessions":
        from desktop.sessions_cli import run_sessions

        return run_sessions(args)
    try:
        return args.func(args)
    except UnknownPersona as e:
        print(f"hotseat: {e}", file=sys.stderr)
        return 2
    except PersonaFileError as e:
        print(f"hotseat: a bundled persona file has problems:\n{e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
