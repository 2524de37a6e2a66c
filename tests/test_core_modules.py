"""Modules that had no test of their own: settings, run accounting, notifications, model cards,
baselines."""
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import numpy as np
import pytest

from cxnlp.batch.notify import alert_message, post_webhook
from cxnlp.batch.runs import FileReport, RunReport
from cxnlp.config import env_overrides, load_settings
from cxnlp.training.baselines import LinearSvcBaseline, vader_sentiment3
from cxnlp.training.cards import model_card


# settings -------------------------------------------------------------------------------------

def test_settings_file_then_environment_then_arguments(tmp_path, monkeypatch):
    f = tmp_path / "s.yaml"
    f.write_text("seed: 7\nchunk_rows: 100\noutput_dir: out/a\n")
    assert load_settings(f).seed == 7
    monkeypatch.setenv("CXNLP_SEED", "21")
    monkeypatch.setenv("CXNLP_OUTPUT_DIR", "out/b")
    s = load_settings(f)
    assert (s.seed, s.chunk_rows, str(s.output_dir)) == (21, 100, "out/b")
    assert load_settings(f, seed=3).seed == 3  # an explicit argument wins


def test_environment_values_are_typed_and_nested(monkeypatch):
    env = {"CXNLP_INT8_INFERENCE": "true", "CXNLP_REDACTION": "{profile: hipaa_safe_harbor}",
           "CXNLP_FFT_DIR": "2024", "CXNLP_OUTPUT_DIR": "2024-09-01", "CXNLP_NOTIFY_BLOCK": "on",
           "CXNLP_SEED": "010", "CXNLP_SYNTHETIC_PARTS": "[reviews]", "CXNLP_NOT_A_KEY": "x", "CXNLP_BATCH_SIZE": ""}
    # paths and names as written; numbers decimal; flags, lists and sections as YAML
    assert env_overrides(env) == {"int8_inference": True, "redaction": {"profile": "hipaa_safe_harbor"},
                                  "fft_dir": "2024", "output_dir": "2024-09-01", "notify_block": "on",
                                  "seed": 10, "synthetic_parts": ["reviews"]}
    monkeypatch.setenv("CXNLP_SEED", "many")
    with pytest.raises(ValueError, match="CXNLP_SEED"):
        load_settings()


def test_an_environment_section_merges_with_the_file(tmp_path, monkeypatch):
    """A profile set from the environment keeps the Trust's identifier patterns of the file."""
    f = tmp_path / "s.yaml"
    f.write_text("redaction: {profile: standard, id_patterns: ['\\bRX\\d{7}\\b']}\n")
    monkeypatch.setenv("CXNLP_REDACTION", "{profile: hipaa_safe_harbor}")
    r = load_settings(f).redaction
    assert r.profile == "hipaa_safe_harbor" and r.id_patterns == [r"\bRX\d{7}\b"]
    monkeypatch.setenv("CXNLP_CHUNK_ROWS", "lots")
    with pytest.raises(ValueError, match="CXNLP_CHUNK_ROWS"):
        load_settings(f)


def test_a_missing_settings_file_is_an_error_and_unknown_keys_are_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.yaml"):
        load_settings(tmp_path / "nope.yaml")
    (tmp_path / "bad.yaml").write_text("sead: 3\n")
    with pytest.raises(ValueError, match="sead"):
        load_settings(tmp_path / "bad.yaml")


def test_paths_resolve_against_the_root_and_the_file_folder(tmp_path):
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "s.yaml").write_text("root: ..\nlabeled_dir: labels\n")
    s = load_settings(tmp_path / "conf" / "s.yaml")
    assert Path(s.path(s.labeled_dir)).resolve() == (tmp_path / "labels").resolve()
    assert Path(s.path(s.fft_dir)).name == "nhs_fft"


# run accounting -------------------------------------------------------------------------------

def test_run_report_reconciles_and_summarises_without_text():
    ok = FileReport(file="a.csv", rows_read=10, tagged=7, quarantined=2, duplicates=1, warnings={"ambiguous_date": 3})
    bad = FileReport(file="b|c.csv", status="failed", error="b|c.csv: no text column")
    report = RunReport(run_id="r1", model_version="fast-1", files=[ok, bad], urgent_level_counts={"urgent": 2},
                       urgent_counts={"self_harm": 2}, sentiment_counts={"negative": 4, "positive": 3})
    assert ok.reconciled and not FileReport(file="x", rows_read=3, tagged=1).reconciled
    assert report.totals() == {"rows_read": 10, "tagged": 7, "quarantined": 2, "duplicates": 1}
    assert report.failed_files == ["b|c.csv"] and report.empty_files == []
    d = report.to_dict()
    assert d["files"][0]["note"] == "ambiguous_date 3" and d["totals"]["tagged"] == 7
    md = report.markdown()
    assert "| b\\|c.csv | failed |" in md  # a pipe in a file name does not break the table
    assert "2 to read today (urgent)" in md and "## Failed files" in md
    assert md.index("| negative | 4 |") < md.index("| positive | 3 |")


