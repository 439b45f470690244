"""The seed paper's classical baselines on handcrafted features: Naive Bayes, KNN, Random Forest, SVM.
Each is tuned on PublicTest (a small grid) and reported once on PrivateTest.

    python3 -m emotune_lab.baselines --out lab/results [--limit N]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from sklearn.decomposition import PCA
from sklearn.ensemble import RandomForestClassifier
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

from .data import DEFAULT_FER, load_fer2013
from .features import features
from .metrics import classification_metrics, plot_confusion, write_json


def candidates(n_train: int) -> dict[str, list[tuple[dict, object]]]:
    """name -> [(params, unfitted pipeline)]. PCA keeps NB, KNN and SVM tractable on 1,060 features."""
    pca = lambda: PCA(n_components=min(150, n_train - 1), random_state=0)  # noqa: E731
    return {
        "naive_bayes": [({"var_smoothing": v}, make_pipeline(StandardScaler(), pca(), GaussianNB(var_smoothing=v)))
                        for v in (1e-9, 1e-3)],
        "knn": [({"k": k}, make_pipeline(StandardScaler(), pca(), KNeighborsClassifier(k, weights="distance")))
                for k in (5, 15) if k < n_train],
        "random_forest": [({"trees": 300, "min_samples_leaf": leaf},
                           RandomForestClassifier(300, min_samples_leaf=leaf, n_jobs=2, random_state=0))
                          for leaf in (1, 3)],
        "svm": [({"kernel": "rbf", "C": c}, make_pipeline(StandardScaler(), pca(), SVC(C=c, gamma="scale")))
                for c in (1.0, 4.0)],
    }


def run(out: Path, data: Path = DEFAULT_FER, limit: int = 0) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    splits = load_fer2013(data)
    take = lambda s: (s.images[:limit], s.labels[:limit]) if limit else (s.images, s.labels)  # noqa: E731
    (xtr, ytr), (xva, yva), (xte, yte) = (take(splits[k]) for k in ("Training", "PublicTest", "PrivateTest"))
    t0 = time.time()
    ftr, fva, fte = features(xtr), features(xva), features(xte)
    results = {"features": {"dims": int(ftr.shape[1]), "seconds": time.time() - t0,
                            "what": "HOG 9x(8x8 cells, 2x2 blocks) + 4x4 grid of uniform LBP(8,1) histograms"}}
    for name, grid in candidates(len(ytr)).items():
        tried = []
        for params, model in grid:
            t = time.time()
            model.fit(ftr, ytr)
            tried.append((float((model.predict(fva) == yva).mean()), params, model, time.time() - t))
            print(f"{name} {params}: PublicTest accuracy {tried[-1][0]:.4f}", flush=True)
        val_acc, params, model, fit_s = max(tried, key=lambda t: t[0])
        m = classification_metrics(yte, model.predict(fte))
        m.update({"chosen": params, "val_accuracy": val_acc, "fit_seconds": fit_s})
        results[name] = m
        plot_confusion(m["confusion"], f"{name} PrivateTest (acc {m['accuracy']:.1%})", out / f"confusion-{name}.png")
        print(f"{name}: PrivateTest accuracy={m['accuracy']:.4f} macro_f1={m['macro_f1']:.4f}", flush=True)
    write_json(results, out / "baselines.json")
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=DEFAULT_FER)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N faces of each split (tests)")
    args = ap.parse_args()
    r = run(args.out, args.data, args.limit)
    print(json.dumps({k: v["accuracy"] for k, v in r.items() if k != "features"}))


if __name__ == "__main__":
    main()
