"""Do a comment's sentences add to the accurate tier's pillars and pitfalls?

The tagger reads a comment whole; a long comment with several topics may dilute each one. The
batch job already scores every sentence (and contrast clause) of a multi-part comment for the
evidence and the per-pillar sentiment (``cxnlp.batch.tag``), so reading the labels off the
sentences too costs nothing at run time. This measures it per cross-validation fold, with the
blended fold models that ``evaluation/accurate_cv.py --save-models DIR`` kept:

- ``comment``: the fold model's pillars and pitfalls as it ships them (the blend of the
  fine-tuned heads and the TF-IDF taggers, thresholds tuned on its validation rows);
- ``parts_max``: per label the highest probability over the comment's parts (a one-part comment
  keeps its own), thresholds tuned on the validation rows;
- ``mean``: the plain mean of ``comment``'s and ``parts_max``'s probabilities (weight 1/2, not
  tuned), thresholds tuned on the validation rows with the shipped models' ``tune_threshold``.

The test fold is only scored. Decided before the run: ``mean`` replaces ``comment`` for a kind
of label only if its test macro-F1 is higher on at least four folds of five, on average by more
than the folds' standard error and by at least 0.01.

    python evaluation/accurate_cv.py --save-models /tmp/accurate_cv_models --json /tmp/accurate_cv.json
    python research/experiments/pillar_parts.py --models /tmp/accurate_cv_models \
        --json evaluation/reports/pillar_parts.json
"""
from __future__ import annotations

import os
import time
from typing import Any

import numpy as np
from fold_models import fold_model_args, gain_summary, macro_f1, training_data, write_report

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def parts_max(model: Any, texts: list[str]) -> tuple[Any, dict[str, np.ndarray]]:
    """The model's comment-level prediction, and per kind the highest probability over each
    comment's parts (``split_parts``, as the batch job splits them)."""
    from cxnlp.models.sentences import split_parts

    pred = model.predict(texts, urgent=False)
    split = split_parts(texts)
    flat = [p for ps in split if len(ps) > 1 for p in ps]
    sp = model.predict(flat, urgent=False) if flat else None
    out = {"pillars": pred.pillar_proba.copy(), "pitfalls": pred.pitfall_proba.copy()}
    k = 0
    for i, ps in enumerate(split):
        if len(ps) > 1:
            assert sp is not None
            out["pillars"][i] = sp.pillar_proba[k:k + len(ps)].max(axis=0)
            out["pitfalls"][i] = sp.pitfall_proba[k:k + len(ps)].max(axis=0)
            k += len(ps)
    return pred, out


def main() -> None:
    args = fold_model_args(__doc__)
    from cxnlp.models.components import tune_threshold
    from cxnlp.models.sentences import split_parts
    from cxnlp.models.transformer import load_finetuned
    from cxnlp.taxonomy import PILLARS, PITFALLS
    from cxnlp.training.corpus import label_matrix
    from cxnlp.training.fit import finetune_rows

    _, data = training_data(args.fft_dir)
    per_fold: dict[str, dict[str, float]] = {}
    for k in args.folds:
        t0 = time.time()
        model = load_finetuned(args.models / f"fold{k}")
        if not model.blends:
            raise SystemExit(f"fold{k} has no TF-IDF blend: save the fold models with today's evaluation/accurate_cv.py")
        _, val = finetune_rows(data, test_fold=k)
        val = val[val["has_tags"].to_numpy(dtype=bool)]
        test = data.annotated[(data.annotated["fold"] == k) & ~data.annotated["weak"]].reset_index(drop=True)
        pv, mv = parts_max(model, val["text"].astype(str).tolist())
        pt, mt = parts_max(model, test["text"].astype(str).tolist())
        multi = [len(p) > 1 for p in split_parts(test["text"].astype(str).tolist())]
        row: dict[str, float] = {"val_rows": float(len(val)), "test_rows": float(len(test)),
                                 "test_multi_part_share": float(np.mean(multi))}
        for kind, labels, comment_v, comment_t, shipped in (
                ("pillars", PILLARS, pv.pillar_proba, pt.pillar_proba, pt.pillars),
                ("pitfalls", PITFALLS, pv.pitfall_proba, pt.pitfall_proba, pt.pitfalls)):
            yv, yt = label_matrix(val[kind], labels), label_matrix(test[kind], labels)
            row[f"{kind}.comment"] = macro_f1(yt, label_matrix(shipped, labels).astype(bool))
            for name, sv, st in (("parts_max", mv[kind], mt[kind]),
                                 ("mean", (comment_v + mv[kind]) / 2, (comment_t + mt[kind]) / 2)):
                t = np.array([tune_threshold(yv[:, j], sv[:, j]) for j in range(len(labels))])
                row[f"{kind}.{name}"] = macro_f1(yt, st >= t)
        per_fold[str(k)] = row
        print(f"fold {k} ({time.time() - t0:.0f}s): " + ", ".join(f"{n} {v:.3f}" for n, v in row.items()), flush=True)
    summary: dict[str, dict[str, float]] = {}
    for kind in ("pillars", "pitfalls"):
        for name in ("comment", "parts_max", "mean"):
            g = gain_summary(per_fold, f"{kind}.comment", f"{kind}.{name}")
            g["gain_over_comment"] = g.pop("gain")
            g["passes_rule"] = bool(name == "mean" and g["folds_ahead"] >= 4
                                    and g["gain_over_comment"] > g["gain_standard_error"]
                                    and g["gain_over_comment"] >= 0.01)
            summary[f"{kind}.{name}"] = g
    write_report(args.json, per_fold, summary, "pillar_parts.py")


if __name__ == "__main__":
    main()
