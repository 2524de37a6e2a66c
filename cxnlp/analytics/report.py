"""A self-contained HTML report for analysts (Plotly charts with plotly.js inlined: no network).

Sections: what the page is based on; pillar prevalence and net sentiment; pitfalls over time;
breakdowns by source, provider and service; key drivers of the rating; representative quotes.
"""
from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from cxnlp.analytics.filters import FilterError, date_mask, iso_date
from cxnlp.taxonomy import PILLARS, PITFALLS

__all__ = ["ReportFilters", "build_report", "filter_choices", "key_drivers"]


@dataclass(frozen=True)
class ReportFilters:
    """Which comments the report covers.

    ``since``/``until`` are ISO dates (``YYYY-MM-DD``, whole days, UTC; anything else raises
    :class:`~cxnlp.analytics.filters.FilterError`); with either, comments without a date are left out, as
    in ``cxnlp alerts``. ``provider`` matches regardless of case; ``source`` is survey or review.
    """

    since: str | None = None
    until: str | None = None
    provider: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        iso_date(self.since, "--since")
        iso_date(self.until, "--until")
        if self.source not in (None, "survey", "review"):
            raise FilterError(f"--source: {self.source!r} is not survey or review")

    @property
    def dated_only(self) -> bool:
        return bool(self.since or self.until)

    def apply(self, comments: pd.DataFrame) -> pd.DataFrame:
        c = comments
        if self.dated_only:
            c = c[date_mask(c["received_at"], iso_date(self.since), iso_date(self.until))]
        if self.provider:
            wanted = self.provider.strip().casefold()
            c = c[(c["provider"].astype("string").str.strip().str.casefold() == wanted).fillna(False).astype(bool)]
        if self.source:
            c = c[c["source_type"] == self.source]
        return c

    def describe(self) -> str:
        parts = [f"{k} {v}" for k, v in (("since", self.since), ("until", self.until), ("provider", self.provider),
                                          ("source", self.source)) if v]
        return ", ".join(parts) if parts else "none"


def filter_choices(comments: pd.DataFrame) -> dict[str, Any]:
    """What the filters can match in ``comments``: providers and sources with their comment
    counts (most first), the dates received and how many comments have none."""
    dates = comments["received_at"].dropna() if len(comments) else pd.Series(dtype="datetime64[us, UTC]")
    return {
        "provider": comments["provider"].dropna().value_counts().to_dict() if len(comments) else {},
        "source": comments["source_type"].dropna().value_counts().to_dict() if len(comments) else {},
        "dates": (f"{dates.min():%Y-%m-%d}", f"{dates.max():%Y-%m-%d}") if len(dates) else None,
        "undated": int(comments["received_at"].isna().sum()) if len(comments) else 0,
    }


def _choices_html(comments: pd.DataFrame) -> str:
    if comments.empty:
        return "<p>The output holds no tagged comments yet: run <code>cxnlp run</code> first.</p>"
    ch = filter_choices(comments)
    providers = ch["provider"]
    items = "".join(f"<li>{html.escape(str(k))} ({v:,})</li>" for k, v in list(providers.items())[:100])
    more = f"<li>... and {len(providers) - 100:,} more</li>" if len(providers) > 100 else ""
    sources = ", ".join(f"{html.escape(str(k))} ({v:,})" for k, v in ch["source"].items())
    dates = ch["dates"]
    span = f"{dates[0]} to {dates[1]}" if isinstance(dates, tuple) else "none"
    return ("<div id='choices'><p>Values these comments have:</p>"
            f"<p><strong>--provider</strong> (any case):</p><ul>{items or '<li>none</li>'}{more}</ul>"
            f"<p><strong>--source</strong>: {sources}</p>"
            f"<p><strong>--since / --until</strong> (YYYY-MM-DD): dates received {span}; "
            f"{ch['undated']:,} comments have no date, and a date filter leaves them out.</p></div>")


