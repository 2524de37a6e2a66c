"""Each model: overfit a tiny real set, save, reload, same predictions; batch == single."""
import numpy as np
import pytest

from cxnlp.training.corpus import label_matrix
from cxnlp.models import CxModel, MultiLabelTagger, SentimentClassifier, load_model
from cxnlp.models.components import TfidfFeaturizer
from cxnlp.models.bundle import ModelLoadError
from cxnlp.taxonomy import PILLARS, PITFALLS


@pytest.fixture(scope="module")
def tiny(corpus):
    # 60 real annotated comments with clear labels, repeated so the tiny model can memorise them.
    rows = corpus[corpus["sentiment"].isin(["positive", "negative"])].head(60)
    return rows


@pytest.fixture(scope="module")
def tiny_model(tiny):
    feats = TfidfFeaturizer(max_features=5000, min_df=1).fit(tiny["text"])
    X = feats.transform(list(tiny["text"]) * 3)
    s = SentimentClassifier(C=100.0).fit(X, list(tiny["sentiment"]) * 3)
    pill = MultiLabelTagger(labels=PILLARS, C=100.0, cv=2).fit(X, np.vstack([label_matrix(tiny["pillars"], PILLARS)] * 3))
    pit = MultiLabelTagger(labels=PITFALLS, C=100.0, cv=2).fit(X, np.vstack([label_matrix(tiny["pitfalls"], PITFALLS)] * 3))
    return CxModel(features=feats, sentiment=s, mixed=None, pillars=pill, pitfalls=pit, meta={"version": "tiny"})


def test_overfits_tiny_set(tiny, tiny_model):
    pred = tiny_model.predict(tiny["text"].tolist())
    assert np.mean(np.array(pred.sentiment) == tiny["sentiment"].to_numpy()) >= 0.95
    assert np.all((pred.sentiment_score >= -1) & (pred.sentiment_score <= 1))


def test_save_reload_identical(tmp_path, tiny, tiny_model):
    tiny_model.save(tmp_path / "m", card="# tiny", metrics={})
    again = load_model(tmp_path / "m")
    a, b = tiny_model.predict(tiny["text"].tolist()), again.predict(tiny["text"].tolist())
    assert a.sentiment == b.sentiment and a.pillars == b.pillars and a.pitfalls == b.pitfalls
    np.testing.assert_array_equal(a.sentiment_proba, b.sentiment_proba)
    np.testing.assert_array_equal(a.pillar_proba, b.pillar_proba)


def test_batch_and_single_agree(tiny, tiny_model):
    texts = tiny["text"].tolist()[:10]
    batch = tiny_model.predict(texts)
    for i, t in enumerate(texts):
        one = tiny_model.predict([t])
        assert one.sentiment[0] == batch.sentiment[i]
        np.testing.assert_allclose(one.pillar_proba[0], batch.pillar_proba[i])


def test_loading_refuses_incomplete_folder(tmp_path):
    with pytest.raises(ModelLoadError, match="missing"):
        load_model(tmp_path)


def test_default_model_is_trained_on_real_data(default_model):
    meta = default_model.meta
    # a fast model counts rows per task; a fine-tuned one counts the multi-task rows it trained on
    n = meta["n_train"]
    assert n.get("rows", n.get("sentiment", 0)) > 4000 and meta["data_sha256"]
    pred = default_model.predict(["The staff were lovely and kind", "Waited four hours and the receptionist was rude"])
    assert pred.sentiment[0] == "positive" and pred.sentiment[1] == "negative"
    assert "empathy" in pred.pillars[0] and "time_and_effort" in pred.pillars[1]


def test_thresholds_are_per_label(tiny_model):
    assert tiny_model.pillars.thresholds_.shape == (len(PILLARS),)
    # Each label gets its own threshold, tuned in cross-validation within the candidate grid.
    thresholds = tiny_model.pillars.thresholds_
    assert np.all((thresholds >= 0.05) & (thresholds <= 0.95))
    assert len(set(np.round(thresholds, 3))) > 1, "every label got the same threshold: not tuned per label"


def test_featurizer_matches_scikit_learn_transform(corpus, fast_model):
    """The word-cached character n-gram counts give exactly scikit-learn's TF-IDF matrix, on real
    comments and on accents, tabs, empty and one-letter texts, also once the cache is warm and
    after it has been cleared for size."""
    feats = fast_model.features
    texts = corpus["text"].head(400).tolist() + ["", "   ", "Café naïve ÉCOLE", "a", "x\ty\nz", "WAITED  4 hrs!!"]
    expected = feats.union_.transform(texts)
    for _ in range(2):
        got = feats.transform(texts)
        assert got.shape == expected.shape and (got != expected).nnz == 0
    small = TfidfFeaturizer(max_features=2000, min_df=1).fit(texts)
    small._WORD_CACHE_SIZE = 5  # forces clearing between calls
    for chunk in (texts[:50], texts[50:120], texts):
        assert (small.transform(chunk) != small.union_.transform(chunk)).nnz == 0


