"""The typed-feeling model: hashed word + bigram ids -> mean embedding bag -> small MLP -> 7 moods.

fastText-style (Joulin et al. 2016) because it is tiny and fast: one gather, one mean, two small matmuls.
Train on GoEmotions-Ekman train, choose on dev, report on test (single-label rows), beside a majority class
and bag-of-words logistic regressions. `python3 -m emotune_lab.text_model --help` (run from lab/).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from .text_tokens import MAX_WORDS, TOKENIZER_VERSION, token_ids

# Our order (src/core/emotions.ts, FER2013's); GoEmotions-Ekman's labels.txt names map onto it.
LABELS = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"]
GOEMO = {"anger": "angry", "disgust": "disgust", "fear": "fear", "joy": "happy", "neutral": "neutral",
         "sadness": "sad", "surprise": "surprise"}


def load_split(data: Path, split: str) -> tuple[list[str], list[list[int]]]:
    names = (data / "labels.txt").read_text().split()
    to_ours = [LABELS.index(GOEMO[n]) for n in names]
    texts, labels = [], []
    for line in (data / f"{split}.tsv").read_text(encoding="utf-8").splitlines():
        text, ids, _ = line.split("\t")
        texts.append(text)
        labels.append(sorted({to_ours[int(i)] for i in ids.split(",")}))
    return texts, labels


def single(texts: list[str], labels: list[list[int]]) -> tuple[list[str], np.ndarray]:
    """The rows that raters gave one mood: what we score (multi-label rows have no single right answer)."""
    keep = [i for i, l in enumerate(labels) if len(l) == 1]
    return [texts[i] for i in keep], np.array([labels[i][0] for i in keep])


class TextModel(nn.Module):
    def __init__(self, buckets: int, dim: int, hidden: int, dropout: float, sparse: bool = True) -> None:
        super().__init__()
        self.bag = nn.EmbeddingBag(buckets, dim, mode="mean", sparse=sparse)
        nn.init.uniform_(self.bag.weight, -0.5 / dim, 0.5 / dim)
        self.drop = nn.Dropout(dropout)
        self.hidden = nn.Linear(dim, hidden) if hidden else None
        self.out = nn.Linear(hidden or dim, len(LABELS))

    def forward(self, ids: torch.Tensor, offsets: torch.Tensor) -> torch.Tensor:
        x = self.drop(self.bag(ids, offsets))
        if self.hidden is not None:
            x = self.drop(torch.relu(self.hidden(x)))
        return self.out(x)


def batches(id_lists: list[list[int]], order: np.ndarray, size: int):
    for s in range(0, len(order), size):
        idx = order[s:s + size]
        lists = [id_lists[i] for i in idx]
        offsets = torch.tensor([0] + list(np.cumsum([len(l) for l in lists])[:-1]), dtype=torch.long)
        yield idx, torch.tensor([t for l in lists for t in l], dtype=torch.long), offsets


def predict(model: TextModel, id_lists: list[list[int]]) -> np.ndarray:
    model.eval()
    out = []
    with torch.no_grad():
        for _, ids, offsets in batches(id_lists, np.arange(len(id_lists)), 1024):
            out.append(torch.softmax(model(ids, offsets), 1).numpy())
    return np.concatenate(out)


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    from sklearn.metrics import f1_score
    return float(f1_score(y, pred, labels=range(len(LABELS)), average="macro", zero_division=0))


def report(y: np.ndarray, pred: np.ndarray) -> dict:
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support
    p, r, f, n = precision_recall_fscore_support(y, pred, labels=range(len(LABELS)), zero_division=0)
    return {"n": int(len(y)), "accuracy": float((y == pred).mean()), "macro_f1": macro_f1(y, pred),
            "recall": {lab: round(float(r[i]), 4) for i, lab in enumerate(LABELS)},
            "f1": {lab: round(float(f[i]), 4) for i, lab in enumerate(LABELS)},
            "confusion": confusion_matrix(y, pred, labels=range(len(LABELS))).tolist()}


def train(cfg: dict, train_ids, train_labels, dev_ids, dev_y, log) -> tuple[TextModel, dict]:
    torch.manual_seed(cfg["seed"])
    rng = np.random.default_rng(cfg["seed"])
    counts = np.zeros(len(LABELS))
    for l in train_labels:
        for c in l:
            counts[c] += 1 / len(l)
    # Soft targets: a row with two moods teaches half of each.
    target = torch.zeros(len(train_labels), len(LABELS))
    for i, l in enumerate(train_labels):
        target[i, l] = 1 / len(l)
    weight = torch.ones(len(LABELS))
    if cfg["balance"] == "weights":
        weight = torch.tensor((counts.max() / counts) ** cfg["power"], dtype=torch.float32)
    row_p = None
    if cfg["balance"] == "resample":
        per_class = (counts.max() / counts) ** cfg["power"]
        row_w = np.array([per_class[l].mean() for l in train_labels])
        row_p = row_w / row_w.sum()
    dense_bag = cfg.get("dense", False)
    model = TextModel(cfg["buckets"], cfg["dim"], cfg["hidden"], cfg["dropout"], sparse=not dense_bag)
    if dense_bag:  # decoupled weight decay on every weight, embeddings included (like an L2 logistic regression)
        dense = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["wd"])
        sparse = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0)  # nothing sparse to step
    else:
        sparse = torch.optim.SparseAdam(list(model.bag.parameters()), lr=cfg["lr"])
        dense = torch.optim.Adam([p for n, p in model.named_parameters() if not n.startswith("bag")],
                                 lr=cfg["lr"], weight_decay=cfg["wd"])
    best, best_state, history = -1.0, None, []
    for epoch in range(1, cfg["epochs"] + 1):
        model.train()
        order = rng.choice(len(train_ids), len(train_ids), p=row_p) if row_p is not None \
            else rng.permutation(len(train_ids))
        for idx, ids, offsets in batches(train_ids, order, cfg["batch"]):
            logp = torch.log_softmax(model(ids, offsets), 1)
            t = target[idx]
            loss = -((t * logp) * weight).sum(1) / (t * weight).sum(1)
            sparse.zero_grad()
            dense.zero_grad()
            loss.mean().backward()
            sparse.step()
            dense.step()
        f1 = macro_f1(dev_y, predict(model, dev_ids).argmax(1))
        history.append(round(f1, 4))
        if f1 > best:
            best, best_state = f1, {k: v.clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    log(f"{json.dumps(cfg)} dev macro-F1 by epoch {history} -> best {best:.4f}")
    return model, {"dev_macro_f1": best, "dev_history": history, "epoch": int(np.argmax(history)) + 1}


def bias_score(y: np.ndarray, pred: np.ndarray, floor: float = 0.4) -> float:
    """Dev macro-F1, less a penalty where a mood's recall falls under `floor`: a rare mood that is never
    read is worse for a user than a point of F1 (the issue asks every recall >= 35 %)."""
    recall = np.array([(pred[y == c] == c).mean() for c in range(len(LABELS))])
    return macro_f1(y, pred) - np.maximum(0, floor - recall).sum()


def tune_bias(probs: np.ndarray, y: np.ndarray, rounds: int = 3) -> np.ndarray:
    """Per-class log offsets (coordinate search on dev) that correct the training priors: `bias_score`."""
    bias = np.zeros(len(LABELS))
    logp = np.log(probs + 1e-9)
    grid = np.linspace(-1.5, 1.5, 31)
    for _ in range(rounds):
        for c in range(len(LABELS)):
            scores = []
            for g in grid:
                b = bias.copy()
                b[c] = g
                scores.append(bias_score(y, (logp + b).argmax(1)))
            bias[c] = grid[int(np.argmax(scores))]
    return bias - bias.mean()


def baselines(train_texts, train_y, test_texts, test_y) -> dict:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    out = {"majority": report(test_y, np.full(len(test_y), np.bincount(train_y).argmax()))}
    vec = CountVectorizer(lowercase=True, ngram_range=(1, 1), min_df=2)
    xtr, xte = vec.fit_transform(train_texts), vec.transform(test_texts)
    for name, cw in (("bow_logreg", None), ("bow_logreg_balanced", "balanced")):
        clf = LogisticRegression(max_iter=2000, C=1.0, class_weight=cw).fit(xtr, train_y)
        out[name] = report(test_y, clf.predict(xte))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../../shared/data/goemotions-ekman"))
    ap.add_argument("--out", type=Path, default=Path("runs/text"))
    ap.add_argument("--grid", default="main", help="main | quick")
    ap.add_argument("--baselines", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)
    logf = (args.out / "log.txt").open("a")

    def log(s: str) -> None:
        print(s, flush=True)
        logf.write(s + "\n")
        logf.flush()

    tr_texts, tr_labels = load_split(args.data, "train")
    dv_texts, dv_labels = load_split(args.data, "dev")
    te_texts, te_labels = load_split(args.data, "test")
    dv_t, dv_y = single(dv_texts, dv_labels)
    te_t, te_y = single(te_texts, te_labels)
    results: dict = {"tokenizer_version": TOKENIZER_VERSION, "max_words": MAX_WORDS}
    if args.baselines:
        tr_t, tr_y = single(tr_texts, tr_labels)
        results["baselines_test"] = baselines(tr_t, tr_y, te_t, te_y)
        for k, v in results["baselines_test"].items():
            log(f"baseline {k}: test macro-F1 {v['macro_f1']:.4f} recall {v['recall']}")
    base = {"buckets": 1 << 16, "dim": 32, "hidden": 0, "dropout": 0.4, "lr": 5e-3, "wd": 0.0, "epochs": 6,
            "batch": 64, "balance": "weights", "power": 0.5, "seed": 13}
    grids = {
        "quick": [base],
        "final": [dict(base, balance="resample")],
        "g3": [dict(base, balance="resample", buckets=1 << 17, dim=16), dict(base, balance="resample", lr=3e-3),
               dict(base, balance="resample", power=1.0), dict(base, balance="resample", seed=2),
               dict(base, balance="resample", dropout=0.6, lr=3e-3)],
        "g4": [dict(base, balance="resample", buckets=1 << 17, dim=16, dropout=0.6, lr=3e-3),
               dict(base, balance="resample", buckets=1 << 18, dim=8),
               dict(base, balance="weights", buckets=1 << 17, dim=16)],
        "g5": [dict(base, balance="resample", buckets=1 << 17, dim=16, dropout=0.6, lr=3e-3, power=1.0),
               dict(base, balance="resample", buckets=1 << 17, dim=16, dropout=0.7, lr=3e-3),
               dict(base, balance="resample", buckets=1 << 17, dim=16, dropout=0.6, lr=2e-3, batch=32),
               dict(base, balance="resample", buckets=1 << 17, dim=16, dropout=0.6, lr=3e-3, seed=7)],
        # Explored first (dev macro-F1 in lab/results/text-explore.log): an MLP head and higher rates overfit
        # within 2-3 epochs; dense embeddings with weight decay were slower and no better.
        "explore": [dict(base, hidden=0, lr=1e-2), dict(base, hidden=0, dim=16, buckets=1 << 17, lr=1e-2),
                    dict(base, lr=1e-2), dict(base, hidden=0, dim=64, buckets=1 << 15, lr=1e-2),
                    dict(base, hidden=0, dim=16, buckets=1 << 17, lr=3e-2, dropout=0.5),
                    dict(base, dim=64, buckets=1 << 15, lr=1e-2, dropout=0.5)],
        "g2": [dict(base, hidden=0, lr=3e-3, dropout=0.5),
               dict(base, hidden=0, dense=True, lr=1e-2, wd=0.05, dropout=0.3),
               dict(base, hidden=0, dense=True, lr=1e-2, wd=0.2, dropout=0.3),
               dict(base, hidden=0, dim=16, dense=True, lr=1e-2, wd=0.05, dropout=0.5)],
        # The chosen family (see runs/*/log.txt for the explored ones): how to treat rare moods, measured.
        "main": [dict(base, balance="none"), base, dict(base, power=1.0), dict(base, balance="resample")],
    }
    runs = []
    cache: dict[int, tuple] = {}
    for cfg in grids[args.grid]:
        if cfg["buckets"] not in cache:
            cache[cfg["buckets"]] = ([token_ids(t, cfg["buckets"]) for t in tr_texts],
                                     [token_ids(t, cfg["buckets"]) for t in dv_t])
        tr_ids, dv_ids = cache[cfg["buckets"]]
        t0 = time.time()
        model, info = train(cfg, tr_ids, tr_labels, dv_ids, dv_y, log)
        runs.append((info["dev_macro_f1"], cfg, info, model, time.time() - t0))
    runs.sort(key=lambda r: -r[0])
    best_f1, cfg, info, model, seconds = runs[0]
    results["grid_dev"] = [{"cfg": r[1], "dev_macro_f1": round(r[0], 4)} for r in runs]
    # Ship float16 weights: score exactly what ships.
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(p.half().float())
    dv_probs = predict(model, cache[cfg["buckets"]][1])
    bias = tune_bias(dv_probs, dv_y)
    te_ids = [token_ids(t, cfg["buckets"]) for t in te_t]
    te_probs = predict(model, te_ids)
    results.update({
        "chosen": cfg, "train": info, "train_seconds": round(seconds, 1),
        "class_bias": {lab: round(float(b), 3) for lab, b in zip(LABELS, bias)},
        "dev_with_bias": macro_f1(dv_y, (np.log(dv_probs + 1e-9) + bias).argmax(1)),
        "test": report(te_y, te_probs.argmax(1)),
        "test_with_bias": report(te_y, (np.log(te_probs + 1e-9) + bias).argmax(1)),
    })
    log(f"chosen {cfg}: test macro-F1 {results['test']['macro_f1']:.4f} recall {results['test']['recall']}")
    log(f"with dev-tuned class bias {results['class_bias']}: dev {results['dev_with_bias']:.4f}, test "
        f"{results['test_with_bias']['macro_f1']:.4f} recall {results['test_with_bias']['recall']}")
    torch.save({"cfg": cfg, "state": model.state_dict(), "bias": bias.tolist()}, args.out / "best.pt")
    (args.out / "results.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
