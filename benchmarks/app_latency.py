"""Time to first byte of the web app's pages over a million tagged comments (issue 23).

1. The output: the bundled data's tagged output (``--from DIR``, or a fresh ``cxnlp run`` into a
   temporary folder), replicated to ``--n`` comments with new ids (``<id>~<copy>``): each copy
   shifts dated comments back by ``copy % 365`` days and spreads providers over ten sites
   (``<provider> site <copy % 10>``, copy 0 keeps the name); sentences and alerts are copied with
   their comments. Texts and labels are the model's own output, repeated: searches match many
   more comments per word than real text would, which is the harder case.
2. ``cxnlp app`` on 127.0.0.1 (one local user, as a person runs it), as a subprocess; the time
   until ``/healthz`` answers is the start-up (loading the comments and building the search index).
3. ``--requests`` requests per page, one at a time, after 3 warm-up requests each: the overview
   with rotating filters, a comments page with two or three filters and a page number, and a
   search for a different word each time (drawn across the frequency range of the data's own
   words, so no answer comes from the app's cache of recent searches). Time to first byte is
   from sending the request to reading the status line; p50 and p95 are over those requests.

    .venv/bin/python benchmarks/app_latency.py --n 1000000 [--from data/tagged] [--keep DIR]

Prints JSON. Everything goes to 127.0.0.1 and stops by itself.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]


def make_output(seed: Path, dst: Path, n: int) -> dict[str, int]:
    """``dst``: the tagged output in ``seed`` replicated to ``n`` comments with new ids."""
    import duckdb

    con = duckdb.connect()
    con.execute("set enable_progress_bar = false")
    con.execute(f"create table base as select row_number() over () - 1 as idx, * from read_parquet("
                f"'{seed}/comments/**/*.parquet', hive_partitioning=true, union_by_name=true) where status = 'tagged'")
    b = con.execute("select count(*) from base").fetchone()[0]
    copies = -(-n // b)
    con.execute(f"create table k as select range as k from range({copies})")
    shift = "to_days(cast(k.k % 365 as integer))"
    month = f"coalesce(strftime(base.received_at - {shift}, '%Y-%m'), 'unknown')"
    con.execute(f"""create table big as
        select base.* exclude (idx, comment_id, provider, received_at, received_month),
               base.comment_id || '~' || k.k as comment_id,
               case when k.k % 10 = 0 or base.provider is null then base.provider
                    else base.provider || ' site ' || (k.k % 10) end as provider,
               base.received_at - {shift} as received_at, {month} as received_month,
               base.comment_id as seed_id, k.k as copy
        from base cross join k where k.k * {b} + base.idx < {n}""")
    (dst / "comments").mkdir(parents=True, exist_ok=True)
    con.execute(f"copy (select * exclude (seed_id, copy) from big) to '{dst}/comments' "
                "(format parquet, partition_by (received_month), overwrite_or_ignore)")
    con.execute(f"""copy (
        select s.* exclude (comment_id, received_month), big.comment_id, big.received_month
        from read_parquet('{seed}/sentences/**/*.parquet', hive_partitioning=true) s
        join big on s.comment_id = big.seed_id and s.run_id = big.run_id)
        to '{dst}/sentences' (format parquet, partition_by (received_month), overwrite_or_ignore)""")
    (dst / "alerts").mkdir(parents=True, exist_ok=True)
    con.execute(f"""copy (
        select a.* exclude (comment_id, received_at), big.comment_id, big.received_at
        from read_parquet('{seed}/alerts/*.parquet', union_by_name=true) a
        join big on a.comment_id = big.seed_id and a.run_id = big.run_id)
        to '{dst}/alerts/alerts.parquet' (format parquet)""")
    shutil.copytree(seed / "runs", dst / "runs", dirs_exist_ok=True)
    counts = {t: con.execute(f"select count(*) from read_parquet('{dst}/{t}/**/*.parquet')").fetchone()[0]
              for t in ("comments", "sentences", "alerts")}
    return counts


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(port: int, path: str) -> tuple[int, float, float, int]:
    """(status, seconds to first byte, seconds in all, bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        t0 = time.perf_counter()
        conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
        resp = conn.getresponse()  # returns once the status line and headers are in
        ttfb = time.perf_counter() - t0
        body = resp.read()
        return resp.status, ttfb, time.perf_counter() - t0, len(body)
    finally:
        conn.close()


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def _search_words(seed: Path, k: int) -> list[str]:
    """``k`` distinct words of the data's texts, evenly spread over the 500 most frequent."""
    import duckdb

    texts = duckdb.sql(f"select text from read_parquet('{seed}/comments/**/*.parquet', hive_partitioning=true) "
                       "where status = 'tagged'").fetchall()
    counts = Counter(w for (t,) in texts for w in re.findall(r"[a-z]{4,}", (t or "").lower()))
    top = [w for w, _ in counts.most_common(500)]
    step = max(1, len(top) // k)
    return top[::step][:k]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--from", dest="seed", type=Path, default=None, help="tagged output to replicate")
    ap.add_argument("--requests", type=int, default=40, help="timed requests per page")
    ap.add_argument("--keep", type=Path, default=None, help="write the generated output here and keep it")
    args = ap.parse_args()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    work = Path(tempfile.mkdtemp(prefix="cxnlp-app-bench-"))
    try:
        seed = args.seed
        if seed is None:
            seed = work / "seed"
            subprocess.run([sys.executable, "-m", "cxnlp.cli", "run", "--root", str(ROOT), "--output-dir", str(seed)],
                           check=True, env=env, stdout=subprocess.DEVNULL)
        dst = args.keep or work / "big"
        t0 = time.perf_counter()
        if not (dst / "comments").exists():
            counts = make_output(seed.resolve(), dst.resolve(), args.n)
        else:  # made before (--keep): count what is there
            import duckdb

            counts = {t: duckdb.sql(f"select count(*) from read_parquet('{dst}/{t}/**/*.parquet')").fetchall()[0][0]
                      for t in ("comments", "sentences", "alerts")}
        generated = time.perf_counter() - t0
        port = _free_port()
        t0 = time.perf_counter()
        server = subprocess.Popen([sys.executable, "-m", "cxnlp.cli", "app", "--output-dir", str(dst), "--host",
                                   "127.0.0.1", "--port", str(port), "--refresh-seconds", "0"],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            while True:
                if server.poll() is not None:
                    raise SystemExit(f"the app stopped: {server.stderr.read() if server.stderr else ''}")
                try:
                    if _get(port, "/healthz")[0] == 200:
                        break
                except OSError:
                    pass
                if time.perf_counter() - t0 > 900:
                    raise SystemExit("the app did not start within 15 minutes")
                time.sleep(0.5)
            startup = time.perf_counter() - t0
            providers = ["NEAS", "NHFT", "Trust C", "NEAS site 3", "NHFT site 7", "Trust A site 1"]
            sentiments = ["negative", "positive", "mixed", "neutral"]
            pillars = ["empathy", "time_and_effort", "resolution", "expectations", "personalization", "integrity"]
            months = ["2021-09", "2021-12", "2022-03", "2022-06", "2026-10"]
            r = args.requests + 3
            overview = []
            for i in range(r):
                choice = i % 5
                params = ([] if choice == 0 else [("provider", providers[i % len(providers)])] if choice == 1
                          else [("sentiment", sentiments[i % 4])] if choice == 2
                          else [("since", f"{months[i % 5]}-01"), ("until", f"{months[i % 5]}-28")] if choice == 3
                          else [("pillar", pillars[i % 6]), ("source", "survey")])
                overview.append("/?" + urlencode(params))
            comments = ["/comments?" + urlencode([("provider", providers[i % 6]), ("sentiment", sentiments[i % 4]),
                                                  ("pillar", pillars[i % 6]), ("sort", ["date", "score", "rating"][i % 3]),
                                                  ("page", str(1 + i % 4))]) for i in range(r)]
            words = _search_words(seed, r)[::-1]  # the 3 warm-up words are the rarest; the most frequent are timed
            search = ["/comments?" + urlencode([("q", w)]) for w in words]
            result: dict = {"comments": counts.get("comments"), "sentences": counts.get("sentences"),
                            "alerts": counts.get("alerts"), "generate_s": round(generated, 1),
                            "startup_s": round(startup, 1), "requests_per_page": args.requests,
                            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                            "pages": {}}
            for name, urls in (("overview", overview), ("comments_filtered", comments), ("search", search)):
                ttfb, total, sizes, timed = [], [], [], []
                for i, url in enumerate(urls):
                    status, first, whole, size = _get(port, url)
                    if status != 200:
                        raise SystemExit(f"{url}: HTTP {status}")
                    if i >= 3:
                        ttfb.append(first * 1000)
                        total.append(whole * 1000)
                        sizes.append(size)
                        timed.append(url)
                result["pages"][name] = {"p50_ms": round(_pct(ttfb, 0.5), 1), "p95_ms": round(_pct(ttfb, 0.95), 1),
                                         "max_ms": round(max(ttfb), 1), "slowest": timed[ttfb.index(max(ttfb))],
                                         "p95_whole_ms": round(_pct(total, 0.95), 1),
                                         "kb": round(sum(sizes) / len(sizes) / 1024, 1), "n": len(ttfb)}
            result["search_words"] = words[3:]
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        print(json.dumps(result, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
