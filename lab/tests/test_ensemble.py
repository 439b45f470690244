import unittest

import numpy as np

from emotune_lab.ensemble import NEUTRAL, combine, fast_metrics, fit, unclear_table


def member(y: np.ndarray, rng, sad_for_neutral: float) -> np.ndarray:
    """A noisy model that reads a share of the neutral faces as sad (the product's known bias)."""
    p = np.full((len(y), 7), 0.05)
    p[np.arange(len(y)), y] = 0.6
    misread = (y == NEUTRAL) & (rng.random(len(y)) < sad_for_neutral)
    p[misread, NEUTRAL], p[misread, 4] = 0.3, 0.45
    return np.log(p / p.sum(1, keepdims=True))


class EnsembleTest(unittest.TestCase):
    def test_fit_learns_to_undo_a_bias_against_neutral(self):
        rng = np.random.default_rng(0)
        fer_y = rng.integers(0, 7, 700)
        lfw_y = np.where(rng.random(700) < 0.6, NEUTRAL, 3)  # mostly neutral and happy, like lfw
        fer, lfw = [member(fer_y, rng, 0.0)], [member(lfw_y, rng, 0.5)]
        w, bias, _ = fit({"fer": (fer, fer_y), "lfw": (lfw, lfw_y)}, steps=1)
        self.assertEqual(w.tolist(), [1.0])
        before = (combine(lfw, w, np.zeros(7)).argmax(1) == lfw_y).mean()
        after = (combine(lfw, w, bias).argmax(1) == lfw_y).mean()
        self.assertGreater(bias[NEUTRAL] - bias[4], 0.4)
        self.assertGreater(after, before + 0.2)

    def test_fit_weights_the_member_that_reads_posed_faces(self):
        # Member A reads posed angry faces as neutral; member B reads them right but is noisier elsewhere.
        # Only the posed set's floor (every class's recall >= 0.6) tells them apart.
        rng = np.random.default_rng(1)
        fer_y, lfw_y = rng.integers(0, 7, 700), np.where(rng.random(700) < 0.6, NEUTRAL, 3)
        ck_y = rng.choice([0, 3, 5], 300)
        a = [member(fer_y, rng, 0.0), member(lfw_y, rng, 0.0), member(ck_y, rng, 0.0)]
        a[2][ck_y == 0] = np.log(np.array([0.1, 0.05, 0.05, 0.05, 0.05, 0.05, 0.65]))
        b = [member(fer_y, rng, 0.0), member(lfw_y, rng, 0.0), member(ck_y, rng, 0.0)]
        sets = ("fer", fer_y), ("lfw", lfw_y), ("ck", ck_y)
        w, _, _ = fit({d: ([a[i], b[i]], y) for i, (d, y) in enumerate(sets)}, steps=1)
        self.assertGreater(w[1], 0.0)
        ck_pred = combine([a[2], b[2]], w, np.zeros(7)).argmax(1)
        self.assertGreaterEqual(fast_metrics(ck_pred, ck_y)["recall:angry"], 0.6)

    def test_fast_metrics_match_the_definitions(self):
        y = np.array([0, 0, 3, 3, 6])
        pred = np.array([0, 3, 3, 3, 3])
        m = fast_metrics(pred, y)
        self.assertAlmostEqual(m["accuracy"], 0.6)
        self.assertAlmostEqual(m["recall:angry"], 0.5)
        self.assertAlmostEqual(m["min_recall"], 0.0)
        # F1: angry 2*1*0.5/1.5, happy 2*0.5*1/1.5, neutral 0 -> mean over the three present
        self.assertAlmostEqual(m["macro_f1"], (2 / 3 + 2 / 3 + 0) / 3)

    def test_unclear_table_counts_close_calls(self):
        logits = np.log(np.array([[0.5, 0.45] + [0.01] * 5, [0.9, 0.04] + [0.012] * 5]))
        rows = unclear_table(logits, np.array([1, 0]), gaps=(0.1,))
        self.assertEqual(rows[0]["unclear_share"], 0.5)
        self.assertEqual(rows[0]["accuracy_clear"], 1.0)
        self.assertEqual(rows[0]["accuracy_unclear"], 0.0)


if __name__ == "__main__":
    unittest.main()
