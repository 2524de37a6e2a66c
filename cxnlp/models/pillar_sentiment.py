"""Sentiment per pillar as its own task (issue 20, item 7).

A comment that names several pillars often judges them differently ("staff lovely but we waited
4 hours": empathy positive, time_and_effort negative). The head here reads, for one (comment,
pillar) pair, the model's own scores: the comment's sentiment probabilities, and the sentiment of
each sentence or contrast clause (:func:`cxnlp.models.sentences.split_parts`) weighted by how much
that part speaks to the pillar (the part's pillar probability). A multinomial logistic regression
over those few features gives the pillar's sentiment; where it is not sure (top probability under
a threshold tuned on training folds) the pillar takes the comment's predicted sentiment, which is
right most of the time anyway.

The head lives as ``pillar_sentiment.safetensors`` in a model folder (written with
:func:`cxnlp.models.persist.save_component`, never pickle). It is trained on one base model's
probabilities and is only used with that model (``base_version`` is checked); a folder without the
file keeps the part-vote rule of :func:`cxnlp.models.sentences.aggregate_pillar_sentiment`.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from cxnlp.taxonomy import PILLARS, SENTIMENTS

__all__ = ["FILE_NAME", "FEATURE_VERSION", "CommentScores", "PillarSentimentHead", "attach_pillar_sentiment",
           "comment_scores", "load_pillar_sentiment", "pair_features", "scores_from_predictions", "sentiment_proba"]

log = logging.getLogger(__name__)

FILE_NAME = "pillar_sentiment.safetensors"
FEATURE_VERSION = 1


@dataclass
class CommentScores:
    """A base model's scores for one comment and for each of its parts (sentences/clauses)."""

    sentiment_proba: np.ndarray  # (4,) SENTIMENTS order
    pillar_proba: np.ndarray  # (len(PILLARS),)
    part_sentiment_proba: np.ndarray  # (k, 4)
    part_pillar_proba: np.ndarray  # (k, len(PILLARS))

    @property
    def sentiment(self) -> str:
        return SENTIMENTS[int(np.argmax(self.sentiment_proba))]


def scores_from_predictions(pred: Any, parts: Sequence[Sequence[str]], part_pred: Any) -> list[CommentScores]:
    """:class:`CommentScores` per comment from a comment-level Prediction ``pred``, each comment's
    ``parts`` and a Prediction ``part_pred`` over the parts of the multi-part comments only, in order
    (the batch path's layout: a one-part comment reuses its comment scores)."""
    out, k = [], 0
    for i, ps in enumerate(parts):
        sp, pp = np.asarray(pred.sentiment_proba[i], float), np.asarray(pred.pillar_proba[i], float)
        if len(ps) <= 1:
            out.append(CommentScores(sp, pp, sp[None, :], pp[None, :]))
        else:
            n = len(ps)
            out.append(CommentScores(sp, pp, np.asarray(part_pred.sentiment_proba[k:k + n], float),
                                     np.asarray(part_pred.pillar_proba[k:k + n], float)))
            k += n
    return out


def comment_scores(model: Any, texts: Sequence[str], pred: Any = None) -> list[CommentScores]:
    """Score ``texts`` and their parts with ``model`` (``pred``: its comment-level Prediction, if
    already computed)."""
    from cxnlp.models.sentences import score_parts

    texts = [str(t) for t in texts]
    pred = model.predict(texts, urgent=False) if pred is None else pred
    return scores_from_predictions(pred, *score_parts(model, texts))


def pair_features(s: CommentScores, pillar: str) -> np.ndarray:
    """Features of one (comment, pillar) pair; see the module docstring. (The reference definition:
    :func:`features_of` computes the same rows for a whole batch at once.)"""
    j = PILLARS.index(pillar)
    ps, pp = s.part_sentiment_proba, s.part_pillar_proba[:, j]
    k = len(pp)
    w = pp / pp.sum() if pp.sum() > 0 else np.full(k, 1.0 / k)
    weighted = w @ ps  # part sentiment weighted by the part's share of the pillar
    best = ps[int(np.argmax(pp))]  # the part that speaks most to the pillar
    relevant = pp >= 0.5 * pp.max() if pp.max() > 0 else np.ones(k, bool)
    pos = float(ps[relevant, 0].max())  # strongest praise / criticism among the pillar's parts
    neg = float(ps[relevant, 1].max())
    # how much of the pillar sits in one part rather than spread over all of them
    focus = float(pp.max() / (pp.sum() + 1e-9)) if k > 1 else 1.0
    other = np.delete(s.pillar_proba, j)
    # each part's share of this pillar among all the pillars it speaks to, and the parts that speak
    # to other pillars: in a mixed comment the pillar often takes the tone the other parts lack
    share = pp / (s.part_pillar_proba.sum(axis=1) + 1e-9)
    w2 = share * pp
    shared = (w2 / w2.sum()) @ ps if w2.sum() > 0 else weighted
    rest_w = 1.0 - share
    rest = (rest_w / rest_w.sum()) @ ps if k > 1 and rest_w.sum() > 0 else s.sentiment_proba
    one_hot = np.zeros(len(PILLARS))
    one_hot[j] = 1.0
    multi = 1.0 if k > 1 else 0.0
    mixed = float(s.sentiment_proba[3])
    return np.concatenate([
        s.sentiment_proba, weighted, best, shared, rest, [pos, neg, pos * neg],
        [multi, np.log(k), focus, float(pp.max()), float(s.pillar_proba[j]), float(other.max())],
        weighted - s.sentiment_proba, shared - rest,
        mixed * weighted, mixed * shared, mixed * (shared - rest), mixed * best,
        one_hot, one_hot * (s.sentiment_proba[0] - s.sentiment_proba[1]),
        one_hot * (shared[0] - shared[1]),
    ])


