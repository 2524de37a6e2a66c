"""Sentiment per pillar (issue 20, item 7), cross-validated over the respondent-group folds.

On the 1,000 real multi-pillar comments of ``data/labeled/pillar_sentiment`` (2,285 comment-pillar
pairs, first readings), every figure out of fold:

- agreement of the two readings on the 200 comments read twice (per pair accuracy, Cohen's kappa);
- baselines: (a) copy the comment's corpus sentiment, (b) copy the base model's predicted comment
  sentiment, (c) today's pipeline (the parts' sentiment vote, ``aggregate_pillar_sentiment``);
- the per-pillar head (:mod:`cxnlp.models.pillar_sentiment`), fit and threshold-tuned on the other
  four folds.

Base-model scores come from a fast model trained per fold on the other folds (``fit_fast``, as
``cxnlp train`` trains it): the shipped model has seen folds 1-4, and its scores there are in-sample.
With ``--oof-models DIR`` they come instead from the fold models that ``evaluation/accurate_cv.py
--save-models DIR`` kept (``DIR/fold<k>``, the fine-tuned recipe without fold k), so the head is fit
on the scores of the model it will serve:

    python evaluation/accurate_cv.py --save-models /tmp/accurate_cv_models --json evaluation/reports/accurate_cv.json
    python evaluation/pillar_sentiment.py --oof-models /tmp/accurate_cv_models \
        --out evaluation/reports/pillar_sentiment_accurate-0.5.0.json \
        --save-head models/accurate/0.5.0 --base-model models/accurate/0.5.0 --base-version accurate-0.5.0
Accuracy is given on every labelled pair, and on the pairs whose pillar the base model names
(what a user sees). Folds: ``fold_of`` over the merged respondent groups of ``load_training_data``.

    python evaluation/pillar_sentiment.py [--cache SCORES.npz] [--out evaluation/reports/pillar_sentiment.json]
                                          [--save-head FOLDER [--base-model FOLDER --base-version V]]

The head reads calibrated probabilities, so the head fit on the fast models' out-of-fold scores can
serve another calibrated base (fine-tuning five out-of-fold models on 2 cores takes about 100
minutes): ``--transfer-head models/fast/0.6.0 --to models/accurate/0.5.0`` copies it into that
model folder for that model's version and scores it with that model on the fold neither has seen
(base models load as the settings say, ``int8_inference``):

    python evaluation/pillar_sentiment.py --transfer-head models/fast/0.6.0 --to models/accurate/0.5.0 \
        --out evaluation/reports/pillar_sentiment_accurate-0.5.0.json
"""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Any

import numpy as np

from cxnlp.config import load_settings
from cxnlp.training.pillar_sentiment import (cross_validate, fit_pillar_sentiment, load_pillar_sentiment_data,
                                             oof_scores)

METHODS = ("copy_corpus_sentiment", "copy_model_sentiment", "today_part_vote", "pillar_sentiment_head")


def agreement(root: Path = Path("data/labeled/pillar_sentiment")) -> dict[str, Any]:
    """The two readings of the double-read comments, per (comment, pillar) pair."""
    from sklearn.metrics import cohen_kappa_score

    a = {}
    for p in sorted((root / "labels_a").glob("batch_*.jsonl")):
        for line in p.open():
            r = json.loads(line)
            a[r["id"]] = r["pillar_sentiment"]
    b = {json.loads(x)["id"]: json.loads(x)["pillar_sentiment"] for x in (root / "labels_b" / "second_reading.jsonl").open()}
    ya, yb = [], []
    for i, lab in b.items():
        for p, v in lab.items():
            if p in a.get(i, {}):
                ya.append(a[i][p])
                yb.append(v)
    ya_, yb_ = np.array(ya), np.array(yb)
    return {"comments": len(b), "pairs": len(ya), "pair_accuracy": round(float((ya_ == yb_).mean()), 4),
            "cohen_kappa": round(float(cohen_kappa_score(ya_, yb_)), 4),
            "comments_all_pillars_agree": round(float(np.mean([a.get(i) == lab for i, lab in b.items()])), 4)}


