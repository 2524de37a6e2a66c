"""Saving and loading model components as safetensors, with no pickle and no code execution.

A component (a featurizer or a head) is written as one ``<name>.safetensors`` file: its numeric
arrays as tensors, and everything else (class names, hyper-parameters, labels, vocabularies) as
JSON in the file's metadata. Loading rebuilds only the classes on an allowlist (all scikit-learn
estimators), through their own ``__getstate__``/``__setstate__``; any other class, or any value
this encoder does not know, is refused.

Why not skops: importing ``skops.io`` imports every scikit-learn module (and with them torch) to
list the types it trusts, about 2.5 s of every run and every Dask worker's start. Folders written
with skops by earlier versions still load (``bundle._load_skops``).
"""
from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["ALLOWED_CLASSES", "UnsafeModelFile", "load_component", "save_component"]

# The only classes a model file may name.
ALLOWED_CLASSES = frozenset({
    "cxnlp.models.components.TfidfFeaturizer",
    "cxnlp.models.components.SentimentClassifier",
    "cxnlp.models.components.MultiLabelTagger",
    "cxnlp.models.components.UrgentHead",
    "cxnlp.models.transformer.MiniLMEmbedder",
    "sklearn.linear_model._logistic.LogisticRegression",
})
_FORMAT = "cxnlp-component/1"


class UnsafeModelFile(ValueError):
    """A model file that names a class outside the allowlist, or a value that cannot be encoded."""


def _qualname(obj: Any) -> str:
    return f"{type(obj).__module__}.{type(obj).__qualname__}"


def _encode(value: Any, tensors: dict[str, np.ndarray], path: str) -> Any:
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, np.generic):
        return value
    if isinstance(value, np.generic):
        return {"np_scalar": value.dtype.str, "value": value.item()}
    if isinstance(value, type) and issubclass(value, np.generic):
        return {"np_dtype": np.dtype(value).str}
    if isinstance(value, np.ndarray):
        if value.dtype.kind in "biuf":
            key = f"t{len(tensors)}"
            tensors[key] = np.ascontiguousarray(value)
            return {"tensor": key}
        if value.dtype.kind in "UO" and all(isinstance(x, str) for x in value.ravel().tolist()):
            return {"str_array": value.tolist(), "kind": value.dtype.kind, "shape": list(value.shape)}
        raise UnsafeModelFile(f"{path}: cannot store an array of dtype {value.dtype}")
    if isinstance(value, tuple):
        return {"tuple": [_encode(v, tensors, f"{path}[{i}]") for i, v in enumerate(value)]}
    if isinstance(value, list):
        return [_encode(v, tensors, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise UnsafeModelFile(f"{path}: dict keys must be strings")
        return {"dict": {k: _encode(v, tensors, f"{path}.{k}") for k, v in value.items()}}
    name = _qualname(value)
    if name not in ALLOWED_CLASSES:
        raise UnsafeModelFile(f"{path}: {name} is not an allowed model class")
    return {"object": name, "state": _encode(value.__getstate__(), tensors, f"{path}<{name}>")}


def _decode(value: Any, tensors: dict[str, np.ndarray]) -> Any:
    if isinstance(value, list):
        return [_decode(v, tensors) for v in value]
    if not isinstance(value, dict):
        return value
    if "tensor" in value:
        return tensors[value["tensor"]]
    if "str_array" in value:
        dtype = object if value["kind"] == "O" else str
        return np.array(value["str_array"], dtype=dtype).reshape(value["shape"])
    if "np_scalar" in value:
        return np.dtype(value["np_scalar"]).type(value["value"])
    if "np_dtype" in value:
        return np.dtype(value["np_dtype"]).type
    if "tuple" in value:
        return tuple(_decode(v, tensors) for v in value["tuple"])
    if "dict" in value:
        return {k: _decode(v, tensors) for k, v in value["dict"].items()}
    if "object" in value:
        name = value["object"]
        if name not in ALLOWED_CLASSES:
            raise UnsafeModelFile(f"refusing to load {name}: not an allowed model class")
        module, _, cls_name = name.rpartition(".")
        cls = getattr(importlib.import_module(module), cls_name)
        obj = cls.__new__(cls)
        obj.__setstate__(_decode(value["state"], tensors))  # every allowed class is a scikit-learn estimator
        return obj
    raise UnsafeModelFile(f"unknown entry in model file: {sorted(value)}")


def save_component(obj: Any, path: Path) -> None:
    """Write ``obj`` (an allowed class) to ``path`` as safetensors."""
    from safetensors.numpy import save_file

    tensors: dict[str, np.ndarray] = {}
    structure = _encode(obj, tensors, path.stem)
    save_file(tensors, str(path), metadata={"format": _FORMAT, "structure": json.dumps(structure)})


def load_component(path: Path) -> Any:
    """Read a component written by :func:`save_component`."""
    from safetensors import SafetensorError, safe_open

    try:
        fh_ctx = safe_open(str(path), framework="np")
    except (SafetensorError, OSError) as exc:  # truncated, damaged or not safetensors at all
        raise UnsafeModelFile(f"{path}: not a readable safetensors file ({exc})") from None
    with fh_ctx as fh:
        meta = fh.metadata() or {}
        if meta.get("format") != _FORMAT:
            raise UnsafeModelFile(f"{path}: not a cxnlp component file")
        tensors = {k: fh.get_tensor(k) for k in fh.keys()}  # noqa: SIM118 - safe_open has no __iter__
    return _decode(json.loads(meta["structure"]), tensors)
