"""Classifiers: a featurizer plus sentiment (one label) and pillar / pitfall (multi-label) heads."""
from .bundle import CxModel, ModelLoadError, Prediction, load_model
from .components import MultiLabelTagger, SentimentClassifier, TfidfFeaturizer

__all__ = ["CxModel", "ModelLoadError", "MultiLabelTagger", "Prediction", "SentimentClassifier",
           "TfidfFeaturizer", "load_model"]
