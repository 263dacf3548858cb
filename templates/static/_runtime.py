"""Runtime support shared by every generated client: models base, open enums, transport.

This module does not depend on the spec; the generator copies it into the package as is.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
import pydantic

__all__ = [
    "ApiModel",
    "ApiError",
    "OpenIntEnum",
    "OpenStrEnum",
    "Operation",
    "SyncTransport",
    "AsyncTransport",
    "ResponseParseError",
    "wire_names",
]


class ApiModel(pydantic.BaseModel):
    """Base of every generated model: snake_case attributes, the spec's names on the wire.

    Unknown properties from the server are kept (`model_extra`), so a newer server never
    breaks an older client.
    """

    model_config = pydantic.ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="allow",
        use_enum_values=False,
    )


def wire_names(names: Mapping[str, str]) -> pydantic.ConfigDict:
    """Model config mapping attribute names to the spec's property names (both accepted)."""
    table = dict(names)

    def alias(name: str) -> str:
        return table.get(name, name)

    return pydantic.ConfigDict(
        alias_generator=pydantic.AliasGenerator(validation_alias=alias, serialization_alias=alias)
    )


class OpenStrEnum(str, enum.Enum):
    """A string enum that accepts values the spec did not list (a newer server's values).

    Such a value becomes a pseudo-member whose `is_known` is False, instead of an error.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, enum.Enum):
    """An integer enum that accepts values the spec did not list (see OpenStrEnum)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__


class ApiError(Exception):
    """The server answered with a status the operation does not document as success."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = response.content
        reason = response.reason_phrase or "error"
        path = response.request.url.raw_path.split(b"?")[0].decode("ascii", "replace")
        super().__init__(f"{response.request.method} {path} -> {self.status_code} {reason}")


class ResponseParseError(ApiError):
    """A success response whose body does not match the documented schema."""

    def __init__(self, response: httpx.Response, detail: str) -> None:
        super().__init__(response)
        self.detail = detail
        self.args = (f"{self.args[0]}: body does not match the spec: {detail}",)


@dataclass(frozen=True)
class Operation:
    """What a generated method knows about its endpoint; built once per method."""

    method: str
    path: str
    responses: Mapping[str, Any] = field(default_factory=dict)  # status -> annotation or None
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


def _scalar_text(value: Any) -> str:
    value = to_jsonable(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def expand_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill `{name}` placeholders; every value is percent-encoded, `/` and `+` included."""

    def fill(match: re.Match[str]) -> str:
        return quote(_scalar_text(values[match.group(1)]), safe="")

    return _PLACEHOLDER.sub(fill, template)


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
                pairs.extend((name, _scalar_text(v)) for v in value)
            else:
                sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
                pairs.append((name, sep.join(_scalar_text(v) for v in value)))
        elif isinstance(value, dict) and style == "deepObject":
            pairs.extend((f"{name}[{k}]", _scalar_text(v)) for k, v in value.items())
        elif isinstance(value, dict) and explode:
            pairs.extend((str(k), _scalar_text(v)) for k, v in value.items())
        elif isinstance(value, dict):
            pairs.append((name, ",".join(f"{k},{_scalar_text(v)}" for k, v in value.items())))
        else:
            pairs.append((name, _scalar_text(value)))
    return pairs


def _body_kwargs(op: Operation, body: Any) -> dict[str, Any]:
    if body is None or op.body_encoding is None:
        return {}
    media = {"Content-Type": op.body_media_type} if op.body_media_type else {}
    if op.body_encoding == "json":
        content = json.dumps(to_jsonable(body), separators=(",", ":"), ensure_ascii=False)
        return {"content": content.encode("utf-8"), "headers": media}
    if op.body_encoding == "form":
        data = to_jsonable(body)
        return {"data": {k: _scalar_text(v) for k, v in data.items() if v is not None}}
    if op.body_encoding == "multipart":
        return {"files": {k: v for k, v in body.items()}}
    if op.body_encoding == "text":
        return {"content": str(body).encode("utf-8"), "headers": media}
    return {"content": body, "headers": media}


