"""Baselines computed in every evaluation, on the same split: VADER and TF-IDF + LinearSVC."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

__all__ = ["PUBLISHED", "LinearSvcBaseline", "vader_sentiment3"]

#: Published figures of the closest peer, quoted for context (not recomputed: other data, other split).
PUBLISHED = {
    "pxtextmining DistilBERT, FFT sentiment 3-class accuracy": 0.85,
    "pxtextmining DistilBERT, FFT sentiment 5-class macro-F1": 0.65,
    "pxtextmining DistilBERT, 32 framework topics macro-F1": 0.67,
}


def vader_sentiment3(texts: Sequence[str]) -> list[str]:
    """VADER's compound score with its usual cut-offs: >= 0.05 positive, <= -0.05 negative."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sia = SentimentIntensityAnalyzer()
    out = []
    for t in texts:
        c = sia.polarity_scores(t)["compound"]
        out.append("positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral")
    return out


class LinearSvcBaseline:
    """TF-IDF word 1-2-grams + LinearSVC: one multi-class model for sentiment, one-vs-rest for tags."""

    def fit_sentiment(self, texts: Sequence[str], labels: Sequence[str]) -> LinearSvcBaseline:
        self.sentiment_ = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                                        LinearSVC(C=0.5, class_weight="balanced")).fit(list(texts), list(labels))
        return self

    def fit_tags(self, name: str, texts: Sequence[str], Y: np.ndarray) -> LinearSvcBaseline:
        keep = Y.sum(axis=0) > 0
        model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                              OneVsRestClassifier(LinearSVC(C=0.5, class_weight="balanced")))
        model.fit(list(texts), Y[:, keep])
        setattr(self, f"{name}_", (model, keep))
        return self

    def predict_sentiment(self, texts: Sequence[str]) -> np.ndarray:
        return self.sentiment_.predict(list(texts))

    def predict_tags(self, name: str, texts: Sequence[str]) -> np.ndarray:
        model, keep = getattr(self, f"{name}_")
        out = np.zeros((len(texts), len(keep)), dtype=int)
        out[:, keep] = model.predict(list(texts))
        return out
