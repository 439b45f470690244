"""Loads Keras' ImageNet Xception weights (`xception_weights_tf_dim_ordering_tf_kernels_notop.h5`, read
with h5py) into our Xception, for users who have the file: `train.py --imagenet-h5 PATH`.

Keras names the layers block1_conv1, block2_sepconv1_bn, ... and leaves the four residual 1x1 convs
unnamed (conv2d_1..4 / batch_normalization_1..4 in the released file): those are taken in file order.
The middle flow is block5..block12; a model with fewer middle blocks takes the first ones. Shapes must
match, so only width 1.0 can take ImageNet weights (narrower students learn from the Xception instead).
"""
from __future__ import annotations

from pathlib import Path

import h5py
import numpy as np
import torch
from torch import nn

from .xception import Block, SameConv, SeparableConv, Xception


def _layer_weights(f: h5py.File, layer: str) -> dict[str, np.ndarray]:
    group = f[layer]
    names = [n.decode() if isinstance(n, bytes) else n for n in group.attrs["weight_names"]]
    return {n.split("/")[-1].split(":")[0]: np.asarray(group[n]) for n in names}


def _set(param: torch.Tensor, value: np.ndarray, what: str) -> None:
    if tuple(param.shape) != tuple(value.shape):
        raise ValueError(f"{what}: the file has shape {value.shape}, the model {tuple(param.shape)}")
    with torch.no_grad():
        param.copy_(torch.from_numpy(value))


def _conv(conv: nn.Conv2d, w: dict, name: str) -> None:
    _set(conv.weight, w["kernel"].transpose(3, 2, 0, 1), f"{name}.kernel")


def _sep(sep: SeparableConv, w: dict, name: str) -> None:
    _set(sep.depthwise.weight, w["depthwise_kernel"].transpose(2, 3, 0, 1), f"{name}.depthwise_kernel")
    _set(sep.pointwise.weight, w["pointwise_kernel"].transpose(3, 2, 0, 1), f"{name}.pointwise_kernel")


def _bn(bn: nn.BatchNorm2d, w: dict, name: str) -> None:
    _set(bn.weight, w["gamma"], f"{name}.gamma")
    _set(bn.bias, w["beta"], f"{name}.beta")
    _set(bn.running_mean, w["moving_mean"], f"{name}.moving_mean")
    _set(bn.running_var, w["moving_variance"], f"{name}.moving_variance")


def keras_layout(model: Xception) -> list[tuple[str, nn.Module]]:
    """(Keras layer name, our module) in the order Keras' model builds them; residual names are placeholders
    'residual_i' / 'residual_i_bn' resolved against the file's own order."""
    e, x = model.entry, model.exit
    out: list[tuple[str, nn.Module]] = [("block1_conv1", e[0]), ("block1_conv1_bn", e[1]),
                                        ("block1_conv2", e[3]), ("block1_conv2_bn", e[4])]
    blocks: list[tuple[int, Block]] = [(2, e[6]), (3, e[7]), (4, e[8])]
    blocks += [(5 + i, b) for i, b in enumerate(model.middle)] + [(13, x[0])]
    residual = 0
    for number, block in blocks:
        seps = [m for m in block.body if isinstance(m, SeparableConv)]
        bns = [m for m in block.body if isinstance(m, nn.BatchNorm2d)]
        for i, (sep, bn) in enumerate(zip(seps, bns), start=1):
            out += [(f"block{number}_sepconv{i}", sep), (f"block{number}_sepconv{i}_bn", bn)]
        if block.shortcut is not None:
            residual += 1
            out += [(f"residual_{residual}", block.shortcut[0]), (f"residual_{residual}_bn", block.shortcut[1])]
    out += [("block14_sepconv1", x[1]), ("block14_sepconv1_bn", x[2]),
            ("block14_sepconv2", x[4]), ("block14_sepconv2_bn", x[5])]
    return out


def load_keras_xception(model: Xception, path: Path) -> int:
    """Copies every matching weight; returns how many layers were loaded. Raises on a shape mismatch."""
    with h5py.File(path, "r") as f:
        names = [n.decode() if isinstance(n, bytes) else n for n in f.attrs["layer_names"]]
        convs = [n for n in names if n.startswith("conv2d")]
        norms = [n for n in names if n.startswith("batch_normalization")]
        loaded = 0
        for name, module in keras_layout(model):
            if name.startswith("residual_"):
                index = int(name.split("_")[1]) - 1
                name = (norms if name.endswith("_bn") else convs)[index]
            if name not in names:
                raise KeyError(f"{path}: no layer {name}; is this Keras' Xception file?")
            w = _layer_weights(f, name)
            if isinstance(module, SeparableConv):
                _sep(module, w, name)
            elif isinstance(module, SameConv):
                _conv(module, w, name)
            else:
                _bn(module, w, name)
            loaded += 1
    return loaded


def save_keras_xception(model: Xception, path: Path) -> None:
    """Writes our weights in Keras' h5 layout (used to test the loader; Keras can read it too)."""
    layout = keras_layout(model)
    with h5py.File(path, "w") as f:
        names = []
        for name, module in layout:
            if name.startswith("residual_"):
                i = name.split("_")[1]
                name = f"batch_normalization_{i}" if name.endswith("_bn") else f"conv2d_{i}"
            names.append(name)
            g = f.create_group(name).create_group(name)
            if isinstance(module, SeparableConv):
                ws = {"depthwise_kernel": module.depthwise.weight.detach().numpy().transpose(2, 3, 0, 1),
                      "pointwise_kernel": module.pointwise.weight.detach().numpy().transpose(2, 3, 1, 0)}
            elif isinstance(module, SameConv):
                ws = {"kernel": module.weight.detach().numpy().transpose(2, 3, 1, 0)}
            else:
                ws = {"gamma": module.weight, "beta": module.bias, "moving_mean": module.running_mean,
                      "moving_variance": module.running_var}
                ws = {k: v.detach().numpy() for k, v in ws.items()}
            for k, v in ws.items():
                g.create_dataset(f"{k}:0", data=v)
            f[name].attrs["weight_names"] = [f"{name}/{k}:0".encode() for k in ws]
        f.attrs["layer_names"] = [n.encode() for n in names]
