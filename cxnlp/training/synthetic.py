"""Synthetic training text (issue 17): assembling it, checking it is not a copy, keeping it out of
every test fold.

Synthetic rows may train, never test. They are written from persona cards
(``data/synthetic/cards``, instructions in ``data/synthetic/WRITING.md``), labelled by annotators
who see only the text (``data/synthetic/labels``), checked here for near-duplicates, and stored in
``data/labeled/synthetic.jsonl`` with ``origin: synthetic``. Training puts them in
:data:`SYNTHETIC_FOLD`, which is never a test fold, and tunes thresholds on real rows only.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "NEAR_DUPLICATE_COSINE",
    "SHARED_NGRAM",
    "SYNTHETIC_FOLD",
    "SYNTHETIC_PARTS",
    "NearDuplicate",
    "merge_labels",
    "near_duplicates",
    "shared_ngrams",
]

SYNTHETIC_FOLD = -1  # never equal to a test fold (0..4)
SYNTHETIC_PARTS = ("reviews", "rare_survey")  # domain review / survey
# Cosine similarity of MiniLM sentence embeddings above which two texts count as the same text
# reworded. Chosen on the FFT comments themselves (evaluation/synthetic_duplicates.py): pairs of
# distinct real comments above 0.95 are near-verbatim copies (the same complaint pasted twice with a
# word changed), while texts that only share a topic ("staff were rude", "the nurse was rude to me")
# sit at 0.75-0.90 and must both be allowed.
NEAR_DUPLICATE_COSINE = 0.95
SHARED_NGRAM = 8  # a shared run of 8 words is a copy, whatever the embedding says


@dataclass(frozen=True)
class NearDuplicate:
    """A synthetic text rejected because it repeats another text (synthetic or real)."""

    id: str
    other_id: str
    reason: str  # "ngram" or "cosine"
    similarity: float


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", str(text).lower())


def _ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    w = _words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def shared_ngrams(ids: Sequence[str], texts: Sequence[str], other_ids: Sequence[str], other_texts: Sequence[str],
                  *, n: int = SHARED_NGRAM, within: bool = True) -> list[NearDuplicate]:
    """Texts (``ids``/``texts``) that share a run of ``n`` words with an earlier text of the same set
    (``within``) or with any text of the other set. The first of two copies is kept."""
    index: dict[tuple[str, ...], str] = {}
    for oid, t in zip(other_ids, other_texts):
        for g in _ngrams(t, n):
            index.setdefault(g, oid)
    out: list[NearDuplicate] = []
    own: dict[tuple[str, ...], str] = {}
    for i, t in zip(ids, texts):
        grams = _ngrams(t, n)
        hit = next((index[g] for g in grams if g in index), None) or (
            next((own[g] for g in grams if g in own), None) if within else None)
        if hit is not None:
            out.append(NearDuplicate(i, hit, "ngram", 1.0))
            continue
        for g in grams:
            own.setdefault(g, i)
    return out


def near_duplicates(ids: Sequence[str], embeddings: np.ndarray, other_ids: Sequence[str], other_embeddings: np.ndarray,
                    *, threshold: float = NEAR_DUPLICATE_COSINE, chunk: int = 512) -> list[NearDuplicate]:
    """Rows whose embedding (L2-normalised) is within ``threshold`` cosine of an earlier row of the
    same set or of any row of the other set. The first of two near-copies is kept."""
    E = np.asarray(embeddings, dtype=np.float32)
    O = np.asarray(other_embeddings, dtype=np.float32)
    out: list[NearDuplicate] = []
    rejected = np.zeros(len(E), dtype=bool)
    for start in range(0, len(E), chunk):
        block = E[start:start + chunk]
        if len(O):
            sims = block @ O.T
            best = sims.argmax(axis=1)
            for k, j in enumerate(best):
                if sims[k, j] > threshold:
                    rejected[start + k] = True
                    out.append(NearDuplicate(ids[start + k], other_ids[j], "cosine", float(sims[k, j])))
        own = block @ E[: start + len(block)].T
        for k in range(len(block)):
            i = start + k
            if rejected[i]:
                continue
            earlier = own[k, :i]
            keep = ~rejected[:i]
            if keep.any() and (earlier[keep] > threshold).any():
                j = int(np.flatnonzero(keep & (earlier > threshold))[0])
                rejected[i] = True
                out.append(NearDuplicate(ids[i], ids[j], "cosine", float(earlier[j])))
    return out


def merge_labels(written: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """Written synthetic texts joined with their annotators' labels, in corpus form.

    ``written``: id, text, domain, card fields and ``intended`` (what the writer meant).
    ``labels``: id, sentiment, pillars, pitfalls, urgent_level, urgent_reason, annotator (the labels
    that train: where they differ from ``intended``, the label stands). Texts without a label are
    left out; a label without a text is an error.
    """
    unknown = set(labels["id"]) - set(written["id"])
    if unknown:
        raise ValueError(f"{len(unknown)} labels name no written text, e.g. {sorted(unknown)[0]!r}")
    dup = labels["id"][labels["id"].duplicated()]
    if len(dup):
        raise ValueError(f"text {dup.iloc[0]!r} is labelled twice in the training labels")
    rows = written.merge(labels, on="id", how="inner", suffixes=("", "_label"))
    level = rows["urgent_level"].where(rows["urgent_level"].isin(["urgent", "review"]), None)
    out = pd.DataFrame({
        "id": rows["id"],
        "source": "synthetic_" + rows["domain"],
        "origin": "synthetic",
        "domain": rows["domain"],
        "part": np.where(rows["domain"].eq("review"), "reviews", "rare_survey"),
        "text": rows["text"],
        "sentiment": rows["sentiment"],
        "pillars": rows["pillars"].map(list),
        "pitfalls": rows["pitfalls"].map(list),
        "urgent": level.notna(),
        "urgent_level": level,
        "urgent_reason": rows["urgent_reason"].where(level.notna(), None),
        "annotator": rows["annotator"],
        "batch": rows["batch"] if "batch" in rows else None,
        "fft_sentiment": None,
        "fft_topics": [[] for _ in range(len(rows))],
        "group": rows["id"],
        "stars": rows.get("stars"),
        "intended": rows["intended"],
    })
    return out.reset_index(drop=True)


def intent_disagreements(rows: pd.DataFrame) -> dict[str, Any]:
    """How often the annotators' labels differ from what the writer meant (for the data card)."""
    def as_set(v: Any) -> frozenset[str]:
        return frozenset(v or [])

    def level(v: Any) -> str | None:
        return v if v in ("urgent", "review") else None

    n = len(rows)
    intended = rows["intended"].tolist()
    out: dict[str, Any] = {"n": n}
    out["sentiment"] = int(sum(str(i.get("sentiment")) != s for i, s in zip(intended, rows["sentiment"])))
    for kind in ("pillars", "pitfalls"):
        out[kind] = int(sum(as_set(i.get(kind)) != as_set(v) for i, v in zip(intended, rows[kind])))
    out["urgent_level"] = int(sum(level(i.get("urgent_level")) != level(v) for i, v in zip(intended, rows["urgent_level"])))
    out["any"] = int(sum(
        str(i.get("sentiment")) != s or as_set(i.get("pillars")) != as_set(p) or as_set(i.get("pitfalls")) != as_set(f)
        or level(i.get("urgent_level")) != level(lv)
        for i, s, p, f, lv in zip(intended, rows["sentiment"], rows["pillars"], rows["pitfalls"], rows["urgent_level"])))
    return out


def parts_of(rows: pd.DataFrame, parts: Iterable[str]) -> pd.DataFrame:
    """The synthetic rows of the named parts (see :data:`SYNTHETIC_PARTS`)."""
    parts = list(parts)
    bad = [p for p in parts if p not in SYNTHETIC_PARTS]
    if bad:
        raise ValueError(f"unknown synthetic part(s) {bad}; known: {list(SYNTHETIC_PARTS)}")
    return rows[rows["part"].isin(parts)].reset_index(drop=True)
