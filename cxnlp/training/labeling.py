"""Labelling rounds for the data team: pick comments to label, and check labelled batches.

``select_for_labelling`` picks from tagged output (at random, or where the current model is
least sure); ``unannotated_fft`` and ``write_batches`` serve the scripts that draw annotation
rounds from the public FFT data; ``parse_labelled`` validates a filled-in batch against the taxonomy and turns it
into corpus rows, refusing unknown labels, missing ids and duplicates with a message that
names the row. ``parse_corrections`` and ``merge_corrections`` turn the web app's label
corrections (:mod:`cxnlp.app.corrections`) into the corpus batch ``corrections``.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from cxnlp.training.corpus import CORPUS_COLUMNS, load_fft
from cxnlp.schema import prob_column
from cxnlp.taxonomy import PILLARS, PITFALLS, URGENT_LEVELS, URGENT_REASONS, TaxonomyError, validate_labels

__all__ = ["BATCH_COLUMNS", "CORRECTIONS_BATCH", "EXPORT_COLUMNS", "merge_corrections", "parse_corrections",
           "parse_labelled", "select_for_labelling", "unannotated_fft", "uncertainty", "write_batches"]

CORRECTIONS_BATCH = "corrections"  # batch and source of the corpus rows made from the app's corrections

EXPORT_COLUMNS = ["id", "source", "text", "sentiment", "pillars", "pitfalls", "urgent", "urgent_reason",
                  "suggested_sentiment", "suggested_pillars", "suggested_pitfalls"]

BATCH_COLUMNS = ["id", "source", "text", "drawn_because"]  # one line of an annotation batch


def unannotated_fft(fft_dir: Path, corpus_file: Path, *, min_chars: int = 20, max_chars: int = 2500) -> pd.DataFrame:
    """The public FFT comments not yet in the corpus, ``min_chars``..``max_chars`` long, one copy of
    each distinct text: the pool an annotation round draws from."""
    pool = load_fft(fft_dir)
    done = {json.loads(line)["id"] for line in corpus_file.open() if line.strip()}
    pool = pool[~pool["id"].isin(done) & pool["text"].str.len().between(min_chars, max_chars)]
    return pool.drop_duplicates("text").reset_index(drop=True)


def write_batches(sample: pd.DataFrame, out: Path, n_batches: int, *, first: int = 1) -> list[Path]:
    """``sample`` (with ``BATCH_COLUMNS``) split in order into ``n_batches`` JSONL files
    ``batch_<first>.jsonl``, ``batch_<first + 1>.jsonl``, ... in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for n, part in enumerate(np.array_split(sample.index.to_numpy(), n_batches), start=first):
        files.append(out / f"batch_{n:02d}.jsonl")
        with files[-1].open("w") as fh:
            for i in part:
                fh.write(json.dumps({c: str(sample.at[i, c]) for c in BATCH_COLUMNS}) + "\n")
    return files


def uncertainty(tagged: pd.DataFrame, thresholds: Mapping[str, float]) -> np.ndarray:
    """How unsure the model was about each comment, in [0, 1].

    The larger of: sentiment (1 - |score|, so a score near 0 is unsure) and, for each label, how
    close its probability sits to that label's threshold.
    """
    u = 1.0 - tagged["sentiment_score"].abs().to_numpy(dtype=float)
    for label in PILLARS + PITFALLS:
        col = prob_column(label)
        if col not in tagged:
            continue
        t = float(thresholds.get(label, 0.5))
        p = tagged[col].to_numpy(dtype=float)
        closeness = 1.0 - np.abs(p - t) / max(t, 1.0 - t)
        u = np.maximum(u, closeness)
    return np.clip(u, 0.0, 1.0)


def select_for_labelling(tagged: pd.DataFrame, n: int, strategy: Literal["uncertain", "random"], *,
                         thresholds: Mapping[str, float], exclude_ids: set[str], seed: int) -> pd.DataFrame:
    """Pick ``n`` tagged comments not yet labelled, as a batch to fill in (label columns empty)."""
    pool = tagged[(tagged["status"] == "tagged") & ~tagged["comment_id"].isin(exclude_ids)]
    pool = pool.drop_duplicates("comment_id")
    if strategy == "random":
        picked = pool.sample(n=min(n, len(pool)), random_state=seed)
    elif strategy == "uncertain":
        order = np.argsort(-uncertainty(pool, thresholds), kind="stable")
        picked = pool.iloc[order[:n]]
    else:
        raise ValueError(f"unknown strategy {strategy!r}; use 'uncertain' or 'random'")
    return pd.DataFrame({
        "id": picked["comment_id"].to_numpy(),
        "source": picked["channel"].to_numpy(),
        "text": picked["text"].to_numpy(),
        "sentiment": "", "pillars": "", "pitfalls": "", "urgent": "", "urgent_reason": "",
        "suggested_sentiment": picked["sentiment"].to_numpy(),
        "suggested_pillars": [";".join(x) for x in picked["pillars"]],
        "suggested_pitfalls": [";".join(x) for x in picked["pitfalls"]],
    })


