"""The urgent-comment reading list behind ``cxnlp alerts``: which alerts, in what order.

Plain functions over the ``alerts`` table (:data:`cxnlp.schema.ALERTS`) as read from the output:
no files, no printing. The command line shapes the result as a table, CSV or JSON.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from cxnlp.analytics.alert_queue import alert_states, sort_for_reading
from cxnlp.analytics.filters import date_mask

__all__ = ["LIST_COLUMNS", "AlertList", "alert_records", "list_alerts"]

#: Columns of a listed alert, in order (those a table holds; older output may lack some).
LIST_COLUMNS = ("comment_id", "urgent_level", "urgent_score", "state", "age_days", "received_at", "provider",
                "service", "urgent_reason", "urgent_source", "urgent_evidence", "text", "last_by", "last_note",
                "source_file", "run_id")


@dataclass
class AlertList:
    """Alerts chosen for reading, most likely first, and what was left out."""

    alerts: pd.DataFrame  # LIST_COLUMNS that the output has, one row per comment
    total: int  # urgent comments in the output
    matched: int  # of those, the ones the filters kept (before ``limit``)
    undated_left_out: int  # left out by a date filter because they have no date

    @property
    def shown(self) -> int:
        return len(self.alerts)


def list_alerts(frame: pd.DataFrame, *, since: date | None = None, until: date | None = None,
                limit: int | None = None, events: pd.DataFrame | None = None,
                include_resolved: bool = False, level: str | None = None) -> AlertList:
    """The open alerts of ``frame`` (the output's alerts), level "urgent" before "review", each
    most likely first: reviewed-pattern hits (score 1.0), then by the classifier's score, then
    oldest first. ``events`` (:func:`cxnlp.analytics.alert_queue.read_events`) gives each alert its state;
    resolved ones are left out unless ``include_resolved``. ``level`` keeps one level.

    A comment written twice (a run killed after its alerts, then rerun) is listed once, from
    its latest run. ``since``/``until`` keep comments received in those days (UTC); as
    everywhere, a date filter leaves out comments without a date, and the count says how many.
    ``limit`` keeps the first N (None: all).
    """
    if limit is not None and limit < 0:
        raise ValueError("limit must be 0 or more")
    f = frame.copy()
    if f.empty:
        return AlertList(alerts=pd.DataFrame(columns=list(LIST_COLUMNS)), total=0, matched=0, undated_left_out=0)
    if "urgent_score" not in f:  # alerts written before the score existed
        f["urgent_score"] = float("nan")
    if "urgent_level" not in f:  # alerts written before levels: every flag was "read today"
        f["urgent_level"] = "urgent"
    f["urgent_level"] = f["urgent_level"].fillna("urgent")
    if "processed_at" in f:
        f = alert_states(f, events if events is not None else pd.DataFrame(columns=["comment_id", "action"]))
        if not include_resolved:
            f = f[f["state"] != "resolved"]
    elif "run_id" in f:
        f = f.sort_values("run_id", kind="stable").drop_duplicates("comment_id", keep="last")
    if level is not None:
        f = f[f["urgent_level"] == level]
    total = len(f)
    keep = date_mask(f["received_at"], since, until)
    undated = int((f["received_at"].isna() & ~keep).sum())
    f = f[keep]
    f = sort_for_reading(f)
    matched = len(f)
    if limit is not None:
        f = f.head(limit)
    cols = [c for c in LIST_COLUMNS if c in f.columns]
    return AlertList(alerts=f[cols].reset_index(drop=True), total=total, matched=matched, undated_left_out=undated)


def alert_records(alerts: pd.DataFrame) -> list[dict[str, Any]]:
    """The alerts as JSON-ready records: ISO 8601 dates, ``null`` (never NaN) where a value is missing."""
    return json.loads(alerts.to_json(orient="records", date_format="iso", date_unit="s"))
