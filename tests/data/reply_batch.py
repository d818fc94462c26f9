"""What every hand-written batch of labelled replies shares: the short persona names, the mark
letters, and turning a batch's items into its JSONL file (tune split only).

Each ``replies_extraN_src.py`` holds only its items and calls :func:`write_batch`; running it
from the repository root rewrites its ``replies_extraN.jsonl`` and prints per-label counts.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

MT, LE, EE, VC, FT, BE = ("missed-technician", "lost-express", "escalated-exec",
                          "vip-client", "failed-twice", "billing-error")
LETTERS = {"A": "acknowledge", "E": "empathise", "O": "options", "C": "commitment",
           "G": "gratitude", "I": "asks_input", "Q": "question"}
MARKS = list(LETTERS.values())


def build(items: list[dict], id_prefix: str) -> list[dict]:
    rows = []
    for n, item in enumerate(items, 1):
        row = {"id": f"{id_prefix}{n:04d}", "split": "tune", "persona": item["p"],
               "stage": item["s"], "text": item["t"]}
        for letter, mark in LETTERS.items():
            row[mark] = letter in item["m"]
        row["violations"] = list(item.get("v", []))
        row["note"] = item.get("n")
        rows.append(row)
    return rows


def write_batch(items: list[dict], id_prefix: str, out: Path) -> None:
    rows = build(items, id_prefix)
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: collections.Counter[str] = collections.Counter()
    for r in rows:
        for m in MARKS:
            counts[m] += r[m]
        for v in r["violations"]:
            counts["violation: " + v] += 1
    print(f"items: {len(rows)}; with violations: {sum(1 for r in rows if r['violations'])}")
    for k in sorted(counts):
        print(f"{k}: {counts[k]}")
