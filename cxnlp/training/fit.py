"""Assemble training data, fit the fast tier and measure it on held-out data.

Pure functions over DataFrames: reading files and writing models happen in the callers
(``pipelines/train.py`` and the CLI). Splits are by respondent group (:func:`fold_of`), merged
where groups share a comment (:func:`cxnlp.training.corpus.duplicate_safe_groups`), so no respondent's
answers and no repeated comment are on both sides; fold 0 is the test fold, never used for
fitting or for tuning thresholds.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from cxnlp.training.corpus import duplicate_safe_groups, fold_of, label_matrix
from cxnlp.training.synthetic import SYNTHETIC_FOLD
from cxnlp.training.metrics import multilabel_report, sentiment_report
from cxnlp.models.bundle import CxModel
from cxnlp.models.components import MultiLabelTagger, SentimentClassifier, TfidfFeaturizer, UrgentHead
from cxnlp.models.sentences import predict_with_parts
from cxnlp.progress import ProgressCallback, report
from cxnlp.taxonomy import PILLARS, PITFALLS, fft_sentiment_to_label
from cxnlp.training.weak_labels import weak_pillars

__all__ = ["EVALUATION_VERSION", "TrainingData", "build_training_data", "data_hash", "evaluate_model", "fit_fast", "fit_urgent_head",
           "fit_urgent_heads_tfidf", "fit_urgent_tfidf", "split_groups"]

log = logging.getLogger(__name__)

# Bump when evaluate_model changes what a stored figure means, so promotion re-scores older
# models instead of comparing figures computed two ways. 2: 3- and 5-class sentiment scored
# against FFT's own human code for every phase-2 test comment.
EVALUATION_VERSION = 2


@dataclass
class TrainingData:
    """Sentiment rows (every human sentiment) and annotated rows (pillars/pitfalls)."""

    sentiment: pd.DataFrame  # text, label3, label5 (FFT 1..5 or NaN), group, fold, source
    annotated: pd.DataFrame  # text, sentiment, pillars, pitfalls, group, fold, weak (bool)


def load_training_data(labeled_dir: Path, fft_dir: Path, *, spacy_model: str = "auto",
                       use_weak: bool = False, synthetic: Sequence[str] = (), name_ner: str = "packaged") -> TrainingData:
    """The corpus in ``labeled_dir`` and the FFT comments nobody annotated (redacted here), as
    :func:`build_training_data` combines them; with ``use_weak``, FFT comments without a human
    sentiment too, for their weak pillar labels; with ``synthetic`` (part names of
    :data:`cxnlp.training.synthetic.SYNTHETIC_PARTS`), those rows of ``synthetic.jsonl``, training-only."""
    import yaml

    from cxnlp.training.corpus import load_fft
    from cxnlp.privacy.redact import Redactor

    corpus = pd.read_json(labeled_dir / "corpus.jsonl", lines=True, dtype=False)
    fft = load_fft(fft_dir)
    corpus["service"] = corpus["id"].map(fft.set_index("id")["service"])
    groups = split_groups(corpus, fft)
    fft = fft[~fft["id"].isin(corpus["id"])]
    if not use_weak:  # only comments with a human sentiment are needed
        fft = fft[fft["fft_sentiment"].notna()]
    fft = fft.assign(text=[r.text for r in Redactor(spacy_model, name_ner=name_ner).redact_many(fft["text"].astype(str).tolist())])
    crosswalk = yaml.safe_load((labeled_dir / "framework_to_pillars.yaml").read_text()) if use_weak else None
    if synthetic:
        corpus = pd.concat([corpus, load_synthetic(labeled_dir, synthetic)], ignore_index=True)
    return build_training_data(corpus, fft, crosswalk=crosswalk, groups=groups)


def load_synthetic(labeled_dir: Path, parts: Sequence[str]) -> pd.DataFrame:
    """The synthetic rows of ``parts`` from ``labeled_dir/synthetic.jsonl`` (text already redacted)."""
    from cxnlp.training.synthetic import parts_of

    path = labeled_dir / "synthetic.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: build it with `python scripts/build_synthetic_corpus.py` "
                                "or train with --no-synthetic")
    return parts_of(pd.read_json(path, lines=True, dtype=False), parts)


def split_groups(corpus: pd.DataFrame, fft_all: pd.DataFrame) -> dict[str, str]:
    """Each comment's split group: respondents merged over shared comments, computed over every
    FFT record (``fft_all``: :func:`cxnlp.training.corpus.load_fft`, original text) and the corpus rows
    that are not FFT records (imported from tagged output). Computed before any filtering or
    redaction, so the split does not depend on ``--weak`` or on which spaCy model redacts names."""
    extra = corpus[~corpus["id"].isin(fft_all["id"])]
    merged = duplicate_safe_groups(pd.concat([fft_all["group"], extra["group"]]).tolist(),
                                   pd.concat([fft_all["text"], extra["text"]]).tolist())
    return dict(zip(pd.concat([fft_all["id"], extra["id"]]), merged))


def build_training_data(corpus: pd.DataFrame, fft: pd.DataFrame, *,
                        crosswalk: Mapping[str, Any] | None = None,
                        groups: Mapping[str, str] | None = None) -> TrainingData:
    """Combine the hand-labelled corpus with FFT's own human sentiment (and weak pillars).

    ``fft`` is :func:`cxnlp.training.corpus.fft_records` output (its text already redacted by the caller).
    With ``crosswalk``, FFT comments nobody annotated get weak pillar labels (and no pitfalls),
    marked ``weak=True`` so evaluation can leave them out. ``groups`` maps ids to split groups
    already merged over shared comments (:func:`load_training_data` merges over every FFT record);
    without it, the groups of the given rows are merged among themselves.
    """
    c = corpus.copy()
    fft = fft.copy()
    # Synthetic rows (cxnlp.training.synthetic) train but never test: their own fold, never 0..4.
    c["origin"] = c["origin"].fillna("real") if "origin" in c else "real"
    synthetic = c["origin"].eq("synthetic")
    # Respondent groups, merged where two groups hold the same comment, so no copy of a comment
    # trains a model that is then scored on another copy.
    if groups is None:
        merged = duplicate_safe_groups(pd.concat([c["group"], fft["group"]]).tolist(),
                                       pd.concat([c["text"], fft["text"]]).tolist())
        c["group"], fft["group"] = merged[: len(c)], merged[len(c):]
    else:
        c["group"] = c["id"].map(groups).fillna(c["group"])
        fft["group"] = fft["id"].map(groups).fillna(fft["group"])
    c["fold"] = c["group"].map(fold_of).where(~synthetic, SYNTHETIC_FOLD)
    fft["fold"] = fft["group"].map(fold_of)
    # 3-class sentiment: FFT's own human code wherever a comment has one (the labels the sentiment
    # targets are scored on; our annotators disagree with it on 14% of phase-2 comments, mostly
    # over what counts as neutral), else our annotators' label (phase-1 comments have no code).
    # The mixed/neutral split and pillars always come from our annotators.
    fft_lab = fft[fft["fft_sentiment"].notna() & ~fft["id"].isin(c["id"])]
    corpus3 = c["sentiment"].replace({"mixed": "neutral"})
    coded = c["fft_sentiment"].notna() if "fft_sentiment" in c else pd.Series(False, index=c.index)
    sent = pd.concat(
        [
            pd.DataFrame({"id": c["id"], "text": c["text"],
                          "label3": corpus3.where(~coded, c["fft_sentiment"].map(fft_sentiment_to_label)),
                          "label4": c["sentiment"],
                          "label5": c["fft_sentiment"], "group": c["group"], "fold": c["fold"],
                          "source": c["source"], "service": c.get("service"), "origin": c["origin"]}),
            pd.DataFrame({"id": fft_lab["id"], "text": fft_lab["text"],
                          "label3": fft_lab["fft_sentiment"].map(fft_sentiment_to_label),
                          "label4": None,
                          "label5": fft_lab["fft_sentiment"], "group": fft_lab["group"], "fold": fft_lab["fold"],
                          "source": fft_lab["source"], "service": fft_lab.get("service"), "origin": "real"}),
        ],
        ignore_index=True,
    )
    c["urgent"] = c["urgent"].astype(bool) if "urgent" in c else False
    c["urgent_reason"] = c["urgent_reason"] if "urgent_reason" in c else None
    # Level (taxonomy section 4): "urgent", "review" or none; `urgent` is "either level". Rows
    # labelled before levels existed count an urgent flag as "urgent" until they are read again.
    if "urgent_level" not in c:
        c["urgent_level"] = None
    c["urgent_level"] = c["urgent_level"].where(c["urgent_level"].isin(["urgent", "review"]),
                                                pd.Series(np.where(c["urgent"], "urgent", None), index=c.index))  # type: ignore[call-overload]
    ann = c[["id", "text", "sentiment", "pillars", "pitfalls", "urgent", "urgent_level", "urgent_reason", "group",
             "fold", "source", "origin"]].assign(weak=False)
    if crosswalk is not None:
        rest = fft[~fft["id"].isin(c["id"])].copy()
        rest["pillars"] = [weak_pillars(t, crosswalk) for t in rest["fft_topics"]]
        rest = rest[rest["pillars"].notna()]
        rest = rest.assign(sentiment=None, pitfalls=[[] for _ in range(len(rest))], weak=True, urgent=False,
                           urgent_level=None, urgent_reason=None, origin="real")
        ann = pd.concat([ann, rest[ann.columns]], ignore_index=True)
    return TrainingData(sentiment=sent.reset_index(drop=True), annotated=ann.reset_index(drop=True))


def data_hash(data: TrainingData) -> str:
    """SHA-256 over the training rows (ids, texts, labels), to record in the model card."""
    h = hashlib.sha256()
    for frame in (data.sentiment, data.annotated):
        h.update(frame.to_json(orient="records", default_handler=str).encode("utf-8"))
    return h.hexdigest()


def fit_fast(data: TrainingData, *, seed: int, use_weak: bool = False, test_fold: int | None = 0,
             version: str = "dev", extra_meta: Mapping[str, Any] | None = None, featurizer: Any = None,
             tier: str = "fast") -> CxModel:
    """Fit a featurizer + linear heads on every fold except ``test_fold`` (None: on everything).

    ``featurizer`` defaults to TF-IDF (the fast tier); a :class:`MiniLMEmbedder` gives the
    frozen-embedding variant of the accurate tier.
    """
    s, a = _training_rows(data, test_fold)
    if not use_weak:
        a = a[~a["weak"]]
    log.info("fitting sentiment on %d rows, taggers on %d rows", len(s), len(a))
    texts = pd.concat([s["text"], a["text"]]).drop_duplicates()
    features = (featurizer if featurizer is not None else TfidfFeaturizer()).fit(texts)
    Fs = features.transform(s["text"])
    sentiment = SentimentClassifier(random_state=seed).fit(Fs, s["label3"])
    m = (s["label4"].isin(["neutral", "mixed"])).to_numpy()
    mixed = (SentimentClassifier(C=2.0, random_state=seed).fit(Fs[m], s.loc[m, "label4"])
             if s.loc[m, "label4"].nunique() == 2 else None)
    hand = a[~a["weak"]]
    # Thresholds are tuned on out-of-fold scores of real rows only: synthetic rows train, never tune.
    pillars = MultiLabelTagger(labels=PILLARS, random_state=seed).fit(
        features.transform(a["text"]), label_matrix(a["pillars"], PILLARS), tune_on=_is_real(a))
    Fh = features.transform(hand["text"])
    pitfalls = MultiLabelTagger(labels=PITFALLS, random_state=seed).fit(
        Fh, label_matrix(hand["pitfalls"], PITFALLS), tune_on=_is_real(hand))
    s5 = s[s["label5"].notna()]
    urgent = fit_urgent_head(hand, Fh, seed=seed)
    urgent_now = fit_urgent_now_head(hand, Fh, seed=seed)
    meta = {
        "version": version,
        "tier": tier,
        "labels": {"sentiment": ["positive", "negative", "neutral", "mixed"], "pillars": list(PILLARS),
                   "pitfalls": list(PITFALLS)},
        "thresholds": {"pillars": dict(zip(PILLARS, map(float, pillars.thresholds_))),
                       "pitfalls": dict(zip(PITFALLS, map(float, pitfalls.thresholds_)))},
        "n_train": {"sentiment": int(len(s)), "annotated": int(len(hand)), "weak": int(a["weak"].sum()),
                    "sentiment5": int(len(s5))},
        "seed": seed,
        "test_fold": test_fold,
        **dict(extra_meta or {}),
    }
    model = CxModel(features=features, sentiment=sentiment, mixed=mixed, pillars=pillars, pitfalls=pitfalls, meta=meta)
    model.urgent = urgent
    model.urgent_now = urgent_now
    if urgent is not None:
        meta["thresholds"]["urgent"] = float(urgent.threshold_)
    if urgent_now is not None:
        meta["thresholds"]["urgent_level_urgent"] = float(urgent_now.threshold_)
    if len(s5) and s5["label5"].nunique() > 1:
        model.sentiment5 = SentimentClassifier(random_state=seed).fit(
            features.transform(s5["text"]), s5["label5"].astype(int).astype(str))
    return model


def _training_rows(data: TrainingData, test_fold: int | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sentiment and annotated rows outside ``test_fold`` (all of them when it is None)."""
    if test_fold is None:
        return data.sentiment, data.annotated
    return (data.sentiment[data.sentiment["fold"] != test_fold],
            data.annotated[data.annotated["fold"] != test_fold])


