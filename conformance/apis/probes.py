"""Follow-up requests a behavioural check sends through the run's own transport, recorded under the case.

A probe keeps the checked request's credentials and the run's transport settings, and is recorded as a
child of the checked case, so it counts in coverage and appears in the reproduction of a failure.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NoReturn

from schemathesis.core.failures import Failure


class BehaviourFailure(Failure):
    """A behaviour the API's documentation states was not observed."""

    kind_title = "API behaviour differs from its documentation"


# Called after every probe with (method, path template, path parameters, body sent, response):
# an API module watches what its probes create, for cleanup.
ProbeObserver = Callable[[str, str, dict[str, str], Any, Any], None]
_observers: list[ProbeObserver] = []


def observe(observer: ProbeObserver) -> None:
    """Call `observer` after every probe (once, however often it is registered)."""
    if observer not in _observers:
        _observers.append(observer)


def fail(case: Any, title: str, message: str) -> NoReturn:
    raise BehaviourFailure(operation=case.operation.label, title=title, message=message)


def probe(
    ctx: Any,
    case: Any,
    response: Any,
    method: str,
    path: str,
    path_parameters: dict[str, str],
    *,
    query: dict[str, Any] | None = None,
    body: Any = None,
) -> Any:
    """Send `method path` as a child of `case`; returns schemathesis' Response."""
    schema = case.operation.schema
    operation = schema[path][method.upper()]
    headers: dict[str, str] = {}
    sent = getattr(response, "request", None)
    authorization = sent.headers.get("Authorization") if sent is not None else None
    if authorization:
        headers["Authorization"] = authorization
    kwargs: dict[str, Any] = {"path_parameters": path_parameters, "headers": headers}
    if query:
        kwargs["query"] = query
    if body is not None:
        kwargs["body"] = body
        kwargs["media_type"] = "application/json"
    new_case = operation.Case(**kwargs)
    transport_kwargs = dict(ctx.internals.transport_kwargs or {})
    if operation.app is not None:
        transport_kwargs.setdefault("app", operation.app)
    ctx.internals.record_case(parent_id=case.id, case=new_case)
    result = schema.transport.send(new_case, **transport_kwargs)
    ctx.internals.record_response(case_id=new_case.id, response=result)
    for observer in _observers:
        observer(method.upper(), path, path_parameters, body, result)
    return result


def json_body(response: Any) -> Any:
    """The response's JSON body, or None when it has none or it is not JSON."""
    try:
        return json.loads(response.content or b"null")
    except (ValueError, UnicodeDecodeError):
        return None


def is_success(response: Any) -> bool:
    return 200 <= int(response.status_code) < 300
