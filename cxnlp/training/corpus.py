"""The labelled corpus (``data/labeled/corpus.jsonl``): loading FFT source records, validating
rows against the taxonomy and splitting by respondent group so no respondent crosses splits
(and, with :func:`duplicate_safe_groups`, no repeated comment either).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from cxnlp.ingest.readers import read_records
from cxnlp.taxonomy import URGENT_LEVELS, URGENT_REASONS, TaxonomyError, validate_labels

__all__ = [
    "CORPUS_COLUMNS",
    "FFT2_TOPIC_COLUMNS_START",
    "duplicate_safe_groups",
    "fft_records",
    "fold_of",
    "label_matrix",
    "load_fft",
    "validate_corpus",
]

CORPUS_COLUMNS = [
    "id", "source", "text", "sentiment", "pillars", "pitfalls", "urgent", "urgent_level", "urgent_reason",
    "annotator", "batch", "fft_sentiment", "fft_topics", "group", "origin", "domain",
]
FFT2_TOPIC_COLUMNS_START = "Not assigned"  # first one-hot framework column in the phase-2 file


def fft_records(phase2: pd.DataFrame, phase1: pd.DataFrame) -> pd.DataFrame:
    """One row per FFT comment with id, text, respondent group and the source's own labels.

    Ids are ``fft2:<Comment ID>`` and ``fft1:<row_index>``; groups are respondents for phase 2
    (several answers of one person stay together) and single comments for phase 1, which has
    no respondent id.
    """
    topic_cols = list(phase2.columns[list(phase2.columns).index(FFT2_TOPIC_COLUMNS_START):])
    topics2 = phase2[topic_cols].apply(pd.to_numeric, errors="coerce").fillna(0).astype(int)
    a = pd.DataFrame({
        "id": "fft2:" + phase2["Comment ID"].astype(str),
        "source": "nhs_fft_phase2",
        "text": phase2["FFT answer"],
        "fft_sentiment": pd.to_numeric(phase2["Comment sentiment"], errors="coerce"),
        "fft_rating": pd.to_numeric(phase2["FFT categorical answer"], errors="coerce"),
        "fft_topics": [[c for c in topic_cols if row[c] == 1] for _, row in topics2.iterrows()],
        "service": phase2["Service type 1"].astype(str).str.replace("\xa0", " "),
        "group": "fft2:" + phase2["Respondent ID"].astype(str),
    })
    b = pd.DataFrame({
        "id": "fft1:" + phase1["row_index"].astype(str),
        "source": "nhs_fft_phase1",
        "text": phase1["feedback"],
        "fft_sentiment": np.nan,
        "fft_rating": np.nan,
        "fft_topics": [[f"{l} / {s}"] for l, s in zip(phase1["label"], phase1["subcategory"])],
        "service": phase1["organization"].astype(str),
        "group": "fft1:" + phase1["row_index"].astype(str),
    })
    out = pd.concat([a, b], ignore_index=True)
    out["text"] = out["text"].astype("string").str.strip()
    return out[out["text"].notna() & (out["text"] != "")].reset_index(drop=True)


def load_fft(fft_dir: Path) -> pd.DataFrame:
    """:func:`fft_records` of the two public FFT exports in ``fft_dir`` (the settings' ``fft_dir``)."""
    return fft_records(read_records(fft_dir / "fft_phase2_v6framework.csv"), read_records(fft_dir / "fft_phase1.csv"))


def fold_of(group: str, n_folds: int = 5) -> int:
    """A stable fold number for a group (hash-based: a group's fold never changes; a comment's
    can, when a new copy of it elsewhere merges its group with another, see
    :func:`duplicate_safe_groups`).

    Fold 0 is the held-out test fold everywhere in cxnlp.
    """
    return int(hashlib.sha1(group.encode("utf-8")).hexdigest(), 16) % n_folds


def _normalised(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", str(text).lower()).split())


def duplicate_safe_groups(groups: Sequence[str], texts: Sequence[str], *, min_words: int = 5) -> list[str]:
    """Each row's split group, merged with every group that holds the same comment.

    The public FFT files repeat comments under other ids and respondents (the same long complaint
    in both phases, say); split by respondent alone, one copy can train a model and the other test
    it. Texts are compared lowercased with punctuation and spacing ignored; groups that share a
    text of ``min_words`` or more words become one (transitively), named by their smallest member.
    Shorter stock answers ("Nothing at all", "Did not answer", "Very good service") are left alone:
    hundreds of respondents give them, and with three-word texts linking, "Did not answer" alone
    chained 1,972 FFT records into one group.
    """
    group = pd.Series(list(groups), dtype=object)
    norm = pd.Series([_normalised(t) for t in texts], dtype=object)
    if len(group) != len(norm):
        raise ValueError(f"{len(group)} groups but {len(norm)} texts")
    if group.isna().any():
        raise ValueError(f"row {int(group.isna().to_numpy().argmax())} has no group")
    if group.empty:
        return []
    group = group.astype(str)
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    g_codes, g_names = pd.factorize(group)
    t_codes, _ = pd.factorize(norm.where(norm.str.split().str.len() >= min_words))  # -1: too short
    linked = t_codes >= 0
    n_nodes = len(g_names) + int(t_codes.max()) + 1
    # Bipartite graph group -- text; each connected component is one merged group.
    graph = coo_matrix((np.ones(int(linked.sum())), (g_codes[linked], len(g_names) + t_codes[linked])),
                       shape=(n_nodes, n_nodes))
    _, component = connected_components(graph, directed=False)
    comp_of_group = component[: len(g_names)]
    name = pd.Series(g_names).groupby(comp_of_group).transform("min").to_numpy()
    return [str(name[c]) for c in g_codes]


def label_matrix(rows: Iterable[Iterable[str]], labels: tuple[str, ...]) -> np.ndarray:
    """Binary indicator matrix (n, len(labels)) from lists of labels."""
    index = {l: j for j, l in enumerate(labels)}
    rows = list(rows)
    Y = np.zeros((len(rows), len(labels)), dtype=int)
    for i, row in enumerate(rows):
        for l in row:
            Y[i, index[l]] = 1
    return Y


def validate_corpus(frame: pd.DataFrame) -> None:
    """Raise TaxonomyError naming the first bad row (unknown label, missing id, duplicate)."""
    missing = [c for c in CORPUS_COLUMNS if c not in frame.columns]
    if missing:
        raise TaxonomyError(f"corpus is missing columns {missing}")
    dup = frame["id"][frame["id"].duplicated()]
    if len(dup):
        raise TaxonomyError(f"duplicate id {dup.iloc[0]!r}")
    for n, row in enumerate(frame.itertuples(index=False), start=1):
        where = f"row {n} (id {row.id!r})"
        if not isinstance(row.id, str) or not row.id:
            raise TaxonomyError(f"row {n}: missing id")
        validate_labels(row.sentiment, row.pillars, row.pitfalls, where=where)
        if not isinstance(row.urgent, (bool, np.bool_)):
            raise TaxonomyError(f"{where}: urgent must be true or false")
        if row.urgent and row.urgent_reason not in URGENT_REASONS:
            raise TaxonomyError(f"{where}: urgent_reason must be one of {URGENT_REASONS}")
        level = getattr(row, "urgent_level", None)
        level = level if isinstance(level, str) else None
        if level is not None and level not in URGENT_LEVELS:
            raise TaxonomyError(f"{where}: urgent_level must be one of {URGENT_LEVELS} or null")
        if hasattr(row, "urgent_level") and (level is not None) != bool(row.urgent):
            raise TaxonomyError(f"{where}: urgent is true exactly when urgent_level is set (either level)")
        if getattr(row, "origin", "real") not in ("real", "synthetic"):
            raise TaxonomyError(f"{where}: origin must be real or synthetic")
