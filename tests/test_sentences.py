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


def test_batch_names_the_pillars_the_default_model_reads_with_the_parts(default_model, redactor, corpus):
    """The default model reads its pillars again with each comment's parts: the batch job's pillars
    and probability columns are that reading's, for one-part and multi-part comments alike."""
    import numpy as np
    import pandas as pd

    from cxnlp.batch.tag import tag_rows
    from cxnlp.ingest.formats import SourceSpec, normalise
    from cxnlp.models.sentences import predict_with_parts, score_parts
    from cxnlp.schema import prob_column
    from cxnlp.taxonomy import PILLARS

    assert getattr(default_model, "reads_parts", False)
    texts = corpus["text"].astype(str).head(60).tolist()
    rows = normalise(pd.DataFrame({"t": texts}), SourceSpec(format="mapped", columns={"text": "t"}), source_file="f").rows
    res = tag_rows(rows, redactor, default_model, run_id="r", processed_at=pd.Timestamp.now(tz="UTC"),
                   max_text_chars=5000)
    redacted = [r.text for r in redactor.redact_many(rows["text"].astype(str).tolist())]
    assert sum(len(p) > 1 for p in score_parts(default_model, redacted)[0]) >= 10
    read = predict_with_parts(default_model, redacted)
    assert [list(p) for p in res.tagged["pillars"]] == read.pillars
    for j, label in enumerate(PILLARS):
        np.testing.assert_allclose(res.tagged[prob_column(label)].to_numpy(), read.pillar_proba[:, j], atol=1e-6)
    # and the reading is not the comment-level one on these comments' probabilities
    assert not np.allclose(read.pillar_proba, default_model.predict(redacted, urgent=False).pillar_proba)
