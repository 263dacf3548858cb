"""black, in-process and in parallel, only where the templates' own layout may differ from it.

The templates and their layout filters (generator/render.py) write what black writes: black's
quotes, docstrings, blank lines and splits of long lines. What they cannot promise is the
layout of a line they leave longer than black's limit. So, by default (`trust_layout`), a chunk
goes through black only if one of its code lines (not a docstring or comment line) is over the
limit (then only the top-level units, classes, that hold such a line); tests/test_layout.py
and tests/test_corpus.py check that black leaves every other chunk as it is. `generate --black
all` sends every chunk through black regardless.

Large modules are cut at top-level `class` statements into units, packed into chunks that
black formats independently (black treats top-level statements independently, apart from the
two blank lines between them, which the join restores), so two cores share even a single big
file. The digests of units black returned unchanged are kept in the output's manifest
(`stable`), and a later run with the same black skips every chunk made only of such units.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import re
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING

from .diagnostics import UsageError

if TYPE_CHECKING:
    import black

LINE_LENGTH = 100
# black is imported only when a chunk needs it (most runs of the default `auto` need none).
# What the `stable` digests are valid for: the same black with the same mode.
FORMATTER = f"black {metadata.version('black')} line-length {LINE_LENGTH} py311"


@functools.cache
def black_mode() -> black.Mode:
    """The mode generated code is formatted with (black-stable tests use it too)."""
    import black

    return black.Mode(target_versions={black.mode.TargetVersion.PY311}, line_length=LINE_LENGTH)


_PARALLEL_THRESHOLD = 40_000  # bytes of Python; below it a process pool costs more than it saves
_CHUNK = 24_000
_TOP_LEVEL_CLASS = re.compile(r"\n(?=class )")


@dataclass
class Formatted:
    files: dict[str, str]
    stable: set[str] = field(default_factory=set)  # digests of units black left unchanged
    chunks_formatted: int = 0
    chunks_skipped: int = 0  # known stable from an earlier run
    chunks_trusted: int = 0  # laid out by the templates, no line over the limit


def unit_digest(unit: str) -> str:
    return hashlib.sha256(unit.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _format_chunk(item: tuple[str, int, str]) -> tuple[str, int, str, str | None]:
    import black

    path, index, source = item
    try:
        return path, index, black.format_str(source, mode=black_mode()), None
    except black.parsing.InvalidInput as exc:  # the import above made `black` local
        return path, index, source, str(exc)
    except Exception as exc:  # black's own failures, reported with the file they hit
        return path, index, source, f"{type(exc).__name__}: {exc}"


def needs_black(source: str) -> bool:
    """Whether a code line of `source` is longer than black's limit (docstring and comment
    lines do not count: black leaves their length alone). Docstrings are recognised as the
    templates and the docstring filter write them: a line that starts with three quotes opens
    one, and it ends on the line that ends with three quotes (spec text inside them has every
    run of three quotes escaped)."""
    limit = LINE_LENGTH
    in_doc = False
    for line in source.split("\n"):
        if in_doc:
            if line.endswith('"""'):
                in_doc = False
            continue
        stripped = line.lstrip()
        if stripped.startswith('"""'):
            in_doc = len(stripped) < 6 or not stripped.endswith('"""')
            continue
        if len(line) > limit and not stripped.startswith("#"):
            return True
    return False


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
    trust_layout: bool = True,
) -> Formatted:
    """Format every `.py` file except those in `verbatim`; `reuse[path]` is known output;
    `known_stable` holds digests of units black is known to leave unchanged; with
    `trust_layout`, units whose code lines all fit are taken as black would write them."""
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
            units = split_units(text)
            # Trusting the layout, black sees only the units that need it, one at a time;
            # otherwise units are packed into chunks of about _CHUNK characters.
            chunks = [[unit] for unit in units] if trust_layout else pack(units)
            pieces[path] = [""] * len(chunks)
            for index, units in enumerate(chunks):
                digests = [unit_digest(unit) for unit in units]
                units_of[(path, index)] = digests
                source = "\n\n".join(units)
                if all(d in known_stable for d in digests):
                    pieces[path][index] = source
                    result.stable.update(digests)
                    result.chunks_skipped += 1
                elif trust_layout and not needs_black(source):
                    pieces[path][index] = source
                    result.chunks_trusted += 1
                else:
                    todo.append((path, index, source))
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
