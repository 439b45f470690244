"""Named training recipes. Each records everything that shaped the shipped model."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Recipe:
    name: str
    width: float = 0.25
    middle_blocks: int = 8
    input_size: int = 48
    epochs: int = 24
    batch: int = 64
    lr: float = 1e-3
    weight_decay: float = 1e-4
    label_smoothing: float = 0.1
    dropout: float = 0.2
    # Class weights ~ 1/freq**power: 0.5 lifts disgust (1.5 % of faces) without swamping the rest.
    class_weight_power: float = 0.5
    # First epochs on FER+ crowd-vote distributions of the Training faces (cleaner labels), then FER2013.
    ferplus_epochs: int = 0
    # Knowledge distillation (train.py --teacher): weight of the teacher's softened probabilities against
    # the hard labels, and the temperature that softens them. 0 = no teacher.
    kd_alpha: float = 0.0
    kd_temperature: float = 2.0
    # Weight of FER+'s crowd-vote distribution as a target beside the hard label and the teacher (the rest
    # of the weight, 1 - kd_alpha - ferplus_alpha, goes to the hard FER2013 label).
    ferplus_alpha: float = 0.0
    # Augmentation: wider zoom/aspect for detector-box and in-the-wild framing; webcam photometry.
    framing: bool = False
    webcam: bool = False
    # Keep the epoch with the best mean of PublicTest and lfw-expressions dev accuracy (else PublicTest's).
    select_on_lfw: bool = False
    # Also count ckplus48-dev's posed faces (accuracy) in the selection score: never a gradient.
    select_on_ck: bool = False
    train_limit: int = 0  # 0 = all Training faces (smoke runs use a few hundred)
    threads: int = 2
    seed: int = 13
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


RECIPES = {
    # The 2-core CPU recipe: a quarter-width Xception (all 8 middle blocks) at FER2013's native 48 px.
    "cpu": Recipe("cpu", width=0.25, middle_blocks=8, input_size=48, epochs=22, batch=64, ferplus_epochs=6),
    # The same without the FER+ stage: FER2013 labels from the first epoch (the transfer ablation).
    "cpu-scratch": Recipe("cpu-scratch", width=0.25, middle_blocks=8, input_size=48, epochs=22, batch=64,
                          ferplus_epochs=0),
    # Second stage of the CPU recipe (52 + 26 min): continue the `cpu` run (--init lab/runs/cpu/best.pt) with
    # Human's FER2013 model as teacher (--teacher, mirror-averaged probabilities from `npm run teacher`).
    "cpu-kd": Recipe("cpu-kd", width=0.25, middle_blocks=8, input_size=48, epochs=16, batch=64, lr=5e-4,
                     ferplus_epochs=0, kd_alpha=0.7, kd_temperature=2.0),
    # Ablation of cpu-kd: the same continuation without the teacher (is it the teacher or the extra epochs?).
    "cpu-continue": Recipe("cpu-continue", width=0.25, middle_blocks=8, input_size=48, epochs=16, batch=64,
                           lr=5e-4, ferplus_epochs=0, kd_alpha=0.0),
    # Issue 9's CPU recipe: continue the shipped model (--init-tfjs ../models/emotion-xception) with an
    # ensemble of teachers (Human's FER2013 model and face-api's cross-dataset one), FER+ votes as a second
    # soft target, framing and webcam augmentation, and selection on FER2013 and in-the-wild faces.
    "cpu-multi": Recipe("cpu-multi", width=0.25, middle_blocks=8, input_size=48, epochs=10, batch=64, lr=5e-4,
                        ferplus_epochs=0, kd_alpha=0.4, kd_temperature=2.0, ferplus_alpha=0.3, framing=True,
                        webcam=True, select_on_lfw=True),
    # Ablation of cpu-multi: the same start, targets and augmentation without the teachers (what do the
    # teachers add beyond FER+ votes and augmentation?). The teacher's weight goes to the hard label.
    "cpu-multi-noteacher": Recipe("cpu-multi-noteacher", width=0.25, middle_blocks=8, input_size=48, epochs=10,
                                  batch=64, lr=5e-4, ferplus_epochs=0, kd_alpha=0.0, ferplus_alpha=0.3,
                                  framing=True, webcam=True, select_on_lfw=True),
    # Issue 16's CPU recipe: continue the shipped model with the posed-strong teachers (face-api's expression
    # net, gear-e2) beside the calm-strong one (the shipped Xception with its offsets) and Human's FER2013
    # model, so one network learns what the ensemble's members each know; selection on all three dev sets.
    "cpu-posed": Recipe("cpu-posed", width=0.25, middle_blocks=8, input_size=48, epochs=8, batch=64, lr=5e-4,
                        ferplus_epochs=0, kd_alpha=0.6, kd_temperature=2.0, ferplus_alpha=0.2, framing=True,
                        webcam=True, select_on_lfw=True, select_on_ck=True),
    # The H100 recipe: the standard full-width Xception, upscaled input, longer schedule.
    "gpu": Recipe("gpu", width=1.0, middle_blocks=8, input_size=96, epochs=60, batch=128, lr=1e-3,
                  ferplus_epochs=10, threads=16),
    # Seconds, for tests: a few hundred faces, one epoch, tiny network.
    "smoke": Recipe("smoke", width=0.125, middle_blocks=1, input_size=48, epochs=1, batch=32,
                    train_limit=320, ferplus_epochs=0, dropout=0.0),
}
