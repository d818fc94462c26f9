"""`hotseat bench judge`: how well the judge agrees with hand labels, tuning and held-back parts.

Also runs a naive keyword judge ("sorry" means empathy, "option" means options) on the same replies,
so the figures say what the grammar buys, and the judge without its learned second opinion (the
patterns alone), so they say what the model buys; and times the judge in replies per second.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from personas.judge import MARKS, JudgeContext, judge
from personas.library import bundled_personas
from personas.model import VIOLATION_KINDS

DEFAULT_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "replies.jsonl"
REPORTED = (*MARKS, "question", "any_violation", *VIOLATION_KINDS)
TARGETS = {"acknowledge": 0.9, "empathise": 0.9, "options": 0.9, "any_violation": 0.9}

_NAIVE = {
    "acknowledge": re.compile(r"\b(understand|hear you|i see)\b"),
    "empathise": re.compile(r"\b(sorry|apologi[sz]e|frustrat\w*)\b"),
    "options": re.compile(r"\b(option|options|refund|replace\w*|credit)\b"),
    "commitment": re.compile(r"\b(i'll|i will|we'll)\b.*\b(today|tomorrow|by|within)\b"),
    "gratitude": re.compile(r"\b(thank|thanks)\b"),
    "asks_input": re.compile(r"\b(prefer|would you like)\b"),
    "question": re.compile(r"\?"),
    "any_violation": re.compile(r"\b(policy|calm down|fault|sure\?|nothing i can|not my)\b"),
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, truth: bool, guess: bool, item_id: str) -> None:
        if truth and guess:
            self.tp += 1
        elif guess:
            self.fp += 1
            self.misses.append(f"{item_id} FP")
        elif truth:
            self.fn += 1
            self.misses.append(f"{item_id} FN")
        else:
            self.tn += 1

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "positives": self.tp + self.fn,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f1, 3),
        }


def load_set(path: Path) -> list[dict[str, Any]]:
    items = []
    with path.open(encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if raw.strip():
                try:
                    items.append(json.loads(raw))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}, line {n}: not a JSON object ({e.msg})") from e
    return items


def _judge_labels(
    item: dict[str, Any], contexts: dict[str | None, Any], learned: bool = True
) -> dict[str, bool]:
    persona = contexts.get(item.get("persona"))
    j = judge(item["text"], JudgeContext(persona, item.get("stage")), learned=learned)
    labels = {m: j.marks[m].hit for m in MARKS}
    labels["question"] = j.question.hit
    kinds = set(j.violation_kinds)
    labels["any_violation"] = bool(kinds)
    labels.update({k: k in kinds for k in VIOLATION_KINDS})
    return labels


def _pattern_labels(item: dict[str, Any], contexts: dict[str | None, Any]) -> dict[str, bool]:
    return _judge_labels(item, contexts, learned=False)


def _naive_labels(item: dict[str, Any], contexts: dict[str | None, Any]) -> dict[str, bool]:
    text = item["text"].lower()
    return {name: bool(rx.search(text)) for name, rx in _NAIVE.items()}


def _truth(item: dict[str, Any]) -> dict[str, bool]:
    kinds = set(item.get("violations", []))
    truth = {m: bool(item.get(m)) for m in (*MARKS, "question")}
    truth["any_violation"] = bool(kinds)
    truth.update({k: k in kinds for k in VIOLATION_KINDS})
    return truth


def evaluate(
    items: list[dict[str, Any]], labeller: Callable[..., dict[str, bool]]
) -> dict[str, dict[str, Counts]]:
    contexts: dict[str | None, Any] = {p.id: p for p in bundled_personas()}
    contexts[None] = None
    result: dict[str, dict[str, Counts]] = {}
    for item in items:
        split = item.get("split", "tune")
        counts = result.setdefault(split, {})
        guess = labeller(item, contexts)
        for name, truth in _truth(item).items():
            if name in guess:
                counts.setdefault(name, Counts()).add(truth, guess[name], item.get("id", "?"))
    return result


def run_judge_bench(path: Path | None, as_json: bool = False) -> int:
    path = path or DEFAULT_SET
    try:
        items = load_set(path)
    except (OSError, ValueError) as e:
        print(f"hotseat bench judge: {e}", file=sys.stderr)
        return 2
    judged = evaluate(items, _judge_labels)
    naive = evaluate(items, _naive_labels)
    patterns = evaluate(items, _pattern_labels)
    contexts: dict[str | None, Any] = {p.id: p for p in bundled_personas()}
    started = time.perf_counter()
    rounds = 0
    while time.perf_counter() - started < 1.0:
        for item in items:
            judge(item["text"], JudgeContext(contexts.get(item.get("persona")), item.get("stage")))
        rounds += 1
    per_second = rounds * len(items) / (time.perf_counter() - started)
    report = {
        "file": str(path),
        "replies": len(items),
        "replies_per_second": round(per_second),
        "splits": {
            split: {
                name: {
                    **c.scores(),
                    "patterns_f1": patterns[split][name].scores()["f1"],
                    "naive_f1": naive[split][name].scores()["f1"]
                    if name in naive.get(split, {})
                    else None,
                }
                for name, c in sorted(counts.items(), key=lambda kv: REPORTED.index(kv[0]))
            }
            for split, counts in sorted(judged.items(), key=lambda kv: kv[0] != "tune")
        },
    }
    if as_json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{path}: {len(items)} replies; judge speed {per_second:,.0f} replies/s")
    for split, table in report["splits"].items():
        n = sum(1 for i in items if i.get("split", "tune") == split)
        print(f"\n{split} ({n} replies)")
        print(
            f"  {'mark':<18}{'pos':>5}{'prec':>7}{'recall':>8}{'F1':>7}{'patterns':>10}"
            f"{'naive F1':>10}"
        )
        for name, s in table.items():
            target = TARGETS.get(name)
            flag = "" if target is None else ("  ok" if s["f1"] >= target else "  < 0.90")
            naive_f1 = "" if s["naive_f1"] is None else f"{s['naive_f1']:.3f}"
            print(
                f"  {name:<18}{s['positives']:>5}{s['precision']:>7.3f}{s['recall']:>8.3f}"
                f"{s['f1']:>7.3f}{s['patterns_f1']:>10.3f}{naive_f1:>10}{flag}"
            )
    return 0


def misses(path: Path | None = None, split: str = "tune") -> dict[str, list[str]]:
    """Ids the judge gets wrong per mark on one split (for tuning on the tuning part only)."""
    items = [i for i in load_set(path or DEFAULT_SET) if i.get("split", "tune") == split]
    return {name: c.misses for name, c in evaluate(items, _judge_labels)[split].items()}
