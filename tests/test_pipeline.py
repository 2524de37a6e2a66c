import pandas as pd
import pytest

from cxnlp.ingest.formats import IngestError
from cxnlp.batch.tag import dedupe, score_frame
from cxnlp.ingest.seen import SeenIds


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
    new, dups = dedupe(rows, SeenIds(["c"]))
    assert list(new["comment_id"]) == ["a", "b"] and len(dups) == 2


def test_evidence_is_the_sentence_that_supports_each_label(redactor, default_model):
    """Issue 20: every pillar and pitfall names its strongest sentence, redacted."""
    from cxnlp.ingest.formats import SourceSpec, normalise
    from cxnlp.batch.tag import tag_rows

    texts = ["Nurse Jane Smith was lovely and kind. We waited 4 hours to be seen and nobody told us why.",
             "The staff were lovely and kind but we waited 4 hours to be seen.", "Very good"]
    rows = normalise(pd.DataFrame({"t": texts}), SourceSpec(format="mapped", columns={"text": "t"}),
                     source_file="f").rows
    out = tag_rows(rows, redactor, default_model, run_id="r", processed_at=pd.Timestamp.now(tz="UTC"),
                   max_text_chars=1000).tagged
    first, second, third = (dict(e) for e in out["evidence"])
    assert first["empathy"] == "Nurse [NAME] was lovely and kind."  # redacted, as the text
    assert first["time_and_effort"] == "We waited 4 hours to be seen and nobody told us why."
    assert "Jane" not in " ".join(first.values())
    assert second["empathy"] == "The staff were lovely and kind"  # a contrast clause
    assert second["time_and_effort"] == "we waited 4 hours to be seen."
    assert set(third.values()) <= {"Very good"}  # a single part: the comment itself


def test_scored_rows_carry_evidence_for_exactly_their_labels(redactor, default_model, fft_phase2_raw):
    import numpy as np

    from cxnlp.models.sentences import split_parts
    from cxnlp.taxonomy import PILLARS, PITFALLS

    raw = fft_phase2_raw.head(120)
    out = score_frame(raw, redactor, default_model, text_column="FFT answer", id_column="Comment ID",
                      run_id="t", processed_at=pd.Timestamp.now(tz="UTC"), max_text_chars=20_000)
    tagged = out[out["status"] == "tagged"]
    assert (out.loc[out["status"] != "tagged", "evidence"].map(len) == 0).all()
    multi = 0
    for r in tagged.itertuples():
        ev = dict(r.evidence)
        assert list(ev) == list(r.pillars) + list(r.pitfalls)
        parts = split_parts([r.text])[0]
        assert set(ev.values()) <= set(parts)
        if len(parts) > 1 and ev:
            multi += 1
            pred = default_model.predict(parts, urgent=False)
            for label, sentence in ev.items():
                proba = (pred.pillar_proba[:, PILLARS.index(label)] if label in PILLARS
                         else pred.pitfall_proba[:, PITFALLS.index(label)])
                assert sentence == parts[int(np.argmax(proba))]
    assert multi >= 10  # real multi-sentence comments were checked, not only one-liners
