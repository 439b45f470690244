"""Reads a model folder written by export_tfjs back into a PyTorch Xception, so that a shipped model can be
trained further when its checkpoint is gone (runs/ is not committed): `train.py --init-tfjs models/<id>`.

The export folded each batch norm into the convolution before it, so only `conv + bias` survives. Loading
that as conv weights with an identity batch norm would compute the right function in eval mode but not in
training, where batch norm divides by the batch's own statistics. So the batch norms are re-parameterised
from statistics measured on real faces: with mean mu and variance var of a conv's output, gamma =
sqrt(var + eps) and beta = mu + bias give the exported function in eval mode exactly, and in training mode
up to the batch's sampling noise. Training then starts where the shipped model stands.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch
from torch import nn

from .xception import Block, SameConv, SameMaxPool, SeparableConv, Xception


def read_tfjs_weights(folder: Path) -> list[np.ndarray]:
    """The float weights of model.json in file order (int32 constants, e.g. the mean's axes, skipped)."""
    model = json.loads((folder / "model.json").read_text())
    (group,) = model["weightsManifest"]
    data = b"".join((folder / p).read_bytes() for p in group["paths"])
    out, offset = [], 0
    for entry in group["weights"]:
        n = int(np.prod(entry["shape"])) if entry["shape"] else 1
        quant = entry.get("quantization", {}).get("dtype")
        dtype = np.dtype("<f2") if quant == "float16" else np.dtype("<i4" if entry["dtype"] == "int32" else "<f4")
        array = np.frombuffer(data, dtype, n, offset).astype(np.float32 if dtype.kind == "f" else np.int32)
        offset += n * dtype.itemsize
        if entry["dtype"] == "float32":
            out.append(array.reshape(entry["shape"]))
    if offset != len(data):
        raise ValueError(f"{folder}: weights file has {len(data) - offset} bytes the manifest does not describe")
    return out


def _assign(layers: list[nn.Module], weights: list[np.ndarray], pairs: list[tuple[nn.BatchNorm2d, torch.Tensor]]):
    """Walks layers in export_tfjs's emission order, taking weights off the front of the list."""
    def take(shape: tuple[int, ...]) -> np.ndarray:
        w = weights.pop(0)
        if w.shape != shape:
            raise ValueError(f"tfjs weight of shape {w.shape} where {shape} was expected (another width or depth?)")
        return w

    for i, layer in enumerate(layers):
        nxt = layers[i + 1] if i + 1 < len(layers) else None
        conv = layer.pointwise if isinstance(layer, SeparableConv) else layer if isinstance(layer, SameConv) else None
        if isinstance(layer, SeparableConv):
            d = layer.depthwise.weight
            d.data = torch.from_numpy(take((3, 3, d.shape[0], 1)).transpose(2, 3, 0, 1).copy())
        if conv is not None:
            o, i_, kh, kw = conv.weight.shape
            conv.weight.data = torch.from_numpy(take((kh, kw, i_, o)).transpose(3, 2, 0, 1).copy())
            bias = torch.from_numpy(take((o,)).copy())
            if not isinstance(nxt, nn.BatchNorm2d):
                raise ValueError("every exported convolution is followed by a batch norm in this network")
            pairs.append((nxt, bias))
        elif isinstance(layer, Block):
            _assign(list(layer.body), weights, pairs)
            if layer.shortcut is not None:
                _assign(list(layer.shortcut), weights, pairs)
        elif not isinstance(layer, (nn.BatchNorm2d, nn.ReLU, SameMaxPool)):
            raise TypeError(f"cannot import {type(layer).__name__}")


@torch.no_grad()
def load_tfjs_xception(model: Xception, folder: Path, calibration: torch.Tensor) -> int:
    """Loads the export in `folder` into `model` (same width and depth); `calibration` is a batch of model
    inputs (N x 3 x S x S, a few hundred faces) for the batch-norm statistics. Returns the batch norms set."""
    weights = read_tfjs_weights(Path(folder))
    pairs: list[tuple[nn.BatchNorm2d, torch.Tensor]] = []
    _assign([*model.entry, *model.middle, *model.exit], weights, pairs)
    head_w, head_b = weights.pop(0), weights.pop(0)
    if weights:
        raise ValueError(f"{len(weights)} tfjs weights left over: not this network's export")
    model.head.weight.data = torch.from_numpy(head_w.T.copy())
    model.head.bias.data = torch.from_numpy(head_b.copy())
    # First an exact identity (x + bias, eval mode); then measure each conv output on real faces.
    stats: dict[nn.BatchNorm2d, tuple[torch.Tensor, torch.Tensor]] = {}
    for bnorm, bias in pairs:
        bnorm.weight.fill_(1.0)
        bnorm.bias.copy_(bias)
        bnorm.running_mean.zero_()
        bnorm.running_var.fill_(1.0 - bnorm.eps)
    hooks = [b.register_forward_hook(lambda m, x, y: stats.__setitem__(m, (x[0].mean((0, 2, 3)),
                                                                          x[0].var((0, 2, 3), unbiased=False))))
             for b, _ in pairs]
    model.eval()
    model(calibration)
    for h in hooks:
        h.remove()
    for bnorm, bias in pairs:
        mu, var = stats[bnorm]
        bnorm.running_mean.copy_(mu)
        bnorm.running_var.copy_(var)
        bnorm.weight.copy_(torch.sqrt(var + bnorm.eps))
        bnorm.bias.copy_(mu + bias)
    return len(pairs)
