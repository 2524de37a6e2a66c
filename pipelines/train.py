"""The training flow ``cx-train``: load labels -> redact -> fit -> cross-validate -> evaluate -> save."""
from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from cxnlp.training.cards import model_card
from cxnlp.config import load_settings
from cxnlp.progress import ProgressCallback, report
from cxnlp.training.fit import TrainingData, data_hash, evaluate_model, fit_fast, load_training_data, rescorer


@task(name="load-training-data", retries=1, cache_policy=NO_CACHE)
def load_data(labeled_dir: Path, fft_dir: Path, spacy_model: str, use_weak: bool,
              synthetic: list[str]) -> TrainingData:
    return load_training_data(labeled_dir, fft_dir, spacy_model=spacy_model, use_weak=use_weak, synthetic=synthetic)


def _git_commit(root: Path) -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _cv(data: TrainingData, seed: int, use_weak: bool, progress: ProgressCallback | None = None) -> dict[str, Any]:
    keys = {"sentiment3_fft.macro_f1": ("sentiment3_fft", "macro_f1"),
            "sentiment3_fft.accuracy": ("sentiment3_fft", "accuracy"),
            "sentiment5_fft.macro_f1": ("sentiment5_fft", "macro_f1"),
            "pillars.macro_f1": ("pillars", "macro_f1"), "pitfalls.macro_f1": ("pitfalls", "macro_f1")}
    vals: dict[str, list[float]] = {k: [] for k in keys}
    for fold in range(5):
        report(progress, "cross-validation", fold, 5, f"fold {fold}")
        m = evaluate_model(fit_fast(data, seed=seed, use_weak=use_weak, test_fold=fold), data, test_fold=fold)
        for k, (a, b) in keys.items():
            if a in m:
                vals[k].append(m[a][b])
        report(progress, "cross-validation", fold + 1, 5,
               f"fold {fold}: pillars macro-F1 {m.get('pillars', {}).get('macro_f1', float('nan')):.3f}")
    return {k: {"mean": float(np.mean(v)), "sd": float(np.std(v)), "folds": v} for k, v in vals.items() if v}


@flow(name="cx-train")
def cx_train(root: str = ".", tier: str = "fast", version: str | None = None, fft_dir: str = "../shared/data/nhs_fft",
             use_weak: bool = False, cv: bool = True, promote_if_better: bool = False, epochs: int = 4,
             variant: str = "both", synthetic: list[str] | None = None,
             progress: ProgressCallback | None = None) -> dict[str, Any]:
    """Train a model of ``tier`` and write ``models/<tier>/<version>/`` with card and metrics.

    ``synthetic``: synthetic training parts to add (None: the settings' ``synthetic_parts``).
    ``progress`` gets a :class:`cxnlp.progress.Step` for each stage, fold, epoch and batch."""
    logger = get_run_logger()
    settings = load_settings(root=Path(root))
    synthetic = list(settings.synthetic_parts if synthetic is None else synthetic)
    report(progress, "training data", 0, 1, "loading and redacting")
    data = load_data(settings.path(Path("data/labeled")), settings.path(Path(fft_dir)), settings.spacy_model, use_weak,
                     synthetic)
    report(progress, "training data", 1, 1, f"{len(data.sentiment):,} sentiment, {len(data.annotated):,} annotated rows")
    version = version or pd.Timestamp.now(tz="UTC").strftime("%Y.%m.%d-%H%M")
    if tier == "accurate":
        from pipelines.train_accurate import train_accurate

        out = train_accurate(data, root=root, version=version, epochs=epochs, variant=variant,
                             git_commit=_git_commit(settings.root), progress=progress)
        main = out.get("finetuned") or out["frozen"]
        return {"model_dir": main["model_dir"], "metrics": main["metrics"], "variants": out}
    meta = {"data_sha256": data_hash(data), "git_commit": _git_commit(settings.root), "use_weak": use_weak,
            "synthetic_parts": synthetic}
    report(progress, "fit", 0, 1, "fast tier")
    model = fit_fast(data, seed=settings.seed, use_weak=use_weak, version=f"fast-{version}", extra_meta=meta)
    report(progress, "fit", 1, 1, "fast tier")
    metrics = evaluate_model(model, data, progress=progress)
    if cv:
        logger.info("cross-validating over 5 respondent-group folds")
        metrics["cv"] = _cv(data, settings.seed, use_weak, progress)
    folder = settings.path(settings.models_dir) / "fast" / version
    model.save(folder, card=model_card(model.meta, metrics), metrics=metrics)
    logger.info("saved %s: sentiment3 macro-F1 %.3f, pillars macro-F1 %.3f, pitfalls macro-F1 %.3f", folder,
                metrics["sentiment3_fft"]["macro_f1"], metrics.get("pillars", {}).get("macro_f1", float("nan")),
                metrics.get("pitfalls", {}).get("macro_f1", float("nan")))
    result = {"model_dir": str(folder), "metrics": metrics}
    if promote_if_better:
        from cxnlp.models.versions import PromotionRefused, promote

        try:
            result["promotion"] = promote(folder, settings.path(settings.models_dir), rescore=rescorer(data))
        except PromotionRefused as exc:
            logger.warning("not promoted: %s", exc)
    return result
