"""The steps of a batch run, as plain functions: what the ``cx-batch`` flow calls in its tasks.

One run reads every input file that changed since the last run (the manifest of fingerprints),
splits it into chunks, drops comments already processed (by comment id) and tags and writes the
rest. :class:`BatchRun` keeps that state; the flow decides only what runs as a Prefect task,
what retries and where chunks go (one process or a Dask cluster).
"""
from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from upath import UPath

from cxnlp.batch.runs import FileReport, RunReport
from cxnlp.batch.tag import alerts_of, dedupe, tag_rows
from cxnlp.config import Settings, load_settings
from cxnlp.ingest.formats import EmptyFileError, IngestError, IngestResult, normalise
from cxnlp.ingest.seen import SeenIds
from cxnlp.ingest.readers import (
    STREAMED_SUFFIXES,
    SourceFile,
    append_manifest,
    discover,
    iter_records,
    load_sources,
    read_dataset,
    read_seen_ids,
    read_manifest,
    read_records,
    write_partitioned,
)
from cxnlp.models.versions import default_model_dir
from cxnlp.paths import is_local, write_text_atomic
from cxnlp.schema import ALERTS, COMMENTS, QUARANTINE, SENTENCES, to_table

__all__ = ["COUNTERS", "BatchRun", "Chunk", "discover_sources", "fingerprint", "ingest_whole_file", "ingested_chunks",
           "open_alert_counts", "preload", "resources", "settings_and_model", "tag_and_write", "write_outputs",
           "write_run_report", "write_runs_row"]

#: What a run counts over its chunks (the keys of :func:`tag_and_write`'s counters).
COUNTERS = ("sentiment", "pillars", "pitfalls", "reasons", "urgent", "urgent_level", "warnings")


def fingerprint(path: UPath) -> str:
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


def discover_sources(settings: Settings) -> list[SourceFile]:
    """The input files under the settings' ``raw_dir``, each with how it is read."""
    # A sources file the user named (settings file or --sources) must exist; the project's
    # default data/sources.yaml may be absent (every file is then detected from its columns).
    return discover(settings.path(settings.raw_dir),
                    load_sources(settings.path(settings.sources_file),
                                 required="sources_file" in settings.model_fields_set))


def ingest_whole_file(source: SourceFile, name: str) -> IngestResult:
    """One file read and normalised in one piece."""
    # A header-only export gives no rows (its columns still checked): status "empty", not failed.
    return normalise(read_records(source.path, allow_empty=True), source.spec, source_file=name)


def ingested_chunks(source: SourceFile, name: str, chunk_rows: int, stream_from_mb: float,
                    ingest: Callable[[SourceFile, str], IngestResult] = ingest_whole_file) -> Iterator[IngestResult]:
    """Large CSV/JSONL/Parquet files stream in chunks (flat memory); others are read whole by
    ``ingest`` (the flow passes its retried task)."""
    if (source.path.suffix.lower() in STREAMED_SUFFIXES
            and source.path.stat().st_size >= stream_from_mb * 1024 * 1024):
        for offset, raw in iter_records(source.path, chunk_rows, stream_from_mb):
            yield normalise(raw, source.spec, source_file=name, record_offset=offset)
    else:
        yield ingest(source, name)


def write_outputs(tagged: pd.DataFrame, quarantine: pd.DataFrame, out_dir: UPath, basename: str,
                  sentences: pd.DataFrame | None = None) -> list[str]:
    """Write one chunk's tables; returns the files written."""
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


def resources(model_dir: str, settings: Settings) -> tuple[Any, Any]:
    """Redactor and model for ``settings``, loaded once per process (the flow's, or each Dask
    worker's). A call made while another thread loads them (:func:`preload`) waits for that load."""
    with _resources_lock:
        return _load_resources(model_dir, settings.spacy_model, settings.redaction_threshold, settings.batch_size,
                               settings.int8_inference, settings.redaction.profile,
                               tuple(settings.redaction.id_patterns), settings.name_ner())