def figures(cv: dict[str, Any], folds: list[int]) -> dict[str, Any]:
    pairs, y, named = cv["pairs"], cv["y"], cv["named"]
    fold = pairs["fold"].to_numpy()
    out: dict[str, Any] = {}
    for view, mask in (("all_pairs", np.ones(len(y), bool)), ("named_pairs", named)):
        v: dict[str, Any] = {"pairs": int(mask.sum())}
        for m in METHODS:
            right = cv["preds"][m] == y
            per = [float(right[mask & (fold == f)].mean()) for f in folds]
            v[m] = {"accuracy_pooled": round(float(right[mask].mean()), 4), "mean": round(float(np.mean(per)), 4),
                    "sd": round(float(np.std(per, ddof=1)), 4), "per_fold": [round(x, 4) for x in per]}
        head, copy = cv["preds"]["pillar_sentiment_head"] == y, cv["preds"]["copy_model_sentiment"] == y
        diff = [float(head[mask & (fold == f)].mean() - copy[mask & (fold == f)].mean()) for f in folds]
        v["head_minus_copy_model"] = {"mean": round(float(np.mean(diff)), 4), "sd": round(float(np.std(diff, ddof=1)), 4),
                                      "folds_ahead": int(sum(d > 0 for d in diff)),
                                      "head_right_copy_wrong": int((head & ~copy & mask).sum()),
                                      "copy_right_head_wrong": int((copy & ~head & mask).sum())}
        out[view] = v
    # where the labelled pillar sentiment differs from the comment's own sentiment
    differs = y != np.asarray(cv["preds"]["copy_corpus_sentiment"])
    out["pairs_differing_from_comment_sentiment"] = {
        "pairs": int(differs.sum()),
        **{m: round(float((cv["preds"][m] == y)[differs].mean()), 4) for m in METHODS}}
    # the sample over-represents mixed comments (every one of them): figures for each part of it
    corpus = np.asarray(cv["preds"]["copy_corpus_sentiment"])
    out["by_comment_sentiment"] = {
        name: {"pairs": int(m_.sum()), **{m: round(float((cv["preds"][m] == y)[m_].mean()), 4) for m in METHODS}}
        for name, m_ in (("mixed_comments", corpus == "mixed"), ("other_comments", corpus != "mixed"))}
    labels = ["positive", "negative", "neutral", "mixed"]
    out["head_confusion_all_pairs"] = {"labels": labels, "rows_true_cols_pred": [
        [int(((y == t) & (cv["preds"]["pillar_sentiment_head"] == p)).sum()) for p in labels] for t in labels]}
    out["fallback_thresholds_per_fold"] = cv["thresholds"]
    return out


def natural_mix(by: dict[str, Any], corpus_file: Path = Path("data/labeled/corpus.jsonl")) -> dict[str, Any]:
    """Accuracy reweighted to the corpus's own mix: the sample holds every mixed multi-pillar
    comment and a random draw of the others, so weighting the two parts by their share of all real
    multi-pillar pairs estimates accuracy on multi-pillar comments as they come."""
    import pandas as pd

    c = pd.read_json(corpus_file, lines=True, dtype=False)
    multi = c[c["origin"].fillna("real").eq("real") & (c["pillars"].map(len) >= 2)]
    n = multi["pillars"].map(len)
    w = float(n[multi["sentiment"].eq("mixed")].sum() / n.sum())
    return {"share_of_pairs_in_mixed_comments": round(w, 4),
            **{m: round(w * by["mixed_comments"][m] + (1 - w) * by["other_comments"][m], 4) for m in METHODS}}


def labelled_comments(settings: Any, fft_dir: Path | None = None) -> tuple[Any, Any]:
    """The training data (for its folds) and the labelled multi-pillar comments on those folds."""
    from cxnlp.training.fit import load_training_data

    data = load_training_data(Path(str(settings.path(settings.labeled_dir))), fft_dir or settings.fft_dir,
                              spacy_model=settings.spacy_model, synthetic=())
    folds_of = dict(zip(data.annotated["id"], data.annotated["fold"].astype(int)))
    return data, load_pillar_sentiment_data(folds=folds_of).comments


def _write(report: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2, default=str))


