"""`cxnlp evaluate`'s core: models and baselines scored on one held-out fold, rendered to Markdown."""
import numpy as np
import pandas as pd
import pytest

from cxnlp.training.comparison import compare, render_markdown
from cxnlp.training.fit import build_training_data


@pytest.fixture(scope="module")
def data(corpus):
    # The annotated corpus alone (its own FFT sentiment codes included): small enough for a test.
    fft = pd.DataFrame(columns=["id", "text", "fft_sentiment", "group", "source", "service", "fft_topics"])
    return build_training_data(corpus, fft)


@pytest.fixture(scope="module")
def result(data, fast_model):
    # The comparison code under test, not a model: the fast tier keeps the test quick.
    return compare({"default": fast_model}, data, test_fold=0)


def test_models_and_baselines_share_the_test_fold(result):
    m = result["models"]["default"]
    n = m["sentiment3_fft"]["n"]
    assert n > 100
    assert result["baselines"]["vader"]["sentiment3_fft"]["n"] == n
    assert result["baselines"]["tfidf_linearsvc"]["sentiment3_fft"]["n"] == n
    assert sum(map(sum, m["sentiment3_fft"]["confusion"]["matrix"])) == n
    assert 0 <= m["sentiment3_fft"]["ece"] <= 1


def test_urgent_is_scored_against_the_annotations(result, data, corpus):
    u = result["models"]["default"]["urgent"]
    test = corpus[corpus["id"].isin(data.annotated.loc[data.annotated["fold"] == 0, "id"])]
    assert u["n"] == len(test) and u["positives"] == int(test["urgent"].astype(bool).sum())
    assert 0 < u["recall"] <= 1 and 0 < u["precision"] <= 1
    assert u["flagged"] >= u["positives"] * u["recall"] - 1e-9


def test_markdown_reports_every_figure(result):
    md = render_markdown(result, title="test report")
    m = result["models"]["default"]
    assert md.startswith("# test report")
    assert f"| Urgent or review (either level), recall | {m['urgent']['recall']:.3f} |" in md
    assert f"| Sentiment 3-class (FFT human labels), macro-F1 | {m['sentiment3_fft']['macro_f1']:.3f} |" in md
    assert "VADER" in md and "TF-IDF + LinearSVC" in md
    assert "no human-labelled review text" in md  # the corpus has no reviews, and the report says so


def test_macro_f1_over_present_labels_leaves_out_labels_with_no_example():
    from cxnlp.training.metrics import multilabel_report

    # label b has no example in the truth: the plain macro counts it as F1 0
    Y_true = np.array([[1, 0, 1], [0, 0, 1], [1, 0, 0]])
    Y_pred = np.array([[1, 0, 1], [0, 1, 1], [1, 0, 0]])
    rep = multilabel_report(Y_true, Y_pred, ["a", "b", "c"])
    assert rep["labels_absent"] == ["b"]
    assert rep["macro_f1"] == pytest.approx(2 / 3)
    assert rep["macro_f1_present"] == pytest.approx(1.0)


def test_three_class_training_label_is_ffts_code_where_there_is_one():
    """The sentiment targets are scored on FFT's own code, so the 3-class head learns that code
    wherever a comment has one; the 4-class label (mixed vs neutral) stays the annotators'."""
    corpus = pd.DataFrame({
        "id": ["fft2:1", "fft2:2", "fft1:3"], "source": ["nhs_fft_phase2", "nhs_fft_phase2", "nhs_fft_phase1"],
        "text": ["Kind staff but a long wait", "Fine", "Rude receptionist"],
        "sentiment": ["mixed", "positive", "negative"], "pillars": [[], [], []], "pitfalls": [[], [], []],
        "urgent": [False] * 3, "urgent_reason": [None] * 3, "fft_sentiment": [4.0, 3.0, np.nan],
        "group": ["g1", "g2", "g3"]})
    fft = pd.DataFrame(columns=["id", "text", "fft_sentiment", "group", "source", "service", "fft_topics"])
    s = build_training_data(corpus, fft).sentiment.set_index("id")
    assert s["label3"].to_dict() == {"fft2:1": "negative", "fft2:2": "neutral", "fft1:3": "negative"}
    assert s["label4"].to_dict() == {"fft2:1": "mixed", "fft2:2": "positive", "fft1:3": "negative"}


def test_the_frozen_redaction_test_set_is_unchanged(root):
    """Issue 22: the v2 set is frozen; its hash was committed with it, before any recognizer changed."""
    import hashlib

    data = root / "evaluation" / "data"
    expected = (data / "redaction_testset_v2.sha256").read_text().split()[0]
    assert hashlib.sha256((data / "redaction_testset_v2.jsonl").read_bytes()).hexdigest() == expected
