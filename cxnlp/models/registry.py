"""The model protocol and the registry of model kinds and training tiers.

Every model kind loads into an object that satisfies :class:`TaggingModel`; the batch, ``cxnlp
score``, evaluation and the app use only that protocol. A model folder's ``meta.json`` names
its ``kind`` (``bundle`` when absent: the fast tier and frozen-embedding models) and the labels
it was trained for; :func:`load_model_folder` refuses a model whose labels are not the
taxonomy's, because outputs are indexed by the taxonomy's label order.

Adding a model kind: write its loader (and trainer), then one :func:`register_kind` (and
:func:`register_tier`) line below. Nothing else dispatches on kinds.
"""
from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np

from cxnlp.models.bundle import ModelLoadError, Prediction
from cxnlp.taxonomy import PILLARS, PITFALLS, SENTIMENTS

if TYPE_CHECKING:
    from cxnlp.config import Settings
    from cxnlp.progress import ProgressCallback
    from cxnlp.training.fit import TrainingData

__all__ = ["KINDS", "TIERS", "Loader", "ModelKind", "TaggingModel", "Tier", "Trainer", "check_labels",
           "load_model_folder", "register_kind", "register_tier", "taxonomy_labels"]


@runtime_checkable
class TaggingModel(Protocol):
    """What every model kind provides."""

    meta: dict[str, Any]

    @property
    def version(self) -> str: ...

    @property
    def labels(self) -> dict[str, list[str]]:
        """The labels the model's heads were trained for, in output order."""

    def predict(self, texts: Sequence[str], *, urgent: bool = True) -> Prediction:
        """Sentiment, pillars, pitfalls (with probabilities in taxonomy order) and triage per text."""

    def urgent_proba(self, texts: Sequence[str]) -> np.ndarray:
        """The urgent head's probability per text (used to find the sentence behind a flag)."""

    def predict_sentiment5(self, texts: Sequence[str]) -> np.ndarray | None:
        """FFT's 1..5 scale per text, or None when the model has no such head."""

    def save(self, folder: Path, *, card: str, metrics: dict[str, Any]) -> Path:
        """Write the model folder (safetensors weights, meta.json, card) and return it."""


#: ``(folder, int8) -> model``.
Loader = Callable[[Path, bool], TaggingModel]
#: ``(data, settings, version, **options) -> {"model_dir", "metrics", ...}``.
Trainer = Callable[..., dict[str, Any]]


@dataclass(frozen=True)
class ModelKind:
    """How to load the folders of one kind (``meta.json``'s ``kind``)."""

    name: str
    loader: str  # "module:function", imported on first use (torch only when a kind needs it)

    def load(self, folder: Path, int8: bool = False) -> TaggingModel:
        fn: Loader = _resolve(self.loader)
        return fn(folder, int8)


@dataclass(frozen=True)
class Tier:
    """A trainable tier of ``cxnlp train --tier``: the kind it writes and its trainer."""

    name: str
    kind: str
    trainer: str  # "module:function" with the :data:`Trainer` signature
    description: str

    def train(self, data: TrainingData, settings: Settings, version: str, *,
              progress: ProgressCallback | None = None, **options: Any) -> dict[str, Any]:
        fn: Trainer = _resolve(self.trainer)
        return fn(data, settings, version, progress=progress, **options)


KINDS: dict[str, ModelKind] = {}
TIERS: dict[str, Tier] = {}


def register_kind(kind: ModelKind) -> ModelKind:
    KINDS[kind.name] = kind
    return kind


def register_tier(tier: Tier) -> Tier:
    if tier.kind not in KINDS:
        raise ValueError(f"tier {tier.name!r}: unknown model kind {tier.kind!r}")
    TIERS[tier.name] = tier
    return tier


def _resolve(ref: str) -> Any:
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


def _load_bundle(folder: Path, int8: bool) -> TaggingModel:
    from cxnlp.models.bundle import load_model

    return load_model(folder)


def _load_finetuned(folder: Path, int8: bool) -> TaggingModel:
    from cxnlp.models.transformer import load_finetuned

    return load_finetuned(folder, int8=int8)


register_kind(ModelKind("bundle", f"{__name__}:_load_bundle"))
register_kind(ModelKind("finetuned", f"{__name__}:_load_finetuned"))
# the same, with pillars and pitfalls blended with TF-IDF taggers (accurate 0.6.0 on): its own kind,
# so that a cxnlp from before the blend refuses the folder instead of reading it without them
register_kind(ModelKind("finetuned-blend", f"{__name__}:_load_finetuned"))
register_tier(Tier("fast", "bundle", "cxnlp.training.tiers:train_fast",
                   "TF-IDF features + linear heads (the default; > 1,000 comments/s end to end)"))
register_tier(Tier("accurate", "finetuned-blend", "cxnlp.training.tiers:train_accurate",
                   "fine-tuned MiniLM (compact weights over the packaged encoder), its pillars and pitfalls blended "
                   "with TF-IDF taggers, + TF-IDF urgent heads"))


def taxonomy_labels() -> dict[str, list[str]]:
    """The label sets of the current taxonomy, in output order."""
    return {"sentiment": list(SENTIMENTS), "pillars": list(PILLARS), "pitfalls": list(PITFALLS)}


def check_labels(folder: Path, meta: dict[str, Any]) -> None:
    """Refuse a model trained for other labels than the taxonomy's (or in another order): its
    outputs would be read under the wrong names."""
    own = meta.get("labels")
    if not isinstance(own, dict):
        raise ModelLoadError(f"{folder}: meta.json does not say which labels the model was trained for; "
                             "retrain it with `cxnlp train`")
    want = taxonomy_labels()
    for key in ("pillars", "pitfalls"):
        if list(own.get(key, [])) != want[key]:
            raise ModelLoadError(
                f"{folder}: the model was trained for {key} {list(own.get(key, []))}, but the taxonomy now has "
                f"{want[key]}; retrain it with `cxnlp train` (outputs are named in the taxonomy's order)")
    if not set(own.get("sentiment", SENTIMENTS)) <= set(SENTIMENTS):
        raise ModelLoadError(f"{folder}: sentiment labels {own.get('sentiment')} are not the taxonomy's {SENTIMENTS}")


def load_model_folder(folder: Path, *, int8: bool = False) -> TaggingModel:
    """Load a model folder of any registered kind, after checking its labels."""
    folder = Path(folder)
    meta_file = folder / "meta.json"
    if not meta_file.exists():
        raise ModelLoadError(f"{folder}: not a cxnlp model folder (no meta.json)")
    meta = json.loads(meta_file.read_text())
    name = meta.get("kind", "bundle")
    if name not in KINDS:
        raise ModelLoadError(f"{folder}: unknown model kind {name!r} (known: {', '.join(sorted(KINDS))})")
    check_labels(folder, meta)
    model = KINDS[name].load(folder, int8)
    # An optional per-pillar sentiment head (pillar_sentiment.safetensors) trained over this model.
    from cxnlp.models.pillar_sentiment import attach_pillar_sentiment

    attach_pillar_sentiment(model, folder)
    return model
