import tempfile
import unittest
from pathlib import Path

import torch

from emotune_lab.export_tfjs import to_graph, write_tfjs
from emotune_lab.import_tfjs import load_tfjs_xception, read_tfjs_weights
from emotune_lab.xception import Xception


def trained_looking(model: Xception) -> Xception:
    """Random weights and batch-norm statistics, as after training (fresh ones would hide folding errors)."""
    g = torch.Generator().manual_seed(3)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.running_mean.copy_(torch.randn(m.running_mean.shape, generator=g) * 0.1)
                m.running_var.copy_(torch.rand(m.running_var.shape, generator=g) + 0.5)
                m.weight.copy_(torch.rand(m.weight.shape, generator=g) + 0.5)
                m.bias.copy_(torch.randn(m.bias.shape, generator=g) * 0.1)
    return model.eval()


class ImportTfjsTest(unittest.TestCase):
    def setUp(self):
        torch.manual_seed(0)
        self.src = trained_looking(Xception(7, 0.125, 1))
        self.x = torch.randn(64, 3, 48, 48)

    def export(self, d: str) -> Path:
        folder = Path(d)
        write_tfjs(to_graph(self.src, 48), folder)
        return folder

    def test_round_trip_computes_the_same_function(self):
        with tempfile.TemporaryDirectory() as d:
            dst = Xception(7, 0.125, 1)
            load_tfjs_xception(dst, self.export(d), self.x)
        dst.eval()
        with torch.no_grad():
            self.assertLess((self.src(self.x) - dst(self.x)).abs().max().item(), 1e-4)

    def test_batch_norm_is_reparameterised_for_training(self):
        # In training mode batch norm uses the batch's statistics: on the calibration batch itself the
        # loaded network must still compute the exported function (an identity batch norm would not).
        with tempfile.TemporaryDirectory() as d:
            dst = Xception(7, 0.125, 1)
            load_tfjs_xception(dst, self.export(d), self.x)
        dst.train()
        dst.dropout.p = 0.0
        with torch.no_grad():
            self.assertLess((self.src(self.x) - dst(self.x)).abs().max().item(), 1e-3)

    def test_another_network_is_refused(self):
        with tempfile.TemporaryDirectory() as d:
            folder = self.export(d)
            self.assertGreater(len(read_tfjs_weights(folder)), 10)
            with self.assertRaisesRegex(ValueError, "shape"):
                load_tfjs_xception(Xception(7, 0.25, 1), folder, self.x)


if __name__ == "__main__":
    unittest.main()
