"""Sending one operation: build the request, authenticate, retry, parse or raise."""

from __future__ import annotations

import asyncio
import contextvars
import datetime as _dt
import enum
import functools
import inspect
import json
import re
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, ParamSpec, TypeVar, overload
from urllib.parse import quote

import httpx
import pydantic

from ._auth import Auth
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseParseError,
    error_class,
)
from ._retry import RETRY_STATUSES, RetryPolicy

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Operation:
    """What a generated method knows about its endpoint; built once per method."""

    method: str
    path: str
    responses: Mapping[str, Any] = field(default_factory=dict)  # status -> annotation or None
    errors: Mapping[str, Any] = field(
        default_factory=dict
    )  # status -> annotation of the error body
    body_encoding: str | None = None  # json | form | multipart | bytes | text
    body_media_type: str | None = None


_PLACEHOLDER = re.compile(r"{([^{}/]+)}")
_adapters: dict[int, pydantic.TypeAdapter[Any]] = {}


def _adapter(annotation: Any) -> pydantic.TypeAdapter[Any]:
    key = id(annotation)
    adapter = _adapters.get(key)
    if adapter is None:
        adapter = _adapters[key] = pydantic.TypeAdapter(annotation)
    return adapter


def to_jsonable(value: Any) -> Any:
    """Models to their wire form (aliases, unset fields left out); enums to their values."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def _text(value: Any) -> str:
    value = to_jsonable(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def expand_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill `{name}` placeholders; every value is percent-encoded, `/` and `+` included."""
    return _PLACEHOLDER.sub(lambda m: quote(_text(values[m.group(1)]), safe=""), template)


QueryPairs = list[tuple[str, str | int | float | bool | None]]


def encode_query(params: Sequence[tuple[str, Any, str, bool]]) -> QueryPairs:
    """(name, value, style, explode) to query pairs; None values are left out."""
    pairs: QueryPairs = []
    for name, value, style, explode in params:
        if value is None:
            continue
        value = to_jsonable(value)
        if isinstance(value, list):
            if explode:
                pairs.extend((name, _text(v)) for v in value)
            else:
                sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
                pairs.append((name, sep.join(_text(v) for v in value)))
        elif isinstance(value, dict) and style == "deepObject":
            pairs.extend((f"{name}[{k}]", _text(v)) for k, v in value.items())
        elif isinstance(value, dict) and explode:
            pairs.extend((str(k), _text(v)) for k, v in value.items())
        elif isinstance(value, dict):
            pairs.append((name, ",".join(f"{k},{_text(v)}" for k, v in value.items())))
        else:
            pairs.append((name, _text(value)))
    return pairs


def _body(op: Operation, body: Any) -> dict[str, Any]:
    if body is None or op.body_encoding is None:
        return {}
    media = {"Content-Type": op.body_media_type} if op.body_media_type else {}
    if op.body_encoding == "json":
        content = json.dumps(to_jsonable(body), separators=(",", ":"), ensure_ascii=False)
        return {"content": content.encode("utf-8"), "headers": media}
    if op.body_encoding == "form":
        data = to_jsonable(body)
        return {"data": {k: _text(v) for k, v in data.items() if v is not None}}
    if op.body_encoding == "multipart":
        return {"files": dict(body)}
    if op.body_encoding == "text":
        return {"content": str(body).encode("utf-8"), "headers": media}
    return {"content": body, "headers": media}


@dataclass
class Call:
    """One call of a generated method: its arguments, as the method passed them."""

    op: Operation
    path: Mapping[str, Any] = field(default_factory=dict)
    query: Sequence[tuple[str, Any, str, bool]] = ()
    headers: Mapping[str, Any] = field(default_factory=dict)
    cookies: Mapping[str, Any] = field(default_factory=dict)
    body: Any = None
    timeout: float | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None


@dataclass
class RawResponse(Generic[T]):
    """A parsed result together with the HTTP exchange that produced it."""

    parsed: T
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers


_capture: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "_capture", default=None
)


