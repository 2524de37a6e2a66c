"""Does each synthetic part help on real text? Cross-validated on the real folds (issue 17).

For each configuration (no synthetic text; each part alone; all parts), a fast model is trained on
four real folds plus the synthetic rows of that configuration (synthetic rows are never in a test
fold) and scored on the fifth, for every fold. Reported per configuration, as the mean and standard
deviation over the five folds: sentiment 3-class macro-F1 (FFT's own codes), pillars and pitfalls
macro-F1, per-label F1, urgent recall at either level and at level "urgent".

A part is kept (``cxnlp.config.Settings.synthetic_parts``) when, with it, pillars or pitfalls
macro-F1 rises by more than the folds' standard error, and neither sentiment, nor either macro-F1,
nor urgent recall (either level) falls by more than that.

    python evaluation/synthetic_ablation.py [--folds 0 1 2 3 4] [--out evaluation/reports/synthetic_ablation.json]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from cxnlp.config import load_settings
from cxnlp.training.synthetic import SYNTHETIC_PARTS
from cxnlp.training.fit import TrainingData, evaluate_model, fit_fast, load_training_data

HEADLINE = {"sentiment3": ("sentiment3_fft", "macro_f1"), "pillars": ("pillars", "macro_f1"),
            "pitfalls": ("pitfalls", "macro_f1"), "urgent_recall_either": ("urgent", "recall"),
            "urgent_recall_urgent_level": ("urgent_level_urgent", "recall")}


def restrict(data: TrainingData, parts: list[str]) -> TrainingData:
    """``data`` with only the synthetic rows of ``parts`` (real rows untouched)."""
    def keep(frame):
        part = frame["source"].map({"synthetic_review": "reviews", "synthetic_survey": "rare_survey"})
        return frame[part.isna() | part.isin(parts)].reset_index(drop=True)
    return TrainingData(sentiment=keep(data.sentiment), annotated=keep(data.annotated))


def score(metrics: dict) -> dict:
    out = {}
    for name, (a, b) in HEADLINE.items():
        if a in metrics and b in metrics[a]:
            out[name] = metrics[a][b]
    for kind in ("pillars", "pitfalls"):
        for label, v in metrics.get(kind, {}).get("per_label", {}).items():
            out[f"{kind}.{label}"] = v["f1"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fft-dir", type=Path, default=load_settings().fft_dir)
    ap.add_argument("--folds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    ap.add_argument("--out", type=Path, default=Path("evaluation/reports/synthetic_ablation.json"))
    args = ap.parse_args()
    settings = load_settings()
    full = load_training_data(Path("data/labeled"), args.fft_dir, spacy_model=settings.spacy_model,
                              synthetic=list(SYNTHETIC_PARTS))
    configs = {"none": [], **{p: [p] for p in SYNTHETIC_PARTS}, "all": list(SYNTHETIC_PARTS)}
    result: dict = {"folds": args.folds, "configs": {}}
    if args.out.exists():  # resume: configurations already scored on these folds are kept
        old = json.loads(args.out.read_text())
        if old.get("folds") == args.folds and old.get("data_rows") == len(full.annotated):
            result = old
    result["data_rows"] = len(full.annotated)
    for name, parts in configs.items():
        if name in result["configs"]:
            continue
        data = restrict(full, parts)
        per_fold = []
        for k in args.folds:
            t0 = time.time()
            per_fold.append(score(evaluate_model(fit_fast(data, seed=settings.seed, test_fold=k), data, test_fold=k)))
            print(f"{name} fold {k}: " + ", ".join(f"{m} {per_fold[-1].get(m, float('nan')):.3f}" for m in HEADLINE)
                  + f" ({time.time() - t0:.0f}s)", flush=True)
        keys = sorted({k for f in per_fold for k in f})
        result["configs"][name] = {
            "parts": parts, "synthetic_rows": int((data.annotated["origin"] == "synthetic").sum()),
            "mean": {k: float(np.mean([f[k] for f in per_fold if k in f])) for k in keys},
            "sd": {k: float(np.std([f[k] for f in per_fold if k in f])) for k in keys},
            "per_fold": per_fold}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    result["decision"] = decide(result["configs"], len(args.folds))
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(table(result))


def decide(configs: dict, n_folds: int) -> dict:
    """Keep a part when it lifts pillars or pitfalls by more than a standard error of the folds
    and costs no headline figure more than that."""
    base = configs["none"]
    out = {}
    for name in SYNTHETIC_PARTS:
        if name not in configs:
            continue
        c = configs[name]
        se = {k: max(base["sd"].get(k, 0), c["sd"].get(k, 0)) / np.sqrt(n_folds) for k in HEADLINE}
        delta = {k: c["mean"].get(k, np.nan) - base["mean"].get(k, np.nan) for k in HEADLINE}
        helps = any(delta[k] > se[k] for k in ("pillars", "pitfalls"))
        hurts = [k for k in ("sentiment3", "pillars", "pitfalls", "urgent_recall_either") if delta[k] < -se[k]]
        out[name] = {"keep": bool(helps and not hurts), "delta": delta, "standard_error": se, "hurts": hurts}
    return out


def table(result: dict) -> str:
    names = list(result["configs"])
    rows = ["| figure (mean over real folds) | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    keys = list(HEADLINE) + sorted(k for k in result["configs"][names[0]]["mean"] if "." in k)
    for k in keys:
        rows.append(f"| {k} | " + " | ".join(
            f"{result['configs'][n]['mean'].get(k, float('nan')):.3f} ± {result['configs'][n]['sd'].get(k, float('nan')):.3f}"
            for n in names) + " |")
    return "\n".join(rows)


if __name__ == "__main__":
    main()
