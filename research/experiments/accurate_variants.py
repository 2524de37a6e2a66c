"""Sentiment of accurate-tier variants on the held-out fold (FFT human labels, 3 classes):
the fine-tuned model as saved, the same with int8 dynamic quantization, and the average of its
probabilities with the fast model's. Needs the fine-tuned weights (`cxnlp train --tier accurate`).

    python research/experiments/accurate_variants.py [--accurate models/accurate/0.1.0] [--fast models/fast/0.2.0]
"""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--accurate", type=Path, default=Path("models/accurate/0.1.0"))
    ap.add_argument("--fast", type=Path, default=Path("models/fast/0.2.0"))
    ap.add_argument("--fft-dir", type=Path, default=Path("../shared/data/nhs_fft"))
    args = ap.parse_args()
    import torch

    from cxnlp.training.metrics import sentiment_report
    from cxnlp.models.loading import load_any_model
    from cxnlp.training.fit import load_training_data

    torch.set_num_threads(2)
    data = load_training_data(Path("data/labeled"), args.fft_dir, spacy_model="auto")
    s = data.sentiment[data.sentiment["fold"] == 0].reset_index(drop=True)
    mask = (s["source"].eq("nhs_fft_phase2") & s["label5"].notna()).to_numpy()
    texts, y = s.loc[mask, "text"].tolist(), s.loc[mask, "label3"].tolist()
    labels = ["positive", "negative", "neutral"]

    def p3(model) -> np.ndarray:  # noqa: ANN001
        p = model.predict(texts).sentiment_proba
        return np.column_stack([p[:, 0], p[:, 1], p[:, 2] + p[:, 3]])

    def report(P: np.ndarray) -> dict:
        r = sentiment_report(y, [labels[i] for i in P.argmax(1)], labels, P)
        return {k: round(float(r[k]), 3) for k in ("macro_f1", "accuracy", "ece")}

    fast, acc = p3(load_any_model(args.fast)), p3(load_any_model(args.accurate))
    out = {
        "n": len(y),
        "fast": report(fast),
        "accurate": report(acc),
        "accurate_int8": report(p3(load_any_model(args.accurate, int8=True))),
        "mean_of_fast_and_accurate": report((fast + acc) / 2),
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
