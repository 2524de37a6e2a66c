"""Safety triage: reviewed patterns with negation, the combined flag, alerts output and CLI."""
import numpy as np
import pytest

from cxnlp.models.urgent import match_patterns, recall_threshold


@pytest.mark.parametrize("text,reason", [
    ("My son told the nurse he was feeling suicidal and nobody rang back", "self_harm"),
    ("She has been self harming again since discharge", "self_harm"),
    ("Mum was left lying in urine for hours, this is neglect", "abuse_or_neglect"),
    ("A patient assaulted me on the ward", "violence_or_threat"),
    ("They gave me the wrong medication twice", "clinical_harm"),
    ("Discharged too early and was readmitted the next day", "clinical_harm"),
    ("The porter smelt of alcohol", "staff_misconduct"),
])
def test_unmistakable_phrases(text, reason):
    hits = match_patterns(text)
    assert hits and hits[0].reason == reason


@pytest.mark.parametrize("text", [
    "I was not abused in any way",
    "The wait was killing me but the staff were lovely",
    "No safeguarding concerns, all good",
    "Staff cope well with abusive patients",
    "Dying for a cup of tea by the end!",
    "The food was terrible and the receptionist rude",
])
def test_negated_figurative_and_ordinary_complaints(text):
    assert match_patterns(text) == []


def test_recall_threshold():
    y = np.array([1, 1, 1, 1, 0, 0, 0, 0])
    s = np.array([0.9, 0.8, 0.3, 0.2, 0.25, 0.1, 0.05, 0.6])
    t = recall_threshold(y, s, 1.0)
    assert ((s >= t) & (y == 1)).sum() == 4
    assert recall_threshold(y, s, 0.5) > t


def test_default_model_flags(default_model):
    pred = default_model.predict([
        "Nurse gave my dad the wrong dose of insulin and he collapsed",
        "Lovely staff, quick service, thank you",
        "The car park was full and the coffee cold",
    ])
    # a reviewed pattern raises at least "review"; praise and a car park get no level
    assert pred.urgent_level[0] in ("urgent", "review") and pred.urgent_level[1:] == [None, None]
    assert pred.urgent == [lv == "urgent" for lv in pred.urgent_level]
    assert pred.urgent_reason[0] == "clinical_harm" and pred.urgent_reason[1] is None


def test_urgent_score_ranks_pattern_hits_first(default_model):
    texts = ["Nurse gave my dad the wrong dose of insulin and he collapsed",  # a reviewed pattern
             "I was left for hours in pain and nobody checked on me and I was scared",
             "Lovely staff, quick service, thank you"]
    pred = default_model.predict(texts)
    score = pred.urgent_score
    assert score[0] == 1.0
    assert 0.0 <= score[2] < score[1] < 1.0
    # the score of a comment without a pattern hit is the level-"urgent" head's probability:
    # level "urgent" exactly where it reaches that head's threshold
    threshold = default_model.urgent_now.threshold_
    assert (pred.urgent_level[1] == "urgent") == bool(score[1] >= threshold)
    assert pred.urgent_level[2] is None
