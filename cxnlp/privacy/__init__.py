"""Removing personal data from comment text before anything is stored or logged: the
:class:`Redactor` (Presidio with cxnlp's own recognizers for UK and US identifiers, names as
people write them and whole addresses) and its profiles (``standard``,
``hipaa_safe_harbor``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from cxnlp._lazy import attach

if TYPE_CHECKING:
    from cxnlp.privacy.redact import PROFILES as PROFILES
    from cxnlp.privacy.redact import Redacted as Redacted
    from cxnlp.privacy.redact import Redactor as Redactor
    from cxnlp.privacy.redact import Span as Span
    from cxnlp.privacy.redact import may_hold_name as may_hold_name
    from cxnlp.privacy.redact import resolve_spacy_model as resolve_spacy_model

__all__, __getattr__, __dir__ = attach(__name__, {
    "PROFILES": "redact",
    "Redacted": "redact",
    "Redactor": "redact",
    "Span": "redact",
    "may_hold_name": "redact",
    "resolve_spacy_model": "redact",
})
