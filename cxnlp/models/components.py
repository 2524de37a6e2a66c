"""Scikit-learn components shared by both tiers.

A model is one *featurizer* (text -> matrix: TF-IDF for the fast tier, MiniLM embeddings for
the frozen-embedding variant of the accurate tier) and *heads* over its features:
``SentimentClassifier`` (single-label) and ``MultiLabelTagger`` (multi-label, one decision
threshold per label, tuned on out-of-fold predictions of the training data, never on test
data). All follow the estimator contract: ``__init__`` stores arguments, ``fit`` returns
``self``, learned attributes end in ``_``.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion

__all__ = ["MultiLabelTagger", "SentimentClassifier", "TfidfFeaturizer", "UrgentHead", "tune_threshold"]


class TfidfFeaturizer(BaseEstimator, TransformerMixin):
    """TF-IDF over word 1-2-grams and character 2-5-grams (robust to typos in patient text).

    >>> f = TfidfFeaturizer(min_df=1).fit(["staff were kind", "long wait"])
    >>> f.transform(["kind staff"]).shape[0]
    1
    """

    def __init__(self, max_features: int = 20_000, min_df: int = 2) -> None:
        self.max_features = max_features
        self.min_df = min_df

    def fit(self, X: Sequence[str], y: Any = None) -> TfidfFeaturizer:
        self.union_ = FeatureUnion([
            ("word", TfidfVectorizer(ngram_range=(1, 2), min_df=self.min_df, sublinear_tf=True,
                                     max_features=self.max_features, strip_accents="unicode")),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=self.min_df + 1,
                                     sublinear_tf=True, max_features=self.max_features,
                                     strip_accents="unicode", dtype=np.float32)),
        ]).fit(list(X))
        # stop_words_ holds every pruned n-gram: only for introspection, and 10x the file size.
        for _, vec in self.union_.transformer_list:
            if hasattr(vec, "stop_words_"):
                delattr(vec, "stop_words_")
        return self

    def transform(self, X: Sequence[str]) -> Any:
        docs = list(X)
        blocks = []
        for _name, vec in self.union_.transformer_list:
            if getattr(vec, "analyzer", None) == "char_wb":
                blocks.append(vec._tfidf.transform(self._char_wb_counts(vec, docs), copy=False))  # noqa: SLF001
            else:
                blocks.append(vec.transform(docs))
        return sparse.hstack(blocks).tocsr()

    # Character n-grams are most of the featurizing time: scikit-learn makes and looks up every
    # n-gram of every word of every comment in Python. A char_wb n-gram never crosses a word
    # boundary, so a comment's counts are the sum of its words' counts: each distinct word's
    # vocabulary indices are computed once and reused. Same counts as CountVectorizer.transform
    # (tests compare the two); the TF-IDF weighting is still scikit-learn's.
    _WORD_CACHE_SIZE = 100_000

    def _char_wb_counts(self, vec: TfidfVectorizer, docs: list[str]) -> Any:
        # Kept on the fitted vectorizer, which is rebuilt on load and never saved.
        cache: dict[str, list[int]] = vec.__dict__.setdefault("_cxnlp_word_ngrams", {})
        if len(cache) > self._WORD_CACHE_SIZE:  # bounded memory on long streams
            cache.clear()
        preprocess, vocab = vec.build_preprocessor(), vec.vocabulary_
        indices: list[int] = []
        indptr = [0]
        for doc in docs:
            for word in preprocess(doc).split():
                idx = cache.get(word)
                if idx is None:
                    idx = cache[word] = [vocab[g] for g in vec._char_wb_ngrams(word) if g in vocab]  # noqa: SLF001
                indices.extend(idx)
            indptr.append(len(indices))
        counts = sparse.csr_matrix((np.ones(len(indices), dtype=vec.dtype), np.asarray(indices, dtype=np.int32),
                                    np.asarray(indptr, dtype=np.int64)), shape=(len(docs), len(vocab)))
        counts.sum_duplicates()
        return counts

    # Persistence: a fitted vectorizer's vocabulary is a dict of 20,000 n-grams, which skops
    # stores node by node (about 6 s to load). It is saved instead as one array of terms in index
    # order plus the idf array, and the vectorizers are rebuilt on load.
    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        union = state.pop("union_", None)
        if union is not None:
            state["vectorizers_"] = [
                {"name": name, "params": vec.get_params(),
                 "terms": np.array(sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__), dtype=str),
                 "idf": np.asarray(vec.idf_)}
                for name, vec in union.transformer_list
            ]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state = dict(state)
        saved = state.pop("vectorizers_", None)
        self.__dict__.update(state)
        if saved is not None:
            parts = []
            for v in saved:
                vec = TfidfVectorizer(**v["params"])
                vec.vocabulary_ = {str(t): i for i, t in enumerate(v["terms"])}
                vec.idf_ = np.asarray(v["idf"])
                vec._tfidf.n_features_in_ = len(v["idf"])  # noqa: SLF001 - rebuilt as fit leaves it
                parts.append((v["name"], vec))
            self.union_ = FeatureUnion(parts)


class SentimentClassifier(BaseEstimator, ClassifierMixin):
    """Multinomial logistic regression over featurizer output.

    >>> import numpy as np
    >>> clf = SentimentClassifier().fit(np.array([[1.0, 0], [0, 1.0]] * 5), ["positive", "negative"] * 5)
    >>> str(clf.predict(np.array([[1.0, 0]]))[0])
    'positive'
    """

    def __init__(self, C: float = 4.0, class_weight: str | None = "balanced", random_state: int = 13) -> None:
        self.C = C
        self.class_weight = class_weight
        self.random_state = random_state

    def fit(self, X: Any, y: Sequence[str]) -> SentimentClassifier:
        self.clf_ = LogisticRegression(C=self.C, max_iter=3000, class_weight=self.class_weight,
                                       random_state=self.random_state).fit(X, list(y))
        self.classes_ = self.clf_.classes_
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        return self.clf_.predict_proba(X)

    def predict(self, X: Any) -> np.ndarray:
        return self.classes_[self.predict_proba(X).argmax(axis=1)]


def oof_proba(clf: Any, X: Any, y: np.ndarray, *, n_splits: int, random_state: int) -> np.ndarray:
    """Out-of-fold P(y=1) for every row: each stratified fold scored by a clone of ``clf`` fitted on
    the others (what thresholds are tuned on, so never on the rows a model was fitted to)."""
    oof = np.zeros(len(y))
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state)
    for tr, va in folds.split(np.zeros(len(y)), y):
        oof[va] = clone(clf).fit(X[tr], y[tr]).predict_proba(X[va])[:, 1]
    return oof


def tune_threshold(y_true: np.ndarray, scores: np.ndarray) -> float:
    """The threshold in [0.05, 0.95] that maximises F1 on (out-of-fold) validation scores."""
    if y_true.sum() == 0:
        return 0.5
    grid = np.arange(0.05, 0.951, 0.025)
    f1s = [f1_score(y_true, scores >= t, zero_division=0) for t in grid]
    return float(grid[int(np.argmax(f1s))])


class MultiLabelTagger(BaseEstimator):
    """One logistic regression per label over shared features, one tuned threshold each."""

    def __init__(self, labels: Sequence[str] = (), C: float = 4.0, cv: int = 5, random_state: int = 13) -> None:
        self.labels = labels
        self.C = C
        self.cv = cv
        self.random_state = random_state

    def _clf(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced", random_state=self.random_state)

    def fit(self, X: Any, Y: np.ndarray, tune_on: np.ndarray | None = None) -> MultiLabelTagger:
        """Fit every label; ``tune_on`` (boolean per row, default all) names the rows whose
        out-of-fold scores set the thresholds (real text only, when synthetic rows train too)."""
        Y = np.asarray(Y, dtype=int)
        tune = np.ones(len(Y), dtype=bool) if tune_on is None else np.asarray(tune_on, dtype=bool)
        if Y.shape != (X.shape[0], len(self.labels)):
            raise ValueError(f"Y must have shape ({X.shape[0]}, {len(self.labels)}), got {Y.shape}")
        self.estimators_: list[LogisticRegression | None] = []
        self.thresholds_ = np.full(len(self.labels), 0.5)
        self.prior_ = Y.mean(axis=0)
        for j in range(len(self.labels)):
            y = Y[:, j]
            if y.min() == y.max():  # a label never (or always) seen: predict its prior
                self.estimators_.append(None)
                continue
            n_splits = int(min(self.cv, y.sum(), (1 - y).sum()))
            if n_splits >= 2:
                oof = oof_proba(self._clf(), X, y, n_splits=n_splits, random_state=self.random_state)
                self.thresholds_[j] = tune_threshold(y[tune], oof[tune])
            self.estimators_.append(self._clf().fit(X, y))
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        out = np.zeros((X.shape[0], len(self.labels)))
        for j, est in enumerate(self.estimators_):
            out[:, j] = self.prior_[j] if est is None else est.predict_proba(X)[:, 1]
        return out

    def predict(self, X: Any) -> np.ndarray:
        return (self.predict_proba(X) >= self.thresholds_).astype(int)


class UrgentHead(BaseEstimator):
    """Binary urgent classifier with a threshold set for ``target_recall`` on out-of-fold scores,
    plus a reason classifier trained on the urgent examples."""

    def __init__(self, target_recall: float = 0.97, C: float = 2.0, cv: int = 5, random_state: int = 13) -> None:
        self.target_recall = target_recall
        self.C = C
        self.cv = cv
        self.random_state = random_state

    def fit(self, X: Any, y: Sequence[bool], reasons: Sequence[str | None],
            tune_on: np.ndarray | None = None) -> UrgentHead:
        """``tune_on`` (boolean per row, default all): the rows whose out-of-fold scores set the
        threshold (real text only, when synthetic rows train too)."""
        from cxnlp.models.urgent import recall_threshold

        y_arr = np.asarray(y, dtype=int)
        tune = np.ones(len(y_arr), dtype=bool) if tune_on is None else np.asarray(tune_on, dtype=bool)
        clf = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced", random_state=self.random_state)
        oof = oof_proba(clf, X, y_arr, n_splits=min(self.cv, int(y_arr.sum())), random_state=self.random_state)
        self.threshold_ = recall_threshold(y_arr[tune], oof[tune], self.target_recall)
        self.clf_ = clf.fit(X, y_arr)
        pos = np.flatnonzero(y_arr == 1)
        r = np.array([reasons[int(i)] for i in pos], dtype=object)  # type: ignore[type-var]
        self.reason_ = None
        if len(set(r)) >= 2:
            self.reason_ = LogisticRegression(C=self.C, max_iter=3000, random_state=self.random_state).fit(X[pos], r)
        self.default_reason_ = str(pd_mode(r)) if len(r) else "clinical_harm"
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        return self.clf_.predict_proba(X)[:, 1]

    def predict_reason(self, X: Any) -> np.ndarray:
        if self.reason_ is None:
            return np.array([self.default_reason_] * X.shape[0], dtype=object)
        return self.reason_.predict(X)


def pd_mode(values: np.ndarray) -> str:
    """Most frequent value (ties: first in sorted order)."""
    uniq, counts = np.unique(values.astype(str), return_counts=True)
    return str(uniq[int(np.argmax(counts))])
