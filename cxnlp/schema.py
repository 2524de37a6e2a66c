"""The canonical input schema and the tagged output schemas, defined once.

``CANONICAL`` is what every ingest adapter produces. ``COMMENTS`` is what the batch run
writes to ``data/tagged/comments/``; ``QUARANTINE`` is where rows that cannot be tagged go,
with the reason. :func:`validate` checks a table against a schema before every write.
"""
from __future__ import annotations

import pandas as pd
import pyarrow as pa

from cxnlp.taxonomy import PILLARS, PITFALLS, SENTIMENTS, URGENT_LEVELS, URGENT_REASONS

__all__ = [
    "ALERTS",
    "ALERT_EVENTS",
    "SENTENCES",
    "CANONICAL",
    "COMMENTS",
    "QUARANTINE",
    "REDACTION_TYPES",
    "SchemaError",
    "prob_column",
    "to_table",
    "validate",
]

#: Redaction placeholder types, in the order they appear in the ``redactions`` struct.
REDACTION_TYPES: tuple[str, ...] = (
    "NAME",
    "EMAIL",
    "PHONE",
    "NHS_NUMBER",
    "SSN",
    "HOSPITAL_NUMBER",
    "POSTCODE",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "URL",
    "ID",  # any other identifier: by its cue ("ref", "account no."), its shape or the settings' patterns
    "ZIP",  # a US ZIP code on its own (in an address it is part of ADDRESS)
    "IP_ADDRESS",
    "DATE",  # hipaa_safe_harbor only: dates (a year on its own stays)
    "AGE",  # hipaa_safe_harbor only: ages over 89
    "LOCATION",  # hipaa_safe_harbor only: towns, cities and counties named on their own
)

_CANONICAL_FIELDS = [
    pa.field("comment_id", pa.string(), nullable=False),
    pa.field("source_type", pa.string(), nullable=False),  # survey | review
    pa.field("channel", pa.string(), nullable=False),  # nhs_fft, qualtrics, google, yelp, ...
    pa.field("source_file", pa.string(), nullable=False),
    pa.field("source_row", pa.int64(), nullable=False),  # 1-based record number in the file
    pa.field("provider", pa.string()),
    pa.field("service", pa.string()),
    pa.field("question", pa.string()),
    pa.field("received_at", pa.timestamp("us", tz="UTC")),
    pa.field("received_month", pa.string(), nullable=False),  # YYYY-MM or "unknown"
    pa.field("rating_raw", pa.float64()),
    pa.field("rating_scaled", pa.float64()),  # 0 worst .. 1 best
    pa.field("text", pa.string()),
]

CANONICAL = pa.schema(_CANONICAL_FIELDS)


def prob_column(label: str) -> str:
    """Name of the probability column for a pillar or pitfall label."""
    return f"prob_{label}"


_REDACTIONS = pa.struct([pa.field(t.lower(), pa.int32()) for t in REDACTION_TYPES])

COMMENTS = pa.schema(
    _CANONICAL_FIELDS
    + [
        pa.field("sentiment", pa.string()),
        pa.field("sentiment_score", pa.float64()),  # P(positive) - P(negative), in [-1, 1]
        pa.field("pillars", pa.list_(pa.string())),
        pa.field("pitfalls", pa.list_(pa.string())),
        pa.field("pillar_sentiment", pa.map_(pa.string(), pa.string())),  # pillar -> its own sentiment
        # pillar or pitfall -> the (redacted) sentence that supports it most
        pa.field("evidence", pa.map_(pa.string(), pa.string())),
        pa.field("urgent", pa.bool_()),  # someone should read this today (taxonomy section 4)
        pa.field("urgent_reason", pa.string()),
        # 1.0 for a reviewed-pattern hit, else the urgent head's probability: read alerts top down
        pa.field("urgent_score", pa.float32()),
        # "urgent" (read today) or "review" (read this week); `urgent` is true exactly at "urgent"
        pa.field("urgent_level", pa.string()),
        pa.field("urgent_source", pa.string()),  # "pattern" (a reviewed phrase) or "model"
        pa.field("urgent_evidence", pa.string()),  # the (redacted) sentence that raised the level
    ]
    + [pa.field(prob_column(label), pa.float32()) for label in PILLARS + PITFALLS]
    + [
        pa.field("redactions", _REDACTIONS),
        pa.field("status", pa.string(), nullable=False),  # tagged | empty | quarantined
        pa.field("reason", pa.string()),
        pa.field("model_version", pa.string()),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("processed_at", pa.timestamp("us", tz="UTC"), nullable=False),
    ]
)

SENTENCES = pa.schema(
    [
        pa.field("comment_id", pa.string(), nullable=False),
        pa.field("sentence_index", pa.int32(), nullable=False),
        pa.field("received_month", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),  # redacted
        pa.field("sentiment", pa.string(), nullable=False),
        pa.field("pillars", pa.list_(pa.string())),
        pa.field("run_id", pa.string(), nullable=False),
    ]
)

