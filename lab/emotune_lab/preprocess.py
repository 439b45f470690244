"""The model input, matching src/capture/preprocess.ts: gray 0-255 -> /255 -> (x - mean) / std, repeated
in three channels. At the native 48 px no resize happens on either side, so the two agree exactly."""
from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

# FER2013's pixel mean and standard deviation (its README), on the 0-1 scale.
MEAN = 129.39 / 255
STD = 65.06 / 255


def to_input(images: np.ndarray | torch.Tensor, size: int = 48) -> torch.Tensor:
    """N x H x W uint8 -> N x 3 x size x size float, normalised."""
    x = torch.as_tensor(np.asarray(images), dtype=torch.float32).unsqueeze(1) / 255.0
    if x.shape[-1] != size:
        # align_corners=True is what tfjs's cropAndResize does for a full-image box.
        x = F.interpolate(x, size=(size, size), mode="bilinear", align_corners=True)
    return ((x - MEAN) / STD).repeat(1, 3, 1, 1)
