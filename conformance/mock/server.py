"""Serving the mock with a real ASGI server (uvicorn): in a background thread for tests, or in the foreground."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn


def _config(
    app: Any, host: str, port: int, *, access_log: bool = False, loop: str = "asyncio", log_level: str = "warning"
) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http="httptools",
        loop=loop,
        server_header=False,
        lifespan="on",
        access_log=access_log,
        log_level=log_level,
        timeout_graceful_shutdown=2,
    )


@contextmanager
def running(app: Any, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `app` on `host:port` (0: a free port) in a background thread; yields the base URL; stops on exit."""
    sock = _bind(host, port)
    bound_port = sock.getsockname()[1]
    # Errors only: fuzzers send malformed requests on purpose, and each would log a warning.
    server = uvicorn.Server(_config(app, host, bound_port, log_level="error"))
    failure: list[BaseException] = []

    def serve() -> None:
        try:
            asyncio.run(server.serve(sockets=[sock]))
        except BaseException as exc:  # reported to the caller below
            failure.append(exc)

    thread = threading.Thread(target=serve, name=f"mock-server-{bound_port}", daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError(f"the mock server did not start: {failure[0] if failure else 'unknown error'}")
            thread.join(0.01)
        yield f"http://{host}:{bound_port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio turns Nagle off (TCP_NODELAY) only on sockets whose proto says TCP,
    # and with Nagle on, a response written as headers then body waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)  # connections made as soon as the URL is printed wait here until the loop accepts
    except OSError:
        sock.close()
        raise
    return sock


def serve_forever(app: Any, host: str, port: int, *, access_log: bool = False) -> None:
    """Serve in the foreground until interrupted (Ctrl-C stops it cleanly); prints the URL once listening.

    Raises OSError when the address cannot be bound (in use, not local).
    """
    sock = _bind(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    print(f"mock serving on http://{shown}:{bound}", flush=True)
    # uvloop where installed (about a third more throughput); the in-thread server keeps plain asyncio.
    server = uvicorn.Server(_config(app, host, bound, access_log=access_log, loop="auto"))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
