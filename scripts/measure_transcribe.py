"""Measure the fast transcription path against faster-whisper's default one: speed and accuracy.

Not a test (timings depend on the machine and its load): a tool to judge the window policy.
For each utterance and each path, decodes ``--reps`` times, interleaving the paths so background
load hits them alike, and prints p50/p95 decode ms per set, plus the word error rate where the
reference text is known. Sets:

- ``jfk-2s``/``jfk-5s``/``jfk-10s``: cuts of the shared jfk.flac fixture at a few offsets (no
  reference for a cut, so the WER column there is the fast path's disagreement with the naive one),
  and ``jfk-11s``, the whole clip with its reference;
- ``espeak``: trainee-like sentences and a few one-word replies rendered now with espeak-ng;
- ``piper``: the recorded replies in audio/bench_replies (natural-sounding voice), if present.

    .venv/bin/python scripts/measure_transcribe.py            # all sets, 3 reps
    .venv/bin/python scripts/measure_transcribe.py --sets jfk espeak --reps 5 --json
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audio.transcribe import (  # noqa: E402
    SAMPLE_RATE,
    Transcriber,
    Transcript,
    load_audio_file,
)
from audio.wer import normalize, word_errors  # noqa: E402

JFK_CANDIDATES = [
    ROOT.parent / "shared" / "fixtures" / "jfk.flac",
    Path("/work/shared/fixtures/jfk.flac"),
]
JFK_TEXT = (
    "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country."
)
BENCH_DIR = ROOT / "audio" / "bench_replies"
ESPEAK_TEXTS = [
    "Yes.",
    "Okay.",
    "I'm so sorry.",
    "I completely understand why you're upset.",
    "Let me check what happened to your parcel.",
    "You were charged twice after you cancelled, and that should never have happened.",
    "I can refund both charges today and cover the overdraft fee your bank charged you.",
    "The engineer missed the appointment twice and nobody called you. I'm really sorry.",
    "I'll call you back before four o'clock this afternoon with an update on the delivery.",
    "Thank you for your patience. I know you've been waiting a long time to speak to someone, "
    "and I want to put this right for you today.",
]
@dataclass
class Utterance:
    set_name: str
    name: str
    samples: np.ndarray
    reference: str | None  # None: compare with the naive path's text instead


@dataclass
class Cell:
    ms: list[float] = field(default_factory=list)
    errors: int = 0
    words: int = 0
    rejected: int = 0
    max_no_speech: float = 0.0


def jfk_set() -> list[Utterance]:
    path = next((p for p in JFK_CANDIDATES if p.exists()), None)
    if path is None:
        print("jfk.flac not found; skipping the jfk sets", file=sys.stderr)
        return []
    audio = load_audio_file(path)
    utterances = [Utterance("jfk-11s", "jfk", audio, JFK_TEXT)]
    for seconds, offsets in (
        (2, (0.0, 2.0, 4.0, 6.5, 8.5)),
        (5, (0.0, 2.0, 4.0, 6.0)),
        (10, (0.0, 0.5, 1.0)),
    ):
        for offset in offsets:
            start = int(offset * SAMPLE_RATE)
            cut = audio[start : start + seconds * SAMPLE_RATE]
            utterances.append(Utterance(f"jfk-{seconds}s", f"jfk@{offset}+{seconds}", cut, None))
    return utterances


def espeak_set(tmp: Path) -> list[Utterance]:
    if shutil.which("espeak-ng") is None:
        print("espeak-ng not installed; skipping the espeak set", file=sys.stderr)
        return []
    utterances = []
    for index, text in enumerate(ESPEAK_TEXTS):
        wav = tmp / f"espeak_{index:02}.wav"
        subprocess.run(["espeak-ng", "-w", str(wav), text], check=True)
        utterances.append(Utterance("espeak", wav.name, load_audio_file(wav), text))
    return utterances


def piper_set() -> list[Utterance]:
    table = BENCH_DIR / "replies.tsv"
    if not table.exists():
        print(f"{table} not found; skipping the piper set", file=sys.stderr)
        return []
    utterances = []
    with table.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            path = BENCH_DIR / row["file"]
            if path.exists():
                utterances.append(
                    Utterance("piper", row["file"], load_audio_file(path), row["text"])
                )
    return utterances


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=["jfk", "espeak", "piper"])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    parser.add_argument(
        "--policies",
        nargs="+",
        default=["fast+10", "fast+5", "fast-30", "naive"],
        help="fast+10: utterance + 10 s; fast+5: + 5 s, floor 10 s; fast-30: 30-s window",
    )
    args = parser.parse_args(argv)

    shared = Transcriber()  # one loaded model; the window policy is switched per call
    shared.warm_up()
    shared.transcribe_naive(np.zeros(SAMPLE_RATE, dtype=np.float32))  # warm the naive path too

    def fast(pad_s: float, floor_s: float):
        def run(samples: np.ndarray) -> Transcript:
            shared.window_pad_s, shared.window_floor_s = pad_s, floor_s
            return shared.transcribe(samples)

        return run

    available = {
        "fast+10": fast(10.0, 10.0),
        "fast+5": fast(5.0, 10.0),
        "fast-30": fast(30.0, 30.0),
        "naive": shared.transcribe_naive,
    }
    policies = {name: available[name] for name in args.policies}

    with tempfile.TemporaryDirectory() as tmp:
        utterances: list[Utterance] = []
        if "jfk" in args.sets:
            utterances += jfk_set()
        if "espeak" in args.sets:
            utterances += espeak_set(Path(tmp))
        if "piper" in args.sets:
            utterances += piper_set()

    cells: dict[tuple[str, str], Cell] = {}
    examples: list[dict] = []
    loads = [os.getloadavg()[0]]
    for utterance in utterances:
        texts: dict[str, str] = {}
        for _ in range(args.reps):
            for name, run in policies.items():
                result: Transcript = run(utterance.samples)
                cell = cells.setdefault((utterance.set_name, name), Cell())
                cell.ms.append(result.ms)
                cell.max_no_speech = max(cell.max_no_speech, result.no_speech_prob or 0.0)
                texts[name] = result.text
            loads.append(os.getloadavg()[0])
        for name in policies:
            cell = cells[(utterance.set_name, name)]
            reference = (
                utterance.reference if utterance.reference is not None else texts.get("naive")
            )
            if reference is None:
                continue
            ref_words = normalize(reference)
            cell.errors += word_errors(ref_words, normalize(texts[name]))
            cell.words += len(ref_words)
            cell.rejected += 0 if texts[name] else 1
        examples.append({"set": utterance.set_name, "name": utterance.name, **texts})

    summary = {
        f"{set_name}/{policy}": {
            "n": len(cell.ms),
            "p50_ms": round(percentile(cell.ms, 50), 1),
            "p95_ms": round(percentile(cell.ms, 95), 1),
            "wer": round(cell.errors / cell.words, 3) if cell.words else None,
            "empty": cell.rejected,
            "max_no_speech": round(cell.max_no_speech, 3),
        }
        for (set_name, policy), cell in cells.items()
    }
    report = {
        "reps": args.reps,
        "cpu_threads": shared.cpu_threads,
        "load_avg_1min": {"min": min(loads), "max": max(loads)},
        "results": summary,
    }
    if args.json:
        print(json.dumps({**report, "texts": examples}, indent=1))
        return 0
    print(
        f"{'set/policy':<22}{'n':>4}{'p50 ms':>9}{'p95 ms':>9}{'WER':>7}{'empty':>7}"
        f"{'max no-speech':>15}"
    )
    for key, row in summary.items():
        wer = "-" if row["wer"] is None else f"{row['wer']:.3f}"
        print(
            f"{key:<22}{row['n']:>4}{row['p50_ms']:>9.0f}{row['p95_ms']:>9.0f}{wer:>7}"
            f"{row['empty']:>7}{row['max_no_speech']:>15.3f}"
        )
    print(f"1-min load average during the run: {min(loads):.2f}-{max(loads):.2f} (2 cores)")
    print("WER of jfk cuts is against the naive path's text (no reference for a cut).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
