"""Weak pillar labels from the FFT framework topics, through ``framework_to_pillars.yaml``."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from cxnlp.taxonomy import PILLARS, TaxonomyError

__all__ = ["validate_crosswalk", "weak_pillars"]


def validate_crosswalk(crosswalk: Mapping[str, Mapping[str, list[str]]]) -> None:
    """Raise TaxonomyError if any mapped pillar is not in the taxonomy."""
    for section in ("phase2_v6", "phase1"):
        for topic, pillars in crosswalk.get(section, {}).items():
            bad = set(pillars or []) - set(PILLARS)
            if bad:
                raise TaxonomyError(f"crosswalk {section}/{topic!r}: unknown pillar(s) {sorted(bad)}")


def weak_pillars(topics: Iterable[str], crosswalk: Mapping[str, Mapping[str, list[str]]]) -> list[str] | None:
    """Union of the pillars of ``topics``, in taxonomy order; None if no topic is in the crosswalk."""
    table = {**crosswalk.get("phase2_v6", {}), **crosswalk.get("phase1", {})}
    found: set[str] = set()
    known = False
    for t in topics:
        if t in table:
            known = True
            found |= set(table[t] or [])
    if not known:
        return None
    return [p for p in PILLARS if p in found]
