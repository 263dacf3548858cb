"""black, in-process and in parallel, skipping files whose rendered text did not change."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor

import black

from .diagnostics import UsageError

_MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)
# Below this much Python to format, a process pool costs more than it saves.
_PARALLEL_THRESHOLD = 400_000


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _format_one(item: tuple[str, str]) -> tuple[str, str, str | None]:
    path, source = item
    try:
        return path, black.format_str(source, mode=_MODE), None
    except black.parsing.InvalidInput as exc:
        return path, source, str(exc)
    except Exception as exc:  # black's own failures, reported with the file they hit
        return path, source, f"{type(exc).__name__}: {exc}"


def format_python(files: Mapping[str, str], reuse: Mapping[str, str]) -> dict[str, str]:
    """Format every `.py` file; `reuse[path]` is the formatted text of an identical render."""
    out: dict[str, str] = {}
    todo: list[tuple[str, str]] = []
    for path, text in files.items():
        if not path.endswith(".py"):
            out[path] = text
        elif path in reuse:
            out[path] = reuse[path]
        else:
            todo.append((path, text))
    size = sum(len(t) for _, t in todo)
    workers = min(os.cpu_count() or 1, len(todo))
    if size >= _PARALLEL_THRESHOLD and workers > 1:
        todo.sort(key=lambda item: -len(item[1]))  # largest first, for a balanced finish
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            results = list(pool.map(_format_one, todo, chunksize=1))
    else:
        results = [_format_one(item) for item in todo]
    for path, text, error in results:
        if error is not None:
            raise UsageError(f"generated {path} is not valid Python (a template bug?): {error}")
        out[path] = text
    return {path: out[path] for path in files}
