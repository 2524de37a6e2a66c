"""Sentiment per pillar as its own task: the head, its file, its fallback and the batch path."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from cxnlp.models.pillar_sentiment import (FILE_NAME, PillarSentimentHead, attach_pillar_sentiment, comment_scores,
                                           features_of, load_pillar_sentiment)
from cxnlp.training.pillar_sentiment import (evaluate_pillar_sentiment, fit_pillar_sentiment,
                                             load_pillar_sentiment_data)

EXAMPLE = "Staff lovely but we waited 4 hours"


@pytest.fixture(scope="module")
def model(root):
    """The fast tier's model, loaded apart from the session's (a head gets attached to it here):
    the head's mechanics, quickly; the default's own head is checked below."""
    from cxnlp.models import load_model
    from cxnlp.models.versions import tier_model_dir

    return load_model(tier_model_dir(root / "models", "fast"))


@pytest.fixture(scope="module")
def labelled(root) -> pd.DataFrame:
    return load_pillar_sentiment_data(root / "data" / "labeled").comments


@pytest.fixture(scope="module")
def head(model, labelled) -> PillarSentimentHead:
    """A head trained on the labelled comments outside test fold 0, on the default model's scores."""
    train = labelled[labelled["fold"] != 0].reset_index(drop=True)
    scores = comment_scores(model, train["text"].tolist())
    return fit_pillar_sentiment(scores, train["pillars"].tolist(), train["labels"].tolist(), train["fold"].tolist(),
                                seed=13, base_version=model.version)


def test_labelled_data_is_complete(labelled):
    assert len(labelled) == 1000
    assert sum(map(len, labelled["pillars"])) == 2285
    assert all(set(p) == set(lab) for p, lab in zip(labelled["pillars"], labelled["labels"]))
    assert set(labelled["fold"]) == {0, 1, 2, 3, 4}


def test_staff_lovely_but_we_waited(model, head):
    out = head.predict(model, [EXAMPLE], pillars=[["empathy", "time_and_effort"]])
    assert out == [{"empathy": "positive", "time_and_effort": "negative"}]
    # the comment itself reads mixed: copying it onto both pillars would be wrong twice
    assert model.predict([EXAMPLE]).sentiment == ["mixed"]


def test_save_and_reload_give_the_same_predictions(model, head, labelled, tmp_path):
    path = head.save(tmp_path)
    assert path == tmp_path / FILE_NAME
    assert path.read_bytes()[:8] != b"\x80\x04\x95"  # safetensors, not a pickle
    again = PillarSentimentHead.load(tmp_path)
    assert again.threshold == head.threshold and again.base_version == head.base_version
    sample = labelled.head(60)
    scores = comment_scores(model, sample["text"].tolist())
    X = features_of(scores, sample["pillars"].tolist())
    np.testing.assert_allclose(again.proba(X), head.proba(X))
    assert again.predict_pairs(scores, sample["pillars"].tolist()) == head.predict_pairs(scores, sample["pillars"].tolist())


def test_thin_evidence_falls_back_to_the_comment_sentiment(model, head, labelled):
    sample = labelled.head(80)
    scores = comment_scores(model, sample["text"].tolist())
    pillars = sample["pillars"].tolist()
    comment = [s.sentiment for s in scores]
    proba = head.proba(features_of(scores, pillars))
    cut = float(np.median(proba.max(axis=1)))
    unsure = PillarSentimentHead(head.clf, cut, base_version=head.base_version)
    got = [v for d in unsure.predict_pairs(scores, pillars) for v in d.values()]
    own = np.array(["positive", "negative", "neutral", "mixed"])[proba.argmax(axis=1)]
    fallback = [c for c, ps in zip(comment, pillars) for _ in ps]
    thin = proba.max(axis=1) < cut
    assert thin.any() and (~thin).any()
    assert [g for g, t in zip(got, thin) if t] == [f for f, t in zip(fallback, thin) if t]
    assert [g for g, t in zip(got, thin) if not t] == [o for o, t in zip(own, thin) if not t]
    # nothing is ever sure enough: every pillar is the comment's sentiment
    never = PillarSentimentHead(head.clf, 1.01)
    assert [v for d in never.predict_pairs(scores, pillars) for v in d.values()] == fallback


def test_head_beats_the_copy_baseline_on_the_test_fold(model, head, labelled):
    res = evaluate_pillar_sentiment(model, labelled, head=head, test_fold=0)
    assert res["has_head"] and res["pairs"] > 300
    for view in ("all_pairs", "named_pairs"):
        assert res[view]["pillar_sentiment_head"] > res[view]["copy_model_sentiment"] + 0.05
    assert evaluate_pillar_sentiment(model, labelled, head=None, test_fold=0)["has_head"] is False


def test_folder_without_head_or_for_another_model(model, head, tmp_path):
    assert load_pillar_sentiment(tmp_path, model) is None
    head.save(tmp_path)
    assert isinstance(load_pillar_sentiment(tmp_path, model), PillarSentimentHead)
    other = PillarSentimentHead(head.clf, head.threshold, base_version="fast-0.0.1")
    other.save(tmp_path)
    assert load_pillar_sentiment(tmp_path, model) is None  # trained on another model's scores


