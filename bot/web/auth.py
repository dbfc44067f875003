"""Who is asking: session cookies for the pages, HTTP Basic for scripted exports, lock-out.

* A log-in creates a server-side session (`AccountStore`): the browser holds a random token in
  a cookie (HttpOnly, SameSite=Strict, Secure over TLS); the store keeps only its SHA-256. A
  session ends after `session_minutes`, after `idle_minutes` without a request, at log-out, or
  when the account is removed.
* The log-in form carries a CSRF token that must equal a cookie set with the form
  (double submit); forms of a logged-in auditor carry the session's own CSRF token.
* Wrong passwords count per account (`accounts.lock_duration`: locked for 1 minute after 5
  failures, doubling up to an hour) and per client address (`ClientThrottle`), so neither one
  account nor many names can be guessed quickly. A locked account is not even checked.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from starlette.requests import Request
from starlette.responses import Response

from ..config import WebSettings
from .accounts import MAX_PASSWORD, AccountError, AccountStore, token_hash, verify_password

SESSION_COOKIE = "lb_session"
TOUCH_EVERY = timedelta(seconds=60)
LOGIN_CSRF_COOKIE = "lb_login"


@dataclass(frozen=True)
class Auditor:
    """The logged-in auditor of a request (`csrf` is empty for HTTP Basic)."""

    name: str
    csrf: str = ""
    token_hash: str = ""


@dataclass(frozen=True)
class LoginResult:
    """Outcome of a credential check: the auditor, or why not (`locked_until` when locked)."""

    auditor: str | None
    locked_until: datetime | None = None
    throttled: bool = False


class ClientThrottle:
    """At most `limit` failed log-ins per client address in `window` (memory of one process;
    the per-account lock-out in the account store is what holds across replicas)."""

    def __init__(self, limit: int = 20, window: timedelta = timedelta(minutes=10)) -> None:
        self.limit = limit
        self.window = window
        self._failures: dict[str, deque[datetime]] = {}
        self._lock = threading.Lock()

    def blocked(self, client: str, now: datetime) -> bool:
        """True when `client` has used up its failures."""
        with self._lock:
            times = self._failures.get(client)
            while times and now - times[0] > self.window:
                times.popleft()
            return times is not None and len(times) >= self.limit

    def failed(self, client: str, now: datetime) -> None:
        """Count one failure of `client`."""
        with self._lock:
            if len(self._failures) > 10_000:  # bounded memory under a flood of addresses
                self._failures.clear()
            self._failures.setdefault(client, deque()).append(now)


class Authenticator:
    """Checks credentials and sessions against an AccountStore."""

    def __init__(self, accounts: AccountStore, settings: WebSettings, now: Callable[[], datetime]) -> None:
        self.accounts = accounts
        self.settings = settings
        self.now = now
        self.throttle = ClientThrottle()

    def check_password(self, name: str, password: str, client: str) -> LoginResult:
        """Check a name and password (with lock-out and throttling); count failures."""
        now = self.now()
        if self.throttle.blocked(client, now):
            return LoginResult(None, throttled=True)
        known = self.accounts.password_hash(name) if name and len(name) <= 64 else None
        if known is not None:
            locked = self.accounts.locked_until(name, now)
            if locked is not None:
                return LoginResult(None, locked_until=locked)
        if verify_password(password, known):
            self.accounts.login_succeeded(name, now)
            return LoginResult(name)
        self.throttle.failed(client, now)
        locked = self.accounts.login_failed(name, now) if known is not None else None
        return LoginResult(None, locked_until=locked)

    def start_session(self, name: str) -> tuple[str, Auditor]:
        """A new session for `name`: (the cookie's token, the auditor)."""
        token = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(24)
        th = token_hash(token)
        self.accounts.create_session(th, name, csrf, self.now())
        return token, Auditor(name, csrf, th)

    def from_session(self, request: Request) -> Auditor | None:
        """The auditor of a valid session cookie (and note the activity), or None."""
        token = request.cookies.get(SESSION_COOKIE)
        if not token or len(token) > 200:
            return None
        th = token_hash(token)
        session = self.accounts.session(th)
        if session is None:
            return None
        now = self.now()
        if now - session.created_at > timedelta(minutes=self.settings.session_minutes) or now - session.last_seen > (
            timedelta(minutes=self.settings.idle_minutes)
        ):
            self.accounts.end_session(th)
            return None
        if now - session.last_seen > TOUCH_EVERY:  # one write a minute, not one per request
            self.accounts.touch_session(th, now)
        return Auditor(session.account, session.csrf, th)

    def from_basic(self, request: Request) -> LoginResult | None:
        """The result of an `Authorization: Basic` header, or None when there is none."""
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return LoginResult(None)
        name, sep, password = decoded.partition(":")
        if not sep or len(password) > MAX_PASSWORD:
            return LoginResult(None)
        return self.check_password(name, password, client_of(request))


def client_of(request: Request) -> str:
    """The client address (behind a trusted proxy: the one uvicorn took from X-Forwarded-For)."""
    return request.client.host if request.client else "?"


def is_secure(request: Request, settings: WebSettings) -> bool:
    """Cookies get `Secure` when configured or when the request came over TLS."""
    return settings.cookie_secure or request.url.scheme == "https"


def set_cookie(response: Response, request: Request, settings: WebSettings, name: str, value: str) -> None:
    """A session-lifetime cookie: HttpOnly, SameSite=Strict, Path=/, Secure over TLS."""
    response.set_cookie(name, value, httponly=True, samesite="strict", secure=is_secure(request, settings), path="/")


def same_token(a: str | None, b: str | None) -> bool:
    """Constant-time comparison of two CSRF tokens (both must be present)."""
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


__all__ = [
    "LOGIN_CSRF_COOKIE",
    "SESSION_COOKIE",
    "AccountError",
    "Auditor",
    "Authenticator",
    "LoginResult",
    "client_of",
    "same_token",
    "set_cookie",
]
