"""How closely two groups of people agree on 3-class sentiment: FFT's own coders against our
annotators, on every phase-2 comment both labelled (issue 4's sentiment targets are scored
against FFT's code, so this agreement is a practical ceiling for any model).

Our annotators saw only the comment text (``cxnlp.training.labeling.BATCH_COLUMNS``), never FFT's code.
The corpus over-samples critical comments, so the figures are also given reweighted to the
class mix of all FFT phase-2 comments with a human code (each row weighted by
population share / corpus share of its FFT class), which is the test fold's mix.

Usage: python evaluation/fft_agreement.py [--labeled data/labeled] [--fft ../shared/data/nhs_fft] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

from cxnlp.training.corpus import load_fft
from cxnlp.taxonomy import fft_sentiment_to_label
from cxnlp.config import load_settings

LABELS = ["positive", "negative", "neutral"]


def agreement(fft3: pd.Series, ours3: pd.Series, weight: np.ndarray | None = None) -> dict[str, object]:
    """Macro-F1 and accuracy of our labels against FFT's, FFT's code taken as the reference."""
    return {"n": len(fft3),
            "macro_f1": float(f1_score(fft3, ours3, labels=LABELS, average="macro", sample_weight=weight)),
            "accuracy": float(accuracy_score(fft3, ours3, sample_weight=weight)),
            "per_class_f1": dict(zip(LABELS, map(float, f1_score(fft3, ours3, labels=LABELS, average=None,
                                                                  sample_weight=weight))))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labeled", type=Path, default=Path("data/labeled"))
    ap.add_argument("--fft", type=Path, default=load_settings().fft_dir)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()
    corpus = pd.read_json(args.labeled / "corpus.jsonl", lines=True, dtype=False)
    both = corpus[corpus["fft_sentiment"].notna() & corpus["id"].str.startswith("fft2:")]
    fft3 = both["fft_sentiment"].map(fft_sentiment_to_label)
    ours3 = both["sentiment"].replace({"mixed": "neutral"})
    fft = load_fft(args.fft)
    population = fft.loc[fft["id"].str.startswith("fft2:") & fft["fft_sentiment"].notna(), "fft_sentiment"]
    pop_share = population.map(fft_sentiment_to_label).value_counts(normalize=True)
    corpus_share = fft3.value_counts(normalize=True)
    weight = fft3.map(pop_share / corpus_share).to_numpy()
    out = {"corpus_mix": agreement(fft3, ours3), "fft_mix": agreement(fft3, ours3, weight),
           "confusion": {"labels": LABELS, "rows_fft_columns_ours":
                         confusion_matrix(fft3, ours3, labels=LABELS).tolist()},
           "fft_class_share": {"population": pop_share.to_dict(), "corpus": corpus_share.to_dict()}}
    for name in ("corpus_mix", "fft_mix"):
        r = out[name]
        print(f"{name}: n={r['n']} macro-F1 {r['macro_f1']:.3f} accuracy {r['accuracy']:.3f} "
              + " ".join(f"{k} {v:.3f}" for k, v in r["per_class_f1"].items()))
    print("confusion (rows FFT, columns ours):", out["confusion"]["rows_fft_columns_ours"])
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
