"""A webhook receiver the kit runs during a suite, so checks can see the callbacks a target sends."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY = 10 * 2**20  # bytes; a callback is a small JSON document


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


class Inbox:
    """Callbacks received so far; `wait_for` blocks until one matches or the timeout passes."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._items: list[Received] = []
        self._changed = threading.Condition()

    def add(self, item: Received) -> None:
        with self._changed:
            self._items.append(item)
            self._changed.notify_all()

    def items(self) -> list[Received]:
        with self._changed:
            return list(self._items)

    def wait_for(self, needle: bytes, timeout: float) -> Received | None:
        """The first callback whose body contains `needle`, waiting up to `timeout` seconds."""
        with self._changed:
            found = self._changed.wait_for(lambda: self._find(needle), timeout=timeout)
            return found or None

    def _find(self, needle: bytes) -> Received | None:
        return next((item for item in self._items if needle in item.body), None)


@contextmanager
def receiving(host: str = "127.0.0.1", port: int = 0, public_url: str | None = None) -> Iterator[Inbox]:
    """Serve a receiver on host:port (answers 200 to every POST) until the block ends."""
    inbox_holder: list[Inbox] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self._body()
            if body is None:
                self.send_response(400)
                self.send_header("Content-Length", "0")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                return
            inbox_holder[0].add(Received(self.path, {k: v for k, v in self.headers.items()}, body))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _body(self) -> bytes | None:
            """The request body, whole (Content-Length or chunked); None if it is malformed or
            larger than MAX_BODY."""
            try:
                if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                    parts: list[bytes] = []
                    size = 0
                    while True:
                        chunk = int(self.rfile.readline(1024).split(b";")[0].strip(), 16)
                        size += chunk
                        if chunk < 0 or size > MAX_BODY:
                            return None
                        if chunk == 0:
                            while self.rfile.readline(65536).strip():  # trailers, then the blank line
                                pass
                            return b"".join(parts)
                        data = self.rfile.read(chunk)
                        if len(data) < chunk:  # the client went away mid-body
                            return None
                        parts.append(data)
                        self.rfile.readline(3)  # the CRLF after the chunk
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                return None
            if length < 0 or length > MAX_BODY:
                return None
            return self.rfile.read(length) if length else b""

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    bound_port = server.server_address[1]
    inbox = Inbox(public_url or f"http://{host}:{bound_port}/callbacks")
    inbox_holder.append(inbox)
    thread = threading.Thread(target=server.serve_forever, name="callback-receiver", daemon=True)
    thread.start()
    try:
        yield inbox
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
