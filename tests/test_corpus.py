"""The labelled corpus: every row valid against the taxonomy, and the counts issue 3 asks for."""
import json

import pytest
import yaml

from cxnlp.corpus import duplicate_safe_groups, fold_of, validate_corpus
from cxnlp.taxonomy import PILLARS, PITFALLS, TaxonomyError
from cxnlp.weak_labels import validate_crosswalk, weak_pillars


def test_every_row_valid(corpus):
    validate_corpus(corpus)


def test_size_and_sources(corpus):
    assert len(corpus) >= 3000
    assert set(corpus["source"]) == {"nhs_fft_phase1", "nhs_fft_phase2"}
    assert corpus["annotator"].notna().all() and corpus["batch"].notna().all()


def test_pillar_counts(corpus):
    counts = {p: int(corpus["pillars"].map(lambda ls: p in ls).sum()) for p in PILLARS}
    # Every pillar has at least 300 examples except integrity, which the FFT comments run out of
    # (documented with its count in data/labeled/README.md).
    for p, n in counts.items():
        if p != "integrity":
            assert n >= 300, (p, n)
    assert counts["integrity"] >= 100


def test_pitfall_counts_documented(corpus, root):
    card = (root / "data" / "labeled" / "README.md").read_text()
    for p in PITFALLS:
        n = int(corpus["pitfalls"].map(lambda ls: p in ls).sum())
        assert f"| {p} | {n} |" in card, f"data card must state the count of {p} ({n})"


def test_no_personal_data_patterns(corpus):
    import re
    text = " ".join(corpus["text"])
    assert not re.search(r"\b0\d{4}\s?\d{6}\b", text)
    assert not re.search(r"[\w.]+@[\w.]+\.\w+", text)


def test_validation_names_the_row(corpus):
    bad = corpus.head(3).copy()
    bad.at[bad.index[1], "pitfalls"] = ["sarcasm"]
    with pytest.raises(TaxonomyError, match="row 2"):
        validate_corpus(bad)
    dup = corpus.head(2).copy()
    dup.at[dup.index[1], "id"] = dup.iloc[0]["id"]
    with pytest.raises(TaxonomyError, match="duplicate id"):
        validate_corpus(dup)


def test_crosswalk_is_valid_and_maps_topics(root):
    cw = yaml.safe_load((root / "data" / "labeled" / "framework_to_pillars.yaml").read_text())
    validate_crosswalk(cw)
    assert weak_pillars(["Timeliness of care", "Staff manner & personal attributes"], cw) == ["time_and_effort", "empathy"]
    assert weak_pillars(["Food & drink provision & facilities"], cw) == []
    assert weak_pillars(["not a topic"], cw) is None


def test_folds_are_stable():
    assert fold_of("fft2:NEAS 1") == fold_of("fft2:NEAS 1")
    assert {fold_of(f"g{i}") for i in range(200)} == {0, 1, 2, 3, 4}


def test_groups_that_share_a_comment_are_merged_transitively():
    groups = ["r1", "r1", "r2", "r3", "r4", "r5", "r6"]
    texts = ["The nurse was rude to me.", "Parking is hard", "the nurse WAS rude to me",
             "parking is hard!", "Nothing", "nothing", "A different comment here"]
    # r1 and r2 share a comment, r3 shares r1's other one: all three become one group.
    # "Nothing" is a stock answer under three words, so r4 and r5 stay apart.
    assert duplicate_safe_groups(groups, texts) == ["r1", "r1", "r1", "r1", "r4", "r5", "r6"]


def test_no_repeated_comment_crosses_the_test_fold(corpus):
    """The corpus repeats some comments under other ids (the same complaint in both FFT files);
    after merging, every copy of a comment of three or more words sits in one fold."""
    from cxnlp.train import build_training_data

    import pandas as pd

    norm = corpus["text"].str.lower().str.replace(r"[^a-z0-9]+", " ", regex=True).str.split().str.join(" ")
    repeated = norm[norm.duplicated(keep=False) & (norm.str.split().str.len() >= 3)]
    raw_folds = corpus.loc[repeated.index, "group"].map(fold_of).groupby(repeated).nunique()
    assert (raw_folds > 1).any()  # respondent groups alone do split some copies
    fft = pd.DataFrame(columns=["id", "text", "fft_sentiment", "group", "source", "service", "fft_topics"])
    ann = build_training_data(corpus, fft).annotated.set_index("id")
    folds = ann.loc[corpus.loc[repeated.index, "id"], "fold"].to_numpy()
    assert pd.Series(folds).groupby(repeated.to_numpy()).nunique().max() == 1


def test_agreement_recorded(root):
    agreement = json.loads((root / "data" / "labeled" / "agreement.json").read_text())
    assert agreement["n"] == 300
    assert 0 <= agreement["sentiment_kappa"] <= 1


def test_guidelines_in_step_with_taxonomy(root):
    assert (root / "data" / "labeled" / "GUIDELINES.md").read_text() == \
        (root.parent / "shared" / "spec" / "taxonomy.md").read_text()
