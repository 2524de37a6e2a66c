"""Safety triage: flag comments that someone must read today (taxonomy section 4).

Two signals, combined with OR because a missed urgent comment costs far more than a false
alarm: explicit, reviewed patterns for unmistakable phrases (with negation and figurative uses
excluded), and a classifier head trained on the annotated urgent flag whose threshold is set
for high recall on out-of-fold predictions of the training data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from cxnlp.taxonomy import URGENT_REASONS

__all__ = ["PATTERNS", "UrgentMatch", "match_patterns", "recall_threshold"]

# Reviewed phrase patterns per reason. Each is matched on lower-cased text.
PATTERNS: dict[str, list[str]] = {
    "self_harm": [
        r"suicid\w*", r"self[- ]?harm\w*", r"kill(?:ing|ed)? (?:my|him|her|them)sel(?:f|ves)",
        r"end(?:ing)? (?:my|his|her|their) (?:own )?life", r"take (?:my|his|her) own life", r"overdos\w*",
        r"want(?:ed)? to die", r"cut(?:ting)? (?:my|him|her)self", r"harm(?:ing)? (?:my|him|her)self",
    ],
    "abuse_or_neglect": [
        r"abus(?:e|ed|ive|ing)\b", r"neglect\w*", r"safeguard\w*", r"left (?:him|her|me|them|mum|dad) (?:lying )?in "
        r"(?:urine|faeces|feces|soiled|wet|dirty)", r"bruis\w+", r"malnourish\w*", r"dehydrat\w*", r"\braped?\b",
        r"sexual(?:ly)? assault\w*",
    ],
    "violence_or_threat": [
        r"assault\w*", r"attack(?:ed|ing)? (?:me|him|her|us|staff|a patient)", r"punch\w*",
        r"\bhit (?:me|him|her|us)\b", r"threaten\w*", r"violen\w+", r"weapon", r"\bknife\b", r"restrain\w*",
    ],
    "clinical_harm": [
        r"wrong (?:medication|medicine|drug|dose|dosage|tablets?|injection|leg|arm|patient|blood)",
        r"(?:missed|wrong) (?:diagnosis|fracture|stroke|heart attack|sepsis|cancer)", r"misdiagnos\w*",
        r"discharged (?:too|far too) (?:early|soon|quickly)", r"unsafe discharge", r"near miss",
        r"(?:given|gave me|prescribed) (?:the )?wrong", r"(?:died|passed away|death) (?:because|due to|as a result)",
        r"could have died", r"nearly died", r"almost died", r"left (?:him|her|me) to die",
    ],
    "staff_misconduct": [
        r"\b(?:drunk|intoxicated|smelt of alcohol|smelled of alcohol|under the influence)\b",
        r"inappropriate(?:ly)? (?:touch\w*|sexual|comment\w*|behaviou?r)", r"sexual(?:ly)? (?:comment|harass)\w*",
        r"touched me",
    ],
}
# Figurative or harmless uses that contain a pattern word.
_FIGURATIVE = re.compile(
    r"killing me|dying (?:for|to)|to die for|bored to death|scared to death|death trap|"
    r"not (?:a|any) safeguarding|safeguarding (?:training|team was helpful)|abusive patients?|patients? (?:being|was|were) abusive|"
    r"violent patients?|threatening to (?:complain|leave)|life[- ]threatening|non[- ]threatening|"
    r"restrictions?|restrictive",
)
_NEGATION = re.compile(r"\b(?:not|never|no|wasn't|weren't|didn't|don't|isn't|without|nor|hadn't|haven't|felt no)\b")
_COMPILED = {reason: [re.compile(p) for p in pats] for reason, pats in PATTERNS.items()}
# One pass over the text with every pattern at once: most comments match none and stop here.
_ANY = re.compile("|".join(f"(?:{p})" for pats in PATTERNS.values() for p in pats))
assert set(PATTERNS) == set(URGENT_REASONS)


@dataclass(frozen=True)
class UrgentMatch:
    """A pattern hit: which reason, and where."""

    reason: str
    start: int
    end: int


def match_patterns(text: str) -> list[UrgentMatch]:
    """Non-negated, non-figurative pattern hits in ``text`` ("I was not abused" gives none)."""
    low = text.lower()
    if not _ANY.search(low):
        return []
    figurative = [m.span() for m in _FIGURATIVE.finditer(low)]
    hits = []
    for reason, pats in _COMPILED.items():
        for pat in pats:
            for m in pat.finditer(low):
                if any(a <= m.start() < b for a, b in figurative):
                    continue
                window = low[max(0, m.start() - 30):m.start()]
                window = re.split(r"[.!?;]|\bbut\b", window)[-1]  # negation only within the clause
                if _NEGATION.search(window):
                    continue
                hits.append(UrgentMatch(reason, m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def recall_threshold(y_true: np.ndarray, scores: np.ndarray, target_recall: float) -> float:
    """The highest threshold whose recall on these (out-of-fold) scores reaches ``target_recall``."""
    pos = np.sort(scores[y_true == 1])
    if len(pos) == 0:
        return 0.5
    k = int(np.floor((1 - target_recall) * len(pos)))
    return float(max(pos[k] - 1e-9, 0.0))

