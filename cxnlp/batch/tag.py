"""The batch path as plain functions: canonical rows -> redacted, tagged rows.

``tag_rows`` is what both the Prefect flow and ``cxnlp score`` call, so a comment gets the same
answer either way. Nothing here touches files or Prefect.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd

from cxnlp.ingest.seen import SeenIds
from cxnlp.models.registry import TaggingModel
from cxnlp.privacy.redact import Redactor
from cxnlp.schema import CANONICAL, COMMENTS, REDACTION_TYPES, SENTENCES, prob_column
from cxnlp.models.sentences import aggregate_pillar_sentiment, part_votes, read_with_parts, score_parts
from cxnlp.taxonomy import PILLARS, PITFALLS

__all__ = ["TagResult", "alerts_of", "dedupe", "label_evidence", "score_frame", "tag_rows"]

Progress = Callable[[int], None]


@dataclass
class TagResult:
    """Tagged rows (COMMENTS), quarantined rows (source_row, comment_id, reason), sentences (SENTENCES)."""

    tagged: pd.DataFrame
    quarantine: pd.DataFrame
    sentences: pd.DataFrame | None = None


def dedupe(rows: pd.DataFrame, seen: SeenIds) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split rows into new ones and duplicates (an id seen before, or earlier in ``rows``)."""
    dup = seen.isin(rows["comment_id"]) | rows["comment_id"].duplicated(keep="first").to_numpy()
    return rows.loc[~dup].reset_index(drop=True), rows.loc[dup].reset_index(drop=True)


def alerts_of(tagged: pd.DataFrame) -> pd.DataFrame:
    """The urgent comments of a tagged batch, in the ALERTS schema's columns."""
    from cxnlp.schema import ALERTS

    flagged = tagged[tagged["urgent_level"].notna()]  # either level: the week's reading list
    return flagged[ALERTS.names].reset_index(drop=True)


def tag_rows(
    rows: pd.DataFrame,
    redactor: Redactor,
    model: TaggingModel,
    *,
    run_id: str,
    processed_at: datetime,
    max_text_chars: int,
    batch_size: int = 512,
    progress: Progress | None = None,
) -> TagResult:
    """Redact and classify canonical ``rows``; comments over ``max_text_chars`` are quarantined."""
    too_long = rows["text"].str.len() > max_text_chars
    quarantine = pd.DataFrame({
        "source_row": rows.loc[too_long, "source_row"].astype("int64"),
        "comment_id": rows.loc[too_long, "comment_id"],
        "reason": f"text_too_long (over {max_text_chars} characters)",
    }).reset_index(drop=True)
    ok = rows.loc[~too_long].reset_index(drop=True)
    parts, sents = [], []
    for start in range(0, len(ok), batch_size):
        chunk = ok.iloc[start:start + batch_size]
        tagged_chunk, sent_chunk = _tag_chunk(chunk, redactor, model, run_id=run_id, processed_at=processed_at)
        parts.append(tagged_chunk)
        sents.append(sent_chunk)
        if progress:
            progress(len(chunk))
    tagged = pd.concat(parts, ignore_index=True) if parts else _empty_comments()
    sentences = pd.concat(sents, ignore_index=True) if sents else SENTENCES.empty_table().to_pandas()
    return TagResult(tagged=tagged, quarantine=quarantine, sentences=sentences)


