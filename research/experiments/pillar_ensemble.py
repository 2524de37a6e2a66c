"""Do the fast tier's TF-IDF taggers add to the fine-tuned tier's pillars and pitfalls?

The fine-tuned encoder and the TF-IDF + logistic-regression taggers read a comment differently
(a 128-token sentence embedding against every word and word pair), so their errors may differ
and the mean of their probabilities may tag better than either. This measures it per
cross-validation fold, with the fold models that ``evaluation/accurate_cv.py --save-models DIR``
kept:

- ``finetuned``: the fold model's pillars and pitfalls as trained (thresholds from its
  validation rows);
- ``tfidf``: the fast tier's taggers (``fit_fast``) trained on the same rows as the fold model
  (every fold but the test fold, less the validation rows that ``finetune_rows`` holds back),
  thresholds re-tuned on those validation rows;
- ``mean``: the plain mean of the two probabilities (weight 1/2, not tuned), thresholds tuned on
  the validation rows with the same ``tune_threshold`` as the shipped models.

The test fold is only scored. Decided before the run: ``mean`` replaces ``finetuned`` for a kind
of label only if its test macro-F1 is higher on at least four folds of five, on average by more
than the folds' standard error and by at least 0.01 (a second model in the default tier must pay
for its cost in throughput and upkeep).

    python evaluation/accurate_cv.py --save-models /tmp/accurate_cv_models --json /tmp/accurate_cv.json
    python research/experiments/pillar_ensemble.py --models /tmp/accurate_cv_models \
        --json evaluation/reports/pillar_ensemble.json
"""
from __future__ import annotations

import dataclasses
import os
import time

import numpy as np
from fold_models import encoder_thresholds, fold_model_args, gain_summary, macro_f1, training_data, write_report

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def main() -> None:
    args = fold_model_args(__doc__)
    from cxnlp.models.components import tune_threshold
    from cxnlp.models.transformer import load_finetuned
    from cxnlp.taxonomy import PILLARS, PITFALLS
    from cxnlp.training.corpus import label_matrix
    from cxnlp.training.fit import finetune_rows, fit_fast, is_finetune_validation

    settings, data = training_data(args.fft_dir)
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    per_fold: dict[str, dict[str, float]] = {}
    for k in args.folds:
        t0 = time.time()
        model = load_finetuned(args.models / f"fold{k}")
        _, val = finetune_rows(data, test_fold=k)
        val = val[val["has_tags"].to_numpy(dtype=bool)]

        def without_val(frame, k: int = k):  # noqa: ANN001, ANN202
            # the validation rows join the test fold, so fit_fast trains on exactly the fold model's rows
            held = is_finetune_validation(frame["group"], test_fold=k) & frame["fold"].ne(k).to_numpy()
            return frame.assign(fold=frame["fold"].where(~held, k))

        fast = fit_fast(dataclasses.replace(data, sentiment=without_val(data.sentiment),
                                            annotated=without_val(data.annotated)), seed=settings.seed, test_fold=k)
        test = data.annotated[(data.annotated["fold"] == k) & ~data.annotated["weak"]].reset_index(drop=True)
        lv = model.logits(val["text"].astype(str).tolist())
        lt = model.logits(test["text"].astype(str).tolist())
        fv, ft = fast.predict(val["text"].astype(str).tolist()), fast.predict(test["text"].astype(str).tolist())
        row: dict[str, float] = {"val_rows": float(len(val)), "test_rows": float(len(test))}
        for kind, labels, fast_v, fast_t in (("pillars", PILLARS, fv.pillar_proba, ft.pillar_proba),
                                             ("pitfalls", PITFALLS, fv.pitfall_proba, ft.pitfall_proba)):
            yv, yt = label_matrix(val[kind], labels), label_matrix(test[kind], labels)
            pv, pt = sig(lv[kind]), sig(lt[kind])
            own = np.array([encoder_thresholds(model)[kind][lab] for lab in labels])
            row[f"{kind}.finetuned"] = macro_f1(yt, pt >= own)
            for name, sv, st in (("tfidf", fast_v, fast_t), ("mean", (pv + fast_v) / 2, (pt + fast_t) / 2)):
                t = np.array([tune_threshold(yv[:, j], sv[:, j]) for j in range(len(labels))])
                row[f"{kind}.{name}"] = macro_f1(yt, st >= t)
        per_fold[str(k)] = row
        print(f"fold {k} ({time.time() - t0:.0f}s): " + ", ".join(f"{n} {v:.3f}" for n, v in row.items()), flush=True)
    summary: dict[str, dict[str, float]] = {}
    for kind in ("pillars", "pitfalls"):
        for name in ("finetuned", "tfidf", "mean"):
            g = gain_summary(per_fold, f"{kind}.finetuned", f"{kind}.{name}")
            g["gain_over_finetuned"] = g.pop("gain")
            g["passes_rule"] = bool(name == "mean" and g["folds_ahead"] >= 4
                                    and g["gain_over_finetuned"] > g["gain_standard_error"]
                                    and g["gain_over_finetuned"] >= 0.01)
            summary[f"{kind}.{name}"] = g
    write_report(args.json, per_fold, summary, "pillar_ensemble.py")

if __name__ == "__main__":
    main()
