"""Render the intermediate model through Jinja2 templates into file contents (in memory)."""

from __future__ import annotations

import os
from pathlib import Path

import jinja2
import jinja2.bccache

from . import escaping, ir
from .diagnostics import UsageError
from .formatting import LINE_LENGTH  # black's line length for generated code
from .paths import DEFAULT_TEMPLATES


class _QuietCache(jinja2.FileSystemBytecodeCache):
    """Jinja's own bytecode cache (templates compiled once, keyed by name, file and source
    checksum), except that a cache it cannot read or write costs a compile, never the run."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a truncated or foreign file: compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates under $GENERATOR_CACHE_DIR, else $XDG_CACHE_HOME or ~/.cache
    (`openapi-generator/jinja`, private to the user); GENERATOR_CACHE_DIR=off disables it."""
    configured = os.environ.get("GENERATOR_CACHE_DIR")
    if configured == "off":
        return None
    if configured:
        folder = Path(configured)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        if base.startswith("~"):  # no home folder: no cache, rather than one under the cwd
            return None
        folder = Path(base) / "openapi-generator" / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
            return None  # someone else's folder: its files would run as our code
    except OSError:
        return None
    return _QuietCache(str(folder))


def environment(overrides: Path | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if overrides is not None:
        if not overrides.is_dir():
            raise UsageError(f"--templates {overrides}: not a directory")
        loaders.append(jinja2.FileSystemLoader(str(overrides)))
    loaders.append(jinja2.FileSystemLoader(str(DEFAULT_TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # output is Python/TOML/Markdown; each sink has its own filter below
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        docstring=escaping.docstring,
        pystr=escaping.pystr,
        pyvalue=escaping.pyvalue,
        comment=escaping.comment,
        toml_str=escaping.toml_str,
        markdown=escaping.markdown,
        one_line=escaping.one_line,
        squash=escaping.squash,
        rtype=_resource_annotation,
        fitted=fitted,
        call=call,
        items=items,
        field=field,
    )
    return env


def _shape(text: str) -> tuple[str, int]:
    """The delimiters (`|`, `,`) of `text` outside brackets and string literals, and where the
    bracket that the final `]` closes opens (-1 unless `text` ends in a subscript whose opening
    bracket follows a name)."""
    depth = 0
    delimiters = ""
    opening: list[int] = []
    last_open = -1
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "\"'":
            i += 1
            while i < len(text) and text[i] != ch:
                i += 2 if text[i] == "\\" else 1
        elif ch in "([{":
            opening.append(i)
            depth += 1
        elif ch in ")]}":
            depth -= 1
            last_open = opening.pop() if opening else -1
        elif depth == 0 and ch in "|," and ch not in delimiters:
            delimiters += ch
        i += 1
    subscript = text.endswith("]") and last_open > 0 and (text[last_open - 1].isalnum() or text[last_open - 1] == "_")
    return delimiters, last_open if subscript else -1


def fitted(inner: str, head: str, tail: str, indent: int) -> str:
    """`head inner tail` laid out as black lays out an annotation or value that may be too long.

    On one line if it fits. Otherwise one of the splits black makes for the shapes the
    generator emits (tests/test_layout.py checks each against black): a union parenthesised
    over three lines, a subscript split inside its brackets, a name or literal parenthesised
    (not as a parameter's annotation). Anything else stays on one over-long line, which makes
    the formatter run black on it. These splits are trusted as written (no line is over the
    limit), so a new one belongs here only with a test against black.
    """
    pad = " " * indent
    if indent + len(head) + len(inner) + len(tail) <= LINE_LENGTH:
        return f"{head}{inner}{tail}"
    delimiters, bracket = _shape(inner)
    if delimiters:
        if delimiters == "|" and indent + 4 + len(inner) <= LINE_LENGTH and indent + 1 + len(tail) <= LINE_LENGTH:
            return f"{head}(\n{pad}    {inner}\n{pad}){tail}"
    elif bracket > 0:
        prefix, content = inner[: bracket + 1], inner[bracket + 1 : -1]
        if (
            indent + len(head) + len(prefix) <= LINE_LENGTH
            and indent + 4 + len(content) <= LINE_LENGTH
            and indent + 1 + len(tail) <= LINE_LENGTH
        ):
            return f"{head}{prefix}\n{pad}    {content}\n{pad}]{tail}"
    elif not tail.endswith(",") and indent + 4 + len(inner) <= LINE_LENGTH and indent + 1 + len(tail) <= LINE_LENGTH:
        # A name or a literal: parenthesised, except as a parameter's annotation.
        return f"{head}(\n{pad}    {inner}\n{pad}){tail}"
    return f"{head}{inner}{tail}"


def field(annotation: str, name: str, default: str | None, indent: int) -> str:
    """A class-level `name: annotation = default`, laid out as black does when it is too long:
    the value parenthesised if the rest then fits on the first line, else the annotation."""
    head = f"{name}: "
    if default is None:
        return fitted(annotation, head, "", indent)
    line = f"{head}{annotation} = {default}"
    pad = " " * indent
    if indent + len(line) > LINE_LENGTH and indent + len(head) + len(annotation) + 4 <= LINE_LENGTH:
        return f"{head}{annotation} = (\n{pad}    {default}\n{pad})"
    return fitted(annotation, head, f" = {default}", indent)


def call(args: list[str], head: str, indent: int, tail: str = "") -> str:
    """`head(args)tail` laid out as black lays out a call: on one line if it fits, else the
    arguments on one line of their own, else one argument a line with a trailing comma."""
    pad = " " * indent
    inner = ", ".join(args)
    if indent + len(head) + len(inner) + 2 + len(tail) <= LINE_LENGTH:
        return f"{head}({inner}){tail}"
    if indent + 4 + len(inner) <= LINE_LENGTH:
        return f"{head}(\n{pad}    {inner}\n{pad}){tail}"
    return exploded(args, head, indent, tail)


def items(args: list[str], head: str, indent: int, tail: str = "") -> str:
    """A tuple literal `head(args)tail`: black explodes a collection it must split."""
    if indent + len(head) + len(", ".join(args)) + 2 + len(tail) <= LINE_LENGTH:
        return f"{head}({', '.join(args)}){tail}"
    return exploded(args, head, indent, tail)


def exploded(args: list[str], head: str, indent: int, tail: str) -> str:
    pad = " " * indent
    return f"{head}(\n" + "".join(f"{pad}    {arg},\n" for arg in args) + f"{pad}){tail}"


def _resource_annotation(t: ir.TypeRef) -> str:
    # Methods may be named `list` or `dict`, which would shadow the builtins in class scope.
    text = escaping.qualified(t.annotation, t.names, "_m")
    return text.replace("list[", "_t.List[").replace("dict[", "_t.Dict[")


STATIC_FILES = ("_models.py", "_errors.py", "_auth.py", "_retry.py", "_transport.py", "_pagination.py", "_webhooks.py")


def render_package(
    api: ir.Api, templates: Path | None, generator_version: str, version: str = "1.0.0"
) -> tuple[dict[str, str], frozenset[str]]:
    """Relative path -> text for every file of the distribution, and the verbatim copies."""
    env = environment(templates)
    pkg = api.package_name
    context = {"api": api, "ir": ir, "generator_version": generator_version, "version": version}
    files: dict[str, str] = {}

    def render(name: str, **extra: object) -> str:
        try:
            return env.get_template(name).render(**context, **extra)
        except jinja2.TemplateNotFound:
            raise UsageError(f"template not found: {name}") from None
        except jinja2.TemplateError as exc:
            where = getattr(exc, "filename", None) or name
            line = getattr(exc, "lineno", None)
            raise UsageError(f"template error in {where}{f':{line}' if line else ''}: {exc}") from None

    files["pyproject.toml"] = render("pyproject.toml.jinja")
    files["README.md"] = render("README.md.jinja")
    files[f"{pkg}/__init__.py"] = render("package/__init__.py.jinja")
    files[f"{pkg}/models.py"] = render("package/models.py.jinja")
    files[f"{pkg}/_client.py"] = render("package/_client.py.jinja")
    files[f"{pkg}/resources/__init__.py"] = render("package/resources/__init__.py.jinja")
    files[f"{pkg}/webhooks.py"] = render("package/webhooks.py.jinja")
    for resource in api.resources:
        files[f"{pkg}/resources/{resource.module}.py"] = render(
            "package/resources/resource.py.jinja", resource=resource
        )
    verbatim = set()
    for name in STATIC_FILES:
        files[f"{pkg}/{name}"] = _static(templates, f"static/{name}")
        verbatim.add(f"{pkg}/{name}")
    files[f"{pkg}/py.typed"] = ""
    return files, frozenset(verbatim)


def _static(overrides: Path | None, name: str) -> str:
    for base in (overrides, DEFAULT_TEMPLATES):
        if base is not None and (base / name).is_file():
            return (base / name).read_text(encoding="utf-8")
    raise UsageError(f"template not found: {name}")
