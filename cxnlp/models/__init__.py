"""Classifiers: sentiment (one label) and pillars / pitfalls (multi-label), behind one interface."""
from .bundle import CxModel, Prediction, load_model
from .components import MultiLabelTagger, SentimentClassifier

__all__ = ["CxModel", "MultiLabelTagger", "Prediction", "SentimentClassifier", "load_model"]
