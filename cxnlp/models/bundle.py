"""A model bundle: sentiment + pillars + pitfalls, saved as one folder with a model card.

Folder layout (``models/<tier>/<version>/``)::

    features.safetensors    (the featurizer: text -> matrix, shared by every head)
    sentiment.safetensors   mixed.safetensors   sentiment5.safetensors   pillars.safetensors
    pitfalls.safetensors    urgent.safetensors
    meta.json   metrics.json   README.md

Components are written with :mod:`cxnlp.models.persist` (safetensors: arrays plus JSON, loading
rebuilds only allowlisted classes, never pickled objects). Folders that earlier versions wrote
with skops (``<name>.skops``) still load; skops is imported only for them.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from cxnlp.taxonomy import SENTIMENTS
from cxnlp.models.urgent import match_patterns
from cxnlp.models.components import MultiLabelTagger, SentimentClassifier, UrgentHead
from cxnlp.models.persist import UnsafeModelFile, load_component, save_component

__all__ = ["CxModel", "Prediction", "load_model", "ModelLoadError"]

_TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "cxnlp.models.", "builtins.", "collections.")


class ModelLoadError(RuntimeError):
    """A model folder that is missing, incomplete or holds untrusted types."""


@dataclass
class Prediction:
    """Predictions for a batch of texts (arrays aligned with the input order)."""

    sentiment: list[str]
    sentiment_proba: np.ndarray  # (n, 4) in SENTIMENTS order
    sentiment_score: np.ndarray  # P(positive) - P(negative)
    pillar_proba: np.ndarray  # (n, len(PILLARS))
    pitfall_proba: np.ndarray  # (n, len(PITFALLS))
    pillars: list[list[str]]
    pitfalls: list[list[str]]
    urgent: list[bool] | None = None  # level == "urgent"
    urgent_reason: list[str | None] | None = None
    urgent_score: np.ndarray | None = None  # 1.0 for a pattern hit, else the head's probability
    urgent_level: list[str | None] | None = None  # "urgent", "review" or None (taxonomy section 4)
    urgent_source: list[str | None] | None = None  # "pattern" or "model": what raised the level

    @classmethod
    def empty(cls, *, n_pillars: int, n_pitfalls: int, urgent: bool) -> Prediction:
        """The prediction for no texts (the heads' transforms refuse an empty batch)."""
        none: list[Any] | None = [] if urgent else None
        return cls(sentiment=[], sentiment_proba=np.zeros((0, len(SENTIMENTS))), sentiment_score=np.zeros(0),
                   pillar_proba=np.zeros((0, n_pillars)), pitfall_proba=np.zeros((0, n_pitfalls)), pillars=[],
                   pitfalls=[], urgent=none, urgent_reason=none, urgent_score=np.zeros(0) if urgent else None,
                   urgent_level=none, urgent_source=none)


class CxModel:
    """Sentiment (3-class head + mixed/neutral split), pillar and pitfall taggers.

    The 3-class head (positive / negative / neutral-or-mixed) learns from every human
    sentiment we have, including FFT's own 1..5 labels where mixed and neutral share one
    code; the mixed/neutral head learns from the annotated corpus, which separates them.
    """

    def __init__(self, features: Any, sentiment: SentimentClassifier, mixed: SentimentClassifier | None,
                 pillars: MultiLabelTagger, pitfalls: MultiLabelTagger, meta: dict[str, Any]) -> None:
        self.features = features
        self.sentiment = sentiment
        self.mixed = mixed
        self.pillars = pillars
        self.pitfalls = pitfalls
        self.meta = meta
        self.sentiment5: SentimentClassifier | None = None  # FFT 1..5 scale head (evaluation)
        self.urgent: UrgentHead | None = None  # safety triage head, either level (combined with patterns)
        self.urgent_now: UrgentHead | None = None  # level "urgent" only (read today)

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "unknown"))

    def featurize(self, texts: Sequence[str]) -> Any:
        """Features of ``texts`` (computed once, shared by every head)."""
        return self.features.transform(list(texts))

    def sentiment_proba(self, texts: Sequence[str] | None = None, *, F: Any = None) -> np.ndarray:
        """(n, 4) probabilities in ``SENTIMENTS`` order."""
        F = self.featurize(texts or []) if F is None else F
        p3 = self.sentiment.predict_proba(F)
        cls = list(self.sentiment.classes_)
        zero = np.zeros(p3.shape[0])
        pos, neg, other = (p3[:, cls.index(c)] if c in cls else zero for c in ("positive", "negative", "neutral"))
        if self.mixed is not None:
            q = self.mixed.predict_proba(F)[:, list(self.mixed.classes_).index("mixed")]
        else:
            q = np.zeros(F.shape[0])
        out = np.column_stack([pos, neg, other * (1 - q), other * q])
        assert list(SENTIMENTS) == ["positive", "negative", "neutral", "mixed"]
        return out

    def predict(self, texts: Sequence[str], *, urgent: bool = True) -> Prediction:
        """Predictions for ``texts``; ``urgent=False`` skips triage (sentence parts need none)."""
        if not len(texts):
            return Prediction.empty(n_pillars=len(self.pillars.labels), n_pitfalls=len(self.pitfalls.labels),
                                    urgent=urgent)
        F = self.featurize(texts)
        sp = self.sentiment_proba(F=F)
        labels = [SENTIMENTS[i] for i in sp.argmax(axis=1)]
        pp = self.pillars.predict_proba(F)
        fp = self.pitfalls.predict_proba(F)
        # Named by the heads' own labels (the loader checked they are the taxonomy's, in order).
        pillars = labels_over(pp, self.pillars.thresholds_, self.pillars.labels)
        pitfalls = labels_over(fp, self.pitfalls.thresholds_, self.pitfalls.labels)
        triage = urgent_triage(list(texts), self.urgent, self.urgent_now, F, positive_proba=sp[:, 0]) if urgent else None
        return Prediction(
            sentiment=labels,
            sentiment_proba=sp,
            sentiment_score=np.clip(sp[:, 0] - sp[:, 1], -1.0, 1.0),
            pillar_proba=pp,
            pitfall_proba=fp,
            pillars=pillars,
            pitfalls=pitfalls,
            **(triage.as_prediction_fields() if triage is not None else {}),
        )

    def urgent_proba(self, texts: Sequence[str]) -> np.ndarray:
        """The urgent head's probability per text (level "urgent" where the model has that head)."""
        head = self.urgent_now or self.urgent
        return np.zeros(len(texts)) if head is None else head.predict_proba(self.featurize(texts))

    def predict_sentiment5(self, texts: Sequence[str]) -> np.ndarray | None:
        """FFT 1..5 scale predictions ("1".."5"), or None if the model has no such head."""
        if self.sentiment5 is None:
            return None
        return self.sentiment5.predict(self.featurize(texts))

    @property
    def labels(self) -> dict[str, list[str]]:
        """The labels this model's heads were trained for, in output order."""
        return {"sentiment": list(SENTIMENTS), "pillars": list(self.pillars.labels),
                "pitfalls": list(self.pitfalls.labels)}

    def save(self, folder: Path, *, card: str, metrics: dict[str, Any]) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        self.meta["labels"] = self.labels
        parts = {"features": self.features, "sentiment": self.sentiment, "mixed": self.mixed, "pillars": self.pillars,
                 "pitfalls": self.pitfalls, "sentiment5": self.sentiment5, "urgent": self.urgent,
                 "urgent_now": self.urgent_now}
        return write_model_folder(folder, parts, meta=self.meta, metrics=metrics, card=card)


