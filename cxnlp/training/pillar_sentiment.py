"""Train and cross-validate the per-pillar sentiment head (:mod:`cxnlp.models.pillar_sentiment`).

Data: ``data/labeled/pillar_sentiment`` (1,000 real multi-pillar comments, a sentiment for each of
their labelled pillars). The head's inputs are a base model's scores, and a base model scores the
comments it was trained on too well (its comment sentiment is right far more often there), so
every score here is out of fold: for fold ``f`` a fast model is trained on the other folds exactly
as ``cxnlp train`` trains it (:func:`cxnlp.training.fit.fit_fast`) and scores the comments of fold
``f``. Folds are the project's (:func:`cxnlp.training.corpus.fold_of` over respondent groups merged
over shared comments), so no respondent is on both sides.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from cxnlp.models.pillar_sentiment import (CommentScores, PillarSentimentHead, features_of,
                                           scores_from_predictions, sentiment_proba)
from cxnlp.taxonomy import SENTIMENTS

__all__ = ["PillarSentimentData", "baseline_predictions", "cross_validate", "evaluate_pillar_sentiment", "fit_pillar_sentiment",
           "load_pillar_sentiment_data", "oof_scores", "pair_frame", "tune_threshold"]

log = logging.getLogger(__name__)

THRESHOLDS = np.round(np.arange(0.0, 0.951, 0.025), 3)
C_VALUE = 1.0


@dataclass
class PillarSentimentData:
    """One row per labelled comment: id, text, pillars (labelled order), labels ({pillar: value}),
    sentiment (the corpus's comment sentiment), group, fold."""

    comments: pd.DataFrame


def load_pillar_sentiment_data(labeled_dir: Path | None = None, *,
                               folds: dict[str, int] | None = None) -> PillarSentimentData:
    """The first readings (``labels_a``) joined to the corpus. ``folds`` (id -> fold, e.g. from
    :func:`cxnlp.training.fit.load_training_data`'s merged groups) overrides ``fold_of(group)``."""
    from cxnlp.config import load_settings
    from cxnlp.training.corpus import fold_of

    if labeled_dir is None:  # the settings' labeled_dir
        settings = load_settings()
        labeled_dir = Path(str(settings.path(settings.labeled_dir)))
    root = Path(labeled_dir) / "pillar_sentiment"
    items = pd.concat([pd.read_json(p, lines=True, dtype=False) for p in sorted((root / "batches").glob("batch_*.jsonl"))])
    labels = pd.concat([pd.read_json(p, lines=True, dtype=False) for p in sorted((root / "labels_a").glob("batch_*.jsonl"))])
    corpus = pd.read_json(Path(labeled_dir) / "corpus.jsonl", lines=True, dtype=False).drop_duplicates("id")
    df = items.merge(labels[["id", "pillar_sentiment", "doubtful"]], on="id", how="inner")
    df = df.merge(corpus[["id", "sentiment", "group", "origin"]], on="id", how="left")
    df["fold"] = [folds[i] if folds and i in folds else fold_of(g) for i, g in zip(df["id"], df["group"])]
    df = df.rename(columns={"pillar_sentiment": "labels"})
    df["pillars"] = [[p for p in ps if p in lab] for ps, lab in zip(df["pillars"], df["labels"])]
    return PillarSentimentData(comments=df.reset_index(drop=True))


def pair_frame(comments: pd.DataFrame) -> pd.DataFrame:
    """One row per (comment, pillar): row (comment index), id, pillar, label, fold, doubtful."""
    rows = [(i, r.id, p, r.labels[p], r.fold, p in (r.doubtful or []))
            for i, r in enumerate(comments.itertuples()) for p in r.pillars]
    return pd.DataFrame(rows, columns=["row", "id", "pillar", "label", "fold", "doubtful"])


def oof_scores(comments: pd.DataFrame, data: Any, *, seed: int, folds: Sequence[int] = (0, 1, 2, 3, 4),
               cache: Path | None = None, model_for_fold: Callable[[int], Any] | None = None) -> dict[str, Any]:
    """Out-of-fold base-model scores for every comment: for each fold a fast model trained on the
    others (``data``: :class:`cxnlp.training.fit.TrainingData`), or ``model_for_fold(fold)``, a
    model that never saw that fold (for example a fold's model of ``evaluation/accurate_cv.py``).
    Returns ``scores`` (CommentScores per comment), ``sentiment`` and ``pillars`` (the base model's
    comment-level predictions) and ``part_votes`` ((sentiment, pillars) per part: today's pipeline
    inputs). ``cache``: an ``.npz`` read if present, else written."""
    if cache is not None and Path(cache).exists():
        return _read_cache(Path(cache), comments)
    from cxnlp.models.sentences import part_votes, read_with_parts, score_parts

    n = len(comments)
    out: dict[str, Any] = {"scores": [None] * n, "sentiment": [None] * n, "pillars": [None] * n,
                           "part_votes": [None] * n}
    for f in folds:
        te = np.flatnonzero((comments["fold"] == f).to_numpy())
        if not len(te):
            continue
        model = (model_for_fold(f) if model_for_fold is not None
                 else base_model_for_scores(data, seed=seed, test_fold=f))
        texts = comments["text"].iloc[te].astype(str).tolist()
        pred = model.predict(texts, urgent=False)
        # One pass over the parts, as the batch path makes it: features and part votes both read it;
        # the pillars named are those the batch path names (read with the parts where the model does)
        parts, pp = score_parts(model, texts)
        scores = scores_from_predictions(pred, parts, pp)
        read = read_with_parts(model, pred, parts, pp)
        for i, s, sent, pil, votes in zip(te, scores, pred.sentiment, read.pillars, part_votes(read, parts, pp)):
            out["scores"][i], out["sentiment"][i], out["pillars"][i], out["part_votes"][i] = s, sent, pil, votes
        log.info("fold %d: %d comments scored", f, len(te))
    if cache is not None:
        _write_cache(Path(cache), comments, out)
    return out


def base_model_for_scores(data: Any, *, seed: int, test_fold: int) -> Any:
    """The parts of :func:`cxnlp.training.fit.fit_fast` the head reads (featurizer, sentiment and
    mixed/neutral heads, pillar tagger with its tuned thresholds), fit exactly as it fits them on
    every fold but ``test_fold``; the pitfall, urgent and 1..5 heads are skipped (they cost most of
    the training time and feed nothing here). Its pitfall scores are placeholders: never read them."""
    from cxnlp.models.bundle import CxModel
    from cxnlp.models.components import MultiLabelTagger, SentimentClassifier, TfidfFeaturizer
    from cxnlp.taxonomy import PILLARS
    from cxnlp.training.corpus import label_matrix
    from cxnlp.training.fit import _is_real, _training_rows

    s, a = _training_rows(data, test_fold)
    a = a[~a["weak"]]
    features = TfidfFeaturizer().fit(pd.concat([s["text"], a["text"]]).drop_duplicates())
    Fs = features.transform(s["text"])
    sentiment = SentimentClassifier(random_state=seed).fit(Fs, s["label3"])
    m = (s["label4"].isin(["neutral", "mixed"])).to_numpy()
    mixed = (SentimentClassifier(C=2.0, random_state=seed).fit(Fs[m], s.loc[m, "label4"])
             if s.loc[m, "label4"].nunique() == 2 else None)
    pillars = MultiLabelTagger(labels=PILLARS, random_state=seed).fit(
        features.transform(a["text"]), label_matrix(a["pillars"], PILLARS), tune_on=_is_real(a))
    return CxModel(features=features, sentiment=sentiment, mixed=mixed, pillars=pillars, pitfalls=pillars,
                   meta={"version": f"pillar-sentiment-oof-fold{test_fold}", "test_fold": test_fold})


def _write_cache(path: Path, comments: pd.DataFrame, out: dict[str, Any]) -> None:
    # "named": how the named pillars were read (a cache from before the parts reading named the
    # comment-level pillars of a model that now reads them with its parts)
    meta = {"ids": comments["id"].tolist(), "sentiment": out["sentiment"], "pillars": out["pillars"],
            "part_votes": out["part_votes"], "parts": [len(s.part_sentiment_proba) for s in out["scores"]],
            "named": "read_with_parts"}
    np.savez(path, sp=np.vstack([s.sentiment_proba for s in out["scores"]]),
             pp=np.vstack([s.pillar_proba for s in out["scores"]]),
             psp=np.vstack([s.part_sentiment_proba for s in out["scores"]]),
             ppp=np.vstack([s.part_pillar_proba for s in out["scores"]]),
             meta=np.array(json.dumps(meta)))


def _read_cache(path: Path, comments: pd.DataFrame) -> dict[str, Any]:
    z = np.load(path)
    meta = json.loads(str(z["meta"]))
    if meta["ids"] != comments["id"].tolist():
        raise ValueError(f"{path} was written for other comments")
    if meta.get("named") != "read_with_parts":
        raise ValueError(f"{path} was written before the named pillars were read with the comments' parts: "
                         "delete it to score again")
    scores, k = [], 0
    for i, n in enumerate(meta["parts"]):
        scores.append(CommentScores(z["sp"][i], z["pp"][i], z["psp"][k:k + n], z["ppp"][k:k + n]))
        k += n
    return {"scores": scores, "sentiment": meta["sentiment"], "pillars": meta["pillars"],
            "part_votes": [[(s, list(p)) for s, p in v] for v in meta["part_votes"]]}


def baseline_predictions(comments: pd.DataFrame, pairs: pd.DataFrame, oof: dict[str, Any]) -> dict[str, np.ndarray]:
    """Per pair: (a) the corpus's comment sentiment, (b) the base model's comment sentiment,
    (c) today's pipeline (:func:`cxnlp.models.sentences.aggregate_pillar_sentiment` over the parts)."""
    from cxnlp.models.sentences import aggregate_pillar_sentiment

    today = [aggregate_pillar_sentiment(ps, oof["sentiment"][i], oof["part_votes"][i])
             for i, ps in enumerate(comments["pillars"])]
    return {
        "copy_corpus_sentiment": comments["sentiment"].to_numpy()[pairs["row"].to_numpy()],
        "copy_model_sentiment": np.array([oof["sentiment"][r] for r in pairs["row"]]),
        "today_part_vote": np.array([today[r][p] for r, p in zip(pairs["row"], pairs["pillar"])]),
    }


def _fit_lr(X: np.ndarray, y: np.ndarray, *, seed: int, C: float = C_VALUE) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=2000, random_state=seed).fit(X, y)


