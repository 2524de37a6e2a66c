"""The web app's view of the tagged output: comments and sentences held in an in-memory DuckDB
database, a full-text index, and every query the pages make (parameterised, never spliced).

A :class:`Snapshot` is loaded once from the output folder (local or an object store, read through
the same views as ``cxnlp query``) and swapped for a new one when a run adds files
(:class:`Store`). Comments are numbered ``rid`` newest first; pillars and pitfalls are also held
as bit masks, so a chart is one pass over integers rather than over lists. Search goes through a
SQLite FTS5 index (Python's own sqlite3; DuckDB's ``fts`` extension is a download, which this
project's machines cannot make) over text, provider and service, built when the snapshot loads.
"""
from __future__ import annotations

import logging
import re
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from cxnlp.analytics.filters import FilterError, iso_date
from cxnlp.ingest.readers import parquet_files, read_dataset
from cxnlp.paths import PathLike, location
from cxnlp.schema import prob_column
from cxnlp.taxonomy import PILLARS, PITFALLS, SENTIMENTS

__all__ = ["PAGE_SIZE", "SORTS", "Filters", "Snapshot", "Store", "fts_query"]

log = logging.getLogger(__name__)

PAGE_SIZE = 25
SORTS = ("date", "score", "rating", "urgency", "relevance")
_MAX_VALUES = 50  # values per filter
_MAX_TEXT = 200  # characters per filter value or search


@dataclass(frozen=True)
class Filters:
    """What the pages show: comments received in a date range (whole days, UTC; a date filter
    leaves undated comments out, as in ``cxnlp report``), with any of the values given for each
    of the other filters (several values of one filter: either; different filters: all), and
    matching the search ``q`` (every word, or a "quoted phrase"; the last word also as a prefix)."""

    since: date | None = None
    until: date | None = None
    provider: tuple[str, ...] = ()
    service: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    sentiment: tuple[str, ...] = ()
    pillar: tuple[str, ...] = ()
    pitfall: tuple[str, ...] = ()
    model: tuple[str, ...] = ()
    q: str = ""

    LISTS = ("provider", "service", "source", "sentiment", "pillar", "pitfall", "model")

    @classmethod
    def from_params(cls, params: Any) -> Filters:
        """From a query string (Starlette's QueryParams or a mapping of lists); empty values are
        ignored, bad ones raise :class:`~cxnlp.analytics.filters.FilterError`."""
        def values(name: str) -> list[str]:
            got = params.getlist(name) if hasattr(params, "getlist") else list(params.get(name, []) or [])
            out = [str(v).strip() for v in got if str(v).strip()]
            if len(out) > _MAX_VALUES or any(len(v) > _MAX_TEXT for v in out):
                raise FilterError(f"{name}: too many or too long values")
            return list(dict.fromkeys(out))

        allowed = {"source": ("survey", "review"), "sentiment": SENTIMENTS, "pillar": PILLARS, "pitfall": PITFALLS}
        lists: dict[str, tuple[str, ...]] = {}
        for name in cls.LISTS:
            vals = values(name)
            bad = [v for v in vals if name in allowed and v not in allowed[name]]
            if bad:
                raise FilterError(f"{name}: {bad[0]!r} is not one of {', '.join(allowed[name])}")
            lists[name] = tuple(vals)
        since, until = values("since"), values("until")
        q = " ".join(values("q"))
        if len(q) > _MAX_TEXT:
            raise FilterError(f"search: at most {_MAX_TEXT} characters")
        return cls(since=iso_date(since[0], "since") if since else None,
                   until=iso_date(until[0], "until") if until else None, q=q, **lists)

    def params(self, **override: Any) -> list[tuple[str, str]]:
        """The filters as query-string pairs (for links), with ``override`` replacing fields."""
        out: list[tuple[str, str]] = []
        for f in fields(self):
            value = override.get(f.name, getattr(self, f.name))
            if isinstance(value, (tuple, list)):
                out.extend((f.name, str(v)) for v in value)
            elif value:
                out.append((f.name, value.isoformat() if isinstance(value, date) else str(value)))
        return out

    @property
    def active(self) -> bool:
        return any(self.params())

    def where(self) -> tuple[str, list[Any]]:
        """SQL condition over table ``c`` and its parameters (search excluded: see Snapshot)."""
        parts: list[str] = ["true"]
        args: list[Any] = []
        if self.since:
            parts.append("received_at >= ?")
            args.append(datetime(self.since.year, self.since.month, self.since.day, tzinfo=UTC))
        if self.until:
            parts.append("received_at < ?")
            end = self.until + timedelta(days=1)
            args.append(datetime(end.year, end.month, end.day, tzinfo=UTC))
        for name, column in (("provider", "provider"), ("service", "service"), ("source", "source_type"),
                             ("sentiment", "sentiment"), ("model", "model_version")):
            vals = getattr(self, name)
            if vals:
                parts.append(f"{column} in ({', '.join('?' * len(vals))})")
                args.extend(vals)
        for name, column, labels in (("pillar", "pmask", PILLARS), ("pitfall", "fmask", PITFALLS)):
            vals = getattr(self, name)
            if vals:
                parts.append(f"({column} & ?) != 0")
                args.append(sum(1 << labels.index(v) for v in vals))
        return " and ".join(parts), args