ALERTS = pa.schema(
    [
        pa.field("comment_id", pa.string(), nullable=False),
        pa.field("source_file", pa.string(), nullable=False),
        pa.field("provider", pa.string()),
        pa.field("service", pa.string()),
        pa.field("received_at", pa.timestamp("us", tz="UTC")),
        pa.field("urgent_reason", pa.string(), nullable=False),
        pa.field("urgent_score", pa.float32()),
        pa.field("urgent_level", pa.string()),
        pa.field("urgent_source", pa.string()),
        pa.field("urgent_evidence", pa.string()),  # redacted
        pa.field("text", pa.string(), nullable=False),  # redacted
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("processed_at", pa.timestamp("us", tz="UTC"), nullable=False),
    ]
)

# The alert queue's log: one row per action, append-only (tagged rows and alerts are never
# rewritten; an alert's state is its latest action).
ALERT_EVENTS = pa.schema(
    [
        pa.field("comment_id", pa.string(), nullable=False),
        pa.field("action", pa.string(), nullable=False),  # ack | resolve
        pa.field("by", pa.string(), nullable=False),
        pa.field("note", pa.string()),
        pa.field("at", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("seq", pa.int64(), nullable=False),  # order of the action in the log
    ]
)

QUARANTINE = pa.schema(
    [
        pa.field("source_file", pa.string(), nullable=False),
        pa.field("source_row", pa.int64()),  # None when the whole file failed
        pa.field("comment_id", pa.string()),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("processed_at", pa.timestamp("us", tz="UTC"), nullable=False),
    ]
)

_STATUSES = {"tagged", "empty", "quarantined"}


class SchemaError(ValueError):
    """A table that does not match its declared schema."""


def to_table(frame: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    """Convert ``frame`` to ``schema`` exactly (column order and types), or raise SchemaError."""
    missing = [f.name for f in schema if f.name not in frame.columns]
    if missing:
        raise SchemaError(f"missing columns: {missing}")
    extra = [c for c in frame.columns if c not in schema.names]
    if extra:
        raise SchemaError(f"unexpected columns: {extra}")
    try:
        table = pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError) as exc:
        raise SchemaError(f"cannot convert to schema: {exc}") from exc
    validate(table, schema)
    return table


def validate(table: pa.Table, schema: pa.Schema) -> None:
    """Check types, required values and label vocabularies; raise SchemaError on the first problem."""
    if not table.schema.equals(schema, check_metadata=False):
        raise SchemaError(f"schema mismatch:\n{table.schema}\n!=\n{schema}")
    for field in schema:
        if not field.nullable and table.column(field.name).null_count:
            raise SchemaError(f"column {field.name!r} has null values")
    vocab = {"sentiment": (SENTIMENTS, False), "pillars": (PILLARS, True), "pitfalls": (PITFALLS, True),
             "status": (tuple(_STATUSES), False), "urgent_reason": (URGENT_REASONS, False),
             "source_type": (("survey", "review"), False), "urgent_level": (URGENT_LEVELS, False),
             "urgent_source": (("pattern", "model"), False)}
    for column, (allowed, listy) in vocab.items():
        if column in schema.names:
            _check_vocab(table, column, set(allowed), listy=listy)
    if "evidence" in schema.names:
        keys = {k for chunk in table.column("evidence").chunks for k in chunk.keys.unique().to_pylist()}
        bad = keys - set(PILLARS) - set(PITFALLS) - {None}
        if bad:
            raise SchemaError(f"column 'evidence' has keys outside the taxonomy: {sorted(bad)}")
    if "sentiment_score" in schema.names:
        score = table.column("sentiment_score").to_numpy(zero_copy_only=False)
        finite = score[~pd.isna(score)]
        if len(finite) and (finite.min() < -1 or finite.max() > 1):
            raise SchemaError("sentiment_score outside [-1, 1]")
    if "urgent_score" in schema.names:
        u = table.column("urgent_score").to_numpy(zero_copy_only=False)
        u = u[~pd.isna(u)]
        if len(u) and (u.min() < 0 or u.max() > 1):
            raise SchemaError("urgent_score outside [0, 1]")
    if "rating_scaled" in schema.names:
        r = table.column("rating_scaled").to_numpy(zero_copy_only=False)
        r = r[~pd.isna(r)]
        if len(r) and (r.min() < 0 or r.max() > 1):
            raise SchemaError("rating_scaled outside [0, 1]")


def _check_vocab(table: pa.Table, column: str, allowed: set[str], *, listy: bool) -> None:
    col = table.column(column)
    if listy:
        col = pa.compute.list_flatten(col)
    values = set(v for v in col.unique().to_pylist() if v is not None)
    bad = values - allowed
    if bad:
        raise SchemaError(f"column {column!r} has values outside the taxonomy: {sorted(bad)}")
