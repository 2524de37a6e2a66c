"""The CX label contract (``shared/spec/taxonomy.md``), as data.

Every label set used anywhere in cxnlp comes from here, so that ingest, models,
the output schema and the labelling tools cannot drift apart.
"""
from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "SENTIMENTS",
    "PILLARS",
    "PITFALLS",
    "URGENT_LEVELS",
    "URGENT_REASONS",
    "TaxonomyError",
    "fft_sentiment_to_label",
    "validate_labels",
]

SENTIMENTS: tuple[str, ...] = ("positive", "negative", "neutral", "mixed")
PILLARS: tuple[str, ...] = (
    "integrity",
    "resolution",
    "expectations",
    "time_and_effort",
    "personalization",
    "empathy",
)
PITFALLS: tuple[str, ...] = (
    "tone",
    "ignored_feedback",
    "unadmitted_mistake",
    "no_patient_perspective",
    "one_person_reliance",
    "staff_wellbeing",
)
URGENT_REASONS: tuple[str, ...] = (
    "self_harm",
    "abuse_or_neglect",
    "violence_or_threat",
    "clinical_harm",
    "staff_misconduct",
)
# Section 4: "urgent" (someone may be at risk now: read today), "review" (past, vague or less
# severe: read this week); no level is None. The earlier true/false flag means "either level".
URGENT_LEVELS: tuple[str, ...] = ("urgent", "review")


class TaxonomyError(ValueError):
    """A label that the taxonomy does not define."""


def fft_sentiment_to_label(value: float | int | None) -> str | None:
    """Map the FFT human sentiment (1 very positive .. 5 very negative) to 3 classes.

    The taxonomy maps 1-2 to ``positive``, 3 to ``neutral`` (mixed or neutral) and 4-5 to
    ``negative``. Missing or out-of-range values give ``None``.
    """
    if value is None or value != value:  # NaN
        return None
    v = int(value)
    if v in (1, 2):
        return "positive"
    if v == 3:
        return "neutral"
    if v in (4, 5):
        return "negative"
    return None


def validate_labels(
    sentiment: str,
    pillars: Iterable[str],
    pitfalls: Iterable[str],
    *,
    where: str = "",
) -> None:
    """Raise :class:`TaxonomyError` naming ``where`` if any label is not in the taxonomy."""
    prefix = f"{where}: " if where else ""
    if sentiment not in SENTIMENTS:
        raise TaxonomyError(f"{prefix}unknown sentiment {sentiment!r}; expected one of {SENTIMENTS}")
    bad = sorted(set(pillars) - set(PILLARS))
    if bad:
        raise TaxonomyError(f"{prefix}unknown pillar(s) {bad}; expected from {PILLARS}")
    bad = sorted(set(pitfalls) - set(PITFALLS))
    if bad:
        raise TaxonomyError(f"{prefix}unknown pitfall(s) {bad}; expected from {PITFALLS}")
