import pytest

from cxnlp.taxonomy import PILLARS, PITFALLS, SENTIMENTS, TaxonomyError, fft_sentiment_to_label, validate_labels


def test_label_sets_match_the_contract(root):
    spec = (root.parent / "shared" / "spec" / "taxonomy.md").read_text()
    for label in SENTIMENTS + PILLARS + PITFALLS:
        assert f"`{label}`" in spec


@pytest.mark.parametrize("value,label", [(1, "positive"), (2, "positive"), (3, "neutral"), (4, "negative"),
                                         (5, "negative"), (None, None), (float("nan"), None), (9, None)])
def test_fft_mapping(value, label):
    assert fft_sentiment_to_label(value) == label


def test_validate_labels_names_the_row():
    validate_labels("mixed", ["empathy"], ["tone"])
    with pytest.raises(TaxonomyError, match="row 7.*unknown pillar"):
        validate_labels("positive", ["kindness"], [], where="row 7")
    with pytest.raises(TaxonomyError, match="sentiment"):
        validate_labels("happy", [], [])
