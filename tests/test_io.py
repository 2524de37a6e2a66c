import pandas as pd
import pyarrow as pa
import pytest

from cxnlp.ingest.formats import IngestError
from cxnlp.ingest.readers import discover, load_sources, read_dataset, read_records, write_partitioned


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_csv_encodings(tmp_path, encoding):
    f = tmp_path / "a.csv"
    f.write_bytes("id,text\n1,Café staff were “lovely”\n".encode(encoding))
    frame = read_records(f)
    assert frame.loc[0, "text"] == "Café staff were “lovely”"


def test_errors_name_the_file(tmp_path):
    (tmp_path / "empty.csv").write_text("")
    (tmp_path / "bad.json").write_text('{"reviews": [')
    (tmp_path / "bin.csv").write_bytes(b"\x00\x01\x02garbage\x00")
    with pytest.raises(IngestError, match="empty.csv: file is empty"):
        read_records(tmp_path / "empty.csv")
    with pytest.raises(IngestError, match="bad.json: invalid JSON at line 1"):
        read_records(tmp_path / "bad.json")
    with pytest.raises(IngestError, match="bin.csv: looks like a binary file"):
        read_records(tmp_path / "bin.csv")


def test_discover_uses_sources_file(root):
    entries = load_sources(root / "data" / "sources.yaml")
    files = {f.path.name: f for f in discover(root / "data" / "raw", entries)}
    assert files["fft_phase1_sample.csv"].spec.channel == "nhs_fft_phase1"
    assert files["google_reviews_example.json"].spec.format == "google_reviews"
    assert "README.md" not in files


def test_write_partitioned_is_atomic_and_readable(tmp_path):
    t = pa.table({"k": ["2021-01", "2021-02", "2021-01"], "v": [1, 2, 3]})
    written = write_partitioned(t, tmp_path / "ds", partition="k", basename="run1")
    assert len(written) == 2
    assert not list((tmp_path / "ds").rglob("*.tmp"))
    (tmp_path / "ds" / "k=2021-01" / ".run2.abc.tmp").write_bytes(b"half written")
    back = read_dataset(tmp_path / "ds", partition="k")
    assert sorted(back["v"]) == [1, 2, 3]


def test_read_dataset_keeps_columns_that_older_files_lack(tmp_path):
    # Output written before a column was added sits beside newer output: whichever file comes
    # first, the column is kept and the older rows read as null.
    import pyarrow as pa
    import pyarrow.parquet as pq

    from cxnlp.ingest.readers import read_dataset

    base = tmp_path / "alerts"
    base.mkdir()
    pq.write_table(pa.table({"comment_id": ["a", "b"]}), base / "1-old.parquet")
    pq.write_table(pa.table({"comment_id": ["c"], "urgent_score": pa.array([0.5], pa.float32())}),
                   base / "2-new.parquet")
    frame = read_dataset(base).sort_values("comment_id").reset_index(drop=True)
    assert list(frame["comment_id"]) == ["a", "b", "c"]
    assert frame["urgent_score"].isna().tolist() == [True, True, False]


def test_paths_resolve_urls_and_local(tmp_path):
    from cxnlp.paths import is_local, resolve

    assert str(resolve(tmp_path, "s3://bucket/cx/tagged")) == "s3://bucket/cx/tagged"
    assert resolve(tmp_path, "data/tagged") == tmp_path / "data" / "tagged"
    assert resolve(tmp_path, "/abs/out") == type(tmp_path)("/abs/out")
    local_url = resolve(tmp_path, f"file://{tmp_path}/out")  # a file:// URL is a plain local path
    assert is_local(local_url) and local_url == tmp_path / "out"
    assert not is_local(resolve(tmp_path, "memory://b/x"))


def test_dataset_manifest_and_streaming_on_an_fsspec_url(tmp_path):
    """The same functions on memory:// (standing in for s3://): partitioned write and read, ids,
    manifest, and a CSV and a Parquet file read in chunks straight from the store."""
    import uuid

    import pyarrow.parquet as pq
    from upath import UPath

    from cxnlp.ingest.readers import append_manifest, iter_records, read_manifest, read_seen_ids

    base = UPath(f"memory://t-{uuid.uuid4().hex[:8]}")
    t = pa.table({"comment_id": ["a", "b", "c"], "k": ["2021-01", "2021-02", "2021-01"]})
    written = write_partitioned(t, base / "ds", partition="k", basename="run1")
    assert written == [f"{base}/ds/k=2021-01/run1.parquet", f"{base}/ds/k=2021-02/run1.parquet"]
    assert sorted(read_dataset(base / "ds", partition="k")["comment_id"]) == ["a", "b", "c"]
    seen = read_seen_ids(base / "ds", base / "missing")
    assert len(seen) == 3 and list(seen.isin(pd.Series(["a", "b", "c", "d"]))) == [True, True, True, False]
    assert read_dataset(base / "missing").empty and len(read_seen_ids(base / "missing")) == 0

    assert read_manifest(base / "manifest.json") == {"files": {}, "comment_ids": []}
    append_manifest(base / "manifest.json", {"files": {"x.csv": "abc"}, "comment_ids": []})
    assert read_manifest(base / "manifest.json")["files"] == {"x.csv": "abc"}

    rows = "".join(f"{i},comment {i}\n" for i in range(2500))
    (base / "raw").mkdir(parents=True, exist_ok=True)
    (base / "raw" / "big.csv").write_bytes(("id,text\n" + rows).encode() + b" " * (8 * 1024 * 1024))
    chunks = list(iter_records(base / "raw" / "big.csv", chunk_rows=1000))
    assert [off for off, _ in chunks] == [0, 1000, 2000]
    assert chunks[-1][1]["text"].iloc[-1] == "comment 2499"
    with (base / "raw" / "p.parquet").open("wb") as fh:
        pq.write_table(pa.table({"id": [str(i) for i in range(30)]}), fh)
    assert [len(c) for _, c in iter_records(base / "raw" / "p.parquet", chunk_rows=20)] == [20, 10]
    assert [f.path.name for f in discover(base / "raw", [])] == ["big.csv", "p.parquet"]


def test_discover_order_is_by_path_parts(tmp_path):
    # Within a run the first file holding a comment id keeps it, so the order must not change:
    # folder by folder, as pathlib sorts ("2024/a.csv" before "2024-01.csv").
    for rel in ("2024-01.csv", "2024/a.csv", "2024 b.csv"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("id,text\n1,x\n")
    got = [f.path.relative_to(tmp_path).as_posix() for f in discover(tmp_path, [])]
    assert got == ["2024/a.csv", "2024 b.csv", "2024-01.csv"]


@pytest.mark.parametrize("value", [None, 3, "nosuchfs://bucket/x"])
def test_settings_refuse_unusable_locations_clearly(value):
    from pydantic import ValidationError

    from cxnlp.config import Settings

    with pytest.raises(ValidationError, match="output_dir"):
        Settings(output_dir=value)