def features_of(scores: Sequence[CommentScores], pillars: Sequence[Sequence[str]]) -> np.ndarray:
    """One row per (comment, pillar) pair, comments in order, pillars in the given order: the rows
    of :func:`pair_features`, computed for every pair at once (the batch path's cost)."""
    pairs = [(s, PILLARS.index(p)) for s, ps in zip(scores, pillars) for p in ps]
    if not pairs:
        return np.zeros((0, _n_features()))
    n, kmax, nl = len(pairs), max(len(s.part_pillar_proba) for s, _ in pairs), len(PILLARS)
    PS, PA = np.zeros((n, kmax, 4)), np.zeros((n, kmax, nl))
    mask = np.zeros((n, kmax), bool)
    for r, (s, _) in enumerate(pairs):
        k = len(s.part_pillar_proba)
        PS[r, :k], PA[r, :k], mask[r, :k] = s.part_sentiment_proba, s.part_pillar_proba, True
    j = np.array([jj for _, jj in pairs])
    sp = np.vstack([s.sentiment_proba for s, _ in pairs])
    cp = np.vstack([s.pillar_proba for s, _ in pairs])
    rows = np.arange(n)
    k = mask.sum(axis=1)
    pp = PA[rows, :, j]  # (n, kmax): each part's probability of the pair's pillar, 0 on padding
    tot, top = pp.sum(axis=1), pp.max(axis=1)

    def mean_over(weights: np.ndarray, ok: np.ndarray, default: np.ndarray) -> np.ndarray:
        total = weights.sum(axis=1, keepdims=True)
        avg = np.einsum("nk,nkc->nc", weights / np.where(total > 0, total, 1.0), PS)
        return np.where(ok[:, None], avg, default)

    uniform = mask / k[:, None]
    weighted = mean_over(np.where((tot > 0)[:, None], pp, uniform), np.ones(n, bool), sp)
    best = PS[rows, np.argmax(np.where(mask, pp, -np.inf), axis=1)]
    relevant = np.where((top > 0)[:, None], pp >= 0.5 * top[:, None], True) & mask
    pos = np.where(relevant, PS[:, :, 0], -np.inf).max(axis=1)
    neg = np.where(relevant, PS[:, :, 1], -np.inf).max(axis=1)
    focus = np.where(k > 1, top / (tot + 1e-9), 1.0)
    other = np.where(np.eye(nl, dtype=bool)[j], -np.inf, cp).max(axis=1)
    share = pp / (PA.sum(axis=2) + 1e-9)
    w2 = share * pp
    shared = np.where((w2.sum(axis=1) > 0)[:, None], mean_over(w2, np.ones(n, bool), sp), weighted)
    rest_w = (1.0 - share) * mask
    rest = mean_over(rest_w, (k > 1) & (rest_w.sum(axis=1) > 0), sp)
    one_hot = np.eye(nl)[j]
    multi = (k > 1).astype(float)
    mixed = sp[:, 3:4]
    col = np.column_stack
    return np.hstack([
        sp, weighted, best, shared, rest, col([pos, neg, pos * neg]),
        col([multi, np.log(k), focus, top, cp[rows, j], other]),
        weighted - sp, shared - rest,
        mixed * weighted, mixed * shared, mixed * (shared - rest), mixed * best,
        one_hot, one_hot * (sp[:, 0] - sp[:, 1])[:, None], one_hot * (shared[:, 0] - shared[:, 1])[:, None],
    ])


def _n_features() -> int:
    return len(pair_features(CommentScores(np.full(4, .25), np.zeros(len(PILLARS)), np.full((1, 4), .25),
                                           np.zeros((1, len(PILLARS)))), PILLARS[0]))


