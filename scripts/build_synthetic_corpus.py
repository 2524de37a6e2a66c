"""Build ``data/labeled/synthetic.jsonl`` from the written synthetic texts and their labels (issue 17).

    python scripts/build_synthetic_corpus.py [--fft-dir ../shared/data/nhs_fft]

1. reads what the writers wrote (``data/synthetic/written/*.jsonl``) and the labels annotators gave
   seeing only the text (``data/synthetic/labels/*.jsonl``); labels are validated against the taxonomy;
2. rejects near-duplicates: a shared run of 8 words, or MiniLM cosine above
   ``cxnlp.training.synthetic.NEAR_DUPLICATE_COSINE``, among synthetic texts and against every real FFT
   comment (``data/synthetic/rejected.jsonl`` lists them with the text they repeat);
3. redacts the kept texts as the corpus is redacted (the originals stay in ``written/``, where
   redaction tests can use their planted details);
4. writes the corpus rows and ``data/synthetic/stats.json`` (lengths, stars, specialties,
   openings, label counts, intent-vs-label disagreements, agreement of the two double-labelled
   samples of 300),
   which the data card quotes.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from cxnlp.config import load_settings
from cxnlp.training.corpus import load_fft
from cxnlp.training.synthetic import (NEAR_DUPLICATE_COSINE, intent_disagreements, merge_labels, near_duplicates,
                             shared_ngrams)
from cxnlp.taxonomy import validate_labels


def read_jsonl(folder: Path) -> pd.DataFrame:
    frames = [pd.read_json(p, lines=True, dtype=False).assign(batch=p.stem) for p in sorted(folder.glob("*.jsonl"))
              if p.stat().st_size]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def validate(labels: pd.DataFrame, where: str) -> pd.DataFrame:
    labels = labels.copy()
    for col in ("pillars", "pitfalls"):
        labels[col] = labels[col].map(lambda v: list(v) if isinstance(v, list) else [])
    labels["urgent_level"] = labels["urgent_level"].where(labels["urgent_level"].isin(["urgent", "review"]), None)
    for r in labels.itertuples(index=False):
        validate_labels(r.sentiment, r.pillars, r.pitfalls, where=f"{where} {r.id}")
    return labels


def agreement(a: pd.DataFrame, b: pd.DataFrame) -> dict:
    from sklearn.metrics import cohen_kappa_score, f1_score

    from cxnlp.training.corpus import label_matrix
    from cxnlp.taxonomy import PILLARS, PITFALLS

    m = a.merge(b, on="id", suffixes=("_a", "_b"))
    out = {"n": len(m),
           "sentiment_kappa": float(cohen_kappa_score(m["sentiment_a"], m["sentiment_b"])),
           "sentiment_accuracy": float((m["sentiment_a"] == m["sentiment_b"]).mean()),
           "urgent_level_kappa": float(cohen_kappa_score(m["urgent_level_a"].fillna("none"),
                                                         m["urgent_level_b"].fillna("none")))}
    for kind, labels in (("pillars", PILLARS), ("pitfalls", PITFALLS)):
        ya, yb = label_matrix(m[f"{kind}_a"], labels), label_matrix(m[f"{kind}_b"], labels)
        out[f"{kind}_macro_f1"] = float(f1_score(ya, yb, average="macro", zero_division=0))
        out[f"{kind}_micro_f1"] = float(f1_score(ya, yb, average="micro", zero_division=0))
        out[f"{kind}_per_label_f1"] = {l: float(f1_score(ya[:, j], yb[:, j], zero_division=0))
                                       for j, l in enumerate(labels)}
    return out


def describe(rows: pd.DataFrame) -> dict:
    words = rows["text"].map(lambda t: len(str(t).split()))
    opening = rows["text"].map(lambda t: " ".join(re.findall(r"[a-z']+", str(t).lower())[:3]))
    out: dict = {}
    for domain, g in rows.groupby("domain"):
        w = words[g.index]
        d = {"n": len(g), "words": {q: float(w.quantile(q / 100)) for q in (5, 25, 50, 75, 95)},
             "words_min_max": [int(w.min()), int(w.max())],
             "top_openings": Counter(opening[g.index]).most_common(15),
             "distinct_openings_share": float(opening[g.index].nunique() / len(g)),
             "sentiment": dict(Counter(g["sentiment"])),
             "pillars": dict(Counter(l for v in g["pillars"] for l in v)),
             "pitfalls": dict(Counter(l for v in g["pitfalls"] for l in v)),
             "urgent_level": dict(Counter(g["urgent_level"].fillna("none")))}
        for key in ("stars", "specialty", "platform", "country", "service"):
            if key in g and g[key].notna().any():
                d[key] = dict(Counter(g[key].dropna().astype(str)))
        out[domain] = d
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synthetic-dir", type=Path, default=Path("data/synthetic"))
    ap.add_argument("--fft-dir", type=Path, default=None, help="default: the settings' FFT folder")
    ap.add_argument("--out", type=Path, default=Path("data/labeled/synthetic.jsonl"))
    ap.add_argument("--no-embeddings", action="store_true", help="n-gram check only (fast; for a dry run)")
    args = ap.parse_args()
    settings = load_settings()
    fft_dir = args.fft_dir or settings.path(settings.fft_dir)

    written = read_jsonl(args.synthetic_dir / "written")
    labels = validate(read_jsonl(args.synthetic_dir / "labels"), "label")
    print(f"{len(written)} written texts, {len(labels)} labelled")
    fft = load_fft(fft_dir)
    real_ids, real_texts = fft["id"].tolist(), fft["text"].astype(str).tolist()

    ids, texts = written["id"].tolist(), written["text"].astype(str).tolist()
    dups = shared_ngrams(ids, texts, real_ids, real_texts)
    if not args.no_embeddings:
        from cxnlp.models.transformer import MiniLMEmbedder

        emb = MiniLMEmbedder().fit([])
        keep = [i for i, d in enumerate(ids) if d not in {x.id for x in dups}]
        E = emb.transform([texts[i] for i in keep])
        R = emb.transform(real_texts)
        dups += near_duplicates([ids[i] for i in keep], E, real_ids, R, threshold=NEAR_DUPLICATE_COSINE)
        sims = (E @ R.T).max(axis=1)
        nn_real = {"max_cosine_to_real": {q: float(np.quantile(sims, q / 100)) for q in (50, 90, 99, 100)}}
    else:
        nn_real = {}
    rejected = {d.id for d in dups}
    text_of = dict(zip(ids, texts)) | dict(zip(real_ids, real_texts))
    (args.synthetic_dir / "rejected.jsonl").write_text("".join(
        json.dumps({"id": d.id, "repeats": d.other_id, "reason": d.reason, "similarity": round(d.similarity, 4),
                    "text": text_of[d.id], "other_text": text_of.get(d.other_id, "")[:300]}) + "\n" for d in dups))
    print(f"rejected {len(rejected)} near-duplicates ({Counter(d.reason for d in dups)})")

    kept = written[~written["id"].isin(rejected)]
    rows = merge_labels(kept, labels[labels["id"].isin(kept["id"])])
    for col in ("specialty", "platform", "country", "service"):
        rows[col] = rows["id"].map(kept.set_index("id")[col]) if col in kept else None
    from cxnlp.privacy.redact import Redactor

    rows["text"] = [r.text for r in Redactor(settings.spacy_model).redact_many(rows["text"].astype(str).tolist())]
    cols = ["id", "source", "origin", "domain", "part", "text", "sentiment", "pillars", "pitfalls", "urgent",
            "urgent_level", "urgent_reason", "annotator", "batch", "fft_sentiment", "fft_topics", "group", "stars",
            "intended"]
    args.out.write_text("".join(json.dumps({k: (None if isinstance(v, float) and np.isnan(v) else v)
                                            for k, v in r.items()}, default=str) + "\n"
                                for r in rows[cols].to_dict(orient="records")))
    stats = {"written": len(written), "labelled": len(labels), "rejected_near_duplicates": len(rejected),
             "rejected_by_reason": dict(Counter(d.reason for d in dups)), "kept": len(rows),
             "cosine_threshold": NEAR_DUPLICATE_COSINE, **nn_real,
             "intent_vs_label": {p: intent_disagreements(g) for p, g in rows.groupby("part")},
             "describe": describe(rows)}
    # Two second readings: labels_second (an urgent-enriched 300: double_sample.txt) and
    # labels_second_random (300 drawn at random: double_sample_random.txt).
    for folder, key in (("labels_second", "double_labelled_urgent_enriched"),
                        ("labels_second_random", "double_labelled_random")):
        second = read_jsonl(args.synthetic_dir / folder)
        if len(second):
            stats[key] = agreement(labels, validate(second, f"{folder} label"))
    (args.synthetic_dir / "stats.json").write_text(json.dumps(stats, indent=2, default=str) + "\n")
    print(f"wrote {len(rows)} rows to {args.out}; stats in {args.synthetic_dir / 'stats.json'}")


if __name__ == "__main__":
    main()
