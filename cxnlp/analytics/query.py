"""SQL over the tagged output with DuckDB: ready views for analysts.

Views: ``comments``, ``sentences``, ``pillar_mentions`` (one row per comment x pillar, with that
pillar's sentiment and its evidence sentence), ``pitfall_mentions`` (with evidence), ``alerts``, ``quarantine`` and ``runs``.
"""
from __future__ import annotations

import duckdb
import pandas as pd

from cxnlp.ingest.readers import parquet_files
from cxnlp.paths import PathLike, is_local, location

__all__ = ["VIEWS", "connect", "describe", "run_query"]

VIEWS = ("comments", "sentences", "pillar_mentions", "pitfall_mentions", "alerts", "quarantine", "runs")

_EMPTY = {
    "comments": "select null::varchar as comment_id, null::varchar as source_type, null::varchar as channel, "
                "null::varchar as provider, null::varchar as service, null::timestamptz as received_at, "
                "null::varchar as received_month, null::double as rating_scaled, null::varchar as text, "
                "null::varchar as sentiment, null::double as sentiment_score, null::varchar[] as pillars, "
                "null::varchar[] as pitfalls, null::map(varchar, varchar) as evidence, "
                "null::boolean as urgent, null::varchar as urgent_reason, "
                "null::float as urgent_score, "
                "null::varchar as model_version, null::varchar as run_id where false",
    "sentences": "select null::varchar as comment_id, null::integer as sentence_index, null::varchar as text, "
                 "null::varchar as sentiment, null::varchar[] as pillars, null::varchar as run_id where false",
    "alerts": "select null::varchar as comment_id, null::varchar as provider, null::varchar as service, "
              "null::timestamptz as received_at, null::varchar as urgent_reason, null::float as urgent_score, "
              "null::varchar as text, "
              "null::varchar as run_id where false",
    "quarantine": "select null::varchar as source_file, null::bigint as source_row, null::varchar as comment_id, "
                  "null::varchar as reason, null::varchar as run_id where false",
    "runs": "select null::varchar as run_id, null::varchar as model_version, null::timestamptz as finished_at, "
            "null::bigint as rows_read, null::bigint as tagged, null::bigint as quarantined where false",
}


def connect(output_dir: PathLike) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the views over ``output_dir`` (data/tagged).

    ``output_dir`` may be an fsspec URL (``s3://...``): DuckDB reads it through fsspec.
    """
    output_dir = location(output_dir)
    con = duckdb.connect()
    if not is_local(output_dir):
        con.register_filesystem(output_dir.fs)
    for name in ("comments", "sentences", "alerts", "quarantine", "runs"):
        files = [str(p) for p in parquet_files(output_dir / name)]
        if files:
            hive = "true" if name in ("comments", "sentences") else "false"
            listing = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
            con.execute(f"create view _raw_{name} as select * from read_parquet([{listing}], "
                        f"hive_partitioning={hive}, union_by_name=true)")
        else:
            con.execute(f"create view _raw_{name} as {_EMPTY[name]}")
    for name in ("comments", "quarantine", "runs"):
        con.execute(f"create view {name} as select * from _raw_{name}")
    # Only sentences and alerts of comments that made it into the output, from the run that
    # wrote them (a run killed before its comments were written leaves some that a rerun redoes).
    for name in ("sentences", "alerts"):
        con.execute(f"create view {name} as select s.* from _raw_{name} s "
                    "semi join comments c on s.comment_id = c.comment_id and s.run_id = c.run_id")
    cols = {r[0] for r in con.execute("describe comments").fetchall()}
    # A pillar's own sentiment comes from sentence-level analysis when the model produced it.
    pillar_sent = ("coalesce(c.pillar_sentiment[p.pillar], c.sentiment)" if "pillar_sentiment" in cols
                   else "c.sentiment")
    # The sentence that supports each label most (outputs written before it have none).
    has_evidence = "evidence" in cols
    pillar_ev = "c.evidence[p.pillar]" if has_evidence else "null::varchar"
    pitfall_ev = "c.evidence[f.pitfall]" if has_evidence else "null::varchar"
    common = ("c.comment_id, c.source_type, c.channel, c.provider, c.service, c.received_at, c.received_month, "
              "c.rating_scaled, c.sentiment as comment_sentiment, c.model_version")
    con.execute(f"""
        create view pillar_mentions as
        select {common}, p.pillar, {pillar_sent} as sentiment,
               case {pillar_sent} when 'positive' then 1 when 'negative' then -1 else 0 end as polarity,
               {pillar_ev} as evidence
        from comments c, unnest(c.pillars) as p(pillar)""")
    con.execute(f"""
        create view pitfall_mentions as
        select {common}, f.pitfall, {pitfall_ev} as evidence
        from comments c, unnest(c.pitfalls) as f(pitfall)""")
    return con


def run_query(output_dir: PathLike, sql: str) -> pd.DataFrame:
    """Run ``sql`` against the views and return the result."""
    con = connect(output_dir)
    try:
        return con.execute(sql).df()
    finally:
        con.close()


def describe(output_dir: PathLike) -> dict[str, list[tuple[str, str]]]:
    """Each view's columns and types."""
    con = connect(output_dir)
    try:
        return {v: [(r[0], r[1]) for r in con.execute(f"describe {v}").fetchall()] for v in VIEWS}
    finally:
        con.close()
