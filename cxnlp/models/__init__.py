"""The models that tag a comment: every kind satisfies one protocol (:class:`TaggingModel`:
``predict`` gives sentiment, pillars, pitfalls and triage), is loaded through one registry
(``registry``: model kinds and trainable tiers, no if-chains), owns the labels it was trained for
(``meta.json``) and is saved as safetensors with a model card (``persist``, ``bundle``). The fast
tier is TF-IDF features with linear heads (``components``, ``bundle``); the accurate tier a
fine-tuned MiniLM whose compact weights load over the packaged encoder (``transformer``). Also
here: the reviewed urgent phrase patterns (``urgent``), sentence splitting for per-sentence
scores (``sentences``) and which model is the default (``versions``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from cxnlp._lazy import attach

if TYPE_CHECKING:
    from cxnlp.models.bundle import CxModel as CxModel
    from cxnlp.models.bundle import ModelLoadError as ModelLoadError
    from cxnlp.models.bundle import Prediction as Prediction
    from cxnlp.models.bundle import load_model as load_model
    from cxnlp.models.components import MultiLabelTagger as MultiLabelTagger
    from cxnlp.models.components import SentimentClassifier as SentimentClassifier
    from cxnlp.models.components import TfidfFeaturizer as TfidfFeaturizer
    from cxnlp.models.loading import load_any_model as load_any_model
    from cxnlp.models.registry import KINDS as KINDS
    from cxnlp.models.registry import TIERS as TIERS
    from cxnlp.models.registry import TaggingModel as TaggingModel
    from cxnlp.models.registry import load_model_folder as load_model_folder
    from cxnlp.models.versions import PromotionRefused as PromotionRefused
    from cxnlp.models.versions import default_model_dir as default_model_dir
    from cxnlp.models.versions import promote as promote

__all__, __getattr__, __dir__ = attach(__name__, {
    "CxModel": "bundle", "ModelLoadError": "bundle", "Prediction": "bundle", "load_model": "bundle",
    "MultiLabelTagger": "components", "SentimentClassifier": "components", "TfidfFeaturizer": "components",
    "load_any_model": "loading",
    "KINDS": "registry", "TIERS": "registry", "TaggingModel": "registry", "load_model_folder": "registry",
    "PromotionRefused": "versions", "default_model_dir": "versions", "promote": "versions",
})