# notifications --------------------------------------------------------------------------------

def test_alert_message_counts_levels_and_reasons_only():
    msg = alert_message("r9", {"self_harm": 1, "clinical_harm": 3}, {"urgent": 1, "review": 3})
    assert (msg["flagged"], msg["urgent"], msg["review"]) == (4, 1, 3)
    assert "1 comment(s) to read today" in msg["text"] and "clinical_harm 3, self_harm 1" in msg["text"]
    assert alert_message("r9", {"violence_or_threat": 2})["urgent"] == 2  # no level counts: all urgent


def test_post_webhook_sends_json_and_reports_failure_without_raising():
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204 if self.path == "/ok" else 500)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        assert post_webhook(url + "/ok", {"run_id": "r1"}) is True
        assert post_webhook(url + "/broken", {"run_id": "r2"}) is False
        assert post_webhook("http://127.0.0.1:9/none", {"run_id": "r3"}, timeout=2) is False
        assert received == [{"run_id": "r1"}, {"run_id": "r2"}]
    finally:
        server.shutdown()


# model cards ----------------------------------------------------------------------------------

def test_model_card_names_labels_thresholds_data_and_figures():
    meta = {"tier": "fast", "version": "fast-9", "labels": {"sentiment": ["positive", "negative"],
            "pillars": ["empathy"], "pitfalls": ["tone"]}, "thresholds": {"pillars": {"empathy": 0.4512},
            "pitfalls": {"tone": 0.3}}, "synthetic_parts": ["reviews"], "seed": 13, "test_fold": 0}
    metrics = {"sentiment3_fft": {"macro_f1": 0.7123, "n": 1012}, "urgent": {"recall": 1.0, "precision": 0.08,
               "positives": 20, "flagged": 250}, "cv": {"pillars.macro_f1": {"mean": 0.66, "sd": 0.014}}}
    card = model_card(meta, metrics)
    assert card.startswith("# cxnlp model fast fast-9")
    assert "| empathy | 0.451 |" in card and "- pillars: empathy" in card
    assert "reviews (parts kept only where the ablation" in card
    assert "| sentiment3_fft macro_f1 | 0.712 |" in card and "20 / 250" in card
    assert "- pillars.macro_f1: 0.660 ± 0.014" in card
    assert "read again with each comment's parts" not in card
    # a model that reads its pillars with the comments' parts shows those thresholds too
    card = model_card({**meta, "parts": {"thresholds": {"pillars": {"empathy": 0.55}}}}, metrics)
    assert "read again with each comment's parts" in card and "| empathy | 0.550 |" in card


# baselines ------------------------------------------------------------------------------------

def test_baselines_learn_real_comments(corpus):
    rows = corpus[corpus["sentiment"].isin(["positive", "negative"])].head(400)
    texts, labels = rows["text"].tolist(), rows["sentiment"].tolist()
    base = LinearSvcBaseline().fit_sentiment(texts[:300], labels[:300])
    accuracy = np.mean(base.predict_sentiment(texts[300:]) == np.array(labels[300:]))
    assert accuracy > 0.75
    assert vader_sentiment3(["The nurses were wonderful and kind", "Terrible, rude and dirty",
                             "I attended on Tuesday"]) == ["positive", "negative", "neutral"]


def test_train_uses_the_root_a_settings_file_names(tmp_path, monkeypatch):
    """`cxnlp train --settings` honours the file's `root:` (labels read, models written there)."""
    from typer.testing import CliRunner

    import pipelines.train
    from cxnlp.cli import app

    project = tmp_path / "project"
    (project / "models").mkdir(parents=True)
    (tmp_path / "prod.yaml").write_text(f"root: {project}\n")
    seen = []
    monkeypatch.setattr(pipelines.train, "cx_train", lambda **kw: seen.append(kw) or {"model_dir": "m", "metrics": {}})
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(app, ["train", "--settings", str(tmp_path / "prod.yaml"), "-q"])
    assert res.exit_code == 0, res.output
    assert Path(seen[0]["root"]) == project and seen[0]["settings_file"] == str((tmp_path / "prod.yaml").resolve())
