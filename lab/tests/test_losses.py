import tempfile
import unittest
from pathlib import Path

import numpy as np
import torch

from emotune_lab.losses import load_teachers, parse_teacher, soft_cross_entropy


class LossesTest(unittest.TestCase):
    def test_soft_cross_entropy_skips_faces_without_votes(self):
        logits = torch.tensor([[2.0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 9.0]])
        target = torch.tensor([[1.0, 0, 0, 0, 0, 0, 0], [0.0] * 7])
        only_first = -torch.log_softmax(logits[:1], 1)[0, 0]
        self.assertAlmostEqual(soft_cross_entropy(logits, target).item(), only_first.item(), places=6)
        self.assertEqual(soft_cross_entropy(logits, torch.zeros(2, 7)).item(), 0.0)

    def test_teacher_specs(self):
        self.assertEqual(parse_teacher("runs/t/a.f32"), (Path("runs/t/a.f32"), 1.0))
        self.assertEqual(parse_teacher("runs/t/a.f32:0.25"), (Path("runs/t/a.f32"), 0.25))
        with self.assertRaises(ValueError):
            parse_teacher("a.f32:0")

    def test_teachers_are_averaged_by_weight(self):
        with tempfile.TemporaryDirectory() as d:
            a, b = Path(d) / "a.f32", Path(d) / "b.f32"
            np.eye(7, dtype=np.float32)[[0, 1]].tofile(a)  # two faces, teacher A: angry, disgust
            np.eye(7, dtype=np.float32)[[6, 6]].tofile(b)  # teacher B: neutral twice
            mixed = load_teachers([f"{a}:3", f"{b}:1"], 2)
        self.assertEqual(mixed.shape, (2, 7))
        self.assertAlmostEqual(float(mixed[0, 0]), 0.75)
        self.assertAlmostEqual(float(mixed[1, 6]), 0.25)
        np.testing.assert_allclose(mixed.sum(1), 1.0, rtol=1e-6)


if __name__ == "__main__":
    unittest.main()
