"""What every handler works with: the store, the active fault, callback delivery, and the response type."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .delivery import Dispatcher
from .faults import FAULTS
from .store import Store


@dataclass
class Response:
    status: int
    body: Any = None  # a JSON value; None sends an empty body
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


class Mock:
    """The mock's moving parts, shared by the handlers of every resource."""

    def __init__(self, store: Store, dispatcher: Dispatcher, fault: str | None, step_seconds: float) -> None:
        self.store = store
        self.dispatcher = dispatcher
        self.fault = fault
        self.step_seconds = step_seconds

    def fault_is(self, name: str) -> bool:
        assert name in FAULTS, name  # a typo here would silently disable a fault
        return self.fault == name

    def emit(
        self,
        project_id: str,
        url: str | None,
        *,
        resource_type: str,
        resource_id: str,
        event_type: str,
        status: str = "SUCCEEDED",
        failure_code: str | None = None,
    ) -> None:
        """Send one event to `url` (if given), signed with the project's HMAC secret."""
        if not url:
            return
        # Imported here, not at the top: the generated models take about a second to import, which would
        # double the mock's startup; the app preloads them in a thread once it is serving.
        from sinch_imported_numbers import models

        payload = models.CallbackPayload(
            event_id=self.store.new_id(),
            timestamp=self.store.timestamp(),
            project_id=project_id,
            resource_id=resource_id,
            resource_type=models.CallbackPayloadResourceType(resource_type),
            event_type=models.CallbackPayloadEventType(event_type),
            status=status,
            failure_code=models.CallbackPayloadFailureCode(failure_code) if failure_code else None,
        )
        secret = self.store.project(project_id).hmac_secret or None  # no secret configured: unsigned
        if secret is not None and self.fault_is("callback-bad-signature"):
            secret = ""  # the defect: an empty key, so a receiver's verification fails
        self.dispatcher.send(url, payload, secret)