def transfer_head(source: Path, target: Path, *, test_fold: int = 0, fft_dir: Path | None = None) -> dict[str, Any]:
    """Copy ``source``'s head into model folder ``target`` for ``target``'s version, then score it
    over that model on ``test_fold`` (which neither the head nor either model was trained on)."""
    from cxnlp.models.loading import load_any_model
    from cxnlp.models.pillar_sentiment import PillarSentimentHead
    from cxnlp.training.pillar_sentiment import evaluate_pillar_sentiment

    settings = load_settings()
    head = PillarSentimentHead.load(source)
    base = load_any_model(target, int8=settings.int8_inference)
    head.meta["transferred_from"] = f"{head.base_version} ({source})"
    head.base_version = base.version
    _, comments = labelled_comments(settings, fft_dir)
    report = {"head": str(head.save(target)), "base_model": base.version, "int8_inference": settings.int8_inference,
              "head_meta": head.meta, "threshold": head.threshold,
              "on_test_fold": evaluate_pillar_sentiment(base, comments, head=head, test_fold=test_fold)}
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fft-dir", type=Path, default=load_settings().fft_dir)
    ap.add_argument("--cache", type=Path, default=None, help="out-of-fold base scores (.npz): read if present, else written")
    ap.add_argument("--out", type=Path, default=Path("evaluation/reports/pillar_sentiment.json"))
    ap.add_argument("--save-head", type=Path, default=None,
                    help="also fit the head on the out-of-fold scores of every comment outside --head-test-fold and "
                         "save it in this folder (then score it with --base-model on that fold)")
    ap.add_argument("--head-test-fold", type=int, default=0, help="the fold the saved head never sees (cxnlp's test fold)")
    ap.add_argument("--base-model", type=Path, default=Path("models/fast/0.6.0"))
    ap.add_argument("--base-version", default="fast-0.6.0", help="the base model the saved head is for")
    ap.add_argument("--oof-models", type=Path, default=None, metavar="DIR",
                    help="score each fold with DIR/fold<k> (evaluation/accurate_cv.py --save-models) instead of a "
                         "fast model fit here")
    ap.add_argument("--transfer-head", type=Path, default=None, metavar="FOLDER",
                    help="model folder whose head to copy (with --to); no cross-validation is run")
    ap.add_argument("--to", type=Path, default=None, metavar="FOLDER", help="model folder the head is copied to")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.transfer_head:
        if args.to is None:
            ap.error("--transfer-head needs --to")
        _write(transfer_head(args.transfer_head, args.to, test_fold=args.head_test_fold, fft_dir=args.fft_dir),
               args.out)
        return
    settings = load_settings()
    data, comments = labelled_comments(settings, args.fft_dir)
    model_for_fold, scores_from = None, (
        f"out of fold: per fold, fit_fast's featurizer, sentiment heads and pillar tagger (seed {settings.seed}) "
        "trained on the other folds (base_model_for_scores)")
    if args.oof_models is not None:
        from cxnlp.models.loading import load_any_model

        def model_for_fold(fold: int) -> Any:
            folder = args.oof_models / f"fold{fold}"
            if not (folder / "meta.json").exists():
                raise SystemExit(f"{folder} holds no model: run evaluation/accurate_cv.py --save-models {args.oof_models}")
            return load_any_model(folder, int8=settings.int8_inference)

        scores_from = (f"out of fold: per fold k, the model evaluation/accurate_cv.py fine-tuned without fold k "
                       f"({args.oof_models}/fold<k>)")
    oof = oof_scores(comments, data, seed=settings.seed, cache=args.cache, model_for_fold=model_for_fold)
    folds = [0, 1, 2, 3, 4]
    cv = cross_validate(comments, oof, seed=settings.seed, folds=folds)
    report = {
        "data": {"comments": len(comments), "pairs": int(len(cv["y"])),
                 "labels": {k: int(v) for k, v in zip(*np.unique(cv["y"], return_counts=True))},
                 "comments_per_fold": {int(k): int(v) for k, v in comments["fold"].value_counts().sort_index().items()}},
        "agreement_second_reading": agreement(),
        "base_scores": scores_from,
        "cv": figures(cv, folds),
    }
    report["cv"]["natural_mix_estimate"] = natural_mix(report["cv"]["by_comment_sentiment"])
    if args.save_head:
        from cxnlp.models.loading import load_any_model
        from cxnlp.training.pillar_sentiment import evaluate_pillar_sentiment

        keep = np.flatnonzero((comments["fold"] != args.head_test_fold).to_numpy())
        head = fit_pillar_sentiment([oof["scores"][i] for i in keep], comments["pillars"].iloc[keep].tolist(),
                                    comments["labels"].iloc[keep].tolist(), comments["fold"].iloc[keep].tolist(),
                                    seed=settings.seed, base_version=args.base_version)
        head.meta["fit_on"] = (("out-of-fold scores of fine-tuned fold models (evaluation/accurate_cv.py)"
                                if args.oof_models else "out-of-fold scores of fast models (base_model_for_scores)")
                               + f" on folds {sorted(set(range(5)) - {args.head_test_fold})}")
        report["saved_head"] = {"path": str(head.save(args.save_head)), "threshold": head.threshold,
                                "trained_on_folds": sorted(set(range(5)) - {args.head_test_fold}), **head.meta}
        base = load_any_model(args.base_model, int8=settings.int8_inference)
        report["saved_head"]["base_model_on_test_fold"] = evaluate_pillar_sentiment(
            base, comments, head=head, test_fold=args.head_test_fold)
    _write(report, args.out)


if __name__ == "__main__":
    main()
