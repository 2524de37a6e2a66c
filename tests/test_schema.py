import pandas as pd
import pytest

from cxnlp.schema import QUARANTINE, SchemaError, to_table


def _q(**kw):
    base = {"source_file": ["a.csv"], "source_row": [1], "comment_id": ["x"], "reason": ["empty_text"],
            "run_id": ["r"], "processed_at": [pd.Timestamp("2026-01-01", tz="UTC")]}
    base.update(kw)
    return pd.DataFrame(base)


def test_valid_quarantine_table():
    t = to_table(_q(), QUARANTINE)
    assert t.schema.equals(QUARANTINE)


def test_missing_and_extra_columns_are_refused():
    with pytest.raises(SchemaError, match="missing"):
        to_table(_q().drop(columns=["reason"]), QUARANTINE)
    with pytest.raises(SchemaError, match="unexpected"):
        to_table(_q(text=["secret"]), QUARANTINE)


def test_required_values(default_model):
    with pytest.raises(SchemaError, match="null"):
        to_table(_q(reason=[None]), QUARANTINE)


def test_comments_vocab_is_checked(redactor, default_model):
    from cxnlp.batch.tag import tag_rows
    from cxnlp.ingest.formats import SourceSpec, normalise
    from cxnlp.schema import COMMENTS

    rows = normalise(pd.DataFrame({"t": ["Lovely staff", "Waited hours"]}),
                     SourceSpec(format="mapped", columns={"text": "t"}), source_file="f").rows
    tagged = tag_rows(rows, redactor, default_model, run_id="r", processed_at=pd.Timestamp.now(tz="UTC"),
                      max_text_chars=1000).tagged
    to_table(tagged, COMMENTS)
    bad = tagged.copy()
    bad.at[0, "pillars"] = ["kindness"]
    with pytest.raises(SchemaError, match="taxonomy"):
        to_table(bad, COMMENTS)
    bad = tagged.copy()
    bad["sentiment_score"] = 3.0
    with pytest.raises(SchemaError, match=r"\[-1, 1\]"):
        to_table(bad, COMMENTS)


def test_evidence_keys_are_taxonomy_labels(redactor, default_model):
    from cxnlp.ingest.formats import SourceSpec, normalise
    from cxnlp.batch.tag import tag_rows
    from cxnlp.schema import COMMENTS

    rows = normalise(pd.DataFrame({"t": ["Lovely staff but the parking was awful"]}),
                     SourceSpec(format="mapped", columns={"text": "t"}), source_file="f").rows
    tagged = tag_rows(rows, redactor, default_model, run_id="r", processed_at=pd.Timestamp.now(tz="UTC"),
                      max_text_chars=1000).tagged
    to_table(tagged, COMMENTS)
    tagged.at[0, "evidence"] = [("kindness", "Lovely staff")]
    with pytest.raises(SchemaError, match="evidence"):
        to_table(tagged, COMMENTS)
