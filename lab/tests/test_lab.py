"""Fast lab tests (run by `npm test` through test/lab/lab.test.ts): `python3 -m unittest discover lab/tests`."""
from __future__ import annotations

import tempfile
import unittest
from pathlib import Path

import numpy as np
import torch

from emotune_lab.augment import augment
from emotune_lab.keras_weights import load_keras_xception, save_keras_xception
from emotune_lab.xception import Xception, count_params, tf_same_pad


class XceptionTest(unittest.TestCase):
    def test_standard_size(self):
        # Keras' Xception with its 1000-way top has 22,910,480 weights, batch-norm moving statistics
        # included (PyTorch keeps those as buffers): the same network, weight for weight.
        model = Xception(1000, 1.0, 8)
        stats = sum(m.running_mean.numel() + m.running_var.numel()
                    for m in model.modules() if isinstance(m, torch.nn.BatchNorm2d))
        self.assertEqual(count_params(model) + stats, 22_910_480)

    def test_shapes(self):
        for size in (48, 71):
            self.assertEqual(Xception(7, 0.125, 1)(torch.zeros(2, 3, size, size)).shape, (2, 7))

    def test_tf_same_padding(self):
        # TF SAME for k=3, s=2: an even side pads 0 before and 1 after; an odd side 1 and 1.
        self.assertEqual(tf_same_pad(torch.zeros(1, 1, 48, 48), 3, 2).shape[-1], 49)
        self.assertEqual(tf_same_pad(torch.zeros(1, 1, 47, 47), 3, 2).shape[-1], 49)
        self.assertEqual(tf_same_pad(torch.zeros(1, 1, 48, 48), 3, 1).shape[-1], 50)


class KerasWeightsTest(unittest.TestCase):
    def test_round_trip_through_keras_h5_layout(self):
        torch.manual_seed(1)
        src, dst = Xception(7, 0.125, 2), Xception(7, 0.125, 2)
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "xception_notop.h5"
            save_keras_xception(src, path)
            # entry 4 + blocks 2-4 (4 + 2 residual) x 3 + middle 6 x 2 + block13 (4 + 2) + block14 4
            self.assertEqual(load_keras_xception(dst, path), 4 + 6 * 3 + 6 * 2 + 6 + 4)
        for (name, a), (_, b) in zip(src.state_dict().items(), dst.state_dict().items()):
            if "head" in name or "num_batches" in name:
                continue
            self.assertTrue(torch.equal(a, b), name)

    def test_shape_mismatch_is_refused(self):
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "w.h5"
            save_keras_xception(Xception(7, 0.125, 1), path)
            with self.assertRaisesRegex(ValueError, "shape"):
                load_keras_xception(Xception(7, 0.25, 1), path)


class AugmentTest(unittest.TestCase):
    def test_keeps_shape_and_changes_pixels(self):
        x = torch.rand(8, 3, 48, 48)
        y = augment(x, generator=torch.Generator().manual_seed(0))
        self.assertEqual(y.shape, x.shape)
        self.assertGreater(float((y - x).abs().mean()), 0.01)


if __name__ == "__main__":
    unittest.main()


class DistillationTest(unittest.TestCase):
    def test_zero_when_the_student_matches_the_softened_teacher(self):
        from emotune_lab.losses import distillation_loss
        teacher = torch.softmax(torch.tensor([[2.0, 0.5, -1.0, 0.0, 0.3, -0.2, 1.0]]), 1)
        # The student's logits equal the teacher's: at any temperature the softened distributions agree.
        same = distillation_loss(torch.log(teacher), teacher, 2.0)
        other = distillation_loss(torch.zeros(1, 7), teacher, 2.0)
        self.assertAlmostEqual(same.item(), 0.0, places=5)
        self.assertGreater(other.item(), 0.01)

    def test_teacher_file_must_match_the_split(self):
        from emotune_lab.losses import load_teacher
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "t.f32"
            np.ones((5, 7), np.float32).tofile(path)
            self.assertEqual(load_teacher(path, 5).shape, (5, 7))
            with self.assertRaises(ValueError):
                load_teacher(path, 6)


class RecipeTest(unittest.TestCase):
    def test_gpu_recipe_trains_a_step_at_its_size(self):
        # The H100 recipe cannot run here in full; this proves its network and input size train at all.
        from emotune_lab.preprocess import to_input
        from emotune_lab.recipes import RECIPES
        from emotune_lab.train import build_model
        r = RECIPES["gpu"]
        model = build_model(r)
        x = to_input(np.random.default_rng(0).integers(0, 255, (2, 48, 48), dtype=np.uint8), r.input_size)
        self.assertEqual(tuple(x.shape), (2, 3, r.input_size, r.input_size))
        loss = torch.nn.functional.cross_entropy(model(x), torch.tensor([0, 3]))
        loss.backward()
        self.assertTrue(all(p.grad is not None for p in model.parameters()))
        self.assertGreater(count_params(model), 20_000_000)
