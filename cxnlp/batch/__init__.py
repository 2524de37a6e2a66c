"""The steps of a batch run as plain functions, which the Prefect flow
(``pipelines/batch.py``), ``cxnlp score`` and the throughput benchmark all call: tagging a chunk
of canonical rows (``tag``: redact, classify, sentences, evidence), deciding what is new
(``steps``: file fingerprints, the manifest, duplicates and quarantine), writing the Parquet
output, the per-file accounting (``runs``) and the alert notification (``notify``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from cxnlp._lazy import attach

if TYPE_CHECKING:
    from cxnlp.batch.tag import TagResult as TagResult
    from cxnlp.batch.tag import alerts_of as alerts_of
    from cxnlp.batch.tag import dedupe as dedupe
    from cxnlp.batch.tag import score_frame as score_frame
    from cxnlp.batch.tag import tag_rows as tag_rows
    from cxnlp.batch.runs import FileReport as FileReport
    from cxnlp.batch.runs import RunReport as RunReport
    from cxnlp.batch.steps import BatchRun as BatchRun
    from cxnlp.batch.steps import fingerprint as fingerprint
    from cxnlp.batch.steps import preload as preload
    from cxnlp.batch.steps import tag_and_write as tag_and_write
    from cxnlp.batch.steps import write_outputs as write_outputs
    from cxnlp.batch.notify import alert_message as alert_message
    from cxnlp.batch.notify import post_webhook as post_webhook

__all__, __getattr__, __dir__ = attach(__name__, {
    "TagResult": "tag",
    "alerts_of": "tag",
    "dedupe": "tag",
    "score_frame": "tag",
    "tag_rows": "tag",
    "FileReport": "runs",
    "RunReport": "runs",
    "BatchRun": "steps",
    "fingerprint": "steps",
    "preload": "steps",
    "tag_and_write": "steps",
    "write_outputs": "steps",
    "alert_message": "notify",
    "post_webhook": "notify",
})
