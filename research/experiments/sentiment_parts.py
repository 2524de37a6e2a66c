"""Do a comment's sentences add to the accurate tier's sentiment?

The pillars gained from reading each comment's parts again (``pillar_parts.py``); sentiment may
too: a long comment that praises and complains is read as one 128-token summary. This measures it
per cross-validation fold, with the fold models that ``evaluation/accurate_cv.py --save-models DIR``
kept, on the test fold's FFT comments with the FFT's own human code (as ``evaluate_model`` scores
``sentiment3_fft``):

- ``comment``: the fold model's sentiment as it ships (3 classes: positive, negative, and neutral
  with mixed);
- ``mean``: per class the plain mean of the comment's probability and the mean of its parts'
  (weight 1/2, not tuned; a one-part comment keeps its own), the class with the highest.

Nothing is tuned, so the validation rows are not used. Decided before the run: ``mean`` replaces
``comment`` only if its 3-class macro-F1 is higher on at least four folds of five, on average by
more than the folds' standard error and by at least 0.01, and its expected calibration error stays
at or under 0.05 on every fold.

    python research/experiments/sentiment_parts.py --models /tmp/accurate_cv_models \
        --json evaluation/reports/sentiment_parts.json
"""
from __future__ import annotations

import os
import time

import numpy as np
from fold_models import fold_model_args, gain_summary, training_data, write_report

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def three_class(proba: np.ndarray) -> np.ndarray:
    """(n, 4) SENTIMENTS probabilities -> (n, 3): positive, negative, neutral with mixed."""
    return np.column_stack([proba[:, 0], proba[:, 1], proba[:, 2] + proba[:, 3]])


def main() -> None:
    args = fold_model_args(__doc__)
    from cxnlp.models.sentences import score_parts
    from cxnlp.models.transformer import load_finetuned
    from cxnlp.taxonomy import fft_sentiment_to_label
    from cxnlp.training.metrics import sentiment_report

    _, data = training_data(args.fft_dir)
    labels3 = ["positive", "negative", "neutral"]
    per_fold: dict[str, dict[str, float]] = {}
    for k in args.folds:
        t0 = time.time()
        model = load_finetuned(args.models / f"fold{k}")
        s = data.sentiment[data.sentiment["fold"] == k].reset_index(drop=True)
        s = s[(s["source"].eq("nhs_fft_phase2") & s["label5"].notna()).to_numpy()].reset_index(drop=True)
        texts = s["text"].astype(str).tolist()
        y = s["label5"].map(fft_sentiment_to_label).tolist()
        pred = model.predict(texts, urgent=False)
        parts, part_pred = score_parts(model, texts)
        comment = three_class(pred.sentiment_proba)
        mean, j = comment.copy(), 0
        for i, ps in enumerate(parts):
            if len(ps) > 1:
                assert part_pred is not None
                mean[i] = (comment[i] + three_class(part_pred.sentiment_proba[j:j + len(ps)]).mean(axis=0)) / 2
                j += len(ps)
        row: dict[str, float] = {"test_rows": float(len(s)), "multi_part_share": float(np.mean([len(p) > 1 for p in parts]))}
        for name, p3 in (("comment", comment), ("mean", mean)):
            rep = sentiment_report(y, [labels3[c] for c in p3.argmax(axis=1)], labels3, p3)
            row[f"{name}.macro_f1"], row[f"{name}.accuracy"], row[f"{name}.ece"] = (
                float(rep["macro_f1"]), float(rep["accuracy"]), float(rep["ece"]))  # type: ignore[arg-type]
        per_fold[str(k)] = row
        print(f"fold {k} ({time.time() - t0:.0f}s): " + ", ".join(f"{n} {v:.3f}" for n, v in row.items()), flush=True)
    summary: dict[str, dict[str, float]] = {}
    for name in ("comment", "mean"):
        g = gain_summary(per_fold, "comment.macro_f1", f"{name}.macro_f1")
        g["gain_over_comment"] = g.pop("gain")
        g["ece_max"] = max(r[f"{name}.ece"] for r in per_fold.values())
        g["passes_rule"] = bool(name == "mean" and g["folds_ahead"] >= 4 and g["gain_over_comment"] > g["gain_standard_error"]
                                and g["gain_over_comment"] >= 0.01 and g["ece_max"] <= 0.05)
        summary[f"sentiment3_fft.{name}"] = g
    write_report(args.json, per_fold, summary, "sentiment_parts.py")


if __name__ == "__main__":
    main()
