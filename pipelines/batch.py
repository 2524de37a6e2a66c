"""The nightly batch flow ``cx-batch``: discover -> ingest -> redact+classify -> write -> summary.

Each task wraps one cxnlp function; only the I/O tasks retry. Runs with no Prefect server
(ephemeral mode); ``cxnlp serve`` adds a cron schedule against a server.
"""
from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.states import Failed

from cxnlp.config import Settings, load_settings
from cxnlp.ingest import IngestError, IngestResult, normalise
from cxnlp.io import (
    SourceFile,
    append_manifest,
    discover,
    load_sources,
    read_dataset,
    read_manifest,
    read_records,
    write_partitioned,
)
from cxnlp.models.bundle import CxModel, load_model
from cxnlp.pipeline import dedupe, tag_rows
from cxnlp.redact import Redactor
from cxnlp.registry import default_model_dir
from cxnlp.runs import FileReport, RunReport
from cxnlp.schema import COMMENTS, QUARANTINE, to_table


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@task(name="discover", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def discover_files(settings: Settings) -> list[SourceFile]:
    return discover(settings.path(settings.raw_dir), load_sources(settings.path(settings.sources_file)))


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
    return normalise(read_records(source.path), source.spec, source_file=name)


@task(name="redact-and-classify", cache_policy=NO_CACHE)
def classify(rows: pd.DataFrame, redactor: Redactor, model: CxModel, settings: Settings, run_id: str,
             processed_at: datetime) -> Any:
    return tag_rows(rows, redactor, model, run_id=run_id, processed_at=processed_at,
                    max_text_chars=settings.max_text_chars, batch_size=settings.chunk_rows)


@task(name="write", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def write_outputs(tagged: pd.DataFrame, quarantine: pd.DataFrame, out_dir: Path, basename: str) -> list[str]:
    written = []
    if len(tagged):
        written += write_partitioned(to_table(tagged, COMMENTS), out_dir / "comments",
                                     partition="received_month", basename=basename)
    if len(quarantine):
        written += write_partitioned(to_table(quarantine, QUARANTINE), out_dir / "quarantine",
                                     partition=None, basename=basename)
    return written


@task(name="summary", cache_policy=NO_CACHE)
def publish_summary(report: RunReport, out_dir: Path) -> dict[str, Any]:
    create_markdown_artifact(markdown=report.markdown(), key="cx-batch-summary",
                             description=f"cxnlp run {report.run_id}")
    runs = pd.DataFrame([{
        "run_id": report.run_id, "model_version": report.model_version,
        "finished_at": pd.Timestamp.now(tz="UTC"), "files": len(report.files),
        "failed_files": len(report.failed_files), **report.totals(),
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


@flow(name="cx-batch")
def cx_batch(root: str = ".", settings_file: str | None = None, raw_dir: str | None = None,
             output_dir: str | None = None, model_dir: str | None = None) -> dict[str, Any]:
    """Tag every new comment under ``raw_dir`` and write Parquet under ``output_dir``."""
    logger = get_run_logger()
    settings = load_settings(Path(settings_file) if settings_file else None, root=Path(root),
                             raw_dir=raw_dir, output_dir=output_dir, model_dir=model_dir)
    out_dir = settings.path(settings.output_dir)
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    processed_at = datetime.now(UTC)
    mdir = settings.path(settings.model_dir) if settings.model_dir else default_model_dir(settings.path(settings.models_dir))
    model = load_model(mdir)
    redactor = Redactor(settings.spacy_model, settings.redaction_threshold, settings.batch_size)
    report = RunReport(run_id=run_id, model_version=model.version)
    manifest_path = out_dir / "manifest.json"
    manifest = read_manifest(manifest_path)
    seen: set[str] = set()
    for name in ("comments", "quarantine"):
        prior = read_dataset(out_dir / name, partition="received_month" if name == "comments" else None)
        if "comment_id" in prior:
            seen |= set(prior["comment_id"].dropna())
    files = discover_files(settings)
    logger.info("run %s: %d input files, %d comment ids already processed", run_id, len(files), len(seen))
    sentiments: Counter[str] = Counter()
    pillars: Counter[str] = Counter()
    pitfalls: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    raw_root = settings.path(settings.raw_dir)
    for i, source in enumerate(files, start=1):
        name = source.path.relative_to(raw_root).as_posix()
        digest = _sha256(source.path)
        if manifest["files"].get(name) == digest:
            report.files.append(FileReport(file=name, status="skipped"))
            continue
        fr = FileReport(file=name)
        report.files.append(fr)
        try:
            result = ingest_file(source, name)
        except IngestError as exc:
            fr.status, fr.error = "failed", str(exc)
            logger.warning("file %d/%d failed: %s", i, len(files), exc)
            continue
        fr.rows_read = len(result.rows) + len(result.quarantine)
        new, dups = dedupe(result.rows, seen)
        fr.duplicates = len(dups)
        tagged = classify(new, redactor, model, settings, run_id, processed_at)
        quarantine = pd.concat([result.quarantine, tagged.quarantine], ignore_index=True)
        qframe = _quarantine_frame(quarantine, name, run_id, processed_at)
        basename = f"{run_id}-{hashlib.sha1(name.encode()).hexdigest()[:8]}"
        write_outputs(tagged.tagged, qframe, out_dir, basename)
        fr.tagged, fr.quarantined = len(tagged.tagged), len(qframe)
        seen |= set(tagged.tagged["comment_id"]) | set(qframe["comment_id"].dropna())
        manifest["files"][name] = digest
        append_manifest(manifest_path, manifest)
        sentiments.update(tagged.tagged["sentiment"])
        for row in tagged.tagged["pillars"]:
            pillars.update(row)
        for row in tagged.tagged["pitfalls"]:
            pitfalls.update(row)
        reasons.update(r.split(" (")[0] for r in qframe["reason"])
        logger.info("file %d/%d: %d read, %d tagged, %d quarantined, %d duplicates", i, len(files),
                    fr.rows_read, fr.tagged, fr.quarantined, fr.duplicates)
    report.sentiment_counts, report.pillar_counts = dict(sentiments), dict(pillars)
    report.pitfall_counts, report.quarantine_reasons = dict(pitfalls), dict(reasons)
    report.outputs = {"comments": str(out_dir / "comments"), "quarantine": str(out_dir / "quarantine")}
    summary = publish_summary(report, out_dir)
    if report.failed_files:
        # The other files were processed and written; the run still ends Failed, naming the files.
        message = f"{len(report.failed_files)} file(s) failed: {', '.join(report.failed_files)}"
        logger.warning(message)
        return Failed(message=message, data=summary)  # type: ignore[return-value]
    return summary
