"""Rewrite a model folder's skops components as safetensors (cxnlp.models.persist), checking
that every component gives exactly the same output before the skops files are removed.

    python research/migrations/convert_skops_folder.py models/fast/0.2.0 [models/accurate/0.1.0 ...]
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

from cxnlp.models.bundle import _load_skops
from cxnlp.models.persist import load_component, save_component

FEATURIZERS = ("features", "urgent_features")


def convert(folder: Path, texts: list[str]) -> None:
    old = {p.stem: _load_skops(p) for p in sorted(folder.glob("*.skops"))}
    if not old:
        print(f"{folder}: no skops files")
        return
    new = {}
    for name, obj in old.items():
        save_component(obj, folder / f"{name}.safetensors")
        new[name] = load_component(folder / f"{name}.safetensors")
    for feat in (f for f in FEATURIZERS if f in old):
        a, b = old[feat].transform(texts), new[feat].transform(texts)
        same = (a != b).nnz == 0 if hasattr(a, "nnz") else np.array_equal(a, b)  # sparse TF-IDF or dense embeddings
        assert same, f"{folder}/{feat}: features differ"
        if feat == "urgent_features":  # a fine-tuned model's urgent head reads these features
            heads = ["urgent"]
        else:
            heads = [n for n in old if n not in FEATURIZERS and not (n == "urgent" and "urgent_features" in old)]
        for name in heads:
            assert np.array_equal(old[name].predict_proba(a), new[name].predict_proba(b)), f"{folder}/{name} differs"
            print(f"{folder}/{name}: identical on {len(texts)} comments")
    for name in old:
        (folder / f"{name}.skops").unlink()


if __name__ == "__main__":
    corpus = pd.read_json(Path("data/labeled/corpus.jsonl"), lines=True, dtype=False)
    for arg in sys.argv[1:]:
        convert(Path(arg), corpus["text"].astype(str).tolist())
