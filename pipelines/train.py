"""The training flow ``cx-train``: load labels -> redact -> train a tier -> evaluate -> save -> promote.

Wiring only: the tier's trainer comes from the registry (:data:`cxnlp.models.registry.TIERS`)
and does the fitting, evaluation and saving (:mod:`cxnlp.training.tiers`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from cxnlp.config import load_settings
from cxnlp.models.registry import TIERS
from cxnlp.progress import ProgressCallback, report
from cxnlp.training.fit import load_training_data, rescorer

load_data = task(name="load-training-data", retries=1, cache_policy=NO_CACHE)(load_training_data)


@task(name="train", cache_policy=NO_CACHE)
def train_tier(tier: str, data: Any, settings: Any, version: str, options: dict[str, Any],
               progress: ProgressCallback | None = None) -> dict[str, Any]:
    return TIERS[tier].train(data, settings, version, progress=progress, **options)


@task(name="promote", cache_policy=NO_CACHE)
def promote_if_not_worse(folder: str, models_dir: Path, data: Any) -> dict[str, Any] | None:
    from cxnlp.models.versions import PromotionRefused, promote

    try:
        return promote(Path(folder), models_dir, rescore=rescorer(data))
    except PromotionRefused as exc:
        get_run_logger().warning("not promoted: %s", exc)
        return None


@flow(name="cx-train")
def cx_train(root: str = ".", tier: str = "fast", version: str | None = None, fft_dir: str | None = None,
             use_weak: bool = False, cv: bool = True, promote_if_better: bool = False, epochs: int = 4,
             variant: str = "both", synthetic: list[str] | None = None, settings_file: str | None = None,
             progress: ProgressCallback | None = None) -> dict[str, Any]:
    """Train a model of ``tier`` and write ``models/<tier>/<version>/`` with card and metrics.

    ``synthetic``: synthetic training parts to add (None: the settings' ``synthetic_parts``).
    ``progress`` gets a :class:`cxnlp.progress.Step` for each stage, fold, epoch and batch."""
    if tier not in TIERS:
        raise ValueError(f"unknown tier {tier!r} (known: {', '.join(TIERS)})")
    settings = load_settings(Path(settings_file) if settings_file else None, root=Path(root))
    synthetic = list(settings.synthetic_parts if synthetic is None else synthetic)
    report(progress, "training data", 0, 1, "loading and redacting")
    data = load_data(Path(str(settings.path(settings.labeled_dir))),
                     Path(str(settings.path(Path(fft_dir) if fft_dir else settings.fft_dir))),
                     spacy_model=settings.spacy_model, name_ner=settings.name_ner(), use_weak=use_weak, synthetic=synthetic)
    report(progress, "training data", 1, 1, f"{len(data.sentiment):,} sentiment, {len(data.annotated):,} annotated rows")
    version = version or pd.Timestamp.now(tz="UTC").strftime("%Y.%m.%d-%H%M")
    options = {"use_weak": use_weak, "cv": cv, "synthetic": synthetic, "epochs": epochs, "variant": variant}
    result = train_tier(tier, data, settings, version, options, progress)
    if promote_if_better:
        decision = promote_if_not_worse(result["model_dir"], Path(str(settings.path(settings.models_dir))), data)
        if decision is not None:
            result["promotion"] = decision
    return result
