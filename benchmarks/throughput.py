"""End-to-end throughput of the batch path on resampled real FFT comments.

Builds an input CSV of ``--n`` comments by resampling (with replacement) the real comments in
the settings' ``fft_dir``, then runs the whole path in chunks with the flow's own steps
(:class:`cxnlp.batch.steps.BatchRun` and :func:`cxnlp.batch.steps.tag_and_write`: stream ingest,
dedupe, redact with NER, classify incl. sentence level and urgent, write Parquet) and prints
JSON: comments/s end to end, peak RSS, and seconds per stage.

    python benchmarks/throughput.py --n 100000 --tier fast
    python benchmarks/throughput.py --n 5000 --tier accurate
"""
from __future__ import annotations

import argparse
import atexit
import csv
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _workdir(keep: bool) -> Path:
    """A fresh folder for the input and output; removed at exit unless ``keep``."""
    work = Path(tempfile.mkdtemp(prefix="cxnlp-bench-"))
    if keep:
        print(f"input and output kept in {work}", file=sys.stderr)
    else:
        atexit.register(shutil.rmtree, work, True)
    return work


def build_input(path: Path, n: int, fft_dir: Path, seed: int) -> None:
    from cxnlp.training.corpus import load_fft

    pool = load_fft(fft_dir)
    texts = pool["text"].astype(str).to_numpy()
    rng = np.random.default_rng(seed)
    days = np.datetime64("2021-01-01") + rng.integers(0, 730, size=n)
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text", "date", "rating"])
        for start in range(0, n, 50_000):
            idx = rng.integers(0, len(texts), size=min(50_000, n - start))
            for k, i in enumerate(idx):
                w.writerow([f"b{start + k}", texts[i], str(days[start + k]), int(rng.integers(1, 6))])