@dataclass
class _Call:
    op: Operation
    path: Mapping[str, Any] = field(default_factory=dict)
    query: Sequence[tuple[str, Any, str, bool]] = ()
    headers: Mapping[str, Any] = field(default_factory=dict)
    cookies: Mapping[str, Any] = field(default_factory=dict)
    body: Any = None
    timeout: float | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None


def build_request(
    client: httpx.Client | httpx.AsyncClient, base_url: str, call: _Call
) -> httpx.Request:
    url = base_url.rstrip("/") + expand_path(call.op.path, call.path)
    query = encode_query(call.query)
    if call.extra_query:
        query.extend((k, _scalar_text(v)) for k, v in call.extra_query.items() if v is not None)
    headers = {k: _scalar_text(v) for k, v in call.headers.items() if v is not None}
    kwargs = _body_kwargs(call.op, call.body)
    headers.update(kwargs.pop("headers", {}))
    if call.extra_headers:
        headers.update(call.extra_headers)
    cookies = {k: _scalar_text(v) for k, v in call.cookies.items() if v is not None}
    extensions = {}
    if call.timeout is not None:
        extensions["timeout"] = httpx.Timeout(call.timeout).as_dict()
    request = client.build_request(
        call.op.method,
        url,
        params=httpx.QueryParams(query) if query else None,
        headers=headers or None,
        cookies=cookies or None,
        extensions=extensions or None,
        **kwargs,
    )
    return request


def parse_response(op: Operation, response: httpx.Response) -> Any:
    status = str(response.status_code)
    if status in op.responses:
        annotation = op.responses[status]
    elif f"{status[0]}XX" in op.responses:
        annotation = op.responses[f"{status[0]}XX"]
    elif 200 <= response.status_code < 300 and "default" in op.responses:
        annotation = op.responses["default"]
    elif 200 <= response.status_code < 300 and not op.responses:
        annotation = None
    else:
        raise ApiError(response)
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


def _first_error(exc: pydantic.ValidationError) -> str:
    errors = exc.errors(include_url=False, include_input=False)
    if not errors:
        return str(exc)
    first = errors[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "body"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg')}{more}"


def _default_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    out = {"Accept": "application/json"}
    out.update(headers or {})
    return out


class SyncTransport:
    """Sends one operation's request with httpx.Client and parses the documented response."""

    def __init__(
        self,
        base_url: str,
        http_client: httpx.Client | None,
        timeout: float,
        headers: Mapping[str, str] | None,
    ) -> None:
        self._owns_client = http_client is None
        self.http = http_client or httpx.Client(timeout=timeout)
        self.base_url = base_url
        self.headers = _default_headers(headers)

    def request(self, op: Operation, **parts: Any) -> Any:
        call = _Call(op, **parts)
        request = build_request(self.http, self.base_url, call)
        for key, value in self.headers.items():
            request.headers.setdefault(key, value)
        response = self.http.send(request)
        response.read()
        return parse_response(op, response)

    def close(self) -> None:
        if self._owns_client:
            self.http.close()


class AsyncTransport:
    """Sends one operation's request with httpx.AsyncClient and parses the documented response."""

    def __init__(
        self,
        base_url: str,
        http_client: httpx.AsyncClient | None,
        timeout: float,
        headers: Mapping[str, str] | None,
    ) -> None:
        self._owns_client = http_client is None
        self.http = http_client or httpx.AsyncClient(timeout=timeout)
        self.base_url = base_url
        self.headers = _default_headers(headers)

    async def request(self, op: Operation, **parts: Any) -> Any:
        call = _Call(op, **parts)
        request = build_request(self.http, self.base_url, call)
        for key, value in self.headers.items():
            request.headers.setdefault(key, value)
        response = await self.http.send(request)
        await response.aread()
        return parse_response(op, response)

    async def close(self) -> None:
        if self._owns_client:
            await self.http.aclose()
