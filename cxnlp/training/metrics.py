"""Metrics for sentiment and multi-label tagging, as plain dictionaries (JSON-ready)."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

__all__ = ["expected_calibration_error", "multilabel_report", "sentiment_report"]


def expected_calibration_error(proba: np.ndarray, y_true_idx: np.ndarray, n_bins: int = 10) -> float:
    """ECE of the top-class confidence over equal-width bins."""
    conf = proba.max(axis=1)
    pred = proba.argmax(axis=1)
    correct = (pred == y_true_idx).astype(float)
    bins = np.linspace(0, 1, n_bins + 1)
    ece = 0.0
    for lo, hi in zip(bins[:-1], bins[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.mean() * abs(correct[m].mean() - conf[m].mean())
    return float(ece)


def sentiment_report(y_true: Sequence[str] | np.ndarray, y_pred: Sequence[str] | np.ndarray, labels: Sequence[str],
                     proba: np.ndarray | None = None) -> dict[str, object]:
    """Accuracy, macro-F1, per-class P/R/F1, confusion matrix and (with proba) ECE."""
    y_true, y_pred = list(y_true), list(y_pred)
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=list(labels), zero_division=0)
    out: dict[str, object] = {
        "n": len(y_true),
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "macro_f1": float(f1_score(y_true, y_pred, labels=list(labels), average="macro", zero_division=0)),
        "per_class": {l: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                      for i, l in enumerate(labels)},
        "confusion": {"labels": list(labels),
                      "matrix": confusion_matrix(y_true, y_pred, labels=list(labels)).tolist()},
    }
    if proba is not None:
        idx = np.array([list(labels).index(y) for y in y_true])
        out["ece"] = expected_calibration_error(proba, idx)
    return out


def multilabel_report(Y_true: np.ndarray, Y_pred: np.ndarray, labels: Sequence[str]) -> dict[str, object]:
    """Per-label P/R/F1 with support, macro and micro F1.

    ``macro_f1`` averages every label, counting a label with no example in ``Y_true`` as F1 0;
    ``macro_f1_present`` averages only the labels with at least one example (F1 is undefined
    without one), and ``labels_absent`` names the others.
    """
    p, r, f, s = precision_recall_fscore_support(Y_true, Y_pred, zero_division=0)
    present = s > 0
    return {
        "n": int(Y_true.shape[0]),
        "macro_f1": float(f1_score(Y_true, Y_pred, average="macro", zero_division=0)),
        "macro_f1_present": float(f[present].mean()) if present.any() else 0.0,
        "labels_absent": [l for j, l in enumerate(labels) if not present[j]],
        "micro_f1": float(f1_score(Y_true, Y_pred, average="micro", zero_division=0)),
        "per_label": {l: {"precision": float(p[j]), "recall": float(r[j]), "f1": float(f[j]), "support": int(s[j])}
                      for j, l in enumerate(labels)},
    }
