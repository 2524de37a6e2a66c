import pyarrow as pa
import pytest

from cxnlp.ingest import IngestError
from cxnlp.io import discover, load_sources, read_dataset, read_records, write_partitioned


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

    from cxnlp.io import read_dataset

    base = tmp_path / "alerts"
    base.mkdir()
    pq.write_table(pa.table({"comment_id": ["a", "b"]}), base / "1-old.parquet")
    pq.write_table(pa.table({"comment_id": ["c"], "urgent_score": pa.array([0.5], pa.float32())}),
                   base / "2-new.parquet")
    frame = read_dataset(base).sort_values("comment_id").reset_index(drop=True)
    assert list(frame["comment_id"]) == ["a", "b", "c"]
    assert frame["urgent_score"].isna().tolist() == [True, True, False]
