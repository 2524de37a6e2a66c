"""Load any model folder, whichever kind wrote it (``meta.json`` says; see :mod:`cxnlp.models.registry`)."""
from __future__ import annotations

from pathlib import Path

from cxnlp.models.registry import TaggingModel, load_model_folder

__all__ = ["load_any_model"]


def load_any_model(folder: Path, *, int8: bool = False) -> TaggingModel:
    """A model of any registered kind (with ``int8``, a fine-tuned model's linear layers are
    quantized for faster CPU inference). Refuses a model whose labels differ from the taxonomy's."""
    return load_model_folder(Path(folder), int8=int8)
