"""FER2013 (and any face set) in the packed form that lab/DATA-FORMAT.md defines, and the FER+ relabels."""
from __future__ import annotations

import csv
import gzip
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
DEFAULT_FER = Path(os.environ.get("EMOTUNE_FER2013", REPO.parent / "shared" / "data" / "fer2013"))
DEFAULT_FERPLUS = Path(os.environ.get("EMOTUNE_FERPLUS", REPO.parent / "shared" / "data" / "ferplus"))
# In-the-wild faces in the same packed layout (usage 1 = dev, read as PublicTest; 2 = test, as PrivateTest).
DEFAULT_LFW = Path(os.environ.get("EMOTUNE_LFW", REPO.parent / "shared" / "data" / "lfw-expressions"))
# Posed faces (half of CK+48, split by person), all dev (read as PublicTest): selection only, never trained on.
DEFAULT_CK = Path(os.environ.get("EMOTUNE_CK", REPO.parent / "shared" / "data" / "ckplus48-dev"))

# FER2013's own class order; the exported model's manifest records it for the extension.
LABELS = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"]
SPLITS = {"Training": 0, "PublicTest": 1, "PrivateTest": 2}


@dataclass
class Split:
    images: np.ndarray  # N x 48 x 48 uint8
    labels: np.ndarray  # N int64, FER2013 classes
    rows: np.ndarray  # N original CSV rows (to align FER+)


def load_fer2013(root: Path = DEFAULT_FER) -> dict[str, Split]:
    root = Path(root)
    if not (root / "images.u8.gz").exists():
        raise FileNotFoundError(
            f"FER2013 not found in {root}: expected images.u8.gz, labels.u8 and usage.u8 "
            "(lab/DATA-FORMAT.md defines the format; pass --data for another folder)"
        )
    images = np.frombuffer(gzip.open(root / "images.u8.gz").read(), np.uint8).reshape(-1, 48, 48)
    labels = np.frombuffer((root / "labels.u8").read_bytes(), np.uint8).astype(np.int64)
    usage = np.frombuffer((root / "usage.u8").read_bytes(), np.uint8)
    rows = np.arange(len(labels))
    return {
        name: Split(images[usage == code], labels[usage == code], rows[usage == code])
        for name, code in SPLITS.items()
    }


# FER+ columns -> FER2013 classes (contempt, unknown and not-a-face have no FER2013 class).
FERPLUS_TO_FER = {"neutral": 6, "happiness": 3, "surprise": 5, "sadness": 4, "anger": 0, "disgust": 1, "fear": 2}


def load_ferplus_soft(root: Path = DEFAULT_FERPLUS) -> np.ndarray:
    """N x 7 vote distributions over FER2013's classes, one row per CSV row; rows with no emotion
    votes (all contempt/unknown/not-a-face) are all zeros and should be skipped."""
    with open(Path(root) / "fer2013new.csv", newline="") as f:
        reader = csv.DictReader(f)
        out = []
        for row in reader:
            votes = np.zeros(7, np.float32)
            for column, cls in FERPLUS_TO_FER.items():
                votes[cls] = float(row[column] or 0)
            total = votes.sum()
            out.append(votes / total if total > 0 else votes)
    return np.stack(out)


def class_counts(labels: np.ndarray) -> np.ndarray:
    return np.bincount(labels, minlength=len(LABELS))
