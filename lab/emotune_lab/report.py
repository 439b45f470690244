"""Prints the model card's tables from the measured results, so that no number is copied by hand:
    python3 -m emotune_lab.report --run runs/cpu --results results
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from .data import LABELS

SEED = {"naive_bayes": 56.3, "knn": 60.7, "random_forest": 64.2, "svm": 68.5, "xception": 92.4}
NAMES = {"naive_bayes": "Naive Bayes (HOG+LBP)", "knn": "KNN (HOG+LBP)", "random_forest": "Random Forest (HOG+LBP)",
         "svm": "SVM, RBF (HOG+LBP)"}


def pct(v: float) -> str:
    return f"{100 * v:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", type=Path, required=True)
    ap.add_argument("--results", type=Path, required=True)
    args = ap.parse_args()
    base = json.loads((args.results / "baselines.json").read_text())
    peers = json.loads((args.results / "peers-PrivateTest.json").read_text())
    ours_tfjs = json.loads((args.results / "xception-PrivateTest.json").read_text())
    ours = json.loads((args.run / "eval-PrivateTest.json").read_text())
    print("| model | seed paper's accuracy % | accuracy % (ours, PrivateTest) | macro precision | macro recall | macro F1 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for k in ("naive_bayes", "knn", "random_forest", "svm"):
        m = base[k]
        print(f"| {NAMES[k]} | {SEED[k]} | {pct(m['accuracy'])} | {pct(m['macro_precision'])} | "
              f"{pct(m['macro_recall'])} | {pct(m['macro_f1'])} |")
    for k, title in (("face-api", "face-api expression model (peer)"), ("human-emotion", "Human's FER2013 mini-Xception (peer)")):
        m = peers[k]
        print(f"| {title} | - | {pct(m['accuracy'])} | {pct(m['macroPrecision'])} | {pct(m['macroRecall'])} | "
              f"{pct(m['macroF1'])} |")
    for k, m in ours_tfjs.items():
        print(f"| **{k}, shipped (tfjs, float16)** | {SEED['xception']} | **{pct(m['accuracy'])}** | "
              f"{pct(m['macroPrecision'])} | {pct(m['macroRecall'])} | {pct(m['macroF1'])} |")
    print()
    print("PyTorch float32, same faces: plain", pct(ours["plain"]["accuracy"]), "/ macro F1", pct(ours["plain"]["macro_f1"]),
          "; with flip TTA", pct(ours["flip_tta"]["accuracy"]), "/", pct(ours["flip_tta"]["macro_f1"]))
    print()
    print("| class | precision % | recall % | F1 % | support |")
    print("| --- | --- | --- | --- | --- |")
    for lab in LABELS:
        c = ours["plain"]["per_class"][lab]
        print(f"| {lab} | {pct(c['precision'])} | {pct(c['recall'])} | {pct(c['f1'])} | {c['support']} |")


if __name__ == "__main__":
    main()
