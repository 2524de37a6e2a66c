"""Load any model folder, whichever tier wrote it (``meta.json`` says)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cxnlp.models.bundle import ModelLoadError, load_model

__all__ = ["load_any_model"]


def load_any_model(folder: Path, *, int8: bool = False) -> Any:
    """A :class:`CxModel` (fast tier, frozen embeddings) or a fine-tuned transformer model
    (with ``int8``, its linear layers quantized for faster CPU inference)."""
    meta_file = Path(folder) / "meta.json"
    if not meta_file.exists():
        raise ModelLoadError(f"{folder}: not a cxnlp model folder (no meta.json)")
    kind = json.loads(meta_file.read_text()).get("kind", "bundle")
    if kind == "finetuned":
        from cxnlp.models.transformer import load_finetuned

        return load_finetuned(Path(folder), int8=int8)
    return load_model(Path(folder))
