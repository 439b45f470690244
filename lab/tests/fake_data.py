"""A tiny packed FER2013 (random faces) for tests that need the files, not the faces."""
from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np


def write_fake_fer2013(folder: Path, per_split: int = 40, seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    n = per_split * 3
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "images.u8.gz").write_bytes(gzip.compress(rng.integers(0, 256, (n, 48, 48), dtype=np.uint8).tobytes()))
    (folder / "labels.u8").write_bytes(rng.integers(0, 7, n, dtype=np.uint8).tobytes())
    (folder / "usage.u8").write_bytes(np.repeat(np.arange(3, dtype=np.uint8), per_split).tobytes())
    return folder
