"""Every Python name the generator emits is made here, from untrusted spec text."""

from __future__ import annotations

import functools
import keyword
import re
import unicodedata

# Names a generated module binds itself (imports) or that pydantic's BaseModel already uses.
_BASEMODEL_ATTRS = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "fields",
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "register",
        "self",
        "from_orm",
    }
)
# Builtins that appear in generated annotations; a field of that name would shadow them.
_ANNOTATION_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict"})
FIELD_RESERVED = _BASEMODEL_ATTRS | _ANNOTATION_BUILTINS
TYPE_RESERVED = frozenset({"None", "True", "False", "Any", "TypeAlias"})

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def words(text: str) -> list[str]:
    """Split any text (camelCase, snake_case, kebab, dotted, spaced) into lowercase words."""
    return list(_words(text))


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return tuple(w.lower() for w in _WORD.findall(ascii_text))


def snake(text: str, fallback: str = "value") -> str:
    """A valid, non-keyword snake_case identifier for `text`."""
    parts = words(text)
    name = "_".join(parts) if parts else fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


def pascal(text: str, fallback: str = "Model") -> str:
    """A valid PascalCase identifier for `text`; never a keyword or a name we reserve."""
    parts = words(text)
    name = "".join(p[:1].upper() + p[1:] for p in parts) if parts else fallback
    if name[0].isdigit():
        name = f"{fallback}{name}"
    if name in TYPE_RESERVED or keyword.iskeyword(name):
        name += fallback
    return name


def constant(text: str, fallback: str = "VALUE") -> str:
    """An UPPER_SNAKE enum member name for a value."""
    parts = words(text)
    if not parts:
        return "EMPTY" if text == "" else fallback
    name = "_".join(parts).upper()
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    return name


def field_name(wire: str) -> str:
    name = snake(wire, "field")
    if name.startswith("model_"):
        # pydantic owns the `model_` namespace and warns at class creation about any field
        # that starts with `model_dump` or `model_validate`, trailing underscore or not.
        name = f"field_{name}"
    elif name in FIELD_RESERVED:
        name += "_"
    return name


class NameSpace:
    """Hands out unique names within one scope, in request order (deterministic)."""

    def __init__(self, taken: frozenset[str] | set[str] = frozenset()) -> None:
        self._taken: set[str] = set(taken)

    def claim(self, name: str) -> str:
        if name not in self._taken:
            self._taken.add(name)
            return name
        sep = "_" if "_" in name or name.islower() else ""
        index = 2
        while f"{name}{sep}{index}" in self._taken:
            index += 1
        unique = f"{name}{sep}{index}"
        self._taken.add(unique)
        return unique

    def __contains__(self, name: str) -> bool:
        return name in self._taken


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def method_name(operation_words: list[str], tag_words: list[str]) -> str:
    """Shorten `list_imported_numbers` under tag `imported numbers` to `list`.

    The tag's words (singular or plural) are removed where they stand together in the
    operation's name, if something is left; otherwise the name is kept whole.
    """
    op = list(operation_words)
    if tag_words:
        want = [singular(w) for w in tag_words]
        size = len(want)
        for start in range(len(op) - size + 1):
            window = [singular(w) for w in op[start : start + size]]
            if window == want:
                rest = op[:start] + op[start + size :]
                if rest:
                    op = rest
                break
    return snake("_".join(op), "call")


_SERVICE_PREFIX = re.compile(r"^[A-Za-z0-9]*(Service|Controller|Api|API)[_.]")


def operation_words(operation_id: str) -> list[str]:
    """Words of an operationId, without a leading `FooService_` namespace."""
    return words(_SERVICE_PREFIX.sub("", operation_id))
