"""The ASGI application: route, authenticate, validate, dispatch to the resource handlers, render errors.

Everything after the body is read runs without an await, so two concurrent requests can never interleave
between a check and the change it guards (the app runs on one event loop).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from . import admin, callback_config, hosting_orders, imported_numbers, progress, qualified_numbers
from .auth import Authenticator
from .context import Mock, Response
from .delivery import Dispatcher, preload
from .errors import ApiError, error_body
from .faults import check_fault
from .routing import Operation, Router, compile_operations, parse_query, validate

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Handler = Callable[[Mock, Any], Response]

log = logging.getLogger("conformance.mock")

HANDLERS: dict[str, Handler] = {
    "ImportNumberService_ListImportedNumbers": imported_numbers.list_numbers,
    "ImportNumberService_ImportNumber": imported_numbers.import_number,
    "ImportNumberService_GetImportedNumber": imported_numbers.get_number,
    "ImportNumberService_DeleteImportedNumber": imported_numbers.delete_number,
    "ImportNumberService_UpdateImportedNumber": imported_numbers.update_number,
    "HostingOrderService_ListHostingOrders": hosting_orders.list_orders,
    "HostingOrderService_GetHostingOrder": hosting_orders.get_order,
    "GetHostingOrderReport": hosting_orders.get_report,
    "HostingOrderService_ListHostingOrderNumbers": hosting_orders.list_order_numbers,
    "HostingOrderService_GetHostingOrderNumber": hosting_orders.get_order_number,
    "HostingOrderService_ImportNumbers": hosting_orders.import_numbers,
    "TextEnableNumbers": hosting_orders.text_enable,
    "TextEnableTollFreeNumbers": hosting_orders.text_enable,
    "GetCallbackConfiguration": callback_config.get_configuration,
    "UpdateCallbackConfiguration": callback_config.update_configuration,
    "QualifiedNumberService_ListQualifiedNumbers": qualified_numbers.list_numbers,
    "QualifiedNumberService_GetQualifiedNumber": qualified_numbers.get_number,
    "QualifiedNumberService_DeleteQualifiedNumber": qualified_numbers.delete_number,
    "QualifiedNumberService_BatchCreateQualifiedNumbers": qualified_numbers.add_numbers,
    "QualifiedNumberService_TextEnableNumbers": qualified_numbers.text_enable,
    "QualifiedNumbersTextEnableTollFreeNumbers": qualified_numbers.text_enable_toll_free,
    "QualifiedNumberService_VerifyVoiceChallenge": qualified_numbers.verify_challenge,
    "QualifiedNumberService_SendVoiceChallenge": qualified_numbers.send_challenge,
}
# The nested error shapes (InvalidArgument, NotFound, InternalError) fix their status names by enum.
NESTED_STATUS = {400: "INVALID_ARGUMENT", 404: "NOT_FOUND", 500: "INTERNAL"}
MAX_BODY = 1 << 20
TICK_SECONDS = 0.2


def encode(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, bytes):
        return body
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


class MockApp:
    """A pure ASGI application serving the stateful mock."""

    def __init__(
        self,
        spec: dict[str, Any],
        *,
        fault: str | None,
        seed: int,
        clock: Callable[[], float],
        credentials: dict[str, str] | None,
        deliver_callbacks: bool,
        step_seconds: float,
        callback_backoff: float,
    ) -> None:
        from .store import Store

        self.spec = spec
        self.fault = check_fault(fault)
        self.mock = Mock(
            Store(seed, clock),
            Dispatcher(enabled=deliver_callbacks, backoff=callback_backoff),
            self.fault,
            step_seconds,
        )
        self.auth = Authenticator(credentials, clock)
        self.router = Router(compile_operations(spec))
        self.spec_json = json.dumps(spec).encode()
        self._ticker: asyncio.Task[None] | None = None
        self._preloading: asyncio.Future[None] | None = None

    # --- ASGI -------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self._http(scope, receive, send)
        elif scope["type"] == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                loop = asyncio.get_running_loop()
                self._ticker = loop.create_task(self._tick_forever())
                self._preloading = loop.run_in_executor(None, preload)
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._ticker is not None:
                    self._ticker.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await self._ticker
                self.mock.dispatcher.cancel()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _tick_forever(self) -> None:
        """While served, progress happens on time even when nobody asks (so callbacks go out on time)."""
        while True:
            await asyncio.sleep(TICK_SECONDS)
            try:
                progress.tick(self.mock)
            except Exception:  # never let a bug stop the clock; it shows in the log
                log.exception("progress tick failed")

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        chunks: list[bytes] = []
        size, too_large = 0, False
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                too_large = True
            elif chunk:
                chunks.append(chunk)
            more = message.get("more_body", False)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        raw_path = scope.get("raw_path") or scope.get("path", "/").encode("utf-8")
        path_text = raw_path.decode("latin-1").split("?", 1)[0]
        try:
            if too_large:
                response = Response(
                    400, error_body(ApiError(400, "the request body is larger than 1 MiB"), nested=False)
                )
            else:
                query = scope.get("query_string", b"")
                response = self.dispatch(scope["method"], path_text, query, headers, b"".join(chunks))
            body = encode(response.body)
        except Exception:  # a bug of the mock: answer in the documented shape, and say so in the log
            log.exception("internal error answering %s %s", scope.get("method"), path_text)
            response = Response(500, error_body(ApiError(500, "internal error of the mock"), nested=False))
            body = encode(response.body)
        out_headers = [(b"content-length", str(len(body)).encode())]
        if response.body is not None:
            out_headers.append((b"content-type", response.content_type.encode()))
        out_headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
        await send({"type": "http.response.start", "status": response.status, "headers": out_headers})
        await send({"type": "http.response.body", "body": body})

    # --- one request, synchronously -----------------------------------------------------------

    def dispatch(self, method: str, path: str, query_string: bytes, headers: dict[str, str], body: bytes) -> Response:
        if path.startswith("/_mock/") or path == "/openapi.json":
            try:
                query = parse_query(query_string)
            except ApiError as exc:
                return Response(400, error_body(exc, nested=False))
            return admin.handle(self.mock, method, path, query, self.spec_json)
        if path == "/oauth2/token":
            if method != "POST":
                return Response(405, None, {"allow": "POST"})
            return self.auth.token(headers.get("authorization", ""), body)
        progress.tick(self.mock)
        op: Operation | None = None
        try:
            try:
                op, path_params = self.router.match(method, path)
            except UnicodeDecodeError:
                raise ApiError(404, "no such resource") from None
            if (
                op.secured
                and not self.mock.fault_is("auth-ignored")
                and not self.auth.allows(headers.get("authorization", ""))
            ):
                raise ApiError(
                    401, "missing or invalid credentials", headers={"www-authenticate": 'Basic realm="sinch"'}
                )
            ignore = frozenset({"phoneNumber"}) if self.mock.fault_is("validation-gap") else frozenset()
            request = validate(
                op, path_params, parse_query(query_string), body, headers.get("content-type", ""), ignore
            )
            handler = HANDLERS.get(op.operation_id)
            if handler is None:
                raise ApiError(404, f"{op.operation_id} is not served by the mock")
            return handler(self.mock, request)
        except ApiError as exc:
            return self._error(op, exc)

    def _error(self, op: Operation | None, exc: ApiError) -> Response:
        nested = op is not None and exc.status in op.nested_errors
        if nested:
            exc.status_name = NESTED_STATUS.get(exc.status, exc.status_name)
        body = error_body(exc, nested=nested)
        if self.mock.fault_is("error-shape-wrong"):
            body = {"code": exc.status, "message": exc.message, "status": exc.status_name or "ERROR"}
        return Response(exc.status, body, dict(exc.headers))
