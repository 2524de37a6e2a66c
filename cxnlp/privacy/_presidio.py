"""Importing Presidio (and spaCy under it) without the torch and transformers they never use here."""
from __future__ import annotations

import sys

__all__ = ["import_presidio"]


def import_presidio() -> None:
    """Import ``presidio_analyzer`` (and spaCy, thinc) with torch and transformers left out.

    presidio_analyzer imports ``transformers.pipeline`` at import time for NLP engines cxnlp never
    uses, and spaCy's entry points import presidio_analyzer on the first ``spacy.load`` of every
    process; thinc, under spaCy, imports torch if it can, though ``en_core_web_sm`` runs on NumPy.
    Together that is about 5 s of every run and of every Dask worker's start. While they load,
    both are marked unimportable, which all three expect (they catch the ImportError); afterwards
    the marks are removed, so the accurate tier imports torch and transformers as usual. Whatever
    is already loaded is not hidden.
    """
    if "presidio_analyzer" in sys.modules:
        return
    hidden = [name for name in ("torch", "transformers") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import presidio_analyzer  # noqa: F401
        import presidio_analyzer.nlp_engine  # noqa: F401
        import presidio_analyzer.predefined_recognizers  # noqa: F401
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
