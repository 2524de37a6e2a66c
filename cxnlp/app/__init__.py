"""The web app over the tagged output (``cxnlp app``): overview charts, comments with search and
evidence, label corrections that feed training, the alert queue; users with roles.

Modules: :mod:`.data` (the comments in memory, search, every query), :mod:`.charts` (the
overview's Plotly figures), :mod:`.corrections` (the append-only corrections table),
:mod:`.auth` (users file, roles, sessions, CSRF), :mod:`.server` (the Starlette app).
Importing this package loads none of them; the web framework loads with :func:`create_app`.
"""
from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def create_app(*args: Any, **kwargs: Any) -> Any:
    """The ASGI app (see :func:`cxnlp.app.server.create_app`)."""
    from cxnlp.app.server import create_app as _create_app

    return _create_app(*args, **kwargs)
