"""Second annotation round: candidates for the rare labels (issue 3, "rare labels need enough examples").

Comments already drawn in round 1 are excluded. Keyword patterns only propose; annotators read
and label every comment in full, so most candidates end up without the label they were drawn for.

Usage: python research/annotation_rounds/draw_rare_sample.py --fft-dir ../shared/data/nhs_fft --round1 data/labeled/sample --out DIR
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from draw_annotation_sample import SEED, load_pool

from cxnlp.training.labeling import write_batches

RARE_PATTERNS = {
    "unadmitted_mistake": r"mistake|error|wrong|lost|blame|apolog|sorry|fault|denied|admit|incorrect|mix.?up|forgot|cover",
    "integrity": r"honest|trust|\blie|\blied|lying|truth|confidential|privacy|data|money|charg|paid|pay|transparen|cover.?up|fraud|greed",
    "one_person_reliance": r"\bonly\b|except|apart from|one (nurse|doctor|member|person)|depend|pillar to post|passed (around|from|between)|nobody|no one|continuity|same (person|nurse|doctor)",
    "tone": r"rude|abrupt|condescend|patronis|patroniz|\btone\b|spoke|talked|shout|manner|attitude|sarcas|dismissiv|laugh|snap|belittl|humiliat",
    "ignored_feedback": r"complain|told (them|staff|the)|asked|repeated|call.?back|ignored|no response|chas|raised|concern|never (heard|got)|promised",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fft-dir", type=Path, required=True)
    ap.add_argument("--round1", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--per-label", type=int, default=280)
    ap.add_argument("--batches", type=int, default=4)
    args = ap.parse_args()
    rng = np.random.default_rng(SEED + 2)
    pool = load_pool(args.fft_dir)
    done = set()
    for f in args.round1.glob("batch_*.jsonl"):
        done |= {json.loads(line)["id"] for line in f.open()}
    pool = pool[~pool["id"].isin(done)]
    # Rare pitfalls need some substance: a few words at least, and not a comment a label calls
    # very positive.
    neg = pool[(pool["text"].str.len() >= 40) & ~(pool["fft_sentiment"] == 1) & ~(pool["criticality"] >= 3)]
    low = neg["text"].str.lower()
    chosen: dict[str, str] = {}
    for name, pat in RARE_PATTERNS.items():
        cand = neg[low.str.contains(pat, regex=True) & ~neg["id"].isin(chosen)]
        k = min(args.per_label, len(cand))
        for i in rng.choice(cand.index.to_numpy(), size=k, replace=False):
            chosen[pool.at[i, "id"]] = f"candidate:{name}"
    out = pool[pool["id"].isin(chosen)].copy()
    out["drawn_because"] = out["id"].map(chosen)
    out = out.sample(frac=1.0, random_state=SEED + 3).reset_index(drop=True)
    write_batches(out, args.out, args.batches, first=8)
    print(out["drawn_because"].value_counts().to_string(), len(out))


if __name__ == "__main__":
    main()
