"""Xception (Chollet, CVPR 2017), as in Keras applications, with TensorFlow's 'SAME' padding rule
reproduced exactly so that the tfjs export computes the same numbers.

`width` scales every channel count (1.0 is the standard network, 20.8 M parameters with a 1000-way head)
and `middle_blocks` sets the middle-flow repeats (8 in the standard network). Grayscale faces go in as
three equal channels, so ImageNet weights (Keras' h5) load unchanged at width 1.0.
"""
from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn


def tf_same_pad(x: torch.Tensor, kernel: int, stride: int, value: float = 0.0) -> torch.Tensor:
    """TensorFlow's SAME padding: the extra pixel of an odd total goes to the bottom/right."""
    h, w = x.shape[-2:]
    def total(size: int) -> int:
        return max((math.ceil(size / stride) - 1) * stride + kernel - size, 0)
    ph, pw = total(h), total(w)
    if ph == 0 and pw == 0:
        return x
    return F.pad(x, (pw // 2, pw - pw // 2, ph // 2, ph - ph // 2), value=value)


class SameConv(nn.Conv2d):
    def __init__(self, cin: int, cout: int, kernel: int, stride: int = 1, groups: int = 1, bias: bool = False):
        super().__init__(cin, cout, kernel, stride, padding=0, groups=groups, bias=bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # noqa: D102
        return super().forward(tf_same_pad(x, self.kernel_size[0], self.stride[0]))


class SameMaxPool(nn.Module):
    def __init__(self, kernel: int = 3, stride: int = 2):
        super().__init__()
        self.kernel, self.stride = kernel, stride

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # noqa: D102
        return F.max_pool2d(tf_same_pad(x, self.kernel, self.stride, value=float("-inf")), self.kernel, self.stride)


class SeparableConv(nn.Module):
    """Depthwise 3x3 then pointwise 1x1, no bias (a batch norm follows), as Keras' SeparableConv2D."""

    def __init__(self, cin: int, cout: int):
        super().__init__()
        self.depthwise = SameConv(cin, cin, 3, groups=cin)
        self.pointwise = SameConv(cin, cout, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # noqa: D102
        return self.pointwise(self.depthwise(x))


def bn(c: int) -> nn.BatchNorm2d:
    return nn.BatchNorm2d(c, eps=1e-3, momentum=0.01)  # Keras' defaults


class Block(nn.Module):
    """A residual block: [relu] sepconv bn (relu sepconv bn)* [maxpool], plus a shortcut."""

    def __init__(self, cin: int, couts: list[int], stride: int, relu_first: bool):
        super().__init__()
        layers: list[nn.Module] = []
        c = cin
        for i, cout in enumerate(couts):
            if i > 0 or relu_first:
                layers.append(nn.ReLU())
            layers += [SeparableConv(c, cout), bn(cout)]
            c = cout
        if stride == 2:
            layers.append(SameMaxPool(3, 2))
        self.body = nn.Sequential(*layers)
        self.shortcut = None
        if stride != 1 or cin != c:
            self.shortcut = nn.Sequential(SameConv(cin, c, 1, stride), bn(c))

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # noqa: D102
        return self.body(x) + (self.shortcut(x) if self.shortcut is not None else x)


class Xception(nn.Module):
    def __init__(self, num_classes: int = 7, width: float = 1.0, middle_blocks: int = 8, dropout: float = 0.0):
        super().__init__()
        c = lambda n: max(8, int(round(n * width / 8)) * 8)  # noqa: E731 (channel counts stay multiples of 8)
        self.width, self.middle_blocks = width, middle_blocks
        self.entry = nn.Sequential(
            SameConv(3, c(32), 3, 2), bn(c(32)), nn.ReLU(),
            SameConv(c(32), c(64), 3), bn(c(64)), nn.ReLU(),
            Block(c(64), [c(128), c(128)], 2, relu_first=False),
            Block(c(128), [c(256), c(256)], 2, relu_first=True),
            Block(c(256), [c(728), c(728)], 2, relu_first=True),
        )
        self.middle = nn.Sequential(*[Block(c(728), [c(728)] * 3, 1, True) for _ in range(middle_blocks)])
        self.exit = nn.Sequential(
            Block(c(728), [c(728), c(1024)], 2, relu_first=True),
            SeparableConv(c(1024), c(1536)), bn(c(1536)), nn.ReLU(),
            SeparableConv(c(1536), c(2048)), bn(c(2048)), nn.ReLU(),
        )
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(c(2048), num_classes)

    def features(self, x: torch.Tensor) -> torch.Tensor:
        return self.exit(self.middle(self.entry(x))).mean(dim=(2, 3))

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # noqa: D102
        return self.head(self.dropout(self.features(x)))


def count_params(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
