"""Chooses how a typed feeling and the face combine (src/core/feeling.ts), by measuring rules on pairs.

There is no data set of faces with typed feelings, so pairs are built: the text side is the shipped text
model's real output on each test sentence; the face side is simulated from the face ensemble's measured
FER2013 PrivateTest confusion matrix (its top class drawn from the true class's row, with a confidence
drawn from 0.35-0.9 and the rest spread evenly). Two situations, each scored by macro-F1 against the
typed sentence's label (with --face-probs the face side is instead the shipped face model's real output on a
FER2013 PrivateTest face of that class, `npm run teacher -- --plain --model emotion-ensemble --split
PrivateTest`: real outputs put near-zero on some classes, which the synthetic faces never do and which a
product lets veto a typed feeling):
  agree: a face of the same mood as the sentence (the fused mood should be at least as right as either);
  calm:  a calm face (neutral, top class drawn from the neutral row) while the person types a feeling:
         they told us, so the typed mood is the truth (the issue's example: "I am so angry about this").
Rules: weighted product p ~ face^(1-w) * text^w, weighted mean (1-w) face + w text, for w in a grid.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch

from .text_model import LABELS, TextModel, load_split, macro_f1, predict, single
from .text_tokens import token_ids

FLOOR = 1e-6


def faces(truth: np.ndarray, confusion: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    rows = confusion / confusion.sum(1, keepdims=True)
    out = np.empty((len(truth), len(LABELS)))
    for i, y in enumerate(truth):
        k = rng.choice(len(LABELS), p=rows[y])
        c = rng.uniform(0.35, 0.9)
        out[i] = (1 - c) / (len(LABELS) - 1)
        out[i, k] = c
    return out


def real_faces(truth: np.ndarray, probs: np.ndarray, labels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """For each sentence, the face model's output on a random FER2013 face of the same class."""
    by_class = {c: np.where(labels == c)[0] for c in range(len(LABELS))}
    return np.stack([probs[rng.choice(by_class[y])] for y in truth])


def fuse(rule: str, face: np.ndarray, text: np.ndarray, w: float) -> np.ndarray:
    if rule == "product":
        return (1 - w) * np.log(np.maximum(face, FLOOR)) + w * np.log(np.maximum(text, FLOOR))
    return (1 - w) * face + w * text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--run", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=Path("../../shared/data/goemotions-ekman"))
    ap.add_argument("--face-eval", type=Path, default=Path("results/eval-fer2013-PrivateTest.json"))
    ap.add_argument("--face-probs", type=Path, help="N x 7 float32, the face model on FER2013 PrivateTest (teacher --plain)")
    ap.add_argument("--out", type=Path, default=Path("results/text-fusion.json"))
    args = ap.parse_args()
    torch.set_num_threads(1)
    rng = np.random.default_rng(7)
    ckpt = torch.load(args.run / "best.pt")
    cfg = ckpt["cfg"]
    model = TextModel(cfg["buckets"], cfg["dim"], cfg["hidden"], cfg["dropout"], sparse=False)
    model.load_state_dict(ckpt["state"])
    te_t, te_y = single(*load_split(args.data, "test"))
    text = predict(model, [token_ids(t, cfg["buckets"]) for t in te_t])
    text = np.exp(np.log(text + 1e-9) + np.array(ckpt["bias"]))
    text /= text.sum(1, keepdims=True)
    face_eval = json.loads(args.face_eval.read_text())["emotion-ensemble"]
    confusion = np.array(face_eval["confusion"], dtype=np.float64)
    # Five draws of simulated faces, averaged: the rules differ by less than one draw's noise otherwise.
    calm_y = np.full(len(te_y), LABELS.index("neutral"))
    if args.face_probs:
        from .data import DEFAULT_FER, load_fer2013  # noqa: PLC0415 (the face data only for this option)

        fer_y = load_fer2013(DEFAULT_FER)["PrivateTest"].labels
        probs = np.fromfile(args.face_probs, np.float32).reshape(len(fer_y), len(LABELS)).astype(np.float64)
        draws = [(real_faces(te_y, probs, fer_y, rng), real_faces(calm_y, probs, fer_y, rng)) for _ in range(5)]
    else:
        draws = [(faces(te_y, confusion, rng), faces(calm_y, confusion, rng)) for _ in range(5)]
    table = []
    for rule in ("product", "mean"):
        for w in np.round(np.arange(0, 1.01, 0.1), 2):
            agree = np.mean([macro_f1(te_y, fuse(rule, same, text, w).argmax(1)) for same, _ in draws])
            calm = np.mean([macro_f1(te_y, fuse(rule, calm_, text, w).argmax(1)) for _, calm_ in draws])
            table.append({"rule": rule, "w": float(w), "agree": round(float(agree), 4), "calm": round(float(calm), 4),
                          "mean": round(float(agree + calm) / 2, 4)})
    best = max(table, key=lambda r: r["mean"])
    for r in table:
        print(r)
    print("best", best)
    args.out.write_text(json.dumps({"best": best, "table": table}, indent=1) + "\n")


if __name__ == "__main__":
    main()
