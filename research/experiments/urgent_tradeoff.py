"""Precision of the TF-IDF urgent head at fixed recall levels, out of fold over the five
respondent-group folds of the annotated corpus (each fold scored by a head trained on the other
four). Shows what any threshold can reach with these labels, patterns aside.

    python research/experiments/urgent_tradeoff.py                       # the head as the models train it
    python research/experiments/urgent_tradeoff.py --variant extra-negatives
    python research/experiments/urgent_tradeoff.py --variant sentiment-stack

Variants (ideas tried for precision; neither is used by the models):
- ``extra-negatives``: the training folds' FFT comments rated 1 ("very good") that nobody
  annotated and no urgent pattern matches, added as non-urgent examples.
- ``sentiment-stack``: a second logistic regression over the head's log-odds and P(positive) from
  a sentiment model trained on the same folds (FFT human sentiment + the corpus), both out of fold.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_curve

from cxnlp.training.corpus import fold_of, load_fft
from cxnlp.training.fit import split_groups
from cxnlp.models.components import TfidfFeaturizer, oof_proba
from cxnlp.models.urgent import match_patterns

FFT = Path("../shared/data/nhs_fft")


def _head() -> LogisticRegression:
    return LogisticRegression(C=2.0, max_iter=3000, class_weight="balanced", random_state=13)


def _logit(p: np.ndarray) -> np.ndarray:
    return np.log(p + 1e-6) - np.log(1 - p + 1e-6)


def _groups(corpus: pd.DataFrame) -> dict[str, str]:
    # the split cxnlp train uses: respondents merged over shared comments
    return split_groups(corpus, load_fft(FFT))


def _fft_sentiment_rows(corpus: pd.DataFrame) -> pd.DataFrame:
    fft = load_fft(FFT)
    fft = fft[fft["fft_sentiment"].notna() & ~fft["id"].isin(set(corpus["id"]))].copy()
    fft["fold"] = fft["id"].map(_groups(corpus)).map(fold_of)
    fft["pattern"] = [bool(match_patterns(t)) for t in fft["text"]]
    return fft


def oof_scores(c: pd.DataFrame, y: np.ndarray, variant: str) -> np.ndarray:
    fft = _fft_sentiment_rows(c) if variant != "head" else None
    scores = np.zeros(len(c))
    for f in range(5):
        tr, te = (c["fold"] != f).to_numpy(), (c["fold"] == f).to_numpy()
        texts, labels = list(c.loc[tr, "text"]), list(y[tr])
        if variant == "extra-negatives":
            extra = fft[(fft["fold"] != f) & (fft["fft_sentiment"] == 1) & ~fft["pattern"]]
            texts, labels = texts + list(extra["text"]), labels + [False] * len(extra)
        feats = TfidfFeaturizer().fit(texts)
        X, yy = feats.transform(texts), np.array(labels, dtype=int)
        head = _head().fit(X, yy)
        h = head.predict_proba(feats.transform(c.loc[te, "text"]))[:, 1]
        if variant != "sentiment-stack":
            scores[te] = h
            continue
        sent = fft[fft["fold"] != f]
        s_text = texts + list(sent["text"])
        s_pos = [s == "positive" for s in c.loc[tr, "sentiment"]] + list(sent["fft_sentiment"] <= 2)
        S = feats.transform(s_text)
        s_pos_arr = np.array(s_pos, dtype=int)
        sent_clf = LogisticRegression(C=4.0, max_iter=3000).fit(S, s_pos_arr)
        # Stage two learns from out-of-fold scores of the training rows only.
        inner_h = oof_proba(_head(), X, yy, n_splits=5, random_state=13)
        inner_p = oof_proba(LogisticRegression(C=4.0, max_iter=3000), S, s_pos_arr, n_splits=5,
                            random_state=13)[:len(texts)]
        stack = LogisticRegression(max_iter=1000, class_weight="balanced").fit(np.c_[_logit(inner_h), inner_p], yy)
        p = sent_clf.predict_proba(feats.transform(c.loc[te, "text"]))[:, 1]
        scores[te] = stack.predict_proba(np.c_[_logit(h), p])[:, 1]
    return scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variant", choices=["head", "extra-negatives", "sentiment-stack"], default="head")
    args = ap.parse_args()
    c = pd.read_json(Path("data/labeled/corpus.jsonl"), lines=True, dtype=False)
    c["fold"] = c["id"].map(_groups(c)).map(fold_of)
    y = c["urgent"].astype(bool).to_numpy()
    scores = oof_scores(c, y, args.variant)
    precision, recall, _ = precision_recall_curve(y, scores)
    at = {f"precision_at_recall_{r:.2f}": round(float(precision[recall >= r].max()), 3)
          for r in (0.5, 0.8, 0.9, 0.95, 0.97)}
    pat = np.array([bool(match_patterns(t)) for t in c["text"]])
    print(json.dumps({
        "variant": args.variant, "n": int(len(c)), "urgent": int(y.sum()),
        "average_precision": round(float(average_precision_score(y, scores)), 3),
        **at,
        "patterns_alone": {"recall": round(float((pat & y).sum() / y.sum()), 3),
                           "precision": round(float((pat & y).sum() / max(1, pat.sum())), 3)},
    }, indent=2))


if __name__ == "__main__":
    main()
