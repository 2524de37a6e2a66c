"""Draw the annotation sample for the labelled corpus (issue 3).

The sample oversamples negative and mixed comments and comments whose wording
suggests a rare pitfall or an urgent risk.  Keyword patterns only *propose*
candidates: every label in the corpus comes from a person reading the comment.

Usage: python research/annotation_rounds/draw_annotation_sample.py --fft-dir ../shared/data/nhs_fft --out DIR
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd

from cxnlp.training.labeling import BATCH_COLUMNS, write_batches

SEED = 20261127

# Candidate finders for rare labels (recall-oriented; a reader decides).
CANDIDATE_PATTERNS = {
    "tone": r"\brude|abrupt|condescend|patroni[sz]|sarcas|dismissive|shout|spoke to (me|us) like|attitude|talked down|snapp|manner",
    "ignored_feedback": r"complain|told (them|the)|asked (them|several|repeatedly|many)|never (heard|got|called|rang)|call ?back|no one listen|nobody listen|didn.?t listen|not listen|ignored|no response|chase",
    "unadmitted_mistake": r"mistake|error|wrong|lost my|lost the|blamed|no apolog|never apolog|not apolog|denied|my fault|sorry",
    "no_patient_perspective": r"policy|rules?\b|in pain|elderly|disab|wheelchair|frail|computer says|my age|dementia|vulnerable|inflexib|no consideration|left (me|him|her) (waiting|on)",
    "one_person_reliance": r"only (one|person|nurse|doctor|member)|depends (on )?(who|which)|passed (from|around)|pillar to post|nobody (knew|took)|no one (knew|took)|except|apart from",
    "staff_wellbeing": r"short.?staff|understaff|under.?staff|overwork|run off|stretched|stressed|exhausted|tired|busy|more staff|not enough staff|pressure",
    "urgent": r"suicid|self.?harm|kill (my|him|her)self|overdose|abus|assault|neglect|safeguard|violen|threat|attack|hit me|wrong (medication|drug|dose|tablet)|unsafe|died|death|dying|harm|drunk|inappropriat|sexual|danger|police|seclu|restrain|missed|misdiagnos|fell|fall\b|bruis|injur|cut (my|him|her)",
    "integrity": r"honest|trust|lie[ds]?\b|lying|confidential|privacy|charg|bill|money|cost|pay",
    "personalization": r"involv|listened to my|my needs|individual|tailor|my choice|options|preference|autis|deaf|blind|language|interpret|disab",
}


def load_pool(fft_dir: Path) -> pd.DataFrame:
    p2 = pd.read_csv(fft_dir / "fft_phase2_v6framework.csv")
    p1 = pd.read_csv(fft_dir / "fft_phase1.csv")
    a = pd.DataFrame({
        "id": "fft2:" + p2["Comment ID"].astype(str),
        "source": "nhs_fft_phase2",
        "text": p2["FFT answer"],
        "fft_sentiment": p2["Comment sentiment"],
        "group": "fft2:" + p2["Respondent ID"].astype(str),
    })
    b = pd.DataFrame({
        "id": "fft1:" + p1["row_index"].astype(str),
        "source": "nhs_fft_phase1",
        "text": p1["feedback"],
        "fft_sentiment": np.nan,
        "criticality": pd.to_numeric(p1["criticality"], errors="coerce"),
        "group": "fft1:" + p1["row_index"].astype(str),
    })
    pool = pd.concat([a, b], ignore_index=True)
    pool = pool[pool["text"].notna()]
    pool["text"] = pool["text"].astype(str).str.strip()
    pool = pool[pool["text"].str.len().between(3, 2500)]
    # Identical texts ("Nothing", "Very good") add nothing to a corpus: keep one of each.
    pool["norm"] = pool["text"].str.lower().str.replace(r"\W+", " ", regex=True).str.strip()
    pool = pool.drop_duplicates("norm").drop(columns="norm")
    return pool.reset_index(drop=True)


def draw(pool: pd.DataFrame, n: int, rng: np.random.Generator) -> pd.DataFrame:
    chosen: dict[str, str] = {}

    def take(frame: pd.DataFrame, k: int, why: str) -> None:
        frame = frame[~frame["id"].isin(chosen)]
        k = min(k, len(frame))
        for i in rng.choice(frame.index.to_numpy(), size=k, replace=False):
            chosen[pool.at[i, "id"]] = why

    low = pool["text"].str.lower()
    for name, pat in CANDIDATE_PATTERNS.items():
        quota = 350 if name == "urgent" else 200
        take(pool[low.str.contains(pat, regex=True)], quota, f"candidate:{name}")
    neg = pool[(pool["fft_sentiment"] >= 3) | (pool["criticality"] < 0)]
    take(neg, 700, "negative_or_mixed")
    rest = n - len(chosen)
    take(pool, rest, "random")
    out = pool[pool["id"].isin(chosen)].copy()
    out["drawn_because"] = out["id"].map(chosen)
    return out.sample(frac=1.0, random_state=SEED).reset_index(drop=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fft-dir", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--batches", type=int, default=7)
    ap.add_argument("--double", type=int, default=300)
    args = ap.parse_args()
    rng = np.random.default_rng(SEED)
    pool = load_pool(args.fft_dir)
    sample = draw(pool, args.n, rng)
    write_batches(sample, args.out, args.batches, first=1)
    double = sample.sample(n=args.double, random_state=SEED + 1)
    with open(args.out / "double_annotation.jsonl", "w") as fh:
        for i in double.index:
            fh.write(json.dumps({c: sample.at[i, c] for c in BATCH_COLUMNS}) + "\n")
    print(sample["drawn_because"].value_counts().to_string())
    print(len(sample), "comments;", len(pool), "in pool")


if __name__ == "__main__":
    main()
