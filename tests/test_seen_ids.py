"""The compact set of processed comment ids that deduplicates runs (cxnlp.ingest.seen)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from cxnlp.ingest.seen import SeenIds


def test_membership_across_merged_blocks_and_recent_ids():
    # a small merge_every forces several sorted blocks plus a set of recent ids
    seen = SeenIds([f"fft2:{i}" for i in range(0, 2000, 2)], merge_every=128)
    seen.add(["review:x", "review:x", None, float("nan")])  # duplicates and missing ids are ignored
    assert len(seen) == 1001
    probe = pd.Series([f"fft2:{i}" for i in range(2000)] + ["review:x", "review:y", None], dtype=object)
    expected = np.array([i % 2 == 0 for i in range(2000)] + [True, False, False])
    assert (seen.isin(probe) == expected).all()
    assert "fft2:10" in seen and "fft2:11" not in seen and None not in seen


def test_adding_ids_already_held_does_not_count_them_twice():
    seen = SeenIds(["a", "b"], merge_every=2)  # both merged into the sorted array
    seen.add(["a", "b", "c"])
    assert len(seen) == 3


def test_ids_are_held_compactly():
    # the reason it exists: 16 bytes an id, against about 94 for a set of str
    seen = SeenIds(f"bench:b{i}" for i in range(200_000))
    held = seen._sorted.nbytes + len(seen._recent) * 49  # 49: a 16-byte bytes object in CPython
    assert len(seen) == 200_000 and held < 200_000 * 24


def test_digests_ending_in_zero_bytes_are_found():
    # NumPy's fixed-width bytes drop trailing NUL bytes; membership must not depend on that
    ids = [f"id{i}" for i in range(5000)]
    seen = SeenIds(ids[:2500], merge_every=1000)
    assert seen.isin(pd.Series(ids)).tolist() == [True] * 2500 + [False] * 2500
