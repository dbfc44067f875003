"""The auditors' web view: a small Starlette app over the `AuditStore` protocol.

Why Starlette + Jinja2 + uvicorn: uvicorn is already the Teams channel's server; Starlette is
the small ASGI toolkit under it (no ORM, no admin, nothing to configure), runs plain sync
handlers in a thread pool (the audit stores and scrypt block), streams large exports, and has
an in-process test client; Jinja2 escapes every value by default. No JavaScript at all: every
page is a server-rendered form, so the CSP can forbid scripts entirely.

Reading goes through `reader` (opened read-only: SQLite `mode=ro`, the read-only role on
PostgreSQL); `writer` is used for one thing only, appending an `auditor_access` record for
every page view, export, log-in and verification (who, what filter, when — no question text).
If that record cannot be written the page is not shown (503): no unlogged look at the log.
"""

from __future__ import annotations

import logging
import math
import secrets
import urllib.parse
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from retrieval.corpus import issue_slug
from retrieval.links import page_url

from ..audit import AuditError, AuditStore
from ..audit.anchors import AnchorCheck, AnchorError, FileSink, check_anchors, parse_sinks, read_anchors
from ..audit.records import latest_votes, utc_now
from ..config import WebSettings
from . import gaps
from .accounts import AccountError, AccountStore
from .auth import LOGIN_CSRF_COOKIE, SESSION_COOKIE, Auditor, Authenticator, client_of, same_token, set_cookie
from .export import csv_chunks, jsonl_chunks
from .filters import COPENHAGEN, STATUS_LABEL, FilterError, ListFilter, local_time, parse_day

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
PAGE_SIZE = 50
MAX_FORM_BYTES = 8192
GAP_DAYS = 30
CATEGORY_TTL = timedelta(minutes=5)

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class SecurityHeaders:
    """Adds the security headers to every response (and HSTS to those sent over TLS)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"cache-control"]
                headers += SECURITY_HEADERS
                if scope.get("scheme") == "https":
                    headers.append((b"strict-transport-security", b"max-age=31536000"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def source_link(template: str | None, cite: Any) -> str | None:
    """The page link of a citation: the one the answer carried (stored with the record), else
    from today's `LEDELSESBOT_SOURCE_URL` by the core's own rule (`retrieval.links.page_url`;
    no link when the template needs a PDF page, which an audit record does not hold)."""
    if not isinstance(cite, dict):
        return None
    stored = cite.get("url")
    url = stored if isinstance(stored, str) else None
    if url is None and template and cite.get("page") is not None:
        try:
            url = page_url(template, issue_slug(str(cite.get("issue") or "")), int(cite["page"]), None)
        except (KeyError, IndexError, ValueError, TypeError):
            return None
    return url if url and url.startswith(("https://", "http://", "/")) else None


def build_app(
    *,
    reader: AuditStore,
    writer: AuditStore,
    accounts: AccountStore,
    settings: WebSettings,
    anchors: str = "",
    source_url: str | None = None,
    now: Callable[[], datetime] = utc_now,
) -> Starlette:
    """The web app. `reader`: the log opened read-only; `writer`: the same log, used only to
    append access records; `anchors`: the sinks spec (file sinks are shown and checked)."""
    auth = Authenticator(accounts, settings, now)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["local"] = local_time
    env.filters["local_s"] = lambda ts: local_time(ts, seconds=True)
    env.globals["status_label"] = STATUS_LABEL
    env.globals["reason_label"] = REASON_LABEL
    style = (HERE / "static" / "style.css").read_bytes()

    category_cache: dict[str, Any] = {}

    def refusal_categories() -> list[str]:
        """The filter's choices, read at most every CATEGORY_TTL (a scan of every refusal)."""
        t = now()
        if "at" not in category_cache or t - category_cache["at"] > CATEGORY_TTL or t < category_cache["at"]:
            category_cache.update(at=t, value=reader.refusal_categories())
        return list(category_cache["value"])

    def render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.setdefault("auditor", None)
        ctx.setdefault("title", "Log ind")
        ctx.setdefault("path", request.url.path)
        return HTMLResponse(env.get_template(template).render(**ctx), status_code=status)

    def error_page(request: Request, status: int, message: str, auditor: Auditor | None = None) -> HTMLResponse:
        return render(request, "error.html", status, message=message, auditor=auditor, title="Fejl")

    def logged(auditor: str, action: str, **detail: Any) -> None:
        """Append the access record; AuditError propagates (the caller answers 503)."""
        writer.record_access(auditor, action, detail)

    def unavailable(request: Request, exc: Exception, auditor: Auditor | None = None) -> HTMLResponse:
        kind = getattr(exc, "kind", None)
        log.error("audit web view: storage unavailable (%s)", kind)
        return error_page(
            request, 503, "Revisionsloggen eller kontofilen kan ikke bruges lige nu. Prøv igen senere.", auditor
        )

    def require_session(request: Request) -> Auditor | Response:
        try:
            auditor = auth.from_session(request)
        except AccountError as exc:
            return unavailable(request, exc)
        if auditor is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse("/login?" + urllib.parse.urlencode({"next": target}), status_code=303)
        return auditor

    # -- log-in ---------------------------------------------------------------------------

    def login_form(request: Request, status: int = 200, error: str = "", name: str = "") -> Response:
        token = request.cookies.get(LOGIN_CSRF_COOKIE)
        if not token or len(token) > 100:
            token = secrets.token_urlsafe(24)
        nxt = request.query_params.get("next", "")
        response = render(request, "login.html", status, csrf=token, error=error, name=name, next=_safe_next(nxt))
        set_cookie(response, request, settings, LOGIN_CSRF_COOKIE, token)
        return response

    async def login(request: Request) -> Response:
        if request.method == "GET":
            return login_form(request)
        form = await _read_form(request)
        if form is None:
            return error_page(request, 400, "Formularen er for stor eller ugyldig.")
        if not same_token(form.get("csrf"), request.cookies.get(LOGIN_CSRF_COOKIE)):
            return login_form(request, 400, "Formularen er udløbet. Prøv igen.")
        name, password = (form.get("navn") or "").strip(), form.get("adgangskode") or ""
        try:
            result = await _in_thread(auth.check_password, name, password, client_of(request))
            if result.auditor is None:
                if result.locked_until is not None:
                    logged(name, "login_locked")
                    until = result.locked_until.astimezone(COPENHAGEN).strftime("%H:%M")
                    return login_form(
                        request, 429, f"For mange forkerte forsøg. Kontoen er låst til kl. {until}.", name
                    )
                if result.throttled:
                    return login_form(request, 429, "For mange forkerte forsøg herfra. Vent et øjeblik.", name)
                if accounts.password_hash(name) is not None:
                    logged(name, "login_failed")
                return login_form(request, 401, "Forkert brugernavn eller adgangskode.", name)
            token, auditor = auth.start_session(result.auditor)
            logged(auditor.name, "login")
        except (AuditError, AccountError) as exc:
            return unavailable(request, exc)
        response = RedirectResponse(_safe_next(form.get("next") or "") or "/poster", status_code=303)
        set_cookie(response, request, settings, SESSION_COOKIE, token)
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
        return response

    async def logout(request: Request) -> Response:
        found = require_session(request)
        if isinstance(found, Auditor):
            form = await _read_form(request) or {}
            if not same_token(form.get("csrf"), found.csrf):
                return error_page(request, 400, "Formularen er udløbet. Prøv igen.", found)
            try:
                accounts.end_session(found.token_hash)
                logged(found.name, "logout")
            except (AuditError, AccountError) as exc:
                return unavailable(request, exc)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # -- pages ----------------------------------------------------------------------------

    def home(request: Request) -> Response:
        return RedirectResponse("/poster", status_code=303)

    def records_page(request: Request) -> Response:
        found = require_session(request)
        if not isinstance(found, Auditor):
            return found
        try:
            flt = ListFilter.from_params(request.query_params)
        except FilterError as exc:
            return error_page(request, 400, f"Ugyldigt filter: {exc}", found)
        try:
            page = reader.query_questions(flt.query(), offset=(flt.side - 1) * PAGE_SIZE, limit=PAGE_SIZE)
            categories = refusal_categories()
            logged(found.name, "list", filter=flt.describe(), side=flt.side, total=page.total)
        except AuditError as exc:
            return unavailable(request, exc, found)
        pages = max(1, math.ceil(page.total / PAGE_SIZE))
        return render(
            request,
            "list.html",
            auditor=found,
            title="Poster",
            flt=flt,
            page=page,
            pages=pages,
            categories=categories,
            query=urllib.parse.urlencode(flt.params(with_page=False)),
            prev_url=_url("/poster", flt.params(side=flt.side - 1)) if flt.side > 1 else None,
            next_url=_url("/poster", flt.params(side=flt.side + 1)) if flt.side < pages else None,
        )

    def record_page(request: Request) -> Response:
        found = require_session(request)
        if not isinstance(found, Auditor):
            return found
        audit_id = request.path_params["audit_id"]
        try:
            rec = reader.get(audit_id)
            related = reader.related(audit_id) if rec is not None else []
            logged(found.name, "record", record=audit_id, found=rec is not None)
        except AuditError as exc:
            return unavailable(request, exc, found)
        if rec is None:
            return error_page(request, 404, f"Der er ingen post nr. {audit_id}.", found)
        cites = rec["citations"] if isinstance(rec.get("citations"), list) else []
        links = [source_link(source_url, c) for c in cites]
        feedback = [r for r in related if r["event"] == "feedback" and r["ref_id"] == audit_id]
        return render(
            request,
            "record.html",
            auditor=found,
            title=f"Post {audit_id}",
            rec=rec,
            citations=list(zip(cites, links, strict=True)),
            feedback=feedback,
            counted={vote["id"] for vote in latest_votes(feedback).values()},
            escalations=[r for r in related if r["event"] == "escalated" and r["ref_id"] == audit_id],
            follow_ups=[r for r in related if r.get("follows_id") == audit_id],
        )

    def _anchor_files() -> tuple[list[str], list[Path], str]:
        try:
            sinks = parse_sinks(anchors)
        except AnchorError as exc:
            return [], [], str(exc)
        return [s.name for s in sinks], [s.path for s in sinks if isinstance(s, FileSink)], ""

    async def chain_page(request: Request) -> Response:
        found = require_session(request)
        if not isinstance(found, Auditor):
            return found
        verify = None
        check: AnchorCheck | None = None
        sink_names, files, anchor_error = _anchor_files()
        recent: list[Any] = []
        for path in files:
            try:
                recent.extend(read_anchors(path))
            except AnchorError as exc:
                anchor_error = str(exc)
        if request.method == "POST":
            form = await _read_form(request) or {}
            if not same_token(form.get("csrf"), found.csrf):
                return error_page(request, 400, "Formularen er udløbet. Prøv igen.", found)
        try:
            if request.method == "POST":
                verify = await _in_thread(reader.verify)
                check = await _in_thread(check_anchors, reader, recent)
                logged(found.name, "verify", ok=verify.ok, count=verify.count, anchors_ok=check.ok)
            else:
                logged(found.name, "chain")
            head = reader.head()
        except AuditError as exc:
            return unavailable(request, exc, found)
        return render(
            request,
            "chain.html",
            auditor=found,
            title="Kæde",
            head=head,
            verify=verify,
            check=check,
            sinks=sink_names,
            anchors=sorted(recent, key=lambda a: a.id, reverse=True)[:10],
            anchor_count=len(recent),
            anchor_error=anchor_error,
        )

    def gaps_page(request: Request) -> Response:
        found = require_session(request)
        if not isinstance(found, Auditor):
            return found
        today = now().astimezone(COPENHAGEN).date()
        try:
            fra = _day_param(request, "fra") or today - timedelta(days=GAP_DAYS - 1)
            til = _day_param(request, "til") or today
            if fra > til:
                raise FilterError("«fra» ligger efter «til»")
        except FilterError as exc:
            return error_page(request, 400, f"Ugyldigt filter: {exc}", found)
        flt = ListFilter(fra=fra, til=til, status=("no_answer",))
        try:
            rows = reader.iter_questions(flt.query())
            total, found_topics = gaps.topics((r.record["question"] for r in rows), top=25, min_questions=3)
            logged(found.name, "gaps", filter=flt.describe(), questions=total)
        except AuditError as exc:
            return unavailable(request, exc, found)
        return render(
            request,
            "gaps.html",
            auditor=found,
            title="Huller",
            fra=fra,
            til=til,
            total=total,
            topics=found_topics,
            list_url=_url("/poster", flt.params()),
        )

    def export(fmt: str) -> Callable[[Request], Response]:
        def handler(request: Request) -> Response:
            try:
                basic = auth.from_basic(request)
                auditor = auth.from_session(request) if basic is None else None
            except AccountError as exc:
                return unavailable(request, exc)
            name = basic.auditor if basic is not None else (auditor.name if auditor else None)
            if name is None:
                status = 429 if basic is not None and (basic.locked_until or basic.throttled) else 401
                return PlainTextResponse(
                    "Log ind, eller brug HTTP Basic (curl -u NAVN) / log in or use HTTP Basic\n",
                    status_code=status,
                    headers={"WWW-Authenticate": 'Basic realm="ledelsesbot revision", charset="UTF-8"'},
                )
            try:
                flt = ListFilter.from_params(request.query_params)
            except FilterError as exc:
                return PlainTextResponse(f"Ugyldigt filter: {exc}\n", status_code=400)
            try:
                logged(name, f"export_{fmt}", filter=flt.describe(), via="basic" if basic else "session")
            except AuditError as exc:
                return unavailable(request, exc)
            rows = reader.iter_questions(flt.query())
            stamp = now().astimezone(COPENHAGEN).strftime("%Y%m%d-%H%M")
            body: Iterator[str] = csv_chunks(rows) if fmt == "csv" else jsonl_chunks(rows)
            media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
            return StreamingResponse(
                (chunk.encode("utf-8") for chunk in body),
                media_type=media,
                headers={"Content-Disposition": f'attachment; filename="revisionslog-{stamp}.{fmt}"'},
            )

        return handler

    def stylesheet(request: Request) -> Response:
        return Response(style, media_type="text/css; charset=utf-8")

    routes = [
        Route("/", home),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/poster", records_page),
        Route("/poster/{audit_id:int}", record_page),
        Route("/kaede", chain_page, methods=["GET", "POST"]),
        Route("/huller", gaps_page),
        Route("/export.csv", export("csv")),
        Route("/export.jsonl", export("jsonl")),
        Route("/static/style.css", stylesheet),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return error_page(request, 404, "Siden findes ikke.")

    async def server_error(request: Request, exc: Exception) -> Response:
        log.error("audit web view: unexpected %s", type(exc).__name__)
        return error_page(request, 500, "Der skete en uventet fejl.")

    app = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found, 500: server_error})
    app.add_middleware(SecurityHeaders)
    return app


# The Danish words for the 👎 reasons a channel offers (bot.audit.store.FEEDBACK_REASONS).
REASON_LABEL = {
    "wrong_source": "forkert kilde",
    "not_relevant": "ikke relevant",
    "incomplete": "ufuldstændigt",
    "unclear": "uklart",
    "other": "andet",
}


def _safe_next(target: str) -> str:
    """A local path to go to after log-in (never another site: no scheme, no '//')."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target and len(target) < 2000:
        return target
    return ""


def _url(path: str, params: list[tuple[str, str]]) -> str:
    return path + ("?" + urllib.parse.urlencode(params) if params else "")


def _day_param(request: Request, name: str) -> date | None:
    value = request.query_params.get(name, "").strip()
    return parse_day(value, name) if value else None


async def _read_form(request: Request) -> dict[str, str] | None:
    """An urlencoded form of at most MAX_FORM_BYTES (no multipart: nothing here uploads)."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return None
    try:
        pairs = urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        return None
    return dict(pairs)


async def _in_thread(fn: Callable[..., Any], *args: Any) -> Any:
    """Run blocking work (scrypt, a full verify) off the event loop."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)
