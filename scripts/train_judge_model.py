"""Train the judge's n-gram second opinion (personas/models/judge_ngrams.json).

Uses only the tuning data: the `tune` part of tests/data/replies.jsonl plus replies_extra*.jsonl.
The held-back part is never read. Thresholds come from 5-fold cross-validation on the tuning data,
chosen to maximise F1 of "lexicon OR model" per target.

    .venv/bin/python scripts/train_judge_model.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from personas.judge import JudgeContext, judge  # noqa: E402
from personas.learned import MODEL_PATH, TARGETS, clauses, features  # noqa: E402
from personas.library import bundled_personas  # noqa: E402
from personas.model import VIOLATION_KINDS  # noqa: E402
from personas.text import SpokenText  # noqa: E402

DATA = ROOT / "tests" / "data"


def tuning_items() -> list[dict]:
    items = []
    for name in ("replies.jsonl", "replies_extra.jsonl", "replies_extra2.jsonl"):
        for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
            if raw.strip():
                item = json.loads(raw)
                if item.get("split", "tune") == "tune":
                    items.append(item)
    return items


def label(item: dict, target: str) -> bool:
    if target == "any_violation":
        return bool(item["violations"])
    if target.startswith("kind:"):
        return target[5:] in item["violations"]
    return bool(item[target])


def fit(
    x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 400
) -> tuple[np.ndarray, float]:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= 0.5 * (x.T @ (p - y) + l2 * w) / len(y)
        b -= 0.5 * float((p - y).mean())
    return w, b


def main() -> None:
    items = tuning_items()
    words = [[t.word for t in SpokenText.of(i["text"]).tokens if t.word != "|"] for i in items]
    counts: dict[str, int] = {}
    for ws in words:
        for f in features(ws):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= 2)
    index = {f: k for k, f in enumerate(vocab)}
    x = np.zeros((len(items), len(vocab)), dtype=np.float32)
    for r, ws in enumerate(words):
        for f in features(ws):
            if f in index:
                x[r, index[f]] = 1
    personas = {p.id: p for p in bundled_personas()}
    lexicon = []
    for item in items:
        j = judge(item["text"], JudgeContext(personas.get(item["persona"]), item["stage"]),
                  learned=False)
        lexicon.append({"any_violation": bool(j.violations),
                        **{m: j.marks[m].hit for m in TARGETS[1:]}})
    texts = [SpokenText.of(i["text"]) for i in items]
    rng = np.random.default_rng(7)
    folds = rng.integers(0, 5, len(items))
    weights, bias, threshold = {}, {}, {}
    for target in TARGETS:
        y = np.array([label(i, target) for i in items], dtype=float)
        clause_best = np.zeros(len(items))
        for k in range(5):
            w, b = fit(x[folds != k], y[folds != k])
            for r in np.where(folds == k)[0]:
                best = 0.0
                for s, e in clauses(texts[r]):
                    fs = features([t.word for t in texts[r].tokens[s:e]])
                    z = b + sum(w[index[f]] for f in fs if f in index)
                    best = max(best, 1 / (1 + np.exp(-z)))
                clause_best[r] = best
        lex = np.array([row[target] for row in lexicon])
        truth = y.astype(bool)
        scores = {}
        for t in np.arange(0.5, 0.96, 0.05):
            guess = lex | (clause_best > t)
            tp, fp = (guess & truth).sum(), (guess & ~truth).sum()
            fn = (~guess & truth).sum()
            scores[round(float(t), 2)] = 2 * tp / max(1, 2 * tp + fp + fn)
        base_tp = (lex & truth).sum()
        base = 2 * base_tp / max(1, 2 * base_tp + (lex & ~truth).sum() + (~lex & truth).sum())
        best_t = max(scores, key=scores.get)
        print(f"{target}: lexicon F1 {base:.3f}, with model {scores[best_t]:.3f} at {best_t} (CV)")
        threshold[target] = best_t if scores[best_t] > base else 1.01
        w, b = fit(x, y)
        weights[target], bias[target] = [round(float(v), 4) for v in w], round(b, 4)
    for kind in VIOLATION_KINDS:
        y = np.array([label(i, f"kind:{kind}") for i in items], dtype=float)
        w, b = fit(x, y)
        weights[f"kind:{kind}"], bias[f"kind:{kind}"] = [round(float(v), 4) for v in w], round(b, 4)
    MODEL_PATH.parent.mkdir(exist_ok=True)
    MODEL_PATH.write_text(json.dumps({
        "trained_on": len(items), "vocabulary": vocab, "weights": weights, "bias": bias,
        "threshold": threshold, "kinds": list(VIOLATION_KINDS),
    }, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KiB, {len(vocab)} n-grams)")


if __name__ == "__main__":
    main()
