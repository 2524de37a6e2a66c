"""Lazy public names for the stage packages (PEP 562).

A package names its public API in one table; each name is imported from its module on first
use. ``import cxnlp.analytics`` then costs nothing, and a light command (``cxnlp query``)
never loads Presidio or torch because a sibling module of the package needs them.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["attach"]


def attach(package: str, exports: Mapping[str, str]) -> tuple[list[str], Callable[[str], Any], Callable[[], list[str]]]:
    """``(__all__, __getattr__, __dir__)`` for ``package``, whose public ``name`` lives in the
    submodule ``exports[name]``."""

    def __getattr__(name: str) -> Any:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{exports[name]}"), name)
        globals_of(package)[name] = value  # later lookups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals_of(package)) | set(exports))

    return sorted(exports), __getattr__, __dir__


def globals_of(package: str) -> dict[str, Any]:
    return vars(importlib.import_module(package))
