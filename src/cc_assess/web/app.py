"""The web editor as an ASGI application (Starlette): the page, its static files and the JSON API.

Every request passes :class:`Guard` first: the ``Host`` header must be an IP address, ``localhost`` or the name
the server was bound to (a DNS-rebinding page has its own name there), and the request must carry the token,
as ``?token=`` or in the ``X-CC-Assess-Token`` header (compared in constant time); no cookie is ever used, so
another site cannot make the browser send a valid request.  Every response carries a strict
Content-Security-Policy: the page loads only its own script and style, from this server.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from cc_assess.errors import CcAssessError, InvalidInput
from cc_assess.i18n import t
from cc_assess.web import uploads
from cc_assess.web.editor import Conflict, Editor, Rejected, TooLarge, WebError
from cc_assess.web.uploads import Upload, listing, remove

TOKEN_HEADER = "x-cc-assess-token"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]
STATIC = {"editor.js": "text/javascript; charset=utf-8", "editor.css": "text/css; charset=utf-8"}

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def host_allowed(host: str, bound: str) -> bool:
    """Whether a ``Host`` (or ``Origin``) host names this server: an IP address, ``localhost`` or ``bound``."""
    host = host.strip().lower()
    if host.startswith("["):
        name = host[1 : host.find("]")] if "]" in host else ""
    else:
        name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    name = name.rstrip(".")
    if not name:
        return False
    if name in ("localhost", bound.lower().strip("[]")):
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class Guard:
    """ASGI middleware: refuse a foreign Host or Origin, or a missing or wrong token; add the security headers."""

    def __init__(self, app: ASGIApp, token: str, bound: str) -> None:
        self.app = app
        self.token = token.encode()
        self.bound = bound

    def _refusal(self, scope: Scope) -> str | None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if not host_allowed(headers.get("host", ""), self.bound):
            return t("web.bad-host", host=headers.get("host", ""))
        origin = headers.get("origin")
        if origin is not None and origin != "null" and not host_allowed(urlsplit(origin).netloc, self.bound):
            return t("web.bad-origin", origin=origin)
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        given = headers.get(TOKEN_HEADER) or (query.get("token") or [""])[0]
        if not hmac.compare_digest(given.encode("utf-8", "surrogateescape"), self.token):
            return t("web.bad-token")
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        if refusal is not None:
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await JSONResponse({"error": "forbidden", "message": refusal}, status_code=403)(scope, receive, secured)
            return
        await self.app(scope, receive, secured)


def _error(exc: CcAssessError) -> Response:
    """The HTTP answer to a refused request; an invalid answer is the list of its diagnostics (422)."""
    if isinstance(exc, Rejected) or (isinstance(exc, InvalidInput) and not isinstance(exc, WebError)):
        return JSONResponse([d.to_json() for d in exc.diagnostics], status_code=422)
    body: dict[str, object] = {"error": exc.code if isinstance(exc, WebError) else "cannot-run", "message": exc.message}
    if isinstance(exc, Conflict):
        body["etag"] = exc.etag
    status = exc.status if isinstance(exc, WebError) else 500
    return JSONResponse(body, status_code=status)


def _json(data: object, status: int = 200, etag: str | None = None) -> Response:
    headers = {"ETag": f'"{etag}"'} if etag is not None else None
    return JSONResponse(data, status_code=status, headers=headers)


async def _body(request: Request) -> object:
    try:
        return json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        raise WebError(t("web.bad-json")) from None


def create_app(editor: Editor, token: str, bound: str = "127.0.0.1") -> ASGIApp:
    """The page and the API over ``editor``'s folder, behind :class:`Guard` with ``token``."""
    from cc_assess.web.pages import meta, page

    async def run(call: Callable[[], Response]) -> Response:
        try:
            return await run_in_threadpool(call)
        except CcAssessError as exc:
            return _error(exc)

    async def index(request: Request) -> Response:
        return await run(lambda: Response(page(token, editor.lang), media_type="text/html; charset=utf-8"))

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return _json({"error": "not-found", "message": t("web.not-found")}, 404)
        data = resources.files("cc_assess.web").joinpath(f"static/{name}").read_bytes()
        return Response(data, media_type=STATIC[name])

    async def api_meta(request: Request) -> Response:
        return await run(lambda: _json(meta(editor)))

    async def items(request: Request) -> Response:
        return await run(lambda: _json(editor.items()))

    async def get_response(request: Request) -> Response:
        def call() -> Response:
            data = editor.response(request.path_params["item"])
            return _json(data, etag=str(data["etag"]))

        return await run(call)

    async def put_response(request: Request) -> Response:
        try:
            body = await _body(request)
        except WebError as exc:
            return _error(exc)
        item = request.path_params["item"]
        if_match = request.headers.get("if-match")

        def call() -> Response:
            saved = editor.save(item, if_match, body)
            return _json(saved.to_json(), etag=saved.etag)

        return await run(call)

    async def check(request: Request) -> Response:
        try:
            body = await _body(request)
        except WebError as exc:
            return _error(exc)
        return await run(lambda: _json(editor.check(request.path_params["item"], body).to_json()))

    async def upload(request: Request) -> Response:
        item = request.path_params["item"]
        if_match = request.headers.get("if-match")
        name = request.query_params.get("name", "")
        length = request.headers.get("content-length", "")
        try:
            if length.isdigit() and int(length) > uploads.MAX_UPLOAD_BYTES:  # refused before a byte is read
                raise TooLarge(t("web.too-large", limit=uploads.MAX_UPLOAD_BYTES // (1024 * 1024)))
            await run_in_threadpool(editor.check_version, item, if_match)
            pending = await run_in_threadpool(Upload, editor.folder, name)
            try:
                async for chunk in request.stream():
                    pending.write(chunk)
            except BaseException:
                pending.abort()
                raise
            stored = await run_in_threadpool(pending.finish)
            try:
                saved = await run_in_threadpool(
                    editor.add_evidence, item, if_match, {"ref": stored.ref, "sha256": stored.sha256}
                )
            except CcAssessError:
                remove(editor.folder, stored)
                raise
        except CcAssessError as exc:
            return _error(exc)
        return _json({**stored.to_json(), **saved.to_json()}, 201, etag=saved.etag)

    async def evidence(request: Request) -> Response:
        return await run(lambda: _json([s.to_json() for s in listing(editor.folder)]))

    async def preview(request: Request) -> Response:
        from cc_assess.web.preview import preview as render

        try:
            body = await _body(request)
        except WebError as exc:
            return _error(exc)
        text = body.get("text") if isinstance(body, dict) else None
        if not isinstance(text, str):
            return _error(WebError(t("web.preview-needs-text")))
        return await run(lambda: _json({"nodes": render(text)}))

    async def score(request: Request) -> Response:
        return await run(lambda: _json(editor.score()))

    async def diagnostics(request: Request) -> Response:
        return await run(lambda: _json(editor.diagnostics()))

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/static/{name}", static, methods=["GET"]),
        Route("/api/meta", api_meta, methods=["GET"]),
        Route("/api/items", items, methods=["GET"]),
        Route("/api/responses/{item}", get_response, methods=["GET"]),
        Route("/api/responses/{item}", put_response, methods=["PUT"]),
        Route("/api/responses/{item}/check", check, methods=["POST"]),
        Route("/api/responses/{item}/evidence", upload, methods=["POST"]),
        Route("/api/evidence", evidence, methods=["GET"]),
        Route("/api/preview", preview, methods=["POST"]),
        Route("/api/score", score, methods=["GET"]),
        Route("/api/diagnostics", diagnostics, methods=["GET"]),
    ]
    return Guard(Starlette(routes=routes), token, bound)