def _undated_left_out(comments: pd.DataFrame, filters: ReportFilters) -> int:
    """Comments that match every filter but the dates and have no date."""
    others = replace(filters, since=None, until=None).apply(comments)
    return int(others["received_at"].isna().sum())


def _polarity(sentiment: pd.Series) -> pd.Series:
    return sentiment.map({"positive": 1, "negative": -1}).fillna(0)


def label_membership(lists: pd.Series, labels: Sequence[str]) -> pd.DataFrame:
    """One boolean column per label: does each row's list hold it. Vectorised, because ``label in
    row`` on each row's array costs microseconds: seconds per label at 100,000 comments."""
    values = lists.to_numpy()
    lens = np.fromiter((0 if v is None else len(v) for v in values), dtype=np.int64, count=len(values))
    out = pd.DataFrame(False, index=lists.index, columns=list(labels))
    if lens.sum():
        flat = np.concatenate([np.asarray(v, dtype=object) for v in values if v is not None and len(v)])
        rows = np.repeat(np.arange(len(values)), lens)
        for label in labels:
            hit = np.zeros(len(values), dtype=bool)
            hit[rows[flat == label]] = True
            out[label] = hit
    return out


def key_drivers(comments: pd.DataFrame) -> pd.DataFrame:
    """Which pillars' negative mentions most lower the rating.

    Method: ordinary least squares of the scaled rating (0..1) on one indicator per pillar,
    "this comment is negative or mixed and mentions the pillar", over comments that have a
    rating. A coefficient of -0.20 means such comments rate 0.20 lower (a fifth of the scale),
    holding the other pillars fixed. Associations, not causes.
    """
    c = comments[comments["rating_scaled"].notna()]
    if len(c) < 30:
        return pd.DataFrame(columns=["pillar", "effect_on_rating", "negative_mentions"])
    neg = c["sentiment"].isin(["negative", "mixed"]).to_numpy()
    X = (label_membership(c["pillars"], PILLARS).to_numpy() & neg[:, None]).astype(float)
    keep = X.sum(axis=0) >= 5
    A = np.column_stack([np.ones(len(c)), X[:, keep]])
    coef, *_ = np.linalg.lstsq(A, c["rating_scaled"].to_numpy(dtype=float), rcond=None)
    out = pd.DataFrame({"pillar": np.array(PILLARS)[keep], "effect_on_rating": coef[1:],
                        "negative_mentions": X[:, keep].sum(axis=0).astype(int)})
    return out.sort_values("effect_on_rating").reset_index(drop=True)


def _fig_html(fig: go.Figure, first: bool) -> str:
    fig.update_layout(margin=dict(l=40, r=20, t=50, b=40), height=380)
    return pio.to_html(fig, full_html=False, include_plotlyjs=True if first else False,
                       config={"displaylogo": False, "responsive": True})


def _evidence_for(evidence: Any, label: str) -> str | None:
    """The sentence ``evidence`` (a comment's map label -> sentence, as read back from Parquet: a
    list of pairs; None in output written before it existed) gives for ``label``."""
    if not isinstance(evidence, (dict, list, tuple, np.ndarray)):  # None, NaN: no evidence
        return None
    found = (evidence if isinstance(evidence, dict) else dict(evidence)).get(label)
    return found if isinstance(found, str) and found else None


def _quotes(c: pd.DataFrame, label: str, has_label: pd.Series, n: int = 3) -> list[tuple[str, str | None]]:
    """Up to ``n`` (comment, the sentence that supports ``label`` most or None), most probable
    first: comments of 20-400 characters, and longer ones whose evidence sentence is that long."""
    col = f"prob_{label}"
    sel = c[has_label]
    if col in sel:
        sel = sel.sort_values(col, ascending=False)
    evidence = sel["evidence"] if "evidence" in sel else pd.Series([None] * len(sel), index=sel.index)
    out: list[tuple[str, str | None]] = []
    for text, ev in zip(sel["text"], evidence):
        sentence = _evidence_for(ev, label)
        if isinstance(text, str) and (20 <= len(text) <= 400 or (sentence and 20 <= len(sentence) <= 400)):
            out.append((text, sentence))
        if len(out) == n:
            break
    return out


