"""Reports a trained run on FER2013's PrivateTest (the standard test set), with and without horizontal-flip
test-time averaging, and draws its confusion matrix and training curves.

    python3 -m emotune_lab.evaluate --run lab/runs/cpu [--split PrivateTest]
    python3 -m emotune_lab.evaluate --run lab/runs/cpu-kd --previous lab/runs/cpu   # a continued run
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from .data import DEFAULT_FER, load_fer2013
from .metrics import classification_metrics, plot_confusion, plot_curves, write_json
from .package import load_run
from .train import predict


def full_history(run: Path, previous: Path | None) -> tuple[list[dict], list[tuple[float, str]]]:
    """The run's epochs, after those of the run it continued (--init), numbered on, with the seam marked."""
    history = json.loads((run / "history.json").read_text())
    if not previous:
        return history, []
    before = json.loads((previous / "history.json").read_text())
    offset = len(before)
    after = [{**h, "epoch": h["epoch"] + offset} for h in history]
    stage = history[0].get("stage", "") if history else ""
    return before + after, [(offset + 0.5, f"continued ({previous.name} -> {run.name}{', ' + stage if stage == 'distil' else ''})")]


def evaluate(run: Path, data: Path = DEFAULT_FER, split: str = "PrivateTest", previous: Path | None = None) -> dict:
    model, recipe, _ = load_run(run)
    s = load_fer2013(data)[split]
    out = {"split": split}
    for tta in (False, True):
        t0 = time.time()
        probs = predict(model, s.images, recipe.input_size, flip_tta=tta)
        m = classification_metrics(s.labels, probs.argmax(1))
        m["seconds"] = time.time() - t0
        out["flip_tta" if tta else "plain"] = m
    plot_confusion(out["plain"]["confusion"], f"Xception {split} (acc {out['plain']['accuracy']:.1%})",
                   run / f"confusion-{split}.png")
    history, marks = full_history(run, previous)
    plot_curves(history, run / "curves.png", marks)
    write_json(out, run / f"eval-{split}.json")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--run", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=DEFAULT_FER)
    ap.add_argument("--split", default="PrivateTest", choices=["PublicTest", "PrivateTest"])
    ap.add_argument("--previous", type=Path, help="the run this one continued (--init), for the curves")
    args = ap.parse_args()
    out = evaluate(args.run, args.data, args.split, args.previous)
    for k in ("plain", "flip_tta"):
        print(f"{k}: accuracy={out[k]['accuracy']:.4f} macro_f1={out[k]['macro_f1']:.4f} n={out[k]['n']}")


if __name__ == "__main__":
    main()
