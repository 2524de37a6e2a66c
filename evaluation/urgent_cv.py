"""Safety triage as the models train it, cross-validated over the five respondent-group folds.

For each fold: the TF-IDF featurizer and urgent head are trained on the other four folds exactly
as ``cxnlp train`` trains them (the head's threshold set for recall 0.97 on out-of-fold scores of
those four folds), then patterns OR head flag the held-out fold. Recall and precision are
counted over every annotated comment, each scored by a triage that never saw it: 247 urgent
comments instead of test fold 0's 39, so one lucky fold cannot carry the figure.

    python evaluation/urgent_cv.py [--out evaluation/reports/urgent_cv.json]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from cxnlp.models.bundle import urgent_flags
from cxnlp.train import fit_urgent_tfidf, load_training_data, urgent_report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fft-dir", type=Path, default=Path("../shared/data/nhs_fft"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=None, help="also write the figures here as JSON")
    args = ap.parse_args()
    data = load_training_data(Path("data/labeled"), args.fft_dir)
    hand = data.annotated[~data.annotated["weak"]].reset_index(drop=True)
    flags = np.zeros(len(hand), dtype=bool)
    reasons: list[str | None] = [None] * len(hand)
    per_fold = []
    for f in range(5):
        features, head = fit_urgent_tfidf(data, seed=args.seed, test_fold=f)
        te = np.flatnonzero((hand["fold"] == f).to_numpy())
        texts = hand.loc[te, "text"].astype(str).tolist()
        fl, rs, _ = urgent_flags(texts, head, features.transform(texts))
        flags[te], y = fl, hand.loc[te, "urgent"].astype(bool).to_numpy()
        for i, r in zip(te, rs):
            reasons[i] = r
        tp = int((y & np.asarray(fl)).sum())
        per_fold.append({"fold": f, "urgent": int(y.sum()), "flagged": int(np.sum(fl)),
                         "recall": round(tp / max(1, int(y.sum())), 3),
                         "precision": round(tp / max(1, int(np.sum(fl))), 3)})
        print(json.dumps(per_fold[-1]), flush=True)
    y = hand["urgent"].astype(bool).to_numpy()
    rep = urgent_report(y, flags, hand["urgent_reason"].tolist(), reasons)
    missed = [{"id": hand.at[i, "id"], "reason": hand.at[i, "urgent_reason"]} for i in rep.pop("missed_indices")]
    out = {"comments": int(len(hand)), **{k: (round(v, 3) if isinstance(v, float) else v) for k, v in rep.items()},
           "per_fold": per_fold, "missed": missed}
    print(json.dumps(out, indent=2))
    if args.out:
        args.out.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
