"""The alert queue: who acknowledged or resolved which urgent comment, and what is still open.

Alerts (``data/tagged/alerts/``) are written by the batch run and never rewritten. Actions on them
go to an append-only log beside them (``data/tagged/alert_log/``, schema
:data:`cxnlp.schema.ALERT_EVENTS`), one Parquet file per action. An alert's state is its latest
action: open (none), acknowledged, or resolved. Comment ids are stable, so a rerun that finds the
same comment again never reopens a resolved alert.
"""
from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime, UTC
from typing import Any

import pandas as pd

from cxnlp.ingest.readers import read_dataset, write_partitioned
from cxnlp.paths import PathLike, location
from cxnlp.schema import ALERT_EVENTS, to_table

__all__ = ["ACTIONS", "AGE_BUCKETS", "AlertActionError", "alert_states", "open_by_level_and_age", "read_events",
           "record_action", "sort_for_reading"]

ACTIONS = ("ack", "resolve")
AGE_BUCKETS = ("today", "1-7 days", "over 7 days")  # days since the alert was raised (processed)
LEVEL_ORDER = {"urgent": 0, "review": 1}


class AlertActionError(ValueError):
    """An action that cannot be recorded (unknown alert, already resolved, missing note...)."""


def read_events(output_dir: PathLike) -> pd.DataFrame:
    """Every recorded action, oldest first (empty frame with the log's columns if none)."""
    events = read_dataset(location(output_dir) / "alert_log")
    if events.empty:
        return ALERT_EVENTS.empty_table().to_pandas()
    return events.sort_values(["seq", "at"], kind="stable").reset_index(drop=True)


def alert_states(alerts: pd.DataFrame, events: pd.DataFrame, *, now: datetime | None = None) -> pd.DataFrame:
    """One row per alerted comment (its latest alert row) with ``state`` (open, acknowledged,
    resolved), the latest action's ``by``, ``note`` and time, and ``age_days`` since it was raised."""
    if alerts.empty:
        return alerts.assign(state=pd.Series(dtype=str), age_days=pd.Series(dtype=float))
    now = now or datetime.now(UTC)
    latest = alerts.sort_values("processed_at").drop_duplicates("comment_id", keep="last")
    first_seen = alerts.groupby("comment_id")["processed_at"].min()
    out = latest.set_index("comment_id")
    out["raised_at"] = first_seen
    last = events.drop_duplicates("comment_id", keep="last").set_index("comment_id") if len(events) else None
    state = pd.Series("open", index=out.index, dtype=object)
    for col in ("by", "note", "at"):
        out[f"last_{col}"] = None
    if last is not None:
        known = out.index.intersection(last.index)
        state[known] = last.loc[known, "action"].map({"ack": "acknowledged", "resolve": "resolved"})
        for col in ("by", "note", "at"):
            out.loc[known, f"last_{col}"] = last.loc[known, col]
    out["state"] = state
    raised = pd.to_datetime(out["raised_at"], utc=True)
    out["age_days"] = ((pd.Timestamp(now) - raised).dt.total_seconds() / 86400).clip(lower=0)
    return out.reset_index()


def _age_bucket(days: float) -> str:
    return AGE_BUCKETS[0] if days < 1 else AGE_BUCKETS[1] if days <= 7 else AGE_BUCKETS[2]


def open_by_level_and_age(states: pd.DataFrame) -> dict[str, dict[str, int]]:
    """Counts of alerts not yet resolved, by level and age bucket (for summaries and the report)."""
    out: dict[str, dict[str, int]] = {}
    if states.empty:
        return out
    live = states[states["state"] != "resolved"]
    level = live["urgent_level"].fillna("urgent") if "urgent_level" in live else pd.Series("urgent", index=live.index)
    for lv, age in zip(level, live["age_days"]):
        out.setdefault(str(lv), {}).setdefault(_age_bucket(float(age)), 0)
        out[str(lv)][_age_bucket(float(age))] += 1
    return out


def record_action(output_dir: PathLike, alerts: pd.DataFrame, comment_id: str, action: str, *, by: str,
                  note: str | None = None, now: datetime | None = None) -> Mapping[str, Any]:
    """Append one action to the log and return it. ``resolve`` needs a note; an unknown or
    already resolved alert is refused (a resolved alert stays closed)."""
    if action not in ACTIONS:
        raise AlertActionError(f"action must be one of {ACTIONS}, not {action!r}")
    if not by or not by.strip():
        raise AlertActionError("say who you are: --by NAME")
    if action == "resolve" and not (note and note.strip()):
        raise AlertActionError("resolving an alert needs a note saying what was done: --note TEXT")
    if alerts.empty or comment_id not in set(alerts["comment_id"]):
        raise AlertActionError(f"no alert for comment {comment_id!r} (see `cxnlp alerts` for open ones)")
    events = read_events(output_dir)
    states = alert_states(alerts[alerts["comment_id"] == comment_id], events)
    if states["state"].iloc[0] == "resolved":
        raise AlertActionError(f"alert {comment_id!r} is already resolved by {states['last_by'].iloc[0]}")
    at = pd.Timestamp(now or datetime.now(UTC))
    at = at.tz_convert("UTC") if at.tzinfo else at.tz_localize("UTC")
    seq = int(events["seq"].max()) + 1 if len(events) else 1
    row = {"comment_id": comment_id, "action": action, "by": by.strip(), "note": note, "at": at, "seq": seq}
    write_partitioned(to_table(pd.DataFrame([row]), ALERT_EVENTS), location(output_dir) / "alert_log",
                      partition=None, basename=f"{seq:08d}-{at.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}")
    return row


def sort_for_reading(states: pd.DataFrame) -> pd.DataFrame:
    """Urgent before review (no level: as urgent, the flag of earlier versions), then pattern hits
    and likelier first (no score: last), then oldest first."""
    if states.empty:
        return states
    level = states["urgent_level"].map(LEVEL_ORDER).fillna(0) if "urgent_level" in states else 0
    return (states.assign(_level=level)
            .sort_values(["_level", "urgent_score", "received_at", "comment_id"], ascending=[True, False, True, True],
                         na_position="last", kind="stable")
            .drop(columns="_level").reset_index(drop=True))
