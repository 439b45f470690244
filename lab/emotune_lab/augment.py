"""Batch augmentation on the CPU.

Geometry, one affine warp per image: horizontal flip, rotation, zoom and shift, then a random erased patch
(a hand, hair, glasses: webcam faces are rarely clean). With `framing`, the zoom and aspect ranges widen
to cover both FER2013's loose framing and the tighter crops that a face detector's box and in-the-wild
sets give (zoom up to 1.4x in, 0.85x out, aspect +-10 %).

Photometry (`webcam`), like a webcam's: brightness and contrast, a slight blur (a soft focus or an
upscaled low-resolution face) and sensor noise. It works on normalised inputs, where a unit is one
FER2013 pixel standard deviation (65 grey levels).
"""
from __future__ import annotations

import math

import torch
import torch.nn.functional as F


def augment(x: torch.Tensor, rotate_deg: float = 15, zoom: float = 0.15, shift: float = 0.1,
            erase_p: float = 0.25, framing: bool = False, webcam: bool = False,
            generator: torch.Generator | None = None) -> torch.Tensor:
    """x: B x C x H x W normalised floats. Returns a new tensor of the same shape."""
    b = x.shape[0]
    rand = lambda *s: torch.rand(*s, generator=generator)  # noqa: E731
    angle = (rand(b) * 2 - 1) * math.radians(rotate_deg)
    if framing:  # log-uniform, so zooming in and out are equally likely per unit of scale
        scale = torch.exp(math.log(0.85) + rand(b) * (math.log(1.4) - math.log(0.85)))
        aspect = 1 + (rand(b) * 2 - 1) * 0.1
    else:
        scale = 1 + (rand(b) * 2 - 1) * zoom
        aspect = torch.ones(b)
    flip = torch.where(rand(b) < 0.5, -1.0, 1.0)
    tx, ty = [(rand(b) * 2 - 1) * shift * 2 for _ in range(2)]
    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale
    sx, sy = aspect.sqrt(), 1 / aspect.sqrt()
    theta = torch.stack([torch.stack([cos * flip * sx, -sin * sx, tx], 1),
                         torch.stack([sin * flip * sy, cos * sy, ty], 1)], 1)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    out = F.grid_sample(x, grid, mode="bilinear", padding_mode="border", align_corners=False)
    if erase_p > 0:
        h, w = x.shape[-2:]
        for i in torch.nonzero(rand(b) < erase_p).flatten().tolist():
            eh, ew = int(h * (0.15 + 0.2 * rand(1).item())), int(w * (0.15 + 0.2 * rand(1).item()))
            y0, x0 = int((h - eh) * rand(1).item()), int((w - ew) * rand(1).item())
            out[i, :, y0:y0 + eh, x0:x0 + ew] = out[i].mean()
    return photometric(out, rand) if webcam else out


def photometric(x: torch.Tensor, rand) -> torch.Tensor:
    b = x.shape[0]
    mean = x.mean(dim=(1, 2, 3), keepdim=True)
    contrast = (0.6 + 0.8 * rand(b)).view(b, 1, 1, 1)
    brightness = ((rand(b) * 2 - 1) * 0.6).view(b, 1, 1, 1)
    x = (x - mean) * contrast + mean + brightness
    blurred = rand(b) < 0.3
    if blurred.any():
        sigma = 0.5 + 0.7 * rand(1).item()
        k = torch.exp(-torch.arange(-1, 2, dtype=torch.float32) ** 2 / (2 * sigma ** 2))
        k = (k[:, None] * k[None, :]) / k.sum() ** 2
        c = x.shape[1]
        kernel = k.expand(c, 1, 3, 3).contiguous()
        x[blurred] = F.conv2d(F.pad(x[blurred], (1, 1, 1, 1), mode="replicate"), kernel, groups=c)
    noisy = (rand(b) < 0.3).float().view(b, 1, 1, 1)
    noise = torch.randn(x.shape[0], 1, *x.shape[2:], generator=None) * (0.15 * rand(b)).view(b, 1, 1, 1)
    return x + noisy * noise.expand_as(x)  # the same noise in the three (grey) channels
