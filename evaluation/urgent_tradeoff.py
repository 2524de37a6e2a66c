"""Precision of the TF-IDF urgent head at fixed recall levels, out of fold over the five
respondent-group folds of the annotated corpus (each fold scored by a head trained on the other
four). Shows what any threshold can reach with these labels, patterns aside.

    python evaluation/urgent_tradeoff.py
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_curve

from cxnlp.corpus import fold_of
from cxnlp.models.components import TfidfFeaturizer
from cxnlp.urgent import match_patterns


def main() -> None:
    c = pd.read_json(Path("data/labeled/corpus.jsonl"), lines=True, dtype=False)
    c["fold"] = c["group"].map(fold_of)
    y = c["urgent"].astype(bool).to_numpy()
    scores = np.zeros(len(c))
    for f in range(5):
        tr, te = (c["fold"] != f).to_numpy(), (c["fold"] == f).to_numpy()
        feats = TfidfFeaturizer().fit(c.loc[tr, "text"])
        clf = LogisticRegression(C=2.0, max_iter=3000, class_weight="balanced", random_state=13)
        clf.fit(feats.transform(c.loc[tr, "text"]), y[tr])
        scores[te] = clf.predict_proba(feats.transform(c.loc[te, "text"]))[:, 1]
    precision, recall, _ = precision_recall_curve(y, scores)
    at = {f"precision_at_recall_{r:.2f}": round(float(precision[recall >= r].max()), 3)
          for r in (0.5, 0.8, 0.9, 0.95, 0.97)}
    pat = np.array([bool(match_patterns(t)) for t in c["text"]])
    print(json.dumps({
        "n": int(len(c)), "urgent": int(y.sum()), "average_precision": round(float(average_precision_score(y, scores)), 3),
        **at,
        "patterns_alone": {"recall": round(float((pat & y).sum() / y.sum()), 3),
                           "precision": round(float((pat & y).sum() / max(1, pat.sum())), 3)},
    }, indent=2))


if __name__ == "__main__":
    main()
