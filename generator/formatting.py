"""black, in-process and in parallel, skipping what is known to come out unchanged.

Large modules are cut at top-level `class` statements into units, packed into chunks that
black formats independently (black treats top-level statements independently, apart from the
two blank lines between them, which the join restores), so two cores share even a single big
file. The templates render what black writes, so black usually returns a chunk as it was;
the digests of the units of such chunks are kept in the output's manifest (`stable`), and a
later run with the same black skips every chunk made only of units known to be stable (black
would return them unchanged, by the same independence). A fresh output folder has no manifest:
there, every chunk goes through black.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata

import black

from .diagnostics import UsageError

MODE = black.Mode(target_versions={black.mode.TargetVersion.PY311}, line_length=100)
# What the `stable` digests are valid for: the same black with the same mode.
FORMATTER = f"black {metadata.version('black')} line-length {MODE.line_length} py311"
_PARALLEL_THRESHOLD = 40_000  # bytes of Python; below it a process pool costs more than it saves
_CHUNK = 24_000
_TOP_LEVEL_CLASS = re.compile(r"\n(?=class )")


@dataclass
class Formatted:
    files: dict[str, str]
    stable: set[str] = field(default_factory=set)  # digests of units black left unchanged
    chunks_formatted: int = 0
    chunks_skipped: int = 0


def unit_digest(unit: str) -> str:
    return hashlib.sha256(unit.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _format_chunk(item: tuple[str, int, str]) -> tuple[str, int, str, str | None]:
    path, index, source = item
    try:
        return path, index, black.format_str(source, mode=MODE), None
    except black.parsing.InvalidInput as exc:
        return path, index, source, str(exc)
    except Exception as exc:  # black's own failures, reported with the file they hit
        return path, index, source, f"{type(exc).__name__}: {exc}"


def split_units(source: str) -> list[str]:
    """Cut a module before top-level classes. Every unit but the last ends in one newline
    (black ends a module so): joined with two blank lines they give the module back."""
    if len(source) <= _CHUNK:
        return [source]
    pieces = _TOP_LEVEL_CLASS.split(source)
    return [piece.rstrip("\n") + "\n" for piece in pieces[:-1]] + pieces[-1:]


def pack(units: list[str]) -> list[list[str]]:
    """Consecutive units grouped into chunks of about _CHUNK characters (a function of the
    units alone, so the same module always gives the same chunks)."""
    chunks: list[list[str]] = []
    size = 0
    for unit in units:
        if chunks and size + len(unit) <= _CHUNK:
            chunks[-1].append(unit)
            size += len(unit) + 2
        else:
            chunks.append([unit])
            size = len(unit)
    return chunks


def split_chunks(source: str) -> list[str]:
    """The chunks of a module as text."""
    return ["\n\n".join(chunk) for chunk in pack(split_units(source))]


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
    files: Mapping[str, str],
    reuse: Mapping[str, str],
    verbatim: frozenset[str] = frozenset(),
    known_stable: frozenset[str] = frozenset(),
) -> Formatted:
    """Format every `.py` file except those in `verbatim`; `reuse[path]` is known output;
    `known_stable` holds digests of units black is known to leave unchanged."""
    result = Formatted({})
    out: dict[str, str] = {}
    todo: list[tuple[str, int, str]] = []
    units_of: dict[tuple[str, int], list[str]] = {}
    pieces: dict[str, list[str]] = {}
    for path, text in files.items():
        if not path.endswith(".py") or path in verbatim:
            out[path] = text
        elif path in reuse:
            out[path] = reuse[path]
        else:
            chunks = pack(split_units(text))
            pieces[path] = [""] * len(chunks)
            for index, units in enumerate(chunks):
                digests = [unit_digest(unit) for unit in units]
                units_of[(path, index)] = digests
                if all(d in known_stable for d in digests):
                    pieces[path][index] = "\n\n".join(units)
                    result.stable.update(digests)
                    result.chunks_skipped += 1
                else:
                    todo.append((path, index, "\n\n".join(units)))
    result.chunks_formatted = len(todo)
    originals = {(path, index): source for path, index, source in todo}
    for path, index, text, error in _run_black(todo):
        if error is not None:
            raise UsageError(f"generated {path} is not valid Python (a template bug?): {error}")
        pieces[path][index] = text
        if text == originals[(path, index)]:
            result.stable.update(units_of[(path, index)])
    for path, parts in pieces.items():
        out[path] = "\n\n".join(parts)
    # black parses but does not compile: duplicate arguments and the like show up only here.
    check_compiles({path: out[path] for path in pieces})
    result.files = {path: out[path] for path in files}
    return result


def _run_black(todo: list[tuple[str, int, str]]) -> list[tuple[str, int, str, str | None]]:
    size = sum(len(t) for _, _, t in todo)
    workers = min(os.cpu_count() or 1, len(todo))
    if size >= _PARALLEL_THRESHOLD and workers > 1:
        todo = sorted(todo, key=lambda item: -len(item[2]))  # largest first, for a balanced finish
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            return list(pool.map(_format_chunk, todo, chunksize=1))
    return [_format_chunk(item) for item in todo]
