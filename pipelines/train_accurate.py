"""Training the accurate tier: frozen MiniLM embeddings + linear heads, and fine-tuned MiniLM."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from cxnlp.training.cards import model_card
from cxnlp.config import load_settings
from cxnlp.models.transformer import MiniLMEmbedder, fine_tune
from cxnlp.progress import ProgressCallback, Step, report
from cxnlp.training.fit import TrainingData, data_hash, evaluate_model, finetune_rows, fit_fast, fit_urgent_heads_tfidf


@task(name="fine-tune", cache_policy=NO_CACHE)
def fine_tune_task(rows: pd.DataFrame, val: pd.DataFrame, seed: int, epochs: int, meta: dict[str, Any],
                   progress: ProgressCallback | None = None) -> Any:
    logger = get_run_logger()

    def step(s: Step) -> None:  # one log line per epoch; every batch to the caller's display
        if s.parent and s.done == s.total:
            logger.info("%s done, %s", s.task, s.info)
        if progress is not None:
            progress(s)

    return fine_tune(rows, val_rows=val, seed=seed, epochs=epochs, progress=step, meta=meta)


def train_accurate(data: TrainingData, *, root: str, version: str, epochs: int = 4,
                   variant: str = "both", git_commit: str | None = None,
                   progress: ProgressCallback | None = None) -> dict[str, Any]:
    """Train the frozen-embedding and/or fine-tuned variants; write models/accurate*/<version>/."""
    logger = get_run_logger()
    settings = load_settings(root=Path(root))
    meta = {"data_sha256": data_hash(data), "git_commit": git_commit}
    result: dict[str, Any] = {}
    if variant in ("both", "frozen"):
        report(progress, "fit", 0, 1, "frozen MiniLM embeddings + linear heads")
        frozen = fit_fast(data, seed=settings.seed, version=f"accurate-frozen-{version}", featurizer=MiniLMEmbedder(),
                          tier="accurate-frozen", extra_meta=meta)
        report(progress, "fit", 1, 1, "frozen MiniLM embeddings + linear heads")
        metrics = evaluate_model(frozen, data, progress=progress)
        folder = settings.path(settings.models_dir) / "accurate-frozen" / version
        frozen.save(folder, card=model_card(frozen.meta, metrics), metrics=metrics)
        logger.info("frozen MiniLM: sentiment3 macro-F1 %.3f, pillars %.3f", metrics["sentiment3_fft"]["macro_f1"],
                    metrics["pillars"]["macro_f1"])
        result["frozen"] = {"model_dir": str(folder), "metrics": metrics}
    if variant in ("both", "finetuned"):
        fit_rows, val_rows = finetune_rows(data, test_fold=0)
        model = fine_tune_task(fit_rows, val_rows, settings.seed, epochs,
                               {**meta, "version": f"accurate-{version}", "epochs": epochs,
                                "labels": {"sentiment": ["positive", "negative", "neutral", "mixed"]}}, progress)
        # Triage: the same TF-IDF urgent heads (either level, level urgent) the fast tier trains,
        # on the same training folds.
        model.urgent_features, model.urgent, model.urgent_now = fit_urgent_heads_tfidf(
            data, seed=settings.seed, test_fold=0)
        metrics = evaluate_model(model, data, progress=progress)
        folder = settings.path(settings.models_dir) / "accurate" / version
        model.meta.setdefault("n_train", {"rows": len(fit_rows), "validation": len(val_rows)})
        model.meta["test_fold"] = 0
        for key, head in (("urgent", model.urgent), ("urgent_level_urgent", model.urgent_now)):
            if head is not None:
                model.meta["thresholds"][key] = float(head.threshold_)
        model.meta["labels"] = {"sentiment": ["positive", "negative", "neutral", "mixed"],
                                "pillars": list(model.meta["thresholds"]["pillars"]),
                                "pitfalls": list(model.meta["thresholds"]["pitfalls"])}
        model.save(folder, card=model_card(model.meta, metrics), metrics=metrics)
        logger.info("fine-tuned MiniLM: sentiment3 macro-F1 %.3f acc %.3f, pillars %.3f, pitfalls %.3f",
                    metrics["sentiment3_fft"]["macro_f1"], metrics["sentiment3_fft"]["accuracy"],
                    metrics["pillars"]["macro_f1"], metrics["pitfalls"]["macro_f1"])
        result["finetuned"] = {"model_dir": str(folder), "metrics": metrics}
    return result
