"""The layout helpers write exactly what black writes, or a line black must reformat.

`generate` sends a chunk through black only when one of its code lines is longer than black's
line length (generator/formatting.py); everywhere else it trusts the layout the templates and
these helpers produce. So each helper must either return black's own layout or leave a line
over the limit. Hypothesis builds annotations of the shapes the generator emits (names, module
qualified names, `list[...]`, `dict[str, ...]`, `_t.List[...]`, unions with `None`, string
literals), of every length around the limit, in each place the templates put them, and compares
the helper's output with black's.
"""

from __future__ import annotations

import ast
import keyword

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.escaping import docstring, pystr
from generator.formatting import black_mode, needs_black
from generator.render import LINE_LENGTH, call, field, fitted, items

_first = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_rest = st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", min_size=0, max_size=90)
names = st.builds(lambda a, b: a + b, _first, _rest)
snake = st.builds(
    lambda a, b: a + b,
    st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
    st.text("abcdefghijklmnopqrstuvwxyz_0123456789", max_size=40),
).filter(lambda name: not keyword.iskeyword(name) and not keyword.issoftkeyword(name))


def _annotations() -> st.SearchStrategy[str]:
    leaf = st.one_of(
        names,
        names.map(lambda n: f"_m.{n}"),
        st.sampled_from(["str", "int", "float", "bool", "_dt.datetime", "_t.Any", "object"]),
    )

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            inner.map(lambda a: f"list[{a}]"),
            inner.map(lambda a: f"_t.List[{a}]"),
            inner.map(lambda a: f"dict[str, {a}]"),
            inner.map(lambda a: f"_t.Dict[str, {a}]"),
            st.lists(inner, min_size=2, max_size=4).map(" | ".join),
        )

    return st.recursive(leaf, extend, max_leaves=4)


annotations = _annotations()
optional = annotations.map(lambda a: f"{a} | None")


def _black(source: str) -> str:
    return black.format_str(source, mode=black_mode())


def _agrees(source: str) -> None:
    """Either black leaves `source` as it is, or a code line is over the limit (so black runs)."""
    formatted = _black(source)
    assert formatted == source or needs_black(source), f"black writes:\n{formatted}\nnot:\n{source}"


@settings(max_examples=400, deadline=None)
@given(annotations, snake, st.booleans())
def test_model_fields(annotation: str, name: str, required: bool) -> None:
    line = field(annotation if required else f"{annotation} | None", name, None if required else "None", 4)
    _agrees(f"class Model(_ApiModel):\n    {line}\n")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(snake, st.one_of(annotations, optional)), min_size=1, max_size=3))
def test_parameters(params: list[tuple[str, str]]) -> None:
    lines = []
    for name, annotation in params:
        tail = " = None," if annotation.endswith(" | None") else ","
        lines.append("        " + fitted(annotation, f"{name}: ", tail, 8))
    body = "\n".join(lines)
    _agrees(f"class Resource:\n    def op(\n        self,\n        *,\n{body}\n    ) -> None:\n        pass\n")


@settings(max_examples=300, deadline=None)
@given(names, annotations)
def test_type_aliases(name: str, annotation: str) -> None:
    _agrees(fitted(annotation, f"{name}: _t.TypeAlias = ", "", 0) + "\n")


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[A-Z][A-Z0-9_]{0,60}", fullmatch=True), st.one_of(st.text(max_size=120), st.integers()))
def test_enum_members(name: str, value: str | int) -> None:
    literal = pystr(value) if isinstance(value, str) else repr(value)
    _agrees(f"class Kind(_OpenStrEnum):\n    {fitted(literal, f'{name} = ', '', 4)}\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(snake, min_size=1, max_size=5), snake)
def test_calls_and_tuples(args: list[str], attribute: str) -> None:
    line = call(args, f"self.{attribute} = resources.Thing", 8)
    _agrees(f"class Client:\n    def __init__(self) -> None:\n        {line}\n")
    tuple_line = items([pystr(a) for a in args], "", 16, ",")
    _agrees(
        f"x = [\n    [\n        [\n            [\n                {tuple_line}\n            ]\n        ]\n    ]\n]\n"
    )


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        st.one_of(st.sampled_from(" \t\n\r\"'\\\xa0\u3000\x0c\x85\u2028a#"), st.characters(codec="utf-8")), max_size=200
    ),
    st.booleans(),
)
def test_docstrings_are_black_stable(text: str, attribute: bool) -> None:
    """Docstrings never send a chunk to black, so whatever the spec's text (quotes, backslashes,
    tabs, blank lines with spaces, line breaks of every kind) black must leave them as written."""
    if attribute:
        source = f"class Model(_ApiModel):\n    name: str\n    {docstring(text, 4, False)}\n"
    else:
        source = f"class Model(_ApiModel):\n    {docstring(text)}\n\n    name: str\n"
    assert not needs_black(source)
    assert _black(source) == source


@pytest.mark.parametrize(
    "text",
    [
        "a\n\tb\n  c",
        "x\n\t\tfoo\n    bar",
        "a\n \n \nb",
        "a\xa0\n\xa0b",
        "a\n\u3000b",
        'say "hi"',
        '"quoted"\nnext',
        "back\\\nslash\\",
    ],
)
def test_docstrings_black_would_reindent(text: str) -> None:
    source = f"class Model(_ApiModel):\n    {docstring(text)}\n\n    name: str\n"
    assert _black(source) == source


@settings(max_examples=1000, deadline=None)
@given(st.text(st.one_of(st.sampled_from("'\"\\\\n\tx"), st.characters(codec="utf-8")), max_size=40))
def test_string_literals_are_quoted_as_black_quotes_them(text: str) -> None:
    from black.strings import normalize_string_quotes

    literal = pystr(text)
    assert literal == normalize_string_quotes(repr(text))
    assert ast.literal_eval(literal) == text


def test_needs_black_looks_only_at_code_lines() -> None:
    long = "x" * (LINE_LENGTH + 1)
    assert needs_black(f"a = 1\nb = {long}\n")
    assert not needs_black(f'def f() -> None:\n    """{long}\n\n    {long}\n    """\n')
    assert not needs_black(f"# {long}\nx = 1\n")
    # A string that holds three quotes does not open a docstring.
    assert needs_black(f'a = \'x"""y\'\nb = {long}\n')


def test_shape_sees_only_delimiters_outside_brackets_and_strings() -> None:
    from generator.render import _shape

    assert _shape('_t.Literal["a|b", "c,d"]') == ("", 10)
    assert _shape('_t.Literal["a|b"] | None') == ("|", -1)
    assert _shape("dict[str, list[X]]") == ("", 4)
    assert _shape('a, "x|y"') == (",", -1)
    assert _shape("(A | B)") == ("", -1)  # brackets, but not a subscript