def _apply(head_proba: np.ndarray, fallback: np.ndarray, threshold: float) -> np.ndarray:
    top = head_proba.max(axis=1)
    pred = np.array(SENTIMENTS)[head_proba.argmax(axis=1)]
    return np.where(top >= threshold, pred, fallback)


def tune_threshold(proba: np.ndarray, fallback: np.ndarray, y: np.ndarray) -> float:
    """The fallback threshold with the best accuracy on (out-of-fold) ``proba``; ties: the lowest."""
    acc = [float((_apply(proba, fallback, t) == y).mean()) for t in THRESHOLDS]
    return float(THRESHOLDS[int(np.argmax(acc))])


def fit_pillar_sentiment(scores: Sequence[CommentScores], pillars: Sequence[Sequence[str]],
                         labels: Sequence[dict[str, str]], folds: Sequence[int], *, seed: int = 13,
                         base_version: str | None = None, C: float = C_VALUE) -> PillarSentimentHead:
    """Fit the head on (comment, pillar) pairs. ``scores``: out-of-fold base-model scores per
    comment; ``labels``: {pillar: sentiment} per comment; ``folds``: each comment's fold, used only
    to tune the fallback threshold on out-of-fold head probabilities within these comments."""
    X = features_of(scores, pillars)
    y = np.array([lab[p] for lab, ps in zip(labels, pillars) for p in ps])
    pair_fold = np.array([f for f, ps in zip(folds, pillars) for _ in ps])
    fallback = np.array([s.sentiment for s, ps in zip(scores, pillars) for _ in ps])
    inner = np.zeros((len(y), 4))
    for f in np.unique(pair_fold):
        m = pair_fold == f
        inner[m] = sentiment_proba(_fit_lr(X[~m], y[~m], seed=seed, C=C), X[m])
    threshold = tune_threshold(inner, fallback, y)
    clf = _fit_lr(X, y, seed=seed, C=C)
    meta = {"n_pairs": int(len(y)), "n_comments": int(len(pillars)), "C": C,
            "inner_oof_accuracy": float((_apply(inner, fallback, threshold) == y).mean()),
            "inner_copy_accuracy": float((fallback == y).mean())}
    return PillarSentimentHead(clf, threshold, base_version=base_version, meta=meta)


