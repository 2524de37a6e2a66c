"""Where files live: local paths and fsspec URLs (``s3://bucket/cx``) behind one path type.

``UPath`` (universal_pathlib) gives pathlib's API over any fsspec file system; local paths stay
plain local paths, so they keep atomic renames and pyarrow's own fast file system.
"""
from __future__ import annotations

import os
import uuid
from typing import Any, TypeAlias

from upath import UPath

__all__ = ["PathLike", "arrow_target", "is_local", "location", "resolve", "write_text_atomic"]

PathLike: TypeAlias = "str | os.PathLike[str] | UPath"


def location(p: PathLike) -> UPath:
    """``p`` (a local path or an fsspec URL) as a UPath; ``file://`` URLs become plain local paths."""
    u = p if isinstance(p, UPath) else UPath(p)
    if u.protocol in ("file", "local"):
        return UPath(u.path)
    return u


def resolve(root: PathLike, p: PathLike) -> UPath:
    """``p`` against the project folder ``root``, unless ``p`` is absolute or a URL."""
    u = location(p)
    if not is_local(u) or u.is_absolute():
        return u
    return location(root) / u


def is_local(p: UPath) -> bool:
    """True for a path on this machine's disk (not an object store or other fsspec URL)."""
    return p.protocol == ""


def arrow_target(p: UPath) -> tuple[Any, str]:
    """(file system, path) for pyarrow: None (its fast local one) for local paths."""
    return (None, str(p)) if is_local(p) else (p.fs, p.path)


def write_text_atomic(path: PathLike, text: str) -> None:
    """Write a text file so that a reader never sees it half-written.

    Locally: a temporary file, then a rename. On object stores an upload is all-or-nothing
    already (and a rename is a copy), so the file is written in place.
    """
    path = location(path)
    if not is_local(path):  # no folders to make (on S3 a mkdir may even try to create the bucket)
        path.write_text(text, encoding="utf-8")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(str(tmp), str(path))
