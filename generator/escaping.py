"""Escaping filters, one per sink. Spec text reaches generated code only through these."""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAME = re.compile(r"\b([A-Z][A-Za-z0-9_]*)\b")
_QUOTE_RUN = re.compile(r'"{3,}|"+$')


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def _trim(body: str, pad: str) -> str:
    """PEP 257's docstring trim, as black applies it: leading tabs expand to four columns, the
    first line is stripped, the common indentation of the others removed and `pad` put before
    each that is not blank (and before the last line, even blank)."""
    lines = []
    for line in body.split("\n"):
        rest = line.lstrip()
        lines.append(line[: len(line) - len(rest)].expandtabs(4) + rest if rest and rest != line else line)
    margin = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()), default=None)
    out = [lines[0].strip()]
    if margin is not None:
        for i, line in enumerate(lines[1:], start=1):
            kept = line[margin:].rstrip()
            out.append(pad + kept if kept or i == len(lines) - 1 else "")
    return "\n".join(out)


def docstring(text: str | None, indent: int = 4, dedent: bool = True) -> str:
    """A complete triple-quoted docstring literal whose value is `text`, inert as code.

    With `dedent` (the docstring of a module, class or function), laid out as black lays it
    out (leading tabs expanded, the common indentation of the lines after the first removed,
    trailing whitespace dropped), so that black has nothing to change; tests/test_layout.py
    checks that against black.
    `dedent=False` for a string that documents an attribute, which black leaves as it is.
    """
    body = _clean(text or "").strip()
    body = body.replace("\\", "\\\\")
    # Escape every quote of a run of three or more, and every quote of a run that ends the
    # text (it would merge with the closing delimiter). Escaping only the last character of
    # an already escaped `\"\"\"` would turn `\"` into `\\"`: an unescaped quote.
    body = _QUOTE_RUN.sub(lambda m: '\\"' * len(m.group()), body)
    pad = " " * indent
    if not dedent:
        lines = [line.rstrip() for line in body.split("\n")]
        joined = lines[0] + "".join(f"\n{pad}{line}" if line else "\n" for line in lines[1:])
        return f'"""{joined}\n{pad}"""' if len(lines) > 1 else f'"""{joined}"""'
    if "\n" in body:
        body = _trim(body, pad)
    if body.startswith('"'):  # black pads a docstring that starts with a quote
        body = " " + body
    if "\n" in body:
        return f'"""{body}\n{pad}"""'
    if body.endswith('"'):  # ... or ends with one (the closing quotes follow)
        body += " "
    return f'"""{body}"""'


def pystr(text: object) -> str:
    """A Python string literal (repr escapes quotes, backslashes, newlines and surrogates),
    quoted as black quotes it, so that black has nothing to change in it: double quotes unless
    they would need more escapes than single ones (tests/test_layout.py checks this against
    black's own rule)."""
    literal = repr(str(text))
    if literal[0] == '"':  # repr chose double quotes: the text has ' and no "
        return literal
    body = literal[1:-1]  # every ' in it is escaped as \', no " is
    if body.count('"') > body.count("\\'"):
        return literal
    return '"' + body.replace("\\'", "'").replace('"', '\\"') + '"'


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
