"""The web app: Starlette routes rendering Jinja2 templates, htmx for search as you type, plotly.js
for the charts; every file served from this package and the ``plotly`` package (no CDN).

Pages: ``/`` overview, ``/comments`` (search, filters, sort, pages, CSV export), ``/comment?id=``
(one comment, its evidence, corrections and the correction form), ``/corrections``, ``/alerts``.
Reads need a session (one is made for the single local user when no users file is given);
writes need the role's permission, a session and its CSRF token. Logs carry the route, status,
time, user and counts, never comment text or search strings.
"""
from __future__ import annotations

import getpass
import hmac
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from cxnlp.analytics.filters import FilterError
from cxnlp.paths import PathLike, location
from cxnlp.schema import prob_column
from cxnlp.taxonomy import PILLARS, PITFALLS, SENTIMENTS, URGENT_LEVELS, URGENT_REASONS
from cxnlp.app import charts
from cxnlp.app.auth import LoginThrottle, Session, SessionStore, UserError, Users, check_bind, load_users
from cxnlp.app.corrections import FIELDS, CorrectionError, effective_labels, record_correction, tagged_labels
from cxnlp.app.data import PAGE_SIZE, SORTS, Filters, Store

__all__ = ["AppConfig", "create_app"]

log = logging.getLogger("cxnlp.app")
HERE = Path(__file__).parent
COOKIE = "cxnlp_session"
MAX_BODY = 100_000  # bytes in a POST (a correction or an alert note)
_NO_SESSION = ("/static/", "/vendor/", "/healthz", "/favicon")  # files and probes: no session made for them
EXPORT_COLUMNS = ("comment_id", "received_at", "source_type", "channel", "provider", "service", "rating_scaled",
                  "sentiment", "sentiment_score", "pillars", "pitfalls", "urgent_level", "urgent_reason",
                  "urgent_score", "model_version", "text")
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
        "form-action 'self'")


@dataclass
class AppConfig:
    """How the app runs (``cxnlp app`` fills it from its options)."""

    output_dir: PathLike
    users_file: Path | None = None  # None: one local user, only on a loopback address
    host: str = "127.0.0.1"
    local_user: str | None = None  # the name corrections and alert actions carry in local mode
    session_minutes: float = 30.0  # idle time after which a session ends
    session_max_hours: float = 12.0  # a session's whole life
    refresh_seconds: float = 60.0  # how often to look for new output (0: never)


@dataclass
class _State:
    config: AppConfig
    store: Store
    sessions: SessionStore
    throttle: LoginThrottle
    env: Environment
    local_user: str | None
    users_file: Path | None
    _users: tuple[float, Users] | None = None
    plotly_js: Path = field(default_factory=lambda: Path(str(__import__("plotly").__file__)).parent
                            / "package_data" / "plotly.min.js")

    def users(self) -> Users | None:
        """The users file as it is now (re-read when it changes: a removed user is out at once)."""
        if self.users_file is None:
            return None
        mtime = self.users_file.stat().st_mtime if self.users_file.exists() else -1.0
        if self._users is None or self._users[0] != mtime:
            self._users = (mtime, load_users(self.users_file))
        return self._users[1]


def _state(request: Request) -> _State:
    return request.app.state.cx  # type: ignore[no-any-return]


def _session(request: Request) -> Session | None:
    return getattr(request.state, "session", None)


def _count(request: Request, **counts: Any) -> None:
    """Counts for the access log line of this request."""
    request.state.counts = {**getattr(request.state, "counts", {}), **counts}


# --- rendering ---

