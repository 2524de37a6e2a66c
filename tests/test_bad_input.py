"""Broken exports: a clear error naming the file (and line), or quarantine rows with a reason;
never a crash half way, never a silently dropped comment."""
import pandas as pd
import pytest

from conftest import make_project, prefect_harness
from cxnlp.ingest.formats import IngestError, SourceSpec, normalise
from cxnlp.ingest.readers import read_dataset, read_records

BAD = "tests/data/bad"


def test_ragged_rows_are_quarantined_with_line(root):
    raw = read_records(root / BAD / "ragged_rows.csv")
    res = normalise(raw, SourceSpec(format="mapped", columns={"text": "text", "id": "id", "rating": "rating"}),
                    source_file="ragged_rows.csv")
    assert len(res.rows) + len(res.quarantine) == 5
    reasons = dict(zip(res.quarantine["source_row"], res.quarantine["reason"]))
    assert reasons[2].startswith("ragged_row (4 fields, expected 3) at line 3")
    assert reasons[4].startswith("ragged_row (1 fields, expected 3) at line 5")
    assert list(res.rows["comment_id"]) == ["ragged_rows:1", "ragged_rows:3", "ragged_rows:5"]  # numbers stay true


@pytest.mark.parametrize("name,text", [("cp1252.csv", "Café staff were “lovely” – thanks"),
                                       ("latin1.csv", "Très bien, merci à tous"),
                                       ("utf16_bom.csv", "Nurses were kind 😊")])
def test_encodings(root, name, text):
    assert read_records(root / BAD / name).loc[0, "text"] == text


@pytest.mark.parametrize("name,message", [
    ("empty.csv", "empty.csv: file is empty"),
    ("header_only.csv", "header_only.csv: no records"),
    ("binary_garbage.csv", "binary_garbage.csv: looks like a binary file"),
    ("truncated.json", "truncated.json: invalid JSON at line 1 column"),
])
def test_unreadable_files_name_the_file(root, name, message):
    with pytest.raises(IngestError, match=message):
        read_records(root / BAD / name)


def test_missing_text_column(root):
    raw = read_records(root / BAD / "missing_text_column.csv")
    with pytest.raises(IngestError, match="missing_text_column.csv: column 'text' not found"):
        normalise(raw, SourceSpec(format="mapped", columns={"text": "text"}), source_file="missing_text_column.csv")


def test_wrong_types_and_duplicates_are_kept_with_reasons(root):
    raw = read_records(root / BAD / "duplicates_wrong_types_yelp.json")
    res = normalise(raw, None, source_file="y.json")
    assert len(res.rows) == 4
    warn = dict(zip(res.rows["text"], res.rows["ingest_warning"]))
    assert warn["Rating is not a number"] == "unparsed_date;unparsed_rating"
    assert res.rows.set_index("text").loc["Rating out of range", "rating_scaled"] != res.rows.set_index(
        "text").loc["Rating out of range", "rating_scaled"]  # 9 on a 1..5 scale: no scaled value


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory, root):
    from pipelines.batch import cx_batch

    tmp = make_project(tmp_path_factory.mktemp("bad"), root, raw=root / BAD, sources=root / BAD / "sources.yaml")
    raw = tmp / "data" / "raw"
    pd.DataFrame({"id": ["big", "small"], "text": ["word " * 1_100_000, "A normal comment"]}).to_csv(
        raw / "huge_comment.csv", index=False)  # a 5.5 MB comment
    with prefect_harness():
        state = cx_batch(root=str(tmp), return_state=True)
    return tmp, state


def test_bad_corpus_run_reconciles_every_file(bad_run):
    tmp, state = bad_run
    summary = state.result(raise_on_failure=False)
    files = {f["file"]: f for f in summary["files"]}
    failed = {"empty.csv", "binary_garbage.csv", "truncated.json", "missing_text_column.csv"}
    assert {f for f, v in files.items() if v["status"] == "failed"} == failed
    for name in failed:
        assert name in files[name]["error"]
    # a header-only export is a warning, not a failure (its columns were checked)
    assert files["header_only.csv"]["status"] == "empty" and "no records" in files["header_only.csv"]["note"]
    for f in files.values():
        if f["status"] == "ok":
            assert f["rows_read"] == f["tagged"] + f["quarantined"] + f["duplicates"], f
    assert files["duplicates_wrong_types_yelp.json"]["duplicates"] == 1
    # plain ids ("1", "2") of different files are different comments, not duplicates
    assert sum(f["duplicates"] for f in files.values()) == 1
    assert files["huge_comment.csv"]["quarantined"] == 1 and files["huge_comment.csv"]["tagged"] == 1
    assert files["ragged_rows.csv"]["quarantined"] == 2
    assert files["several_sheets.xlsx"]["tagged"] == 2
    # the run ends Failed and names the files that failed; everything else was written
    assert state.is_failed()
    for name in failed:
        assert name in state.message
    comments = read_dataset(tmp / "data" / "tagged" / "comments", partition="received_month")
    assert len(comments) == summary["totals"]["tagged"]
    q = read_dataset(tmp / "data" / "tagged" / "quarantine")
    assert any(r.startswith("text_too_long") for r in q["reason"])


def test_html_is_kept_as_text_not_executed(bad_run):
    tmp, _ = bad_run
    comments = read_dataset(tmp / "data" / "tagged" / "comments", partition="received_month")
    html = comments.set_index("comment_id").loc["google:h1", "text"]
    assert "Great" in html and "👍" in html
