"""Handcrafted face features for the classical baselines, from scikit-image: HOG (shape of edges) and a
grid of uniform-LBP histograms (local texture), as in the seed paper's comparison."""
from __future__ import annotations

import numpy as np
from skimage.feature import hog, local_binary_pattern

LBP_POINTS, LBP_RADIUS, LBP_GRID = 8, 1, 4


def face_features(img: np.ndarray) -> np.ndarray:
    """One 48x48 uint8 face -> 900 HOG + 160 LBP values."""
    h = hog(img, orientations=9, pixels_per_cell=(8, 8), cells_per_block=(2, 2), feature_vector=True)
    lbp = local_binary_pattern(img, LBP_POINTS, LBP_RADIUS, method="uniform")
    bins = LBP_POINTS + 2
    cell = img.shape[0] // LBP_GRID
    hists = [
        np.bincount(lbp[y:y + cell, x:x + cell].astype(np.int64).ravel(), minlength=bins) / (cell * cell)
        for y in range(0, cell * LBP_GRID, cell) for x in range(0, cell * LBP_GRID, cell)
    ]
    return np.concatenate([h, np.concatenate(hists)]).astype(np.float32)


def features(images: np.ndarray) -> np.ndarray:
    return np.stack([face_features(i) for i in images])
