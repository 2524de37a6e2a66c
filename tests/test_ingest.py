import json

import pandas as pd
import pytest

from cxnlp.ingest.formats import IngestError, SourceSpec, detect_format, normalise
from cxnlp.ingest.readers import read_records
from cxnlp.schema import CANONICAL


def test_fft_phase2_layout(fft_phase2_raw):
    res = normalise(fft_phase2_raw, None, source_file="fft.csv")
    assert len(res.rows) + len(res.quarantine) == len(fft_phase2_raw)
    assert list(res.rows.columns[: len(CANONICAL)]) == CANONICAL.names
    first = fft_phase2_raw.iloc[0]
    row = res.rows[res.rows["comment_id"] == f"nhs_fft:{first['Comment ID']}"]
    if first["FFT answer"] == first["FFT answer"] and str(first["FFT answer"]).strip():
        assert len(row) == 1
        assert row.iloc[0]["provider"] == first["Trust"]
        # FFT rating: 1 very good .. 5 very poor -> scaled 1 .. 0
        if first["FFT categorical answer"] in {"1", "2", "3", "4", "5"}:
            assert row.iloc[0]["rating_scaled"] == pytest.approx((5 - int(first["FFT categorical answer"])) / 4)
    assert set(res.quarantine["reason"]) <= {"empty_text"}
    assert res.rows["received_month"].str.match(r"^\d{4}-\d{2}$").all()
    assert res.rows["comment_id"].is_unique


def test_fft_phase1_layout(fft_phase1_raw):
    res = normalise(fft_phase1_raw, SourceSpec(format="nhs_fft", channel="nhs_fft_phase1"), source_file="p1.csv")
    assert len(res.rows) + len(res.quarantine) == len(fft_phase1_raw)
    assert (res.rows["received_month"] == "unknown").all()
    assert res.rows["comment_id"].str.startswith("nhs_fft_phase1:").all()
    assert res.rows["rating_scaled"].isna().all()


def test_google_reviews_drop_identity(root):
    raw = read_records(root / "data" / "raw" / "reviews" / "google_reviews_example.json")
    assert "reviewer.displayName" in raw.columns
    res = normalise(raw, None, source_file="g.json")
    assert len(res.rows) == 4 and list(res.quarantine["reason"]) == ["empty_text"]
    assert (res.rows["source_type"] == "review").all()
    assert res.rows.set_index("comment_id").loc["google:g-ex-001", "rating_scaled"] == 1.0
    assert res.rows.set_index("comment_id").loc["google:g-ex-002", "rating_raw"] == 1.0
    flat = res.rows.astype(str).to_string()
    assert "Example Reviewer" not in flat


def test_yelp_reviews(root):
    raw = read_records(root / "data" / "raw" / "reviews" / "yelp_reviews_example.json")
    res = normalise(raw, None, source_file="y.json")
    assert list(res.rows["rating_scaled"]) == [1.0, 0.0, 0.25]
    assert str(res.rows.loc[0, "received_at"]).startswith("2026-08-21 16:02:11")
    assert "Example Y." not in res.rows.astype(str).to_string()


def test_qualtrics_extra_header_rows(tmp_path):
    csv = (
        "StartDate,EndDate,ResponseId,RecipientFirstName,Q1_NPS,Q2_comment\n"
        "Start Date,End Date,Response ID,First name,How likely...,Tell us why\n"
        '"{""ImportId"":""startDate""}","{""ImportId"":""endDate""}","{""ImportId"":""_recordId""}",'
        '"{""ImportId"":""recipientFirstName""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2_TEXT""}"\n'
        "2026-01-03 10:00:00,2026-01-03 10:05:00,R_abc1,Ann,9,Lovely staff and quick service\n"
        "2026-01-04 11:00:00,2026-01-04 11:05:00,R_abc2,Bob,2,Waited far too long\n"
    )
    f = tmp_path / "q.csv"
    f.write_text(csv)
    raw = read_records(f)
    assert detect_format(list(raw.columns)) == "qualtrics"
    spec = SourceSpec(format="qualtrics", columns={"text": "Q2_comment", "rating": "Q1_NPS", "received_at": "StartDate"},
                      rating_scale=(0, 10))
    res = normalise(raw, spec, source_file="q.csv")
    assert list(res.rows["comment_id"]) == ["q:R_abc1", "q:R_abc2"]  # unnamed source: named after its file
    assert list(res.rows["rating_scaled"]) == [0.9, 0.2]
    assert res.rows.loc[0, "question"] == "Tell us why"
    assert "Ann" not in res.rows.astype(str).to_string()


def test_mapped_excel_and_hash_ids(tmp_path):
    frame = pd.DataFrame({"Comment": ["Great care", "Rude porter", ""], "When": ["01/02/2026", "bad date", "03/02/2026"],
                          "Score": ["5", "x", "3"]})
    f = tmp_path / "s.xlsx"
    frame.to_excel(f, index=False)
    raw = read_records(f)
    spec = SourceSpec(format="mapped", channel="clinic", columns={"text": "Comment", "received_at": "When", "rating": "Score"})
    res = normalise(raw, spec, source_file="s.xlsx")
    assert len(res.rows) == 2 and len(res.quarantine) == 1
    assert res.rows["comment_id"].str.match(r"^clinic:h[0-9a-f]{16}$").all()
    assert res.rows.loc[0, "received_month"] == "2026-02"
    assert res.rows.loc[1, "ingest_warning"] == "unparsed_date;unparsed_rating"
    again = normalise(raw, spec, source_file="s.xlsx")
    assert list(again.rows["comment_id"]) == list(res.rows["comment_id"])  # stable


def test_unknown_columns_give_clear_error():
    with pytest.raises(IngestError, match="sources.yaml"):
        detect_format(["foo", "bar"])
    with pytest.raises(IngestError, match="column 'nope' not found"):
        normalise(pd.DataFrame({"a": ["x"]}), SourceSpec(format="mapped", columns={"text": "nope"}), source_file="f")


def test_jsonl_and_parquet(tmp_path):
    recs = [{"id": "1", "rating": 4, "text": "ok", "time_created": "2026-01-01 00:00:00"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in recs))
    pd.DataFrame(recs).to_parquet(tmp_path / "a.parquet")
    for name in ("a.jsonl", "a.parquet"):
        res = normalise(read_records(tmp_path / name), None, source_file=name)
        assert list(res.rows["comment_id"]) == ["yelp:1"]
