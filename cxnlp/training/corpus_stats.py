"""Counts for the corpus data card (``data/labeled/README.md``), rendered as Markdown tables."""
from __future__ import annotations

import pandas as pd

from cxnlp.taxonomy import PILLARS, PITFALLS, SENTIMENTS, URGENT_REASONS

__all__ = ["counts_markdown"]


def counts_markdown(corpus: pd.DataFrame) -> str:
    """Tables of comments per sentiment, pillar, pitfall, urgent reason, source and batch."""
    out = [f"Total: **{len(corpus)}** annotated comments.", ""]

    def table(title: str, rows: list[tuple[str, int]]) -> None:
        out.extend([f"| {title} | comments |", "|---|---|"])
        out.extend(f"| {k} | {v} |" for k, v in rows)
        out.append("")

    table("sentiment", [(s, int((corpus["sentiment"] == s).sum())) for s in SENTIMENTS])
    table("pillar", [(p, int(corpus["pillars"].map(lambda x, p=p: p in x).sum())) for p in PILLARS])
    table("pitfall", [(p, int(corpus["pitfalls"].map(lambda x, p=p: p in x).sum())) for p in PITFALLS])
    urgent = corpus[corpus["urgent"].astype(bool)]
    table("urgent reason", [(r, int((urgent["urgent_reason"] == r).sum())) for r in URGENT_REASONS]
          + [("**urgent, total**", len(urgent))])
    table("source", sorted(corpus["source"].value_counts().items()))
    by_batch = corpus.groupby("batch")["annotator"].agg(lambda a: sorted(set(a))[0])
    out.extend(["| batch | annotator | comments |", "|---|---|---|"])
    out.extend(f"| {b} | {by_batch[b]} | {n} |" for b, n in sorted(corpus["batch"].value_counts().items()))
    out.append("")
    return "\n".join(out)
