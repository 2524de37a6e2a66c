"""Safety triage in two levels (taxonomy section 4): urgent (read today), review (read this week)."""
from __future__ import annotations

from datetime import datetime, UTC
from pathlib import Path

import numpy as np
import pandas as pd

from cxnlp.models.bundle import MIN_WORDS_FOR_MODEL_FLAG, urgent_triage
from cxnlp.models.components import TfidfFeaturizer, UrgentHead

ROOT = Path(__file__).resolve().parents[1]


class _FixedHead:
    """A head whose probabilities are given: triage logic without training noise."""

    def __init__(self, proba: list[float], threshold: float, reason: str = "clinical_harm") -> None:
        self.proba, self.threshold_, self.reason = np.array(proba), threshold, reason

    def predict_proba(self, F):
        return self.proba

    def predict_reason(self, F):
        return np.array([self.reason] * len(self.proba), dtype=object)


def test_levels_from_patterns_and_heads():
    texts = [
        "I have thought about ending my life since the crisis team discharged me",  # self-harm pattern
        "They gave me the wrong medication twice on the ward last week",  # clinical pattern, head unsure
        "Left on a trolley in the corridor for nine hours with chest pain",  # both heads over threshold
        "The waiting room was cold and the chairs were very uncomfortable",  # only the either-level head
        "No",  # short: never flagged by a model, whatever its score
        "Lovely staff, thank you all so much for the care",
    ]
    any_head = _FixedHead([0.9, 0.2, 0.9, 0.6, 0.99, 0.1], threshold=0.5)
    now_head = _FixedHead([0.9, 0.1, 0.8, 0.3, 0.99, 0.05], threshold=0.7)
    t = urgent_triage(texts, any_head, now_head, F=None)
    assert t.level == ["urgent", "review", "urgent", "review", None, None]
    assert t.source == ["pattern", "pattern", "model", "model", None, None]
    assert t.reason[0] == "self_harm" and t.reason[1] == "clinical_harm"
    fields = t.as_prediction_fields()
    assert fields["urgent"] == [True, False, True, False, False, False]  # true exactly at level "urgent"
    assert fields["urgent_score"][0] == 1.0 and fields["urgent_score"][1] == 1.0
    assert len(texts[4].split()) < MIN_WORDS_FOR_MODEL_FLAG


def test_confident_praise_is_never_flagged_by_a_model_but_patterns_still_count():
    texts = ["Paramedics turned up in 10 minutes and treated me on the spot, thank you",
             "Lovely nurses, though one tried to overdose me on morphine"]
    head = _FixedHead([0.9, 0.9], threshold=0.5)
    t = urgent_triage(texts, head, head, F=None, positive_proba=np.array([0.97, 0.95]))
    assert t.level == [None, "urgent"] and t.source == [None, "pattern"]


def test_models_without_a_level_head_keep_one_level():
    t = urgent_triage(["The doctor misdiagnosed my fracture and sent me home"], None, None, F=None)
    assert t.level == ["urgent"]  # patterns alone, as the single flag was
    t = urgent_triage(["Parking was expensive and hard to find today"], None, None, F=None)
    assert t.level == [None]


def test_level_head_trains_and_round_trips(tmp_path):
    from cxnlp.models.persist import load_component, save_component

    texts = ([f"patient left on the floor for {i} hours with a broken hip" for i in range(2, 30)]
             + [f"the car park charges were {i} pounds which is too much" for i in range(2, 60)])
    y = [True] * 28 + [False] * 58
    feats = TfidfFeaturizer(min_df=1).fit(texts)
    F = feats.transform(texts)
    head = UrgentHead(target_recall=0.9).fit(F, y, ["clinical_harm"] * 28 + [None] * 58,
                                            tune_on=np.array([True] * 86))
    save_component(head, tmp_path / "urgent_now.safetensors")
    again = load_component(tmp_path / "urgent_now.safetensors")
    assert np.allclose(again.predict_proba(F), head.predict_proba(F)) and again.threshold_ == head.threshold_


def test_tagged_output_has_level_source_and_evidence(default_model, redactor):
    from cxnlp.batch.tag import tag_rows
    from cxnlp.schema import COMMENTS, to_table

    texts = ["The food was cold. My father was given the wrong dose of insulin and nobody told us. Parking was fine.",
             "Brilliant service from start to finish, thank you."]
    rows = pd.DataFrame({
        "comment_id": ["t:1", "t:2"], "source_type": "survey", "channel": "test", "source_file": "f.csv",
        "source_row": [1, 2], "provider": None, "service": None, "question": None,
        "received_at": pd.Timestamp("2024-05-02", tz="UTC"), "received_month": "2024-05",
        "rating_raw": None, "rating_scaled": None, "text": texts})
    out = tag_rows(rows, redactor, default_model, run_id="r", processed_at=datetime.now(UTC),
                   max_text_chars=20_000).tagged
    to_table(out, COMMENTS)  # validates the level and source vocabularies
    first = out.iloc[0]
    assert first["urgent_level"] in ("urgent", "review") and first["urgent_source"] == "pattern"
    assert first["urgent_evidence"] == "My father was given the wrong dose of insulin and nobody told us."
    assert pd.isna(out.iloc[1]["urgent_level"]) and pd.isna(out.iloc[1]["urgent_evidence"])
    assert list(out["urgent"]) == [lv == "urgent" for lv in out["urgent_level"].fillna("")]
