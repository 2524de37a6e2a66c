"""Importing Presidio without the part of transformers it never needs here."""
from __future__ import annotations

import sys

__all__ = ["import_presidio"]


def import_presidio() -> None:
    """Import ``presidio_analyzer`` with transformers' pipeline factory left out.

    presidio_analyzer imports ``transformers.pipeline`` at import time for NLP engines cxnlp never
    uses, and spaCy's entry points import presidio_analyzer on the first ``spacy.load`` of every
    process. That one import is about 4 s of every run and of every Dask worker's start. While
    Presidio loads, transformers is marked unimportable, which Presidio expects (it catches the
    ImportError); afterwards the mark is removed, so the accurate tier imports transformers as
    usual. Where transformers is already loaded nothing is hidden.
    """
    if "presidio_analyzer" in sys.modules:
        return
    hide = "transformers" not in sys.modules
    if hide:
        sys.modules["transformers"] = None  # type: ignore[assignment]
    try:
        import presidio_analyzer  # noqa: F401
        import presidio_analyzer.nlp_engine  # noqa: F401
        import presidio_analyzer.predefined_recognizers  # noqa: F401
    finally:
        if hide and sys.modules.get("transformers", 0) is None:
            del sys.modules["transformers"]
