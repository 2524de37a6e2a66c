"""Training each model tier from prepared data: fit, evaluate on the held-out fold, cross-validate
(fast tier), write the model folder with its card and metrics.

Each trainer has the signature of :data:`cxnlp.models.registry.Trainer` and is named in the
registry (``cxnlp.models.registry.TIERS``), so ``cxnlp train --tier`` and the ``cx-train`` flow
pick it up with no if-chain. A trainer returns ``{"model_dir", "metrics"}`` (and ``variants``
when it writes more than one folder).
"""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path
from typing import Any

import numpy as np

from cxnlp.config import Settings
from cxnlp.progress import ProgressCallback, report
from cxnlp.training.cards import model_card
from cxnlp.training.fit import (TrainingData, data_hash, evaluate_model, finetune_rows, fit_fast, fit_parts_reading,
                               fit_tfidf_blend, fit_urgent_heads_tfidf)

__all__ = ["CV_METRICS", "cross_validate_fast", "git_commit", "train_accurate", "train_fast"]

log = logging.getLogger(__name__)

#: The figures cross-validation reports (name -> (metrics section, key)).
CV_METRICS = {"sentiment3_fft.macro_f1": ("sentiment3_fft", "macro_f1"),
              "sentiment3_fft.accuracy": ("sentiment3_fft", "accuracy"),
              "sentiment3_fft.ece": ("sentiment3_fft", "ece"),  # calibration on every fold, not only on average
              "sentiment5_fft.macro_f1": ("sentiment5_fft", "macro_f1"),
              "pillars.macro_f1": ("pillars", "macro_f1"), "pitfalls.macro_f1": ("pitfalls", "macro_f1")}


def git_commit(root: Path) -> str:
    """The commit the training code came from (recorded in the model's meta), or ``unknown``."""
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def cross_validate_fast(data: TrainingData, seed: int, use_weak: bool, progress: ProgressCallback | None = None,
                        n_folds: int = 5) -> dict[str, Any]:
    """Mean, sd and per-fold figures of the fast tier over the respondent-group folds."""
    vals: dict[str, list[float]] = {k: [] for k in CV_METRICS}
    for fold in range(n_folds):
        report(progress, "cross-validation", fold, n_folds, f"fold {fold}")
        m = evaluate_model(fit_fast(data, seed=seed, use_weak=use_weak, test_fold=fold), data, test_fold=fold)
        for k, (a, b) in CV_METRICS.items():
            if a in m:
                vals[k].append(m[a][b])
        report(progress, "cross-validation", fold + 1, n_folds,
               f"fold {fold}: pillars macro-F1 {m.get('pillars', {}).get('macro_f1', float('nan')):.3f}")
    return {k: {"mean": float(np.mean(v)), "sd": float(np.std(v)), "folds": v} for k, v in vals.items() if v}


def train_fast(data: TrainingData, settings: Settings, version: str, *, use_weak: bool = False, cv: bool = True,
               synthetic: list[str] | None = None, progress: ProgressCallback | None = None,
               **_: Any) -> dict[str, Any]:
    """TF-IDF features with linear heads; writes ``models/fast/<version>/``."""
    meta = {"data_sha256": data_hash(data), "git_commit": git_commit(settings.root), "use_weak": use_weak,
            "synthetic_parts": list(synthetic or [])}
    report(progress, "fit", 0, 1, "fast tier")
    model = fit_fast(data, seed=settings.seed, use_weak=use_weak, version=f"fast-{version}", extra_meta=meta)
    report(progress, "fit", 1, 1, "fast tier")
    metrics = evaluate_model(model, data, progress=progress)
    if cv:
        log.info("cross-validating over 5 respondent-group folds")
        metrics["cv"] = cross_validate_fast(data, settings.seed, use_weak, progress)
    folder = Path(str(settings.path(settings.models_dir))) / "fast" / version
    model.save(folder, card=model_card(model.meta, metrics), metrics=metrics)
    log.info("saved %s: sentiment3 macro-F1 %.3f, pillars macro-F1 %.3f, pitfalls macro-F1 %.3f", folder,
             metrics["sentiment3_fft"]["macro_f1"], metrics.get("pillars", {}).get("macro_f1", float("nan")),
             metrics.get("pitfalls", {}).get("macro_f1", float("nan")))
    return {"model_dir": str(folder), "metrics": metrics}