def _quote_html(text: str, sentence: str | None) -> str:
    """A quote with its evidence sentence marked; of a comment over 400 characters, the sentence alone."""
    at = text.find(sentence) if sentence else -1
    if sentence and (len(text) > 400 or at < 0):
        return f"&hellip; <mark>{html.escape(sentence)}</mark> &hellip;" if len(text) > 400 else html.escape(text)
    if sentence and sentence != text.strip():
        end = at + len(sentence)
        return f"{html.escape(text[:at])}<mark>{html.escape(sentence)}</mark>{html.escape(text[end:])}"
    return html.escape(text)


def build_report(comments: pd.DataFrame, filters: ReportFilters, *, runs: pd.DataFrame | None = None) -> str:
    """The report page as one HTML string."""
    # Every figure uses plotly_white as plotly's default template for this call: a template set
    # on each figure is validated from a deep copy each time, half the time of a small report.
    # (The default is process-wide: reports are built one at a time, on the flow's thread or
    # the CLI's.)
    saved = pio.templates.default
    pio.templates.default = "plotly_white"
    try:
        return _build_report(comments, filters, runs)
    finally:
        pio.templates.default = saved


def _build_report(comments: pd.DataFrame, filters: ReportFilters, runs: pd.DataFrame | None) -> str:
    c = filters.apply(comments) if len(comments) else comments
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>cxnlp report</title>"
            "<style>body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222}"
            "h2{margin-top:2.2rem;border-bottom:1px solid #ddd}table{border-collapse:collapse}"
            "td,th{padding:4px 10px;border-bottom:1px solid #eee;text-align:left}"
            "blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:3px solid #8ab;background:#f7f9fa}"
            ".meta{color:#555}</style></head><body>")
    parts = [head, "<h1>Patient feedback: CX report</h1>"]
    if c.empty:
        parts.append(f"<p class='meta'>Generated {generated}. Filters: {html.escape(filters.describe())}.</p>"
                     "<p id='empty'><strong>No comments match these filters.</strong> Widen the date range or "
                     "remove a filter.</p>" + _choices_html(comments) + "</body></html>")
        return "".join(parts)
    dates = c["received_at"].dropna()
    span = f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "no dates in the source"
    models = ", ".join(sorted(c["model_version"].dropna().unique()))
    parts.append(
        f"<p class='meta'>Generated {generated}. Based on <strong>{len(c):,}</strong> tagged comments "
        f"({int((c['source_type'] == 'survey').sum()):,} survey, {int((c['source_type'] == 'review').sum()):,} review), "
        f"received {span} ({int(c['received_at'].isna().sum()):,} without a date"
        + (f"; {_undated_left_out(comments, filters):,} without a date left out by the date filter"
           if filters.dated_only else "") + "). "
        f"Model: {html.escape(models)}. Filters: {html.escape(filters.describe())}."
        + (f" Runs: {len(runs)}." if runs is not None and len(runs) else "") + "</p>")
    figs: list[tuple[str, Any]] = []
    # 1. pillar prevalence and net sentiment
    pol = _polarity(c["sentiment"])
    has_pillar = label_membership(c["pillars"], PILLARS)
    prev = [int(has_pillar[p].sum()) for p in PILLARS]
    net = [float(pol[has_pillar[p]].mean()) if n else 0.0 for p, n in zip(PILLARS, prev)]
    fig = go.Figure(go.Bar(x=list(PILLARS), y=prev, name="comments", marker_color="#4c78a8"))
    fig.add_trace(go.Scatter(x=list(PILLARS), y=net, name="net sentiment", yaxis="y2", mode="markers+lines",
                             marker=dict(size=10, color="#e45756")))
    fig.update_layout(title="Pillars: how often mentioned, and net sentiment (share positive minus negative)",
                      yaxis=dict(title="comments"), yaxis2=dict(title="net sentiment", overlaying="y", side="right",
                                                                 range=[-1, 1]))
    figs.append(("Pillar prevalence and net sentiment", fig))
    # 2. pitfalls over time
    dated = c[c["received_at"].notna()]
    fig = go.Figure()
    if len(dated):
        month = dated["received_at"].dt.strftime("%Y-%m")
        has_pitfall = label_membership(dated["pitfalls"], PITFALLS)
        for p in PITFALLS:
            counts = dated[has_pitfall[p]].groupby(month).size()
            counts = counts.reindex(sorted(month.unique()), fill_value=0)
            fig.add_trace(go.Scatter(x=list(counts.index), y=counts.to_numpy(), name=p, mode="lines+markers"))
    fig.update_layout(title="Pitfalls by month received (comments)", yaxis_title="comments",
                      xaxis=dict(type="category"))  # months with comments only, no misleading gaps
    figs.append(("Pitfalls over time", fig))
    # 3. breakdowns
    for col, title in (("source_type", "source"), ("provider", "provider"), ("service", "service")):
        g = c.assign(key=c[col].fillna("unknown"), pol=pol).groupby("key")
        top = g.size().sort_values(ascending=False).head(12)
        share_neg = g["sentiment"].apply(lambda s: float((s == "negative").mean())).reindex(top.index)
        fig = go.Figure(go.Bar(x=list(top.index), y=top.to_numpy(), name="comments", marker_color="#72b7b2"))
        fig.add_trace(go.Scatter(x=list(top.index), y=share_neg.to_numpy(), name="share negative", yaxis="y2",
                                 mode="markers", marker=dict(size=10, color="#e45756")))
        fig.update_layout(title=f"By {title}: comments and share negative", yaxis2=dict(overlaying="y", side="right",
                                                                                      range=[0, 1]))
        figs.append((f"Breakdown by {title}", fig))
    # 4. key drivers
    drivers = key_drivers(c)
    fig = go.Figure(go.Bar(x=drivers["effect_on_rating"], y=drivers["pillar"], orientation="h", marker_color="#f58518"))
    fig.update_layout(title="Key drivers: change in scaled rating (0..1) when a negative comment mentions the pillar")
    figs.append(("Key drivers", fig))
    for i, (title, fig) in enumerate(figs):
        parts.append(f"<h2>{html.escape(title)}</h2>")
        if title == "Key drivers":
            parts.append("<p class='meta'>Method: least-squares regression of the scaled rating on one indicator "
                         "per pillar (the comment is negative or mixed and mentions that pillar), over comments with "
                         f"a rating ({int(c['rating_scaled'].notna().sum()):,} here). Associations, not causes."
                         + (" Too few rated comments for a stable estimate." if drivers.empty else "") + "</p>")
        parts.append(f"<div class='chart'>{_fig_html(fig, first=(i == 0))}</div>")
    # 5. quotes
    parts.append("<h2>Representative comments (redacted)</h2>")
    parts.append("<p class='meta'>Highlighted: the sentence that supports the label most (each sentence of a "
                 "longer comment is scored on its own).</p>")
    has_label = pd.concat([has_pillar, label_membership(c["pitfalls"], PITFALLS)], axis=1)
    for label in (*PILLARS, *PITFALLS):
        quotes = _quotes(c, label, has_label[label])
        if quotes:
            parts.append(f"<h3>{html.escape(label)}</h3>")
            parts.extend(f"<blockquote>{_quote_html(text, sentence)}</blockquote>" for text, sentence in quotes)
    parts.append("</body></html>")
    return "".join(parts)