def _labels(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    s = str(value).strip()
    if s.startswith("["):
        return [str(v) for v in json.loads(s)]
    return [p.strip() for p in s.replace(",", ";").split(";") if p.strip()]


def _bool(value: object, where: str) -> bool:
    s = str(value).strip().lower()
    if s in ("true", "1", "yes", "y"):
        return True
    if s in ("false", "0", "no", "n", "", "nan", "none"):
        return False
    raise TaxonomyError(f"{where}: urgent must be true or false, got {value!r}")


def parse_labelled(batch: pd.DataFrame, *, existing_ids: set[str], annotator: str, batch_name: str,
                   file: str) -> pd.DataFrame:
    """Validate a filled-in batch and return corpus rows; raise TaxonomyError naming the row."""
    missing = [c for c in ("id", "text", "sentiment", "pillars", "pitfalls") if c not in batch.columns]
    if missing:
        raise TaxonomyError(f"{file}: missing column(s) {missing}")
    rows, seen = [], set()
    for n, rec in enumerate(batch.to_dict(orient="records"), start=2):  # row 1 is the header
        where = f"{file} row {n}"
        rid = str(rec.get("id") or "").strip()
        if not rid or rid.lower() == "nan":
            raise TaxonomyError(f"{where}: missing id")
        where += f" (id {rid!r})"
        if rid in seen:
            raise TaxonomyError(f"{where}: duplicate id in this file")
        if rid in existing_ids:
            raise TaxonomyError(f"{where}: id is already in the corpus")
        seen.add(rid)
        sentiment = str(rec.get("sentiment") or "").strip()
        if not sentiment or sentiment.lower() == "nan":
            raise TaxonomyError(f"{where}: sentiment is empty (label every row, or remove it)")
        pillars, pitfalls = _labels(rec.get("pillars")), _labels(rec.get("pitfalls"))
        validate_labels(sentiment, pillars, pitfalls, where=where)
        urgent = _bool(rec.get("urgent", ""), where)
        reason = str(rec.get("urgent_reason") or "").strip() or None
        if reason and reason.lower() == "nan":
            reason = None
        if urgent and reason not in URGENT_REASONS:
            raise TaxonomyError(f"{where}: urgent_reason must be one of {URGENT_REASONS}")
        level = str(rec.get("urgent_level") or "").strip().lower() or None
        level = None if level in (None, "nan", "none") else level
        if level is not None and level not in URGENT_LEVELS:
            raise TaxonomyError(f"{where}: urgent_level must be one of {URGENT_LEVELS} or empty")
        if level is not None and not urgent:
            raise TaxonomyError(f"{where}: urgent_level {level!r} needs urgent true (urgent means either level)")
        level = level or ("urgent" if urgent else None)  # a bare flag reads as "read today"
        rows.append({
            "id": rid, "source": str(rec.get("source") or "import"), "text": str(rec["text"]),
            "sentiment": sentiment, "pillars": [p for p in PILLARS if p in pillars],
            "pitfalls": [p for p in PITFALLS if p in pitfalls], "urgent": urgent, "urgent_level": level,
            "urgent_reason": reason if urgent else None, "annotator": annotator, "batch": batch_name,
            "fft_sentiment": None, "fft_topics": [], "group": rid, "origin": "real",
            "domain": "review" if str(rec.get("source_type") or "") == "review" else "survey",
        })
    return pd.DataFrame(rows, columns=CORPUS_COLUMNS)


def parse_corrections(corrections: pd.DataFrame, comments: pd.DataFrame, *, existing: Mapping[str, str]
                      ) -> tuple[pd.DataFrame, list[str], list[str]]:
    """Corpus rows (batch and source ``corrections``) from the web app's corrections.

    Each corrected comment becomes one row: its labels as corrected, field by field the latest
    correction over the model's label (fields nobody changed keep the model's label, which the
    corrector saw and left), ``urgent`` true exactly when a level is set, ``annotator`` the
    people who corrected it (``+``-joined), ``domain`` from its ``source_type``. ``comments``: the
    tagged rows of the corrected comments; ``existing``: id -> batch of the corpus as it is.
    Returns (rows, ids skipped because another batch already labels them, ids whose tagged row
    is gone from the output).
    """
    from cxnlp.app.corrections import effective_labels
    from cxnlp.training.corpus import validate_corpus

    if corrections.empty:
        return pd.DataFrame(columns=CORPUS_COLUMNS), [], []
    tagged = {str(r["comment_id"]): r for r in comments.to_dict(orient="records")}
    rows, elsewhere, missing = [], [], []
    for cid, mine in corrections.groupby("comment_id", sort=False):
        cid = str(cid)
        if existing.get(cid, CORRECTIONS_BATCH) != CORRECTIONS_BATCH:
            elsewhere.append(cid)
            continue
        row = tagged.get(cid)
        if row is None or not isinstance(row.get("text"), str):
            missing.append(cid)
            continue
        labels = effective_labels(row, mine)
        level = labels["urgent_level"]
        rows.append({
            "id": cid, "source": CORRECTIONS_BATCH, "text": row["text"], "sentiment": labels["sentiment"],
            "pillars": [p for p in PILLARS if p in labels["pillars"]],
            "pitfalls": [p for p in PITFALLS if p in labels["pitfalls"]], "urgent": level is not None,
            "urgent_level": level, "urgent_reason": labels["urgent_reason"] if level is not None else None,
            "annotator": "+".join(dict.fromkeys(str(b) for b in mine["by"])), "batch": CORRECTIONS_BATCH,
            "fft_sentiment": None, "fft_topics": [], "group": cid, "origin": "real",
            "domain": "review" if row.get("source_type") == "review" else "survey",
        })
    out = pd.DataFrame(rows, columns=CORPUS_COLUMNS, dtype=object)  # None stays None (no NaN in the JSON)
    validate_corpus(out)
    return out, elsewhere, missing


def merge_corrections(corpus_file: Path, output_dir: Any) -> dict[str, Any]:
    """Write the corrections under ``output_dir`` into ``corpus_file`` as the batch ``corrections``:
    that batch's earlier rows are replaced where they stood (the corrections table is the
    record; importing twice changes nothing), every other line is kept byte for byte, and the
    whole corpus must pass :func:`cxnlp.training.corpus.validate_corpus` before the file is replaced
    (through a temporary file). Returns counts and the ids left out."""
    from cxnlp.app.corrections import read_corrections
    from cxnlp.training.corpus import validate_corpus
    from cxnlp.paths import location, write_text_atomic
    from cxnlp.analytics.query import connect

    corrections = read_corrections(output_dir)
    lines = corpus_file.read_text(encoding="utf-8").splitlines() if corpus_file.exists() else []
    records = [json.loads(line) for line in lines if line.strip()]
    existing = {str(r["id"]): str(r.get("batch")) for r in records}
    ids = sorted(set(corrections["comment_id"])) if len(corrections) else []
    comments = pd.DataFrame(columns=["comment_id", "text", "source_type", "run_id"])
    if ids:
        con = connect(location(output_dir))
        try:
            comments = con.execute("select * from comments where list_contains(?, comment_id) "
                                   "qualify row_number() over (partition by comment_id order by processed_at desc) = 1",
                                   [ids]).df()
        finally:
            con.close()
    rows, elsewhere, missing = parse_corrections(corrections, comments, existing=existing)
    new_lines = [json.dumps({k: None if isinstance(v, float) and np.isnan(v) else v for k, v in rec.items()},
                            ensure_ascii=False) for rec in rows.to_dict(orient="records")]
    kept, placed, before = [], False, 0
    for line in lines:
        if line.strip() and json.loads(line).get("batch") == CORRECTIONS_BATCH:
            before += 1
            if not placed:
                kept.extend(new_lines)
                placed = True
            continue
        kept.append(line)
    if not placed:
        kept.extend(new_lines)
    text = "".join(line + "\n" for line in kept)
    corpus = pd.DataFrame([json.loads(line) for line in kept if line.strip()])
    if len(corpus):
        validate_corpus(corpus)
    changed = text != "".join(line + "\n" for line in lines)
    if changed:
        write_text_atomic(corpus_file, text)
    return {"rows": len(rows), "replaced": before, "corrections": len(corrections), "changed": changed,
            "elsewhere": elsewhere, "missing": missing}
