import pandas as pd
import pytest

from cxnlp.ingest import IngestError
from cxnlp.pipeline import dedupe, score_frame


def test_score_frame_keeps_every_row_in_order(redactor, default_model, fft_phase2_raw):
    raw = fft_phase2_raw.head(60)
    out = score_frame(raw, redactor, default_model, text_column="FFT answer", id_column="Comment ID",
                      run_id="t", processed_at=pd.Timestamp.now(tz="UTC"), max_text_chars=20_000)
    assert len(out) == len(raw)
    assert list(out["id"]) == list(raw["Comment ID"])
    empty = raw["FFT answer"].isna().to_numpy()
    assert (out.loc[empty, "status"] == "empty").all()
    assert (out.loc[~empty, "status"] == "tagged").all()
    assert out.loc[empty, "text"].isna().all()


def test_score_frame_quarantines_overlong_text(redactor, default_model):
    raw = pd.DataFrame({"id": ["a", "b", "c"], "text": ["Kind staff", "x" * 500, None]})
    out = score_frame(raw, redactor, default_model, text_column="text", id_column="id", run_id="t",
                      processed_at=pd.Timestamp.now(tz="UTC"), max_text_chars=100)
    assert list(out["status"]) == ["tagged", "quarantined", "empty"]
    assert "text_too_long" in out.loc[1, "reason"] and out.loc[1, "text"] is None


def test_score_frame_missing_column(redactor, default_model):
    with pytest.raises(IngestError, match="text column 'comment'"):
        score_frame(pd.DataFrame({"text": ["a"]}), redactor, default_model, text_column="comment", id_column=None,
                    run_id="t", processed_at=pd.Timestamp.now(tz="UTC"), max_text_chars=100)


def test_dedupe_against_seen_and_within():
    rows = pd.DataFrame({"comment_id": ["a", "b", "b", "c"], "text": list("wxyz")})
    new, dups = dedupe(rows, {"c"})
    assert list(new["comment_id"]) == ["a", "b"] and len(dups) == 2
