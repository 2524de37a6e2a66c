"""What the experiments on ``evaluation/accurate_cv.py``'s saved fold models share: their command
line, the training data, macro-F1, the gain-per-fold summary and the report file."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np


def fold_model_args(doc: str | None) -> argparse.Namespace:
    """``--models DIR`` (the ``--save-models`` folder of ``evaluation/accurate_cv.py``), ``--folds``,
    ``--fft-dir`` and ``--json``."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", type=Path, required=True, help="the --save-models folder of evaluation/accurate_cv.py")
    ap.add_argument("--folds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    ap.add_argument("--fft-dir", type=Path, default=None)
    ap.add_argument("--json", type=Path, default=None)
    return ap.parse_args()


def training_data(fft_dir: Path | None) -> tuple[Any, Any]:
    """The settings and the training data, as ``evaluation/accurate_cv.py`` loads them."""
    from cxnlp.config import load_settings
    from cxnlp.training.fit import load_training_data

    settings = load_settings()
    return settings, load_training_data(Path("data/labeled"), fft_dir or settings.fft_dir,
                                        spacy_model=settings.spacy_model)


def encoder_thresholds(model: Any) -> dict[str, dict[str, float]]:
    """The fold model's encoder-head thresholds: a model with the TF-IDF blend keeps them apart
    (``meta["encoder_thresholds"]``), its ``thresholds`` being the blend's."""
    return model.meta.get("encoder_thresholds") or model.meta["thresholds"]


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(y, pred, average="macro", zero_division=0))


def gain_summary(per_fold: dict[str, dict[str, float]], base: str, name: str) -> dict[str, float]:
    """Mean and sd of figure ``name`` over the folds, and its gain over figure ``base``: mean,
    standard error and the number of folds where it is ahead."""
    v = np.array([r[name] for r in per_fold.values()])
    d = v - np.array([r[base] for r in per_fold.values()])
    return {"mean": float(v.mean()), "sd": float(v.std(ddof=1)) if len(v) > 1 else 0.0,
            "gain": float(d.mean()), "gain_standard_error": float(d.std(ddof=1) / np.sqrt(len(d))) if len(d) > 1 else 0.0,
            "folds_ahead": int((d > 0).sum())}


def write_report(path: Path | None, per_fold: dict[str, Any], summary: dict[str, Any], script: str) -> None:
    """Print the summary and, with ``--json``, write the per-fold figures and the summary."""
    print(json.dumps(summary, indent=1))
    if path:
        path.write_text(json.dumps({"per_fold": per_fold, "summary": summary,
                                    "command": f"python research/experiments/{script} --models DIR"}, indent=2) + "\n")
