"""Fourth annotation round: the comments the safety triage flags, and more critical comments.

Two halves, from FFT comments not yet annotated (20..2,500 characters, one copy of each text):

- ``urgent_flagged``: comments that the default model's urgent triage flags (its head or the
  reviewed patterns). Most are false alarms, the examples the head lacks to learn precision;
  some are real urgent comments.
- ``critical``: comments the source itself calls neither good nor poor, poor or very poor (FFT
  sentiment 3-5), or, for phase-1 comments that carry no such label, that the model calls
  negative or mixed: where pitfalls live.

The model only proposes which comments to read: annotators label every comment by reading it,
by the guidelines.

Usage: python research/annotation_rounds/draw_round4_sample.py --per-half 800 --batches 8 --first-batch 16 --out DIR
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from cxnlp.training.labeling import unannotated_fft, write_batches
from cxnlp.models import load_model
from cxnlp.models.versions import default_model_dir


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fft-dir", type=Path, default=Path("../shared/data/nhs_fft"))
    ap.add_argument("--per-half", type=int, default=800)
    ap.add_argument("--batches", type=int, default=8)
    ap.add_argument("--first-batch", type=int, default=16)
    ap.add_argument("--seed", type=int, default=20261128)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    pool = unannotated_fft(args.fft_dir, Path("data/labeled/corpus.jsonl"))
    pred = load_model(default_model_dir(Path("models"))).predict(pool["text"].astype(str).tolist())
    flagged = np.asarray(pred.urgent, dtype=bool)
    critical = (pool["fft_sentiment"] >= 3).to_numpy() | (
        pool["fft_sentiment"].isna().to_numpy() & np.isin(pred.sentiment, ["negative", "mixed"]))
    rng = np.random.default_rng(args.seed)
    a = rng.permutation(np.flatnonzero(flagged))[:args.per_half]
    b = rng.permutation(np.flatnonzero(critical & ~flagged))[:args.per_half]
    out = pool.loc[np.r_[a, b]].copy()
    out["drawn_because"] = ["urgent_flagged"] * len(a) + ["critical"] * len(b)
    out = out.sample(frac=1.0, random_state=args.seed % 2**31).reset_index(drop=True)
    write_batches(out, args.out, args.batches, first=args.first_batch)
    print(f"pool {len(pool)}; flagged {int(flagged.sum())}; critical {int((critical & ~flagged).sum())}")
    print(out["drawn_because"].value_counts().to_string(), len(out))


if __name__ == "__main__":
    main()
