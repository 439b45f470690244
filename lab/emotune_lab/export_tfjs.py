"""Exports a trained Xception to a TF.js graph model (model.json + one weights file) that the standard
`tf.loadGraphModel` reads, with batch norm folded into the convolutions and optional float16 weights.

The graph mirrors Xception.forward op for op (NHWC, TensorFlow 'SAME' padding), so PyTorch and tfjs give
the same probabilities; the parity check proves it.
"""
from __future__ import annotations

import base64
import json
from pathlib import Path

import numpy as np
import torch
from torch import nn

from .xception import Block, SameConv, SameMaxPool, SeparableConv, Xception

b64 = lambda s: base64.b64encode(s.encode()).decode()  # noqa: E731
FLOAT = {"type": "DT_FLOAT"}
NHWC = {"s": b64("NHWC")}


def ints(xs):
    return {"list": {"i": [str(x) for x in xs]}}


class Graph:
    def __init__(self) -> None:
        self.nodes: list[dict] = []
        self.weights: list[tuple[str, np.ndarray]] = []
        self.count = 0

    def name(self, kind: str) -> str:
        self.count += 1
        return f"{kind}_{self.count}"

    def const(self, array: np.ndarray, dtype: str = "float32") -> str:
        n = self.name("const")
        tf_dtype = "DT_FLOAT" if dtype == "float32" else "DT_INT32"
        shape = {"dim": [{"size": str(d)} for d in array.shape]}
        self.nodes.append({"name": n, "op": "Const", "attr": {
            "value": {"tensor": {"dtype": tf_dtype, "tensorShape": shape}}, "dtype": {"type": tf_dtype}}})
        self.weights.append((n, array.astype(np.float32 if dtype == "float32" else np.int32)))
        return n

    def op(self, op: str, inputs: list[str], attr: dict, kind: str | None = None) -> str:
        n = self.name(kind or op.lower())
        self.nodes.append({"name": n, "op": op, "input": inputs, "attr": attr})
        return n

    def placeholder(self, size: int) -> str:
        shape = {"dim": [{"size": "-1"}, {"size": str(size)}, {"size": str(size)}, {"size": "3"}]}
        self.nodes.append({"name": "input", "op": "Placeholder", "attr": {"shape": {"shape": shape}, "dtype": FLOAT}})
        return "input"

    def conv(self, x: str, w: np.ndarray, b: np.ndarray, stride: int, relu: bool) -> str:
        """Conv2D + BiasAdd (+ Relu), fused. w is PyTorch's OIHW."""
        fused = ["BiasAdd", "Relu"] if relu else ["BiasAdd"]
        return self.op("_FusedConv2D", [x, self.const(w.transpose(2, 3, 1, 0)), self.const(b)], {
            "T": FLOAT, "data_format": NHWC, "padding": {"s": b64("SAME")}, "strides": ints([1, stride, stride, 1]),
            "dilations": ints([1, 1, 1, 1]), "num_args": {"i": "1"},
            "fused_ops": {"list": {"s": [b64(f) for f in fused]}}, "epsilon": {"f": 0}}, "conv")

    def depthwise(self, x: str, w: np.ndarray) -> str:
        return self.op("DepthwiseConv2dNative", [x, self.const(w.transpose(2, 3, 0, 1))], {
            "T": FLOAT, "data_format": NHWC, "padding": {"s": b64("SAME")}, "strides": ints([1, 1, 1, 1]),
            "dilations": ints([1, 1, 1, 1])}, "depthwise")

    def relu(self, x: str) -> str:
        return self.op("Relu", [x], {"T": FLOAT})

    def add(self, a: str, b: str) -> str:
        return self.op("AddV2", [a, b], {"T": FLOAT}, "add")

    def maxpool(self, x: str) -> str:
        return self.op("MaxPool", [x], {"T": FLOAT, "data_format": NHWC, "padding": {"s": b64("SAME")},
                                       "ksize": ints([1, 3, 3, 1]), "strides": ints([1, 2, 2, 1])})


