"""Training targets beyond the hard FER2013 label: teachers' probabilities (knowledge distillation) and
FER+ crowd-vote distributions."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from .data import LABELS


def distillation_loss(logits: torch.Tensor, teacher: torch.Tensor, temperature: float) -> torch.Tensor:
    """Hinton et al.'s soft-target loss: KL(teacher_T || student_T) * T^2. The teacher gives probabilities,
    so they are softened as p^(1/T), renormalised (the same as dividing its logits by T)."""
    soft = teacher.clamp_min(1e-8) ** (1 / temperature)
    soft = soft / soft.sum(1, keepdim=True)
    return F.kl_div(F.log_softmax(logits / temperature, 1), soft, reduction="batchmean") * temperature ** 2


def soft_cross_entropy(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Cross-entropy against a distribution, averaged over rows whose target is not all zero (FER+ gives
    no emotion votes for some faces)."""
    keep = target.sum(1) > 0
    if not keep.any():
        return logits.sum() * 0
    return -(target[keep] * F.log_softmax(logits[keep], 1)).sum(1).mean()


def load_teacher(path: Path, n: int) -> np.ndarray:
    probs = np.fromfile(path, dtype=np.float32)
    if probs.size != n * len(LABELS):
        raise ValueError(f"{path}: {probs.size // len(LABELS)} rows for {n} Training faces (wrong split or data?)")
    return probs.reshape(n, len(LABELS))


def parse_teacher(spec: str) -> tuple[Path, float]:
    """`file.f32` or `file.f32:weight` (a weight > 0; teachers' weights are normalised to sum to 1)."""
    path, _, weight = spec.rpartition(":") if ":" in Path(spec).name else (spec, "", "1")
    w = float(weight)
    if not w > 0:
        raise ValueError(f"teacher weight must be > 0 in {spec!r}")
    return Path(path), w


def load_teachers(specs: list[str], n: int) -> np.ndarray:
    """The weighted mean of several teachers' probabilities: one ensemble teacher, N x 7."""
    parsed = [parse_teacher(s) for s in specs]
    total = sum(w for _, w in parsed)
    return sum(load_teacher(p, n) * (w / total) for p, w in parsed).astype(np.float32)
