"""Train the judge's n-gram second opinion (personas/models/judge_ngrams.json).

Uses only the tuning data: the `tune` part of tests/data/replies.jsonl plus the batches named in
TRAINING (batch 11 is kept out as an unseen check). The held-back part is never read.

The models score a whole reply. How far to trust them next to the lexicon (THRESHOLDS: above
which the model adds a mark the lexicon missed, and the options veto, below which a lexicon hit
is dropped) was chosen on batches judged before anything was tuned on them, each with a model
trained without it; the reasons are in THRESHOLDS' docstring.

    .venv/bin/python scripts/train_judge_model.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from personas.learned import MODEL_PATH, TARGETS, features, reply_words  # noqa: E402
from personas.model import VIOLATION_KINDS  # noqa: E402
from personas.text import SpokenText  # noqa: E402

DATA = ROOT / "tests" / "data"
L2, STEPS, MIN_COUNT = 0.3, 10000, 2
"""Gradient steps: 800 stopped far short of convergence (the dense matrix made more too slow).
On batches 11 and 24-27, scored before anything was tuned on them, with a model trained without
them, 10,000 steps took pooled any-violation F1 from 0.869 to 0.906 and acknowledge from 0.876
to 0.884 (3,000: 0.900 and 0.879; 25,000: no better)."""
THRESHOLDS = {
    "acknowledge": (0.55, 0.0),
    "any_violation": (0.7, 0.0),
    "options": (0.8, 0.05),
    "empathise": (0.6, 0.0),
}
"""Threshold and veto per target. Acknowledge: chosen by 5-fold
cross-validation over every tuning reply (a model trained on four folds judging the fifth, with the
judge's guards on the model's acknowledgements); the lexicon was written against most of these
replies, so calibrating on them let the model add marks it memorised (0.4 added about as many
wrong acknowledgements as right ones out of fold). Any violation: pooled over batches 5-13, each
judged with a model trained without it, 0.7 (F1 0.919) edges 0.65 (0.914); the four calibration
batches alone pick 0.65, within noise, and 0.65 turns plain restatements ("so the engineer
missed your appointment twice") into blame. Checked again on batches 45-52, written cold (judged
with the lexicon as it was before them and a model trained without them): 0.6 scored 0.910
against 0.899, but on 53-56 and batch 11 it lost (0.949 against 0.956, 0.956 against 0.964).
Options: with the converged model the calibration batches swung between 0.9 and 0.95; on batches
32-34 when first scored (413 replies, a model trained without them), 0.7 and 0.8 gave F1 0.930
against 0.919 for 0.9 and 0.95, and batch 11 agrees (0.961 at 0.8 with a veto of 0.05, 0.947 at
0.95). Without the veto, batches 57-60 when first scored fell from 0.909 to 0.890 and batch 11
from 0.961 to 0.937. Empathise: it used to be calibrated on batches 12-14 (a model trained without
each, judged with the lexicon), which picked 0.5, then 0.65, then 0.9 as TRAINING grew; on batches
77-84 when first scored (1,120 replies, a model trained without them) 0.55-0.65 gave F1 0.973-0.976
against 0.961 at 0.9 and 0.968 at 0.4. Acknowledge and any violation were flat there (0.922-0.926
over 0.45-0.65, 0.945-0.949 over 0.6-0.8)."""


TRAINING = (
    "replies.jsonl",
    "replies_extra.jsonl",
    *(
        f"replies_extra{n}.jsonl"
        for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, *range(12, 197))
    ),
)
"""The files the shipped model is trained on, named so that a new batch stays unseen (and can be
scored as such) until it is added here. Batch 11 is left out on purpose; batches 113-116,
137-140, 151-152 and 166 and 168 were too until they had served as the final unseen check of the
stop that wrote them, and 197-200 are now, for the same reason. Batches 201-204 came in after the
model was last trained and join next time."""


def tuning_items() -> list[dict]:
    items = []
    for path in (DATA / name for name in TRAINING):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                item = json.loads(raw)
                if item.get("split", "tune") == "tune":
                    item["_file"] = path.name
                    items.append(item)
    return items


def label(item: dict, target: str) -> bool:
    if target == "any_violation":
        return bool(item["violations"])
    if target.startswith("kind:"):
        return target[5:] in item["violations"]
    return bool(item[target])


class Design:
    """A sparse 0/1 matrix (replies by n-grams) as its nonzero coordinates: the dense one was
    16k columns wide and made training take minutes instead of seconds."""

    def __init__(self, rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int]) -> None:
        self.rows, self.cols, self.shape = rows, cols, shape

    def __matmul__(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.cols], minlength=self.shape[0])

    def rmatmul(self, r: np.ndarray) -> np.ndarray:
        """The transpose times `r`."""
        return np.bincount(self.cols, weights=r[self.rows], minlength=self.shape[1])


def fit(x: Design, y: np.ndarray, l2: float = L2, steps: int = STEPS) -> tuple[np.ndarray, float]:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= 0.5 * (x.rmatmul(p - y) + l2 * w) / len(y)
        b -= 0.5 * float((p - y).mean())
    return w, b


def design(word_lists: list[list[str]]) -> tuple[list[str], Design]:
    counts: dict[str, int] = {}
    for ws in word_lists:
        for f in features(ws):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: k for k, f in enumerate(vocab)}
    rows, cols = [], []
    for r, ws in enumerate(word_lists):
        for f in features(ws):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    return vocab, Design(np.array(rows), np.array(cols), (len(word_lists), len(vocab)))


def main() -> None:
    items = tuning_items()
    words = [reply_words(SpokenText.of(i["text"])) for i in items]
    threshold = {t: THRESHOLDS[t][0] for t in TARGETS}
    veto = {t: THRESHOLDS[t][1] for t in TARGETS}
    vocab, x = design(words)
    weights, bias = {}, {}
    for target in (*TARGETS, *(f"kind:{k}" for k in VIOLATION_KINDS)):
        y = np.array([label(i, target) for i in items], dtype=float)
        w, b = fit(x, y)
        weights[target], bias[target] = [round(float(v), 4) for v in w], round(b, 4)
    MODEL_PATH.parent.mkdir(exist_ok=True)
    MODEL_PATH.write_text(
        json.dumps(
            {
                "trained_on": len(items),
                "vocabulary": vocab,
                "weights": weights,
                "bias": bias,
                "threshold": threshold,
                "veto": {k: v for k, v in veto.items() if v > 0},
                "kinds": list(VIOLATION_KINDS),
            },
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KiB, {len(vocab)} n-grams)")


if __name__ == "__main__":
    main()
