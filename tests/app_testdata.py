"""A small tagged output for the web app's tests, written with the output schemas (no model run):
120 comments over three providers and two sources, with sentences, alerts, ratings, undated
comments, and a few hostile strings (a provider named ``<script>...``, a comment that starts
with ``=``, one holding SQL)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from cxnlp.ingest.readers import write_partitioned
from cxnlp.schema import ALERTS, COMMENTS, SENTENCES, prob_column, to_table
from cxnlp.taxonomy import PILLARS, PITFALLS

HOSTILE_PROVIDER = "<script>alert('provider')</script>"
SQL_TEXT = "'; drop table comments; -- the ward sister was kind"
FORMULA_TEXT = "=HYPERLINK(\"http://example.org\",\"click\") the parking was awful"
PLANTED = "zebracrossing"  # a word in one comment only, to find in logs if it ever leaks

_SENTENCES = {
    "positive": ["The nurses on Ward 7 were kind and caring.", "Staff explained everything clearly."],
    "negative": ["We waited four hours in the corridor.", "Nobody answered my complaint."],
    "neutral": ["I came in for a routine scan.", "The clinic is on the second floor."],
    "mixed": ["Lovely staff but the parking was a nightmare.", "Good care, poor food."],
}


def make_output(folder: Path, n: int = 120, seed: int = 7) -> pd.DataFrame:
    """Write ``folder/{comments,sentences,alerts}`` and return the comments as written."""
    rng = np.random.default_rng(seed)
    run = "20260101T000000-test"
    processed = pd.Timestamp("2026-12-01T08:00:00Z")
    providers = ["North Trust", "South Trust", HOSTILE_PROVIDER]
    services = ["Ward 7", "Outpatients", "111", None]
    rows, sents, alerts = [], [], []
    for i in range(n):
        sentiment = ["positive", "negative", "neutral", "mixed"][i % 4]
        pillars = [p for j, p in enumerate(PILLARS) if (i * 7 + j * 3) % 5 == 0 or (sentiment == "negative" and j == 3)]
        pitfalls = [p for j, p in enumerate(PITFALLS) if (i + j) % 9 == 0]
        parts = [_SENTENCES[sentiment][(i // 4) % 2], _SENTENCES["neutral" if sentiment != "neutral" else "positive"][i % 2]]
        if i == 3:
            parts = [SQL_TEXT]
        elif i == 5:
            parts = [FORMULA_TEXT]
        elif i == 8:
            parts = [f"The {PLANTED} outside was dangerous.", "Please fix it."]
        text = " ".join(parts)
        dated = i % 6 != 0
        received = pd.Timestamp("2024-01-15T10:00:00Z") + pd.Timedelta(days=int(i * 5)) if dated else None
        source = "review" if i % 10 == 0 else "survey"
        level = "urgent" if i % 17 == 1 else "review" if i % 23 == 2 else None
        rating = None if i % 5 == 4 else float(np.clip({"positive": 0.9, "negative": 0.15, "neutral": 0.6,
                                                         "mixed": 0.5}[sentiment] + rng.normal(0, 0.1), 0, 1))
        rec = {f: None for f in COMMENTS.names}
        rec.update({
            "comment_id": f"test:{i:04d}", "source_type": source, "channel": "google" if source == "review" else "nhs_fft",
            "source_file": "test.csv", "source_row": i + 1, "provider": providers[i % 3], "service": services[i % 4],
            "question": None, "received_at": received,
            "received_month": received.strftime("%Y-%m") if dated else "unknown", "rating_raw": rating,
            "rating_scaled": rating, "text": text, "sentiment": sentiment,
            "sentiment_score": {"positive": 0.8, "negative": -0.7, "neutral": 0.05, "mixed": -0.1}[sentiment],
            "pillars": pillars, "pitfalls": pitfalls,
            "pillar_sentiment": [(p, sentiment) for p in pillars], "urgent": level == "urgent",
            "urgent_reason": "clinical_harm" if level else None, "urgent_score": 0.9 if level else 0.01,
            "urgent_level": level, "urgent_source": "model" if level else None,
            "urgent_evidence": parts[0] if level else None,
            "status": "tagged", "reason": None, "model_version": "fast-test" if i % 2 else "fast-test-2",
            "run_id": run, "processed_at": processed,
        })
        if "evidence" in COMMENTS.names:
            rec["evidence"] = [(label, parts[0]) for label in pillars + pitfalls]
        for j, label in enumerate(PILLARS + PITFALLS):
            rec[prob_column(label)] = 0.8 if label in pillars + pitfalls else 0.1 + 0.01 * j
        rows.append(rec)
        for k, part in enumerate(parts):
            sents.append({"comment_id": rec["comment_id"], "sentence_index": k, "received_month": rec["received_month"],
                          "text": part, "sentiment": sentiment if k == 0 else "neutral",
                          "pillars": pillars if k == 0 else [], "run_id": run})
        if level:
            alerts.append({"comment_id": rec["comment_id"], "source_file": "test.csv", "provider": rec["provider"],
                           "service": rec["service"], "received_at": received, "urgent_reason": "clinical_harm",
                           "urgent_score": 0.9, "urgent_level": level, "urgent_source": "model",
                           "urgent_evidence": parts[0], "text": text, "run_id": run, "processed_at": processed})
    comments = pd.DataFrame(rows)
    write_partitioned(to_table(comments, COMMENTS), folder / "comments", partition="received_month", basename=run)
    write_partitioned(to_table(pd.DataFrame(sents), SENTENCES), folder / "sentences", partition="received_month",
                      basename=run)
    write_partitioned(to_table(pd.DataFrame(alerts), ALERTS), folder / "alerts", partition=None, basename=run)
    (folder / "runs").mkdir(parents=True, exist_ok=True)
    return comments