def sentiment_proba(clf: Any, X: np.ndarray) -> np.ndarray:
    """A fitted classifier's probabilities as (n, 4) in SENTIMENTS order (a class it never saw: 0)."""
    p = clf.predict_proba(X)
    out = np.zeros((X.shape[0], len(SENTIMENTS)))
    for c, cls in enumerate(clf.classes_):
        out[:, SENTIMENTS.index(str(cls))] = p[:, c]
    return out


class PillarSentimentHead:
    """Logistic regression over :func:`pair_features`, with the comment-sentiment fallback."""

    def __init__(self, clf: Any, threshold: float, *, base_version: str | None = None,
                 meta: dict[str, Any] | None = None) -> None:
        self.clf = clf
        self.threshold = float(threshold)
        self.base_version = base_version
        self.meta = dict(meta or {})

    def proba(self, X: np.ndarray) -> np.ndarray:
        """(n, 4) in SENTIMENTS order."""
        return sentiment_proba(self.clf, X)

    def predict_pairs(self, scores: Sequence[CommentScores], pillars: Sequence[Sequence[str]],
                      comment_sentiment: Sequence[str] | None = None) -> list[dict[str, str]]:
        """``{pillar: sentiment}`` per comment for the given pillars. Where the head's top
        probability is under ``threshold``, the pillar gets ``comment_sentiment`` (default: the
        base model's own comment sentiment from ``scores``)."""
        X = features_of(scores, pillars)
        if comment_sentiment is None:
            comment_sentiment = [s.sentiment for s in scores]
        p = self.proba(X) if len(X) else np.zeros((0, 4))
        out, r = [], 0
        for ps, fallback in zip(pillars, comment_sentiment):
            d = {}
            for pillar in ps:
                d[pillar] = SENTIMENTS[int(p[r].argmax())] if p[r].max() >= self.threshold else fallback
                r += 1
            out.append(d)
        return out

    def predict(self, model: Any, texts: Sequence[str], pillars: Sequence[Sequence[str]] | None = None
                ) -> list[dict[str, str]]:
        """Sentiment per pillar for ``texts`` scored by ``model`` (pillars: by default those the model
        names, read with the comments' parts where it does so)."""
        from cxnlp.models.sentences import read_with_parts, score_parts

        texts = [str(t) for t in texts]
        pred = model.predict(texts, urgent=False)
        parts, part_pred = score_parts(model, texts)
        scores = scores_from_predictions(pred, parts, part_pred)
        named = read_with_parts(model, pred, parts, part_pred).pillars if pillars is None else pillars
        return self.predict_pairs(scores, named, pred.sentiment)

    def save(self, path: Path) -> Path:
        from cxnlp.models.persist import save_component

        path = Path(path)
        if path.is_dir() or not path.suffix:
            path = path / FILE_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        save_component({"clf": self.clf, "threshold": self.threshold, "base_version": self.base_version,
                        "feature_version": FEATURE_VERSION, "meta": self.meta}, path)
        return path

    @classmethod
    def load(cls, path: Path) -> PillarSentimentHead:
        from cxnlp.models.persist import UnsafeModelFile, load_component

        path = Path(path)
        if path.is_dir():
            path = path / FILE_NAME
        d = load_component(path)
        if not isinstance(d, dict) or d.get("feature_version") != FEATURE_VERSION:
            raise UnsafeModelFile(f"{path}: not a pillar-sentiment head of feature version {FEATURE_VERSION}")
        return cls(d["clf"], d["threshold"], base_version=d.get("base_version"), meta=d.get("meta") or {})


def load_pillar_sentiment(folder: Path, model: Any = None) -> PillarSentimentHead | None:
    """The head in model folder ``folder``, or None where it has none (or, with ``model``, where the
    head was trained on another base model's scores)."""
    path = Path(folder) / FILE_NAME
    if not path.exists():
        return None
    from cxnlp.models.persist import UnsafeModelFile

    try:
        head = PillarSentimentHead.load(path)
    except (UnsafeModelFile, OSError, KeyError, ValueError) as exc:
        # An outdated or damaged head must not stop a run: the part vote still gives a sentiment.
        log.warning("%s cannot be used (%s): per-pillar sentiment falls back to the part vote",
                    path, type(exc).__name__)
        return None
    version = getattr(model, "version", None) if model is not None else None
    if version is not None and head.base_version is not None and head.base_version != version:
        log.warning("%s was trained on %s, not %s: per-pillar sentiment falls back to the part vote",
                    path, head.base_version, version)
        return None
    return head


def attach_pillar_sentiment(model: Any, folder: Path) -> Any:
    """Set ``model.pillar_sentiment`` to the folder's head (or None); returns ``model``.
    :func:`cxnlp.batch.tag._tag_chunk` uses it where set."""
    model.pillar_sentiment = load_pillar_sentiment(folder, model)
    return model
