import dataclasses
import tempfile
import unittest
from pathlib import Path

import torch

from emotune_lab.recipes import RECIPES
from emotune_lab.train import train

from .fake_data import write_fake_fer2013


class ResumeTest(unittest.TestCase):
    def test_a_run_cut_short_and_resumed_ends_where_an_uncut_run_ends(self):
        r = dataclasses.replace(RECIPES["smoke"], epochs=2, train_limit=0, notes=[])
        with tempfile.TemporaryDirectory() as d:
            data = write_fake_fer2013(Path(d) / "fer")
            whole, cut = Path(d) / "whole", Path(d) / "cut"
            train(dataclasses.replace(r), whole, data=data)
            train(dataclasses.replace(r), cut, data=data, stop_after=1)
            self.assertFalse((cut / "epoch-02.pt").exists())
            summary = train(dataclasses.replace(r), cut, data=data, resume=True)
            self.assertEqual(len(summary["recipe"]["notes"]), 0)
            a = torch.load(whole / "epoch-02.pt")
            b = torch.load(cut / "epoch-02.pt")
            for k in a:
                self.assertTrue(torch.allclose(a[k].float(), b[k].float(), atol=1e-5), k)


if __name__ == "__main__":
    unittest.main()