def fold(conv: nn.Conv2d, bnorm: nn.BatchNorm2d | None) -> tuple[np.ndarray, np.ndarray]:
    """Conv weights and bias with the following batch norm (inference statistics) folded in."""
    w = conv.weight.detach().double()
    b = conv.bias.detach().double() if conv.bias is not None else torch.zeros(w.shape[0], dtype=torch.float64)
    if bnorm is not None:
        scale = bnorm.weight.detach().double() / torch.sqrt(bnorm.running_var.double() + bnorm.eps)
        w = w * scale[:, None, None, None]
        b = (b - bnorm.running_mean.double()) * scale + bnorm.bias.detach().double()
    return w.numpy(), b.numpy()


def emit_sequence(g: Graph, x: str, layers: list[nn.Module]) -> str:
    """Walks conv/sepconv, bn, relu, maxpool layers, fusing each conv with its batch norm and relu."""
    i = 0
    while i < len(layers):
        layer = layers[i]
        nxt = layers[i + 1] if i + 1 < len(layers) else None
        bnorm = nxt if isinstance(nxt, nn.BatchNorm2d) else None
        after = layers[i + 2] if bnorm is not None and i + 2 < len(layers) else None
        relu = isinstance(after, nn.ReLU)
        if isinstance(layer, SeparableConv):
            x = g.depthwise(x, layer.depthwise.weight.detach().numpy())
            w, b = fold(layer.pointwise, bnorm)
            x = g.conv(x, w, b, 1, relu)
            i += 1 + (bnorm is not None) + relu
        elif isinstance(layer, SameConv):
            w, b = fold(layer, bnorm)
            x = g.conv(x, w, b, layer.stride[0], relu)
            i += 1 + (bnorm is not None) + relu
        elif isinstance(layer, nn.ReLU):
            x = g.relu(x)
            i += 1
        elif isinstance(layer, SameMaxPool):
            x = g.maxpool(x)
            i += 1
        elif isinstance(layer, Block):
            body = emit_sequence(g, x, list(layer.body))
            short = emit_sequence(g, x, list(layer.shortcut)) if layer.shortcut is not None else x
            x = g.add(body, short)
            i += 1
        else:
            raise TypeError(f"cannot export {type(layer).__name__}")
    return x


def to_graph(model: Xception, size: int) -> Graph:
    model.eval()
    g = Graph()
    x = g.placeholder(size)
    x = emit_sequence(g, x, [*model.entry, *model.middle, *model.exit])
    x = g.op("Mean", [x, g.const(np.array([1, 2]), "int32")], {"T": FLOAT, "Tidx": {"type": "DT_INT32"},
                                                                "keep_dims": {"b": False}}, "mean")
    x = g.op("MatMul", [x, g.const(model.head.weight.detach().numpy().T)], {
        "T": FLOAT, "transpose_a": {"b": False}, "transpose_b": {"b": False}}, "matmul")
    x = g.op("BiasAdd", [x, g.const(model.head.bias.detach().numpy())], {"T": FLOAT, "data_format": NHWC}, "bias")
    g.op("Softmax", [x], {"T": FLOAT}, "probabilities")
    return g


def write_tfjs(g: Graph, out: Path, quantize: str | None = None) -> list[Path]:
    """Writes model.json and weights.bin; quantize='float16' halves the weights (int32 consts stay exact)."""
    out.mkdir(parents=True, exist_ok=True)
    entries, chunks = [], []
    for name, array in g.weights:
        entry = {"name": name, "shape": list(array.shape), "dtype": "float32" if array.dtype == np.float32 else "int32"}
        if quantize == "float16" and array.dtype == np.float32:
            entry["quantization"] = {"dtype": "float16"}
            chunks.append(array.astype("<f2").tobytes())
        else:
            chunks.append(array.astype("<f4" if array.dtype == np.float32 else "<i4").tobytes())
        entries.append(entry)
    (out / "weights.bin").write_bytes(b"".join(chunks))
    model_json = {
        "format": "graph-model",
        "generatedBy": "emotune lab (PyTorch Xception)",
        "convertedBy": "lab/emotune_lab/export_tfjs.py",
        "modelTopology": {"node": g.nodes, "library": {}, "versions": {}},
        "weightsManifest": [{"paths": ["weights.bin"], "weights": entries}],
    }
    (out / "model.json").write_text(json.dumps(model_json))
    return [out / "model.json", out / "weights.bin"]
