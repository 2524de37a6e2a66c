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

from ..taxonomy import PILLARS, PITFALLS, SENTIMENTS
from ..urgent import match_patterns
from .components import MultiLabelTagger, SentimentClassifier, UrgentHead
from .persist import UnsafeModelFile, load_component, save_component

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
    urgent: list[bool] | None = None
    urgent_reason: list[str | None] | None = None
    urgent_score: np.ndarray | None = None  # 1.0 for a pattern hit, else the head's probability


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
        self.urgent: UrgentHead | None = None  # safety triage head (combined with patterns)

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
        F = self.featurize(texts)
        sp = self.sentiment_proba(F=F)
        labels = [SENTIMENTS[i] for i in sp.argmax(axis=1)]
        pp = self.pillars.predict_proba(F)
        fp = self.pitfalls.predict_proba(F)
        pillars = labels_over(pp, self.pillars.thresholds_, PILLARS)
        pitfalls = labels_over(fp, self.pitfalls.thresholds_, PITFALLS)
        flags, reason, up = urgent_flags(list(texts), self.urgent, F) if urgent else (None, None, None)
        return Prediction(
            sentiment=labels,
            sentiment_proba=sp,
            sentiment_score=np.clip(sp[:, 0] - sp[:, 1], -1.0, 1.0),
            pillar_proba=pp,
            pitfall_proba=fp,
            pillars=pillars,
            pitfalls=pitfalls,
            urgent=flags,
            urgent_reason=reason,
            urgent_score=up,
        )

    def predict_sentiment5(self, texts: Sequence[str]) -> np.ndarray | None:
        """FFT 1..5 scale predictions ("1".."5"), or None if the model has no such head."""
        if self.sentiment5 is None:
            return None
        return self.sentiment5.predict(self.featurize(texts))

    def save(self, folder: Path, *, card: str, metrics: dict[str, Any]) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        parts = {"features": self.features, "sentiment": self.sentiment, "mixed": self.mixed, "pillars": self.pillars,
                 "pitfalls": self.pitfalls, "sentiment5": self.sentiment5, "urgent": self.urgent}
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
    return model


def labels_over(proba: np.ndarray, thresholds: Any, labels: Sequence[str]) -> list[list[str]]:
    """Per row, the labels whose probability reaches their threshold (one vectorised comparison)."""
    return [[labels[j] for j, on in enumerate(row) if on] for row in (proba >= np.asarray(thresholds)).tolist()]


def urgent_flags(texts: Sequence[str], head: UrgentHead | None, F: Any
                 ) -> tuple[list[bool], list[str | None], np.ndarray]:
    """Urgent = a reviewed pattern hit OR the head's probability over its recall threshold.

    Returns flags, reasons and a score per text: 1.0 for a pattern hit, else the head's
    probability (0.0 with no head), so alerts can be read most likely first.
    """
    if head is None:
        score, model_flag, model_reason = np.zeros(len(texts)), np.zeros(len(texts), dtype=bool), [None] * len(texts)
    else:
        score = np.asarray(head.predict_proba(F), dtype=float).copy()
        model_flag, model_reason = score >= head.threshold_, head.predict_reason(F)
    flags, reasons = [], []
    for i, t in enumerate(texts):
        hits = match_patterns(t)
        flag = bool(hits) or bool(model_flag[i])
        flags.append(flag)
        reasons.append((hits[0].reason if hits else str(model_reason[i])) if flag else None)
        if hits:
            score[i] = 1.0
    return flags, reasons, score
