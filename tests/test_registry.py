"""Promotion gate: a worse model is refused unless the override is recorded."""
import json

import pytest

from cxnlp.models.versions import PromotionRefused, default_model_dir, promote


def _model(models, name, sentiment, pillars, urgent_recall=None):
    folder = models / name
    folder.mkdir(parents=True)
    metrics = {"sentiment3_fft": {"macro_f1": sentiment}, "pillars": {"macro_f1": pillars},
               "pitfalls": {"macro_f1": 0.4}}
    if urgent_recall is not None:
        metrics["urgent"] = {"recall": urgent_recall, "precision": 0.2}
    (folder / "metrics.json").write_text(json.dumps(metrics))
    (folder / "README.md").write_text("# card\n")
    return folder


@pytest.fixture
def models(tmp_path):
    models = tmp_path / "models"
    promote(_model(models, "fast/1", 0.70, 0.66, urgent_recall=0.97), models)
    return models


def test_first_and_better_models_are_promoted(models):
    assert default_model_dir(models) == models / "fast/1"
    promote(_model(models, "fast/2", 0.72, 0.66, urgent_recall=0.97), models)
    assert default_model_dir(models) == models / "fast/2"


@pytest.mark.parametrize("sentiment,pillars,urgent,worse", [
    (0.69, 0.70, 0.97, "sentiment3_fft.macro_f1"),
    (0.75, 0.60, 0.97, "pillars.macro_f1"),
    (0.75, 0.70, 0.90, "urgent.recall"),
    (0.75, 0.70, None, "urgent.recall"),  # no urgent head: triage would fall back to patterns
])
def test_worse_model_is_refused(models, sentiment, pillars, urgent, worse):
    cand = _model(models, "cand", sentiment, pillars, urgent_recall=urgent)
    with pytest.raises(PromotionRefused, match=worse.replace(".", r"\.")):
        promote(cand, models)
    assert default_model_dir(models) == models / "fast/1"
    assert not (cand / "promotion.json").exists()


def test_override_is_recorded_in_card_and_decision(models):
    cand = _model(models, "cand", 0.69, 0.70, urgent_recall=0.97)
    decision = promote(cand, models, override_reason="better on reviews")
    assert default_model_dir(models) == cand
    assert decision["override"] == "better on reviews"
    assert "better on reviews" in (cand / "README.md").read_text()
    assert json.loads((cand / "promotion.json").read_text())["compared"]["sentiment3_fft.macro_f1"] == {
        "candidate": 0.69, "current": 0.70}


def test_models_trained_on_different_data_are_compared_on_the_same_rows(models):
    """Stored metrics from different corpus versions do not compare: the candidate below looks
    worse on its stored pillar figure but is better when both are scored on the current data."""
    (models / "fast/1" / "meta.json").write_text(json.dumps({"data_sha256": "old"}))
    cand = _model(models, "fast/3", 0.72, 0.60, urgent_recall=0.97)
    (cand / "meta.json").write_text(json.dumps({"data_sha256": "new"}))
    with pytest.raises(PromotionRefused, match="different data"):
        promote(cand, models)
    assert default_model_dir(models) == models / "fast/1"

    seen = []

    def rescore(a, b):
        seen.append((a, b))
        same = {"sentiment3_fft": {"macro_f1": 0.70}, "pitfalls": {"macro_f1": 0.4}, "urgent": {"recall": 0.97}}
        return {**same, "pillars": {"macro_f1": 0.67}}, {**same, "pillars": {"macro_f1": 0.66}}

    decision = promote(cand, models, rescore=rescore)
    assert seen == [(cand.resolve(), (models / "fast/1").resolve())]
    assert default_model_dir(models) == cand
    assert decision["compared"]["pillars.macro_f1"] == {"candidate": 0.67, "current": 0.66}
    assert "current data" in decision["scored_on"]


@pytest.mark.parametrize("current_version", [None, 1])
def test_models_scored_by_different_evaluation_code_are_rescored(models, current_version):
    """Same training data, but the current default's figures came from older evaluation code
    (or from code that did not record its version): the stored figures are not compared."""
    if current_version is not None:
        metrics = json.loads((models / "fast/1" / "metrics.json").read_text())
        (models / "fast/1" / "metrics.json").write_text(json.dumps({**metrics, "evaluation_version": current_version}))
    cand = _model(models, "fast/4", 0.75, 0.70, urgent_recall=0.97)
    metrics = json.loads((cand / "metrics.json").read_text())
    (cand / "metrics.json").write_text(json.dumps({**metrics, "evaluation_version": 2}))
    with pytest.raises(PromotionRefused, match="different evaluation code"):
        promote(cand, models)

    def rescore(a, b):  # on the current code the candidate is worse on sentiment
        base = {"pillars": {"macro_f1": 0.70}, "pitfalls": {"macro_f1": 0.4}, "urgent": {"recall": 0.97}}
        return {**base, "sentiment3_fft": {"macro_f1": 0.68}}, {**base, "sentiment3_fft": {"macro_f1": 0.70}}

    with pytest.raises(PromotionRefused, match="sentiment3_fft"):
        promote(cand, models, rescore=rescore)
    assert default_model_dir(models) == models / "fast/1"


def test_evaluation_records_its_version():
    import pandas as pd

    from cxnlp.training.fit import EVALUATION_VERSION, TrainingData, evaluate_model

    class Constant:  # a model that calls everything positive
        def predict(self, texts, urgent=True):
            import numpy as np

            from cxnlp.models.bundle import Prediction
            n = len(texts)
            return Prediction(sentiment=["positive"] * n, sentiment_proba=np.tile([1.0, 0, 0, 0], (n, 1)),
                              sentiment_score=np.ones(n), pillar_proba=np.zeros((n, 6)), pitfall_proba=np.zeros((n, 6)),
                              pillars=[[] for _ in range(n)], pitfalls=[[] for _ in range(n)])

        def predict_sentiment5(self, texts):
            return None

    s = pd.DataFrame({"text": ["great", "awful"], "label3": ["positive", "negative"], "label4": [None, None],
                      "label5": [1.0, 5.0], "fold": [0, 0], "source": ["nhs_fft_phase2"] * 2})
    a = pd.DataFrame(columns=["text", "pillars", "pitfalls", "fold", "weak"])
    out = evaluate_model(Constant(), TrainingData(sentiment=s, annotated=a.astype({"weak": bool})))
    assert out["evaluation_version"] == EVALUATION_VERSION
    assert out["sentiment3_fft"]["accuracy"] == 0.5