@overload
def with_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]: ...  # type: ignore[overload-overlap]
@overload
def with_raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]: ...
def with_raw_response(method: Callable[P, Any]) -> Callable[P, Any]:
    """Wrap a client method so that it returns `RawResponse` (status, headers, parsed body)."""
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def call_async(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Any]:
            seen: list[httpx.Response] = []
            token = _capture.set(seen)
            try:
                parsed = await method(*args, **kwargs)
            finally:
                _capture.reset(token)
            return RawResponse(parsed, seen[-1])

        return call_async

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Any]:
        seen: list[httpx.Response] = []
        token = _capture.set(seen)
        try:
            parsed = method(*args, **kwargs)
        finally:
            _capture.reset(token)
        return RawResponse(parsed, seen[-1])

    return call


class _Base:
    def __init__(
        self,
        base_url: str,
        auth: Auth,
        retry: RetryPolicy,
        headers: Mapping[str, str] | None,
        defaults: Mapping[str, str | None],
    ) -> None:
        self.base_url = base_url
        self.auth = auth
        self.retry = retry
        self.headers = {"Accept": "application/json", **(headers or {})}
        self.defaults = dict(defaults)

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, call: Call, auth_headers: dict[str, str]
    ) -> httpx.Request:
        path = dict(call.path)
        for name, value in path.items():
            if value is None:
                value = self.defaults.get(name)
                if value is None:
                    raise ValueError(
                        f"{name} is required: pass it to this call or set it on the client"
                    )
                path[name] = value
        url = self.base_url.rstrip("/") + expand_path(call.op.path, path)
        query = encode_query(call.query)
        query.extend(self.auth.params().items())
        if call.extra_query:
            query.extend((k, _text(v)) for k, v in call.extra_query.items() if v is not None)
        headers = dict(self.headers)
        headers.update({k: _text(v) for k, v in call.headers.items() if v is not None})
        kwargs = _body(call.op, call.body)
        headers.update(kwargs.pop("headers", {}))
        headers.update(auth_headers)
        if call.extra_headers:
            headers.update(call.extra_headers)
        cookies = {k: _text(v) for k, v in call.cookies.items() if v is not None}
        extensions = (
            {"timeout": httpx.Timeout(call.timeout).as_dict()} if call.timeout is not None else None
        )
        return http.build_request(
            call.op.method,
            url,
            params=httpx.QueryParams(query) if query else None,
            headers=headers,
            cookies=cookies or None,
            extensions=extensions,
            **kwargs,
        )

    def _policy(self, call: Call) -> RetryPolicy:
        if call.max_retries is None:
            return self.retry
        return RetryPolicy(
            call.max_retries,
            self.retry.initial_delay,
            self.retry.max_delay,
            self.retry.total_timeout,
            self.retry.retry_non_idempotent,
        )

    @staticmethod
    def _finish(op: Operation, response: httpx.Response) -> Any:
        seen = _capture.get()
        if seen is not None:
            seen.append(response)
        return parse_response(op, response)


class _Attempts:
    """The retry decisions for one call, shared by the sync and async transports.

    After each attempt: a number of seconds to wait before the next one, or None, after which
    `done` says whether to stop (then `result()` parses or raises) or to retry at once (a
    401 after which the credentials were refreshed).
    """

    def __init__(self, transport: _Base, call: Call) -> None:
        self.transport, self.call = transport, call
        self.policy = transport._policy(call)
        self.started, self.count, self.reauthed = time.monotonic(), 0, False
        self.done = False
        self._response: httpx.Response | None = None
        self._error: Exception | None = None

    def failed(self, exc: httpx.TransportError, request: httpx.Request) -> float | None:
        op = self.call.op
        if isinstance(exc, httpx.TimeoutException):
            error: Exception = APITimeoutError(
                f"{op.method} {op.path}: timed out ({type(exc).__name__})", request
            )
        else:
            error = APIConnectionError(f"{op.method} {op.path}: {type(exc).__name__}", request)
        self._response, self._error = None, error
        return self._next()

    def answered(self, response: httpx.Response) -> float | None:
        self._response, self._error = response, None
        if response.status_code == 401 and not self.reauthed and self.transport.auth.invalidate():
            self.reauthed = True
            return None  # not done: send again with fresh credentials
        return self._next()

    def _next(self) -> float | None:
        if _retryable(self.call.op, self._response, self.policy):
            self.count += 1
            wait = self.policy.delay(self.count, self._response, self.started)
            if wait is not None:
                return wait
        self.done = True
        return None

    def result(self) -> Any:
        if self._response is None:
            assert self._error is not None
            raise self._error
        return self.transport._finish(self.call.op, self._response)