_TOKEN = re.compile(r'"([^"]*)"|(\w+)', re.UNICODE)


def fts_query(q: str) -> str | None:
    """The FTS5 query for a search box's text: every word (and every "quoted phrase") must occur;
    the last word, while being typed (the text ends in it; 3+ letters), also as a prefix. Only word
    characters reach FTS5, each inside double quotes, so no input can change the query's syntax."""
    parts: list[str] = []
    last_bare = False
    for phrase, word in _TOKEN.findall(q or ""):
        tokens = re.findall(r"\w+", phrase) if phrase else [word] if word else []
        if tokens:
            parts.append('"' + " ".join(tokens) + '"')
            last_bare = bool(word)
    if not parts:
        return None
    if last_bare and re.search(r"\w$", q) and len(parts[-1]) >= 5:
        parts[-1] += "*"
    return " AND ".join(parts)


def _mask_sql(column: str, labels: Sequence[str]) -> str:
    terms = " + ".join(f"(coalesce(list_contains({column}, '{label}'), false))::integer * {1 << i}"
                       for i, label in enumerate(labels))
    return f"({terms})"


class Snapshot:
    """The tagged comments of one moment, in memory, with the full-text index."""

    def __init__(self, output_dir: PathLike, signature: Any = None):
        from cxnlp.analytics.query import connect

        started = time.perf_counter()
        self.signature = signature
        self.output_dir = location(output_dir)
        self.con = connect(self.output_dir)
        self.con.execute("set enable_progress_bar = false")
        self._lock = threading.Lock()
        self._hits: OrderedDict[tuple[str, bool], tuple[np.ndarray, np.ndarray | None]] = OrderedDict()
        cols = {r[0] for r in self.con.execute("describe comments").fetchall()}

        def col(name: str, default: str) -> str:
            return name if name in cols else f"{default} as {name}"

        probs = [col(prob_column(label), "null::float") for label in PILLARS + PITFALLS]
        level = "urgent_level" if "urgent_level" in cols else "case when urgent then 'urgent' end as urgent_level"
        keep = "status = 'tagged'" if "status" in cols else "true"
        order = "processed_at desc" if "processed_at" in cols else "run_id desc"
        self.con.execute(f"""
            create table c as
            select row_number() over (order by received_at desc nulls last, comment_id) - 1 as rid,
                   dense_rank() over (order by source_type, provider, service, model_version) as dim, *
            from (
              select comment_id, source_type, channel, provider, service, received_at,
                     strftime(received_at, '%Y-%m') as month, rating_scaled, text, sentiment, sentiment_score,
                     pillars, pitfalls, {col('pillar_sentiment', 'null::map(varchar, varchar)')},
                     {col('evidence', 'null::map(varchar, varchar)')}, urgent, {level}, urgent_reason, {col('urgent_score', 'null::float')},
                     {col('urgent_source', 'null::varchar')}, {col('urgent_evidence', 'null::varchar')},
                     model_version, run_id, {col('source_file', 'null::varchar')}, {', '.join(probs)},
                     {_mask_sql('pillars', PILLARS)} as pmask, {_mask_sql('pitfalls', PITFALLS)} as fmask,
                     case sentiment when 'positive' then 1 when 'negative' then -1 else 0 end as pol
              from comments where {keep}
              qualify row_number() over (partition by comment_id order by {order}) = 1)
            order by rid""")
        self.con.execute("""
            create table s as
            select c.rid, s.sentence_index, s.text, s.sentiment, s.pillars
            from sentences s join c on s.comment_id = c.comment_id and s.run_id = c.run_id
            order by c.rid, s.sentence_index""")
        self.dims = self.con.execute("select distinct dim, source_type, provider, service, model_version from c "
                                     "order by dim").df().set_index("dim")
        self.n_rows = int(self.con.execute("select count(*) from c").fetchall()[0][0])
        self.choices = self._choices()
        loaded = time.perf_counter()
        self._fts_uri = f"file:cxnlp-fts-{uuid.uuid4().hex}?mode=memory&cache=shared"
        self._fts_keeper = sqlite3.connect(self._fts_uri, uri=True, check_same_thread=False)
        self._build_fts()
        self._local = threading.local()
        self.load_seconds = round(loaded - started, 2)
        self.index_seconds = round(time.perf_counter() - loaded, 2)
        log.info("app data loaded: %d comments in %.1fs, search index in %.1fs", self.n_rows, self.load_seconds,
                 self.index_seconds)

    # --- setup ---
    def _choices(self) -> dict[str, Any]:
        def top(column: str, limit: int = 500) -> list[tuple[str, int]]:
            rows = self.con.execute(f"select {column}, count(*) from c where {column} is not null group by 1 "
                                    "order by 2 desc, 1 limit ?", [limit]).fetchall()
            return [(str(v), int(n)) for v, n in rows]

        span = self.con.execute("select min(received_at), max(received_at), count(*) - count(received_at) from c"
                                ).fetchall()[0]
        return {"provider": top("provider"), "service": top("service"), "model": top("model_version"),
                "source": top("source_type"), "dates": (span[0], span[1]), "undated": int(span[2])}

    def _build_fts(self) -> None:
        db = self._fts_keeper
        db.execute("create virtual table f using fts5(text, provider, service, content='', "
                   "tokenize='porter unicode61 remove_diacritics 2')")
        reader = self.con.sql("select rid, text, provider, service from c").to_arrow_reader(50_000)
        for batch in reader:
            cols = [batch.column(i).to_pylist() for i in range(4)]
            db.executemany("insert into f(rowid, text, provider, service) values (?, ?, ?, ?)", zip(*cols))
        db.execute("insert into f(f) values ('optimize')")
        db.commit()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A DuckDB cursor for one request (cursors are per thread; the connection is not)."""
        with self._lock:
            return self.con.cursor()

    def _fts(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self._fts_uri, uri=True, check_same_thread=False)
            self._local.db = db
        return db

    # --- search ---
    def search(self, q: str, *, ranked: bool = False) -> tuple[np.ndarray, np.ndarray | None] | None:
        """Row ids matching ``q`` (and their BM25 rank, lower is better, if ``ranked``); None when
        ``q`` holds no word. The last 32 answers are kept (paging through them costs nothing)."""
        query = fts_query(q)
        if query is None:
            return None
        key = (query, ranked)
        with self._lock:
            if key in self._hits:
                self._hits.move_to_end(key)
                return self._hits[key]
        db = self._fts()
        if ranked:
            rows = db.execute("select rowid, bm25(f, 1.0, 0.5, 0.5) from f where f match ?", (query,)).fetchall()
            rids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            rank: np.ndarray | None = np.fromiter((r[1] for r in rows), dtype=np.float64, count=len(rows))
        else:
            cur = db.execute("select rowid from f where f match ?", (query,))
            rids = np.fromiter((r[0] for r in cur), dtype=np.int64)
            rank = None
        with self._lock:
            self._hits[key] = (rids, rank)
            while len(self._hits) > 32:
                self._hits.popitem(last=False)
        return rids, rank

    def _scope(self, cur: duckdb.DuckDBPyConnection, filters: Filters, *, ranked: bool = False
               ) -> tuple[str, str, list[Any]]:
        """(from clause, where clause, parameters) for ``filters``, the search joined in."""
        where, args = filters.where()
        hits = self.search(filters.q, ranked=ranked) if filters.q else None
        if hits is None:
            return "c", where, args
        rids, rank = hits
        table = pa.table({"hit": rids, "hit_rank": rank if rank is not None else np.zeros(len(rids))})
        cur.register("hits", table)
        return "c join hits on c.rid = hits.hit", where, args

    # --- pages ---
    def comments(self, filters: Filters, *, sort: str = "date", descending: bool = True, page: int = 1,
                 page_size: int = PAGE_SIZE) -> tuple[pd.DataFrame, int]:
        """One page of the comments that match (and how many match in all)."""
        if sort not in SORTS:
            raise FilterError(f"sort: one of {', '.join(SORTS)}")
        if sort == "relevance" and not filters.q:
            sort = "date"
        direction = "desc" if descending else "asc"
        order = {
            "date": "rid" if descending else "received_at asc nulls last, rid desc",
            "score": f"sentiment_score {direction} nulls last, rid",
            "rating": f"rating_scaled {direction} nulls last, rid",
            "urgency": f"urgent_score {direction} nulls last, rid",
            "relevance": "hit_rank asc, rid" if descending else "hit_rank desc, rid",
        }[sort]
        cur = self.cursor()
        try:
            source, where, args = self._scope(cur, filters, ranked=sort == "relevance")
            total = int(cur.execute(f"select count(*) from {source} where {where}", args).fetchall()[0][0])
            page = max(1, min(page, max(1, -(-total // page_size))))
            frame = cur.execute(f"select c.* exclude (pmask, fmask, pol, dim) from {source} where {where} "
                                f"order by {order} limit ? offset ?", [*args, page_size, (page - 1) * page_size]).df()
        finally:
            cur.close()
        return frame, total

    def comment(self, comment_id: str) -> dict[str, Any] | None:
        """One comment's row, or None."""
        cur = self.cursor()
        try:
            frame = cur.execute("select * exclude (pmask, fmask, pol, dim) from c where comment_id = ?", [comment_id]).df()
        finally:
            cur.close()
        return None if frame.empty else frame.iloc[0].to_dict()

    def sentences(self, rids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        """The sentences of these comments: rid -> [{sentence_index, text, sentiment, pillars}]."""
        if not len(rids):
            return {}
        cur = self.cursor()
        try:
            rows = cur.execute(f"select rid, sentence_index, text, sentiment, pillars from s where rid in "
                               f"({', '.join('?' * len(rids))}) order by rid, sentence_index",
                               [int(r) for r in rids]).fetchall()
        finally:
            cur.close()
        out: dict[int, list[dict[str, Any]]] = {}
        for rid, idx, text, sentiment, pillars in rows:
            out.setdefault(int(rid), []).append({"index": idx, "text": text, "sentiment": sentiment,
                                                 "pillars": list(pillars or [])})
        return out

    def overview(self, filters: Filters) -> dict[str, Any]:
        """The aggregates behind the overview's charts (the report's, for these filters).

        Three passes over small integers: label bit masks by sentiment and rating (every pillar
        figure and the key-driver regression's sums come from their at most 64 x 4 x 2 groups),
        the source/provider/service/model combination, and pitfall masks by month."""
        cur = self.cursor()
        try:
            source, where, args = self._scope(cur, filters)
            labels = cur.execute(
                f"select pmask, sentiment in ('negative', 'mixed') as negmix, pol, count(*) as n, "
                f"count(rating_scaled) as rated, coalesce(sum(rating_scaled), 0) as sum_y, "
                f"count(received_at) as dated, min(received_at) as first, max(received_at) as last "
                f"from {source} where {where} group by all", args).df()
            dims = cur.execute(f"select dim, count(*) as n, count(*) filter (where sentiment = 'negative') as neg "
                               f"from {source} where {where} group by all", args).df()
            months = cur.execute(f"select month, fmask, count(*) as n from {source} where {where} "
                                 "and month is not null group by all order by month", args).df()
        finally:
            cur.close()
        return _overview(labels, dims.join(self.dims, on="dim"), months)

    def export(self, filters: Filters, columns: Sequence[str]) -> Iterator[pa.RecordBatch]:
        """Every matching comment (newest first), ``columns`` only, in batches."""
        cur = self.cursor()
        try:
            source, where, args = self._scope(cur, filters)
            reader = cur.sql(f"select {', '.join('c.' + c for c in columns)} from {source} where {where} "
                             "order by rid", params=args).to_arrow_reader(20_000)
            yield from reader
        finally:
            cur.close()


def _bits(masks: np.ndarray, n: int) -> np.ndarray:
    """(rows, n) 0/1 matrix of the low ``n`` bits of each mask."""
    return ((masks.astype(np.int64)[:, None] >> np.arange(n)) & 1).astype(float)


def _overview(labels: pd.DataFrame, dims: pd.DataFrame, months: pd.DataFrame) -> dict[str, Any]:
    """The overview's figures from the grouped counts that :meth:`Snapshot.overview` reads."""
    n_each = labels["n"].to_numpy(dtype=float)
    has = _bits(labels["pmask"].to_numpy(), len(PILLARS)) if len(labels) else np.zeros((0, len(PILLARS)))
    mentions = n_each @ has
    pol_sum = (n_each * labels["pol"].to_numpy(dtype=float)) @ has
    pillars = [(p, int(mentions[i]), float(pol_sum[i] / mentions[i]) if mentions[i] else 0.0)
               for i, p in enumerate(PILLARS)]
    # Key drivers: X = "negative or mixed and mentions the pillar", over rated comments.
    x = has * labels["negmix"].to_numpy(dtype=float)[:, None]
    w = labels["rated"].to_numpy(dtype=float)
    a = np.column_stack([np.ones(len(labels)), x])
    ata = (a * w[:, None]).T @ a
    aty = a.T @ labels["sum_y"].to_numpy(dtype=float)
    drivers = _drivers(ata, aty)
    pit: dict[str, list[int]] = {}
    for month, part in months.groupby("month", sort=True):
        pit[str(month)] = [int(v) for v in part["n"].to_numpy(dtype=float) @ _bits(part["fmask"].to_numpy(),
                                                                                     len(PITFALLS))]
    by: dict[str, pd.DataFrame] = {}
    for name, column in (("source", "source_type"), ("provider", "provider"), ("service", "service")):
        g = dims.assign(key=dims[column].fillna("unknown")).groupby("key", as_index=False)[["n", "neg"]].sum()
        g["share_negative"] = g["neg"] / g["n"]
        by[name] = g.sort_values(["n", "key"], ascending=[False, True]).head(12).reset_index(drop=True)
    first, last = labels["first"].dropna(), labels["last"].dropna()
    return {
        "total": int(n_each.sum()), "dated": int(labels["dated"].sum()),
        "survey": int(dims.loc[dims["source_type"] == "survey", "n"].sum()),
        "review": int(dims.loc[dims["source_type"] == "review", "n"].sum()),
        "first": first.min() if len(first) else None, "last": last.max() if len(last) else None,
        "models": sorted(dims["model_version"].dropna().unique().tolist()), "rated": int(w.sum()),
        "pillars": pillars, "pitfall_months": list(pit.items()), "by": by, "drivers": drivers,
    }


def _drivers(ata: np.ndarray, aty: np.ndarray) -> pd.DataFrame:
    """:func:`cxnlp.analytics.report.key_drivers` from the normal equations (``ata`` = A'A, ``aty`` = A'y with
    A = [1, X] over rated comments): the same minimum-norm least-squares solution as the report's
    ``lstsq`` on the rows. Fewer than 30 rated comments: none; pillars with fewer than 5 negative
    mentions are left out, as in the report."""
    empty = pd.DataFrame(columns=["pillar", "effect_on_rating", "negative_mentions"])
    if ata[0, 0] < 30:
        return empty
    keep = [i for i in range(len(PILLARS)) if ata[i + 1, i + 1] >= 5]
    idx = [0] + [i + 1 for i in keep]
    coef = np.linalg.pinv(ata[np.ix_(idx, idx)]) @ aty[idx]
    out = pd.DataFrame({"pillar": [PILLARS[i] for i in keep], "effect_on_rating": coef[1:],
                        "negative_mentions": [int(ata[i + 1, i + 1]) for i in keep]})
    return out.sort_values("effect_on_rating").reset_index(drop=True)


def _signature(files: Sequence[Any]) -> tuple[Any, ...]:
    out = []
    for p in files:
        try:
            st = p.stat()
            out.append((str(p), getattr(st, "st_size", None), getattr(st, "st_mtime", None)))
        except (OSError, NotImplementedError):
            out.append((str(p), None, None))
    return tuple(out)


@dataclass
class _Cached:
    signature: Any = None
    frame: pd.DataFrame = field(default_factory=pd.DataFrame)


class Store:
    """The current :class:`Snapshot` of an output folder, reloaded in the background when a run
    adds or changes files; and the small tables read fresh (alerts, their log, corrections)."""

    def __init__(self, output_dir: PathLike, *, refresh_seconds: float = 60.0):
        self.output_dir = location(output_dir)
        self.refresh_seconds = refresh_seconds
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._alerts = _Cached()
        self._corrections = _Cached()
        self._queue: tuple[Any, float, pd.DataFrame] | None = None

    def _data_signature(self) -> tuple[Any, ...]:
        return (_signature(parquet_files(self.output_dir / "comments"))
                + _signature(parquet_files(self.output_dir / "sentences")))

    def load(self) -> Snapshot:
        """Load (or reload) the snapshot now."""
        sig = self._data_signature()
        snap = Snapshot(self.output_dir, signature=sig)
        with self._lock:
            self._snapshot = snap
        return snap

    @property
    def snapshot(self) -> Snapshot:
        snap = self._snapshot
        return snap if snap is not None else self.load()

    def refresh(self) -> bool:
        """Reload if the output's files changed since the snapshot; True if it did."""
        sig = self._data_signature()
        if self._snapshot is not None and sig == self._snapshot.signature:
            return False
        log.info("output changed: reloading")
        self.load()
        return True

    def start(self) -> None:
        """Check for new output every ``refresh_seconds`` in a background thread."""
        if self.refresh_seconds <= 0 or self._thread is not None:
            return

        def loop() -> None:
            while not self._stop.wait(self.refresh_seconds):
                try:
                    self.refresh()
                except Exception:  # keep serving the old snapshot
                    log.exception("reloading the output failed; still serving the previous snapshot")

        self._thread = threading.Thread(target=loop, name="cxnlp-app-refresh", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _cached(self, cache: _Cached, folder: str, read: Any) -> pd.DataFrame:
        sig = _signature(parquet_files(self.output_dir / folder))
        if sig != cache.signature:
            cache.frame, cache.signature = read(), sig
        return cache.frame

    def alerts(self) -> pd.DataFrame:
        """The output's alerts table (as ``cxnlp alerts`` reads it)."""
        return self._cached(self._alerts, "alerts", lambda: read_dataset(self.output_dir / "alerts"))

    def alert_queue(self) -> pd.DataFrame:
        """Each alerted comment's state (:func:`cxnlp.analytics.alert_queue.alert_states`) in reading order
        (:func:`~cxnlp.analytics.alert_queue.sort_for_reading`); worked out again when the alerts or their
        log change, or after a minute (ages move on)."""
        from cxnlp.analytics.alert_queue import alert_states, read_events, sort_for_reading

        alerts = self.alerts()
        sig = (self._alerts.signature, _signature(parquet_files(self.output_dir / "alert_log")))
        cached = self._queue
        if cached is None or cached[0] != sig or time.monotonic() - cached[1] > 60:
            states = alert_states(alerts, read_events(self.output_dir)) if len(alerts) else alerts
            cached = (sig, time.monotonic(), sort_for_reading(states) if len(states) else states)
            self._queue = cached
        return cached[2]

    def corrections(self) -> pd.DataFrame:
        """Every correction, oldest first."""
        from cxnlp.app.corrections import read_corrections

        return self._cached(self._corrections, "corrections", lambda: read_corrections(self.output_dir))
