"""Scikit-learn components for the fast tier.

``SentimentClassifier`` is single-label; ``MultiLabelTagger`` is multi-label with one
decision threshold per label, tuned on out-of-fold predictions of the training data (never
on test data). Both follow the estimator contract: ``__init__`` stores arguments, ``fit``
returns ``self`` and learned attributes end in ``_``.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline

__all__ = ["SentimentClassifier", "MultiLabelTagger", "text_features", "tune_threshold"]


def text_features(max_features: int = 60_000) -> FeatureUnion:
    """TF-IDF over word 1-2-grams and character 2-5-grams (robust to typos in patient text)."""
    return FeatureUnion(
        [
            ("word", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True,
                                     max_features=max_features, strip_accents="unicode")),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True,
                                     max_features=max_features, strip_accents="unicode")),
        ]
    )


class SentimentClassifier(BaseEstimator, ClassifierMixin):
    """TF-IDF + multinomial logistic regression over sentiment labels.

    >>> clf = SentimentClassifier().fit(["great", "awful", "great staff", "awful wait"] * 5,
    ...                                 ["positive", "negative"] * 10)
    >>> clf.predict(["great"])[0]
    'positive'
    """

    def __init__(self, C: float = 4.0, max_features: int = 60_000, class_weight: str | None = "balanced",
                 random_state: int = 13) -> None:
        self.C = C
        self.max_features = max_features
        self.class_weight = class_weight
        self.random_state = random_state

    def fit(self, X: Sequence[str], y: Sequence[str], sample_weight: np.ndarray | None = None
            ) -> SentimentClassifier:
        self.pipeline_ = Pipeline(
            [
                ("features", text_features(self.max_features)),
                ("clf", LogisticRegression(C=self.C, max_iter=2000, class_weight=self.class_weight,
                                           random_state=self.random_state)),
            ]
        )
        self.pipeline_.fit(list(X), list(y), clf__sample_weight=sample_weight)
        self.classes_ = self.pipeline_.classes_
        return self

    def predict_proba(self, X: Sequence[str]) -> np.ndarray:
        return self.pipeline_.predict_proba(list(X))

    def predict(self, X: Sequence[str]) -> np.ndarray:
        return self.classes_[self.predict_proba(X).argmax(axis=1)]


def tune_threshold(y_true: np.ndarray, scores: np.ndarray) -> float:
    """The threshold in [0.05, 0.95] that maximises F1 on (out-of-fold) validation scores."""
    grid = np.arange(0.05, 0.951, 0.025)
    if y_true.sum() == 0:
        return 0.5
    f1s = [f1_score(y_true, scores >= t, zero_division=0) for t in grid]
    return float(grid[int(np.argmax(f1s))])


class MultiLabelTagger(BaseEstimator):
    """One logistic regression per label over shared TF-IDF features, one tuned threshold each."""

    def __init__(self, labels: Sequence[str] = (), C: float = 4.0, max_features: int = 60_000,
                 cv: int = 5, random_state: int = 13) -> None:
        self.labels = labels
        self.C = C
        self.max_features = max_features
        self.cv = cv
        self.random_state = random_state

    def _clf(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, max_iter=2000, class_weight="balanced",
                                  random_state=self.random_state)

    def fit(self, X: Sequence[str], Y: np.ndarray) -> MultiLabelTagger:
        X = list(X)
        Y = np.asarray(Y, dtype=int)
        if Y.shape != (len(X), len(self.labels)):
            raise ValueError(f"Y must have shape ({len(X)}, {len(self.labels)}), got {Y.shape}")
        self.features_ = text_features(self.max_features).fit(X)
        F = self.features_.transform(X)
        self.estimators_: list[LogisticRegression | None] = []
        self.thresholds_ = np.full(len(self.labels), 0.5)
        self.prior_ = Y.mean(axis=0)
        for j in range(len(self.labels)):
            y = Y[:, j]
            if y.min() == y.max():  # a label never (or always) seen: predict its prior
                self.estimators_.append(None)
                continue
            # Thresholds come from out-of-fold scores on the training data only.
            n_splits = int(min(self.cv, y.sum(), (1 - y).sum()))
            if n_splits >= 2:
                oof = np.zeros(len(y))
                folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=self.random_state)
                for tr, va in folds.split(F, y):
                    oof[va] = clone(self._clf()).fit(F[tr], y[tr]).predict_proba(F[va])[:, 1]
                self.thresholds_[j] = tune_threshold(y, oof)
            self.estimators_.append(self._clf().fit(F, y))
        return self

    def predict_proba(self, X: Sequence[str]) -> np.ndarray:
        F = self.features_.transform(list(X))
        out = np.zeros((F.shape[0], len(self.labels)))
        for j, est in enumerate(self.estimators_):
            out[:, j] = self.prior_[j] if est is None else est.predict_proba(F)[:, 1]
        return out

    def predict(self, X: Sequence[str]) -> np.ndarray:
        return (self.predict_proba(X) >= self.thresholds_).astype(int)
