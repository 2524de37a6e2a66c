"""The flow on a 2-worker Dask LocalCluster (prefect-dask), and with its input and output on an
fsspec file system, gives the single-process local output, row for row."""
import uuid

import pandas as pd
import pytest
from conftest import make_project, prefect_harness
from upath import UPath

from cxnlp.ingest.readers import read_dataset

VOLATILE = ["run_id", "processed_at"]


def _run(tmp, root, distributed, raw_dir=None, output_dir=None):
    from pipelines.batch import cx_batch, with_dask

    make_project(tmp, root)
    # Every CSV streamed in 100-row chunks: several chunks per file, spread over the workers, with
    # at most one queued at a time (the driver waits for each before reading on).
    (tmp / "settings.yaml").write_text("chunk_rows: 100\nstream_from_mb: 0\n")
    flow_fn = with_dask(n_workers=2) if distributed else cx_batch
    summary = flow_fn(root=str(tmp), settings_file=str(tmp / "settings.yaml"), distributed=distributed,
                      max_in_flight=1, raw_dir=raw_dir, output_dir=output_dir)
    out = UPath(output_dir) if output_dir else tmp / "data" / "tagged"
    comments = read_dataset(out / "comments", partition="received_month").drop(columns=VOLATILE)
    quarantine = read_dataset(out / "quarantine").drop(columns=VOLATILE)
    return summary, comments.sort_values("comment_id").reset_index(drop=True), \
        quarantine.sort_values(["source_file", "source_row"]).reset_index(drop=True)


def _copy_raw(root, url):
    """The repository's raw inputs copied to a store (``url``: a folder on memory://)."""
    for p in (root / "data" / "raw").rglob("*"):
        if p.is_file() and p.suffix != ".md":
            target = UPath(url) / p.relative_to(root / "data" / "raw").as_posix()
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(p.read_bytes())


@pytest.fixture(scope="module")
def harness():
    with prefect_harness():
        yield


@pytest.fixture(scope="module")
def single(harness, tmp_path_factory, root):
    return _run(tmp_path_factory.mktemp("single"), root, distributed=False)


def test_dask_output_equals_single_process(single, tmp_path, root):
    s1, c1, q1 = single
    s2, c2, q2 = _run(tmp_path / "dask", root, distributed=True)
    assert s1["totals"] == s2["totals"]
    assert len(c1) == s1["totals"]["tagged"] > 400
    pd.testing.assert_frame_equal(c1, c2, check_like=True)
    pd.testing.assert_frame_equal(q1, q2, check_like=True)


def test_fsspec_input_and_output_equal_local(single, tmp_path, root):
    """Raw files read from, and every output written to, an fsspec URL (memory:// stands in for
    s3://): the same rows, a rerun skips the files by the manifest there, and SQL reads it."""
    from cxnlp.analytics.query import run_query
    from pipelines.batch import cx_batch

    s1, c1, q1 = single
    bucket = f"memory://cx-{uuid.uuid4().hex[:8]}"
    _copy_raw(root, f"{bucket}/raw")
    s2, c2, q2 = _run(tmp_path / "remote", root, distributed=False, raw_dir=f"{bucket}/raw",
                      output_dir=f"{bucket}/tagged")
    assert s1["totals"] == s2["totals"]
    pd.testing.assert_frame_equal(c1, c2, check_like=True)
    pd.testing.assert_frame_equal(q1, q2, check_like=True)
    assert not (tmp_path / "remote" / "data" / "tagged").exists()  # nothing went to the local default
    out = UPath(f"{bucket}/tagged")
    assert (out / "manifest.json").exists() and list((out / "reports").iterdir())
    rerun = cx_batch(root=str(tmp_path / "remote"), raw_dir=f"{bucket}/raw", output_dir=f"{bucket}/tagged")
    assert {f["status"] for f in rerun["files"]} == {"skipped"}
    counted = run_query(f"{bucket}/tagged", "select count(*) as n, count(distinct run_id) as runs from comments")
    assert counted.to_dict("records") == [{"n": len(c1), "runs": 1}]
    alerts = run_query(f"{bucket}/tagged", "select count(*) as n from alerts")
    assert alerts["n"][0] == sum(s2["urgent_counts"].values()) == c1["urgent_level"].notna().sum() > 0

    # the analysts' commands take the same URL
    from typer.testing import CliRunner

    from cxnlp.cli import app

    cli = CliRunner()
    res = cli.invoke(app, ["alerts", "--output-dir", f"{bucket}/tagged"])
    assert res.exit_code == 0 and f"{alerts['n'][0]} open alert(s)" in res.output
    res = cli.invoke(app, ["query", "--output-dir", f"{bucket}/tagged", "--format", "csv",
                           "select count(*) as n from pillar_mentions"])
    assert res.exit_code == 0 and res.output.splitlines()[-1] == str(sum(len(p) for p in c1["pillars"]))
    page = tmp_path / "report.html"
    res = cli.invoke(app, ["report", "--output-dir", f"{bucket}/tagged", "-o", str(page)])
    assert res.exit_code == 0 and f"<strong>{len(c1):,}</strong> tagged comments" in page.read_text()


def test_dask_chunks_write_to_an_fsspec_url(single, tmp_path, root):
    """The distributed path (chunks submitted to Dask through prefect-dask) with input and output
    on a store. memory:// lives in one process, so the two workers are threads here; settings
    holding URLs must also survive pickling, as they do on the way to worker processes."""
    import pickle

    from prefect_dask import DaskTaskRunner

    from cxnlp.config import Settings
    from pipelines.batch import cx_batch

    s = Settings(raw_dir="memory://cx/raw", output_dir="memory://cx/tagged")
    back = pickle.loads(pickle.dumps(s))
    assert (str(back.raw_dir), str(back.output_dir)) == ("memory://cx/raw", "memory://cx/tagged")

    s1, c1, _ = single
    bucket = f"memory://cxd-{uuid.uuid4().hex[:8]}"
    _copy_raw(root, f"{bucket}/raw")
    project = make_project(tmp_path / "p", root)
    (project / "settings.yaml").write_text("chunk_rows: 100\nstream_from_mb: 0\n")
    runner = DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": False,
                                            "dashboard_address": None})
    summary = cx_batch.with_options(task_runner=runner)(
        root=str(project), settings_file=str(project / "settings.yaml"), raw_dir=f"{bucket}/raw",
        output_dir=f"{bucket}/tagged", distributed=True, max_in_flight=2)
    assert summary["totals"] == s1["totals"]
    c2 = read_dataset(f"{bucket}/tagged/comments", partition="received_month").drop(columns=VOLATILE)
    pd.testing.assert_frame_equal(c1, c2.sort_values("comment_id").reset_index(drop=True), check_like=True)
