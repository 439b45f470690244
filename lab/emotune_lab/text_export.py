"""Exports the chosen text mood model (runs/<x>/best.pt) as a TF.js graph model plus its manifest, and
writes the parity fixtures that the extension's tests read. `python3 -m emotune_lab.text_export --help`.

The graph takes one sentence's hashed ids (int32, shape [n]): Gather the embedding rows, Mean them (the
embedding bag), MatMul + BiasAdd (+ Relu, MatMul + BiasAdd), Softmax. The dev-tuned class offsets are
added to the last bias, so the graph's softmax already carries them.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch

from .export_tfjs import FLOAT, Graph, NHWC, write_tfjs
from .text_model import LABELS, TextModel, load_split, single
from .text_tokens import MAX_WORDS, TOKENIZER_VERSION, token_ids, words

EDGE_CASES = ["", "   ", "I am so angry about this", "I'M SO ANGRY!!!", "don't", "dont", "don’t", "café 😂😂",
              "❤️ love it", "what?!", "a\u00a0b\u200dc", "tired, but I need to focus", "😱", "ﬁne ǅ İstanbul",
              "x" * 300, " ".join(["word"] * 100), "naïve résumé", "日本語のテキスト", "12 34 5th", "\t\nnew\nline"]


def to_graph(model: TextModel, bias: np.ndarray) -> Graph:
    g = Graph()
    g.nodes.append({"name": "ids", "op": "Placeholder", "attr": {
        "shape": {"shape": {"dim": [{"size": "-1"}]}}, "dtype": {"type": "DT_INT32"}}})
    emb = g.const(model.bag.weight.detach().numpy())
    x = g.op("GatherV2", [emb, "ids", g.const(np.array(0), "int32")],
             {"Tparams": FLOAT, "Tindices": {"type": "DT_INT32"}, "Taxis": {"type": "DT_INT32"},
              "batch_dims": {"i": "0"}}, "gather")
    x = g.op("Mean", [x, g.const(np.array([0]), "int32")], {"T": FLOAT, "Tidx": {"type": "DT_INT32"},
                                                           "keep_dims": {"b": True}}, "mean")
    layers = [model.hidden, model.out] if model.hidden is not None else [model.out]
    for i, layer in enumerate(layers):
        b = layer.bias.detach().numpy() + (bias if layer is model.out else 0)
        x = g.op("MatMul", [x, g.const(layer.weight.detach().numpy().T)], {
            "T": FLOAT, "transpose_a": {"b": False}, "transpose_b": {"b": False}}, "matmul")
        x = g.op("BiasAdd", [x, g.const(b.astype(np.float32))], {"T": FLOAT, "data_format": NHWC}, "bias")
        if i < len(layers) - 1:
            x = g.op("Relu", [x], {"T": FLOAT})
    g.op("Softmax", [x], {"T": FLOAT}, "probabilities")
    return g


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--run", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("../models/text-mood"))
    ap.add_argument("--fixtures", type=Path, default=Path("../test/fixtures/parity"))
    ap.add_argument("--data", type=Path, default=Path("../../shared/data/goemotions-ekman"))
    ap.add_argument("--no-bias", action="store_true", help="leave out the dev-tuned class offsets")
    args = ap.parse_args()
    ckpt = torch.load(args.run / "best.pt")
    cfg = ckpt["cfg"]
    results = json.loads((args.run / "results.json").read_text())
    model = TextModel(cfg["buckets"], cfg["dim"], cfg["hidden"], cfg["dropout"], sparse=False)
    model.load_state_dict(ckpt["state"])
    model.eval()
    bias = np.zeros(len(LABELS)) if args.no_bias else np.array(ckpt["bias"])
    write_tfjs(to_graph(model, bias), args.out, quantize="float16")
    test = results["test"] if args.no_bias else results["test_with_bias"]
    manifest = {
        "id": args.out.name, "title": "Emotune text mood (fastText-style, hashed words + bigrams)",
        "format": "graph-model", "modelFile": "model.json", "labels": LABELS,
        "tokenizer": {"version": TOKENIZER_VERSION, "buckets": cfg["buckets"], "maxWords": MAX_WORDS},
        "language": "en", "output": "probabilities", "files": {},
        "source": "lab/emotune_lab/text_model.py + text_export.py, trained on GoEmotions-Ekman train",
        "license": "MIT (weights); trained on GoEmotions, CC BY 4.0 (Google), via monologg/GoEmotions-pytorch "
                   "(Apache-2.0)",
        "metrics": {"split": "test (single-label rows)", "n": test["n"], "macroF1": round(test["macro_f1"], 4),
                    "accuracy": round(test["accuracy"], 4), "recall": test["recall"]},
        "recipe": {**cfg, "classBias": None if args.no_bias else results["class_bias"],
                   "epoch": results["train"]["epoch"], "weights": "float16"},
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    # Parity fixtures: tokeniser ids over many sentences, and the float16 model's probabilities on a few.
    dv_texts, dv_labels = load_split(args.data, "dev")
    sentences = EDGE_CASES + dv_texts[:400]
    args.fixtures.mkdir(parents=True, exist_ok=True)
    (args.fixtures / "text-tokens.json").write_text(json.dumps({
        "version": TOKENIZER_VERSION, "buckets": cfg["buckets"],
        "cases": [{"text": t, "words": words(t), "ids": token_ids(t, cfg["buckets"])} for t in sentences]},
        ensure_ascii=False) + "\n")
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(p.half().float())
        probe = EDGE_CASES[2:12] + dv_texts[:20]
        rows = []
        for t in probe:
            ids = torch.tensor(token_ids(t, cfg["buckets"]))
            logits = model(ids, torch.tensor([0])).numpy()[0] + bias
            p = np.exp(logits - logits.max())
            rows.append({"text": t, "probabilities": (p / p.sum()).round(6).tolist()})
    (args.fixtures / "text-mood.json").write_text(json.dumps({"model": args.out.name, "labels": LABELS,
                                                              "cases": rows}, ensure_ascii=False, indent=0) + "\n")
    print(f"wrote {args.out} and fixtures; test macro-F1 {test['macro_f1']:.4f}")


if __name__ == "__main__":
    main()
