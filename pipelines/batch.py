"""The nightly batch flow ``cx-batch``: discover -> ingest -> redact+classify -> write -> summary.

Each task wraps one cxnlp function; only the I/O tasks retry. Runs with no Prefect server
(ephemeral mode); ``cxnlp serve`` adds a cron schedule against a server.
"""
from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid
from collections.abc import Iterator
from collections import Counter
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.states import Failed
from upath import UPath

from cxnlp.config import Settings, load_settings
from cxnlp.ingest.formats import EmptyFileError, IngestError, IngestResult, normalise
from cxnlp.ingest.readers import (
    STREAMED_SUFFIXES,
    SourceFile,
    iter_records,
    read_ids,
    append_manifest,
    discover,
    load_sources,
    read_dataset,
    read_manifest,
    read_records,
    write_partitioned,
)
from cxnlp.batch.notify import alert_message, post_webhook
from cxnlp.paths import is_local, write_text_atomic
from cxnlp.batch.tag import alerts_of, dedupe, tag_rows
from cxnlp.privacy.redact import Redactor
from cxnlp.models.versions import default_model_dir
from cxnlp.batch.runs import FileReport, RunReport
from cxnlp.schema import ALERTS, COMMENTS, QUARANTINE, SENTENCES, to_table
from pipelines.prefect_api import api_url


