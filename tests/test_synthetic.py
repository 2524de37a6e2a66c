"""Synthetic training text: near-duplicate checks, label merging, and that it never reaches a test fold."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from cxnlp.training.synthetic import (SYNTHETIC_FOLD, intent_disagreements, merge_labels, near_duplicates, parts_of,
                             shared_ngrams)

ROOT = Path(__file__).resolve().parents[1]


def test_shared_ngram_rejects_copies_within_and_against_real():
    real = ["the nurse on the night shift was so rude to my elderly mother"]
    ids = ["s1", "s2", "s3", "s4"]
    texts = [
        "Honestly the nurse on the night shift was so rude to my elderly mother, shocking",  # copies real
        "Front desk never called back about my bill even after three emails and a letter",
        "front desk never called back about my bill even after three emails!!",  # copies s2
        "Lovely dentist, quick and painless.",
    ]
    dups = shared_ngrams(ids, texts, ["r1"], real)
    assert {(d.id, d.other_id) for d in dups} == {("s1", "r1"), ("s3", "s2")}


def test_cosine_keeps_the_first_of_two_near_copies():
    e = np.array([[1.0, 0.0], [0.999, 0.0447], [0.0, 1.0]], dtype=np.float32)
    e /= np.linalg.norm(e, axis=1, keepdims=True)
    real = np.array([[0.70710677, 0.70710677]], dtype=np.float32)
    dups = near_duplicates(["a", "b", "c"], e, ["r"], real, threshold=0.95)
    assert [(d.id, d.other_id, d.reason) for d in dups] == [("b", "a", "cosine")]
    # a real comment close enough rejects the synthetic one
    dups = near_duplicates(["c"], e[2:], ["r"], np.array([[0.1, 0.995]], dtype=np.float32), threshold=0.95)
    assert [d.id for d in dups] == ["c"]


def _written():
    return pd.DataFrame({
        "id": ["syn-rv1", "syn-sv1"], "text": ["Rude receptionist, waited 2h", "nurse said sorry for nothing"],
        "domain": ["review", "survey"], "stars": [1, None], "batch": ["reviews_01", "survey_01"],
        "intended": [{"sentiment": "negative", "pillars": ["time_and_effort"], "pitfalls": ["tone"], "urgent_level": None},
                     {"sentiment": "negative", "pillars": [], "pitfalls": ["unadmitted_mistake"], "urgent_level": None}],
    })


def test_labels_overrule_intent_and_are_counted():
    labels = pd.DataFrame({"id": ["syn-rv1", "syn-sv1"], "sentiment": ["negative", "negative"],
                           "pillars": [["time_and_effort", "empathy"], []], "pitfalls": [["tone"], []],
                           "urgent_level": [None, "review"], "urgent_reason": [None, "clinical_harm"],
                           "annotator": ["ann-1", "ann-1"]})
    rows = merge_labels(_written(), labels)
    assert rows["origin"].eq("synthetic").all()
    assert rows.set_index("id").loc["syn-rv1", "pillars"] == ["time_and_effort", "empathy"]
    assert rows.set_index("id").loc["syn-sv1", "urgent"] is True or rows.set_index("id").loc["syn-sv1", "urgent"]
    assert list(rows["part"]) == ["reviews", "rare_survey"]
    counts = intent_disagreements(rows)
    assert counts["pillars"] == 1 and counts["pitfalls"] == 1 and counts["urgent_level"] == 1 and counts["any"] == 2
    with pytest.raises(ValueError, match="name no written text"):
        merge_labels(_written(), labels.assign(id=["syn-rv1", "syn-unknown"]))
    with pytest.raises(ValueError, match="unknown synthetic part"):
        parts_of(rows, ["tweets"])


def test_synthetic_rows_train_but_never_test():
    from cxnlp.training.fit import build_training_data, fit_fast

    corpus = pd.read_json(ROOT / "data" / "labeled" / "corpus.jsonl", lines=True, dtype=False).head(400)
    syn = merge_labels(
        pd.DataFrame({"id": [f"syn-rv{i}" for i in range(40)],
                      "text": [f"the receptionist shouted at me number {i} and was so rude" for i in range(40)],
                      "domain": "review", "stars": 1, "batch": "reviews_01",
                      "intended": [{"sentiment": "negative"}] * 40}),
        pd.DataFrame({"id": [f"syn-rv{i}" for i in range(40)], "sentiment": "negative",
                      "pillars": [["empathy"]] * 40, "pitfalls": [["tone"]] * 40, "urgent_level": None,
                      "urgent_reason": None, "annotator": "ann"}))
    fft = pd.DataFrame(columns=["id", "text", "fft_sentiment", "group", "source", "service", "fft_topics"])
    data = build_training_data(pd.concat([corpus, syn], ignore_index=True), fft)
    a, s = data.annotated, data.sentiment
    assert set(a.loc[a["origin"] == "synthetic", "fold"]) == {SYNTHETIC_FOLD}
    assert set(s.loc[s["origin"] == "synthetic", "fold"]) == {SYNTHETIC_FOLD}
    for k in range(5):  # every test fold is real text
        assert a.loc[a["fold"] == k, "origin"].eq("real").all()
    model = fit_fast(data, seed=13, test_fold=0)
    assert model.meta["n_train"]["annotated"] == int((a["fold"] != 0).sum())


def test_committed_synthetic_corpus_has_no_near_duplicates_and_no_real_copy():
    path = ROOT / "data" / "labeled" / "synthetic.jsonl"
    if not path.exists():
        pytest.skip("no synthetic corpus built yet")
    rows = [json.loads(l) for l in path.read_text().splitlines() if l.strip()]
    assert rows and all(r["origin"] == "synthetic" for r in rows)
    from cxnlp.training.corpus import load_fft

    fft = load_fft(ROOT.parent / "shared" / "data" / "nhs_fft")
    written = {}
    for p in (ROOT / "data" / "synthetic" / "written").glob("*.jsonl"):
        for line in p.read_text().splitlines():
            if line.strip():
                r = json.loads(line)
                written[r["id"]] = r["text"]
    kept = [r["id"] for r in rows]
    dups = shared_ngrams(kept, [written[i] for i in kept], fft["id"].tolist(), fft["text"].astype(str).tolist())
    assert dups == []


def test_train_takes_synthetic_parts_from_the_settings_file(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import pipelines.train
    from cxnlp.cli import app

    seen = []

    def fake_train(**kwargs):
        seen.append(kwargs["synthetic"])
        return {"model_dir": "m", "metrics": {}}

    monkeypatch.setattr(pipelines.train, "cx_train", fake_train)
    (tmp_path / "s.yaml").write_text("synthetic_parts: [reviews]\n")
    runner = CliRunner()
    assert runner.invoke(app, ["train", "--settings", str(tmp_path / "s.yaml"), "--quiet"]).exit_code == 0
    assert runner.invoke(app, ["train", "--settings", str(tmp_path / "s.yaml"), "--no-synthetic", "-q"]).exit_code == 0
    assert runner.invoke(app, ["train", "-q"]).exit_code == 0
    assert seen == [["reviews"], [], None]  # None: the flow reads the project's settings (no part by default)
    assert runner.invoke(app, ["train", "--settings", str(tmp_path / "nope.yaml"), "-q"]).exit_code == 2
