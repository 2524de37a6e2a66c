"""Notify someone when a run finds urgent comments: counts and ids only, never text."""
from __future__ import annotations

import json
import logging
import urllib.request
from typing import Any

__all__ = ["alert_message", "post_webhook"]

log = logging.getLogger(__name__)


def alert_message(run_id: str, by_reason: dict[str, int], by_level: dict[str, int] | None = None
                  ) -> dict[str, Any]:
    """The notification payload: how many flagged comments at each level, of which kind, and where
    to read them (counts only, never text)."""
    total = sum(by_reason.values())
    by_level = dict(by_level) if by_level is not None else {"urgent": total}
    return {
        "text": f"cxnlp run {run_id}: {by_level.get('urgent', 0)} comment(s) to read today (urgent), "
                f"{by_level.get('review', 0)} to read this week (review) "
                f"({', '.join(f'{k} {v}' for k, v in sorted(by_reason.items()))}). "
                "See `cxnlp alerts` or data/tagged/alerts/.",
        "run_id": run_id,
        "flagged": total,
        "urgent": by_level.get("urgent", 0),
        "review": by_level.get("review", 0),
        "by_level": by_level,
        "by_reason": by_reason,
    }


def post_webhook(url: str, payload: dict[str, Any], timeout: float = 10.0) -> bool:
    """POST ``payload`` as JSON; returns False (and logs the status, not the payload) on failure."""
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - URL from settings
            return bool(200 <= resp.status < 300)
    except OSError as exc:
        log.warning("alert webhook failed: %s", type(exc).__name__)
        return False