def write_model_folder(folder: Path, parts: dict[str, Any], *, meta: dict[str, Any], metrics: dict[str, Any],
                       card: str) -> Path:
    """Write each component that is not None as ``<name>.safetensors``, then meta.json,
    metrics.json and the model card; the one writer for every tier's model folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, part in parts.items():
        if part is not None:
            save_component(part, folder / f"{name}.safetensors")
            (folder / f"{name}.skops").unlink(missing_ok=True)  # an older copy would be ambiguous
    (folder / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True))
    (folder / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True))
    (folder / "README.md").write_text(card)
    return folder


def _load_skops(path: Path) -> Any:
    """A component saved with skops by an earlier cxnlp (trusting only the types they hold)."""
    import skops.io as sio

    untrusted = sio.get_untrusted_types(file=path)
    refused = [t for t in untrusted if not t.startswith(_TRUSTED_PREFIXES)]
    if refused:
        raise ModelLoadError(f"{path}: refusing to load untrusted types {refused}")
    return sio.load(path, trusted=untrusted)


def has_component(folder: Path, name: str) -> bool:
    return (folder / f"{name}.safetensors").exists() or (folder / f"{name}.skops").exists()


def load_part(folder: Path, name: str) -> Any:
    """Component ``name`` of a model folder (safetensors, or skops from earlier versions), or
    None where the folder has no such component."""
    path = folder / f"{name}.safetensors"
    if path.exists():
        try:
            return load_component(path)
        except UnsafeModelFile as exc:
            raise ModelLoadError(str(exc)) from exc
    legacy = folder / f"{name}.skops"
    return _load_skops(legacy) if legacy.exists() else None


def load_model(folder: Path) -> CxModel:
    """Load a model bundle written by :meth:`CxModel.save`."""
    folder = Path(folder)
    missing = [n for n in ("features", "sentiment", "pillars", "pitfalls") if not has_component(folder, n)]
    missing += [] if (folder / "meta.json").exists() else ["meta.json"]
    if missing:
        raise ModelLoadError(f"{folder}: not a cxnlp model folder (missing {missing}); "
                             "train one with `cxnlp train` or pass --model")
    model = CxModel(
        features=load_part(folder, "features"),
        sentiment=load_part(folder, "sentiment"),
        mixed=load_part(folder, "mixed"),
        pillars=load_part(folder, "pillars"),
        pitfalls=load_part(folder, "pitfalls"),
        meta=json.loads((folder / "meta.json").read_text()),
    )
    model.sentiment5 = load_part(folder, "sentiment5")
    model.urgent = load_part(folder, "urgent")
    model.urgent_now = load_part(folder, "urgent_now")
    return model


def labels_over(proba: np.ndarray, thresholds: Any, labels: Sequence[str]) -> list[list[str]]:
    """Per row, the labels whose probability reaches their threshold (one vectorised comparison)."""
    return [[labels[j] for j, on in enumerate(row) if on] for row in (proba >= np.asarray(thresholds)).tolist()]


# Pattern reasons that put a comment at level "urgent" on their own: words about self-harm and
# violence are read today even when the model is unsure (taxonomy section 4: "choose urgent if
# anyone may still be at risk"); other pattern hits are at least "review".
URGENT_PATTERN_REASONS = frozenset({"self_harm", "violence_or_threat"})
# A model flag needs a comment of this many words: no shorter comment in the annotated corpus is
# urgent, while "No", "N/A" and "Not at all" draw high scores from a head trained class-balanced.
MIN_WORDS_FOR_MODEL_FLAG = 4
# Nor a comment the sentiment head is this sure is positive ("praise and thanks never are"
# urgent). Chosen on out-of-fold predictions of training folds 1-4 (evaluation/urgent_cv.py):
# at 0.9 it removed 14% of either-level flags there and none of the urgent comments it found.
POSITIVE_GATE = 0.9


@dataclass
class Triage:
    """Safety triage of a batch: level, reason, score (1.0 for a pattern hit) and what raised it."""

    level: list[str | None]
    reason: list[str | None]
    score: np.ndarray
    source: list[str | None]

    def as_prediction_fields(self) -> dict[str, Any]:
        return {"urgent": [lv == "urgent" for lv in self.level], "urgent_reason": self.reason,
                "urgent_score": self.score, "urgent_level": self.level, "urgent_source": self.source}


def urgent_triage(texts: Sequence[str], head: UrgentHead | None, head_now: UrgentHead | None, F: Any,
                  positive_proba: np.ndarray | None = None) -> Triage:
    """Level per text: a reviewed pattern hit, or a head's probability over its threshold.

    ``head`` scores "either level" (threshold for 97% recall on out-of-fold training scores);
    ``head_now`` scores level "urgent" alone (its own recall target). Without ``head_now`` (models
    trained before levels), every flag is "urgent", as the single flag was. Without any head, the
    patterns alone decide. ``positive_proba`` (P(positive) per text) stops model flags on comments
    the sentiment head is sure are praise; pattern hits are never gated.
    """
    n = len(texts)
    p_any = np.asarray(head.predict_proba(F), dtype=float) if head is not None else np.zeros(n)
    any_flag: np.ndarray = p_any >= head.threshold_ if head is not None else np.zeros(n, dtype=bool)
    p_now = np.asarray(head_now.predict_proba(F), dtype=float) if head_now is not None else None
    now_flag: np.ndarray = (p_now >= head_now.threshold_) if head_now is not None and p_now is not None else any_flag
    model_reason = head.predict_reason(F) if head is not None else [None] * n
    levels: list[str | None] = []
    reasons: list[str | None] = []
    sources: list[str | None] = []
    score = (p_now if p_now is not None else p_any).copy()  # pattern hits are set to 1.0 below
    for i, t in enumerate(texts):
        hits = match_patterns(t)
        long_enough = len(str(t).split()) >= MIN_WORDS_FOR_MODEL_FLAG
        if positive_proba is not None and positive_proba[i] >= POSITIVE_GATE:
            long_enough = False
        if hits:
            urgent = hits[0].reason in URGENT_PATTERN_REASONS or bool(now_flag[i]) or head_now is None
            levels.append("urgent" if urgent else "review")
            reasons.append(hits[0].reason)
            sources.append("pattern")
            score[i] = 1.0
        elif long_enough and (now_flag[i] or any_flag[i]):
            levels.append("urgent" if now_flag[i] else "review")
            reasons.append(str(model_reason[i]))
            sources.append("model")
        else:
            levels.append(None)
            reasons.append(None)
            sources.append(None)
    return Triage(level=levels, reason=reasons, score=score, source=sources)