def train_accurate(data: TrainingData, settings: Settings, version: str, *, epochs: int = 4, variant: str = "both",
                   progress: ProgressCallback | None = None, **_: Any) -> dict[str, Any]:
    """The frozen-embedding and/or fine-tuned MiniLM variants; writes ``models/accurate*/<version>/``.
    The main result is the fine-tuned model when it was trained."""
    from cxnlp.models.transformer import MiniLMEmbedder, fine_tune

    meta = {"data_sha256": data_hash(data), "git_commit": git_commit(settings.root)}
    variants: dict[str, Any] = {}
    if variant in ("both", "frozen"):
        report(progress, "fit", 0, 1, "frozen MiniLM embeddings + linear heads")
        frozen = fit_fast(data, seed=settings.seed, version=f"accurate-frozen-{version}", featurizer=MiniLMEmbedder(),
                          tier="accurate-frozen", extra_meta=meta)
        report(progress, "fit", 1, 1, "frozen MiniLM embeddings + linear heads")
        metrics = evaluate_model(frozen, data, progress=progress)
        folder = Path(str(settings.path(settings.models_dir))) / "accurate-frozen" / version
        frozen.save(folder, card=model_card(frozen.meta, metrics), metrics=metrics)
        log.info("frozen MiniLM: sentiment3 macro-F1 %.3f, pillars %.3f", metrics["sentiment3_fft"]["macro_f1"],
                 metrics["pillars"]["macro_f1"])
        variants["frozen"] = {"model_dir": str(folder), "metrics": metrics}
    if variant in ("both", "finetuned"):
        fit_rows, val_rows = finetune_rows(data, test_fold=0)
        model = fine_tune(fit_rows, val_rows=val_rows, seed=settings.seed, epochs=epochs, progress=progress,
                          meta={**meta, "version": f"accurate-{version}", "epochs": epochs})
        # Triage: the same TF-IDF urgent heads (either level, level urgent) the fast tier trains,
        # on the same training folds.
        model.tfidf_features, model.urgent, model.urgent_now = fit_urgent_heads_tfidf(
            data, seed=settings.seed, test_fold=0)
        # Pillars and pitfalls: the encoder's heads blended with TF-IDF taggers on those features
        fit_tfidf_blend(model, data, val_rows=val_rows, test_fold=0, seed=settings.seed)
        # ... and read again with each comment's parts (sentences and contrast clauses)
        fit_parts_reading(model, val_rows)
        metrics = evaluate_model(model, data, progress=progress)
        folder = Path(str(settings.path(settings.models_dir))) / "accurate" / version
        model.meta.setdefault("n_train", {"rows": len(fit_rows), "validation": len(val_rows)})
        model.meta["test_fold"] = 0
        for key, head in (("urgent", model.urgent), ("urgent_level_urgent", model.urgent_now)):
            if head is not None:
                model.meta["thresholds"][key] = float(head.threshold_)
        model.save(folder, card=model_card(model.meta, metrics), metrics=metrics)
        log.info("fine-tuned MiniLM: sentiment3 macro-F1 %.3f acc %.3f, pillars %.3f, pitfalls %.3f",
                 metrics["sentiment3_fft"]["macro_f1"], metrics["sentiment3_fft"]["accuracy"],
                 metrics["pillars"]["macro_f1"], metrics["pitfalls"]["macro_f1"])
        variants["finetuned"] = {"model_dir": str(folder), "metrics": metrics}
    main = variants.get("finetuned") or variants["frozen"]
    return {"model_dir": main["model_dir"], "metrics": main["metrics"], "variants": variants}
