"""The flow on a 2-worker Dask LocalCluster (prefect-dask) gives the single-process output, row for row."""
import pandas as pd
from prefect.testing.utilities import prefect_test_harness

from conftest import make_project
from cxnlp.io import read_dataset

VOLATILE = ["run_id", "processed_at"]


def _run(tmp, root, distributed):
    from pipelines.batch import cx_batch, with_dask

    make_project(tmp, root)
    # Every CSV streamed in 100-row chunks: several chunks per file, spread over the workers, with
    # at most one queued at a time (the driver waits for each before reading on).
    (tmp / "settings.yaml").write_text("chunk_rows: 100\nstream_from_mb: 0\n")
    flow_fn = with_dask(n_workers=2) if distributed else cx_batch
    summary = flow_fn(root=str(tmp), settings_file=str(tmp / "settings.yaml"), distributed=distributed,
                      max_in_flight=1)
    out = tmp / "data" / "tagged"
    comments = read_dataset(out / "comments", partition="received_month").drop(columns=VOLATILE)
    quarantine = read_dataset(out / "quarantine").drop(columns=VOLATILE)
    return summary, comments.sort_values("comment_id").reset_index(drop=True), \
        quarantine.sort_values(["source_file", "source_row"]).reset_index(drop=True)


def test_dask_output_equals_single_process(tmp_path, root):
    with prefect_test_harness():
        s1, c1, q1 = _run(tmp_path / "single", root, distributed=False)
        s2, c2, q2 = _run(tmp_path / "dask", root, distributed=True)
    assert s1["totals"] == s2["totals"]
    assert len(c1) == s1["totals"]["tagged"] > 400
    pd.testing.assert_frame_equal(c1, c2, check_like=True)
    pd.testing.assert_frame_equal(q1, q2, check_like=True)
