"""Draw the per-pillar sentiment sample (issue 20, item 7) from the labelled corpus.

1,000 real comments with two or more pillars: every `mixed` comment (where a pillar's own
sentiment most often differs from the comment's) and a seeded random draw of the rest. 200 of
the 1,000, drawn at random, are read a second time by another annotator for agreement.
Annotators see the text and its pillars only, never the comment's sentiment.

Usage: python research/annotation_rounds/draw_pillar_sentiment_sample.py [--n 1000] [--double 200] [--batches 4]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

SEED = 20261206
OUT = Path("data/labeled/pillar_sentiment")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=Path("data/labeled/corpus.jsonl"))
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--double", type=int, default=200)
    ap.add_argument("--batches", type=int, default=4)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.corpus.open()]
    multi = [r for r in rows if r.get("origin", "real") == "real" and len(r["pillars"]) >= 2]
    mixed = [r for r in multi if r["sentiment"] == "mixed"]
    rest = [r for r in multi if r["sentiment"] != "mixed"]
    rng = np.random.default_rng(SEED)
    take = min(args.n - len(mixed), len(rest))
    drawn = mixed + [rest[i] for i in sorted(rng.choice(len(rest), take, replace=False))]
    drawn = [drawn[i] for i in rng.permutation(len(drawn))]
    items = [{"id": r["id"], "text": r["text"], "pillars": r["pillars"]} for r in drawn]
    (OUT / "batches").mkdir(parents=True, exist_ok=True)
    size = -(-len(items) // args.batches)
    for b in range(args.batches):
        with (OUT / "batches" / f"batch_{b + 1:02d}.jsonl").open("w") as fh:
            for it in items[b * size:(b + 1) * size]:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    second = sorted(rng.choice(len(items), args.double, replace=False))
    with (OUT / "batches" / "second_reading.jsonl").open("w") as fh:
        for i in second:
            fh.write(json.dumps(items[i], ensure_ascii=False) + "\n")
    print(f"{len(items)} comments ({len(mixed)} mixed), {sum(len(i['pillars']) for i in items)} "
          f"comment-pillar pairs; {args.double} read twice")


if __name__ == "__main__":
    main()