def _fmt_date(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return ""
    try:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    except (ValueError, TypeError):
        return ""


def _fmt_num(value: Any, digits: int = 2) -> str:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return ""
    return "" if math.isnan(f) else f"{f:.{digits}f}"


def _missing(value: Any) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(date=_fmt_date, num=_fmt_num, missing=_missing,
                       qs=lambda pairs: urlencode(list(pairs)), json=lambda v: Markup(charts.to_json(v)))
    env.globals.update(PILLARS=PILLARS, PITFALLS=PITFALLS, SENTIMENTS=SENTIMENTS, URGENT_LEVELS=URGENT_LEVELS,
                       URGENT_REASONS=URGENT_REASONS, SORTS=SORTS)
    return env


def _render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    st = _state(request)
    s = _session(request)
    page = st.env.get_template(name).render(
        request=request, session=s, user=s.user if s else None, role=s.role if s else None,
        can=(lambda perm: bool(s and s.can(perm))), csrf=s.csrf if s else "", local=st.users_file is None,
        path=request.url.path, **ctx)
    return HTMLResponse(page, status_code=status)


def _error(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status=status, status_code=status, message=message)


# --- auth helpers ---

def _need(request: Request, permission: str) -> Session:
    """The request's session if it may do ``permission``; else 401 (no session) or 403."""
    s = _session(request)
    if s is None or s.user is None:
        raise HTTPException(401, "log in first")
    if not s.can(permission):
        raise HTTPException(403, f"your role ({s.role}) may not do this ({permission})")
    return s


def _check_csrf(request: Request, session: Session, form: Any) -> None:
    """A write must come from this site's own page: a matching CSRF token, and no foreign Origin."""
    origin = request.headers.get("origin")
    if origin and origin != "null":
        o = urlsplit(origin)
        if (o.netloc or "").lower() != (request.headers.get("host") or "").lower():
            raise HTTPException(403, "request from another site refused")
    if request.headers.get("sec-fetch-site") == "cross-site":
        raise HTTPException(403, "request from another site refused")
    sent = str(form.get("csrf_token") or request.headers.get("x-csrf-token") or "")
    if not sent or not hmac.compare_digest(sent.encode(), session.csrf.encode()):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")


def _set_cookie(request: Request, response: Response, session: Session) -> None:
    st = _state(request)
    response.set_cookie(COOKIE, session.token, httponly=True, samesite="lax", path="/",
                        secure=request.url.scheme == "https",
                        max_age=int(st.config.session_max_hours * 3600))


def _safe_next(value: str | None) -> str:
    value = value or "/"
    return value if value.startswith("/") and not value.startswith("//") and "\\" not in value else "/"


# --- middleware ---

class _Gate(BaseHTTPMiddleware):
    """Session lookup (and the local user's session), security headers, the access log."""

    async def dispatch(self, request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        st = _state(request)
        if request.method == "POST":
            try:
                size = int(request.headers.get("content-length") or -1)
            except ValueError:
                size = -1
            if not 0 <= size <= MAX_BODY:  # forms here are small; unknown or huge bodies are refused
                return HTMLResponse("<h1>Request too large</h1>", status_code=413)
        session = st.sessions.get(request.cookies.get(COOKIE))
        if session is not None and session.user is not None and st.users_file is not None:
            users = st.users()
            if users is None or users.role(session.user) != session.role:  # removed, or role changed
                st.sessions.drop(session.token)
                session = None
        fresh = None
        if session is None and st.local_user is not None and not request.url.path.startswith(_NO_SESSION):
            session = fresh = st.sessions.new(st.local_user, "admin")
        request.state.session = session
        try:
            response = await call_next(request)
        except Exception:
            log.exception("%s %s failed", request.method, request.url.path)
            response = HTMLResponse("<h1>Server error</h1><p>The error is in the server log.</p>", status_code=500)
        if fresh is not None:
            _set_cookie(request, response, fresh)
        h = response.headers
        h.setdefault("Content-Security-Policy", _CSP)
        h.setdefault("X-Content-Type-Options", "nosniff")
        h.setdefault("X-Frame-Options", "DENY")
        h.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith(("/static/", "/vendor/")):
            h.setdefault("Cache-Control", "no-store")
        s = _session(request)
        counts = " ".join(f"{k}={v}" for k, v in getattr(request.state, "counts", {}).items())
        log.info("%s %s %d %.0fms user=%s %s", request.method, request.url.path, response.status_code,
                 (time.perf_counter() - started) * 1000, s.user if s else "-", counts)
        return response


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 401 and request.method == "GET" and "hx-request" not in request.headers:
        nxt = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse("/login?" + urlencode({"next": nxt}), status_code=303)
    if not hasattr(request.state, "session"):  # a 404 from the router, before the gate ran
        return HTMLResponse(f"<h1>{exc.status_code}</h1>", status_code=exc.status_code)
    return _error(request, exc.status_code, str(exc.detail))


# --- pages ---

def _filters(request: Request) -> Filters:
    try:
        return Filters.from_params(request.query_params)
    except FilterError as exc:
        raise HTTPException(400, str(exc)) from None


def _base_ctx(request: Request, f: Filters) -> dict[str, Any]:
    snap = _state(request).store.snapshot
    return {"f": f, "choices": snap.choices, "n_rows": snap.n_rows}


def overview(request: Request) -> Response:
    _need(request, "read")
    f = _filters(request)
    snap = _state(request).store.snapshot
    ov = snap.overview(f)
    _count(request, comments=ov["total"])
    figs = charts.figures(ov) if ov["total"] else []
    return _render(request, "overview.html", ov=ov, figures=figs, base=urlencode(f.params(q="")),
                   **_base_ctx(request, f))


def _sort(request: Request) -> tuple[str, bool, int]:
    q = request.query_params
    sort = q.get("sort") or "date"
    if sort not in SORTS:
        raise HTTPException(400, f"sort: one of {', '.join(SORTS)}")
    direction = q.get("dir") or "desc"
    if direction not in ("asc", "desc"):
        raise HTTPException(400, "dir: asc or desc")
    try:
        page = max(1, min(int(q.get("page") or 1), 10**6))
    except ValueError:
        raise HTTPException(400, "page: a number") from None
    return sort, direction == "desc", page


def _labels_view(row: dict[str, Any], sentences: list[dict[str, Any]], corrections: pd.DataFrame
                 ) -> dict[str, Any]:
    """What a comment card shows: the model's labels with probabilities and evidence, and the
    labels as corrected where someone corrected them."""
    model = tagged_labels(row)
    # The sentence that supports each label most, where the output has it (``evidence``); for
    # older output, the sentences whose own pillars include the pillar.
    found = row.get("evidence")
    per_label: dict[str, str] = found if isinstance(found, dict) else {}
    sentiment_of = {s["text"]: s["sentiment"] for s in sentences}
    evidence: dict[str, list[dict[str, Any]]] = {}
    for label in model["pillars"] + model["pitfalls"]:
        if per_label.get(label):
            evidence[label] = [{"text": per_label[label], "sentiment": sentiment_of.get(per_label[label])}]
        else:
            evidence[label] = [s for s in sentences if label in s["pillars"]]
    pillar_sentiment = row.get("pillar_sentiment")
    mine = corrections[corrections["comment_id"] == row["comment_id"]] if len(corrections) else corrections
    corrected = effective_labels(row, mine) if len(mine) else None
    return {
        "model": model,
        "prob": {label: row.get(prob_column(label)) for label in PILLARS + PITFALLS},
        "evidence": evidence,
        "sentences": len(sentences),
        "pillar_sentiment": dict(pillar_sentiment) if isinstance(pillar_sentiment, dict) else {},
        "corrected": corrected,
        "changed": [fld for fld in FIELDS if corrected is not None and corrected[fld] != model[fld]],
        "history": mine.iloc[::-1].to_dict(orient="records") if len(mine) else [],
    }


def comments(request: Request) -> Response:
    _need(request, "read")
    f = _filters(request)
    sort, descending, page = _sort(request)
    st = _state(request)
    snap = st.store.snapshot
    try:
        frame, total = snap.comments(f, sort=sort, descending=descending, page=page)
    except FilterError as exc:
        raise HTTPException(400, str(exc)) from None
    rows = frame.to_dict(orient="records")
    sents = snap.sentences([r["rid"] for r in rows])
    corr = st.store.corrections()
    for r in rows:
        r["view"] = _labels_view(r, sents.get(int(r["rid"]), []), corr)
    _count(request, shown=len(rows), matched=total, page=page)
    pages = max(1, -(-total // PAGE_SIZE))
    ctx = dict(rows=rows, total=total, page=min(page, pages), pages=pages, sort=sort,
               dir="desc" if descending else "asc", qs=f.params() + [("sort", sort), ("dir", "desc" if descending
                                                                                        else "asc")],
               **_base_ctx(request, f))
    if request.headers.get("hx-request") and request.headers.get("hx-target") == "results":
        return _render(request, "_results.html", **ctx)
    return _render(request, "comments.html", **ctx)


def _csv_cell(value: Any) -> str:
    """One CSV cell: lists ``;``-joined, times in ISO 8601 UTC, missing values empty, and text that
    a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first) prefixed with ``'``."""
    if isinstance(value, (list, tuple)):
        text = ";".join(map(str, value))
    elif _missing(value):
        return ""
    elif isinstance(value, datetime):
        text = value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    elif isinstance(value, (int, float)):
        return str(value)
    else:
        text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


def export_csv(request: Request) -> Response:
    _need(request, "read")
    f = _filters(request)
    snap = _state(request).store.snapshot
    import csv
    import io

    def rows() -> Any:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(EXPORT_COLUMNS)
        n = 0
        for batch in snap.export(f, EXPORT_COLUMNS):
            cols = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
            for rec in zip(*cols):
                w.writerow([_csv_cell(v) for v in rec])
                n += 1
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        yield buf.getvalue()
        log.info("export: %d comments", n)

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="cxnlp-comments-{stamp}.csv"'})


def comment(request: Request) -> Response:
    _need(request, "read")
    cid = request.query_params.get("id") or ""
    return _comment_page(request, cid)


def _comment_page(request: Request, cid: str, *, status: int = 200, error: str | None = None) -> Response:
    st = _state(request)
    snap = st.store.snapshot
    row = snap.comment(cid) if cid else None
    if row is None:
        raise HTTPException(404, "no such comment")
    sents = snap.sentences([row["rid"]]).get(int(row["rid"]), [])
    view = _labels_view(row, sents, st.store.corrections())
    _count(request, sentences=len(sents), corrections=len(view["history"]))
    current = view["corrected"] or view["model"]
    return _render(request, "comment.html", status=status, row=row, view=view, sentences=sents, current=current,
                   error=error, saved=request.query_params.get("saved") == "1")


async def correct(request: Request) -> Response:
    session = _need(request, "correct")
    form = await request.form()
    _check_csrf(request, session, form)
    cid = str(form.get("id") or "")
    st = _state(request)
    row = await run_in_threadpool(st.store.snapshot.comment, cid)
    if row is None:
        raise HTTPException(404, "no such comment")
    # The fields this form edits: those sent, and those it names (an unticked box sends nothing).
    named = set(form.getlist("fields"))
    changes: dict[str, Any] = {}
    for fld in FIELDS:
        if fld in form or fld in named:
            changes[fld] = ([str(v) for v in form.getlist(fld)] if fld in ("pillars", "pitfalls")
                            else (str(form.get(fld) or "") or None))
    seen = {fld: (form.get(f"seen_{fld}") or None) for fld in FIELDS if f"seen_{fld}" in form}
    try:
        written = await run_in_threadpool(record_correction, st.store.output_dir, row, changes,
                                          by=session.user or "", corrections=st.store.corrections(), seen=seen)
    except CorrectionError as exc:
        message = str(exc)
        status = 409 if "since this page was opened" in message else 400
        return await run_in_threadpool(lambda: _comment_page(request, cid, status=status, error=message))
    _count(request, fields=len(written))
    log.info("correction: comment %s, %d field(s) by %s", cid, len(written), session.user)
    return RedirectResponse("/comment?" + urlencode({"id": cid, "saved": "1"}) + "#corrections", status_code=303)


def corrections_page(request: Request) -> Response:
    _need(request, "read")
    corr = _state(request).store.corrections()
    try:
        page = max(1, int(request.query_params.get("page") or 1))
    except ValueError:
        raise HTTPException(400, "page: a number") from None
    per = 100
    newest = corr.iloc[::-1]
    pages = max(1, -(-len(newest) // per))
    rows = newest.iloc[(page - 1) * per: page * per].to_dict(orient="records")
    _count(request, shown=len(rows), total=len(corr))
    return _render(request, "corrections.html", rows=rows, total=len(corr), page=page, pages=pages,
                   comments=int(corr["comment_id"].nunique()) if len(corr) else 0)


def alerts_page(request: Request) -> Response:
    _need(request, "read")
    from cxnlp.analytics.alert_queue import AGE_BUCKETS, open_by_level_and_age

    st = _state(request)
    q = request.query_params
    state = q.get("state") or "active"
    if state not in ("active", "open", "acknowledged", "resolved", "all"):
        raise HTTPException(400, "state: active, open, acknowledged, resolved or all")
    level = q.get("level") or ""
    if level and level not in URGENT_LEVELS:
        raise HTTPException(400, f"level: one of {', '.join(URGENT_LEVELS)}")
    try:
        page = max(1, int(q.get("page") or 1))
    except ValueError:
        raise HTTPException(400, "page: a number") from None
    states = st.store.alert_queue()
    counts = open_by_level_and_age(states) if len(states) else {}
    totals = states["state"].value_counts().to_dict() if len(states) else {}
    shown = states
    if len(shown):
        if state == "active":
            shown = shown[shown["state"] != "resolved"]
        elif state != "all":
            shown = shown[shown["state"] == state]
        if level:
            lv = shown["urgent_level"].fillna("urgent") if "urgent_level" in shown else pd.Series("urgent",
                                                                                                  index=shown.index)
            shown = shown[lv == level]
    per = 50
    pages = max(1, -(-len(shown) // per))
    rows = shown.iloc[(page - 1) * per: page * per].to_dict(orient="records") if len(shown) else []
    _count(request, shown=len(rows), matched=len(shown), alerts=len(states))
    return _render(request, "alerts.html", rows=rows, counts=counts, totals=totals, buckets=AGE_BUCKETS,
                   state=state, level=level, page=page, pages=pages, matched=len(shown),
                   message=q.get("done"), error=None)


async def alert_action(request: Request) -> Response:
    from cxnlp.analytics.alert_queue import AlertActionError, record_action

    session = _need(request, "alerts")
    form = await request.form()
    _check_csrf(request, session, form)
    cid = str(form.get("comment_id") or "")
    action = str(form.get("action") or "")
    note = str(form.get("note") or "").strip() or None
    st = _state(request)
    try:
        await run_in_threadpool(record_action, st.store.output_dir, st.store.alerts(), cid, action,
                                by=session.user or "", note=note)
    except AlertActionError as exc:
        raise HTTPException(409 if "already resolved" in str(exc) else 400, str(exc)) from None
    log.info("alert %s: %s by %s", cid, action, session.user)
    back = str(form.get("back") or "/alerts")
    done = "acknowledged" if action == "ack" else "resolved"
    sep = "&" if "?" in back else "?"
    return RedirectResponse(_safe_next(back) + sep + urlencode({"done": done}), status_code=303)


def login_page(request: Request) -> Response:
    st = _state(request)
    if st.users_file is None:
        return RedirectResponse("/", status_code=303)
    s = _session(request)
    if s is not None and s.user is not None:
        return RedirectResponse(_safe_next(request.query_params.get("next")), status_code=303)
    fresh = s is None
    if s is None:
        s = st.sessions.new()
        request.state.session = s
    response = _render(request, "login.html", next=_safe_next(request.query_params.get("next")), error=None)
    if fresh:
        _set_cookie(request, response, s)
    return response


async def login(request: Request) -> Response:
    st = _state(request)
    if st.users_file is None:
        return RedirectResponse("/", status_code=303)
    form = await request.form()
    s = _session(request)
    if s is None:
        raise HTTPException(403, "your login form expired: reload the page")
    _check_csrf(request, s, form)
    client = request.client.host if request.client else "-"
    nxt = _safe_next(str(form.get("next") or "/"))
    if st.throttle.blocked(client):
        log.warning("login refused: too many failures from one address")
        return _render(request, "login.html", status=429, next=nxt, error="Too many failed logins: wait a few minutes.")
    name = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    try:
        users = st.users()
    except UserError as exc:
        log.error("users file: %s", exc)
        raise HTTPException(500, "the users file cannot be read") from None
    role = await run_in_threadpool(users.authenticate, name, password) if users else None
    if role is None:
        st.throttle.failed(client)
        log.info("login failed")
        return _render(request, "login.html", status=401, next=nxt, error="Wrong user name or password.")
    st.throttle.succeeded(client)
    st.sessions.drop(s.token)  # a new session id at login (no fixation)
    new = st.sessions.new(name, role)
    request.state.session = new
    log.info("login: %s (%s)", name, role)
    response = RedirectResponse(nxt, status_code=303)
    _set_cookie(request, response, new)
    return response


async def logout(request: Request) -> Response:
    s = _session(request)
    if s is None:
        return RedirectResponse("/login", status_code=303)
    form = await request.form()
    _check_csrf(request, s, form)
    _state(request).sessions.drop(s.token)
    response = RedirectResponse("/login" if _state(request).users_file else "/", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


def healthz(request: Request) -> Response:
    snap = _state(request).store.snapshot
    return JSONResponse({"status": "ok", "comments": snap.n_rows, "load_seconds": snap.load_seconds,
                         "index_seconds": snap.index_seconds})


def plotly_js(request: Request) -> Response:
    return FileResponse(_state(request).plotly_js, media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})


def create_app(config: AppConfig | PathLike, **options: Any) -> Starlette:
    """The ASGI app for ``config`` (or an output folder and :class:`AppConfig` options).

    Raises :class:`~cxnlp.app.auth.BindRefused` for a non-loopback host without a users file and
    :class:`~cxnlp.app.auth.UserError` for a users file that is missing or malformed. The data is
    loaded here (so a server answers at once when it starts listening).
    """
    cfg = config if isinstance(config, AppConfig) else AppConfig(output_dir=config, **options)
    users_file = Path(cfg.users_file) if cfg.users_file is not None else None
    check_bind(cfg.host, users_file)
    store = Store(location(cfg.output_dir), refresh_seconds=cfg.refresh_seconds)
    store.load()
    state = _State(config=cfg, store=store,
                   sessions=SessionStore(cfg.session_minutes * 60, cfg.session_max_hours * 3600),
                   throttle=LoginThrottle(), env=_environment(),
                   local_user=None if users_file else (cfg.local_user or getpass.getuser() or "local"),
                   users_file=users_file)
    routes = [
        Route("/", overview),
        Route("/comments", comments),
        Route("/comments.csv", export_csv),
        Route("/comment", comment),
        Route("/comment/correct", correct, methods=["POST"]),
        Route("/corrections", corrections_page),
        Route("/alerts", alerts_page),
        Route("/alerts/action", alert_action, methods=["POST"]),
        Route("/login", login_page),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/healthz", healthz),
        Route("/vendor/plotly.min.js", plotly_js),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    middleware = [Middleware(_Gate)]
    if users_file is None:  # one local user: answer only to loopback names (no DNS rebinding)
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost", "[::1]",
                                                                              "::1"]))

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        store.start()
        yield
        store.stop()

    app = Starlette(routes=routes, middleware=middleware, exception_handlers={HTTPException: _http_error},
                    lifespan=lifespan)
    app.state.cx = state
    return app
