"""Batch augmentation on the CPU with one affine warp per image: horizontal flip, rotation, zoom and shift,
then a random erased patch (a hand, hair, glasses: webcam faces are rarely clean)."""
from __future__ import annotations

import math

import torch
import torch.nn.functional as F


def augment(x: torch.Tensor, rotate_deg: float = 15, zoom: float = 0.15, shift: float = 0.1,
            erase_p: float = 0.25, generator: torch.Generator | None = None) -> torch.Tensor:
    """x: B x C x H x W floats. Returns a new tensor of the same shape."""
    b = x.shape[0]
    rand = lambda *s: torch.rand(*s, generator=generator)  # noqa: E731
    angle = (rand(b) * 2 - 1) * math.radians(rotate_deg)
    scale = 1 + (rand(b) * 2 - 1) * zoom
    flip = torch.where(rand(b) < 0.5, -1.0, 1.0)
    tx, ty = [(rand(b) * 2 - 1) * shift * 2 for _ in range(2)]
    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale
    theta = torch.stack([torch.stack([cos * flip, -sin, tx], 1), torch.stack([sin * flip, cos, ty], 1)], 1)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    out = F.grid_sample(x, grid, mode="bilinear", padding_mode="border", align_corners=False)
    if erase_p > 0:
        h, w = x.shape[-2:]
        for i in torch.nonzero(rand(b) < erase_p).flatten().tolist():
            eh, ew = int(h * (0.15 + 0.2 * rand(1).item())), int(w * (0.15 + 0.2 * rand(1).item()))
            y0, x0 = int((h - eh) * rand(1).item()), int((w - ew) * rand(1).item())
            out[i, :, y0:y0 + eh, x0:x0 + ew] = out[i].mean()
    return out
