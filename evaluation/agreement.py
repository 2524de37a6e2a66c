"""Inter-annotator agreement on the double-annotated sample (issue 3).

Compares annotator A (the batch annotators) with annotator B (``double_b.jsonl``) on the
same comments: Cohen's kappa and accuracy for sentiment, F1 between annotators per label
(one annotator's labels taken as reference; F1 is symmetric), and writes the disagreements
to ``data/labeled/annotations/disagreements.jsonl`` for a third reading.

Usage: python evaluation/agreement.py [--labeled data/labeled] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score, f1_score

from cxnlp.training.corpus import label_matrix
from cxnlp.taxonomy import PILLARS, PITFALLS


def load(files: list[Path]) -> pd.DataFrame:
    rows = [json.loads(line) for f in files for line in f.open() if line.strip()]
    return pd.DataFrame(rows).drop_duplicates("id").set_index("id")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--labeled", type=Path, default=Path("data/labeled"))
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    ann = args.labeled / "annotations"
    b = load([ann / "double_b.jsonl"])
    a = load(sorted(ann.glob("batch_*.jsonl"))).loc[b.index]
    out: dict[str, object] = {"n": int(len(b))}
    out["sentiment_kappa"] = float(cohen_kappa_score(a["sentiment"], b["sentiment"]))
    out["sentiment_accuracy"] = float((a["sentiment"] == b["sentiment"]).mean())
    three = lambda s: s.replace("mixed", "neutral")  # noqa: E731
    out["sentiment3_kappa"] = float(cohen_kappa_score(a["sentiment"].map(three), b["sentiment"].map(three)))
    out["urgent_kappa"] = float(cohen_kappa_score(a["urgent"], b["urgent"]))
    out["urgent_f1"] = float(f1_score(a["urgent"], b["urgent"]))
    for name, labels in (("pillars", PILLARS), ("pitfalls", PITFALLS)):
        A, B = label_matrix(a[name], labels), label_matrix(b[name], labels)
        per = {l: {"f1": float(f1_score(A[:, j], B[:, j], zero_division=np.nan)),
                   "a": int(A[:, j].sum()), "b": int(B[:, j].sum())} for j, l in enumerate(labels)}
        out[name] = per
        out[f"{name}_macro_f1"] = float(np.nanmean([v["f1"] for v in per.values()]))
        out[f"{name}_micro_f1"] = float(f1_score(A, B, average="micro"))
    dis = []
    for i in b.index:
        ra, rb = a.loc[i], b.loc[i]
        if (ra["sentiment"] != rb["sentiment"] or set(ra["pillars"]) != set(rb["pillars"])
                or set(ra["pitfalls"]) != set(rb["pitfalls"]) or bool(ra["urgent"]) != bool(rb["urgent"])):
            dis.append({"id": i, "a": {k: ra[k] for k in ("sentiment", "pillars", "pitfalls", "urgent", "urgent_reason")},
                        "b": {k: rb[k] for k in ("sentiment", "pillars", "pitfalls", "urgent", "urgent_reason")}})
    (ann / "disagreements.jsonl").write_text("".join(json.dumps(d, default=lambda o: o.item()) + "\n" for d in dis))
    out["n_disagreements"] = len(dis)
    text = json.dumps(out, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text)


if __name__ == "__main__":
    main()
