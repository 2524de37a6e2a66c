"""Merge annotation batches into the labelled corpus ``data/labeled/corpus.jsonl``.

Text comes from the FFT source files by id and is redacted with cxnlp's redactor (the corpus
holds no personal data). Where a comment was labelled twice, the adjudicated label from
``data/labeled/annotations/adjudicated.jsonl`` wins, else the first annotator's.

Usage: python scripts/build_corpus.py [--fft-dir ../shared/data/nhs_fft]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd

from cxnlp.training.corpus import CORPUS_COLUMNS, load_fft, validate_corpus
from cxnlp.training.corpus_stats import counts_markdown
from cxnlp.privacy.redact import Redactor
from cxnlp.config import load_settings



def annotator_of(batch: str) -> str:
    """Who labelled a batch: batches 01-07 by annotators 01-07; annotator 08 did the second
    reading of the agreement sample, so batch N >= 08 was labelled by annotator N+1."""
    n = int(batch.split("_")[1])
    return f"annotator-{n if n <= 7 else n + 1:02d}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fft-dir", type=Path, default=load_settings().fft_dir)
    ap.add_argument("--labeled", type=Path, default=Path("data/labeled"))
    args = ap.parse_args()
    src = load_fft(args.fft_dir).set_index("id")
    rows = []
    for f in sorted((args.labeled / "annotations").glob("batch_*.jsonl")):
        for line in f.open():
            if line.strip():
                r = json.loads(line)
                r["batch"] = f.stem
                r["annotator"] = annotator_of(f.stem)
                rows.append(r)
    ann = pd.DataFrame(rows).drop_duplicates("id", keep="first")
    adj_file = args.labeled / "annotations" / "adjudicated.jsonl"
    if adj_file.exists():
        adj = {r["id"]: r for r in map(json.loads, adj_file.open()) if r}
        for i, r in ann.iterrows():
            if r["id"] in adj:
                for k in ("sentiment", "pillars", "pitfalls", "urgent", "urgent_reason"):
                    ann.at[i, k] = adj[r["id"]][k]
                ann.at[i, "annotator"] = f"{r['annotator']}+adjudicated"
    # Urgent levels (taxonomy section 4): two independent readings of every urgent comment, and
    # a third where they differed; an urgent comment no reading has covered yet counts as "urgent".
    levels: dict[str, str] = {}
    for name in ("urgent_levels_a.jsonl", "urgent_levels_adjudicated.jsonl"):  # later files win
        path = args.labeled / "annotations" / name
        if path.exists():
            levels.update({r["id"]: r["urgent_level"] for r in map(json.loads, path.open()) if r})
    ann["urgent"] = ann["urgent"].astype(bool)
    ann["urgent_level"] = [levels.get(i, "urgent") if u else None for i, u in zip(ann["id"], ann["urgent"])]
    ann["origin"], ann["domain"] = "real", "survey"
    ann = ann[ann["id"].isin(src.index)].reset_index(drop=True)
    meta = src.loc[ann["id"]]
    redacted = Redactor().redact_many(meta["text"].astype(str).tolist())
    ann["text"] = [r.text for r in redacted]
    ann["source"] = meta["source"].to_numpy()
    ann["fft_sentiment"] = meta["fft_sentiment"].to_numpy()
    ann["fft_topics"] = meta["fft_topics"].to_numpy()
    ann["group"] = meta["group"].to_numpy()
    ann["urgent_reason"] = ann["urgent_reason"].where(ann["urgent"], None)
    corpus = ann[CORPUS_COLUMNS]
    validate_corpus(corpus)
    out = args.labeled / "corpus.jsonl"
    tmp = out.with_suffix(".jsonl.tmp")
    with tmp.open("w") as fh:
        for rec in corpus.to_dict(orient="records"):
            rec["fft_sentiment"] = None if pd.isna(rec["fft_sentiment"]) else int(rec["fft_sentiment"])
            rec["urgent"] = bool(rec["urgent"])
            rec["urgent_reason"] = rec["urgent_reason"] if rec["urgent"] else None
            rec["urgent_level"] = rec["urgent_level"] if rec["urgent"] else None
            fh.write(json.dumps(rec, ensure_ascii=False, allow_nan=False) + "\n")
    tmp.replace(out)
    print(f"{len(corpus)} comments -> {out}")
    card = args.labeled / "README.md"
    if card.exists():  # refresh the generated counts between the markers
        text = card.read_text()
        start, end = "<!-- counts:start -->", "<!-- counts:end -->"
        if start in text and end in text:
            head, rest = text.split(start, 1)
            tail = rest.split(end, 1)[1]
            card.write_text(f"{head}{start}\n{counts_markdown(corpus)}{end}{tail}")


if __name__ == "__main__":
    main()