def test_component_files_refuse_unknown_classes(tmp_path, tiny_model):
    """A component file naming a class outside the allowlist is refused before anything is built,
    and values the format cannot hold are refused when saving."""
    import json

    from safetensors.numpy import save_file

    from cxnlp.models.persist import UnsafeModelFile, load_component, save_component

    evil = {"object": "os.system", "state": {"dict": {}}}
    save_file({}, str(tmp_path / "features.safetensors"),
              metadata={"format": "cxnlp-component/1", "structure": json.dumps(evil)})
    with pytest.raises(UnsafeModelFile, match="os.system"):
        load_component(tmp_path / "features.safetensors")
    tiny_model.save(tmp_path / "m", card="# tiny", metrics={})
    (tmp_path / "features.safetensors").replace(tmp_path / "m" / "features.safetensors")
    with pytest.raises(ModelLoadError, match="not an allowed model class"):
        load_model(tmp_path / "m")
    with pytest.raises(UnsafeModelFile, match="not an allowed model class"):
        save_component({"callback": print}, tmp_path / "x.safetensors")


def test_skops_folders_from_earlier_versions_still_load(tmp_path, tiny, tiny_model):
    import skops.io as sio

    folder = tmp_path / "old"
    tiny_model.save(folder, card="# tiny", metrics={})
    for name in ("features", "sentiment", "pillars", "pitfalls"):
        (folder / f"{name}.safetensors").unlink()
        sio.dump(getattr(tiny_model, name), folder / f"{name}.skops")
    again = load_model(folder)
    np.testing.assert_array_equal(tiny_model.predict(tiny["text"].tolist()).pillar_proba,
                                  again.predict(tiny["text"].tolist()).pillar_proba)


def test_default_model_loads_without_skops(root):
    """The shipped model is safetensors: loading it never imports skops (2.5 s of every start)."""
    import subprocess
    import sys

    from cxnlp.models.versions import default_model_dir

    # The promoted model, whichever it is: a fixed version here broke when its weights left git.
    shipped = default_model_dir(root / "models")
    code = ("import sys\nfrom pathlib import Path\nfrom cxnlp.models.loading import load_any_model\n"
            f"m = load_any_model(Path({str(shipped)!r}))\n"
            "assert m.predict(['kind staff']).sentiment == ['positive']\n"
            "print('skops' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "False"


def test_git_keeps_only_the_default_and_the_fast_tiers_weights_at_most_30_mb_each(root):
    """Issue 20: weights of versions that are not the default leave the tree (their cards, meta
    and metrics stay), except the fast tier's newest, kept for very large backfills
    (`--model fast`); each shipped model is at most 30 MB."""
    import shutil
    import subprocess

    from cxnlp.models.versions import default_model_dir, tier_model_dir

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    out = subprocess.run(["git", "ls-files", "-z", "models"], cwd=root, capture_output=True)
    if out.returncode != 0:
        pytest.skip("not a git checkout")
    files = [root / p for p in out.stdout.decode().split("\0") if p]
    weights = [f for f in files if f.suffix in (".safetensors", ".skops", ".bin")]
    shipped = {default_model_dir(root / "models").resolve(), tier_model_dir(root / "models", "fast").resolve()}
    folders = {f.parent.resolve() for f in weights}
    assert weights and folders <= shipped, f"weights outside the shipped models: {folders - shipped}"
    assert default_model_dir(root / "models").resolve() in folders, "the default model's weights are not in git"
    for folder in folders:
        total = sum(f.stat().st_size for f in weights if f.parent.resolve() == folder and f.exists())
        assert total <= 30_000_000, f"{total / 1e6:.1f} MB of weights in {folder.name}"


@pytest.mark.parametrize("which", ["default_model", "fast_model"])
def test_no_texts_give_an_empty_prediction(which, request):
    """A caller with nothing to score gets an empty prediction, not a scikit-learn error."""
    model = request.getfixturevalue(which)
    pred = model.predict([])
    assert pred.sentiment == [] and pred.pillars == [] and pred.pitfalls == []
    assert pred.sentiment_proba.shape[0] == 0 and pred.pillar_proba.shape == (0, 6) and pred.urgent == []
    assert model.predict([], urgent=False).urgent is None
