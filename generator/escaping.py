"""Escaping filters, one per sink. Spec text reaches generated code only through these."""

from __future__ import annotations

import json
import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAME = re.compile(r"\b([A-Z][A-Za-z0-9_]*)\b")


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def docstring(text: str | None, indent: int = 4) -> str:
    """A complete triple-quoted docstring literal whose value is `text`, inert as code."""
    body = _clean(text or "").strip()
    body = body.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    lines = [line.rstrip() for line in body.split("\n")]
    pad = " " * indent
    joined = ("\n" + pad).join(lines)
    joined = re.sub(r"\n +\n", "\n\n", joined)
    if len(lines) > 1:
        return f'"""{joined}\n{pad}"""'
    return f'"""{joined}"""'


def pystr(text: object) -> str:
    """A Python string literal (repr escapes quotes, backslashes, newlines and surrogates)."""
    return repr(str(text))


def pyvalue(value: object) -> str:
    """A literal for an enum value: a string literal or an integer, nothing else."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"enum values are str or int, not {type(value).__name__}")
    return repr(value)


def comment(text: str | None) -> str:
    """Text for after `#`: one line, no control characters."""
    return " ".join(_clean(text or "").split())


def toml_str(text: object) -> str:
    """A TOML basic string (JSON's escapes are a subset of TOML's)."""
    return json.dumps(str(text), ensure_ascii=True)


def markdown(text: str | None) -> str:
    """Prose for a Markdown file: control characters removed, HTML tags neutralised."""
    return _clean(text or "").replace("<", "&lt;").replace(">", "&gt;")


def one_line(text: str | None) -> str:
    """One line of Markdown prose."""
    return " ".join(markdown(text).split())


def squash(text: str | None) -> str:
    """One line of plain text (for inside a docstring, which the docstring filter escapes)."""
    return " ".join(_clean(text or "").split())


def qualified(annotation: str, names: frozenset[str], prefix: str) -> str:
    """Prefix the generated type names in an annotation with a module alias."""
    if not names:
        return annotation
    return _NAME.sub(lambda m: f"{prefix}.{m.group(1)}" if m.group(1) in names else m.group(1), annotation)
