"""Crash safety and privacy of logs, with the real CLI in a subprocess."""
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from conftest import make_project, prefect_harness
from cxnlp.ingest.readers import read_dataset

SECRETS = ["07700 900461", "example.patient@example.com", "Example Reviewer Two", "Example Z."]


def _env(tmp):
    env = dict(os.environ)
    env.update(PREFECT_HOME=str(tmp / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_LOGGING_LEVEL="DEBUG", PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120",
               COLUMNS="200")
    return env


def _cli(tmp, root):
    return [sys.executable, "-m", "cxnlp.cli", "run", "--root", str(tmp)]


def test_logs_artifacts_and_errors_carry_no_comment_text(tmp_path, root):
    tmp = make_project(tmp_path, root)
    proc = subprocess.run(_cli(tmp, root), env=_env(tmp), capture_output=True, text=True, timeout=600, cwd=root)
    assert proc.returncode == 0, proc.stderr[-3000:]
    logs = proc.stdout + proc.stderr
    assert "cx-batch" in logs  # the run did log
    # `cxnlp run` starts Prefect's temporary server early; the flow must reuse it, not start another.
    assert logs.count("Starting temporary server") == 1, logs[-3000:]
    # Prefect's database holds its logs and the summary artifact.
    db = b"".join(p.read_bytes() for p in (tmp / "prefect-home").rglob("*") if p.is_file())
    # ...the last of them too: the CLI ends without Python's teardown only after Prefect's exit
    # handlers have sent every log line.
    assert b"Finished in state Completed" in db
    originals = pd.read_csv(root / "data" / "raw" / "nhs_fft" / "fft_phase2_sample.csv", dtype=str)["FFT answer"]
    longest = sorted((t for t in originals.dropna() if len(t) > 60), key=len)[-20:]
    for needle in SECRETS + [t[:60] for t in longest]:
        assert needle not in logs, needle
        assert needle.encode() not in db, needle
    q = read_dataset(tmp / "data" / "tagged" / "quarantine")
    for reason in q["reason"]:
        assert not any(s in reason for s in SECRETS)


def test_killed_run_loses_and_duplicates_nothing(tmp_path, root):
    
    from pipelines.batch import cx_batch

    tmp = make_project(tmp_path, root)
    out = tmp / "data" / "tagged" / "comments"
    # Its own process group, so the kill also takes Prefect's temporary server with it (a crash
    # of the machine, not an orphaned server left running).
    proc = subprocess.Popen(_cli(tmp, root), env=_env(tmp), cwd=root, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        if out.exists() and any(out.rglob("*.parquet")) or out.exists() and any(out.rglob("*.tmp")):
            os.killpg(proc.pid, signal.SIGKILL)  # mid-run: some files written, others not
            break
        time.sleep(0.005)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    partial = read_dataset(out, partition="received_month")  # still readable (possibly still empty)
    assert partial.empty or partial["comment_id"].is_unique
    with prefect_harness():
        summary = cx_batch(root=str(tmp))
    comments = read_dataset(out, partition="received_month")
    quarantine = read_dataset(tmp / "data" / "tagged" / "quarantine")
    assert comments["comment_id"].is_unique
    assert not set(comments["comment_id"]) & set(quarantine["comment_id"].dropna())
    # every input row is accounted for exactly once across both runs
    expected = 150 + 300 + 5 + 3
    assert len(comments) + len(quarantine) == expected
    assert not list(out.rglob("*.tmp")) or all(p.name.startswith(".") for p in out.rglob("*.tmp"))
    assert summary["totals"]["tagged"] + len(partial) == len(comments)


@pytest.mark.parametrize("kind", ["comments"])
def test_temp_files_are_hidden_from_readers(tmp_path, kind):
    base = tmp_path / kind / "received_month=2021-01"
    base.mkdir(parents=True)
    (base / ".part.abc.tmp").write_bytes(b"PAR1 half")
    assert read_dataset(tmp_path / kind, partition="received_month").empty
