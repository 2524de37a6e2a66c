"""Compare fine-tuning recipes for the accurate tier on validation rows only.

Trains MiniLM exactly as ``cxnlp train --tier accurate`` does (training folds 1-4 minus the 10%
of respondents kept for validation) with the given epochs and task-head learning rate, and
prints macro-F1 on those validation rows: 3-class sentiment, and pillars and pitfalls at the
thresholds tuned on the same rows (optimistic for every recipe alike, so fit to compare recipes,
not to report). A recipe is chosen on these figures; test fold 0 is only scored afterwards,
by ``cxnlp train`` and ``cxnlp evaluate``. Each run takes about 20-25 minutes on 2 cores.

    python research/experiments/finetune_recipe.py --epochs 3 --head-lr 5e-5    # the recipe up to accurate 0.2.0
    python research/experiments/finetune_recipe.py --epochs 4 --head-lr 2e-3    # the recipe from accurate 0.3.0
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--head-lr", type=float, default=2e-3, help="learning rate of the task heads")
    ap.add_argument("--lr", type=float, default=5e-5, help="learning rate of the encoder")
    ap.add_argument("--fft-dir", type=Path, default=Path("../shared/data/nhs_fft"))
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()
    from sklearn.metrics import f1_score

    from cxnlp.config import load_settings
    from cxnlp.training.corpus import label_matrix
    from cxnlp.models.transformer import fine_tune
    from cxnlp.taxonomy import PILLARS, PITFALLS
    from cxnlp.training.fit import finetune_rows, load_training_data

    settings = load_settings()
    data = load_training_data(Path("data/labeled"), args.fft_dir, spacy_model=settings.spacy_model)
    fit_rows, val = finetune_rows(data, test_fold=0)  # the split `cxnlp train --tier accurate` uses
    t0 = time.time()
    model = fine_tune(fit_rows, val_rows=val, seed=settings.seed, epochs=args.epochs, lr=args.lr,
                      head_lr=args.head_lr,
                      progress=lambda m: m.parent and m.done % 20 == 0 and print(f"{time.time() - t0:.0f}s {m}", flush=True))
    pred = model.predict(val["text"].astype(str).tolist(), urgent=False)
    p = pred.sentiment_proba
    p3 = np.array(["positive", "negative", "neutral"])[np.column_stack([p[:, 0], p[:, 1], p[:, 2] + p[:, 3]]).argmax(1)]
    ok = val["label3"].notna().to_numpy()
    tagged = val["has_tags"].to_numpy(dtype=bool)

    def tags(kind: str, labels: tuple[str, ...]) -> float:
        got = [x for x, keep in zip(getattr(pred, kind), tagged) if keep]
        return float(f1_score(label_matrix(val.loc[tagged, kind], labels), label_matrix(got, labels),
                              average="macro", zero_division=0))

    out = {"epochs": args.epochs, "lr": args.lr, "head_lr": args.head_lr, "validation_rows": len(val),
           "minutes": round((time.time() - t0) / 60, 1),
           "sentiment3_macro_f1": float(f1_score(val.loc[ok, "label3"], p3[ok], average="macro")),
           "pillars_macro_f1": tags("pillars", PILLARS), "pitfalls_macro_f1": tags("pitfalls", PITFALLS)}
    print(json.dumps(out, indent=2))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
