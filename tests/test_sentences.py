from cxnlp.models.sentences import aggregate_pillar_sentiment, split_parts


def test_split_into_sentences_and_contrast_clauses():
    parts = split_parts(["Staff lovely but we waited 4 hours.", "Great. The nurse was rude; parking awful", "Nothing"])
    assert parts == [["Staff lovely", "we waited 4 hours."], ["Great.", "The nurse was rude", "parking awful"],
                     ["Nothing"]]


def test_pillar_sentiment_from_parts():
    parts = [("positive", ["empathy"]), ("negative", ["time_and_effort"])]
    assert aggregate_pillar_sentiment(["empathy", "time_and_effort"], "mixed", parts) == {
        "empathy": "positive", "time_and_effort": "negative"}
    both = [("positive", ["empathy"]), ("negative", ["empathy"])]
    assert aggregate_pillar_sentiment(["empathy"], "mixed", both) == {"empathy": "mixed"}
    assert aggregate_pillar_sentiment(["resolution"], "negative", parts) == {"resolution": "negative"}


def test_worked_example_with_default_model(default_model, redactor):
    import pandas as pd

    from cxnlp.ingest.formats import SourceSpec, normalise
    from cxnlp.batch.tag import tag_rows

    rows = normalise(pd.DataFrame({"t": ["The staff were lovely and kind but we waited 4 hours to be seen."]}),
                     SourceSpec(format="mapped", columns={"text": "t"}), source_file="f").rows
    res = tag_rows(rows, redactor, default_model, run_id="r", processed_at=pd.Timestamp.now(tz="UTC"),
                   max_text_chars=1000)
    ps = dict(res.tagged.loc[0, "pillar_sentiment"])
    assert ps.get("empathy") == "positive" and ps.get("time_and_effort") == "negative"
    assert list(res.sentences["sentence_index"]) == [0, 1]
