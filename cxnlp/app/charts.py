"""The overview's charts: the report's figures (:mod:`cxnlp.analytics.report`) as Plotly figure dicts, drawn
in the browser by the plotly.js that ships in the ``plotly`` package.

Every point carries, as ``customdata``, the filters that select the comments behind it (a pillar,
a pitfall and a month, a provider...): clicking it opens those comments. Category names from the
data are HTML-escaped, since Plotly reads a few tags (``<a>``, ``<b>``) in labels.
"""
from __future__ import annotations

import calendar
import html
import json
from typing import Any

from cxnlp.taxonomy import PITFALLS

__all__ = ["figures", "to_json"]

_LAYOUT = {"margin": {"l": 50, "r": 55, "t": 20, "b": 40}, "height": 360, "paper_bgcolor": "#fff",
           "plot_bgcolor": "#fff", "hovermode": "closest",
           "legend": {"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
           "font": {"family": "system-ui, sans-serif", "size": 12}}
_AXIS = {"gridcolor": "#eee", "zerolinecolor": "#ccc", "automargin": True}


def _layout(**extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {**_LAYOUT, "xaxis": dict(_AXIS), "yaxis": dict(_AXIS)}
    for key, value in extra.items():
        out[key] = {**out.get(key, {}), **value} if isinstance(value, dict) else value
    return out


def _month_range(month: str) -> dict[str, str]:
    year, mon = (int(p) for p in month.split("-"))
    return {"since": f"{month}-01", "until": f"{month}-{calendar.monthrange(year, mon)[1]:02d}"}


def figures(ov: dict[str, Any]) -> list[dict[str, Any]]:
    """The overview's figures: ``{"id", "title", "note", "figure": {"data", "layout"}}``."""
    out: list[dict[str, Any]] = []
    names = [p for p, _, _ in ov["pillars"]]
    out.append({"id": "pillars", "title": "Pillar prevalence and net sentiment",
                "note": "How many comments mention each pillar, and their net sentiment (share positive minus "
                        "share negative).", "figure": {
        "data": [
            {"type": "bar", "name": "comments", "x": names, "y": [n for _, n, _ in ov["pillars"]],
             "marker": {"color": "#4c78a8"}, "customdata": [{"pillar": p} for p in names]},
            {"type": "scatter", "mode": "markers+lines", "name": "net sentiment", "yaxis": "y2", "x": names,
             "y": [round(v, 3) for _, _, v in ov["pillars"]], "marker": {"size": 10, "color": "#e45756"},
             "customdata": [{"pillar": p} for p in names]},
        ],
        "layout": _layout(yaxis={"title": {"text": "comments"}},
                          yaxis2={"title": {"text": "net sentiment"}, "overlaying": "y", "side": "right",
                                  "range": [-1.05, 1.05], "dtick": 0.5, "showgrid": False, "zeroline": False}),
    }})
    months = [m for m, _ in ov["pitfall_months"]]
    out.append({"id": "pitfalls", "title": "Pitfalls over time",
                "note": "Comments giving evidence of each pitfall, by month received.", "figure": {
        "data": [{"type": "scatter", "mode": "lines+markers", "name": p, "x": months,
                  "y": [counts[j] for _, counts in ov["pitfall_months"]],
                  "customdata": [{"pitfall": p, **_month_range(m)} for m in months]}
                 for j, p in enumerate(PITFALLS)],
        "layout": _layout(xaxis={"type": "category"}, yaxis={"title": {"text": "comments"}}),
    }})
    for key, title in (("source", "source"), ("provider", "provider"), ("service", "service")):
        frame = ov["by"][key]
        x = [html.escape(str(k)) for k in frame["key"]]
        custom = [None if k == "unknown" else {key: str(k)} for k in frame["key"]]
        out.append({"id": f"by-{key}", "title": f"Breakdown by {title}",
                    "note": f"Comments by {title} (the 12 largest) and the share of them that is negative.",
                    "figure": {
            "data": [
                {"type": "bar", "name": "comments", "x": x, "y": frame["n"].astype(int).tolist(),
                 "marker": {"color": "#72b7b2"}, "customdata": custom},
                {"type": "scatter", "mode": "markers", "name": "share negative", "yaxis": "y2", "x": x,
                 "y": frame["share_negative"].round(3).tolist(), "marker": {"size": 10, "color": "#e45756"},
                 "customdata": custom},
            ],
            "layout": _layout(xaxis={"type": "category"}, yaxis={"title": {"text": "comments"}},
                              yaxis2={"title": {"text": "share negative"}, "overlaying": "y", "side": "right",
                                      "range": [0, 1.02], "dtick": 0.25, "tickformat": ".0%", "showgrid": False}),
        }})
    d = ov["drivers"]
    out.append({"id": "drivers", "title": "Key drivers",
                "note": ("Change in the scaled rating (0..1) when a negative or mixed comment mentions the pillar. "
                         "Least-squares regression of the scaled rating on one indicator per pillar (the comment is "
                         f"negative or mixed and mentions that pillar), over comments with a rating ({ov['rated']:,} "
                         "here). Associations, not causes." + (" Too few rated comments for a stable estimate."
                                                              if d.empty else "")),
                "figure": {
                    "data": [{"type": "bar", "orientation": "h", "x": d["effect_on_rating"].round(4).tolist(),
                              "y": d["pillar"].tolist(), "marker": {"color": "#f58518"},
                              "customdata": [{"pillar": p, "sentiment": ["negative", "mixed"]} for p in d["pillar"]]}],
                    "layout": _layout(yaxis={"type": "category"},
                                      xaxis={"title": {"text": "change in scaled rating (0..1)"}}),
                }})
    return out


def to_json(value: Any) -> str:
    """JSON safe to place inside ``<script type="application/json">``: no ``<``, ``>`` or ``&``."""
    text = json.dumps(value, default=str, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