class _NoRedaction:
    def redact_many(self, texts):
        from cxnlp.privacy.redact import Redacted

        return [Redacted(text=t, counts={}) for t in texts]


def _tag(model, texts):
    from cxnlp.batch.tag import _tag_chunk
    from cxnlp.ingest.formats import SourceSpec, normalise

    rows = normalise(pd.DataFrame({"t": texts}), SourceSpec(format="mapped", columns={"text": "t"}),
                     source_file="f").rows
    tagged, _ = _tag_chunk(rows, _NoRedaction(), model, run_id="r", processed_at=pd.Timestamp.now(tz="UTC"))
    return [dict(v) for v in tagged["pillar_sentiment"]], tagged


def test_batch_path_uses_the_head_where_the_folder_has_one(model, head, tmp_path):
    texts = [EXAMPLE + ".", "Excellent service, thank you.", "Rude receptionist. The doctor was brilliant and sorted it."]
    before, tagged = _tag(model, texts)
    head.save(tmp_path)
    attach_pillar_sentiment(model, tmp_path)
    try:
        after, tagged2 = _tag(model, texts)
    finally:
        model.pillar_sentiment = None
    expected = head.predict(model, texts)
    assert after == expected
    assert after[0] == {"empathy": "positive", "time_and_effort": "negative"}
    assert [list(d) for d in after] == [list(d) for d in before]  # the same pillars, in the model's order
    pd.testing.assert_series_equal(tagged["sentiment"], tagged2["sentiment"])
    # a folder without the file keeps today's part vote
    attach_pillar_sentiment(model, Path(tmp_path) / "empty")
    assert model.pillar_sentiment is None
    assert _tag(model, texts)[0] == before


def test_batch_features_match_the_per_pair_definition(model, labelled):
    from cxnlp.models.pillar_sentiment import pair_features

    sample = labelled.head(120)
    scores = comment_scores(model, sample["text"].tolist())
    one_by_one = np.vstack([pair_features(s, p) for s, ps in zip(scores, sample["pillars"]) for p in ps])
    np.testing.assert_allclose(features_of(scores, sample["pillars"].tolist()), one_by_one, atol=1e-12)
    assert features_of(scores[:2], [[], []]).shape == (0, one_by_one.shape[1])


def test_a_damaged_head_never_stops_the_model_from_loading(root, tmp_path):
    import shutil

    from cxnlp.models.registry import load_model_folder

    folder = tmp_path / "m"
    shutil.copytree(root / "models" / "fast" / "0.6.0", folder)
    assert load_model_folder(folder).pillar_sentiment is not None
    (folder / "pillar_sentiment.safetensors").write_bytes(b"not a safetensors file")
    model = load_model_folder(folder)
    assert model.pillar_sentiment is None  # the part vote takes over
    assert model.predict(["Staff lovely but we waited 4 hours"]).sentiment


def test_the_default_model_carries_a_head_for_itself(default_model):
    """The promoted (fine-tuned) model's folder has a head whose base is that model, and its
    batch output splits the worked example by pillar."""
    head = getattr(default_model, "pillar_sentiment", None)
    assert head is not None and head.base_version == default_model.version
    out = head.predict(default_model, [EXAMPLE], pillars=[["empathy", "time_and_effort"]])
    assert out == [{"empathy": "positive", "time_and_effort": "negative"}]


def test_out_of_fold_scores_come_from_the_model_given_for_each_fold(model, labelled, tmp_path):
    """evaluation/pillar_sentiment.py --oof-models: each fold is scored by the model that never saw it,
    and the cache written reads back the same scores."""
    from cxnlp.training.pillar_sentiment import oof_scores

    sample = labelled.groupby("fold").head(3).reset_index(drop=True)
    asked: list[int] = []

    def model_for_fold(fold: int):
        asked.append(fold)
        return model

    cache = tmp_path / "scores.npz"
    out = oof_scores(sample, data=None, seed=13, model_for_fold=model_for_fold, cache=cache)
    assert sorted(asked) == sorted(sample["fold"].unique().tolist())
    direct = comment_scores(model, sample["text"].tolist())
    assert all(np.allclose(a.sentiment_proba, b.sentiment_proba) for a, b in zip(out["scores"], direct))
    again = oof_scores(sample, data=None, seed=13, model_for_fold=lambda f: pytest.fail("read from the cache"),
                       cache=cache)
    assert all(np.allclose(a.pillar_proba, b.pillar_proba) for a, b in zip(again["scores"], out["scores"]))
    # a cache written before the named pillars were read with the parts is refused, not reused
    z = dict(np.load(cache))
    meta = json.loads(str(z["meta"]))
    del meta["named"]
    z["meta"] = np.array(json.dumps(meta))
    np.savez(cache, **z)
    with pytest.raises(ValueError, match="delete it"):
        oof_scores(sample, data=None, seed=13, model_for_fold=lambda f: model, cache=cache)
