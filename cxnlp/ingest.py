"""Normalise raw survey and review records to the canonical schema.

Adapters take the raw records of one file as a DataFrame of strings (see :mod:`cxnlp.io`)
and return canonical rows plus quarantine rows. They never see paths and never mutate their
input. Identity fields (reviewer names, user ids) are simply never selected.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np
import pandas as pd

from .schema import CANONICAL

__all__ = [
    "FORMATS",
    "IngestError",
    "IngestResult",
    "SourceSpec",
    "detect_format",
    "normalise",
]

SourceType = Literal["survey", "review"]


class IngestError(ValueError):
    """A file that cannot be read as any known format; the message names the file."""


@dataclass(frozen=True)
class SourceSpec:
    """How one file is read: a built-in format, or a column mapping for ``mapped``."""

    format: str
    source_type: SourceType | None = None
    channel: str | None = None
    provider: str | None = None
    service: str | None = None
    question: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    rating_scale: tuple[float, float] | None = None
    rating_higher_is_better: bool = True
    date_format: str | None = None
    dayfirst: bool = True


@dataclass
class IngestResult:
    """Canonical rows and quarantined rows from one file."""

    rows: pd.DataFrame
    quarantine: pd.DataFrame  # columns: source_row, comment_id, reason


_STAR_WORDS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}


def _clean_text(s: pd.Series) -> pd.Series:
    out = s.astype("string").str.replace("\r\n", "\n").str.strip()
    return out.mask(out == "", pd.NA)


def _hash_id(channel: str, text: pd.Series, date: pd.Series) -> pd.Series:
    ids = []
    for t, d in zip(text.tolist(), date.tolist()):
        key = f"{'' if pd.isna(t) else t}\x1f{'' if pd.isna(d) else d}"
        ids.append(f"{channel}:h{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}")
    return pd.Series(ids, index=text.index, dtype=object)


def _parse_dates(values: pd.Series, *, fmt: str | None, dayfirst: bool) -> pd.Series:
    s = values.astype("string").str.strip()
    if fmt:
        parsed = pd.to_datetime(s, format=fmt, errors="coerce", utc=True)
    else:
        parsed = pd.to_datetime(s, errors="coerce", utc=True, dayfirst=dayfirst, format="mixed")
    return parsed.dt.as_unit("us")


def _scale(rating: pd.Series, lo: float, hi: float, higher_is_better: bool) -> pd.Series:
    inside = rating.between(lo, hi)
    scaled = (rating - lo) / (hi - lo)
    if not higher_is_better:
        scaled = 1.0 - scaled
    return scaled.where(inside)


def _frame(
    raw: pd.DataFrame,
    *,
    channel: str,
    source_type: SourceType,
    text: pd.Series,
    record_id: pd.Series | None,
    provider: pd.Series | str | None,
    service: pd.Series | str | None,
    question: pd.Series | str | None,
    received_at: pd.Series,
    rating_raw: pd.Series,
    rating_scaled: pd.Series,
    date_given: pd.Series,
    rating_given: pd.Series,
) -> IngestResult:
    n = len(raw)
    text = _clean_text(text)
    if record_id is not None:
        rid = record_id.astype("string").str.strip()
        cid = (channel + ":" + rid).where(rid.notna() & (rid != ""), _hash_id(channel, text, received_at))
    else:
        cid = _hash_id(channel, text, received_at)

    def col(v: pd.Series | str | None) -> pd.Series:
        if isinstance(v, pd.Series):
            return _clean_text(v).astype(object).where(lambda x: x.notna(), None)
        return pd.Series([v] * n, index=raw.index, dtype=object)

    month = received_at.dt.strftime("%Y-%m").astype(object).where(received_at.notna(), "unknown")
    warnings = np.where(date_given & received_at.isna(), "unparsed_date", "")
    warnings = np.char.add(
        warnings.astype(str), np.where(rating_given & rating_raw.isna(), ";unparsed_rating", "")
    )
    rows = pd.DataFrame(
        {
            "comment_id": cid.astype(object),
            "source_type": source_type,
            "channel": channel,
            "source_row": np.arange(1, n + 1, dtype="int64"),
            "provider": col(provider),
            "service": col(service),
            "question": col(question),
            "received_at": received_at,
            "received_month": month,
            "rating_raw": rating_raw.astype("float64"),
            "rating_scaled": rating_scaled.astype("float64"),
            "text": text.astype(object).where(text.notna(), None),
            "ingest_warning": pd.Series(warnings, index=raw.index).str.strip(";").replace("", None),
        },
        index=raw.index,
    ).reset_index(drop=True)
    return IngestResult(rows=rows, quarantine=_empty_quarantine())


def _empty_quarantine() -> pd.DataFrame:
    return pd.DataFrame({"source_row": pd.Series(dtype="int64"), "comment_id": pd.Series(dtype=object),
                         "reason": pd.Series(dtype=object)})


def _num(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s.astype("string").str.strip(), errors="coerce")


def _given(s: pd.Series) -> pd.Series:
    t = s.astype("string").str.strip()
    return (t.notna() & (t != "")).fillna(False).astype(bool)


def _get(raw: pd.DataFrame, name: str | None) -> pd.Series:
    if name is None:
        return pd.Series([pd.NA] * len(raw), index=raw.index, dtype="string")
    if name not in raw.columns:
        raise IngestError(f"column {name!r} not found; columns are {list(raw.columns)[:30]}")
    return raw[name]


def _nhs_fft(raw: pd.DataFrame, spec: SourceSpec) -> IngestResult:
    if "FFT answer" in raw.columns:  # phase 2 / v6 framework layout
        rating = _num(raw.get("FFT categorical answer", _get(raw, None)))
        dates = _get(raw, "Date" if "Date" in raw.columns else None)
        return _frame(
            raw,
            channel=spec.channel or "nhs_fft",
            source_type="survey",
            text=raw["FFT answer"],
            record_id=raw.get("Comment ID"),
            provider=raw.get("Trust", spec.provider),
            service=raw.get("Service type 1", spec.service),
            question=raw.get("FFT question", spec.question),
            received_at=_parse_dates(dates, fmt=spec.date_format, dayfirst=True),
            # 1 very good .. 5 very poor; 6 and 7 (don't know / other) have no scaled value.
            rating_raw=rating,
            rating_scaled=_scale(rating, 1, 5, higher_is_better=False),
            date_given=_given(dates),
            rating_given=_given(raw.get("FFT categorical answer", _get(raw, None))),
        )
    # phase 1 layout: feedback, question, organization, row_index; no date or rating
    none = _get(raw, None)
    return _frame(
        raw,
        channel=spec.channel or "nhs_fft",
        source_type="survey",
        text=raw["feedback"],
        record_id=raw.get("row_index"),
        provider=raw.get("organization", spec.provider),
        service=spec.service,
        question=raw.get("question", spec.question),
        received_at=_parse_dates(none, fmt=None, dayfirst=True),
        rating_raw=_num(none),
        rating_scaled=_num(none),
        date_given=_given(none),
        rating_given=_given(none),
    )


def _google(raw: pd.DataFrame, spec: SourceSpec) -> IngestResult:
    stars_given = raw["starRating"]
    stars = stars_given.astype("string").str.strip().str.upper().map(_STAR_WORDS)
    stars = pd.to_numeric(stars, errors="coerce")
    dates = raw.get("createTime", _get(raw, None))
    return _frame(
        raw,
        channel=spec.channel or "google",
        source_type="review",
        text=raw.get("comment", _get(raw, None)),
        record_id=raw.get("reviewId", raw.get("name")),
        provider=raw.get("locationName", spec.provider),
        service=spec.service,
        question=spec.question,
        received_at=_parse_dates(dates, fmt=None, dayfirst=False),
        rating_raw=stars,
        rating_scaled=_scale(stars, 1, 5, higher_is_better=True),
        date_given=_given(dates),
        rating_given=_given(stars_given),
    )


def _yelp(raw: pd.DataFrame, spec: SourceSpec) -> IngestResult:
    rating = _num(raw["rating"])
    dates = raw.get("time_created", _get(raw, None))
    return _frame(
        raw,
        channel=spec.channel or "yelp",
        source_type="review",
        text=raw.get("text", _get(raw, None)),
        record_id=raw.get("id"),
        provider=raw.get("business_name", spec.provider),
        service=spec.service,
        question=spec.question,
        received_at=_parse_dates(dates, fmt=None, dayfirst=False),
        rating_raw=rating,
        rating_scaled=_scale(rating, 1, 5, higher_is_better=True),
        date_given=_given(dates),
        rating_given=_given(raw["rating"]),
    )


_QUALTRICS_META = {
    "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
    "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
    "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage",
}


def _qualtrics(raw: pd.DataFrame, spec: SourceSpec) -> IngestResult:
    # A Qualtrics export has two more header rows under the column names: the question text
    # and an {"ImportId": ...} row. They are headers, not responses.
    body = raw
    question_text: dict[str, str] = {}
    if len(raw) >= 2 and raw.iloc[1].astype(str).str.contains("ImportId", regex=False).any():
        question_text = {c: str(v) for c, v in raw.iloc[0].items()}
        body = raw.iloc[2:]
    cols = dict(spec.columns)
    text_col = cols.get("text") or _longest_text_column(body, exclude=_QUALTRICS_META)
    rating_col = cols.get("rating")
    rating_given = _get(body, rating_col)
    rating = _num(rating_given)
    lo, hi = spec.rating_scale or (0, 10)
    dates = _get(body, cols.get("received_at", "RecordedDate" if "RecordedDate" in body.columns else None))
    result = _frame(
        body,
        channel=spec.channel or "qualtrics",
        source_type=spec.source_type or "survey",
        text=_get(body, text_col),
        record_id=_get(body, cols.get("id", "ResponseId" if "ResponseId" in body.columns else None)),
        provider=body[cols["provider"]] if "provider" in cols else spec.provider,
        service=body[cols["service"]] if "service" in cols else spec.service,
        question=spec.question or question_text.get(text_col) or text_col,
        received_at=_parse_dates(dates, fmt=spec.date_format, dayfirst=spec.dayfirst),
        rating_raw=rating,
        rating_scaled=_scale(rating, lo, hi, spec.rating_higher_is_better),
        date_given=_given(dates),
        rating_given=_given(rating_given),
    )
    # Keep record numbers meaning "response N" even though two header rows were dropped.
    return result


def _longest_text_column(raw: pd.DataFrame, exclude: set[str]) -> str:
    candidates = [c for c in raw.columns if c not in exclude]
    if not candidates:
        raise IngestError("no free-text column found")
    lengths = {c: raw[c].astype("string").str.len().mean() for c in candidates}
    return max(candidates, key=lambda c: (lengths[c] if lengths[c] == lengths[c] else -1))


def _mapped(raw: pd.DataFrame, spec: SourceSpec) -> IngestResult:
    cols = spec.columns
    if "text" not in cols:
        raise IngestError("a 'mapped' source needs columns.text in data/sources.yaml")
    rating_given = _get(raw, cols.get("rating"))
    rating = _num(rating_given)
    lo, hi = spec.rating_scale or (1, 5)
    dates = _get(raw, cols.get("received_at"))
    return _frame(
        raw,
        channel=spec.channel or "survey",
        source_type=spec.source_type or "survey",
        text=_get(raw, cols["text"]),
        record_id=raw[cols["id"]] if "id" in cols else None,
        provider=_get(raw, cols["provider"]) if "provider" in cols else spec.provider,
        service=_get(raw, cols["service"]) if "service" in cols else spec.service,
        question=_get(raw, cols["question"]) if "question" in cols else spec.question,
        received_at=_parse_dates(dates, fmt=spec.date_format, dayfirst=spec.dayfirst),
        rating_raw=rating,
        rating_scaled=_scale(rating, lo, hi, spec.rating_higher_is_better),
        date_given=_given(dates),
        rating_given=_given(rating_given),
    )


FORMATS: dict[str, Callable[[pd.DataFrame, SourceSpec], IngestResult]] = {
    "nhs_fft": _nhs_fft,
    "qualtrics": _qualtrics,
    "google_reviews": _google,
    "yelp_reviews": _yelp,
    "mapped": _mapped,
}


def detect_format(columns: list[str]) -> str:
    """Guess a built-in format from a file's column names, or raise IngestError."""
    cols = set(columns)
    if "FFT answer" in cols or {"feedback", "organization"} <= cols:
        return "nhs_fft"
    if "starRating" in cols:
        return "google_reviews"
    if {"rating", "text", "time_created"} <= cols:
        return "yelp_reviews"
    if "ResponseId" in cols:
        return "qualtrics"
    raise IngestError(
        "format not recognised from the columns; add the file to data/sources.yaml "
        "with format: mapped and a columns: mapping (text, id, received_at, rating, ...)"
    )


