"""The guard set: 336 real FFT comments picked by reading as plainly not urgent at any level
(praise, thanks, "No", "N/A", complaints about parking, food or waits), none of them in the corpus.

The reviewed patterns must never fire on them. The model heads still flag some (their threshold is
set for 97% recall of urgent comments); `python evaluation/urgent_flag_rate.py --guard` counts and
lists those, and the README reports the figure.
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _guard() -> list[dict]:
    path = ROOT / "data" / "labeled" / "urgent_guard_set.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_guard_set_is_real_unannotated_and_varied(corpus):
    rows = _guard()
    assert len(rows) >= 300 and len({r["id"] for r in rows}) == len(rows)
    assert not {r["id"] for r in rows} & set(corpus["id"])  # never trained on
    kinds = {r["kind"] for r in rows}
    assert kinds == {"short", "praise", "complaint"}
    from cxnlp.training.corpus import load_fft

    fft = load_fft(ROOT.parent / "shared" / "data" / "nhs_fft").set_index("id")["text"]
    assert all(fft[r["id"]] == r["text"].strip() for r in rows)  # the real text, unchanged


def test_reviewed_patterns_raise_no_level_on_the_guard_set():
    from cxnlp.models.bundle import urgent_triage

    texts = [r["text"] for r in _guard()]
    assert urgent_triage(texts, None, None, None).level == [None] * len(texts)
