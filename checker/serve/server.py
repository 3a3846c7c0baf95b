"""The HTTP side of `jiaodui serve`: the standard library's ThreadingHTTPServer, the page and its
assets from the package (no CDN, no build step), and the JSON API of checker/serve/api.py.

Safe by default:
- it listens on 127.0.0.1 unless told otherwise;
- a request whose Host header is not the address it listens on is refused (403), so a web page
  whose domain was re-pointed at 127.0.0.1 (DNS rebinding) cannot reach it;
- a request from another origin is refused (403) and no CORS header is sent, unless
  --allow-origin names that origin; the API takes only application/json or
  application/octet-stream bodies, which a cross-origin page cannot send without asking first;
- a body over the size limit, a body without Content-Length and an unknown path get a JSON error
  ({"error": {"code", "message", "message_zh"}}) and the server goes on serving.
"""
from __future__ import annotations

import ipaddress
import json
import socket
import sys
import threading
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import parse_qsl, urlsplit

from .. import __version__
from ..typenames import TYPE_CHECKING
from . import api

if TYPE_CHECKING:
    from typing import Any

DEFAULT_PORT = 8765
DEFAULT_MAX_SIZE = 10 * 1024 * 1024
# A body over the limit is read and thrown away (so the client, still sending, gets the JSON
# error rather than a reset connection) up to this many times the limit; beyond, the connection
# is closed.
_DRAIN_FACTOR = 8
_CHUNK = 1 << 16
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
          ".ico": "image/x-icon"}
_DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# The page loads nothing from anywhere else, and nothing may frame it.
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; "
                               "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def static_files() -> dict[str, bytes]:
    """The page's assets, as shipped in the package (checker/serve/static/)."""
    folder = resources.files("checker.serve") / "static"
    return {entry.name: entry.read_bytes() for entry in folder.iterdir() if entry.is_file()}


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The Host header values that name this server. For a loopback address: the address and
    `localhost` (which never leaves the machine); otherwise the address as given. A DNS name an
    attacker controls is never among them."""
    names = {host}
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if host == "localhost" or (address is not None and address.is_loopback):
        names |= {"localhost", "127.0.0.1", "[::1]"}
    if address is not None and address.version == 6:
        names.add(f"[{host}]")
    values = set()
    for name in names:
        values.add(f"{name}:{port}".lower())
        if port == 80:
            values.add(name.lower())
    return frozenset(values)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *, context: api.Context | None = None,
                 allow_origins: Iterable[str] = (), max_size: int = DEFAULT_MAX_SIZE,
                 log: Callable[[str], None] | None = None):
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), Handler)
        from ..analysis.words import keep_lexicon_in_memory
        keep_lexicon_in_memory()    # never mapped: a file rewritten in place under a mapping is SIGBUS
        self.context = context or api.Context.load()
        self.allow_origins = frozenset(origin.rstrip("/") for origin in allow_origins)
        self.max_size = max_size
        self.log = log
        self.hosts = allowed_hosts(host, self.server_address[1])
        self.files = static_files()

    @property
    def url(self) -> str:
        host, port = str(self.server_address[0]), self.server_address[1]
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/"

    def start(self) -> threading.Thread:
        """Serve in a background thread (tests, benchmarks); `shutdown()` stops it."""
        thread = threading.Thread(target=self.serve_forever, name="jiaodui-serve", daemon=True)
        thread.start()
        return thread


class Refused(Exception):
    def __init__(self, status: int, code: str, message: str, message_zh: str):
        super().__init__(message)
        self.error = api.ApiError(status, code, message, message_zh)


class Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"
    server_version = "jiaodui-serve"

    def version_string(self) -> str:
        return self.server_version

    # -- plumbing ---------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")

    def _cors(self) -> dict[str, str]:
        origin = self.headers.get("Origin")
        if origin and origin.rstrip("/") in self.server.allow_origins:
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin",
                    "Access-Control-Expose-Headers": "Content-Disposition"}
        return {}

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in {**_SECURITY_HEADERS, **self._cors(), **(headers or {})}.items():
            self.send_header(key, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, value: Any) -> None:
        try:
            body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:  # undecodable bytes (lone surrogates) in a text: JSON escapes them
            body = json.dumps(value, separators=(",", ":")).encode("ascii")
        self._send(status, body, "application/json; charset=utf-8")

    def _error(self, error: api.ApiError) -> None:
        self._json(error.status, error.to_dict())

    def _guard(self) -> None:
        """Refuse a request not addressed to this server by name (DNS rebinding) or coming from
        a page of another origin (unless --allow-origin names it)."""
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.server.hosts:
            raise Refused(403, "bad-host", f"Host {host or '(none)'!r} is not the address this server listens on",
                          f"请求的主机名“{host}”不是本服务监听的地址（为防 DNS 重绑定，已拒绝）")
        origin = self.headers.get("Origin")
        if origin is not None and origin.rstrip("/") != f"http://{host}" \
                and origin.rstrip("/") not in self.server.allow_origins:
            raise Refused(403, "cross-origin", f"requests from {origin} are not allowed (see --allow-origin)",
                          f"不接受来自 {origin} 的跨源请求（可用 --allow-origin 允许）")

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            raise Refused(411, "length-required", "send the body with a Content-Length, not chunked",
                          "请求体须带 Content-Length（不支持分块传输）")
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            raise Refused(400, "bad-request", "bad Content-Length", "Content-Length 无效")
        limit = self.server.max_size
        if length > limit:
            if length <= limit * _DRAIN_FACTOR:
                left = length
                while left > 0:
                    chunk = self.rfile.read(min(_CHUNK, left))
                    if not chunk:
                        break
                    left -= len(chunk)
            else:
                self.close_connection = True
            raise Refused(413, "too-large", f"the upload is {_size(length)}, over the limit of {_size(limit)} "
                          "(--max-size); split the text or raise the limit",
                          f"上传内容 {_size(length)}，超过上限 {_size(limit)}（--max-size）：请分段检查或调高上限")
        return self.rfile.read(length)

    def _query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.path).query))

    # -- methods ----------------------------------------------------------------------------

    def do_GET(self) -> None:
        try:
            self._guard()
        except Refused as exc:
            self._error(exc.error)
            return
        path = urlsplit(self.path).path
        if path == "/":
            path = "/index.html"
        if path == "/api/health":
            self._json(200, {"tool": "jiaodui", "version": __version__})
            return
        name = path.rsplit("/", 1)[-1]
        if path in (f"/{name}", f"/static/{name}") and name in self.server.files:
            suffix = name[name.rfind("."):]
            self._send(200, self.server.files[name], _TYPES.get(suffix, "application/octet-stream"))
            return
        self._error(api.ApiError(404, "not-found", f"no such page: {path}", f"没有这个页面：{path}"))

    do_HEAD = do_GET

    def do_OPTIONS(self) -> None:
        origin = self.headers.get("Origin")
        if origin and origin.rstrip("/") in self.server.allow_origins:
            self.send_response(204)
            for key, value in {**self._cors(), "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                               "Access-Control-Allow-Headers": "Content-Type",
                               "Access-Control-Max-Age": "600", "Content-Length": "0"}.items():
                self.send_header(key, value)
            self.end_headers()
            return
        self._error(api.ApiError(403, "cross-origin", "cross-origin requests are not allowed (see --allow-origin)",
                                 "不接受跨源请求（可用 --allow-origin 允许）"))

    def do_POST(self) -> None:
        try:
            self._guard()
            path = urlsplit(self.path).path
            content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            json_routes = {"/api/check": api.check, "/api/fix": api.fix}
            byte_routes = {"/api/upload", "/api/annotate"}
            if path not in json_routes and path not in byte_routes:
                self._body()
                raise Refused(404, "not-found", f"no such endpoint: {path}", f"没有这个接口：{path}")
            expected = "application/json" if path in json_routes else "application/octet-stream"
            if content_type != expected:
                self._body()
                raise Refused(415, "content-type", f"send {path} as {expected}, not {content_type or 'nothing'}",
                              f"{path} 的请求体应为 {expected}")
            body = self._body()
            if path in json_routes:
                try:
                    payload = json.loads(body.decode("utf-8", "surrogatepass"))
                except (UnicodeDecodeError, ValueError) as exc:
                    raise Refused(400, "bad-json", f"the body is not JSON ({exc})", "请求体不是有效的 JSON") from None
                self._json(200, json_routes[path](payload, self.server.context))
            elif path == "/api/upload":
                self._json(200, api.upload(body, self._query(), self.server.context))
            else:
                name = api._upload_name(self._query())
                data = api.annotate(body, self._query(), self.server.context)
                stem = name[:-5] if name.lower().endswith(".docx") else name
                self._send(200, data, _DOCX_TYPE, {"Content-Disposition": _attachment(f"{stem}.jiaodui.docx")})
        except Refused as exc:
            self._error(exc.error)
        except api.ApiError as exc:
            self._error(exc)
        except Exception as exc:  # noqa: BLE001 -- a bug: the editor gets a message, the server goes on
            if self.server.log is not None:
                import traceback
                self.server.log(traceback.format_exc())
            self._error(api.ApiError(500, "internal", f"internal error ({type(exc).__name__}: {exc}); "
                                     "please report it", f"内部错误（{type(exc).__name__}）：请报告此问题"))


def _attachment(name: str) -> str:
    from urllib.parse import quote
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / 1024 / 1024:.1f} MB"
    if count >= 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count} bytes"


def log_to_stderr(line: str) -> None:
    sys.stderr.write(line.rstrip("\n") + "\n")


__all__ = ["DEFAULT_MAX_SIZE", "DEFAULT_PORT", "Handler", "Server", "allowed_hosts", "static_files"]
