"""Give an existing fine-tuned model folder the TF-IDF urgent head that ``cxnlp train --tier
accurate`` now trains with it (same training folds, same seed), then re-evaluate it on the
held-out fold and rewrite its metrics and card. For folders trained before the head existed:

    python research/migrations/add_urgent_head.py models/accurate/0.1.0
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from cxnlp.training.cards import model_card
from cxnlp.config import load_settings
from cxnlp.models.transformer import load_finetuned
from cxnlp.training.fit import evaluate_model, fit_urgent_heads_tfidf
from cxnlp.training.fit import load_training_data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("--fft-dir", type=Path, default=Path("../shared/data/nhs_fft"))
    args = ap.parse_args()
    settings = load_settings(root=Path("."))
    model = load_finetuned(args.model_dir)
    data = load_training_data(settings.path(Path("data/labeled")), args.fft_dir, spacy_model=settings.spacy_model)
    test_fold = int(model.meta.get("test_fold", 0))
    model.tfidf_features, model.urgent, model.urgent_now = fit_urgent_heads_tfidf(data, seed=settings.seed, test_fold=test_fold)
    metrics = evaluate_model(model, data, test_fold=test_fold)
    model.meta["thresholds"]["urgent"] = float(model.urgent.threshold_)
    if model.urgent_now is not None:
        model.meta["thresholds"]["urgent_level_urgent"] = float(model.urgent_now.threshold_)
    model.meta["urgent_head"] = "TF-IDF + logistic regression, as the fast tier (research/migrations/add_urgent_head.py)"
    model.save(args.model_dir, card=model_card(model.meta, metrics), metrics=metrics)  # writes meta.json too
    print(json.dumps({k: metrics[k] for k in ("urgent", "urgent_level_urgent") if k in metrics}, indent=2)[:3000])


if __name__ == "__main__":
    main()
