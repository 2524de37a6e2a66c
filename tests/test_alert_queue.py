"""The alert queue: append-only actions, states, and what is still open by level and age."""
from __future__ import annotations

from datetime import datetime, timedelta, UTC

import pandas as pd
import pytest

from cxnlp.analytics.alert_queue import (AlertActionError, alert_states, open_by_level_and_age, read_events, record_action,
                               sort_for_reading)

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def _alerts(run: str, processed: datetime) -> pd.DataFrame:
    return pd.DataFrame({
        "comment_id": ["c:1", "c:2", "c:3"], "urgent_level": ["review", "urgent", "urgent"],
        "urgent_score": [0.4, 1.0, 0.7], "urgent_reason": ["clinical_harm", "self_harm", "abuse_or_neglect"],
        "received_at": pd.Timestamp("2026-11-30", tz="UTC"), "text": ["a", "b", "c"], "run_id": run,
        "processed_at": pd.Timestamp(processed)})


def test_actions_are_logged_and_resolved_alerts_stay_closed(tmp_path):
    alerts = _alerts("r1", NOW - timedelta(days=3))
    record_action(tmp_path, alerts, "c:2", "ack", by="ward manager", now=NOW)
    record_action(tmp_path, alerts, "c:2", "resolve", by="ward manager", note="called the patient", now=NOW)
    record_action(tmp_path, alerts, "c:3", "ack", by="safety lead", note="reading", now=NOW)
    events = read_events(tmp_path)
    assert list(events["action"]) == ["ack", "resolve", "ack"]  # one file per action, nothing rewritten
    assert len(list((tmp_path / "alert_log").glob("*.parquet"))) == 3
    # a rerun that finds the same comments again (new run id, later processed_at) does not reopen them
    again = pd.concat([alerts, _alerts("r2", NOW)], ignore_index=True)
    states = alert_states(again, read_events(tmp_path), now=NOW).set_index("comment_id")
    assert states.loc["c:2", "state"] == "resolved" and states.loc["c:2", "last_note"] == "called the patient"
    assert states.loc["c:3", "state"] == "acknowledged" and states.loc["c:1", "state"] == "open"
    assert states.loc["c:1", "age_days"] == pytest.approx(3.0)  # age from when it was first raised
    assert open_by_level_and_age(states.reset_index()) == {"review": {"1-7 days": 1}, "urgent": {"1-7 days": 1}}
    with pytest.raises(AlertActionError, match="already resolved"):
        record_action(tmp_path, again, "c:2", "ack", by="someone", now=NOW)


def test_refusals(tmp_path):
    alerts = _alerts("r1", NOW)
    with pytest.raises(AlertActionError, match="needs a note"):
        record_action(tmp_path, alerts, "c:1", "resolve", by="x")
    with pytest.raises(AlertActionError, match="no alert"):
        record_action(tmp_path, alerts, "c:404", "ack", by="x")
    with pytest.raises(AlertActionError, match="--by"):
        record_action(tmp_path, alerts, "c:1", "ack", by=" ")
    with pytest.raises(AlertActionError, match="action must be"):
        record_action(tmp_path, alerts, "c:1", "close", by="x")
    assert read_events(tmp_path).empty


def test_reading_order_puts_urgent_first():
    states = alert_states(_alerts("r1", NOW), read_events("/nonexistent-cxnlp-folder"), now=NOW)
    assert list(sort_for_reading(states)["comment_id"]) == ["c:2", "c:3", "c:1"]


def test_cli_ack_resolve_and_listing(tmp_path):
    from typer.testing import CliRunner

    from cxnlp.cli import app

    out = tmp_path / "tagged"
    (out / "alerts").mkdir(parents=True)
    alerts = _alerts("r1", NOW - timedelta(days=2)).assign(
        urgent_source=["model", "pattern", "model"], urgent_evidence=["ev a", "ev b", "ev c"], provider=None,
        service=None, source_file="f.csv")
    alerts.to_parquet(out / "alerts" / "r1.parquet", index=False)
    runner = CliRunner()
    listed = runner.invoke(app, ["alerts", "--output-dir", str(out), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    import json

    rows = json.loads(listed.stdout)
    assert [r["comment_id"] for r in rows] == ["c:2", "c:3", "c:1"]  # urgent first, then review
    assert rows[0]["urgent_evidence"] == "ev b" and rows[0]["state"] == "open"
    res = runner.invoke(app, ["alerts", "ack", "c:3", "--by", "safety lead", "--output-dir", str(out)])
    assert res.exit_code == 0 and "acknowledged" in res.stdout
    res = runner.invoke(app, ["alerts", "resolve", "c:2", "--by", "ward manager", "--output-dir", str(out)])
    assert res.exit_code != 0  # a note is required
    res = runner.invoke(app, ["alerts", "resolve", "c:2", "--by", "ward manager", "--note", "called back",
                              "--output-dir", str(out)])
    assert res.exit_code == 0, res.output
    rows = json.loads(runner.invoke(app, ["alerts", "--output-dir", str(out), "--format", "json"]).stdout)
    assert [(r["comment_id"], r["state"]) for r in rows] == [("c:3", "acknowledged"), ("c:1", "open")]
    rows = json.loads(runner.invoke(app, ["alerts", "--output-dir", str(out), "--format", "json", "--level",
                                          "review"]).stdout)
    assert [r["comment_id"] for r in rows] == ["c:1"]
    res = runner.invoke(app, ["alerts", "ack", "c:2", "--by", "x", "--output-dir", str(out)])
    assert res.exit_code == 2 and "already resolved" in res.output


def test_notification_counts_levels_never_text():
    from cxnlp.batch.notify import alert_message

    msg = alert_message("r1", {"self_harm": 1, "clinical_harm": 3}, {"urgent": 1, "review": 3})
    assert (msg["urgent"], msg["review"], msg["flagged"]) == (1, 3, 4)
    assert "1 comment(s) to read today (urgent), 3 to read this week (review)" in msg["text"]
