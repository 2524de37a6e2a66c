"""Every registered model kind passes the same checks (as scikit-learn's ``check_estimator``
does for estimators): fit on a tiny real set, satisfy the protocol, own its labels, save and
reload to the same predictions, score a batch as it scores single texts, and refuse to load
once its labels differ from the taxonomy's. A new kind fails here until it has a tiny fitter."""
import json
import shutil

import numpy as np
import pandas as pd
import pytest

from cxnlp.models.bundle import ModelLoadError
from cxnlp.models.registry import KINDS, TIERS, TaggingModel, load_model_folder, taxonomy_labels
from cxnlp.taxonomy import PILLARS, PITFALLS, SENTIMENTS
from cxnlp.training.fit import TrainingData, fit_fast


@pytest.fixture(scope="module")
def tiny(tiny_clear_comments):
    return tiny_clear_comments


def _tiny_data(tiny) -> TrainingData:
    """The tiny comments as training data: one respondent group in training fold 1."""
    sent = pd.DataFrame({"id": [f"t{i}" for i in range(len(tiny))], "text": tiny["text"], "label3": tiny["sentiment"],
                         "label4": tiny["sentiment"], "label5": np.nan, "group": "g", "fold": 1, "source": "corpus"})
    ann = sent[["id", "text"]].assign(sentiment=tiny["sentiment"], pillars=tiny["pillars"], pitfalls=tiny["pitfalls"],
                                      urgent=False, urgent_reason=None, group="g", fold=1, source="corpus", weak=False)
    return TrainingData(sentiment=sent, annotated=ann)


def _fit_bundle(tiny):
    return fit_fast(_tiny_data(tiny), seed=13, test_fold=None, version="tiny-bundle")


def _fit_finetuned(tiny):
    from cxnlp.models.transformer import fine_tune

    rows = pd.DataFrame({"text": tiny["text"], "label3": tiny["sentiment"], "label4": tiny["sentiment"],
                         "label5": np.nan, "pillars": tiny["pillars"], "pitfalls": tiny["pitfalls"], "has_tags": True})
    return fine_tune(rows, val_rows=rows, seed=13, epochs=2, lr=1e-4, batch_size=8, meta={"version": "tiny-ft"})


def _fit_finetuned_blend(tiny):
    """The fine-tuned model with its TF-IDF taggers: a quarter of the rows validate, the rest train."""
    from cxnlp.models.components import TfidfFeaturizer
    from cxnlp.models.transformer import fine_tune
    from cxnlp.training.fit import fit_tfidf_blend

    ids = [f"t{i}" for i in range(len(tiny))]
    rows = pd.DataFrame({"id": ids, "text": tiny["text"], "label3": tiny["sentiment"], "label4": tiny["sentiment"],
                         "label5": np.nan, "pillars": tiny["pillars"], "pitfalls": tiny["pitfalls"], "has_tags": True})
    val = rows.iloc[::4]
    model = fine_tune(rows.drop(val.index), val_rows=val, seed=13, epochs=2, lr=1e-4, batch_size=8,
                      meta={"version": "tiny-blend"})
    model.tfidf_features = TfidfFeaturizer(min_df=1).fit(tiny["text"])
    fit_tfidf_blend(model, _tiny_data(tiny), val_rows=val, test_fold=None, seed=13)
    return model


TINY_FITTERS = {"bundle": _fit_bundle, "finetuned": _fit_finetuned, "finetuned-blend": _fit_finetuned_blend}


def test_every_registered_kind_has_a_tiny_fitter_and_every_tier_a_kind():
    assert set(KINDS) == set(TINY_FITTERS)
    assert {t.kind for t in TIERS.values()} <= set(KINDS)


@pytest.fixture(scope="module", params=sorted(TINY_FITTERS))
def fitted(request, tiny, tmp_path_factory):
    model = TINY_FITTERS[request.param](tiny)
    folder = tmp_path_factory.mktemp(request.param) / "model"
    model.save(folder, card="# tiny", metrics={})
    return request.param, model, folder


def test_satisfies_the_protocol_and_owns_its_labels(fitted):
    kind, model, folder = fitted
    assert isinstance(model, TaggingModel)
    meta = json.loads((folder / "meta.json").read_text())
    assert meta.get("kind", "bundle") == kind
    assert meta["labels"] == model.labels and model.labels["pillars"] == list(PILLARS)
    assert model.labels["pitfalls"] == list(PITFALLS)


def test_predictions_have_the_taxonomy_shape(fitted, tiny):
    _, model, _ = fitted
    pred = model.predict(tiny["text"].tolist())
    n = len(tiny)
    assert pred.sentiment_proba.shape == (n, len(SENTIMENTS)) and set(pred.sentiment) <= set(SENTIMENTS)
    assert pred.pillar_proba.shape == (n, len(PILLARS)) and pred.pitfall_proba.shape == (n, len(PITFALLS))
    assert all(set(p) <= set(PILLARS) for p in pred.pillars) and all(set(p) <= set(PITFALLS) for p in pred.pitfalls)
    # a model without an urgent head leaves triage to the reviewed patterns (urgent_level None)
    assert pred.urgent_level is None or len(pred.urgent_level) == n
    assert len(model.urgent_proba(tiny["text"].head(3).tolist())) == 3


def test_save_reload_gives_the_same_predictions(fitted, tiny):
    _, model, folder = fitted
    texts = tiny["text"].tolist()
    before, after = model.predict(texts), load_model_folder(folder).predict(texts)
    assert after.sentiment == before.sentiment and after.pillars == before.pillars
    assert after.pitfalls == before.pitfalls and after.urgent_level == before.urgent_level
    np.testing.assert_allclose(after.sentiment_proba, before.sentiment_proba, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(after.pillar_proba, before.pillar_proba, rtol=1e-4, atol=1e-5)


def test_a_batch_scores_as_single_texts(fitted, tiny):
    _, model, _ = fitted
    texts = tiny["text"].head(6).tolist()
    batch = model.predict(texts)
    for i, text in enumerate(texts):
        one = model.predict([text])
        assert one.sentiment[0] == batch.sentiment[i] and one.pillars[0] == batch.pillars[i]
        np.testing.assert_allclose(one.sentiment_proba[0], batch.sentiment_proba[i], rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("change", ["renamed", "added", "reordered", "missing"])
def test_loading_refuses_a_model_trained_for_other_labels(fitted, tmp_path, change):
    _, _, folder = fitted
    copy = tmp_path / "m"
    shutil.copytree(folder, copy)
    meta = json.loads((copy / "meta.json").read_text())
    pillars = list(taxonomy_labels()["pillars"])
    if change == "missing":
        del meta["labels"]
    else:
        meta["labels"]["pillars"] = {"renamed": ["honesty", *pillars[1:]], "added": [*pillars, "access"],
                                     "reordered": pillars[::-1]}[change]
    (copy / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelLoadError, match="labels|retrain"):
        load_model_folder(copy)


def test_every_shipped_model_loads_under_the_current_taxonomy(root):
    from cxnlp.models.versions import default_model_dir

    model = load_model_folder(default_model_dir(root / "models"))
    assert model.labels == {**taxonomy_labels(), "sentiment": model.labels["sentiment"]}
