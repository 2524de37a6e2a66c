"""Classifiers: a featurizer plus sentiment (one label) and pillar / pitfall (multi-label) heads."""
from cxnlp.models.bundle import CxModel, ModelLoadError, Prediction, load_model
from cxnlp.models.components import MultiLabelTagger, SentimentClassifier, TfidfFeaturizer

__all__ = ["CxModel", "ModelLoadError", "MultiLabelTagger", "Prediction", "SentimentClassifier",
           "TfidfFeaturizer", "load_model"]
