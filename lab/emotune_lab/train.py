"""Trains an Xception on FER2013: `python3 -m emotune_lab.train --recipe cpu --out lab/runs/cpu`.

Model selection uses PublicTest (and, for recipes that say so, lfw-expressions' dev split as well: the
best epoch by the mean of the two accuracies is kept); PrivateTest and lfw's test split are touched
once, by evaluate.py and `npm run eval`, for the reported numbers. lfw-expressions is never trained on.

Every epoch writes `last.pt` (weights, optimiser, schedule, random state, history), so `--resume`
continues a run that was cut short from its last finished epoch, and `epoch-NN.pt` (weights only) for
choosing among epochs afterwards.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from .augment import augment
from .data import DEFAULT_CK, DEFAULT_FER, DEFAULT_FERPLUS, DEFAULT_LFW, LABELS, class_counts, load_fer2013, load_ferplus_soft
from .import_tfjs import load_tfjs_xception
from .keras_weights import load_keras_xception
from .losses import distillation_loss, load_teachers, soft_cross_entropy
from .preprocess import to_input
from .recipes import RECIPES, Recipe
from .xception import Xception, count_params


def build_model(r: Recipe) -> Xception:
    return Xception(len(LABELS), width=r.width, middle_blocks=r.middle_blocks, dropout=r.dropout)


@torch.no_grad()
def predict(model: Xception, images: np.ndarray, size: int, batch: int = 256, flip_tta: bool = False) -> np.ndarray:
    """Softmax probabilities, N x 7; with flip_tta, the mean over the face and its mirror image."""
    model.eval()
    out = []
    for i in range(0, len(images), batch):
        x = to_input(images[i:i + batch], size)
        p = F.softmax(model(x), 1)
        if flip_tta:
            p = (p + F.softmax(model(torch.flip(x, dims=[3])), 1)) / 2
        out.append(p.numpy())
    return np.concatenate(out)


def train(r: Recipe, out: Path, data: Path = DEFAULT_FER, ferplus: Path = DEFAULT_FERPLUS,
          init: Path | None = None, imagenet_h5: Path | None = None, teachers: list[str] | None = None,
          init_tfjs: Path | None = None, lfw: Path = DEFAULT_LFW, resume: bool = False,
          stop_after: int | None = None, ck: Path = DEFAULT_CK) -> dict:
    """`stop_after` ends this call after that epoch (a time slice on a shared machine); `resume` goes on."""
    torch.manual_seed(r.seed)
    torch.set_num_threads(r.threads)
    rng = np.random.default_rng(r.seed)
    out.mkdir(parents=True, exist_ok=True)
    splits = load_fer2013(data)
    tr, va = splits["Training"], splits["PublicTest"]
    teacher_p = load_teachers(teachers, len(tr.labels)) if teachers and r.kd_alpha > 0 else None
    if r.train_limit:
        keep = rng.permutation(len(tr.labels))[: r.train_limit]
        teacher_p = teacher_p[keep] if teacher_p is not None else None
        tr = type(tr)(tr.images[keep], tr.labels[keep], tr.rows[keep])
        va = type(va)(va.images[: r.train_limit], va.labels[: r.train_limit], va.rows[: r.train_limit])
    soft = load_ferplus_soft(ferplus)[tr.rows] if r.ferplus_epochs or r.ferplus_alpha else None
    if soft is not None and (data / "source.u8").exists():
        # JPEG rows (source 1) sit somewhere in their split, so their FER+ row is unknown: no FER+ target.
        source = np.frombuffer((data / "source.u8").read_bytes(), np.uint8)
        soft[source[tr.rows] == 1] = 0
    # lfw-expressions' dev split, for selection only (never a gradient).
    dev = load_fer2013(lfw)["PublicTest"] if r.select_on_lfw else None
    # ckplus48-dev's posed faces, for selection only as well.
    posed = load_fer2013(ck)["PublicTest"] if r.select_on_ck else None

    model = build_model(r)
    if init:
        model.load_state_dict(torch.load(init, map_location="cpu"), strict=False)
    if init_tfjs:
        calibration = to_input(tr.images[rng.permutation(len(tr.labels))[:512]], r.input_size)
        load_tfjs_xception(model, init_tfjs, calibration)
    if imagenet_h5:
        # Transfer learning proper, for users who have Keras' ImageNet file (width 1.0 only).
        r.notes.append(f"initialised from {imagenet_h5.name}: {load_keras_xception(model, imagenet_h5)} layers")
    counts = class_counts(tr.labels).astype(np.float64)
    weights = torch.tensor((counts.max() / np.maximum(counts, 1)) ** r.class_weight_power, dtype=torch.float32)
    weights = weights / (weights * torch.tensor(counts / counts.sum(), dtype=torch.float32)).sum()
    opt = torch.optim.AdamW(model.parameters(), lr=r.lr, weight_decay=r.weight_decay)
    steps_per_epoch = int(np.ceil(len(tr.labels) / r.batch))
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=r.lr, total_steps=r.epochs * steps_per_epoch,
                                                pct_start=0.15)
    history, best, first, spent = [], {"score": -1.0}, 0, 0.0
    if resume and (out / "last.pt").exists():
        state = torch.load(out / "last.pt", map_location="cpu")
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        rng.bit_generator.state = state["rng"]
        torch.set_rng_state(state["torch_rng"])
        history, best, first, spent = state["history"], state["best"], state["epoch"], state["seconds"]
        print(json.dumps({"resumed_after_epoch": first}), flush=True)
    started = time.time() - spent
    for epoch in range(first, min(r.epochs, stop_after or r.epochs)):
        model.train()
        use_soft = soft is not None and epoch < r.ferplus_epochs
        order = rng.permutation(len(tr.labels))
        if use_soft:  # FER+ stage: only faces with emotion votes
            order = order[soft[order].sum(1) > 0]
        total, correct, loss_sum, t0 = 0, 0, 0.0, time.time()
        for i in range(0, len(order), r.batch):
            idx = order[i:i + r.batch]
            x = augment(to_input(tr.images[idx], r.input_size), framing=r.framing, webcam=r.webcam)
            logits = model(x)
            y = torch.as_tensor(tr.labels[idx])
            if use_soft:
                target = torch.as_tensor(soft[idx])
                loss = -(target * F.log_softmax(logits, 1)).sum(1).mean()
            else:
                loss = F.cross_entropy(logits, y, weight=weights, label_smoothing=r.label_smoothing)
                hard = 1 - r.kd_alpha - r.ferplus_alpha
                loss = hard * loss
                if teacher_p is not None:
                    kd = distillation_loss(logits, torch.as_tensor(teacher_p[idx]), r.kd_temperature)
                    loss = loss + r.kd_alpha * kd
                if r.ferplus_alpha:
                    loss = loss + r.ferplus_alpha * soft_cross_entropy(logits, torch.as_tensor(soft[idx]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            loss_sum += loss.item() * len(idx)
            correct += (logits.argmax(1) == y).sum().item()
            total += len(idx)
        val_p = predict(model, va.images, r.input_size)
        val_loss = float(-np.log(val_p[np.arange(len(va.labels)), va.labels] + 1e-9).mean())
        entry = {
            "epoch": epoch + 1, "stage": "ferplus" if use_soft else "distil" if teacher_p is not None else "fer2013",
            "train_loss": loss_sum / total, "train_acc": correct / total,
            "val_loss": val_loss, "val_acc": float((val_p.argmax(1) == va.labels).mean()),
            "seconds": time.time() - t0,
        }
        entry["score"] = entry["val_acc"]
        if dev is not None:
            entry["lfw_dev_acc"] = float((predict(model, dev.images, r.input_size).argmax(1) == dev.labels).mean())
            entry["score"] = (entry["val_acc"] + entry["lfw_dev_acc"]) / 2
        if posed is not None:
            entry["ck_dev_acc"] = float((predict(model, posed.images, r.input_size).argmax(1) == posed.labels).mean())
            accs = [entry["val_acc"], entry["ck_dev_acc"]] + ([entry["lfw_dev_acc"]] if dev is not None else [])
            entry["score"] = sum(accs) / len(accs)
        history.append(entry)
        print(json.dumps(entry), flush=True)
        torch.save(model.state_dict(), out / f"epoch-{epoch + 1:02d}.pt")
        if entry["score"] > best["score"]:
            best = entry
            torch.save(model.state_dict(), out / "best.pt")
        (out / "history.json").write_text(json.dumps(history, indent=1))
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(),
                    "rng": rng.bit_generator.state, "torch_rng": torch.get_rng_state(), "history": history,
                    "best": best, "epoch": epoch + 1, "seconds": time.time() - started}, out / "last.pt")
    summary = {
        "recipe": r.to_dict(), "params": count_params(model), "best_epoch": best["epoch"],
        "best_val_acc": best["val_acc"], "best_lfw_dev_acc": best.get("lfw_dev_acc"), "train_seconds": time.time() - started,
        "torch": torch.__version__, "threads": torch.get_num_threads(),
    }
    (out / "train.json").write_text(json.dumps(summary, indent=1))
    return summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--recipe", choices=sorted(RECIPES), default="cpu")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=DEFAULT_FER, help="packed FER2013 folder")
    ap.add_argument("--ferplus", type=Path, default=DEFAULT_FERPLUS, help="folder with fer2013new.csv")
    ap.add_argument("--init", type=Path, help="a PyTorch state_dict to start from (e.g. an earlier run's best.pt)")
    ap.add_argument("--imagenet-h5", type=Path,
                    help="Keras' xception_weights_tf_dim_ordering_tf_kernels_notop.h5 (needs a width-1.0 recipe)")
    ap.add_argument("--epochs", type=int, help="override the recipe's epochs")
    ap.add_argument("--input-size", type=int, help="override the recipe's input size (input-size probes)")
    ap.add_argument("--lr", type=float, help="override the recipe's peak learning rate")
    ap.add_argument("--teacher", action="append", default=[],
                    help="N x 7 float32 teacher probabilities for the Training split (npm run teacher), as "
                         "FILE or FILE:WEIGHT; repeat it for an ensemble of teachers (their weighted mean)")
    ap.add_argument("--init-tfjs", type=Path,
                    help="a model folder written by package.py (e.g. ../models/emotion-xception) to start from")
    ap.add_argument("--lfw", type=Path, default=DEFAULT_LFW, help="packed lfw-expressions (dev split: selection)")
    ap.add_argument("--ck", type=Path, default=DEFAULT_CK, help="packed ckplus48-dev (selection only)")
    ap.add_argument("--resume", action="store_true", help="continue from --out's last.pt")
    ap.add_argument("--stop-after", type=int, help="end after this epoch (resume later with --resume)")
    args = ap.parse_args()
    r = RECIPES[args.recipe]
    if args.epochs:
        r.epochs = args.epochs
    if args.input_size:
        r.input_size = args.input_size
    if args.lr:
        r.lr = args.lr
    # A teacher without a distilling recipe (or the reverse) would train something else than the notes say.
    if bool(args.teacher) != (r.kd_alpha > 0):
        ap.error(f"recipe {r.name} {'needs' if r.kd_alpha > 0 else 'does not use'} --teacher")
    if args.teacher:
        names = ", ".join(Path(t).name for t in args.teacher)
        r.notes.append(f"distilled from {names} (alpha {r.kd_alpha}, T {r.kd_temperature})")
    for source in (args.init, args.init_tfjs):
        if source:
            r.notes.append(f"initialised from {source}")
    print(json.dumps(train(r, args.out, args.data, args.ferplus, args.init, args.imagenet_h5, args.teacher,
                           args.init_tfjs, args.lfw, args.resume, args.stop_after, args.ck)))


if __name__ == "__main__":
    main()
