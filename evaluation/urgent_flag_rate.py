"""How often a model flags comments as urgent in the general FFT stream, not the annotated corpus.

The annotated corpus is deliberately negative-heavy, and the urgent head's threshold is set for
97% recall on it; this shows what that costs on ordinary comments. It scores a random sample of
the real FFT comments in ``the settings' fft_dir`` that are not in the annotated corpus (so none
of them trained the urgent head) and prints, as JSON: the share flagged at either level and at
level "urgent", by reason, by route
(reviewed pattern or the head), among comments the model itself calls positive, and by the FFT
human sentiment label (phase 2: 1 very positive .. 5 very negative).

    python evaluation/urgent_flag_rate.py                      # the promoted default model
    python evaluation/urgent_flag_rate.py --model models/accurate/0.1.0 --n 3000
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxnlp.training.corpus import load_fft
from cxnlp.models.loading import load_any_model
from cxnlp.models.versions import default_model_dir
from cxnlp.config import load_settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=None, help="model folder (default: the promoted one)")
    ap.add_argument("--n", type=int, default=3000, help="comments to sample")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--fft-dir", type=Path, default=ROOT / load_settings().fft_dir)
    ap.add_argument("--guard", action="store_true",
                    help="also score the guard set (data/labeled/urgent_guard_set.jsonl: plainly not urgent)")
    args = ap.parse_args()

    model_dir = args.model or default_model_dir(ROOT / "models")
    fft = load_fft(args.fft_dir)
    annotated = set(pd.read_json(ROOT / "data" / "labeled" / "corpus.jsonl", lines=True, dtype=False)["id"])
    pool = fft[fft["text"].notna() & (fft["text"].str.len() > 0) & ~fft["id"].isin(annotated)]
    if args.n > len(pool):
        sys.exit(f"--n {args.n}: only {len(pool)} unannotated FFT comments")
    sample = pool.sample(args.n, random_state=args.seed).reset_index(drop=True)

    model = load_any_model(Path(model_dir))
    pred = model.predict(list(sample["text"]))
    level = pred.urgent_level if pred.urgent_level is not None else [("urgent" if u else None) for u in pred.urgent]
    flagged = np.array([lv is not None for lv in level], dtype=bool)  # either level
    at_urgent = np.array([lv == "urgent" for lv in level], dtype=bool)
    by_pattern = flagged & (np.asarray(pred.urgent_score) >= 1.0)
    positive = np.array([s == "positive" for s in pred.sentiment])

    by_label = {}
    for label, rows in sample.groupby("fft_sentiment").groups.items():
        idx = np.asarray(list(rows))
        by_label[str(int(label))] = {"comments": len(idx), "flagged_share": round(float(flagged[idx].mean()), 3)}
    guard = {}
    if args.guard:
        from cxnlp.privacy.redact import Redactor

        rows = [json.loads(line) for line in (ROOT / "data" / "labeled" / "urgent_guard_set.jsonl").open() if line.strip()]
        gp = model.predict([r.text for r in Redactor().redact_many([r["text"] for r in rows])])
        glevel = gp.urgent_level if gp.urgent_level is not None else [("urgent" if u else None) for u in gp.urgent]
        guard = {"guard_set": {"comments": len(rows), "flagged": int(sum(lv is not None for lv in glevel)),
                               "flagged_urgent_level": int(sum(lv == "urgent" for lv in glevel)),
                               "flagged_ids": [r["id"] for r, lv in zip(rows, glevel) if lv is not None]}}
    print(json.dumps({
        **guard,
        "model": str(Path(model_dir).relative_to(ROOT) if Path(model_dir).is_relative_to(ROOT) else model_dir),
        "comments": args.n, "pool": len(pool), "seed": args.seed,
        "flagged": int(flagged.sum()), "flagged_share": round(float(flagged.mean()), 3),
        "flagged_urgent_level": int(at_urgent.sum()), "flagged_urgent_level_share": round(float(at_urgent.mean()), 4),
        "flagged_by_pattern": int(by_pattern.sum()), "flagged_by_head_only": int((flagged & ~by_pattern).sum()),
        "flagged_by_reason": dict(Counter(r for r, f in zip(pred.urgent_reason, flagged) if f).most_common()),
        "flagged_that_the_model_calls_positive": int((flagged & positive).sum()),
        "by_fft_human_sentiment": by_label,
    }, indent=2))


if __name__ == "__main__":
    main()
