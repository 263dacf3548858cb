"""Callback delivery: signed `CallbackPayload` POSTs to a `callbackUrl`, retried with backoff, never awaited.

Only loopback receivers (127.0.0.0/8, ::1, localhost) are called: the mock is a local tool, and a URL a
fuzzer invented must never make it send traffic elsewhere. Other URLs are logged as refused.
"""

from __future__ import annotations

import asyncio
import ipaddress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:  # imported lazily at run time: see preload()
    from sinch_imported_numbers import models

SIGNATURE_HEADER = "X-Sinch-Signature"


@dataclass
class Delivery:
    """One callback and what happened to it (served by GET /_mock/callbacks)."""

    id: int
    url: str
    body: bytes
    signature: str | None
    payload: dict[str, Any]
    state: str = "pending"  # pending | delivered | failed | refused | skipped
    attempts: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "state": self.state,
            "signature": self.signature,
            "payload": self.payload,
            "attempts": self.attempts,
        }


def preload() -> None:
    """Import what callbacks need (the generated models, httpx): slow imports, done in a thread at startup."""
    import httpx  # noqa: F401
    from sinch_imported_numbers import models  # noqa: F401


def is_loopback(url: str) -> bool:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return False
    if parts.scheme not in ("http", "https"):
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Dispatcher:
    """Queues deliveries as background tasks on the running event loop."""

    def __init__(self, *, enabled: bool, attempts: int = 5, backoff: float = 0.5, timeout: float = 5.0) -> None:
        self.enabled = enabled
        self.max_attempts = attempts
        self.backoff = backoff
        self.timeout = timeout
        self.log: list[Delivery] = []
        self._tasks: set[asyncio.Task[None]] = set()

    def reset(self) -> None:
        self.cancel()
        self.log = []

    def send(self, url: str, payload: models.CallbackPayload, secret: str | None) -> Delivery:
        """Sign and queue one callback; returns at once (the POST happens in a task)."""
        from sinch_imported_numbers._webhooks import compute_signature

        body = payload.model_dump_json(by_alias=True, exclude_none=True).encode()
        signature = compute_signature(body, secret) if secret is not None else None
        delivery = Delivery(
            len(self.log) + 1, url, body, signature, payload.model_dump(mode="json", by_alias=True, exclude_none=True)
        )
        self.log.append(delivery)
        if not self.enabled:
            delivery.state = "skipped"
        elif not is_loopback(url):
            delivery.state = "refused"
        else:
            try:
                task = asyncio.get_running_loop().create_task(self._deliver(delivery))
            except RuntimeError:  # no loop (a synchronous caller): record, do not send
                delivery.state = "skipped"
            else:
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
        return delivery

    async def _deliver(self, delivery: Delivery) -> None:
        import httpx

        headers = {"Content-Type": "application/json"}
        if delivery.signature is not None:
            headers[SIGNATURE_HEADER] = delivery.signature
        # A client per delivery: callbacks are rare, and a client must not outlive its event loop.
        async with httpx.AsyncClient(timeout=self.timeout, follow_redirects=False, trust_env=False) as client:
            for attempt in range(self.max_attempts):
                try:
                    response = await client.post(delivery.url, content=delivery.body, headers=headers)
                    delivery.attempts.append({"status": response.status_code})
                    if 200 <= response.status_code < 300:
                        delivery.state = "delivered"
                        return
                except httpx.HTTPError as exc:
                    delivery.attempts.append({"error": type(exc).__name__})
                if attempt + 1 < self.max_attempts:
                    await asyncio.sleep(self.backoff * 2**attempt)
        delivery.state = "failed"

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait until every queued delivery has finished (tests; shutdown)."""
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=timeout)

    def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()