def multitask_rows(data: TrainingData) -> pd.DataFrame:
    """One row per comment with every label it has (sentiment from all sources, tags if annotated)."""
    s = data.sentiment.drop_duplicates("id").set_index("id")
    a = data.annotated[~data.annotated["weak"]].drop_duplicates("id").set_index("id")[["pillars", "pitfalls"]]
    rows = s.join(a, how="left")
    rows["has_tags"] = rows["pillars"].notna()
    rows["pillars"] = rows["pillars"].map(lambda v: v if isinstance(v, list) else [])
    rows["pitfalls"] = rows["pitfalls"].map(lambda v: v if isinstance(v, list) else [])
    return rows.reset_index()


def finetune_rows(data: TrainingData, *, test_fold: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The fine-tuned tier's (fit, validation) rows: every comment outside ``test_fold``, with half of
    one training fold (10% of all respondent groups, by hash) held back to validate thresholds and
    temperature."""
    rows = multitask_rows(data)
    train = rows[rows["fold"] != test_fold]
    is_val = is_finetune_validation(train["group"], test_fold=test_fold)
    return train[~is_val], train[is_val]


def is_finetune_validation(groups: pd.Series, *, test_fold: int) -> np.ndarray:
    """Whether each respondent group is in the half fold that the fine-tuned tier holds back to
    validate thresholds and temperature when ``test_fold`` is the test fold."""
    # A group with fold_of(g, 10) == f sits in fold f of 5, so this must name a training fold:
    # fold 1, or fold 2 when fold 1 is the one held out.
    val_fold = 2 if test_fold == 1 else 1
    return groups.map(lambda g: fold_of(g, 10) == val_fold).to_numpy(dtype=bool)


#: Weight of the TF-IDF taggers' probability in the fine-tuned tier's pillar and pitfall blend: the
#: plain mean, set before it was measured and never tuned (research/experiments/pillar_ensemble.py).
BLEND_TFIDF_WEIGHT = 0.5


def fit_tfidf_blend(model: Any, data: TrainingData, *, val_rows: pd.DataFrame, test_fold: int | None,
                    seed: int) -> None:
    """Give a fine-tuned ``model`` TF-IDF pillar and pitfall taggers, blended with its encoder heads.

    The taggers train on the rows the encoder trained on (annotated, not weak, outside ``test_fold``
    and the validation half fold); the blend's thresholds are tuned on ``val_rows`` (those of
    :func:`finetune_rows`), as the encoder's own were. The TF-IDF featurizer is the model's (its
    urgent heads'), or one fitted as :func:`fit_urgent_heads_tfidf` fits it.
    """
    from cxnlp.models.components import tune_threshold

    val = val_rows[val_rows["has_tags"].to_numpy(dtype=bool)]
    if val.empty:
        raise ValueError("fit_tfidf_blend: no validation row has pillar and pitfall labels to tune thresholds on")
    s, a = _training_rows(data, test_fold)
    hand = a[~a["weak"]]
    if model.tfidf_features is None:
        model.tfidf_features = TfidfFeaturizer().fit(pd.concat([s["text"], hand["text"]]).drop_duplicates())
    if test_fold is not None:
        hand = hand[~is_finetune_validation(hand["group"], test_fold=test_fold)]
    hand = hand[~hand["id"].isin(val["id"])]  # validation rows tune, never train
    F = model.tfidf_features.transform(hand["text"])
    model.tfidf_pillars = MultiLabelTagger(labels=PILLARS, random_state=seed).fit(
        F, label_matrix(hand["pillars"], PILLARS), tune_on=_is_real(hand))
    model.tfidf_pitfalls = MultiLabelTagger(labels=PITFALLS, random_state=seed).fit(
        F, label_matrix(hand["pitfalls"], PITFALLS), tune_on=_is_real(hand))
    # the encoder heads' own thresholds stay on record: experiments on the encoder alone read them
    model.meta.setdefault("encoder_thresholds", {k: dict(v) for k, v in model.meta["thresholds"].items()
                                                 if k in ("pillars", "pitfalls")})
    model.meta["blend"] = {"tfidf_weight": BLEND_TFIDF_WEIGHT, "taggers_trained_on": int(len(hand))}
    # a loader that knows no blend refuses the folder rather than read it without its taggers
    model.meta["kind"] = "finetuned-blend"
    blended = model.predict(val["text"].astype(str).tolist(), urgent=False)  # the blend's probabilities
    for kind, labels, proba in (("pillars", PILLARS, blended.pillar_proba), ("pitfalls", PITFALLS, blended.pitfall_proba)):
        y = label_matrix(val[kind], labels)
        model.meta["thresholds"][kind] = {lab: tune_threshold(y[:, j], proba[:, j]) for j, lab in enumerate(labels)}


def fit_parts_reading(model: Any, val_rows: pd.DataFrame) -> None:
    """Make a fine-tuned ``model`` read its pillars with each comment's parts
    (:meth:`cxnlp.models.transformer.FineTunedModel.read_parts`): thresholds for the mean of the
    comment's and its parts' highest probability, tuned on ``val_rows`` (those of
    :func:`finetune_rows`) as the blend's were. Pitfalls stay as they are: in 5-fold CV the reading
    gained them less than the 0.01 set before the run (research/experiments/pillar_parts.py)."""
    from cxnlp.models.components import tune_threshold
    from cxnlp.models.sentences import score_parts

    val = val_rows[val_rows["has_tags"].to_numpy(dtype=bool)]
    if val.empty:
        raise ValueError("fit_parts_reading: no validation row has pillar labels to tune thresholds on")
    texts = val["text"].astype(str).tolist()
    pred = model.predict(texts, urgent=False)
    parts, part_pred = score_parts(model, texts)
    own = model.labels["pillars"]
    proba = model.parts_pillar_proba(pred, parts, part_pred)
    y = label_matrix(val["pillars"], tuple(own))
    model.meta["parts"] = {"thresholds": {"pillars": {lab: tune_threshold(y[:, j], proba[:, j])
                                                      for j, lab in enumerate(own)}}}


def _is_real(rows: pd.DataFrame) -> np.ndarray:
    return (rows["origin"].fillna("real").eq("real") if "origin" in rows else pd.Series(True, index=rows.index)).to_numpy()


def fit_urgent_head(hand: pd.DataFrame, F: Any, *, seed: int) -> UrgentHead | None:
    """The urgent head on the hand-annotated rows and their features ``F`` (None with under 10
    urgent examples). Its threshold is set on real rows' out-of-fold scores."""
    if hand["urgent"].astype(bool).sum() < 10:
        return None
    return UrgentHead(random_state=seed).fit(F, hand["urgent"].astype(bool).tolist(), hand["urgent_reason"].tolist(),
                                             tune_on=_is_real(hand))


# Recall on out-of-fold training scores that sets the level-"urgent" head's threshold: the
# short list trades some recall (the rest still reach "review" through the either-level head) for
# precision a ward manager keeps reading.
URGENT_NOW_RECALL = 0.90


def fit_urgent_now_head(hand: pd.DataFrame, F: Any, *, seed: int) -> UrgentHead | None:
    """The level-"urgent" head: trained on comments whose level is "urgent" against everything
    else (None with under 10 such comments, or when no row has a level)."""
    if "urgent_level" not in hand:
        return None
    y = hand["urgent_level"].eq("urgent")
    if y.sum() < 10:
        return None
    return UrgentHead(target_recall=URGENT_NOW_RECALL, random_state=seed).fit(
        F, y.tolist(), hand["urgent_reason"].where(y, None).tolist(), tune_on=_is_real(hand))


def fit_urgent_tfidf(data: TrainingData, *, seed: int, test_fold: int | None = 0) -> tuple[Any, UrgentHead | None]:
    """A TF-IDF featurizer and either-level urgent head trained as the fast tier trains them, for
    models (the fine-tuned transformer) that have no urgent head of their own."""
    features, head, _ = fit_urgent_heads_tfidf(data, seed=seed, test_fold=test_fold)
    return features, head


def fit_urgent_heads_tfidf(data: TrainingData, *, seed: int, test_fold: int | None = 0
                           ) -> tuple[Any, UrgentHead | None, UrgentHead | None]:
    """:func:`fit_urgent_tfidf` plus the level-"urgent" head, both on the same TF-IDF features."""
    s, a = _training_rows(data, test_fold)
    hand = a[~a["weak"]]
    features = TfidfFeaturizer().fit(pd.concat([s["text"], hand["text"]]).drop_duplicates())
    F = features.transform(hand["text"])
    return features, fit_urgent_head(hand, F, seed=seed), fit_urgent_now_head(hand, F, seed=seed)


def urgent_report(y: np.ndarray, pred: np.ndarray, reasons: list[Any], pred_reasons: list[Any]) -> dict[str, Any]:
    """Recall and precision of the urgent flag; recall per reason."""
    tp = int((y & pred).sum())
    per_reason = {}
    for r in sorted({x for x in reasons if isinstance(x, str)}):
        m = np.array([x == r for x in reasons]) & y
        per_reason[r] = {"n": int(m.sum()), "recall": float((pred & m).sum() / max(1, m.sum()))}
    return {"n": int(len(y)), "positives": int(y.sum()), "flagged": int(pred.sum()),
            "recall": tp / max(1, int(y.sum())), "precision": tp / max(1, int(pred.sum())),
            "per_reason": per_reason,
            "missed_indices": [int(i) for i in np.flatnonzero(y & ~pred)]}


def _length_bucket(texts: pd.Series) -> pd.Series:
    n = texts.str.len()
    return pd.cut(n, [0, 50, 200, 10**9], labels=["short (<50 chars)", "medium (50-200)", "long (>200)"]).astype(str)


def rescorer(data: TrainingData) -> Callable[[Path, Path], tuple[dict[str, Any], dict[str, Any]]]:
    """For :func:`cxnlp.models.versions.promote`: two model folders scored on the same held-out rows of ``data``."""
    from cxnlp.models.loading import load_any_model

    def rescore(candidate: Path, current: Path) -> tuple[dict[str, Any], dict[str, Any]]:
        return evaluate_model(load_any_model(candidate), data), evaluate_model(load_any_model(current), data)

    return rescore


def evaluate_model(model: Any, data: TrainingData, *, test_fold: int = 0, segments: bool = False,
                   progress: ProgressCallback | None = None) -> dict[str, Any]:
    """Scores on the held-out fold: sentiment 3/4/5-class, pillars, pitfalls (hand labels only).

    ``model`` is anything with ``predict(texts) -> Prediction`` and ``predict_sentiment5`` (both tiers).
    With ``segments``, the same scores per source type, service and comment length. ``progress``
    gets a step (task "scoring <version>") after each of the three scoring passes.
    """
    task = f"scoring {getattr(model, 'version', 'model')}"
    report(progress, task, 0, 3, "sentiment")
    s = data.sentiment[data.sentiment["fold"] == test_fold].reset_index(drop=True)
    a = data.annotated[(data.annotated["fold"] == test_fold) & ~data.annotated["weak"]].reset_index(drop=True)
    out: dict[str, Any] = {"evaluation_version": EVALUATION_VERSION, "test_fold": test_fold}
    ps = model.predict(s["text"].tolist())
    proba = ps.sentiment_proba
    p3 = np.column_stack([proba[:, 0], proba[:, 1], proba[:, 2] + proba[:, 3]])
    labels3 = ["positive", "negative", "neutral"]
    pred3 = np.array([labels3[i] for i in p3.argmax(axis=1)])
    fft_mask = (s["source"].eq("nhs_fft_phase2") & s["label5"].notna()).to_numpy()
    # FFT's own human code (1-2 positive, 3 neutral or mixed, 4-5 negative) even where our
    # annotators also labelled the comment: the published anchors are on FFT's labels
    fft3 = s.loc[fft_mask, "label5"].map(fft_sentiment_to_label)
    out["sentiment3_fft"] = sentiment_report(fft3, pred3[fft_mask], labels3, p3[fft_mask])
    out["sentiment3_all"] = sentiment_report(s["label3"], pred3, labels3, p3)
    m4 = s["label4"].notna().to_numpy()
    if m4.any():
        labels4 = ["positive", "negative", "neutral", "mixed"]
        pred4 = [labels4[i] for i in proba[m4].argmax(axis=1)]
        out["sentiment4_corpus"] = sentiment_report(s.loc[m4, "label4"], pred4, labels4, proba[m4])
    report(progress, task, 1, 3, "FFT 1..5 scale")
    if fft_mask.any():
        p5 = model.predict_sentiment5(s.loc[fft_mask, "text"].tolist())
        if p5 is not None:
            out["sentiment5_fft"] = sentiment_report(s.loc[fft_mask, "label5"].astype(int).astype(str), p5,
                                                     ["1", "2", "3", "4", "5"], None)
    pa_ = None
    report(progress, task, 2, 3, "pillars, pitfalls, urgent")
    if len(a):
        pa_ = predict_with_parts(model, a["text"].tolist())  # as the batch job reads them
        out["pillars"] = multilabel_report(label_matrix(a["pillars"], PILLARS), label_matrix(pa_.pillars, PILLARS), PILLARS)
        out["pitfalls"] = multilabel_report(label_matrix(a["pitfalls"], PITFALLS),
                                            label_matrix(pa_.pitfalls, PITFALLS), PITFALLS)
        if pa_.urgent_level is not None and "urgent" in a:
            # "urgent": either level (the flag of earlier versions, what promotion guards);
            # "urgent_level_urgent": the read-today list alone.
            level = pa_.urgent_level
            out["urgent"] = urgent_report(a["urgent"].astype(bool).to_numpy(),
                                          np.array([lv is not None for lv in level], dtype=bool),
                                          a["urgent_reason"].tolist(), pa_.urgent_reason or [])
            out["urgent"]["missed_ids"] = [str(a["id"].iloc[i]) for i in out["urgent"]["missed_indices"]]
            if "urgent_level" in a and a["urgent_level"].notna().any():
                now = a["urgent_level"].eq("urgent").to_numpy()
                out["urgent_level_urgent"] = urgent_report(now, np.array([lv == "urgent" for lv in level], dtype=bool),
                                                           a["urgent_reason"].where(now, None).tolist(),
                                                           pa_.urgent_reason or [])
                out["urgent_level_urgent"]["missed_ids"] = [
                    str(a["id"].iloc[i]) for i in out["urgent_level_urgent"]["missed_indices"]]
    if segments:
        out["segments"] = _segments(s, pred3, p3, a, pa_)
    report(progress, task, 3, 3)
    return json.loads(json.dumps(out, default=float))


def _segments(s: pd.DataFrame, pred3: np.ndarray, p3: np.ndarray, a: pd.DataFrame, pa_: Any) -> dict[str, Any]:
    labels3 = ["positive", "negative", "neutral"]
    seg: dict[str, Any] = {}
    s_keys = {"source_type": s.get("source_type", pd.Series(["survey"] * len(s))),
              "service": s.get("service", pd.Series(["unknown"] * len(s))), "length": _length_bucket(s["text"])}
    for name, key in s_keys.items():
        for value in sorted(key.fillna("unknown").unique()):
            m = (key.fillna("unknown") == value).to_numpy()
            if m.sum() < 20:
                continue
            seg.setdefault(name, {})[value] = {"sentiment3": {
                k: v for k, v in sentiment_report(s.loc[m, "label3"], pred3[m], labels3, p3[m]).items()
                if k in ("n", "accuracy", "macro_f1", "ece")}}
    if pa_ is not None:
        a_keys = {"source_type": a.get("source_type", pd.Series(["survey"] * len(a))),
                  "length": _length_bucket(a["text"])}
        for name, key in a_keys.items():
            for value in sorted(key.fillna("unknown").unique()):
                m = (key.fillna("unknown") == value).to_numpy()
                if m.sum() < 20:
                    continue
                entry = seg.setdefault(name, {}).setdefault(value, {})
                for kind, labels in (("pillars", PILLARS), ("pitfalls", PITFALLS)):
                    rep = multilabel_report(label_matrix(a.loc[m, kind], labels),
                                            label_matrix([x for x, k in zip(getattr(pa_, kind), m) if k], labels), labels)
                    entry[kind] = {"n": rep["n"], "macro_f1": rep["macro_f1"], "micro_f1": rep["micro_f1"]}
    return seg
