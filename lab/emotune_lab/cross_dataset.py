"""The model card's cross-dataset table: every model on FER2013 PrivateTest and lfw-expressions test, and on
ckplus48-dev's posed faces (a dev figure: it was used to select), from the probabilities
`npm run teacher -- --plain` wrote (the extension's own classifier code, so the same predictions
`npm run eval` scores).

    python3 -m emotune_lab.cross_dataset --dir runs/teacher --model emotion-xception --model human-emotion \
        --model face-api --mean human-emotion,face-api,emotion-xception --split PrivateTest
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from .data import DEFAULT_CK, DEFAULT_FER, DEFAULT_LFW, LABELS, load_fer2013
from .ensemble import load_probs, report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dir", required=True, help="folder of <model>-<fer|lfw>-<Split>.f32 files")
    ap.add_argument("--model", action="append", default=[])
    ap.add_argument("--mean", action="append", default=[], help="comma-separated models: their mean probability")
    ap.add_argument("--split", default="PrivateTest")
    ap.add_argument("--json")
    args = ap.parse_args()
    sets = {("fer", args.split): load_fer2013(DEFAULT_FER)[args.split],
            ("lfw", args.split): load_fer2013(DEFAULT_LFW)[args.split],
            ("ck", "PublicTest"): load_fer2013(DEFAULT_CK)["PublicTest"]}
    rows = {}
    for name in args.model + args.mean:
        members = name.split(",")
        rows[name] = {}
        for (d, split_name), split in sets.items():
            p = np.mean([load_probs(Path(args.dir), m, d, split_name, len(split.labels)) for m in members], 0)
            rows[name][d] = report(p.argmax(1), split.labels)
    print(f"| model | FER2013 {args.split} acc / macro-F1 | lfw {args.split} acc / macro-F1 | lfw neutral recall "
          "| lfw happy recall | ckplus48-dev acc (dev) | ckplus48-dev recall " + " / ".join(LABELS[:6]) + " |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    pct = lambda v: f"{100 * v:.1f}"  # noqa: E731
    for name, r in rows.items():
        f, w, c = r["fer"], r["lfw"], r["ck"]
        ck_recall = " / ".join(f"{100 * c['recall'][lab]:.0f}" for lab in LABELS[:6])
        print(f"| {name} | {pct(f['accuracy'])} / {pct(f['macro_f1'])} | {pct(w['accuracy'])} / {pct(w['macro_f1'])} "
              f"| {pct(w['neutral_recall'])} | {pct(w['happy_recall'])} | {pct(c['accuracy'])} | {ck_recall} |")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    main()