def cross_validate(comments: pd.DataFrame, oof: dict[str, Any], *, seed: int = 13, C: float = C_VALUE,
                   folds: Sequence[int] = (0, 1, 2, 3, 4)) -> dict[str, Any]:
    """5-fold CV of the head and the baselines on every labelled pair; the head for fold ``f`` is
    fit (and its threshold tuned) on the other folds only. Returns per-pair predictions and figures."""
    pairs = pair_frame(comments)
    base = baseline_predictions(comments, pairs, oof)
    y = pairs["label"].to_numpy()
    head_pred = np.empty(len(pairs), dtype=object)
    thresholds = {}
    for f in folds:
        tr = (comments["fold"] != f).to_numpy()
        idx = np.flatnonzero(tr)
        head = fit_pillar_sentiment([oof["scores"][i] for i in idx], comments["pillars"].iloc[idx].tolist(),
                                    comments["labels"].iloc[idx].tolist(), comments["fold"].iloc[idx].tolist(),
                                    seed=seed, C=C)
        te = np.flatnonzero(~tr)
        d = head.predict_pairs([oof["scores"][i] for i in te], comments["pillars"].iloc[te].tolist(),
                               [oof["sentiment"][i] for i in te])
        m = (pairs["fold"] == f).to_numpy()
        head_pred[m] = [d[list(te).index(r)][p] for r, p in zip(pairs.loc[m, "row"], pairs.loc[m, "pillar"])]
        thresholds[int(f)] = head.threshold
    preds = dict(base, pillar_sentiment_head=head_pred.astype(str))
    named = np.array([p in oof["pillars"][r] for r, p in zip(pairs["row"], pairs["pillar"])])
    return {"pairs": pairs, "y": y, "preds": preds, "named": named, "thresholds": thresholds}


