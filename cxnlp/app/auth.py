"""People and rights for the web app: the users file, password hashes, roles, sessions, CSRF.

The users file is YAML written by ``cxnlp app add-user`` (passwords as argon2id hashes, never
in clear)::

    users:
      alice: {role: analyst, password_hash: "$argon2id$v=19$m=65536,t=3,p=4$..."}

Roles: ``viewer`` reads; ``analyst`` also corrects labels; ``safety`` also acts on alerts;
``admin`` does all of it. Sessions live in the server's memory (a restart logs everyone out),
expire after a spell of inactivity and after a fixed lifetime, and each carries a CSRF token
that every write must send back.
"""
from __future__ import annotations

import ipaddress
import os
import re
import secrets
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["LOCAL_HOSTS", "PERMISSIONS", "ROLES", "BindRefused", "LoginThrottle", "Session", "SessionStore",
           "UserError", "Users", "add_user", "check_bind", "hash_password", "is_local_host", "load_users",
           "verify_password"]

ROLES: tuple[str, ...] = ("viewer", "analyst", "safety", "admin")
#: What each role may do: read pages, correct labels, act on alerts.
PERMISSIONS: Mapping[str, frozenset[str]] = {
    "viewer": frozenset({"read"}),
    "analyst": frozenset({"read", "correct"}),
    "safety": frozenset({"read", "alerts"}),
    "admin": frozenset({"read", "correct", "alerts", "admin"}),
}
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 10


class UserError(ValueError):
    """A bad users file, user name, role or password."""


class BindRefused(RuntimeError):
    """The app was asked to listen beyond this machine without a users file."""


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id with the library's current recommended parameters


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (with its own random salt)."""
    if len(password) < MIN_PASSWORD:
        raise UserError(f"a password needs at least {MIN_PASSWORD} characters")
    return str(_hasher().hash(password))


def verify_password(password_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``password_hash`` (constant time; False for a malformed hash)."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return bool(_hasher().verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class Users:
    """Who may log in: name -> (role, password hash)."""

    entries: Mapping[str, tuple[str, str]]

    def role(self, name: str) -> str | None:
        entry = self.entries.get(name)
        return entry[0] if entry else None

    def authenticate(self, name: str, password: str) -> str | None:
        """The user's role if the password is right, else None (as slow for unknown names)."""
        entry = self.entries.get(name)
        if entry is None:
            verify_password(_DUMMY_HASH.get(), password)  # same work whether or not the name exists
            return None
        return entry[0] if verify_password(entry[1], password) else None


class _DummyHash:
    """A hash to verify against for unknown user names, made once on first use."""

    _value: str | None = None
    _lock = threading.Lock()

    def get(self) -> str:
        with self._lock:
            if self._value is None:
                self._value = str(_hasher().hash(secrets.token_hex(16)))
            return self._value


_DUMMY_HASH = _DummyHash()


