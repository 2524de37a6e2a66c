"""The batch flow end to end on fixtures in a temporary folder, under Prefect's test harness."""
import json
import pandas as pd
import pyarrow.dataset as ds
import pytest

from cxnlp.ingest.readers import read_dataset
from conftest import make_project, prefect_harness
from cxnlp.schema import COMMENTS

PLANTED = {
    "phone": "07700 900461",
    "email": "example.patient@example.com",
    "reviewer": "Example Reviewer Two",
    "yelp_user": "Example Z.",
}


@pytest.fixture(scope="module")
def harness():
    with prefect_harness():
        yield


@pytest.fixture(scope="module")
def project(tmp_path_factory, root):
    return make_project(tmp_path_factory.mktemp("project"), root)


@pytest.fixture(scope="module")
def first_run(harness, project):
    from pipelines.batch import cx_batch

    return cx_batch(root=str(project))


def test_every_row_accounted_for(first_run, project):
    files = {f["file"]: f for f in first_run["files"]}
    assert set(files) == {"nhs_fft/fft_phase1_sample.csv", "nhs_fft/fft_phase2_sample.csv",
                          "reviews/google_reviews_example.json", "reviews/yelp_reviews_example.json"}
    assert files["nhs_fft/fft_phase2_sample.csv"]["rows_read"] == 300
    assert files["nhs_fft/fft_phase1_sample.csv"]["rows_read"] == 150
    assert files["reviews/google_reviews_example.json"]["rows_read"] == 5
    for f in files.values():
        assert f["rows_read"] == f["tagged"] + f["quarantined"] + f["duplicates"], f
    comments = read_dataset(project / "data" / "tagged" / "comments", partition="received_month")
    quarantine = read_dataset(project / "data" / "tagged" / "quarantine")
    t = first_run["totals"]
    assert len(comments) == t["tagged"] and len(quarantine) == t["quarantined"]
    assert comments["comment_id"].is_unique
    assert set(quarantine["reason"]) == {"empty_text"}


def test_schema_and_partitions(first_run, project):
    base = project / "data" / "tagged" / "comments"
    months = sorted(p.name for p in base.iterdir())
    assert "received_month=unknown" in months and any(m.startswith("received_month=2021-") for m in months)
    dataset = ds.dataset(str(base), format="parquet", partitioning="hive")
    names = set(dataset.schema.names)
    assert set(COMMENTS.names) <= names
    table = dataset.to_table()
    assert table.num_rows == first_run["totals"]["tagged"]
    frame = table.to_pandas()
    assert frame["sentiment"].isin(["positive", "negative", "neutral", "mixed"]).all()
    assert frame["sentiment_score"].between(-1, 1).all()
    assert (frame["status"] == "tagged").all()


def test_no_personal_data_in_output(first_run, project):
    blob = ""
    for p in (project / "data" / "tagged").rglob("*"):
        if p.is_file():
            blob += p.read_bytes().decode("latin-1")
    for secret in PLANTED.values():
        assert secret not in blob, secret
    comments = read_dataset(project / "data" / "tagged" / "comments", partition="received_month")
    g2 = comments.set_index("comment_id").loc["google:g-ex-002"]
    assert "[PHONE]" in g2["text"] and g2["redactions"]["phone"] == 1


def test_rerun_adds_nothing(first_run, project):
    from pipelines.batch import cx_batch

    again = cx_batch(root=str(project))
    assert again["totals"]["tagged"] == 0
    assert all(f["status"] == "skipped" for f in again["files"])
    comments = read_dataset(project / "data" / "tagged" / "comments", partition="received_month")
    assert len(comments) == first_run["totals"]["tagged"]


