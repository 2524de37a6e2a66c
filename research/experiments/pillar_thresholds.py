"""Per-label or shared decision thresholds for the fine-tuned tier's pillars and pitfalls?

The fine-tuned tier tunes one threshold per label on its validation rows (about 850 comments, of
which a few dozen carry a rare label such as ``integrity``), so the rare labels' thresholds rest
on few examples. This compares, per cross-validation fold, with the fold models that
``evaluation/accurate_cv.py --save-models DIR`` kept (validation rows: the ones ``finetune_rows``
held back for that fold; the test fold is only scored):

- ``per_label``: the thresholds as trained (one per label, tuned on the validation rows);
- ``shared``: one threshold for all labels of a kind, tuned on the same rows for macro-F1;
- ``half_way``: the mean of each label's own threshold and the shared one.

Decided before the run: a variant replaces ``per_label`` only if its test macro-F1 is higher on at
least four folds of five and on average by more than the folds' standard error.

    python evaluation/accurate_cv.py --save-models /tmp/accurate_cv_models --json /tmp/accurate_cv.json
    python research/experiments/pillar_thresholds.py --models /tmp/accurate_cv_models \
        --json evaluation/reports/pillar_thresholds.json
"""
from __future__ import annotations

import os

import numpy as np
from fold_models import encoder_thresholds, fold_model_args, gain_summary, macro_f1, training_data, write_report

os.environ.setdefault("HF_HUB_OFFLINE", "1")

GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)


def main() -> None:
    args = fold_model_args(__doc__)
    from cxnlp.models.transformer import load_finetuned
    from cxnlp.taxonomy import PILLARS, PITFALLS
    from cxnlp.training.corpus import label_matrix
    from cxnlp.training.fit import finetune_rows

    _, data = training_data(args.fft_dir)
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    per_fold: dict[str, dict[str, float]] = {}
    for k in args.folds:
        model = load_finetuned(args.models / f"fold{k}")
        _, val = finetune_rows(data, test_fold=k)
        val = val[val["has_tags"].to_numpy(dtype=bool)]
        test = data.annotated[(data.annotated["fold"] == k) & ~data.annotated["weak"]].reset_index(drop=True)
        lv = model.logits(val["text"].astype(str).tolist())
        lt = model.logits(test["text"].astype(str).tolist())
        row: dict[str, float] = {}
        for kind, labels in (("pillars", PILLARS), ("pitfalls", PITFALLS)):
            yv, yt = label_matrix(val[kind], labels), label_matrix(test[kind], labels)
            pv, pt = sig(lv[kind]), sig(lt[kind])
            own = np.array([encoder_thresholds(model)[kind][lab] for lab in labels])
            shared = float(GRID[int(np.argmax([macro_f1(yv, pv >= t) for t in GRID]))])
            for name, t in (("per_label", own), ("shared", np.full(len(labels), shared)),
                            ("half_way", (own + shared) / 2)):
                row[f"{kind}.{name}"] = macro_f1(yt, pt >= t)
            row[f"{kind}.shared_threshold"] = shared
        per_fold[str(k)] = row
        print(f"fold {k}: " + ", ".join(f"{n} {v:.3f}" for n, v in row.items()), flush=True)
    summary: dict[str, dict[str, float]] = {}
    for kind in ("pillars", "pitfalls"):
        for name in ("per_label", "shared", "half_way"):
            g = gain_summary(per_fold, f"{kind}.per_label", f"{kind}.{name}")
            g["gain_over_per_label"] = g.pop("gain")
            summary[f"{kind}.{name}"] = g
    write_report(args.json, per_fold, summary, "pillar_thresholds.py")

if __name__ == "__main__":
    main()