def _fingerprint(path: UPath) -> str:
    """What the manifest records to tell that an input file is unchanged since it was processed:
    its SHA-256 on a local disk; on an object store the store's own fingerprint (fsspec's
    ``ukey``: the ETag on S3), so a nightly run does not download every old file to hash it."""
    if not is_local(path):
        return "ukey:" + str(path.fs.ukey(path.path))
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@task(name="discover", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def discover_files(settings: Settings) -> list[SourceFile]:
    # A sources file the user named (settings file or --sources) must exist; the project's
    # default data/sources.yaml may be absent (every file is then detected from its columns).
    return discover(settings.path(settings.raw_dir),
                    load_sources(settings.path(settings.sources_file),
                                 required="sources_file" in settings.model_fields_set))


def _retry_unless_bad_input(task: Any, task_run: Any, state: Any) -> bool:
    """Retry I/O hiccups, not files that are simply malformed (those fail the same way again)."""
    try:
        state.result()
    except IngestError:
        return False
    except Exception:
        return True
    return False


@task(name="ingest", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE,
      retry_condition_fn=_retry_unless_bad_input)
def ingest_file(source: SourceFile, name: str) -> IngestResult:
    # A header-only export gives no rows (its columns still checked): status "empty", not failed.
    return normalise(read_records(source.path, allow_empty=True), source.spec, source_file=name)


def _ingested_chunks(source: SourceFile, name: str, chunk_rows: int, stream_from_mb: float = 8.0
                     ) -> Iterator[IngestResult]:
    """Large CSV/JSONL/Parquet files stream in chunks (flat memory); others go through the
    retried ingest task in one piece."""
    if (source.path.suffix.lower() in STREAMED_SUFFIXES
            and source.path.stat().st_size >= stream_from_mb * 1024 * 1024):
        for offset, raw in iter_records(source.path, chunk_rows):
            yield normalise(raw, source.spec, source_file=name, record_offset=offset)
    else:
        yield ingest_file(source, name)


def write_outputs(tagged: pd.DataFrame, quarantine: pd.DataFrame, out_dir: UPath, basename: str,
                  sentences: pd.DataFrame | None = None) -> list[str]:
    written = []
    # Comments come after sentences and alerts: a comment's file is what marks it done for a
    # rerun, so a crash in between makes the rerun redo (never skip) those comments.
    if sentences is not None and len(sentences):
        written += write_partitioned(to_table(sentences, SENTENCES), out_dir / "sentences",
                                     partition="received_month", basename=basename)
    alerts = alerts_of(tagged) if len(tagged) else tagged
    if len(alerts):
        written += write_partitioned(to_table(alerts, ALERTS), out_dir / "alerts", partition=None, basename=basename)
    if len(tagged):
        written += write_partitioned(to_table(tagged, COMMENTS), out_dir / "comments",
                                     partition="received_month", basename=basename)
    if len(quarantine):
        written += write_partitioned(to_table(quarantine, QUARANTINE), out_dir / "quarantine",
                                     partition=None, basename=basename)
    return written


_resources_lock = threading.Lock()


def _resources(model_dir: str, spacy_model: str, threshold: float, batch_size: int, int8: bool = False,
               profile: str = "standard", id_patterns: tuple[str, ...] = ()) -> tuple[Redactor, Any]:
    """Model and redactor, loaded once per process (the flow's, or each Dask worker's). A call
    made while another thread loads them (:func:`preload`) waits for that load."""
    with _resources_lock:
        return _load_resources(model_dir, spacy_model, threshold, batch_size, int8, profile, tuple(id_patterns))


def _redaction(settings: Settings) -> tuple[str, tuple[str, ...]]:
    """The settings' redaction profile and trust-specific id patterns (hashable, for the cache)."""
    return settings.redaction.profile, tuple(settings.redaction.id_patterns)


@lru_cache(maxsize=2)
def _load_resources(model_dir: str, spacy_model: str, threshold: float, batch_size: int, int8: bool,
                    profile: str = "standard", id_patterns: tuple[str, ...] = ()) -> tuple[Redactor, Any]:
    from cxnlp.models.loading import load_any_model
    from cxnlp.models.sentences import load_sentencizer

    load_sentencizer()
    redactor = Redactor(spacy_model, threshold, batch_size, profile=profile, id_patterns=id_patterns)
    return redactor, load_any_model(Path(model_dir), int8=int8)


def _settings_and_model(root: str, settings_file: str | None, raw_dir: str | None, output_dir: str | None,
                        model_dir: str | None, sources_file: str | None = None) -> tuple[Settings, UPath]:
    settings = load_settings(Path(settings_file) if settings_file else None, root=Path(root),
                             raw_dir=raw_dir, output_dir=output_dir, model_dir=model_dir,
                             sources_file=sources_file)
    mdir = (settings.path(settings.model_dir) if settings.model_dir
            else default_model_dir(settings.path(settings.models_dir)))
    return settings, mdir


def preload(root: str = ".", settings_file: str | None = None, raw_dir: str | None = None,
            output_dir: str | None = None, model_dir: str | None = None, sources_file: str | None = None
            ) -> threading.Thread:
    """Start loading the model and redactor that a one-process ``cx_batch`` with these arguments
    will use, on a background thread: it overlaps Prefect creating the flow run (mostly waiting
    on its API). Any error is left for the flow itself to raise and report."""
    def load() -> None:
        try:
            settings, mdir = _settings_and_model(root, settings_file, raw_dir, output_dir, model_dir, sources_file)
            _resources(str(mdir), settings.spacy_model, settings.redaction_threshold, settings.batch_size,
                       settings.int8_inference, *_redaction(settings))
        except Exception:  # noqa: BLE001, S110 - the flow loads again and fails with the real error
            pass

    thread = threading.Thread(target=load, name="cxnlp-preload", daemon=True)
    thread.start()
    return thread


@task(name="tag-and-write", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE,
      retry_condition_fn=_retry_unless_bad_input)
def tag_and_write(rows: pd.DataFrame, ingest_quarantine: pd.DataFrame, name: str, settings: Settings,
                  model_dir: str, run_id: str, processed_at: datetime, basename: str) -> dict[str, Any]:
    """Redact, classify and write one chunk; returns counts only (runs on a Dask worker too)."""
    redactor, model = _resources(model_dir, settings.spacy_model, settings.redaction_threshold, settings.batch_size,
                                 settings.int8_inference, *_redaction(settings))
    tagged = tag_rows(rows, redactor, model, run_id=run_id, processed_at=processed_at,
                      max_text_chars=settings.max_text_chars, batch_size=settings.chunk_rows)
    quarantine = pd.concat([ingest_quarantine, tagged.quarantine], ignore_index=True)
    qframe = _quarantine_frame(quarantine, name, run_id, processed_at)
    write_outputs(tagged.tagged, qframe, settings.path(settings.output_dir), basename, tagged.sentences)
    t = tagged.tagged
    return {
        "tagged": len(t), "quarantined": len(qframe),
        "ids": list(t["comment_id"]) + list(qframe["comment_id"].dropna()),
        "sentiment": Counter(t["sentiment"]), "pillars": Counter(p for ps in t["pillars"] for p in ps),
        "pitfalls": Counter(p for ps in t["pitfalls"] for p in ps),
        "reasons": Counter(r.split(" (")[0] for r in qframe["reason"]),
        "urgent": Counter(r for r in t["urgent_reason"] if isinstance(r, str)),
        "urgent_level": Counter(lv for lv in t["urgent_level"] if isinstance(lv, str)),
        "warnings": Counter(w for r in t["reason"] if isinstance(r, str) for w in r.split(";") if w),
    }


@task(name="notify", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def notify(settings: Settings, run_id: str, by_reason: dict[str, int], by_level: dict[str, int]) -> None:
    payload = alert_message(run_id, by_reason, by_level)
    if settings.notify_webhook:
        post_webhook(settings.notify_webhook, payload)
    if settings.notify_block:
        from prefect.blocks.core import Block

        Block.load(settings.notify_block).notify(payload["text"])  # type: ignore[attr-defined]


@task(name="open-alerts", retries=1, cache_policy=NO_CACHE)
def open_alert_counts(out_dir: UPath) -> dict[str, dict[str, int]]:
    """The alert queue after this run: alerts not resolved, by level and age."""
    from cxnlp.analytics.alert_queue import alert_states, open_by_level_and_age, read_events

    return open_by_level_and_age(alert_states(read_dataset(out_dir / "alerts"), read_events(out_dir)))


@task(name="report", retries=1, cache_policy=NO_CACHE)
def write_run_report(out_dir: UPath, run_id: str) -> str | None:
    """The analysts' HTML report for this run's comments, next to the output."""
    from cxnlp.analytics.report import ReportFilters, build_report

    comments = read_dataset(out_dir / "comments", partition="received_month", where=("run_id", run_id))
    if comments.empty:
        return None
    page = build_report(comments, ReportFilters())
    path = out_dir / "reports" / f"report-{run_id}.html"
    write_text_atomic(path, page)
    return str(path)


@task(name="summary", cache_policy=NO_CACHE)
def publish_summary(report: RunReport, out_dir: UPath) -> dict[str, Any]:
    create_markdown_artifact(markdown=report.markdown(), key="cx-batch-summary",
                             description=f"cxnlp run {report.run_id}")
    runs = pd.DataFrame([{
        "run_id": report.run_id, "model_version": report.model_version,
        "finished_at": pd.Timestamp.now(tz="UTC"), "files": len(report.files),
        "failed_files": len(report.failed_files), "empty_files": len(report.empty_files),
        "urgent": sum(report.urgent_counts.values()),
        "ambiguous_dates": report.warning_counts.get("ambiguous_date", 0),
        **report.totals(),
    }])
    write_partitioned(pa_table(runs), out_dir / "runs", partition=None, basename=f"run-{report.run_id}")
    return report.to_dict()


def pa_table(frame: pd.DataFrame) -> Any:
    import pyarrow as pa

    return pa.Table.from_pandas(frame, preserve_index=False)


def _quarantine_frame(q: pd.DataFrame, source_file: str, run_id: str, processed_at: datetime) -> pd.DataFrame:
    return pd.DataFrame({
        "source_file": source_file,
        "source_row": q["source_row"].astype("Int64") if len(q) else pd.Series(dtype="Int64"),
        "comment_id": q["comment_id"] if len(q) else pd.Series(dtype=object),
        "reason": q["reason"] if len(q) else pd.Series(dtype=object),
        "run_id": run_id,
        "processed_at": pd.Timestamp(processed_at),
    })


def _tally(fr: FileReport, counts: dict[str, Any], counters: dict[str, Counter[str]]) -> None:
    fr.tagged += counts["tagged"]
    fr.quarantined += counts["quarantined"]
    for k in counters:
        counters[k].update(counts[k])
    for k, v in counts["warnings"].items():
        fr.warnings[k] = fr.warnings.get(k, 0) + v


def _new_quarantine(q: pd.DataFrame, name: str, seen: set[str], seen_rows: set[tuple[str, int]]
                    ) -> tuple[pd.DataFrame, int]:
    """The ingest quarantine rows not quarantined before: by comment id, as tagged rows are, or
    (rows the reader could not split, which have no id) by file and record number. Returns the
    new rows and how many were already there (counted as duplicates)."""
    if not len(q):
        return q, 0
    ids = q["comment_id"]
    old = ids.isin(seen) | (ids.notna() & ids.duplicated(keep="first"))
    old |= ids.isna() & pd.Series([(name, int(r)) in seen_rows for r in q["source_row"]], index=q.index)
    return q.loc[~old].reset_index(drop=True), int(old.sum())


def _quarantined_rows(out_dir: UPath) -> set[tuple[str, int]]:
    """(file, record) of the quarantined rows that have no comment id (unsplittable records)."""
    q = read_dataset(out_dir / "quarantine")
    if q.empty:
        return set()
    q = q[q["comment_id"].isna()]
    return {(str(f), int(r)) for f, r in zip(q["source_file"], q["source_row"])}


@flow(name="cx-batch")
def cx_batch(root: str = ".", settings_file: str | None = None, raw_dir: str | None = None,
             output_dir: str | None = None, model_dir: str | None = None, distributed: bool = False,
             max_in_flight: int = 4, sources_file: str | None = None) -> dict[str, Any]:
    """Tag every new comment under ``raw_dir`` and write Parquet under ``output_dir``.

    With ``distributed`` the chunks are submitted to the flow's task runner (a Dask cluster
    through prefect-dask, see :func:`with_dask`) instead of running one after the other, at most
    ``max_in_flight`` at a time.
    """
    logger = get_run_logger()
    settings, mdir = _settings_and_model(root, settings_file, raw_dir, output_dir, model_dir, sources_file)
    out_dir = settings.path(settings.output_dir)
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    processed_at = datetime.now(UTC)
    if distributed:  # the workers load the model; this process only needs its version
        version = str(json.loads((mdir / "meta.json").read_text()).get("version", "unknown"))
    else:
        version = _resources(str(mdir), settings.spacy_model, settings.redaction_threshold,
                             settings.batch_size, settings.int8_inference, *_redaction(settings))[1].version
    report = RunReport(run_id=run_id, model_version=version)
    manifest_path = out_dir / "manifest.json"
    manifest = read_manifest(manifest_path)
    seen = read_ids(out_dir / "comments") | read_ids(out_dir / "quarantine")
    seen_rows = _quarantined_rows(out_dir)
    files = discover_files(settings)
    started = time.perf_counter()
    logger.info("run %s: %d input files, %d comment ids already processed", run_id, len(files), len(seen))
    counters: dict[str, Counter[str]] = {k: Counter() for k in ("sentiment", "pillars", "pitfalls", "reasons", "urgent",
                                                                "urgent_level",
                                                                 "warnings")}
    raw_root = settings.path(settings.raw_dir)
    for i, source in enumerate(files, start=1):
        name = source.path.relative_to(raw_root).as_posix()
        digest = _fingerprint(source.path)
        if manifest["files"].get(name) == digest:
            report.files.append(FileReport(file=name, status="skipped"))
            continue
        fr = FileReport(file=name)
        report.files.append(fr)
        file_key = hashlib.sha1(name.encode()).hexdigest()[:8]
        pending = []
        try:
            for c, result in enumerate(_ingested_chunks(source, name, settings.chunk_rows, settings.stream_from_mb)):
                fr.rows_read += len(result.rows) + len(result.quarantine)
                # Duplicates are decided here, before any chunk is tagged, so parallel chunks
                # can never both write the same comment.
                new, dups = dedupe(result.rows, seen)
                quarantine, old_quarantine = _new_quarantine(result.quarantine, name, seen, seen_rows)
                fr.duplicates += len(dups) + old_quarantine
                seen |= set(new["comment_id"]) | set(quarantine["comment_id"].dropna())
                if not len(new) and not len(quarantine):
                    continue  # nothing new in this chunk (or a header-only file): nothing to write
                args = (new, quarantine, name, settings, str(mdir), run_id, processed_at,
                        f"{run_id}-{file_key}-{c:05d}")
                if distributed:
                    # A bounded number of chunks in flight keeps this process's memory flat
                    # however large the input: wait for the oldest before reading further.
                    while len(pending) >= max_in_flight:
                        _tally(fr, pending.pop(0).result(), counters)
                    pending.append(tag_and_write.submit(*args))
                else:
                    _tally(fr, tag_and_write(*args), counters)
                    done = sum(f.rows_read for f in report.files)
                    rate = done / max(time.perf_counter() - started, 1e-6)
                    logger.info("file %d/%d: %d rows so far (run: %.0f comments/s)", i, len(files), fr.rows_read, rate)
            for fut in pending:
                _tally(fr, fut.result(), counters)
        except IngestError as exc:
            for fut in pending:  # chunks already submitted still finish and count
                if fut.state.is_completed():
                    _tally(fr, fut.result(), counters)
            # Every reason names the file, by its name under the input folder.
            message = str(exc).replace(str(source.path), name)
            if name not in message:
                message = f"{name}: {message}"
            if isinstance(exc, EmptyFileError) and not fr.rows_read:
                fr.status, fr.error = "empty", message
                logger.warning("file %d/%d is empty: %s", i, len(files), message)
            else:
                fr.status, fr.error = "failed", message
                logger.warning("file %d/%d failed: %s", i, len(files), message)
                continue
        if fr.status == "ok" and fr.rows_read == 0:
            fr.status, fr.error = "empty", f"{name}: no records (header only?): nothing to tag"
            logger.warning("file %d/%d is empty: %s", i, len(files), fr.error)
        manifest["files"][name] = digest
        append_manifest(manifest_path, manifest)
        logger.info("file %d/%d: %d read, %d tagged, %d quarantined, %d duplicates", i, len(files),
                    fr.rows_read, fr.tagged, fr.quarantined, fr.duplicates)
    report.sentiment_counts, report.pillar_counts = dict(counters["sentiment"]), dict(counters["pillars"])
    report.pitfall_counts, report.quarantine_reasons = dict(counters["pitfalls"]), dict(counters["reasons"])
    report.urgent_counts = dict(counters["urgent"])
    report.urgent_level_counts = dict(counters["urgent_level"])
    report.open_alerts = open_alert_counts(out_dir)
    report.warning_counts = dict(counters["warnings"])
    urgent = counters["urgent"]
    report.outputs = {"comments": str(out_dir / "comments"), "quarantine": str(out_dir / "quarantine"),
                      "alerts": str(out_dir / "alerts")}
    report_path = write_run_report(out_dir, run_id)
    if report_path:
        report.outputs["report"] = report_path
    summary = publish_summary(report, out_dir)
    if urgent and (settings.notify_webhook or settings.notify_block):
        notify(settings, run_id, dict(urgent), dict(counters["urgent_level"]))
    if report.failed_files:
        # The other files were processed and written; the run still ends Failed, naming the files.
        message = f"{len(report.failed_files)} file(s) failed: {', '.join(report.failed_files)}"
        logger.warning(message)
        return Failed(message=message, data=summary)  # type: ignore[return-value]
    return summary


def with_dask(address: str | None = None, n_workers: int = 2) -> Any:
    """``cx_batch`` running its chunks on a Dask cluster: ``address`` of a scheduler
    (``tcp://host:8786``), or a LocalCluster of ``n_workers`` single-threaded processes."""
    from prefect_dask import DaskTaskRunner

    if address:
        runner = DaskTaskRunner(address=address)
    else:
        # Local workers report to this process's Prefect API; without the address each worker
        # would start a temporary server of its own (about 25 s and 300 MB apiece).
        runner = DaskTaskRunner(cluster_kwargs={"n_workers": n_workers, "threads_per_worker": 1,
                                                "processes": True, "dashboard_address": None,
                                                "env": {"PREFECT_API_URL": api_url()}})
    return cx_batch.with_options(task_runner=runner)