def evaluate_pillar_sentiment(model: Any, comments: pd.DataFrame | None = None, *, head: PillarSentimentHead | None = None,
                              test_fold: int | None = 0, labeled_dir: Path | None = None,
                              folds: dict[str, int] | None = None) -> dict[str, Any]:
    """Per-pillar sentiment of ``model`` against the labelled pairs of ``test_fold`` (None: every
    labelled comment; only fold 0 is held out from the shipped model and head).

    ``head``: the per-pillar head to score (default ``model.pillar_sentiment``, else none). Returns
    accuracy of the head (where present), of copying the model's comment sentiment onto each pillar
    (the baseline to beat), of today's part vote and of copying the corpus sentiment, on every
    labelled pair and on the pairs whose pillar the model names. ``folds``: id -> fold (the merged
    respondent groups of :func:`cxnlp.training.fit.load_training_data`); default ``fold_of(group)``.
    """
    from cxnlp.models.sentences import aggregate_pillar_sentiment, part_votes, read_with_parts, score_parts

    if comments is None:
        comments = load_pillar_sentiment_data(labeled_dir, folds=folds).comments
    if test_fold is not None:
        comments = comments[comments["fold"] == test_fold].reset_index(drop=True)
    head = head if head is not None else getattr(model, "pillar_sentiment", None)
    texts = comments["text"].astype(str).tolist()
    pred = model.predict(texts, urgent=False)
    # One pass over the parts serves both the head's features and the part vote; the pillars the
    # model names are those the batch path names (read with the parts where the model does).
    parts, pp = score_parts(model, texts)
    scores = scores_from_predictions(pred, parts, pp)
    read = read_with_parts(model, pred, parts, pp)
    votes = part_votes(read, parts, pp)
    pairs = pair_frame(comments)
    y = pairs["label"].to_numpy()
    rows, pil = pairs["row"].to_numpy(), pairs["pillar"].tolist()
    today = [aggregate_pillar_sentiment(ps, pred.sentiment[i], votes[i]) for i, ps in enumerate(comments["pillars"])]
    preds = {"copy_model_sentiment": np.array([pred.sentiment[r] for r in rows]),
             "today_part_vote": np.array([today[r][p] for r, p in zip(rows, pil)]),
             "copy_corpus_sentiment": comments["sentiment"].to_numpy()[rows]}
    if head is not None:
        d = head.predict_pairs(scores, comments["pillars"].tolist(), pred.sentiment)
        preds["pillar_sentiment_head"] = np.array([d[r][p] for r, p in zip(rows, pil)])
    named = np.array([p in read.pillars[r] for r, p in zip(rows, pil)])
    out: dict[str, Any] = {"test_fold": test_fold, "comments": int(len(comments)), "pairs": int(len(y)),
                           "n_named_pairs": int(named.sum()), "has_head": head is not None}
    for view, mask in (("all_pairs", np.ones(len(y), bool)), ("named_pairs", named)):
        out[view] = {m: float((p[mask] == y[mask]).mean()) if mask.any() else None for m, p in preds.items()}
        if head is not None and mask.any():
            out[view]["head_minus_copy"] = out[view]["pillar_sentiment_head"] - out[view]["copy_model_sentiment"]
    return out
