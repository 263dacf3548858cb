"""What a run is asked to do: target, credentials, budget, scope and reports."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.diagnostics import UsageError

from .results import PHASES

MOCK_KEY_ID = "conformance-key"
MOCK_KEY_SECRET = "conformance-secret"


@dataclass(frozen=True)
class Credentials:
    """How the kit authenticates: HTTP Basic, a bearer token, or OAuth2 client credentials."""

    kind: str  # "basic" | "bearer" | "oauth2"
    user: str = ""
    secret: str = ""
    token_url: str | None = None

    @property
    def secrets(self) -> list[str]:
        """The secret, and for Basic auth the header value that carries it (base64 of id:secret)."""
        import base64

        out = [self.secret] if self.secret else []
        if self.user and self.secret:
            out.append(base64.b64encode(f"{self.user}:{self.secret}".encode()).decode())
        return out

    @classmethod
    def parse(cls, kind: str, value: str, source: str) -> Credentials:
        """`basic:ID:SECRET` / `ID:SECRET` for basic and oauth2, `TOKEN` for bearer."""
        if kind == "bearer":
            if not value.strip():
                raise UsageError(f"{source}: the bearer token is empty")
            return cls("bearer", secret=value.strip())
        text = value[len("basic:") :] if kind == "basic" and value.startswith("basic:") else value
        user, sep, secret = text.partition(":")
        if not sep or not user or not secret:
            shape = "basic:ID:SECRET" if kind == "basic" else "ID:SECRET"
            raise UsageError(f"{source}: expected {shape}")
        return cls(kind, user=user, secret=secret)


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based
    total: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
        if not match:
            raise UsageError(f"--shard: expected K/N (e.g. 2/4), got {text!r}")
        index, total = int(match[1]), int(match[2])
        if total < 1 or not 1 <= index <= total:
            raise UsageError(f"--shard: K must be between 1 and N, got {text!r}")
        return cls(index, total)

    def __str__(self) -> str:
        return f"{self.index}/{self.total}"


@dataclass
class RunOptions:
    base_url: str | None = None
    mock: bool = False
    mock_fault: str | None = None
    spec: Path | None = None
    overlay: Path | None = None
    no_overlay: bool = False
    credentials: Credentials | None = None
    max_examples: int = 25
    max_time: float | None = None
    seed: int | None = None
    workers: int = 1
    rate_limit: str | None = None
    request_timeout: float = 10.0
    phases: list[str] = field(default_factory=lambda: list(PHASES))
    operations: list[str] = field(default_factory=list)
    read_only: bool = False
    keep_created: bool = False  # leave what the run created on the target (no cleanup)
    shard: Shard | None = None
    api: str = "auto"
    stateful_steps: int | None = None
    callback_listen: str | None = None  # HOST:PORT the kit's callback receiver listens on
    callback_url: str | None = None  # the URL the target must call to reach that receiver
    progress_timeout: float | None = None  # how long asynchronous progress may take (None: unchecked)

    def validate(self) -> None:
        if self.mock == bool(self.base_url):
            raise UsageError("choose a target: --base-url URL or --mock")
        if self.mock_fault and not self.mock:
            raise UsageError("--mock-fault needs --mock")
        if not self.phases:
            raise UsageError(f"--phases: name at least one of {', '.join(PHASES)}")
        if self.stateful_steps is not None and self.stateful_steps < 2:
            raise UsageError("--stateful-steps must be at least 2")
        unknown = [p for p in self.phases if p not in PHASES]
        if unknown:
            raise UsageError(f"--phases: unknown phase {unknown[0]!r} (choose from {', '.join(PHASES)})")
        if self.max_examples < 1:
            raise UsageError("--max-examples must be at least 1")
        if self.workers < 1:
            raise UsageError("--workers must be at least 1")
        if self.max_time is not None and self.max_time <= 0:
            raise UsageError("--max-time must be positive")
        if self.callback_listen and not re.fullmatch(r"[^\s:]*:\d{1,5}", self.callback_listen):
            raise UsageError(f"--callback-listen: expected HOST:PORT, got {self.callback_listen!r}")
        if self.callback_listen and int(self.callback_listen.rpartition(":")[2]) > 65535:
            raise UsageError(f"--callback-listen: no such port in {self.callback_listen!r}")
        if self.progress_timeout is not None and self.progress_timeout <= 0:
            raise UsageError("--progress-timeout must be positive")
        if self.request_timeout <= 0:
            raise UsageError("--request-timeout must be positive")


def parse_rate_limit(text: str) -> str:
    """`5` (per second) or schemathesis' `N/s`, `N/m`, `N/h` forms."""
    value = text.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        if float(value) <= 0:
            raise UsageError("--rate-limit must be positive")
        # schemathesis takes whole requests per period: express fractions per minute or hour
        per_second = float(value)
        if per_second.is_integer():
            return f"{int(per_second)}/s"
        if (per_second * 60).is_integer():
            return f"{int(per_second * 60)}/m"
        return f"{max(1, round(per_second * 3600))}/h"
    if re.fullmatch(r"\d+/[smh]", value) and int(value.split("/")[0]) > 0:
        return value
    raise UsageError(f"--rate-limit: expected requests per second (e.g. 5) or N/s, N/m, N/h, got {text!r}")