@lru_cache(maxsize=2)
def _load_resources(model_dir: str, spacy_model: str, threshold: float, batch_size: int, int8: bool,
                    profile: str, id_patterns: tuple[str, ...], name_ner: str = "packaged") -> tuple[Any, Any]:
    from cxnlp.models.loading import load_any_model
    from cxnlp.models.sentences import load_sentencizer
    from cxnlp.privacy.redact import Redactor

    load_sentencizer()
    redactor = Redactor(spacy_model, threshold, batch_size, profile=profile, id_patterns=id_patterns,
                        name_ner=name_ner)
    return redactor, load_any_model(Path(model_dir), int8=int8)


def settings_and_model(root: str, settings_file: str | None, raw_dir: str | None, output_dir: str | None,
                       model_dir: str | None, sources_file: str | None = None) -> tuple[Settings, UPath]:
    """The run's settings and the model folder it uses (the promoted one unless named)."""
    settings = load_settings(Path(settings_file) if settings_file else None, root=Path(root),
                             raw_dir=raw_dir, output_dir=output_dir, model_dir=model_dir,
                             sources_file=sources_file)
    mdir = (settings.path(settings.model_dir) if settings.model_dir
            else default_model_dir(Path(str(settings.path(settings.models_dir)))))
    return settings, UPath(mdir)


def preload(root: str = ".", settings_file: str | None = None, raw_dir: str | None = None,
            output_dir: str | None = None, model_dir: str | None = None, sources_file: str | None = None
            ) -> threading.Thread:
    """Start loading the model and redactor that a one-process run with these arguments will
    use, on a background thread: it overlaps Prefect creating the flow run (mostly waiting on its
    API). Any error is left for the run itself to raise and report."""
    def load() -> None:
        try:
            settings, mdir = settings_and_model(root, settings_file, raw_dir, output_dir, model_dir, sources_file)
            resources(str(mdir), settings)
        except Exception:  # noqa: BLE001, S110 - the run loads again and fails with the real error
            pass

    thread = threading.Thread(target=load, name="cxnlp-preload", daemon=True)
    thread.start()
    return thread


def quarantine_frame(q: pd.DataFrame, source_file: str, run_id: str, processed_at: datetime) -> pd.DataFrame:
    """Quarantine rows as written: file, record, id, reason, run."""
    return pd.DataFrame({
        "source_file": source_file,
        "source_row": q["source_row"].astype("Int64") if len(q) else pd.Series(dtype="Int64"),
        "comment_id": q["comment_id"] if len(q) else pd.Series(dtype=object),
        "reason": q["reason"] if len(q) else pd.Series(dtype=object),
        "run_id": run_id,
        "processed_at": pd.Timestamp(processed_at),
    })


def tag_and_write(rows: pd.DataFrame, ingest_quarantine: pd.DataFrame, name: str, settings: Settings,
                  model_dir: str, run_id: str, processed_at: datetime, basename: str) -> dict[str, Any]:
    """Redact, classify and write one chunk; returns counts only (it may run on a Dask worker)."""
    redactor, model = resources(model_dir, settings)
    tagged = tag_rows(rows, redactor, model, run_id=run_id, processed_at=processed_at,
                      max_text_chars=settings.max_text_chars, batch_size=settings.chunk_rows)
    quarantine = pd.concat([ingest_quarantine, tagged.quarantine], ignore_index=True)
    qframe = quarantine_frame(quarantine, name, run_id, processed_at)
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


def open_alert_counts(out_dir: UPath) -> dict[str, dict[str, int]]:
    """The alert queue after a run: alerts not resolved, by level and age."""
    from cxnlp.analytics.alert_queue import alert_states, open_by_level_and_age, read_events

    return open_by_level_and_age(alert_states(read_dataset(out_dir / "alerts"), read_events(out_dir)))


def write_run_report(out_dir: UPath, run_id: str) -> str | None:
    """The analysts' HTML report for this run's comments, next to the output."""
    from cxnlp.analytics.report import ReportFilters, build_report

    comments = read_dataset(out_dir / "comments", partition="received_month", where=("run_id", run_id))
    if comments.empty:
        return None
    path = out_dir / "reports" / f"report-{run_id}.html"
    write_text_atomic(path, build_report(comments, ReportFilters()))
    return str(path)


