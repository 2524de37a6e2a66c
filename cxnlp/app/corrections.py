"""Analysts' corrections of the model's labels: an append-only table beside the tagged output.

The tagged rows are never rewritten. A correction goes to ``<output>/corrections/`` as one
Parquet file per save (schema :data:`CORRECTIONS`), one row per field changed, with who, when,
the value before (what the comment showed: the model's label or an earlier correction) and
after. A comment's labels as corrected are the model's, overridden field by field by the latest
correction (:func:`effective_labels`). ``cxnlp label import --corrections`` turns them into
corpus rows (:func:`cxnlp.training.labeling.parse_corrections`) so ``cxnlp train`` learns from them.

Values are text: a list of labels is written ``;``-joined in taxonomy order ("" for none), an
urgency level or reason that is not set is null.
"""
from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import pandas as pd
import pyarrow as pa

from cxnlp.ingest.readers import read_dataset, write_partitioned
from cxnlp.paths import PathLike, location
from cxnlp.schema import to_table
from cxnlp.taxonomy import PILLARS, PITFALLS, SENTIMENTS, URGENT_LEVELS, URGENT_REASONS

__all__ = ["CORRECTIONS", "FIELDS", "CorrectionError", "decode", "effective_labels", "encode", "latest_values",
           "read_corrections", "record_correction", "tagged_labels"]

#: The label fields a correction can change.
FIELDS: tuple[str, ...] = ("sentiment", "pillars", "pitfalls", "urgent_level", "urgent_reason")

CORRECTIONS = pa.schema(
    [
        pa.field("comment_id", pa.string(), nullable=False),
        pa.field("field", pa.string(), nullable=False),  # one of FIELDS
        pa.field("before", pa.string()),  # what the comment showed (model or earlier correction)
        pa.field("after", pa.string()),
        pa.field("by", pa.string(), nullable=False),
        pa.field("at", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("correction_id", pa.string(), nullable=False),  # one save, possibly several fields
        pa.field("run_id", pa.string()),  # the tagged row's run (which model output was corrected)
    ]
)


class CorrectionError(ValueError):
    """A correction that cannot be recorded (unknown label, inconsistent urgency, stale form...)."""


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def encode(field: str, value: Any) -> str | None:
    """A label value as stored: lists ``;``-joined in taxonomy order, unset as null."""
    if field in ("pillars", "pitfalls"):
        order = PILLARS if field == "pillars" else PITFALLS
        items = [] if _is_missing(value) else ([value] if isinstance(value, str) else list(value))
        items = [str(v) for v in items if str(v)]
        unknown = sorted(set(items) - set(order))
        if unknown:
            raise CorrectionError(f"unknown {field}: {unknown}")
        return ";".join(label for label in order if label in items)
    if _is_missing(value) or str(value).strip() in ("", "none"):
        return None
    value = str(value).strip()
    allowed = {"sentiment": SENTIMENTS, "urgent_level": URGENT_LEVELS, "urgent_reason": URGENT_REASONS}.get(field)
    if allowed is None:
        raise CorrectionError(f"unknown field {field!r}; one of {FIELDS}")
    if value not in allowed:
        raise CorrectionError(f"{field}: {value!r} is not one of {allowed}")
    return value


def decode(field: str, value: str | None) -> Any:
    """The stored text back as a label value (a list for pillars and pitfalls)."""
    if field in ("pillars", "pitfalls"):
        return [] if not value else value.split(";")
    return value


def tagged_labels(row: Mapping[str, Any]) -> dict[str, Any]:
    """The model's labels of a tagged comment, as :data:`FIELDS`."""
    out = {f: decode(f, encode(f, row.get(f))) for f in FIELDS}
    if out["urgent_level"] is None:
        out["urgent_reason"] = None  # a reason without a level is not a flag
    return out


def read_corrections(output_dir: PathLike) -> pd.DataFrame:
    """Every correction, oldest first (an empty frame with the table's columns if none)."""
    frame = read_dataset(location(output_dir) / "corrections")
    if frame.empty:
        return CORRECTIONS.empty_table().to_pandas()
    return frame.sort_values(["at", "correction_id", "field"], kind="stable").reset_index(drop=True)


def latest_values(corrections: pd.DataFrame) -> dict[str, dict[str, str | None]]:
    """comment_id -> {field: stored value} of the latest correction of each field."""
    out: dict[str, dict[str, str | None]] = {}
    for cid, field, after in zip(corrections["comment_id"], corrections["field"], corrections["after"]):
        out.setdefault(cid, {})[field] = None if _is_missing(after) else after
    return out


def effective_labels(row: Mapping[str, Any], corrections: pd.DataFrame) -> dict[str, Any]:
    """A comment's labels as corrected: the model's, overridden by the latest correction of each
    field (``corrections``: this comment's rows, oldest first, or every correction)."""
    labels = tagged_labels(row)
    mine = corrections[corrections["comment_id"] == row["comment_id"]] if len(corrections) else corrections
    for field, value in latest_values(mine).get(str(row["comment_id"]), {}).items():
        labels[field] = decode(field, value)
    return labels


def _check_urgency(level: str | None, reason: str | None) -> None:
    if (level is None) != (reason is None):
        raise CorrectionError("an urgency level needs a reason, and a reason needs a level (or set both to none)")


def record_correction(output_dir: PathLike, row: Mapping[str, Any], changes: Mapping[str, Any], *, by: str,
                      corrections: pd.DataFrame | None = None, seen: Mapping[str, Any] | None = None,
                      now: datetime | None = None) -> pd.DataFrame:
    """Append the fields of ``changes`` that differ from what ``row`` (a tagged comment) shows now,
    and return the rows written (none when nothing changed).

    ``corrections``: the table as read (read here when None). ``seen``: the values the person was
    shown when they opened the form; if any field has changed since (someone else corrected it),
    the correction is refused rather than silently overwriting theirs.
    """
    if not by or not by.strip():
        raise CorrectionError("a correction needs the name of who made it")
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise CorrectionError(f"unknown field(s) {unknown}; one of {FIELDS}")
    if corrections is None:
        corrections = read_corrections(output_dir)
    current = effective_labels(row, corrections)
    now_enc = {f: encode(f, v) for f, v in current.items()}
    if seen is not None:
        stale = [f for f in changes if f in seen and encode(f, seen[f]) != now_enc[f]]
        if stale:
            raise CorrectionError(f"{', '.join(stale)} changed since this page was opened (someone else corrected "
                                  "it): reload the comment and try again")
    after = dict(now_enc)
    for field, value in changes.items():
        after[field] = encode(field, value)
    _check_urgency(after["urgent_level"], after["urgent_reason"])
    changed = [f for f in FIELDS if after[f] != now_enc[f]]
    if not changed:
        return CORRECTIONS.empty_table().to_pandas()
    at = pd.Timestamp(now or datetime.now(UTC))
    at = at.tz_convert("UTC") if at.tzinfo else at.tz_localize("UTC")
    cid = uuid.uuid4().hex
    rows = pd.DataFrame([{"comment_id": str(row["comment_id"]), "field": f, "before": now_enc[f], "after": after[f],
                          "by": by.strip(), "at": at, "correction_id": cid,
                          "run_id": None if _is_missing(row.get("run_id")) else str(row.get("run_id"))}
                         for f in changed])
    write_partitioned(to_table(rows, CORRECTIONS), location(output_dir) / "corrections", partition=None,
                      basename=f"{at.strftime('%Y%m%dT%H%M%S%f')}-{cid[:12]}")
    return rows