def _tag_chunk(chunk: pd.DataFrame, redactor: Redactor, model: TaggingModel, *, run_id: str,
               processed_at: datetime) -> tuple[pd.DataFrame, pd.DataFrame]:
    redacted = redactor.redact_many(chunk["text"].astype(str).tolist())
    texts = [r.text for r in redacted]
    pred = model.predict(texts)
    # Sentence-level: every sentence/clause of the multi-part comments scored in one batch, then a
    # sentiment per pillar. A comment that is a single part keeps its comment-level scores (most
    # FFT comments are one sentence; scoring them twice would double the classify cost).
    split, sp = score_parts(model, texts)
    # the per-pillar sentiment head reads the comment-level scores it was trained on; the labels
    # are those read with the parts where the model does so (FineTunedModel.read_parts)
    scored_pred, pred = pred, read_with_parts(model, pred, split, sp)
    ids, months = chunk["comment_id"].tolist(), chunk["received_month"].tolist()
    # A model folder with a per-pillar sentiment head (cxnlp.models.pillar_sentiment) gives each pillar
    # the head's reading of the comment and its parts; without one, the parts' sentiment vote.
    head = getattr(model, "pillar_sentiment", None)
    votes = part_votes(pred, split, sp)
    pillar_sentiment, evidence, sent_rows, k = [], [], [], 0
    for i, (ps, scored) in enumerate(zip(split, votes)):
        if len(ps) == 1:
            evidence.append([(label, ps[0]) for label in pred.pillars[i] + pred.pitfalls[i]])
        else:
            assert sp is not None
            evidence.append(label_evidence(ps, pred.pillars[i], pred.pitfalls[i], sp.pillar_proba[k:k + len(ps)],
                                           sp.pitfall_proba[k:k + len(ps)]))
            k += len(ps)
        if head is None:
            pillar_sentiment.append(list(aggregate_pillar_sentiment(pred.pillars[i], pred.sentiment[i], scored).items()))
        for j, (text, (s, p)) in enumerate(zip(ps, scored)):
            sent_rows.append((ids[i], j, months[i], text, s, p, run_id))
    if head is not None:
        from cxnlp.models.pillar_sentiment import scores_from_predictions

        per_pillar = head.predict_pairs(scores_from_predictions(scored_pred, split, sp), pred.pillars, pred.sentiment)
        pillar_sentiment = [list(d.items()) for d in per_pillar]
    sentences = pd.DataFrame(sent_rows, columns=SENTENCES.names)
    sentences["sentence_index"] = sentences["sentence_index"].astype("int32")
    out = chunk[CANONICAL.names].copy()
    out["text"] = texts  # the original text is never written
    out["sentiment"] = pred.sentiment
    out["sentiment_score"] = pred.sentiment_score.astype(float)
    out["pillars"] = pred.pillars
    out["pitfalls"] = pred.pitfalls
    out["pillar_sentiment"] = pillar_sentiment
    out["evidence"] = evidence
    if pred.urgent_level is None:  # a model without an urgent head: the reviewed patterns alone
        from cxnlp.models.bundle import urgent_triage

        for key, value in urgent_triage(texts, None, None, None).as_prediction_fields().items():
            setattr(pred, key, value)
    out["urgent"] = pred.urgent
    out["urgent_reason"] = pred.urgent_reason
    out["urgent_score"] = np.asarray(pred.urgent_score, dtype=np.float32)
    out["urgent_level"] = pred.urgent_level
    out["urgent_source"] = pred.urgent_source
    assert pred.urgent_level is not None and pred.urgent_source is not None  # set above either way
    out["urgent_evidence"] = urgent_evidence(split, pred.urgent_level, pred.urgent_source, model)
    for j, label in enumerate(PILLARS):
        out[prob_column(label)] = pred.pillar_proba[:, j].astype(np.float32)
    for j, label in enumerate(PITFALLS):
        out[prob_column(label)] = pred.pitfall_proba[:, j].astype(np.float32)
    out["redactions"] = [{t.lower(): int(r.counts.get(t, 0)) for t in REDACTION_TYPES} for r in redacted]
    out["status"] = "tagged"
    warn = chunk["ingest_warning"] if "ingest_warning" in chunk else pd.Series([None] * len(chunk))
    out["reason"] = [w if isinstance(w, str) and w else None for w in warn]
    out["model_version"] = model.version
    out["run_id"] = run_id
    out["processed_at"] = _utc(processed_at)
    return out[COMMENTS.names].reset_index(drop=True), sentences


def label_evidence(parts: list[str], pillars: list[str], pitfalls: list[str], pillar_proba: np.ndarray,
                   pitfall_proba: np.ndarray) -> list[tuple[str, str]]:
    """(label, part) for each of a comment's pillars and pitfalls: the part (sentence or contrast
    clause, redacted) whose own probability of that label is highest. ``*_proba``: one row per part,
    in ``PILLARS`` / ``PITFALLS`` order."""
    out = [(p, parts[int(np.argmax(pillar_proba[:, PILLARS.index(p)]))]) for p in pillars]
    return out + [(f, parts[int(np.argmax(pitfall_proba[:, PITFALLS.index(f)]))]) for f in pitfalls]


