"""The stateful mock of the Imported Numbers and Hosting Orders API (an ASGI app, built from the spec)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from .app import MockApp
from .faults import FAULTS

__all__ = ["FAULTS", "MockApp", "create_app"]


def create_app(
    spec: dict[str, Any] | None = None,
    *,
    fault: str | None = None,
    seed: int = 0,
    clock: Callable[[], float] | None = None,
    credentials: dict[str, str] | None = None,
    deliver_callbacks: bool = True,
    step_seconds: float = 5.0,
    callback_backoff: float = 0.5,
) -> MockApp:
    """The mock as an ASGI app serving `spec` (default: the seed with its overlay).

    `fault` switches on one known defect (see `FAULTS`); `seed` fixes generated ids and codes; `clock`
    (seconds) drives hosting-order progress, one state every `step_seconds`; `credentials` maps key ids
    to secrets (None: any non-empty pair); `deliver_callbacks=False` logs callbacks without sending them;
    failed deliveries are retried after `callback_backoff`, doubling each time.
    """
    if spec is None:
        from conformance.spec import load_effective_spec

        spec = load_effective_spec()
    return MockApp(
        spec,
        fault=fault,
        seed=seed,
        clock=clock or time.time,
        credentials=credentials,
        deliver_callbacks=deliver_callbacks,
        step_seconds=step_seconds,
        callback_backoff=callback_backoff,
    )