def normalise(raw: pd.DataFrame, spec: SourceSpec | None, *, source_file: str,
              drop_empty: bool = True, record_offset: int = 0) -> IngestResult:
    """Normalise one file's raw records to canonical rows (+ quarantine rows).

    ``spec`` None means: detect the format from the columns. Rows with no text are quarantined
    with reason ``empty_text``; nothing is dropped silently.
    """
    spec = spec or SourceSpec(format=detect_format(list(raw.columns)))
    if spec.format in ("mapped", "qualtrics") and not spec.channel:
        # Record ids of generic exports ("1", "2", ...) are only unique within their source, so
        # an unnamed source is named after its file: two files' "1" stay two comments.
        stem = re.sub(r"[^a-z0-9]+", "_", source_file.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()).strip("_")
        spec = replace(spec, channel=stem or "survey")
    if spec.format not in FORMATS:
        raise IngestError(f"{source_file}: unknown format {spec.format!r}; known: {sorted(FORMATS)}")
    try:
        result = FORMATS[spec.format](raw, spec)
    except (KeyError, IngestError) as exc:
        raise IngestError(f"{source_file}: {exc}") from exc
    rows = result.rows
    rows.insert(3, "source_file", source_file)
    # Records the reader could not parse (ragged rows) are quarantined with the reader's reason.
    bad: dict[int, str] = raw.attrs.get("bad_records", {})
    reasons = rows["source_row"].map(bad).fillna("empty_text")
    broken = rows["source_row"].isin(list(bad))
    empty = (rows["text"].isna() | broken) & drop_empty
    quarantine = pd.DataFrame(
        {"source_row": rows.loc[empty, "source_row"],
         "comment_id": rows.loc[empty, "comment_id"].where(~broken[empty], None),
         "reason": reasons[empty]}
    )
    if record_offset:  # a later chunk of a streamed file: record numbers continue
        rows["source_row"] += record_offset
        quarantine["source_row"] += record_offset
    rows = rows.loc[~empty].reset_index(drop=True)
    assert list(rows.columns[: len(CANONICAL)]) == CANONICAL.names
    return IngestResult(rows=rows, quarantine=quarantine.reset_index(drop=True))


def spec_from_mapping(entry: dict[str, Any]) -> SourceSpec:
    """Build a :class:`SourceSpec` from one ``sources:`` entry of data/sources.yaml."""
    known = {f for f in SourceSpec.__dataclass_fields__}
    unknown = set(entry) - known - {"pattern"}
    if unknown:
        raise IngestError(f"sources file: unknown key(s) {sorted(unknown)} in entry {entry.get('pattern')!r}")
    kw = {k: v for k, v in entry.items() if k in known}
    if "rating_scale" in kw and kw["rating_scale"] is not None:
        kw["rating_scale"] = tuple(kw["rating_scale"])
    if "format" not in kw:
        raise IngestError(f"sources file: entry {entry.get('pattern')!r} needs a format")
    return SourceSpec(**kw)


