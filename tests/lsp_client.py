"""A small Language Server Protocol client for the tests and bench/lsp_bench.py: it starts
`jiaodui lsp` as a subprocess and speaks JSON-RPC to it over stdio with real framing
(`Content-Length` headers), as an editor does. Requests the server sends (client/registerCapability,
workspace/applyEdit) are answered; notifications are kept in order for `wait_for`.

Timeouts here are failsafes against a hung server (a test fails instead of hanging), not
measurements: no assertion depends on how long anything took.
"""
from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FAILSAFE = 120.0


class Client:
    def __init__(self, *args: str, cwd: str | Path | None = None):
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.process = subprocess.Popen([sys.executable, "-m", "checker", "lsp", *args], cwd=cwd or ROOT, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._next_id = 0
        self._responses: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self.notifications: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []          # every notification taken by wait_for, in order
        self.applied: list[dict[str, Any]] = []       # workspace/applyEdit requests from the server
        self.stderr: list[bytes] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    # -- framing ---------------------------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}, ensure_ascii=False).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length is None:
                continue
            message = json.loads(stream.read(length).decode("utf-8"))
            if "id" in message and "method" in message:     # a request from the server
                if message["method"] == "workspace/applyEdit":
                    self.applied.append(message["params"])
                    self._send({"id": message["id"], "result": {"applied": True}})
                else:
                    self._send({"id": message["id"], "result": None})
            elif "id" in message:
                with self._lock:
                    box = self._responses.setdefault(message["id"], queue.Queue())
                box.put(message)
            else:
                self.notifications.put(message)

    def _drain_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.stderr.append(line)

    # -- messages --------------------------------------------------------------------------------

    def request(self, method: str, params: Any) -> Any:
        with self._lock:
            self._next_id += 1
            number = self._next_id
            box = self._responses.setdefault(number, queue.Queue())
        self._send({"id": number, "method": method, "params": params})
        try:
            response = box.get(timeout=FAILSAFE)
        except queue.Empty:
            raise AssertionError(f"no answer to {method}; server stderr: {self.log()}") from None
        if "error" in response:
            raise AssertionError(f"{method} failed: {response['error']}")
        return response.get("result")

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def wait_for(self, method: str, where: Callable[[dict[str, Any]], bool] = lambda params: True) -> dict[str, Any]:
        """The params of the next notification `method` that satisfies `where` (others are kept in `seen`)."""
        while True:
            try:
                message = self.notifications.get(timeout=FAILSAFE)
            except queue.Empty:
                raise AssertionError(f"no {method} came; server stderr: {self.log()}") from None
            self.seen.append(message)
            if message.get("method") == method and where(message["params"]):
                return message["params"]

    def diagnostics(self, uri: str, version: int | None = None) -> list[dict[str, Any]]:
        """The next diagnostics published for `uri` (for that document version, when given)."""
        params = self.wait_for("textDocument/publishDiagnostics",
                               lambda p: p["uri"] == uri and (version is None or p.get("version") == version))
        return params["diagnostics"]

    def log(self) -> str:
        return b"".join(self.stderr).decode("utf-8", "replace")[-3000:]

    # -- a session -------------------------------------------------------------------------------

    def initialize(self, encodings: list[str] | None = None, root: Path | None = None,
                   options: dict[str, Any] | None = None, capabilities: dict[str, Any] | None = None) -> dict[str, Any]:
        caps: dict[str, Any] = dict(capabilities or {})
        if encodings is not None:
            caps["general"] = {"positionEncodings": encodings}
        params: dict[str, Any] = {"processId": os.getpid(), "capabilities": caps,
                                  "rootUri": root.as_uri() if root else None,
                                  "initializationOptions": options or {}}
        if root is not None:
            params["workspaceFolders"] = [{"uri": root.as_uri(), "name": root.name}]
        result = self.request("initialize", params)
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, version: int = 1, language: str = "plaintext") -> None:
        self.notify("textDocument/didOpen",
                    {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}})

    def close(self) -> int:
        if self.process.poll() is not None:
            return self.process.returncode
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            return self.process.wait(timeout=FAILSAFE)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