def urgent_evidence(parts: list[list[str]], levels: list[str | None], sources: list[str | None],
                    model: Any) -> list[str | None]:
    """For each flagged comment, the (redacted) sentence that raised its level: the first sentence
    with a reviewed-pattern hit, or the sentence the model's urgent head scores highest. Only the
    few flagged comments are scored again, sentence by sentence."""
    from cxnlp.models.urgent import match_patterns

    out: list[str | None] = [None] * len(parts)
    todo: list[tuple[int, list[str]]] = []
    for i, (ps, level, source) in enumerate(zip(parts, levels, sources)):
        if level is None:
            continue
        if len(ps) == 1:
            out[i] = ps[0]
        elif source == "pattern":
            out[i] = next((p for p in ps if match_patterns(p)), ps[0])
        else:
            todo.append((i, ps))
    if todo:
        proba = np.asarray(model.urgent_proba([p for _, ps in todo for p in ps]))
        k = 0
        for i, ps in todo:
            out[i] = ps[int(np.argmax(proba[k:k + len(ps)]))]
            k += len(ps)
    return out


def _empty_comments() -> pd.DataFrame:
    return COMMENTS.empty_table().to_pandas()




def score_frame(
    raw: pd.DataFrame,
    redactor: Redactor,
    model: TaggingModel,
    *,
    text_column: str,
    id_column: str | None,
    run_id: str,
    processed_at: datetime,
    max_text_chars: int,
    batch_size: int = 512,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Score one table: one output row per input row, in input order, ``id`` carried unchanged.

    Rows with no text get ``status='empty'``; over-long rows ``status='quarantined'`` with the
    reason. Both keep their id and carry no text, so nothing disappears and nothing leaks.
    """
    from cxnlp.ingest.formats import IngestError, SourceSpec, normalise

    for label, col in (("text", text_column), ("id", id_column)):
        if col is not None and col not in raw.columns:
            raise IngestError(f"{label} column {col!r} not found; columns are {list(raw.columns)[:30]}")
    cols = {"text": text_column} | ({"id": id_column} if id_column else {})
    spec = SourceSpec(format="mapped", source_type="survey", channel="score", columns=cols)
    rows = normalise(raw, spec, source_file="input", drop_empty=False).rows
    bad: dict[int, str] = raw.attrs.get("bad_records", {})
    broken = rows["source_row"].isin(list(bad))
    rows.loc[broken, "text"] = None
    has_text = rows["text"].notna()
    result = tag_rows(rows[has_text].reset_index(drop=True), redactor, model, run_id=run_id,
                      processed_at=processed_at, max_text_chars=max_text_chars, batch_size=batch_size,
                      progress=progress)
    reasons = pd.concat([
        pd.DataFrame({"source_row": rows.loc[~has_text, "source_row"],
                      "status": ["quarantined" if b else "empty" for b in broken[~has_text]],
                      "reason": [bad.get(r, "empty_text") for r in rows.loc[~has_text, "source_row"]]}),
        result.quarantine[["source_row", "reason"]].assign(status="quarantined"),
    ], ignore_index=True)
    untagged = rows.set_index("source_row").loc[reasons["source_row"].to_numpy()].reset_index()
    untagged = untagged[CANONICAL.names].assign(
        text=None, status=reasons["status"].to_numpy(), reason=reasons["reason"].to_numpy(),
        pillars=[[] for _ in range(len(reasons))], pitfalls=[[] for _ in range(len(reasons))],
        pillar_sentiment=[[] for _ in range(len(reasons))], evidence=[[] for _ in range(len(reasons))],
        model_version=model.version, run_id=run_id, processed_at=_utc(processed_at),
    )
    out = pd.concat([result.tagged, untagged.reindex(columns=COMMENTS.names)], ignore_index=True)
    out = out.sort_values("source_row", kind="stable").reset_index(drop=True)
    ids = raw[id_column].to_numpy() if id_column else np.arange(1, len(raw) + 1)
    out.insert(0, "id", ids[out["source_row"].to_numpy() - 1])
    return out


def _utc(ts: datetime) -> pd.Timestamp:
    t = pd.Timestamp(ts)
    return t.tz_convert("UTC") if t.tzinfo else t.tz_localize("UTC")