def _read_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise UserError(f"users file {path}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("users", {}) or {}, dict):
        raise UserError(f"users file {path}: expected a mapping `users: {{name: {{role, password_hash}}}}`")
    return data


def load_users(path: Path) -> Users:
    """The users in ``path``; raises UserError for a file that is missing, malformed or empty."""
    if not path.is_file():
        raise UserError(f"users file {path} not found (create it with `cxnlp app add-user NAME --users {path}`)")
    entries: dict[str, tuple[str, str]] = {}
    for name, rec in (_read_file(path).get("users") or {}).items():
        if not isinstance(rec, dict) or rec.get("role") not in ROLES or not str(rec.get("password_hash", "")).startswith(
                "$argon2"):
            raise UserError(f"users file {path}: user {name!r} needs role (one of {ROLES}) and an argon2 password_hash")
        entries[str(name)] = (str(rec["role"]), str(rec["password_hash"]))
    if not entries:
        raise UserError(f"users file {path} has no users (add one with `cxnlp app add-user`)")
    return Users(entries)


def add_user(path: Path, name: str, role: str, password: str) -> bool:
    """Add ``name`` to the users file (created if missing, owner-only permissions) or replace its role
    and password. Returns True if the user was new. The file is replaced atomically."""
    if not _NAME.match(name):
        raise UserError("a user name is 1-64 letters, digits or . _ @ - (starting with a letter or digit)")
    if role not in ROLES:
        raise UserError(f"role must be one of {ROLES}")
    data = _read_file(path) if path.exists() else {}
    users = dict(data.get("users") or {})
    new = name not in users
    users[name] = {"role": role, "password_hash": hash_password(password)}
    data["users"] = users
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".users-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("# cxnlp app users (cxnlp app add-user): roles viewer, analyst, safety, admin; argon2id hashes\n")
            yaml.safe_dump(data, fh, sort_keys=True)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return new


def is_local_host(host: str) -> bool:
    """Whether ``host`` (what the server binds to) is a loopback address or ``localhost``."""
    if host.strip("[]") in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, users_file: Path | None) -> Users | None:
    """The users the app runs with; None for the single local user, which only a loopback address
    allows. Any other address without a users file raises :class:`BindRefused`."""
    if users_file is None:
        if not is_local_host(host):
            raise BindRefused(f"refusing to listen on {host} without a users file: anyone who can reach it could read "
                              "and change data. Create one with `cxnlp app add-user NAME --role ROLE --users FILE` and "
                              "pass --users FILE (or bind to 127.0.0.1 for one local user)")
        return None
    return load_users(users_file)


@dataclass
class Session:
    """One browser's session: who (None before login), their role, the CSRF token, its times."""

    token: str
    user: str | None
    role: str | None
    csrf: str
    created: float
    seen: float
    data: dict[str, Any] = field(default_factory=dict)

    def can(self, permission: str) -> bool:
        return self.role is not None and permission in PERMISSIONS.get(self.role, frozenset())


class SessionStore:
    """Sessions in memory: random tokens, idle and absolute expiry, a cap on their number."""

    def __init__(self, idle_seconds: float = 1800, max_age_seconds: float = 12 * 3600, max_sessions: int = 10000):
        self.idle_seconds = idle_seconds
        self.max_age_seconds = max_age_seconds
        self.max_sessions = max_sessions
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def new(self, user: str | None = None, role: str | None = None) -> Session:
        now = time.monotonic()
        s = Session(secrets.token_urlsafe(32), user, role, secrets.token_urlsafe(32), now, now)
        with self._lock:
            self._purge(now)
            if len(self._sessions) >= self.max_sessions:  # drop the least recently seen
                oldest = min(self._sessions.values(), key=lambda x: x.seen)
                self._sessions.pop(oldest.token, None)
            self._sessions[s.token] = s
        return s

    def get(self, token: str | None) -> Session | None:
        if not token:
            return None
        now = time.monotonic()
        with self._lock:
            s = self._sessions.get(token)
            if s is None:
                return None
            if now - s.seen > self.idle_seconds or now - s.created > self.max_age_seconds:
                self._sessions.pop(token, None)
                return None
            s.seen = now
            return s

    def drop(self, token: str | None) -> None:
        with self._lock:
            self._sessions.pop(token or "", None)

    def __len__(self) -> int:
        return len(self._sessions)

    def _purge(self, now: float) -> None:
        dead = [t for t, s in self._sessions.items()
                if now - s.seen > self.idle_seconds or now - s.created > self.max_age_seconds]
        for t in dead:
            del self._sessions[t]


class LoginThrottle:
    """At most ``limit`` failed logins per client address in ``window`` seconds."""

    def __init__(self, limit: int = 5, window: float = 300):
        self.limit, self.window = limit, window
        self._fails: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, client: str) -> bool:
        now = time.monotonic()
        with self._lock:
            recent = [t for t in self._fails.get(client, []) if now - t < self.window]
            self._fails[client] = recent
            return len(recent) >= self.limit

    def failed(self, client: str) -> None:
        with self._lock:
            self._fails.setdefault(client, []).append(time.monotonic())

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._fails.pop(client, None)
