"""The steps of a batch run as plain functions, which the Prefect flow
(``pipelines/batch.py``), ``cxnlp score`` and the throughput benchmark all call: tagging a chunk
of canonical rows (``tag``: redact, classify, sentences, evidence), deciding what is new
(``steps``: file fingerprints, the manifest, duplicates and quarantine), writing the Parquet
output, the per-file accounting (``runs``) and the alert notification (``notify``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from cxnlp._lazy import attach

if TYPE_CHECKING:
    from cxnlp.batch.tag import TagResult as TagResult, alerts_of as alerts_of, dedupe as dedupe, score_frame as score_frame, tag_rows as tag_rows
    from cxnlp.batch.runs import FileReport as FileReport, RunReport as RunReport
    from cxnlp.batch.notify import alert_message as alert_message, post_webhook as post_webhook

__all__, __getattr__, __dir__ = attach(__name__, {
    "TagResult": "tag",
    "alerts_of": "tag",
    "dedupe": "tag",
    "score_frame": "tag",
    "tag_rows": "tag",
    "FileReport": "runs",
    "RunReport": "runs",
    "alert_message": "notify",
    "post_webhook": "notify",
})
