"""Re-score a trained model folder on the current data and rewrite its ``metrics.json`` and model
card, keeping the weights: for when the evaluation itself changed (as when sentiment started to
be scored against FFT's own labels only), so a model need not be retrained to carry figures
computed the current way. Cross-validation figures stored with the model are kept as they were.

Usage: python scripts/refresh_model_metrics.py models/accurate/0.2.0 [--fft-dir ../shared/data/nhs_fft]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from cxnlp.training.cards import model_card
from cxnlp.config import load_settings
from cxnlp.models.loading import load_any_model
from cxnlp.training.fit import data_hash, evaluate_model, load_training_data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model", type=Path)
    ap.add_argument("--fft-dir", type=Path, default=load_settings().fft_dir)
    args = ap.parse_args()
    meta = json.loads((args.model / "meta.json").read_text())
    settings = load_settings(root=Path("."))
    data = load_training_data(settings.path(Path("data/labeled")), args.fft_dir, spacy_model=settings.spacy_model,
                              use_weak=bool(meta.get("use_weak", False)))
    if meta.get("test_fold", 0) is None:
        raise SystemExit(f"{args.model} was trained on every fold: it has no held-out rows to score")
    if meta.get("data_sha256") not in (None, data_hash(data)):
        raise SystemExit(f"{args.model} was trained on other data than data/labeled holds now: its held-out "
                         "rows would differ; compare models with `cxnlp evaluate` instead")
    old = json.loads((args.model / "metrics.json").read_text())
    metrics = evaluate_model(load_any_model(args.model), data, test_fold=int(meta.get("test_fold", 0)))
    if "cv" in old:
        metrics["cv"] = old["cv"]
    (args.model / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    card = args.model / "README.md"
    # keep what was appended to the card after training (a promotion override's reason)
    marker = "\n## Promotion override"
    kept = card.read_text().split(marker, 1)[1] if card.exists() and marker in card.read_text() else None
    card.write_text(model_card(meta, metrics) + (marker + kept if kept is not None else ""))
    print(json.dumps({k: metrics[k]["macro_f1"] for k in ("sentiment3_fft", "pillars", "pitfalls") if k in metrics}))


if __name__ == "__main__":
    main()
