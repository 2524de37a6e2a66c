"""Third annotation round: the current model proposes candidates for labels still short of examples.

Scores every FFT comment not yet annotated with the default model and takes the top-scored ones
for each requested label. The model only proposes: annotators read and label every comment in
full, by the guidelines.

Usage: python research/annotation_rounds/draw_model_candidates.py --labels integrity unadmitted_mistake one_person_reliance \
           --per-label 130 --out DIR
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from cxnlp.training.labeling import unannotated_fft, write_batches
from cxnlp.models import load_model
from cxnlp.models.versions import default_model_dir
from cxnlp.taxonomy import PILLARS, PITFALLS


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fft-dir", type=Path, default=Path("../shared/data/nhs_fft"))
    ap.add_argument("--labels", nargs="+", required=True)
    ap.add_argument("--per-label", type=int, default=130)
    ap.add_argument("--batches", type=int, default=4)
    ap.add_argument("--first-batch", type=int, default=12)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    pool = unannotated_fft(args.fft_dir, Path("data/labeled/corpus.jsonl"))
    model = load_model(default_model_dir(Path("models")))
    pred = model.predict(pool["text"].astype(str).tolist())
    chosen: dict[str, str] = {}
    for label in args.labels:
        scores = pred.pillar_proba[:, PILLARS.index(label)] if label in PILLARS else \
            pred.pitfall_proba[:, PITFALLS.index(label)]
        for i in np.argsort(-scores):
            if len([v for v in chosen.values() if v.endswith(label)]) >= args.per_label:
                break
            if pool.at[i, "id"] not in chosen:
                chosen[pool.at[i, "id"]] = f"model_candidate:{label}"
    out = pool[pool["id"].isin(chosen)].copy()
    out["drawn_because"] = out["id"].map(chosen)
    out = out.sample(frac=1.0, random_state=5).reset_index(drop=True)
    write_batches(out, args.out, args.batches, first=args.first_batch)
    print(out["drawn_because"].value_counts().to_string(), len(out))


if __name__ == "__main__":
    main()