class SyncTransport(_Base):
    """Sends operations with an httpx.Client."""

    def __init__(self, http: httpx.Client | None, timeout: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns = http is None
        self.http = http or httpx.Client(timeout=timeout)

    def request(self, op: Operation, **parts: Any) -> Any:
        attempts = _Attempts(self, Call(op, **parts))
        while True:
            request = self._build(self.http, attempts.call, self.auth.headers(self.http))
            try:
                response = self.http.send(request)
                response.read()
            except httpx.TransportError as exc:
                wait = attempts.failed(exc, request)
            else:
                wait = attempts.answered(response)
            if wait is not None:
                time.sleep(wait)
            elif attempts.done:
                return attempts.result()

    def close(self) -> None:
        if self._owns:
            self.http.close()


class AsyncTransport(_Base):
    """Sends operations with an httpx.AsyncClient."""

    def __init__(self, http: httpx.AsyncClient | None, timeout: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns = http is None
        self.http = http or httpx.AsyncClient(timeout=timeout)

    async def request(self, op: Operation, **parts: Any) -> Any:
        attempts = _Attempts(self, Call(op, **parts))
        while True:
            request = self._build(self.http, attempts.call, await self.auth.aheaders(self.http))
            try:
                response = await self.http.send(request)
                await response.aread()
            except httpx.TransportError as exc:
                wait = attempts.failed(exc, request)
            else:
                wait = attempts.answered(response)
            if wait is not None:
                await asyncio.sleep(wait)
            elif attempts.done:
                return attempts.result()

    async def close(self) -> None:
        if self._owns:
            await self.http.aclose()


def _retryable(op: Operation, response: httpx.Response | None, policy: RetryPolicy) -> bool:
    if not policy.allows(op.method):
        return False
    return response is None or response.status_code in RETRY_STATUSES


def parse_response(op: Operation, response: httpx.Response) -> Any:
    """The documented success body as its type, or the typed error for anything else."""
    status = str(response.status_code)
    success = 200 <= response.status_code < 300
    if status in op.responses:
        annotation = op.responses[status]
    elif f"{status[0]}XX" in op.responses:
        annotation = op.responses[f"{status[0]}XX"]
    elif success and ("default" in op.responses or not op.responses):
        annotation = op.responses.get("default")
    else:
        raise _error(op, response)
    if annotation is None:
        return None
    if annotation is bytes:
        return response.content
    if annotation is str:
        return response.text
    try:
        return _adapter(annotation).validate_json(response.content or b"null")
    except pydantic.ValidationError as exc:
        raise ResponseParseError(response, _first_error(exc)) from None


def _error(op: Operation, response: httpx.Response) -> APIStatusError:
    status = str(response.status_code)
    annotation = op.errors.get(status, op.errors.get(f"{status[0]}XX", op.errors.get("default")))
    if annotation is None and op.errors:
        # An undocumented status: try the error schema the operation documents elsewhere.
        annotation = next((a for a in op.errors.values() if a is not None), None)
    parsed = None
    if annotation is not None and response.content:
        try:
            parsed = _adapter(annotation).validate_json(response.content)
        except (pydantic.ValidationError, ValueError):
            parsed = None
    return error_class(response.status_code)(response, parsed)


def _first_error(exc: pydantic.ValidationError) -> str:
    errors = exc.errors(include_url=False, include_input=False)
    if not errors:
        return str(exc)
    first = errors[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "body"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg')}{more}"