def test_new_file_with_overlapping_ids_counts_duplicates(first_run, project):
    from pipelines.batch import cx_batch

    src = pd.read_csv(project / "data" / "raw" / "nhs_fft" / "fft_phase2_sample.csv", dtype=str)
    extra = src.head(20).copy()
    extra.loc[extra.index[:5], "Comment ID"] = [f"NEW-{i}" for i in range(5)]
    extra.loc[extra.index[:5], "FFT answer"] = ["Brilliant crew, thank you"] * 5
    extra.to_csv(project / "data" / "raw" / "nhs_fft" / "fft_phase2_extra.csv", index=False)
    run = cx_batch(root=str(project))
    f = {x["file"]: x for x in run["files"]}["nhs_fft/fft_phase2_extra.csv"]
    assert f["rows_read"] == 20 and f["tagged"] == 5
    assert f["duplicates"] + f["quarantined"] == 15
    comments = read_dataset(project / "data" / "tagged" / "comments", partition="received_month")
    assert comments["comment_id"].is_unique
    manifest = json.loads((project / "data" / "tagged" / "manifest.json").read_text())
    assert "nhs_fft/fft_phase2_extra.csv" in manifest["files"]


def test_alerts_written_and_listed(first_run, project):
    from typer.testing import CliRunner

    from cxnlp.cli import app

    comments = read_dataset(project / "data" / "tagged" / "comments", partition="received_month")
    alerts = read_dataset(project / "data" / "tagged" / "alerts")
    assert len(alerts) == int(comments["urgent_level"].notna().sum())  # either level
    assert sum(first_run["urgent_counts"].values()) == len(alerts)
    assert sum(first_run["urgent_level_counts"].values()) == len(alerts), first_run["urgent_level_counts"]
    assert set(alerts["urgent_level"]) <= {"urgent", "review"} and alerts["urgent_evidence"].notna().all()
    assert (comments["urgent"] == comments["urgent_level"].eq("urgent")).all()
    open_now = first_run["open_alerts"]
    assert sum(n for ages in open_now.values() for n in ages.values()) == len(alerts)  # nothing resolved yet
    assert set(alerts["comment_id"]) <= set(comments["comment_id"])
    res = CliRunner().invoke(app, ["alerts", "--root", str(project)])
    assert res.exit_code == 0
    assert f"{len(alerts)} open alert(s)" in res.output or (len(alerts) == 0 and "no open alerts" in res.output)
    assert alerts["urgent_score"].between(0, 1).all()
    by_id = comments.set_index("comment_id")["urgent_score"]
    assert (alerts.set_index("comment_id")["urgent_score"] == by_id.loc[alerts["comment_id"]]).all()
    listed = json.loads(CliRunner().invoke(app, ["alerts", "--root", str(project), "--format", "json"]).stdout)
    order = [({"urgent": 0, "review": 1}[r["urgent_level"]], -r["urgent_score"]) for r in listed]
    assert len(listed) == len(alerts) and order == sorted(order)  # urgent first, then most likely first
    res = CliRunner().invoke(app, ["alerts", "--root", str(project), "--since", "not-a-date"])
    assert res.exit_code == 2 or len(alerts) == 0


def test_preload_loads_what_the_flow_uses_once(project, monkeypatch):
    """``cxnlp run`` preloads the model on a thread while Prefect starts; the flow must get those
    very objects (waiting for a load in progress, not starting another), and a preload that
    fails leaves the error to the flow."""
    import threading
    import time

    import cxnlp.models.loading as loading
    from cxnlp.batch import steps as batch

    batch._load_resources.cache_clear()
    batch.preload(root=str(project), model_dir="models/no-such-model").join()
    assert batch._load_resources.cache_info().currsize == 0
    batch._load_resources.cache_clear()

    loading_started = threading.Event()
    real_load = loading.load_any_model

    def slow_load(*args, **kwargs):
        loading_started.set()
        time.sleep(1.0)  # the flow asks while this load is still going
        return real_load(*args, **kwargs)

    monkeypatch.setattr(loading, "load_any_model", slow_load)
    thread = batch.preload(root=str(project))
    assert loading_started.wait(60)
    settings, mdir = batch.settings_and_model(str(project), None, None, None, None)
    redactor, model = batch.resources(str(mdir), settings)
    thread.join()
    info = batch._load_resources.cache_info()
    assert (info.misses, info.hits) == (1, 1)  # one load, by the preload; the flow's call waited for it
    assert model.version == json.loads((mdir / "meta.json").read_text())["version"]
