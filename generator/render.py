"""Render the intermediate model through Jinja2 templates into file contents (in memory)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from . import escaping, ir
from .diagnostics import UsageError
from .paths import DEFAULT_TEMPLATES


def environment(overrides: Path | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if overrides is not None:
        if not overrides.is_dir():
            raise UsageError(f"--templates {overrides}: not a directory")
        loaders.append(jinja2.FileSystemLoader(str(overrides)))
    loaders.append(jinja2.FileSystemLoader(str(DEFAULT_TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
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


LINE_LENGTH = 100  # black's line length for generated code (generator/formatting.py)


def fitted(inner: str, head: str, tail: str, indent: int) -> str:
    """`head inner tail` as one line if it fits, else parenthesised over three lines.

    The second form is the one black writes for an annotation that is too long; emitting it
    directly spares black a second pass over the whole chunk. (black still formats the
    output: a layout guessed wrong here costs time, never correctness.)
    """
    pad = " " * indent
    if indent + len(head) + len(inner) + len(tail) <= LINE_LENGTH or indent + 4 + len(inner) > LINE_LENGTH:
        return f"{head}{inner}{tail}"
    return f"{head}(\n{pad}    {inner}\n{pad}){tail}"


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
