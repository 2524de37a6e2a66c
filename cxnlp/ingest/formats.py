"""Normalise raw survey and review records to the canonical schema.

Adapters take the raw records of one file as a DataFrame of strings (see :mod:`cxnlp.ingest.readers`)
and return canonical rows plus quarantine rows. They never see paths and never mutate their
input. Identity fields (reviewer names, user ids) are simply never selected.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np
import pandas as pd

from cxnlp.schema import CANONICAL

__all__ = [
    "DATE_DEFAULTS",
    "FORMATS",
    "EmptyFileError",
    "IngestError",
    "IngestResult",
    "SourceSpec",
    "detect_format",
    "normalise",
    "parse_dates",
]

SourceType = Literal["survey", "review"]


class IngestError(ValueError):
    """A file that cannot be read as any known format; the message names the file."""


class EmptyFileError(IngestError):
    """A readable export that holds no records (a header only): a warning, not a failure."""


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
    date_format: str | None = None  # strptime format of the date column, e.g. "%d/%m/%Y %H:%M"
    dayfirst: bool | None = None  # None: the format's default (DATE_DEFAULTS)


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


#: Day/month order of numeric dates ("05/02/2024") when a source sets neither ``dayfirst`` nor
#: ``date_format``: (day first?, certain?). NHS England writes UK dates; the review APIs write ISO
#: (US order for anything else). Qualtrics writes ISO itself, so a day/month date there came from
#: a spreadsheet in some locale: like a ``mapped`` file's, its order is a guess, and a value that
#: reads both ways is flagged ``ambiguous_date`` unless the column itself shows the order.
DATE_DEFAULTS: dict[str, tuple[bool, bool]] = {
    "nhs_fft": (True, True),
    "google_reviews": (False, True),
    "yelp_reviews": (False, True),
    "qualtrics": (True, False),
    "mapped": (True, False),
}

# ISO 8601 (extended or basic, optional time and offset): year first, never reinterpreted.
_ISO = (r"^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?"
        r"|\d{8}(?:T\d{4}(?:\d{2})?)?)(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?))?$")
_TIME = (r"(?:[ T,]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,6})\d*)?)?"
         r"\s*(?P<p>[AaPp]\.?[Mm]\.?)?)?\s*$")
_YMD = r"^(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})" + _TIME
_DMY = r"^(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})" + _TIME
_MONTH_NAME = r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
_FORMAT_ORDER = re.compile(r"^%(?P<first>[dm])[-/. ]%(?P<second>[dm])[-/. ]%[Yy]")


def _assemble(year: pd.Series, month: pd.Series, day: pd.Series, parts: pd.DataFrame) -> pd.Series:
    """Timestamps (UTC) from numeric components; an impossible date (31 June) gives NaT."""
    hour = pd.to_numeric(parts["H"], errors="coerce").fillna(0)
    pm = parts["p"].astype("string").str.lower().str.startswith("p").fillna(False).astype(bool)
    am = parts["p"].notna() & ~pm
    hour = hour.where(~(pm & (hour < 12)), hour + 12).where(~(am & (hour == 12)), 0)
    frac = parts["f"].astype("string").str.ljust(6, "0")
    comp = pd.DataFrame({
        "year": year, "month": month, "day": day, "hour": hour,
        "minute": pd.to_numeric(parts["M"], errors="coerce").fillna(0),
        "second": pd.to_numeric(parts["S"], errors="coerce").fillna(0),
        "microsecond": pd.to_numeric(frac, errors="coerce").fillna(0),
    }, index=parts.index).astype("float64")
    bad = (comp["hour"] > 23) | (comp["minute"] > 59) | (comp["second"] > 59)
    out = pd.to_datetime(comp.where(~bad), errors="coerce", utc=True)
    return out.dt.as_unit("us")


def parse_dates(values: pd.Series, *, dayfirst: bool = True, confirmed: bool = True,
                date_format: str | None = None) -> tuple[pd.Series, pd.Series]:
    """Parse a date column; returns (UTC timestamps, ``ambiguous`` flags), NaT where unparsed.

    - ISO 8601 values (``2024-05-02``, ``2024-05-02 09:18:41``, ``...T09:18:41Z``, ``+01:00``;
      also what Excel date cells and Parquet timestamps read as) and other year-first dates are
      never reinterpreted; values without an offset are UTC.
    - ``date_format`` (strptime) reads the values it fits; a numeric day/month format also sets
      the day/month order of the others.
    - Numeric day/month dates (``05/02/2024``, ``5.2.24 9:18 PM``) are read in the order
      ``dayfirst``; with ``confirmed`` False that order is a guess, and the column decides when
      it shows one order (a ``25/12/2024`` proves day first).
    - Dates with a month name (``3 May 2024``, ``May 3, 2024``) are read by dateutil.

    A row is flagged ambiguous when it keeps a date that may be wrong: a value that only the
    other order can read (kept in that order), and a value that reads both ways (05/02) when the
    column mixes the orders or the order is a guess the column does not settle.
    """
    s = values.astype("string").str.strip()
    s = s.mask(s == "")
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[us, UTC]")
    ambiguous = pd.Series(False, index=values.index)
    todo = s.notna().to_numpy(dtype=bool)
    if not todo.any():
        return out, ambiguous
    todo = pd.Series(todo, index=values.index)

    iso = todo & s.str.match(_ISO).fillna(False).astype(bool)
    if iso.any():
        out.loc[iso] = pd.to_datetime(s[iso], format="ISO8601", errors="coerce", utc=True).dt.as_unit("us")
    todo &= ~iso

    declared = pd.Series(False, index=values.index)
    if date_format:
        order = _FORMAT_ORDER.match(date_format)
        if order:
            dayfirst, confirmed = order["first"] == "d", True
        if todo.any():
            by_format = pd.to_datetime(s[todo], format=date_format, errors="coerce", utc=True).dt.as_unit("us")
            by_format = by_format[by_format.notna()]
            out.loc[by_format.index] = by_format
            declared.loc[by_format.index] = True
        todo &= ~declared
        if not order:
            declared[:] = False  # values read by a non-day/month format take no part below

    ymd = s[todo].str.extract(_YMD)
    ymd = ymd[ymd["y"].notna()]
    if len(ymd):
        out.loc[ymd.index] = _assemble(ymd["y"].astype(int), ymd["m"].astype(int), ymd["d"].astype(int), ymd)
        todo.loc[ymd.index] = False

    dmy = s[todo | declared].str.extract(_DMY)
    dmy = dmy[dmy["a"].notna()]
    if len(dmy):
        a, b = dmy["a"].astype(int), dmy["b"].astype(int)
        year = dmy["y"].astype(int)
        year = year.where(dmy["y"].str.len() == 4, year + np.where(year < 69, 2000, 1900))
        day_first = _assemble(year, b, a, dmy)
        month_first = _assemble(year, a, b, dmy)
        only_df = day_first.notna() & month_first.isna()
        only_mf = month_first.notna() & day_first.isna()
        both = day_first.notna() & month_first.notna() & (a != b)
        if not confirmed and only_df.any() != only_mf.any():
            dayfirst, confirmed = bool(only_df.any()), True  # the column shows its order
        chosen, other = (day_first, month_first) if dayfirst else (month_first, day_first)
        contradicts = only_mf if dayfirst else only_df
        parsed = chosen.fillna(other)
        mine = dmy.index[todo[dmy.index].to_numpy()]
        out.loc[mine] = parsed.loc[mine]
        ambiguous.loc[dmy.index] = contradicts | (both & (bool(contradicts.any()) or not confirmed))
        todo.loc[mine] = False

    named = todo & s.str.contains(_MONTH_NAME).fillna(False).astype(bool)
    if named.any():
        out.loc[named] = pd.to_datetime(s[named], format="mixed", dayfirst=dayfirst, errors="coerce",
                                    utc=True).dt.as_unit("us")
    return out, ambiguous & out.notna()


def _dates(values: pd.Series, spec: SourceSpec, fmt: str) -> tuple[pd.Series, pd.Series]:
    """:func:`parse_dates` with the source's rule (``dayfirst``/``date_format``) or the format's default."""
    dayfirst, certain = DATE_DEFAULTS[fmt]
    if spec.dayfirst is not None:
        dayfirst, certain = spec.dayfirst, True
    return parse_dates(values, dayfirst=dayfirst, confirmed=certain, date_format=spec.date_format)


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
    date_ambiguous: pd.Series | None = None,
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
    ambiguous = (date_ambiguous if date_ambiguous is not None else pd.Series(False, index=raw.index)).to_numpy(bool)
    warnings = np.where(date_given & received_at.isna(), "unparsed_date", np.where(ambiguous, "ambiguous_date", ""))
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
        received_at, ambiguous = _dates(dates, spec, "nhs_fft")
        return _frame(
            raw,
            channel=spec.channel or "nhs_fft",
            source_type="survey",
            text=raw["FFT answer"],
            record_id=raw.get("Comment ID"),
            provider=raw.get("Trust", spec.provider),
            service=raw.get("Service type 1", spec.service),
            question=raw.get("FFT question", spec.question),
            received_at=received_at,
            date_ambiguous=ambiguous,
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
        received_at=parse_dates(none)[0],
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
    received_at, ambiguous = _dates(dates, spec, "google_reviews")
    return _frame(
        raw,
        channel=spec.channel or "google",
        source_type="review",
        text=raw.get("comment", _get(raw, None)),
        record_id=raw.get("reviewId", raw.get("name")),
        provider=raw.get("locationName", spec.provider),
        service=spec.service,
        question=spec.question,
        received_at=received_at,
        date_ambiguous=ambiguous,
        rating_raw=stars,
        rating_scaled=_scale(stars, 1, 5, higher_is_better=True),
        date_given=_given(dates),
        rating_given=_given(stars_given),
    )


def _yelp(raw: pd.DataFrame, spec: SourceSpec) -> IngestResult:
    rating = _num(raw["rating"])
    dates = raw.get("time_created", _get(raw, None))
    received_at, ambiguous = _dates(dates, spec, "yelp_reviews")
    return _frame(
        raw,
        channel=spec.channel or "yelp",
        source_type="review",
        text=raw.get("text", _get(raw, None)),
        record_id=raw.get("id"),
        provider=raw.get("business_name", spec.provider),
        service=spec.service,
        question=spec.question,
        received_at=received_at,
        date_ambiguous=ambiguous,
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
    import_ids: dict[str, str] | None = None
    if len(raw) >= 2 and raw.iloc[1].astype(str).str.contains("ImportId", regex=False).any():
        question_text = {c: str(v) for c, v in raw.iloc[0].items()}
        import_ids = {c: _import_id(v) for c, v in raw.iloc[1].items()}
        body = raw.iloc[2:]
    cols = dict(spec.columns)
    text_col = _text_column(body, cols["text"]) if "text" in cols else _free_text_column(body, import_ids)
    rating_col = cols.get("rating")
    rating_given = _get(body, rating_col)
    rating = _num(rating_given)
    lo, hi = spec.rating_scale or (0, 10)
    dates = _get(body, cols.get("received_at", "RecordedDate" if "RecordedDate" in body.columns else None))
    received_at, ambiguous = _dates(dates, spec, "qualtrics")
    result = _frame(
        body,
        channel=spec.channel or "qualtrics",
        source_type=spec.source_type or "survey",
        text=_get(body, text_col),
        record_id=_get(body, cols.get("id", "ResponseId" if "ResponseId" in body.columns else None)),
        provider=body[cols["provider"]] if "provider" in cols else spec.provider,
        service=body[cols["service"]] if "service" in cols else spec.service,
        question=spec.question or question_text.get(text_col) or text_col,
        received_at=received_at,
        date_ambiguous=ambiguous,
        rating_raw=rating,
        rating_scaled=_scale(rating, lo, hi, spec.rating_higher_is_better),
        date_given=_given(dates),
        rating_given=_given(rating_given),
    )
    # Keep record numbers meaning "response N" even though two header rows were dropped.
    return result


def _import_id(header: Any) -> str:
    """The ImportId of a Qualtrics third header row cell (``{"ImportId":"QID2_TEXT"}``)."""
    try:
        value = json.loads(str(header))
    except ValueError:
        return str(header)
    return str(value.get("ImportId", "")) if isinstance(value, dict) else str(header)


def _numeric(values: pd.Series) -> bool:
    """True when every non-empty value is a number (a rating or a code, not comment text)."""
    given = values.astype("string").str.strip()
    given = given[given.notna() & (given != "")]
    return bool(len(given)) and bool(pd.to_numeric(given, errors="coerce").notna().all())


def _text_column(raw: pd.DataFrame, name: str) -> str:
    """A configured text column: it must exist and hold text, not numbers."""
    _get(raw, name)
    if _numeric(raw[name]):
        raise IngestError(f"column {name!r} holds only numbers (a rating or a code?), not comment text; "
                          f"columns are {list(raw.columns)[:30]}")
    return name


def _free_text_column(body: pd.DataFrame, import_ids: dict[str, str] | None) -> str:
    """The Qualtrics column with the longest answers among the free-text ones: those Qualtrics
    marks as text entry (an ImportId ending ``_TEXT``) or, without that header row, the columns
    that are not metadata and not numbers. A survey without one is an error, never its scores."""
    if import_ids is not None:
        candidates = [c for c in body.columns if c not in _QUALTRICS_META and import_ids.get(c, "").endswith("_TEXT")]
    else:
        candidates = [c for c in body.columns if c not in _QUALTRICS_META]
    candidates = [c for c in candidates if not _numeric(body[c])]
    if not candidates:
        raise IngestError(
            f"no free-text column found (columns: {list(body.columns)[:30]}); name the comment column "
            "with columns: {text: ...} in the file's sources entry")
    lengths = {c: body[c].astype("string").str.len().mean() for c in candidates}
    return max(candidates, key=lambda c: -1.0 if pd.isna(lengths[c]) else float(lengths[c]))


def _mapped(raw: pd.DataFrame, spec: SourceSpec) -> IngestResult:
    cols = spec.columns
    if "text" not in cols:
        raise IngestError("a 'mapped' source needs columns: {text: ...} in its sources entry")
    rating_given = _get(raw, cols.get("rating"))
    rating = _num(rating_given)
    lo, hi = spec.rating_scale or (1, 5)
    dates = _get(raw, cols.get("received_at"))
    received_at, ambiguous = _dates(dates, spec, "mapped")
    return _frame(
        raw,
        channel=spec.channel or "survey",
        source_type=spec.source_type or "survey",
        text=raw[_text_column(raw, cols["text"])],
        record_id=raw[cols["id"]] if "id" in cols else None,
        provider=_get(raw, cols["provider"]) if "provider" in cols else spec.provider,
        service=_get(raw, cols["service"]) if "service" in cols else spec.service,
        question=_get(raw, cols["question"]) if "question" in cols else spec.question,
        received_at=received_at,
        date_ambiguous=ambiguous,
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
        f"format not recognised from the columns {sorted(cols)[:30]}; describe the file in a sources file "
        "(your own with `--sources my_sources.yaml`, or the project's data/sources.yaml): an entry with "
        "its pattern, format: mapped and columns: {text: ..., id: ..., received_at: ..., rating: ...}"
    )


def normalise(raw: pd.DataFrame, spec: SourceSpec | None, *, source_file: str,
              drop_empty: bool = True, record_offset: int = 0) -> IngestResult:
    """Normalise one file's raw records to canonical rows (+ quarantine rows).

    ``spec`` None means: detect the format from the columns. Rows with no text are quarantined
    with reason ``empty_text``; nothing is dropped silently. A file with no records gives no rows,
    once its columns are checked against the format (a JSON file with none has no columns to check).
    """
    if raw.empty and not len(raw.columns):
        return IngestResult(rows=pd.DataFrame(columns=[*CANONICAL.names, "ingest_warning"]),
                            quarantine=_empty_quarantine())
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


