"""Sentence-level analysis: each comment split into sentences (spaCy) and contrast clauses, each
part scored, so a comment gets a sentiment per pillar ("staff lovely but we waited 4 hours":
empathy positive, time_and_effort negative)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

__all__ = ["aggregate_pillar_sentiment", "load_sentencizer", "part_votes", "predict_with_parts", "read_with_parts",
           "score_parts", "split_parts"]

# "but", "however", "although", ";" separate judgements inside one sentence.
_CONTRAST = re.compile(r"\s*(?:;|,?\s+\bbut\b|,?\s+\bhowever\b|,?\s+\balthough\b|,?\s+\bthough\b|,?\s+\byet\b)\s+",
                       re.IGNORECASE)


@lru_cache(maxsize=1)
def _sentencizer() -> Any:
    import spacy

    from cxnlp.privacy._presidio import import_presidio

    import_presidio()  # spaCy's entry points import Presidio on the first blank/load: keep it light
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def load_sentencizer() -> None:
    """Build the sentencizer now (spaCy's import, about a second) rather than in the first chunk:
    the flow does it while it loads the model and redactor."""
    _sentencizer()


@lru_cache(maxsize=1)
def _punct_chars() -> frozenset[str]:
    from spacy.pipeline import Sentencizer

    return frozenset(Sentencizer.default_punct_chars)


def _one_part(text: str) -> bool:
    """True when the sentencizer cannot split ``text`` (no sentence-ending character before its
    last one) and no contrast word splits it either: most short comments, skipped cheaply."""
    body = text.rstrip()[:-1]
    punct = _punct_chars()
    return not any(ch in punct for ch in body) and not _CONTRAST.search(text)


def split_parts(texts: Sequence[str], batch_size: int = 256) -> list[list[str]]:
    """Sentences of each text (spaCy's rule-based sentencizer), then contrast clauses."""
    texts = [str(t) for t in texts]
    out: list[list[str] | None] = [None] * len(texts)
    todo = []
    for i, t in enumerate(texts):
        if _one_part(t):
            out[i] = [t.strip()] if len(t.strip()) > 1 else [t]
        else:
            todo.append(i)
    for i, doc in zip(todo, _sentencizer().pipe([texts[i] for i in todo], batch_size=batch_size)):
        parts: list[str] = []
        for sent in doc.sents:
            parts.extend(p.strip() for p in _CONTRAST.split(sent.text) if p and len(p.strip()) > 1)
        out[i] = parts or [doc.text]
    return [o for o in out if o is not None]


def score_parts(model: Any, texts: Sequence[str]) -> tuple[list[list[str]], Any]:
    """Each text's parts and the model's prediction for the parts of the multi-part texts, in
    order (None when every text is one part; triage skipped: parts need none)."""
    parts = split_parts(texts)
    flat = [p for ps in parts if len(ps) > 1 for p in ps]
    return parts, (model.predict(flat, urgent=False) if flat else None)


def read_with_parts(model: Any, pred: Any, parts: Sequence[Sequence[str]], part_pred: Any) -> Any:
    """``pred`` with the labels a model that reads its comments' parts (``read_parts``) takes
    from them; any other model's ``pred`` as it is."""
    reader = getattr(model, "read_parts", None)
    return pred if reader is None else reader(pred, parts, part_pred)


def predict_with_parts(model: Any, texts: Sequence[str], *, urgent: bool = True) -> Any:
    """The model's prediction for ``texts`` as the batch job makes it: read with the texts' parts
    where the model does so (:func:`read_with_parts`)."""
    texts = [str(t) for t in texts]
    pred = model.predict(texts, urgent=urgent)
    if not getattr(model, "reads_parts", False):
        return pred
    return read_with_parts(model, pred, *score_parts(model, texts))


def part_votes(pred: Any, parts: Sequence[Sequence[str]], part_pred: Any) -> list[list[tuple[str, list[str]]]]:
    """(sentiment, pillars) of each part of each comment: a one-part comment keeps its comment-level
    prediction ``pred``; ``part_pred`` scores the parts of the multi-part comments only, in order."""
    out, k = [], 0
    for i, ps in enumerate(parts):
        if len(ps) <= 1:
            out.append([(pred.sentiment[i], pred.pillars[i])])
        else:
            out.append([(part_pred.sentiment[k + j], part_pred.pillars[k + j]) for j in range(len(ps))])
            k += len(ps)
    return out


def aggregate_pillar_sentiment(comment_pillars: Sequence[str], comment_sentiment: str,
                               parts: Sequence[tuple[str, Sequence[str]]]) -> dict[str, str]:
    """Sentiment of each of the comment's pillars from the parts that mention it.

    ``parts``: (sentiment, pillars) per sentence/clause. A pillar mentioned only in positive parts
    is positive, only in negative parts negative, in both mixed; with no part mentioning it, or
    only neutral ones, it takes the comment's sentiment.
    """
    out: dict[str, str] = {}
    for pillar in comment_pillars:
        seen = {s for s, ps in parts if pillar in ps and s != "neutral"}
        if "mixed" in seen or {"positive", "negative"} <= seen:
            out[pillar] = "mixed"
        elif seen:
            out[pillar] = seen.pop()
        else:
            out[pillar] = comment_sentiment
    return out
