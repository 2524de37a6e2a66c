"""The nightly batch flow ``cx-batch``: discover -> ingest -> redact+classify -> write -> summary.

Wiring only: each task wraps one function of :mod:`cxnlp.batch.steps`; only the I/O tasks
retry. Runs with no Prefect server (ephemeral mode); ``cxnlp serve`` adds a cron schedule
against a server.
"""
from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.states import Failed

from cxnlp.batch import steps
from cxnlp.batch.notify import alert_message, post_webhook
from cxnlp.batch.runs import RunReport
from cxnlp.config import Settings
from cxnlp.ingest.formats import IngestError
from pipelines.prefect_api import api_url

def _retry_unless_bad_input(task: Any, task_run: Any, state: Any) -> bool:
    """Retry I/O hiccups, not files that are simply malformed (those fail the same way again)."""
    try:
        state.result()
    except IngestError:
        return False
    except Exception:
        return True
    return False


discover_files = task(name="discover", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)(
    steps.discover_sources)
ingest_file = task(name="ingest", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE,
                   retry_condition_fn=_retry_unless_bad_input)(steps.ingest_whole_file)
tag_and_write = task(name="tag-and-write", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE,
                     retry_condition_fn=_retry_unless_bad_input)(steps.tag_and_write)
open_alert_counts = task(name="open-alerts", retries=1, cache_policy=NO_CACHE)(steps.open_alert_counts)
write_run_report = task(name="report", retries=1, cache_policy=NO_CACHE)(steps.write_run_report)


@task(name="notify", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def notify(settings: Settings, run_id: str, by_reason: dict[str, int], by_level: dict[str, int]) -> None:
    payload = alert_message(run_id, by_reason, by_level)
    if settings.notify_webhook:
        post_webhook(settings.notify_webhook, payload)
    if settings.notify_block:
        from prefect.blocks.core import Block

        Block.load(settings.notify_block).notify(payload["text"])  # type: ignore[attr-defined,union-attr]


@task(name="summary", cache_policy=NO_CACHE)
def publish_summary(report: RunReport, out_dir: Any) -> dict[str, Any]:
    create_markdown_artifact(markdown=report.markdown(), key="cx-batch-summary",
                             description=f"cxnlp run {report.run_id}")
    steps.write_runs_row(report, out_dir)
    return report.to_dict()


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
    settings, mdir = steps.settings_and_model(root, settings_file, raw_dir, output_dir, model_dir, sources_file)
    run = steps.BatchRun.start(settings, mdir, load_model=not distributed)
    files = discover_files(settings)
    logger.info("run %s: %d input files, %d comment ids already processed", run.run_id, len(files), len(run.seen))
    for i, source in enumerate(files, start=1):
        begun = run.begin_file(source)
        if begun is None:
            continue
        fr, digest = begun
        pending: list[Any] = []
        try:
            for chunk in run.new_chunks(source, fr, ingest=ingest_file):
                if not distributed:
                    run.tally(fr, tag_and_write(*chunk.args))
                    logger.info("file %d/%d: %d rows so far (run: %.0f comments/s)", i, len(files), fr.rows_read,
                                run.rate())
                    continue
                # A bounded number of chunks in flight keeps this process's memory flat
                # however large the input: wait for the oldest before reading further.
                while len(pending) >= max_in_flight:
                    run.tally(fr, pending.pop(0).result())
                pending.append(tag_and_write.submit(*chunk.args))
            for fut in pending:
                run.tally(fr, fut.result())
        except IngestError as exc:
            for fut in pending:  # chunks already submitted still finish and count
                if fut.state.is_completed():
                    run.tally(fr, fut.result())
            if not run.file_failed(fr, source, exc):
                logger.warning("file %d/%d failed: %s", i, len(files), fr.error)
                continue
        run.file_done(fr, digest)
        if fr.status == "empty":
            logger.warning("file %d/%d is empty: %s", i, len(files), fr.error)
        logger.info("file %d/%d: %d read, %d tagged, %d quarantined, %d duplicates", i, len(files),
                    fr.rows_read, fr.tagged, fr.quarantined, fr.duplicates)
    report = run.finish()
    report.open_alerts = open_alert_counts(run.out_dir)
    report_path = write_run_report(run.out_dir, run.run_id)
    if report_path:
        report.outputs["report"] = report_path
    summary = publish_summary(report, run.out_dir)
    if report.urgent_counts and (settings.notify_webhook or settings.notify_block):
        notify(settings, run.run_id, report.urgent_counts, report.urgent_level_counts)
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
    return cx_batch.with_options(task_runner=runner)  # type: ignore[arg-type]  # prefect-dask's runner