def write_runs_row(report: RunReport, out_dir: UPath) -> None:
    """One row per run in the ``runs`` table (what ``cxnlp query`` shows of past runs)."""
    import pyarrow as pa

    runs = pd.DataFrame([{
        "run_id": report.run_id, "model_version": report.model_version,
        "finished_at": pd.Timestamp.now(tz="UTC"), "files": len(report.files),
        "failed_files": len(report.failed_files), "empty_files": len(report.empty_files),
        "urgent": sum(report.urgent_counts.values()),
        "ambiguous_dates": report.warning_counts.get("ambiguous_date", 0),
        **report.totals(),
    }])
    write_partitioned(pa.Table.from_pandas(runs, preserve_index=False), out_dir / "runs", partition=None,
                      basename=f"run-{report.run_id}")


@dataclass
class Chunk:
    """One chunk of new rows of one file, ready for :func:`tag_and_write` (``args`` in order)."""

    args: tuple[Any, ...]


@dataclass
class BatchRun:
    """The state of one run: what was processed before (manifest, ids), what this run counted."""

    settings: Settings
    model_dir: UPath
    report: RunReport
    processed_at: datetime
    manifest: dict[str, Any]
    seen: SeenIds
    seen_rows: set[tuple[str, int]]
    counters: dict[str, Counter[str]] = field(default_factory=lambda: {k: Counter() for k in COUNTERS})

    @classmethod
    def start(cls, settings: Settings, model_dir: UPath, *, load_model: bool = True) -> BatchRun:
        """A new run; with ``load_model`` the model (and redactor) load now, else only the
        model's version is read (Dask workers load the model)."""
        out_dir = settings.path(settings.output_dir)
        run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        if load_model:
            version = resources(str(model_dir), settings)[1].version
        else:
            version = str(json.loads((model_dir / "meta.json").read_text()).get("version", "unknown"))
        return cls(settings=settings, model_dir=model_dir, report=RunReport(run_id=run_id, model_version=version),
                   processed_at=datetime.now(UTC), manifest=read_manifest(out_dir / "manifest.json"),
                   seen=read_seen_ids(out_dir / "comments", out_dir / "quarantine"),
                   seen_rows=_quarantined_rows(out_dir))

    def rate(self) -> float:
        """Records read per second since the run started."""
        seconds = max((datetime.now(UTC) - self.processed_at).total_seconds(), 1e-6)
        return sum(f.rows_read for f in self.report.files) / seconds

    @property
    def out_dir(self) -> UPath:
        return self.settings.path(self.settings.output_dir)

    @property
    def run_id(self) -> str:
        return self.report.run_id

    def begin_file(self, source: SourceFile) -> tuple[FileReport, str] | None:
        """The file's report and fingerprint, or None when it is unchanged since it was processed
        (then recorded as skipped)."""
        name = self.name_of(source)
        digest = fingerprint(source.path)
        if self.manifest["files"].get(name) == digest:
            self.report.files.append(FileReport(file=name, status="skipped"))
            return None
        fr = FileReport(file=name)
        self.report.files.append(fr)
        return fr, digest

    def name_of(self, source: SourceFile) -> str:
        return source.path.relative_to(self.settings.path(self.settings.raw_dir)).as_posix()

    def new_chunks(self, source: SourceFile, fr: FileReport,
                   ingest: Callable[[SourceFile, str], IngestResult] = ingest_whole_file) -> Iterator[Chunk]:
        """The file's chunks with only rows not processed before. Duplicates are decided here,
        before any chunk is tagged, so parallel chunks can never both write the same comment."""
        name = fr.file
        file_key = hashlib.sha1(name.encode()).hexdigest()[:8]
        for c, result in enumerate(ingested_chunks(source, name, self.settings.chunk_rows,
                                                   self.settings.stream_from_mb, ingest)):
            fr.rows_read += len(result.rows) + len(result.quarantine)
            new, dups = dedupe(result.rows, self.seen)
            quarantine, old_quarantine = _new_quarantine(result.quarantine, name, self.seen, self.seen_rows)
            fr.duplicates += len(dups) + old_quarantine
            self.seen.add(new["comment_id"])
            self.seen.add(quarantine["comment_id"])
            if not len(new) and not len(quarantine):
                continue  # nothing new in this chunk (or a header-only file): nothing to write
            yield Chunk((new, quarantine, name, self.settings, str(self.model_dir), self.run_id,
                         self.processed_at, f"{self.run_id}-{file_key}-{c:05d}"))

    def tally(self, fr: FileReport, counts: dict[str, Any]) -> None:
        """Add one chunk's counts to its file and to the run."""
        fr.tagged += counts["tagged"]
        fr.quarantined += counts["quarantined"]
        for k in self.counters:
            self.counters[k].update(counts[k])
        for k, v in counts["warnings"].items():
            fr.warnings[k] = fr.warnings.get(k, 0) + v

    def file_failed(self, fr: FileReport, source: SourceFile, exc: IngestError) -> bool:
        """Record a file that could not be read; True if it counts as empty (then the run goes on
        as for a finished file), False if it failed."""
        # Every reason names the file, by its name under the input folder.
        message = str(exc).replace(str(source.path), fr.file)
        if fr.file not in message:
            message = f"{fr.file}: {message}"
        if isinstance(exc, EmptyFileError) and not fr.rows_read:
            fr.status, fr.error = "empty", message
            return True
        fr.status, fr.error = "failed", message
        return False

    def file_done(self, fr: FileReport, digest: str) -> None:
        """Mark a file processed in the manifest (written at once, so a crash loses no file)."""
        if fr.status == "ok" and fr.rows_read == 0:
            fr.status, fr.error = "empty", f"{fr.file}: no records (header only?): nothing to tag"
        self.manifest["files"][fr.file] = digest
        append_manifest(self.out_dir / "manifest.json", self.manifest)

    def finish(self) -> RunReport:
        """The run's report with its counts and output locations (alerts and HTML report are
        added by the caller, which runs them as tasks)."""
        r, c = self.report, self.counters
        r.sentiment_counts, r.pillar_counts = dict(c["sentiment"]), dict(c["pillars"])
        r.pitfall_counts, r.quarantine_reasons = dict(c["pitfalls"]), dict(c["reasons"])
        r.urgent_counts, r.urgent_level_counts = dict(c["urgent"]), dict(c["urgent_level"])
        r.warning_counts = dict(c["warnings"])
        r.outputs = {"comments": str(self.out_dir / "comments"), "quarantine": str(self.out_dir / "quarantine"),
                     "alerts": str(self.out_dir / "alerts")}
        return r


def _new_quarantine(q: pd.DataFrame, name: str, seen: SeenIds, seen_rows: set[tuple[str, int]]
                    ) -> tuple[pd.DataFrame, int]:
    """The ingest quarantine rows not quarantined before: by comment id, as tagged rows are, or
    (rows the reader could not split, which have no id) by file and record number. Returns the
    new rows and how many were already there (counted as duplicates)."""
    if not len(q):
        return q, 0
    ids = q["comment_id"]
    old = pd.Series(seen.isin(ids), index=q.index) | (ids.notna() & ids.duplicated(keep="first"))
    old |= ids.isna() & pd.Series([(name, int(r)) in seen_rows for r in q["source_row"]], index=q.index)
    return q.loc[~old].reset_index(drop=True), int(old.sum())


def _quarantined_rows(out_dir: UPath) -> set[tuple[str, int]]:
    """(file, record) of the quarantined rows that have no comment id (unsplittable records)."""
    q = read_dataset(out_dir / "quarantine")
    if q.empty:
        return set()
    q = q[q["comment_id"].isna()]
    return {(str(f), int(r)) for f, r in zip(q["source_file"], q["source_row"])}
