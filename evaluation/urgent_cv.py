"""Safety triage as the models train it, cross-validated over the five respondent-group folds.

For each fold, a fast model is trained on the other four folds exactly as ``cxnlp train`` trains
it (the urgent head's threshold set for recall 0.97 on out-of-fold scores of those four folds)
and flags the held-out fold: a reviewed pattern OR the head. Recall and precision are counted
over every annotated comment, each scored by a model that never saw it, so one lucky fold cannot
carry the figure.

Also scored, from the same predictions, as an idea for precision (not used by the models): the
head's flag kept only where the same model does not call the comment positive (the reviewed
patterns still flag any comment).

    python evaluation/urgent_cv.py [--out evaluation/reports/urgent_cv.json]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from cxnlp.train import fit_fast, load_training_data, urgent_report
from cxnlp.urgent import match_patterns


def _summary(y: np.ndarray, flags: np.ndarray, hand_reasons: list, reasons: list, ids: list) -> dict:
    rep = urgent_report(y, flags, hand_reasons, reasons)
    missed = [ids[i] for i in rep.pop("missed_indices")]
    rep["per_reason"] = {k: {"n": v["n"], "recall": round(v["recall"], 3)} for k, v in rep["per_reason"].items()}
    return {**{k: (round(v, 3) if isinstance(v, float) else v) for k, v in rep.items()}, "missed": missed}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fft-dir", type=Path, default=Path("../shared/data/nhs_fft"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=None, help="also write the figures here as JSON")
    args = ap.parse_args()
    data = load_training_data(Path("data/labeled"), args.fft_dir)
    hand = data.annotated[~data.annotated["weak"]].reset_index(drop=True)
    n = len(hand)
    flags, gated = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    reasons: list[str | None] = [None] * n
    per_fold = []
    for f in range(5):
        model = fit_fast(data, seed=args.seed, test_fold=f)
        te = np.flatnonzero((hand["fold"] == f).to_numpy())
        texts = hand.loc[te, "text"].astype(str).tolist()
        pred = model.predict(texts)
        fl = np.asarray(pred.urgent, dtype=bool)
        pattern = np.array([bool(match_patterns(t)) for t in texts])
        not_positive = np.array([s != "positive" for s in pred.sentiment])
        flags[te], gated[te] = fl, pattern | (fl & not_positive)
        for i, r in zip(te, pred.urgent_reason):
            reasons[i] = r
        y = hand.loc[te, "urgent"].astype(bool).to_numpy()
        per_fold.append({"fold": f, "urgent": int(y.sum())})
        for name, v in (("as_trained", flags), ("not_positive_gate", gated)):
            rep = urgent_report(y, v[te], [], [])
            per_fold[-1][name] = {"flagged": rep["flagged"], "recall": round(rep["recall"], 3),
                                  "precision": round(rep["precision"], 3)}
        print(json.dumps(per_fold[-1]), flush=True)
    y = hand["urgent"].astype(bool).to_numpy()
    ids, hr = hand["id"].tolist(), hand["urgent_reason"].tolist()
    out = {"comments": n, "as_trained": _summary(y, flags, hr, reasons, ids),
           "not_positive_gate": _summary(y, gated, hr, [r if g else None for r, g in zip(reasons, gated)], ids),
           "per_fold": per_fold}
    print(json.dumps(out, indent=2))
    if args.out:
        args.out.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
