"""Cross-validate the fine-tuned accurate tier: the recipe of ``cxnlp train --tier accurate``,
once per held-out fold, so its figures do not rest on fold 0 alone.

For each requested fold k, MiniLM is fine-tuned on the other four folds (minus the 10% of
respondents kept for thresholds and temperature, as in ``cxnlp/training/tiers.py``) and scored
on fold k with ``cxnlp.training.fit.evaluate_model``. Each fold took 12-17 minutes on 2 cores.
Results are written to the JSON file after every fold, and folds already there are skipped, so a
stopped run resumes where it left off.

``--model-fold0 DIR`` takes fold 0 from a model that ``cxnlp train --tier accurate`` trained (its
``metrics.json``: same recipe, seed and data hash, checked) instead of training it again.
``--save-models DIR`` keeps each fold's model (``DIR/fold<k>``, compact weights, about 25 MB), so
that other out-of-fold measures can score with it (``evaluation/pillar_sentiment.py --oof-models``).
A fold model already in DIR, fine-tuned on the same data with the same epochs and seed, is not
fine-tuned again (fine-tuning is deterministic): what the recipe adds after fine-tuning (the TF-IDF
pillar and pitfall taggers of ``fit_tfidf_blend``) is fitted onto it again, so a change to those
steps is re-measured in minutes (its ``minutes`` then count that step alone).

    python evaluation/accurate_cv.py --save-models /tmp/accurate_cv_models \\
        --json evaluation/reports/accurate_cv.json
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import numpy as np

from cxnlp.config import load_settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")

FIGURES = {
    "sentiment3_fft.macro_f1": ("sentiment3_fft", "macro_f1"),
    "sentiment3_fft.accuracy": ("sentiment3_fft", "accuracy"),
    "sentiment3_fft.ece": ("sentiment3_fft", "ece"),
    "sentiment5_fft.macro_f1": ("sentiment5_fft", "macro_f1"),
    "sentiment4_corpus.macro_f1": ("sentiment4_corpus", "macro_f1"),
    "pillars.macro_f1": ("pillars", "macro_f1"),
    "pitfalls.macro_f1": ("pitfalls", "macro_f1"),
    "pitfalls.macro_f1_present": ("pitfalls", "macro_f1_present"),
}


def headline(metrics: dict) -> dict[str, float]:
    """The figures the targets are stated in, from an ``evaluate_model`` result."""
    return {name: float(metrics[a][b]) for name, (a, b) in FIGURES.items() if a in metrics and b in metrics[a]}


def summarise(folds: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Mean and sample sd of each figure over the folds that have it."""
    out = {}
    for name in FIGURES:
        vals = [f[name] for f in folds.values() if name in f]
        if vals:
            out[name] = {"mean": float(np.mean(vals)), "sd": float(np.std(vals, ddof=1)) if len(vals) > 1 else 0.0,
                         "folds": len(vals)}
    return out


def _same_recipe(folder: Path, digest: str, epochs: int, seed: int) -> bool:
    """Whether ``folder`` holds a fold encoder fine-tuned on the training data with hash ``digest``
    for ``epochs`` epochs from ``seed``."""
    path = folder / "meta.json"
    meta = json.loads(path.read_text()) if path.exists() else {}
    return meta.get("data_sha256") == digest and meta.get("epochs") == epochs and meta.get("seed") == seed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, nargs="+", default=[0, 1, 2, 3, 4], help="held-out folds to score")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--model-fold0", type=Path, default=None,
                    help="a trained accurate model folder whose metrics.json gives fold 0")
    ap.add_argument("--fft-dir", type=Path, default=load_settings().fft_dir)
    ap.add_argument("--save-models", type=Path, default=None, metavar="DIR",
                    help="keep each fold's fine-tuned model in DIR/fold<k> (folds already saved are not retrained)")
    ap.add_argument("--json", type=Path, required=True, help="results file (read to resume, rewritten per fold)")
    args = ap.parse_args()

    from cxnlp.models.transformer import fine_tune, load_finetuned
    from cxnlp.training.fit import (data_hash, evaluate_model, finetune_rows, fit_parts_reading, fit_tfidf_blend,
                                    load_training_data)

    settings = load_settings()
    data = load_training_data(Path("data/labeled"), args.fft_dir, spacy_model=settings.spacy_model)
    digest = data_hash(data)
    result = json.loads(args.json.read_text()) if args.json.exists() else {}
    if result and result.get("data_sha256") != digest:
        raise SystemExit(f"{args.json} holds folds scored on other training data; move it away to start again")
    result.update({"data_sha256": digest, "epochs": args.epochs, "seed": settings.seed})
    folds: dict[str, dict[str, float]] = result.setdefault("per_fold", {})

    if args.model_fold0 is not None and "0" not in folds:
        meta = json.loads((args.model_fold0 / "meta.json").read_text())
        if meta.get("data_sha256") != digest or meta.get("epochs", args.epochs) != args.epochs:
            raise SystemExit(f"{args.model_fold0} was trained on other data or with another recipe")
        folds["0"] = {**headline(json.loads((args.model_fold0 / "metrics.json").read_text())),
                      "source": str(args.model_fold0)}

    def save() -> None:
        result["summary"] = summarise(folds)
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")

    for k in args.folds:
        saved = args.save_models / f"fold{k}" if args.save_models else None
        if str(k) in folds and (saved is None or (saved / "meta.json").exists()):
            print(f"fold {k}: already in {args.json}", flush=True)
            continue
        fit_rows, val_rows = finetune_rows(data, test_fold=k)  # the split `cxnlp train --tier accurate` uses
        t0 = time.time()
        if saved is not None and _same_recipe(saved, digest, args.epochs, settings.seed):
            # an encoder this recipe already fine-tuned on these rows (fine-tuning is deterministic)
            model = load_finetuned(saved)
            print(f"fold {k}: encoder from {saved}", flush=True)
        else:
            model = fine_tune(fit_rows, val_rows=val_rows, seed=settings.seed, epochs=args.epochs,
                              progress=lambda m, k=k, t0=t0: m.parent and m.done % 20 == 0 and print(
                                  f"fold {k} {time.time() - t0:.0f}s {m}", flush=True))
        fit_tfidf_blend(model, data, val_rows=val_rows, test_fold=k, seed=settings.seed)  # again on a reused fold
        fit_parts_reading(model, val_rows)
        minutes = round((time.time() - t0) / 60, 1)
        metrics = evaluate_model(model, data, test_fold=k)
        folds[str(k)] = {**headline(metrics), "minutes": minutes}
        if saved is not None:
            model.meta.update({"version": f"accurate-cv-fold{k}", "test_fold": k, "data_sha256": digest})
            model.save(saved, card=f"Fold {k} of evaluation/accurate_cv.py: the accurate recipe trained without "
                                   f"fold {k}. For out-of-fold measures only; never ship it.\n", metrics=metrics)
        save()  # after every fold, so a stopped run resumes
        print(f"fold {k}: " + ", ".join(f"{n} {v:.3f}" for n, v in folds[str(k)].items() if n in FIGURES), flush=True)
    save()
    for name, s in result["summary"].items():
        print(f"{name}: {s['mean']:.3f} ± {s['sd']:.3f} over {s['folds']} folds")


if __name__ == "__main__":
    main()
