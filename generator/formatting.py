"""black, in-process and in parallel, skipping files whose rendered text did not change.

Large modules are cut at top-level `class` statements into chunks that black formats
independently (black treats top-level statements independently, apart from the two blank
lines between them, which the join restores), so two cores share even a single big file.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor

import black

from .diagnostics import UsageError

MODE = black.Mode(target_versions={black.mode.TargetVersion.PY311}, line_length=100)
_PARALLEL_THRESHOLD = 40_000  # bytes of Python; below it a process pool costs more than it saves
_CHUNK = 24_000
_TOP_LEVEL_CLASS = re.compile(r"\n(?=class )")


def _format_chunk(item: tuple[str, int, str]) -> tuple[str, int, str, str | None]:
    path, index, source = item
    try:
        return path, index, black.format_str(source, mode=MODE), None
    except black.parsing.InvalidInput as exc:
        return path, index, source, str(exc)
    except Exception as exc:  # black's own failures, reported with the file they hit
        return path, index, source, f"{type(exc).__name__}: {exc}"


def split_chunks(source: str) -> list[str]:
    """Cut a module before top-level classes into pieces of about _CHUNK characters."""
    if len(source) <= _CHUNK:
        return [source]
    pieces = _TOP_LEVEL_CLASS.split(source)
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + len(piece) > _CHUNK:
            chunks.append(current)
            current = piece
        else:
            current = f"{current}\n{piece}" if current else piece
    chunks.append(current)
    # black ends a module with one newline; a chunk cut before a class ends with the blank
    # lines that separated them (the join restores them). Trimmed, a chunk that black leaves
    # as it is differs from black's output in nothing, so black stops after one pass.
    return [chunk.rstrip("\n") + "\n" for chunk in chunks[:-1]] + chunks[-1:]


def check_compiles(files: Mapping[str, str]) -> dict[str, str]:
    """The files unchanged, after proving every `.py` among them compiles (no black)."""
    for path, text in files.items():
        if path.endswith(".py"):
            try:
                compile(text, path, "exec", dont_inherit=True)
            except SyntaxError as exc:
                raise UsageError(f"generated {path} is not valid Python (a template bug?): {exc}") from None
    return dict(files)


def format_python(
    files: Mapping[str, str], reuse: Mapping[str, str], verbatim: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Format every `.py` file except those in `verbatim`; `reuse[path]` is known output."""
    out: dict[str, str] = {}
    todo: list[tuple[str, int, str]] = []
    counts: dict[str, int] = {}
    for path, text in files.items():
        if not path.endswith(".py") or path in verbatim:
            out[path] = text
        elif path in reuse:
            out[path] = reuse[path]
        else:
            chunks = split_chunks(text)
            counts[path] = len(chunks)
            todo.extend((path, i, chunk) for i, chunk in enumerate(chunks))
    size = sum(len(t) for _, _, t in todo)
    workers = min(os.cpu_count() or 1, len(todo))
    if size >= _PARALLEL_THRESHOLD and workers > 1:
        todo.sort(key=lambda item: -len(item[2]))  # largest first, for a balanced finish
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            results = list(pool.map(_format_chunk, todo, chunksize=1))
    else:
        results = [_format_chunk(item) for item in todo]
    pieces: dict[str, list[str]] = {path: [""] * n for path, n in counts.items()}
    for path, index, text, error in results:
        if error is not None:
            raise UsageError(f"generated {path} is not valid Python (a template bug?): {error}")
        pieces[path][index] = text
    for path, parts in pieces.items():
        out[path] = "\n\n".join(parts)
    # black parses but does not compile: duplicate arguments and the like show up only here.
    check_compiles({path: out[path] for path in counts})
    return {path: out[path] for path in files}