def build_project(root: Path, n: int, fft_dir: Path, seed: int) -> Path:
    """A project folder for the real flow: ``n`` resampled comments in data/raw, their source
    mapping, and this repository's models (linked)."""
    (root / "data" / "raw").mkdir(parents=True)
    build_input(root / "data" / "raw" / "input.csv", n, fft_dir, seed)
    (root / "data" / "sources.yaml").write_text(
        "sources:\n  - pattern: input.csv\n    format: mapped\n    channel: bench\n"
        "    columns: {text: text, id: id, received_at: date, rating: rating}\n")
    (root / "models").symlink_to(Path(__file__).resolve().parents[1] / "models")
    return root


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--tier", choices=["fast", "accurate"], default="fast")
    ap.add_argument("--model", type=Path, default=None, help="model folder (default: the newest version of --tier with its weights)")
    ap.add_argument("--chunk", type=int, default=5000)
    ap.add_argument("--fft-dir", type=Path, default=None, help="FFT exports to resample (default: the settings' fft_dir)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--runner", choices=["inline", "flow", "dask"], default="inline",
                    help="inline: the flow's chunk steps in this process, timed per stage (default); "
                         "flow: the real cx-batch flow in one process; dask: the real flow on a "
                         "LocalCluster of --workers processes (RSS summed over every process)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--int8", action="store_true", help="accurate tier: int8 dynamic quantization (settings: int8_inference)")
    ap.add_argument("--keep", action="store_true", help="keep the generated input and output (default: deleted)")
    args = ap.parse_args()
    if args.fft_dir is None:
        from cxnlp.config import load_settings

        args.fft_dir = Path(load_settings().path(load_settings().fft_dir))
    if args.runner != "inline":
        run_flow(args)
        return

    import torch

    torch.set_num_threads(2)
    from cxnlp.batch import steps

    work = _workdir(args.keep)
    t0 = time.perf_counter()
    build_project(work, args.n, args.fft_dir, args.seed)
    build_s = time.perf_counter() - t0
    from cxnlp.models.versions import tier_model_dir

    model_dir = args.model or tier_model_dir(Path(__file__).resolve().parents[1] / "models", args.tier)
    settings, mdir = steps.settings_and_model(str(work), None, None, None, str(model_dir.resolve()))
    settings = settings.model_copy(update={"chunk_rows": args.chunk, "int8_inference": args.int8})
    t0 = time.perf_counter()
    run = steps.BatchRun.start(settings, mdir)  # loads the model, redactor and sentencizer, as the flow does
    load_s = time.perf_counter() - t0
    stages: dict[str, float] = defaultdict(float)
    rss_at: dict[int, float] = {}
    start = time.perf_counter()
    for source in steps.discover_sources(settings):
        begun = run.begin_file(source)
        assert begun is not None
        fr, digest = begun
        chunks = run.new_chunks(source, fr)
        while True:
            t = time.perf_counter()
            chunk = next(chunks, None)
            stages["read, normalise, dedupe"] += time.perf_counter() - t
            if chunk is None:
                break
            t = time.perf_counter()
            run.tally(fr, steps.tag_and_write(*chunk.args))  # the flow's own chunk step
            stages["redact, classify (incl. sentences, urgent), write"] += time.perf_counter() - t
            rss_at[fr.rows_read] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            if fr.rows_read * 10 // args.n > (fr.rows_read - args.chunk) * 10 // args.n:  # every 10%: a long run shows where it is
                seconds = time.perf_counter() - start
                print(f"{fr.rows_read:,}/{args.n:,} comments, {fr.rows_read / seconds:.1f}/s, "
                      f"peak RSS {rss_at[fr.rows_read]:.0f} MB so far", file=sys.stderr, flush=True)
        run.file_done(fr, digest)
    total = time.perf_counter() - start
    marks = sorted(rss_at)
    result = {
        "n": args.n, "tier": args.tier, "model": str(mdir), "int8": args.int8, "chunk_rows": args.chunk,
        "tagged": fr.tagged,
        "comments_per_s_end_to_end": round(args.n / total, 1),
        "seconds_end_to_end": round(total, 1),
        "seconds_model_and_ner_load": round(load_s, 1),
        "seconds_building_input": round(build_s, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_rss_mb_after_first_10pct": round(rss_at[marks[max(0, len(marks) // 10 - 1)]], 1),
        "seconds_per_stage": {k: round(v, 1) for k, v in stages.items()},
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    print(json.dumps(result, indent=2))


def run_flow(args: argparse.Namespace) -> None:
    """Time ``cxnlp run`` itself on the generated input: Prefect's temporary server, the flow,
    ingest, redaction, classification, writes and the per-run report, all included."""
    import threading

    import psutil

    work = _workdir(args.keep)
    os.environ.setdefault("PREFECT_HOME", str(work / "prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    build_project(work, args.n, args.fft_dir, args.seed)
    (work / "settings.yaml").write_text(f"chunk_rows: {args.chunk}\n")
    me = psutil.Process()
    peak = {"total": 0.0, "main": 0.0}
    stop = threading.Event()

    def sample() -> None:  # RSS of this process and every child (Prefect server, Dask workers)
        while not stop.is_set():
            procs = [me, *me.children(recursive=True)]
            total = 0.0
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            peak["total"] = max(peak["total"], total / 2**20)
            peak["main"] = max(peak["main"], me.memory_info().rss / 2**20)
            stop.wait(0.5)

    threading.Thread(target=sample, daemon=True).start()
    from pipelines.batch import cx_batch, with_dask

    start = time.perf_counter()
    flow_fn = with_dask(n_workers=args.workers) if args.runner == "dask" else cx_batch
    summary = flow_fn(root=str(work), settings_file=str(work / "settings.yaml"), distributed=args.runner == "dask",
                      max_in_flight=2 * args.workers)
    total = time.perf_counter() - start
    stop.set()
    result = {
        "n": args.n, "runner": args.runner, "workers": args.workers if args.runner == "dask" else 1,
        "tagged": summary["totals"]["tagged"],
        "comments_per_s_end_to_end": round(args.n / total, 1),
        "seconds_end_to_end": round(total, 1),
        "peak_rss_mb_all_processes": round(peak["total"], 1),
        "peak_rss_mb_flow_process": round(peak["main"], 1),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
