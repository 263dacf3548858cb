"""Escaping filters, one per sink. Spec text reaches generated code only through these."""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAME = re.compile(r"\b([A-Z][A-Za-z0-9_]*)\b")
_QUOTE_RUN = re.compile(r'"{3,}|"+$')


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def docstring(text: str | None, indent: int = 4, dedent: bool = True) -> str:
    """A complete triple-quoted docstring literal whose value is `text`, inert as code.

    `dedent=False` for a string that documents an attribute: black reindents only the
    docstring of a module, class or function, so only those lose their common indentation.
    """
    body = _clean(text or "").strip()
    body = body.replace("\\", "\\\\")
    # Escape every quote of a run of three or more, and every quote of a run that ends the
    # text (it would merge with the closing delimiter). Escaping only the last character of
    # an already escaped `\"\"\"` would turn `\"` into `\\"`: an unescaped quote.
    body = _QUOTE_RUN.sub(lambda m: '\\"' * len(m.group()), body)
    lines = [line.rstrip() for line in body.split("\n")]
    if dedent:  # lines after the first lose their common indentation, as black (PEP 257) does
        margin = min((len(line) - len(line.lstrip(" ")) for line in lines[1:] if line.strip()), default=0)
        lines[1:] = [line[margin:] for line in lines[1:]]
    pad = " " * indent
    joined = ("\n" + pad).join(lines)
    joined = re.sub(r"\n +\n", "\n\n", joined)
    if dedent and joined.startswith('"'):  # black pads a docstring that starts with a quote
        joined = " " + joined
    if len(lines) > 1:
        return f'"""{joined}\n{pad}"""'
    if dedent and joined.endswith('"'):  # ... or ends with one (the closing quotes follow)
        joined += " "
    return f'"""{joined}"""'


def pystr(text: object) -> str:
    """A Python string literal (repr escapes quotes, backslashes, newlines and surrogates),
    quoted as black quotes it, so that black has nothing to change in it."""
    from black.strings import normalize_string_quotes  # black's own rule, not a copy of it

    return normalize_string_quotes(repr(str(text)))


def pyvalue(value: object) -> str:
    """A literal for an enum value: a string literal or an integer, nothing else."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"enum values are str or int, not {type(value).__name__}")
    return pystr(value) if isinstance(value, str) else repr(value)


def comment(text: str | None) -> str:
    """Text for after `#`: one line, no control characters."""
    return " ".join(_clean(text or "").split())


_TOML_SHORT = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def toml_str(text: object) -> str:
    """A TOML basic string, ASCII only.

    Not `json.dumps`: it writes characters beyond U+FFFF as UTF-16 surrogate pairs
    (`\\ud83d\\ude00`), which TOML rejects (a `\\u` escape must be a Unicode scalar value).
    Lone surrogates cannot be written in TOML at all; they become U+FFFD.
    """
    out = []
    for ch in str(text):
        code = ord(ch)
        if ch in _TOML_SHORT:
            out.append(_TOML_SHORT[ch])
        elif 0x20 <= code < 0x7F:
            out.append(ch)
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\\ufffd")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return '"' + "".join(out) + '"'


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
