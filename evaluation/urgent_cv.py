"""Safety triage per level, as the models train it, cross-validated over the respondent-group folds.

For each fold, a fast model is trained on the other folds exactly as ``cxnlp train`` trains it
(thresholds set on out-of-fold scores of those folds only: the either-level head for recall 0.97,
the level-"urgent" head for ``cxnlp.training.fit.URGENT_NOW_RECALL``) and triages the held-out fold.
Figures per level, pooled out of fold over every annotated comment and for test fold 0 alone:

- ``urgent`` level: recall and precision against comments whose level is "urgent";
- either level (``urgent`` or ``review``): recall and precision against every urgent comment (the
  flag of earlier versions);
- the comments missed at each level, by id.

    python evaluation/urgent_cv.py [--folds 0 1 2 3 4] [--synthetic reviews rare_survey] [--out FILE]

Design choices were compared on folds 1-4 only (``--folds 1 2 3 4``); fold 0 is reported, never tuned on.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from cxnlp.config import load_settings
from cxnlp.training.fit import fit_fast, load_training_data, urgent_report


def summary(y: np.ndarray, flags: np.ndarray, ids: list[str]) -> dict:
    rep = urgent_report(y, flags, [], [])
    return {"positives": rep["positives"], "flagged": rep["flagged"], "recall": round(rep["recall"], 3),
            "precision": round(rep["precision"], 3), "missed": [ids[i] for i in rep["missed_indices"]]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fft-dir", type=Path, default=load_settings().fft_dir)
    ap.add_argument("--folds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    ap.add_argument("--synthetic", nargs="*", default=None,
                    help="synthetic training parts (default: the settings' synthetic_parts)")
    ap.add_argument("--out", type=Path, default=None, help="also write the figures here as JSON")
    args = ap.parse_args()
    settings = load_settings()
    parts = settings.synthetic_parts if args.synthetic is None else args.synthetic
    data = load_training_data(Path("data/labeled"), args.fft_dir, spacy_model=settings.spacy_model, synthetic=parts)
    hand = data.annotated[~data.annotated["weak"] & data.annotated["fold"].isin(args.folds)].reset_index(drop=True)
    n = len(hand)
    level: list[str | None] = [None] * n
    source: list[str | None] = [None] * n
    per_fold = []
    for f in args.folds:
        model = fit_fast(data, seed=settings.seed, test_fold=f)
        te = np.flatnonzero((hand["fold"] == f).to_numpy())
        pred = model.predict(hand.loc[te, "text"].astype(str).tolist())
        for i, lv, src in zip(te, pred.urgent_level, pred.urgent_source):
            level[i], source[i] = lv, src
        row = {"fold": f, "comments": len(te)}
        for name, truth, flag in _levels(hand.iloc[te], [level[i] for i in te]):
            rep = urgent_report(truth, flag, [], [])
            row[name] = {"positives": rep["positives"], "flagged": rep["flagged"], "recall": round(rep["recall"], 3),
                         "precision": round(rep["precision"], 3)}
        per_fold.append(row)
        print(json.dumps(row), flush=True)
    ids = hand["id"].tolist()
    out: dict = {"comments": n, "folds": args.folds, "synthetic_parts": list(parts),
                 "out_of_fold": {name: summary(t, fl, ids) for name, t, fl in _levels(hand, level)},
                 "per_fold": per_fold,
                 "flags_by_source": {s: int(sum(1 for x in source if x == s)) for s in ("pattern", "model")}}
    if 0 in args.folds:
        m = (hand["fold"] == 0).to_numpy()
        sub_ids = [i for i, k in zip(ids, m) if k]
        out["test_fold_0"] = {name: summary(t, fl, sub_ids)
                              for name, t, fl in _levels(hand[m], [lv for lv, k in zip(level, m) if k])}
    print(json.dumps({k: v for k, v in out.items() if k != "per_fold"}, indent=2))
    if args.out:
        args.out.write_text(json.dumps(out, indent=2) + "\n")


def _levels(rows, level: list[str | None]):
    """(name, truth, predicted) for the level "urgent" and for either level."""
    yield ("urgent_level", rows["urgent_level"].eq("urgent").to_numpy(),
           np.array([lv == "urgent" for lv in level], dtype=bool))
    yield ("either_level", rows["urgent"].astype(bool).to_numpy(), np.array([lv is not None for lv in level], dtype=bool))


if __name__ == "__main__":
    main()
