"""Metrics and plots shared by the Xception evaluation and the baselines."""
from __future__ import annotations

import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support  # noqa: E402

from .data import LABELS  # noqa: E402


def classification_metrics(y_true: np.ndarray, y_pred: np.ndarray, classes: list[int] | None = None) -> dict:
    """Macro averages run over `classes` (default all seven): pass the classes present in a split whose
    rare classes are missing (lfw-expressions has 5 to 7 disgust faces), as `npm run eval` does."""
    p, r, f, support = precision_recall_fscore_support(y_true, y_pred, labels=range(len(LABELS)), zero_division=0)
    mp, mr, mf, _ = precision_recall_fscore_support(y_true, y_pred, labels=classes or list(range(len(LABELS))),
                                                    average="macro", zero_division=0)
    return {
        "n": int(len(y_true)),
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "macro_precision": float(mp), "macro_recall": float(mr), "macro_f1": float(mf),
        "per_class": {lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]),
                            "support": int(support[i])} for i, lab in enumerate(LABELS)},
        "confusion": confusion_matrix(y_true, y_pred, labels=range(len(LABELS))).tolist(),
    }


def plot_confusion(confusion: list[list[int]], title: str, path: Path) -> None:
    cm = np.asarray(confusion, dtype=np.float64)
    norm = cm / np.maximum(cm.sum(1, keepdims=True), 1)
    fig, ax = plt.subplots(figsize=(6.2, 5.4))
    ax.imshow(norm, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(LABELS)), LABELS, rotation=45, ha="right")
    ax.set_yticks(range(len(LABELS)), LABELS)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    for i in range(len(LABELS)):
        for j in range(len(LABELS)):
            ax.text(j, i, f"{int(cm[i, j])}\n{norm[i, j]:.0%}", ha="center", va="center", fontsize=7,
                    color="white" if norm[i, j] > 0.5 else "black")
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_curves(history: list[dict], path: Path, marks: list[tuple[float, str]] | None = None) -> None:
    """Loss and accuracy per epoch; `marks` are (x, label) vertical lines, e.g. where a second run began.
    The FER+ -> FER2013 label switch is marked by itself."""
    epochs = [h["epoch"] for h in history]
    fig, (a, b) = plt.subplots(1, 2, figsize=(10, 3.8))
    a.plot(epochs, [h["train_loss"] for h in history], label="train")
    a.plot(epochs, [h["val_loss"] for h in history], label="validation (PublicTest)")
    a.set_title("loss")
    b.plot(epochs, [h["train_acc"] for h in history], label="train (augmented)")
    b.plot(epochs, [h["val_acc"] for h in history], label="validation (PublicTest)")
    b.set_title("accuracy")
    switch = [h["epoch"] for h in history if h.get("stage") == "ferplus"]
    lines = ([(max(switch) + 0.5, "FER+ -> FER2013 labels")] if switch else []) + (marks or [])
    for ax in (a, b):
        for (x, label), style in zip(lines, [":", "--", "-."]):
            ax.axvline(x, color="grey", ls=style, label=label)
        ax.set_xlabel("epoch")
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_json(obj: dict, path: Path) -> None:
    path.write_text(json.dumps(obj, indent=1) + "\n")
