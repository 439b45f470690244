"""Turns a trained checkpoint into a shipped model folder: tfjs files, manifest.json (labels, input,
normalisation, metrics, recipe, sha256 of each file) and a PyTorch reference for the parity check.

    python3 -m emotune_lab.package --run lab/runs/cpu --out models/emotion-xception [--quantize float16]
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from .data import LABELS, REPO
from .export_tfjs import to_graph, write_tfjs
from .preprocess import MEAN, STD
from .recipes import Recipe
from .train import build_model, predict

SAMPLE = REPO / "test" / "fixtures" / "fer2013-sample"


def sample_faces(root: Path = SAMPLE) -> tuple[list[str], np.ndarray]:
    """The committed 70-face sample, in a fixed order (class folder, then file name)."""
    names, images = [], []
    for label in LABELS:
        for f in sorted((root / label).glob("*.png")):
            names.append(f"{label}/{f.name}")
            images.append(np.asarray(Image.open(f).convert("L")))
    return names, np.stack(images)


def file_hashes(folder: Path) -> dict:
    out = {}
    for f in sorted(folder.iterdir(), key=lambda p: p.name):
        if f.name == "manifest.json" or f.suffix == ".md" or not f.is_file():
            continue
        data = f.read_bytes()
        out[f.name] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return out


def load_run(run: Path, checkpoint: Path | None = None) -> tuple[torch.nn.Module, Recipe, dict]:
    """The run's recipe with its best weights, or another of its checkpoints (e.g. epoch-08.pt)."""
    info = json.loads((run / "train.json").read_text())
    recipe = Recipe(**info["recipe"])
    model = build_model(recipe)
    model.load_state_dict(torch.load(checkpoint or run / "best.pt", map_location="cpu"))
    model.eval()
    return model, recipe, info


def package(run: Path, out: Path, model_id: str, quantize: str | None, reference: Path,
            metrics: dict | None = None, title: str | None = None, flip_tta: bool = False,
            crop_margin: float = 0.2, checkpoint: Path | None = None, class_bias: dict | None = None) -> dict:
    model, recipe, info = load_run(run, checkpoint)
    for f in out.glob("*") if out.exists() else []:
        if f.name != "README.md":
            f.unlink()
    write_tfjs(to_graph(model, recipe.input_size), out, quantize)
    names, faces = sample_faces()
    probs = predict(model, faces, recipe.input_size, flip_tta=flip_tta)
    if class_bias:  # as src/core/calibration.ts applyOffsets: p * exp(b), renormalised
        probs = probs * np.exp(np.array([class_bias.get(label, 0.0) for label in LABELS]))
        probs = probs / probs.sum(1, keepdims=True)
    reference.parent.mkdir(parents=True, exist_ok=True)
    reference.write_text(json.dumps({"model": model_id, "quantize": quantize, "faces": names,
                                     "probabilities": np.round(probs, 7).tolist()}))
    manifest = {
        "id": model_id,
        "title": title or f"Emotune Xception (width {recipe.width}, {recipe.input_size} px, {recipe.name} recipe)",
        "format": "graph-model",
        "modelFile": "model.json",
        "labels": LABELS,
        "input": {"size": recipe.input_size, "channels": 3, "mean": round(MEAN, 6), "std": round(STD, 6)},
        "output": "probabilities",
        "cropMargin": crop_margin,
        "flipTta": flip_tta,
        **({"classBias": class_bias} if class_bias else {}),
        "files": file_hashes(out),
        "source": f"lab/ recipe '{recipe.name}', trained by lab/emotune_lab/train.py",
        "license": "MIT (weights trained on FER2013, which is distributed for research)",
        "metrics": metrics or {},
        "recipe": {**recipe.to_dict(), "params": info["params"], "train_seconds": round(info["train_seconds"]),
                   "epoch": int(checkpoint.stem.split("-")[-1]) if checkpoint else info["best_epoch"], "weights": quantize or "float32"},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--run", type=Path, required=True, help="folder with best.pt and train.json")
    ap.add_argument("--out", type=Path, required=True, help="model folder to write (e.g. models/emotion-xception)")
    ap.add_argument("--id", default=None, help="model id (default: the folder name)")
    ap.add_argument("--quantize", choices=["float16"], default=None)
    ap.add_argument("--reference", type=Path, help="where to write the PyTorch parity reference")
    ap.add_argument("--metrics", type=Path, help="evaluation JSON to embed in the manifest")
    ap.add_argument("--crop-margin", type=float, default=0.2,
                    help="margin around the detector's face box, as a fraction of its side (FER2013 crops are tight)")
    ap.add_argument("--flip-tta", action="store_true", help="the extension averages each face with its mirror")
    ap.add_argument("--checkpoint", type=Path, help="a checkpoint of the run other than best.pt (epoch-NN.pt)")
    ap.add_argument("--class-bias", type=Path,
                    help="ensemble.py's JSON: its classBias goes into the manifest (log-prior offsets)")
    args = ap.parse_args()
    model_id = args.id or args.out.name
    reference = args.reference or REPO / "test" / "fixtures" / "parity" / f"{model_id}.json"
    metrics = json.loads(args.metrics.read_text()) if args.metrics else None
    bias = json.loads(args.class_bias.read_text())["classBias"] if args.class_bias else None
    m = package(args.run, args.out, model_id, args.quantize, reference, metrics, flip_tta=args.flip_tta,
                crop_margin=args.crop_margin, checkpoint=args.checkpoint, class_bias=bias)
    print(json.dumps({"id": m["id"], "files": m["files"]}, indent=1))


if __name__ == "__main__":
    main()
