"""Spec text is untrusted input: it never becomes code and never leaves the output folder.

A hand-written hostile OpenAPI document puts string terminators, escapes, line breaks, NUL,
template syntax, code, Python keywords, names that collide after casing and `../` paths
into every place the generator reads text from (titles, descriptions, summaries, enum values,
defaults, examples, schema/property/parameter/tag names, operationIds, paths). The tests
generate it through the CLI and then prove that the output compiles, imports without side
effects, stays inside the output folder, and carries the hostile text as data only. A
Hypothesis property test repeats the core claims for arbitrary text.

The tests at the end are regressions for bugs these tests found (percent signs in names,
names that shadow modules or arguments, lone surrogates, wire names shared between fields).
"""

from __future__ import annotations

import ast
import base64
import contextlib
import dataclasses
import hashlib
import hmac
import importlib
import importlib.util
import inspect
import io
import itertools
import json
import keyword
import os
import re
import subprocess
import sys
import tempfile
import tokenize
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any

import black
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.build import build_api, valid_package_name
from generator.cli import main
from generator.diagnostics import UsageError
from generator.formatting import black_mode, needs_black, split_chunks
from generator.pipeline import load_spec
from generator.render import STATIC_FILES, render_package

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
PACKAGE = "hostile_client"
SPEC_FILE_NAME = 'hostile """ \\ {{ x }} \'.json'

# --- the hostile document -------------------------------------------------------------

PWN = "__import__('os').system('touch PWNED')"
BREAKOUT = '"); import os; os.system("x"); ("'

# Text that is dangerous in some sink: string, docstring and comment terminators, escapes,
# line breaks that Python or str.splitlines honour, NUL, Jinja syntax, and code.
HOSTILE_TEXTS = (
    'three """ double quotes',
    "three ''' single quotes",
    'ends with """',
    'ends with "',
    "ends with '",
    'ends with an escaped quote \\"',
    '"starts with a quote',
    "back\\slash, \\n, \\x00 and \\N{BULLET}",
    "trailing backslash \\",
    "carriage\rreturn",
    "crlf\r\nline",
    "new\nline",
    "nul\x00byte",
    "unicode\u2028line\u2029separators\x85nel",
    "form\x0cfeed\x0bvtab\x1besc\x7fdel",
    "{{ 7 * 7 }}",
    "{% for x in range(3) %}{{ x }}{% endfor %}{# note #}",
    PWN,
    BREAKOUT,
    "# a comment?\n# another",
    "\t indented \t",
    "emoji 😀 and ümlaut",
    "<script>alert(1)</script> and <!-- a comment",
)
KEYWORD_NAMES = ("class", "def", "None", "True", "False", "import", "lambda", "match", "case", "type", "async")
COLLIDING_NAMES = ("fooBar", "foo_bar", "FooBar", "foo-bar", "FOO_BAR", "foo bar")
ODD_NAMES = (
    "1st",
    "2nd-thing",
    "007",
    "../../etc/passwd",
    "/absolute",
    "..",
    "model_dump",
    "model_validate",
    "model_config",
    "from_orm",
    "self",
    "json",
    "str",
    "list",
    "__init__",
    "__class__",
    "_t",
    "_pd",
    "Any",
    "",
)
HOSTILE_NAMES = KEYWORD_NAMES + COLLIDING_NAMES + ODD_NAMES
TITLE = 'Hostile """ API \\ {{ title }} 😀 ' + PWN  # an astral character: TOML needs \U, not a surrogate pair
ENUM_VALUES = [*HOSTILE_TEXTS, *HOSTILE_NAMES]
INT_ENUM_NOTES = {"1": "class", "2": "1st", "3": PWN, "-4": "line\nbreak\rand\u2028more", "5": "None"}
# Component schema names: every hostile name and text, plus the two enums and the big model.
SCHEMA_NAMES = [*HOSTILE_NAMES, *HOSTILE_TEXTS]
ORIGIN = "origin:"  # each component has one property `origin:<its name>`: wire names survive exactly


def _cycle(index: int) -> str:
    return HOSTILE_TEXTS[index % len(HOSTILE_TEXTS)]


def _hostile_properties() -> dict[str, Any]:
    props: dict[str, Any] = {
        name: {"type": "string", "description": _cycle(i), "default": _cycle(i + 1), "example": _cycle(i + 2)}
        for i, name in enumerate([*HOSTILE_NAMES, *HOSTILE_TEXTS])
    }
    props["kind"] = {"$ref": "#/components/schemas/HostileEnum"}
    props["level"] = {"$ref": "#/components/schemas/HostileIntEnum"}
    props["nested"] = {
        "type": "object",
        "title": BREAKOUT,
        "description": PWN,
        "properties": {PWN: {"type": "string", "description": BREAKOUT}},
    }
    return props


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = {
        name: {
            "type": "object",
            "description": _cycle(i),
            "properties": {ORIGIN + name: {"type": "string", "description": name}},
        }
        for i, name in enumerate(SCHEMA_NAMES)
    }
    schemas["Hostile"] = {
        "type": "object",
        "title": TITLE,
        "description": 'The hostile model: """ \\ ends with a quote"',
        "required": ["class"],
        "properties": _hostile_properties(),
    }
    schemas["HostileEnum"] = {
        "type": "string",
        "description": BREAKOUT,
        "enum": ENUM_VALUES,
        "default": HOSTILE_TEXTS[0],
        "example": PWN,
        "x-enumDescriptions": {value: _cycle(i) for i, value in enumerate(ENUM_VALUES)},
    }
    schemas["HostileIntEnum"] = {
        "type": "integer",
        "description": PWN,
        "enum": [1, 2, 3, -4, 5],
        "x-enumDescriptions": INT_ENUM_NOTES,
    }
    return schemas


HOSTILE_REF = {"$ref": "#/components/schemas/Hostile"}
QUERY_NAMES = [*HOSTILE_NAMES, *HOSTILE_TEXTS]
THINGS_PATH = "/things/{" + BREAKOUT + "}"
ODD_PATH = '/quotes/\'"\\"""/ends with a backslash\\'
CONTROL_PATH = "/control/nul\x00cr\rlf\nls\u2028"
SERVER_URL = "https://example.invalid/{{x}}/\"'''\\"
TOKEN_URL = "https://auth.example.invalid/token?q=\"'''\\{{ 7 * 7 }}"
SIGNATURE_HEADER = "X-Sig\" + __import__('os').system('touch PWNED') + \""
WEBHOOK_SECRET = "s3cret"


def hostile_document() -> dict[str, Any]:
    """The OpenAPI 3.0 document every hostile test generates."""
    json_of = {"application/json": {"schema": HOSTILE_REF}}
    return {
        "openapi": "3.0.3",
        "info": {"title": TITLE, "version": 'v1 """ \\', "description": "\n".join(HOSTILE_TEXTS)},
        "servers": [{"url": SERVER_URL, "description": PWN}],
        "tags": [
            {"name": "../x", "description": HOSTILE_TEXTS[0]},
            {"name": "Class", "description": PWN},  # snake_case: `class`, a keyword
            {"name": "import", "description": BREAKOUT},
            {"name": "../../etc/passwd", "x-python-name": "../../evil"},
            {"name": "lambda", "description": "crlf\r\nline"},
        ],
        "paths": {
            THINGS_PATH: {
                "parameters": [
                    {"name": BREAKOUT, "in": "path", "required": True, "description": PWN, "schema": {"type": "string"}}
                ],
                "get": {
                    "operationId": PWN,
                    "tags": ["../x"],
                    "summary": HOSTILE_TEXTS[0],
                    "description": "\n".join(HOSTILE_TEXTS[1:]),
                    "parameters": [
                        {"name": name, "in": "query", "description": _cycle(i), "schema": {"type": "string"}}
                        for i, name in enumerate(QUERY_NAMES)
                    ],
                    "responses": {"200": {"description": BREAKOUT, "content": json_of}},
                },
                "post": {
                    "operationId": BREAKOUT,
                    "tags": ["Class"],
                    "summary": 'ends with """',
                    "requestBody": {"description": PWN, "required": True, "content": json_of},
                    "responses": {"201": {"description": PWN, "content": json_of}, "default": {"description": "x"}},
                },
            },
            "/../../etc/passwd": {
                "get": {
                    "operationId": "class",
                    "tags": ["../../etc/passwd"],
                    "summary": "trailing backslash \\",
                    "parameters": [
                        {"name": "X-Quote\"'", "in": "header", "schema": {"type": "string"}},
                        {"name": "self", "in": "cookie", "schema": {"type": "string"}},
                        {"name": "kind", "in": "query", "schema": {"$ref": "#/components/schemas/HostileEnum"}},
                    ],
                    "responses": {"204": {"description": "nul\x00byte"}},
                },
            },
            ODD_PATH: {"delete": {"operationId": "", "tags": ["import"], "responses": {"204": {"description": "-"}}}},
            CONTROL_PATH: {"get": {"tags": ["import"], "responses": {"204": {"description": "-"}}}},
            "/keywords": {
                method: {"operationId": op_id, "tags": ["lambda"], "responses": {"204": {"description": "-"}}}
                for method, op_id in zip(("get", "put", "post", "patch"), COLLIDING_NAMES, strict=False)
            },
        },
        "x-webhooks": {
            BREAKOUT: {
                "post": {
                    "description": PWN,
                    "x-signature": {"header": SIGNATURE_HEADER, "algorithm": "hmac-sha256", "encoding": "base64"},
                    "requestBody": {"content": {"application/json": {"schema": HOSTILE_REF}}},
                    "responses": {"200": {"description": "-"}},
                }
            }
        },
        "components": {
            "schemas": _schemas(),
            "securitySchemes": {
                PWN: {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": TOKEN_URL, "scopes": {}}}},
                BREAKOUT: {"type": "apiKey", "name": BREAKOUT, "in": "query"},
            },
        },
    }


# --- helpers --------------------------------------------------------------------------


@dataclass
class Generated:
    root: Path  # everything this module writes lives under it
    spec: Path
    out: Path
    cwd: Path  # the working directory of the generator run
    code: int
    stdout: str
    stderr: str
    entries_before: set[str]
    entries_after: set[str]

    @property
    def package(self) -> Path:
        return self.out / PACKAGE

    def python_files(self) -> list[Path]:
        return sorted(self.package.rglob("*.py"))

    def templated_python_files(self) -> list[Path]:
        """The modules rendered from templates (the static ones are copied verbatim)."""
        return [p for p in self.python_files() if p.relative_to(self.package).as_posix() not in STATIC_FILES]


def run_cli(*args: str | Path) -> tuple[int, str, str]:
    """`python -m generator ARGS` in-process; returns (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def entries(root: Path) -> set[str]:
    """Relative paths of every file, folder and link under `root`."""
    found = set()
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            found.add((Path(dirpath) / name).relative_to(root).as_posix())
    return found


def pwned_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if "PWNED" in p.name]


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def normalised(text: str) -> str:
    """`text` with control characters as spaces and runs of whitespace as one space."""
    return " ".join(_CONTROL.sub(" ", text).split())


def name_tokens(source: str) -> set[str]:
    """The NAME tokens of a module: what is code, as opposed to strings and comments."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {tok.string for tok in tokens if tok.type == tokenize.NAME}


def is_literal(node: ast.AST) -> bool:
    try:
        ast.literal_eval(node)
    except ValueError:
        return False
    return True


def template_imports() -> set[str]:
    """Every import statement written out in full (no `{{ }}`) in the package templates."""
    found = set()
    for path in (TEMPLATES / "package").rglob("*.jinja"):
        lines = iter(path.read_text(encoding="utf-8").splitlines())
        for line in lines:
            if line.startswith(("import ", "from ")) and "{" not in line:
                while line.count("(") > line.count(")"):
                    line += next(lines)
                found.add(ast.unparse(ast.parse(line)))
    return found


def template_words() -> set[str]:
    """Every identifier-like word in the package templates (what the templates themselves use)."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in (TEMPLATES / "package").rglob("*.jinja"))
    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))


def public_classes(module: ModuleType) -> list[type]:
    return [getattr(module, name) for name in module.__all__ if isinstance(getattr(module, name), type)]


def is_model(obj: object) -> bool:
    return isinstance(obj, type) and hasattr(obj, "model_fields")


def field_by_wire_name(model: Any) -> dict[str, str]:
    """Wire name -> attribute name of a generated pydantic model."""
    return {
        name if info.validation_alias is None else info.validation_alias: name
        for name, info in model.model_fields.items()
    }


def field_descriptions(model: Any, models_source: str) -> dict[str, str | None]:
    """Wire name -> what the model says about the field: Field(description=...) or its docstring."""
    (node,) = [n for n in ast.parse(models_source).body if isinstance(n, ast.ClassDef) and n.name == model.__name__]
    docs: dict[str, str] = {}
    for stmt, after in itertools.pairwise(node.body):
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and _is_docstring(after):
            docs[stmt.target.id] = after.value.value  # type: ignore[attr-defined]
    return {
        wire: model.model_fields[name].description or docs.get(name) for wire, name in field_by_wire_name(model).items()
    }


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


@contextlib.contextmanager
def importing(folder: Path | str, package: str) -> Iterator[ModuleType]:
    """Import `package` from `folder` into this process (writing no bytecode); forget it afterwards."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys, "dont_write_bytecode", True)
        mp.syspath_prepend(str(folder))
        try:
            yield importlib.import_module(package)
        finally:
            for name in [n for n in sys.modules if n == package or n.startswith(f"{package}.")]:
                del sys.modules[name]


@contextlib.contextmanager
def imported(files: dict[str, str], package: str) -> Iterator[ModuleType]:
    """Write rendered files to a temporary folder and import the package from there."""
    with tempfile.TemporaryDirectory() as tmp:
        for path, text in files.items():
            target = Path(tmp, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        with importing(tmp, package) as module:
            yield module


# --- generate once per module ---------------------------------------------------------


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """Generate the hostile document through the CLI, from a working directory of its own."""
    root = tmp_path_factory.mktemp("hostile")
    spec = root / "spec" / SPEC_FILE_NAME  # the file name reaches docstrings and the README too
    spec.parent.mkdir()
    spec.write_text(json.dumps(hostile_document(), indent=1), encoding="utf-8")
    cwd = root / "cwd"
    cwd.mkdir()
    out = root / "out"
    before = entries(root)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(cwd)
        code, stdout, stderr = run_cli("generate", spec, "--out", out, "--package-name", PACKAGE)
    return Generated(root, spec, out, cwd, code, stdout, stderr, before, entries(root))


@pytest.fixture(scope="module")
def pkg(hostile: Generated) -> Iterator[ModuleType]:
    """The generated package, imported into this process."""
    assert hostile.code == 0, hostile.stderr
    with importing(hostile.out, PACKAGE) as module:
        yield module


@pytest.fixture(scope="module")
def models_source(hostile: Generated) -> str:
    return (hostile.package / "models.py").read_text(encoding="utf-8")


# --- generation -----------------------------------------------------------------------


def test_hostile_document_generates(hostile: Generated) -> None:
    """The CLI accepts the hostile document: exit 0, a summary line, no traceback."""
    assert hostile.code == 0, hostile.stderr
    assert "Traceback" not in hostile.stderr and "internal error" not in hostile.stderr
    assert hostile.stdout.startswith("generate: "), hostile.stdout
    assert not pwned_files(hostile.root)


def test_every_file_stays_inside_the_output_folder(hostile: Generated) -> None:
    """Every written path resolves inside --out; no links; nothing else appeared anywhere."""
    out = hostile.out.resolve()
    for dirpath, dirnames, filenames in os.walk(hostile.out):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            assert not path.is_symlink(), path
            assert path.resolve().is_relative_to(out), path
    new = hostile.entries_after - hostile.entries_before
    assert new and all(p == "out" or p.startswith("out/") for p in new), sorted(new)
    assert not any(Path(p).name in ("passwd", "etc", "evil", "absolute") for p in hostile.entries_after)
    assert not any(hostile.cwd.iterdir()), "the generator wrote into its working directory"


def test_output_file_names_are_safe(hostile: Generated) -> None:
    """The fixed files exist; the only names taken from the spec are five resource modules,
    each a lowercase, non-keyword identifier."""
    files = {p for p in entries(hostile.out) if (hostile.out / p).is_file()}
    fixed = {"README.md", "pyproject.toml", *(f"{PACKAGE}/{name}" for name in STATIC_FILES)}
    fixed |= {f"{PACKAGE}/{name}" for name in ("__init__.py", "models.py", "_client.py", "py.typed")}
    assert fixed | {f"{PACKAGE}/resources/__init__.py"} <= files
    for path in files:
        assert all(re.fullmatch(r"\.?[A-Za-z0-9_-]+(\.[a-z]+)*", part) for part in PurePosixPath(path).parts), path
    resources = {PurePosixPath(p) for p in files if p.startswith(f"{PACKAGE}/resources/")}
    modules = {p.stem for p in resources if p.name != "__init__.py"}
    assert len(modules) == 5, sorted(modules)  # five tags in use, five modules
    for stem in modules:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", stem) and not keyword.iskeyword(stem), stem


def test_black_finds_nothing_to_change(hostile: Generated) -> None:
    """generate trusts the templates' layout wherever no code line is too long: even with
    hostile text in docstrings, literals and names, black would change nothing."""
    from black_stable import unstable

    assert hostile.code == 0, hostile.stderr
    assert unstable(hostile.out) == []


def test_every_module_compiles(hostile: Generated) -> None:
    """Every generated .py is valid Python; the static modules are the templates' bytes."""
    for path in hostile.python_files():
        compile(path.read_text(encoding="utf-8"), str(path), "exec", dont_inherit=True)
    for name in STATIC_FILES:
        assert (hostile.package / name).read_bytes() == (TEMPLATES / "static" / name).read_bytes(), name


def test_pyproject_and_readme_are_inert(hostile: Generated) -> None:
    """pyproject.toml is valid TOML with the right names; the README holds no control characters or HTML."""
    meta = tomllib.loads((hostile.out / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["name"] == PACKAGE.replace("_", "-")
    assert normalised(TITLE) in meta["project"]["description"]
    packages = meta["tool"]["setuptools"]["packages"]
    assert packages[0] == PACKAGE and all(p.startswith(f"{PACKAGE}.") for p in packages[1:]), packages
    readme = (hostile.out / "README.md").read_text(encoding="utf-8")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", readme)
    assert "<script>" not in readme and "<!--" not in readme
    assert "&lt;script&gt;" in readme  # the description, as text


# --- code versus data -----------------------------------------------------------------

# Builtins and aliases generated annotations may use.
ANNOTATION_NAMES = {"str", "int", "float", "bool", "bytes", "list", "dict", "_t", "_dt"}
TYPE_EXPRESSION_NODES = (ast.Name, ast.Attribute, ast.Subscript, ast.BinOp, ast.BitOr, ast.Constant, ast.Tuple)
# Names injected code would use. A generated module may use one only if its templates do.
DANGEROUS_NAMES = {
    "os", "system", "PWNED", "__import__", "eval", "exec", "compile", "open", "subprocess",
    "getattr", "setattr", "globals", "locals", "__builtins__", "breakpoint", "input",
}  # fmt: skip


def _imported_names(tree: ast.Module) -> set[str]:
    return {
        alias.asname or alias.name.split(".")[0]
        for node in tree.body
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }


def _is_type_expression(node: ast.AST) -> bool:
    return all(isinstance(n, (*TYPE_EXPRESSION_NODES, ast.expr_context)) for n in ast.walk(node))


def _is_inert_call(node: ast.AST, aliases: set[str]) -> bool:
    """A call of a header-imported helper with literal arguments only (e.g. `_pd.Field(...)`)."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    while isinstance(func, ast.Attribute):
        func = func.value
    return (
        isinstance(func, ast.Name)
        and func.id in aliases
        and all(is_literal(a) for a in node.args)
        and all(is_literal(k.value) for k in node.keywords)
    )


def test_models_module_is_declarations_only(models_source: str) -> None:
    """models.py holds the template's imports, `__all__`, and classes of literals: nothing runs.

    Hostile text can only appear inside literals: every statement is a docstring, an import
    from the template, an assignment of a literal or of a type expression, or a call of a
    header-imported helper with literal arguments; every name read is a generated type, an
    annotation builtin or a header alias.
    """
    tree = ast.parse(models_source)
    imports = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert imports and set(imports) <= template_imports(), set(imports) - template_imports()
    aliases = _imported_names(tree)
    exported = set(ast.literal_eval(next(n for n in tree.body if isinstance(n, ast.Assign)).value))
    loads = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    assert loads <= exported | ANNOTATION_NAMES | aliases, loads - exported - ANNOTATION_NAMES - aliases

    def inert_value(value: ast.expr | None) -> bool:
        return value is None or is_literal(value) or _is_inert_call(value, aliases)

    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            assert all(isinstance(b, ast.Name) and b.id in aliases | exported for b in node.bases), node.name
            assert not node.decorator_list and not node.keywords, node.name
            for stmt in node.body:
                ok = (
                    _is_docstring(stmt)
                    or (
                        isinstance(stmt, ast.AnnAssign)
                        and _is_type_expression(stmt.annotation)
                        and inert_value(stmt.value)
                    )
                    or (isinstance(stmt, ast.Assign) and inert_value(stmt.value))
                )
                assert ok, ast.unparse(stmt)
        elif isinstance(node, ast.AnnAssign):  # `Name: _t.TypeAlias = A | B`
            assert node.value is not None and _is_type_expression(node.value), ast.unparse(node)
        elif isinstance(node, ast.Assign):
            assert [ast.unparse(t) for t in node.targets] == ["__all__"] and is_literal(node.value)
        else:
            assert isinstance(node, (ast.Import, ast.ImportFrom)) or _is_docstring(node), ast.unparse(node)


def test_no_module_turns_hostile_text_into_code(hostile: Generated) -> None:
    """No generated module names __import__/system/eval/... unless its templates do; its
    imports are the templates' own.

    The check is on NAME tokens, so it holds for every module whatever its structure:
    the injected snippets exist only inside string literals and comments.
    """
    allowed = template_imports()
    dangerous = DANGEROUS_NAMES - template_words()
    assert {"__import__", "system", "PWNED", "eval", "exec"} <= dangerous
    resource_modules = {p.stem for p in (hostile.package / "resources").glob("*.py")}
    for path in hostile.templated_python_files():
        source = path.read_text(encoding="utf-8")
        assert not name_tokens(source) & dangerous, (path, name_tokens(source) & dangerous)
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, (ast.Import, ast.ImportFrom)) or ast.unparse(node) in allowed:
                continue
            # resources/__init__.py: `from .<module> import Async<Class>, <Class>`, one per tag
            assert isinstance(node, ast.ImportFrom) and node.level == 1, ast.unparse(node)
            assert node.module in resource_modules and all(a.asname is None for a in node.names), ast.unparse(node)


def test_import_in_a_fresh_process_has_no_side_effects(hostile: Generated, tmp_path: Path) -> None:
    """Importing every module (and making a Client) writes no file anywhere and warns nothing."""
    empty = tmp_path / "empty-cwd"
    empty.mkdir()
    script = (
        "import importlib, pkgutil, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "package = importlib.import_module(sys.argv[2])\n"
        "for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "package.Client(base_url='http://127.0.0.1:9').close()\n"
        "print('imported', len([m for m in sys.modules if m.startswith(sys.argv[2])]))\n"
    )
    watched = (hostile.root, tmp_path)
    before = [entries(root) for root in watched]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [sys.executable, "-W", "error", "-c", script, str(hostile.out), PACKAGE],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert re.fullmatch(r"imported \d+\n", proc.stdout), proc.stdout
    assert int(proc.stdout.split()[1]) == len(hostile.python_files())  # every module was imported
    assert not any(empty.iterdir())
    assert [entries(root) for root in watched] == before
    assert not pwned_files(hostile.root) and not pwned_files(tmp_path)


# --- the hostile text survives as data ------------------------------------------------


def _hostile_payload() -> dict[str, Any]:
    props = _hostile_properties()
    payload: dict[str, Any] = {
        wire: f"value of {wire!r}" for wire, schema in props.items() if schema.get("type") == "string"
    }
    payload.update(kind=BREAKOUT, level=-4, nested={PWN: BREAKOUT})
    return payload


def test_models_round_trip_hostile_wire_names(pkg: ModuleType) -> None:
    """Data keyed by every hostile wire name validates into declared fields and dumps back equal."""
    payload = _hostile_payload()
    model = pkg.models.Hostile.model_validate(payload)
    assert model.model_extra == {}, "some wire names were not matched to their fields"
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == payload
    assert json.loads(model.model_dump_json(by_alias=True, exclude_unset=True)) == payload
    assert model.kind is pkg.models.HostileEnum(BREAKOUT) and model.kind.is_known


def test_every_hostile_property_is_its_own_field(pkg: ModuleType) -> None:
    """Each wire name maps to exactly one field, with a safe, distinct Python name."""
    fields = field_by_wire_name(pkg.models.Hostile)
    assert set(fields) == set(_hostile_properties())
    names = list(pkg.models.Hostile.model_fields)
    assert len(names) == len(set(names))
    for name in names:
        assert name.isidentifier() and not keyword.iskeyword(name) and not keyword.issoftkeyword(name)
        assert not name.startswith("model_"), name


def test_enum_members_keep_hostile_values_exactly(pkg: ModuleType) -> None:
    """Every hostile enum value is a known member with exactly that value, in spec order."""
    str_enum = pkg.models.HostileEnum
    assert [m.value for m in str_enum] == ENUM_VALUES
    for value in ENUM_VALUES:
        member = str_enum(value)
        assert member.is_known and member.value == value and member.name.isidentifier()
    assert str_enum("never listed").is_known is False
    int_enum = pkg.models.HostileIntEnum
    assert [m.value for m in int_enum] == [1, 2, 3, -4, 5]
    assert int_enum(1).name == "CLASS" and int_enum(3).name == "VALUE_3" and int_enum(-4).name == "VALUE_MINUS_4"


def test_descriptions_appear_as_data(pkg: ModuleType, models_source: str) -> None:
    """Descriptions, titles and the server URL reach docstrings and constants as (cleaned) text."""
    models = pkg.models
    described = field_descriptions(models.Hostile, models_source)
    for wire, schema in _hostile_properties().items():
        if "description" in schema:
            assert normalised(described[wire] or "") == normalised(schema["description"]), wire
    assert normalised(models.Hostile.__doc__) == normalised('The hostile model: """ \\ ends with a quote"')
    assert normalised(models.HostileEnum.__doc__) == normalised(BREAKOUT)
    assert normalised(models.HostileIntEnum.__doc__) == normalised(PWN)
    others = [m for m in public_classes(models) if is_model(m) and m is not models.Hostile]
    (nested,) = [m for m in others if PWN in field_by_wire_name(m)]  # the inline model titled BREAKOUT
    assert normalised(nested.__doc__) == normalised(PWN)
    assert normalised(field_descriptions(nested, models_source)[PWN] or "") == normalised(BREAKOUT)
    assert normalised(TITLE) in normalised(models.__doc__)
    assert normalised(TITLE) in normalised(pkg.Client.__doc__)
    assert pkg._client.DEFAULT_BASE_URL == SERVER_URL


def test_colliding_schema_names_get_distinct_classes(pkg: ModuleType) -> None:
    """`fooBar`, `foo_bar`, `FooBar`, `foo-bar`, keywords, `../` names: one class each, none lost."""
    origins = [
        wire.removeprefix(ORIGIN)
        for model in public_classes(pkg.models)
        if is_model(model)
        for wire in field_by_wire_name(model)
        if wire.startswith(ORIGIN)
    ]
    assert sorted(origins) == sorted(SCHEMA_NAMES)
    for name in pkg.models.__all__:
        assert name.isidentifier() and not keyword.iskeyword(name) and name not in ("None", "True", "False")


def _client_with(pkg: ModuleType, seen: list[httpx.Request], **options: Any) -> Any:
    """A generated Client whose requests are recorded in `seen` and answered locally."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.startswith("/things/"):
            return httpx.Response(200, json={"class": "x", PWN: BREAKOUT})
        return httpx.Response(204)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.Client(base_url="https://api.example.invalid", http_client=http, **options)


def test_hostile_parameter_names_reach_the_wire_exactly(pkg: ModuleType) -> None:
    """Calling the generated method sends every hostile query name and the path value as given."""
    seen: list[httpx.Request] = []
    client = _client_with(pkg, seen)
    method = client.x.import_os_system_touch_pwned
    call_options = set(inspect.signature(client.lambda_.foo_bar).parameters)  # a method without parameters
    hostile_params = [p for p in inspect.signature(method).parameters if p not in call_options]
    assert len(hostile_params) == len(QUERY_NAMES) + 1  # every query parameter plus the path one
    result = method(**{name: f"v{i}" for i, name in enumerate(hostile_params)})
    assert result.model_dump(by_alias=True, exclude_unset=True) == {"class": "x", PWN: BREAKOUT}
    (request,) = seen
    sent = request.url.params
    assert sorted(sent.keys()) == sorted(QUERY_NAMES)
    assert all(len(sent.get_list(name)) == 1 for name in QUERY_NAMES)
    path_value = request.url.path.removeprefix("/things/")
    assert path_value.startswith("v") and path_value[1:].isdigit()


def test_colliding_operation_ids_get_distinct_methods(pkg: ModuleType) -> None:
    """operationIds `fooBar`, `foo_bar`, `FooBar`, `foo-bar` under one tag: four methods, four operations."""
    seen: list[httpx.Request] = []
    resource = _client_with(pkg, seen).lambda_
    names = [n for n, _ in inspect.getmembers(type(resource), inspect.isfunction) if not n.startswith("_")]
    assert len(names) == 4, names
    for name in names:
        getattr(resource, name)()
    assert sorted(r.method for r in seen) == ["GET", "PATCH", "POST", "PUT"]


def test_resource_methods_document_hostile_summaries(pkg: ModuleType) -> None:
    """Summaries and descriptions land in method docstrings, not in the method's code."""
    doc = pkg.resources.X.import_os_system_touch_pwned.__doc__
    assert normalised(HOSTILE_TEXTS[0]) in normalised(doc)
    assert normalised(BREAKOUT) in normalised(doc)
    assert normalised("trailing backslash \\") in normalised(pkg.resources.Evil.class_.__doc__)


def test_webhook_and_auth_settings_stay_data(pkg: ModuleType) -> None:
    """The signature header, token URL and API key name are constants that work as given."""
    webhooks = pkg.webhooks
    assert webhooks.SIGNATURE_HEADER == SIGNATURE_HEADER
    (parse,) = [getattr(webhooks, n) for n in webhooks.__all__ if n.startswith("parse_") and n != "parse_event"]
    body = json.dumps({"class": "c", PWN: BREAKOUT}).encode()
    digest = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).digest()
    event = parse(body, {SIGNATURE_HEADER: base64.b64encode(digest).decode()}, WEBHOOK_SECRET)
    assert event.model_dump(by_alias=True, exclude_unset=True) == {"class": "c", PWN: BREAKOUT}
    with pytest.raises(webhooks.SignatureVerificationError):
        parse(body, {SIGNATURE_HEADER: "forged"}, WEBHOOK_SECRET)

    assert pkg._client.DEFAULT_TOKEN_URL == TOKEN_URL
    seen: list[httpx.Request] = []
    client = _client_with(pkg, seen, api_key="the key")
    client.lambda_.foo_bar()
    assert seen[0].url.params[BREAKOUT] == "the key"


# --- unsafe package names -------------------------------------------------------------


@pytest.mark.parametrize("name", ["../evil", "class", "None", "a/b", "/abs", "_runtime", "évil", "x-y", "match"])
def test_refuses_unsafe_package_names(name: str, tmp_path: Path) -> None:
    """--package-name that is not a safe snake_case identifier: exit 2, a clear message, nothing written."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}))
    before = entries(tmp_path)
    code, stdout, stderr = run_cli("generate", spec, "--out", tmp_path / "out", "--package-name", name)
    assert code == 2
    assert stderr == (
        f"error: --package-name {name!r} is not a snake_case Python identifier, "
        "or is the name of a module the package would shadow\n"
    )
    assert stdout == ""
    assert entries(tmp_path) == before


def _titled(title: str) -> dict[str, Any]:
    """A one-operation document with the given title."""
    operation = {"operationId": "ping", "responses": {"204": {"description": "-"}}}
    return {"openapi": "3.0.3", "info": {"title": title, "version": "1"}, "paths": {"/ping": {"get": operation}}}


@pytest.mark.parametrize("title", ["../../evil", "/absolute", "class", "None", "", "1st", PWN, BREAKOUT, "ë"])
def test_package_names_made_from_hostile_titles_are_safe(title: str, tmp_path: Path) -> None:
    """Without --package-name the title names the package: always a safe identifier and folder."""
    files = _render(tmp_path, _titled(title))
    package = next(PurePosixPath(p).parts[0] for p in files if p.endswith("/models.py"))
    assert valid_package_name(package) and not keyword.iskeyword(package)
    for path in files:
        _assert_safe_relative(path)


@pytest.mark.parametrize(
    "paths", [{}, {"/m": {"post": {"operationId": "make", "responses": {"204": {"description": "-"}}}}}]
)
def test_documents_without_get_operations_generate(paths: dict[str, Any], tmp_path: Path) -> None:
    """`paths: {}`, or only a POST, is a valid document: the package still renders.

    (Both failed in README.md.jinja, which indexed the first resource and GET operation unguarded.)
    """
    document = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}
    assert "p/models.py" in _render(tmp_path, document, "p")


# --- Hypothesis: arbitrary text -------------------------------------------------------

FRAGMENTS = ['"', "'", '"""', "'''", "\\", "\r", "\n", "\r\n", "\x00", "\x0c", "\x1b", "\x85", "\u2028",
             "{{", "}}", "{%", "%}", "{#", "#", " ", "\t", "_", "-", "/", "..", "%", "~", "\u2029", "\x7f",
             "class", "None", "model_", "self", PWN, BREAKOUT]  # fmt: skip
# Lone surrogates are left out here: see the two surrogate tests below.
_any_character = st.characters(exclude_categories=("Cs",))
hostile_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), _any_character), max_size=12).map("".join)
_packages = itertools.count()


def _pointer_safe(name: str) -> bool:
    """Schema names the xfail test below does not already cover (`%XX` crashes the build)."""
    return re.search("%[0-9A-Fa-f]{2}", name) is None


def _assert_safe_relative(path: str) -> None:
    pure = PurePosixPath(path)
    assert not pure.is_absolute() and ".." not in pure.parts and "\\" not in path, path


def _build(tmp: Path, document: dict[str, Any], package: str | None = None) -> Any:
    """Load (with lint) and build the IR in-process."""
    spec = tmp / "spec.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    loaded = load_spec(spec, None, run_validator=False)
    return build_api(loaded.doc, package)[0]


def _render(tmp: Path, document: dict[str, Any], package: str | None = None) -> dict[str, str]:
    """Load, build and render in-process: no black, nothing written but the spec."""
    return render_package(_build(tmp, document, package), None, "test")[0]


def _small_document(text: str, schema_name: str) -> dict[str, Any]:
    """`text` as title, description, enum value, property, parameter, tag and operationId."""
    return {
        "openapi": "3.0.3",
        "info": {"title": text, "version": text, "description": text},
        "servers": [{"url": text}],
        "tags": [{"name": text, "description": text}],
        "paths": {
            "/items": {
                "get": {
                    "operationId": text,
                    "summary": text,
                    "description": text,
                    "tags": [text],
                    "parameters": [{"name": text, "in": "query", "description": text, "schema": {"type": "string"}}],
                    "responses": {"200": {"description": text}},
                }
            }
        },
        "components": {
            "schemas": {
                schema_name: {
                    "type": "object",
                    "title": text,
                    "description": text,
                    "properties": {text: {"type": "string", "description": text, "default": text}},
                },
                f"{schema_name} kind": {"type": "string", "description": text, "enum": [text], "example": text},
            }
        },
    }


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text, schema_name=hostile_text.filter(_pointer_safe))
def test_arbitrary_text_never_becomes_code(text: str, schema_name: str) -> None:
    """For any text: the output compiles, stays relative and imports; the wire name, the enum
    value and the description survive (the first two exactly)."""
    with tempfile.TemporaryDirectory() as tmp:
        api = _build(Path(tmp), _small_document(text, schema_name))
    assert valid_package_name(api.package_name)  # the one the title makes...
    package = f"hypothesis_client_{next(_packages)}"  # ...but each example imports its own
    files = render_package(dataclasses.replace(api, package_name=package), None, "test")[0]
    for path, source in files.items():
        _assert_safe_relative(path)
        if path.endswith(".py"):
            compile(source, path, "exec", dont_inherit=True)
            if PurePosixPath(path).name not in STATIC_FILES:
                assert not name_tokens(source) & (DANGEROUS_NAMES - template_words()), path
                for chunk in split_chunks(source):  # what generate leaves to the layout...
                    if not needs_black(chunk):  # ...is what black writes
                        assert black.format_str(chunk, mode=black_mode()) == chunk, path
    tomllib.loads(files["pyproject.toml"])
    with imported(files, package) as module:
        (model,) = [c for c in public_classes(module.models) if is_model(c)]
        (enum,) = [c for c in public_classes(module.models) if not is_model(c)]
        assert [m.value for m in enum] == [text] and enum(text).is_known
        instance = model.model_validate({text: "value"})
        assert instance.model_extra == {} and instance.model_dump(by_alias=True, exclude_unset=True) == {text: "value"}
        description = field_descriptions(model, files[f"{package}/models.py"])[text]
        assert normalised(description or "") == normalised(text)


SURROGATES = "a\ud800b\udfff"


def _lone_surrogates_spec(tmp_path: Path) -> Path:
    """A JSON spec whose text is pure ASCII but whose `\\ud800`-style escapes decode to lone surrogates."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_small_document(SURROGATES, "Model"), ensure_ascii=True), encoding="ascii")
    return spec


def test_lone_surrogates_from_json_escapes_are_refused_with_their_place(tmp_path: Path) -> None:
    """JSON can carry lone surrogates; they are not text, so loading refuses them, naming where."""
    with pytest.raises(UsageError) as caught:
        load_spec(_lone_surrogates_spec(tmp_path), None, run_validator=False)
    assert "lone UTF-16 surrogate" in str(caught.value)
    assert "spec.json" in str(caught.value) and "(#/" in str(caught.value)


# --- regressions: bugs these tests found, fixed -------------------------------------------


def test_lone_surrogates_generate_through_the_cli(tmp_path: Path) -> None:
    """The CLI refuses a spec with lone surrogates with exit 2 and a located message."""
    code, _, stderr = run_cli("generate", _lone_surrogates_spec(tmp_path), "--out", tmp_path / "out")
    assert code == 2 and "lone UTF-16 surrogate" in stderr, stderr
    assert not (tmp_path / "out").exists()


def test_schema_names_with_percent_escapes_do_not_crash(tmp_path: Path) -> None:
    """A component schema named `a%41` generates (exit 0) instead of failing with an internal error."""
    spec = tmp_path / "spec.json"
    document = _titled("t")
    document["components"] = {"schemas": {"a%41": {"type": "object", "properties": {"x": {"type": "string"}}}}}
    spec.write_text(json.dumps(document), encoding="utf-8")
    code, _, _ = run_cli("generate", spec, "--out", tmp_path / "out", "--package-name", "pct")
    assert code == 0


def test_property_names_with_percent_escapes_get_input_variants(tmp_path: Path) -> None:
    """A readOnly field inside property `a%41` is left out of the request-side model, as for `aA`."""

    def inner_types(prop: str) -> tuple[str, str]:
        inner = {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}}}
        body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/M"}}}}
        document = {
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/m": {"get": {"responses": {"200": body}}, "post": {"requestBody": body, "responses": {"200": body}}}
            },
            "components": {"schemas": {"M": {"type": "object", "properties": {prop: inner}}}},
        }
        tree = ast.parse(next(v for k, v in _render(tmp_path, document, "p").items() if k.endswith("models.py")))
        annotations = {
            n.name: ast.unparse(next(s for s in n.body if isinstance(s, ast.AnnAssign)).annotation)
            for n in tree.body
            if isinstance(n, ast.ClassDef) and n.name in ("M", "MInput")
        }
        return annotations["M"], annotations["MInput"]

    plain_response, plain_request = inner_types("aA")
    assert plain_response != plain_request  # the control: a readOnly-free twin exists
    response, request = inner_types("a%41")
    assert response != request


def test_a_wire_name_fills_only_its_own_field(pkg: ModuleType) -> None:
    """`{"foo_bar": 1}` sets only the field whose wire name is `foo_bar`."""
    model = pkg.models.Hostile.model_validate({"class": "c", "foo_bar": "only me"})
    assert model.model_dump(by_alias=True, exclude_unset=True) == {"class": "c", "foo_bar": "only me"}


@pytest.mark.parametrize("title", ["pydantic", "httpx", "JSON", "typing"])
def test_title_never_names_a_package_that_shadows_a_module(title: str, tmp_path: Path) -> None:
    """A title of `pydantic` must not produce a top-level package called `pydantic`."""
    package = _build(tmp_path, _titled(title)).package_name
    assert package not in sys.stdlib_module_names
    assert importlib.util.find_spec(package) is None


def test_resource_classes_do_not_shadow_their_imports(tmp_path: Path) -> None:
    """No top-level class of a resource module reuses a name that module imports."""
    paths = {
        f"/{i}": {"get": {"operationId": f"op{i}", "tags": [tag], "responses": {"204": {"description": "-"}}}}
        for i, tag in enumerate(["Sync Transport", "Operation", "async transport", "pager"])
    }
    files = _render(tmp_path, {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}, "p")
    for path, source in files.items():
        if "/resources/" in path and not path.endswith("__init__.py"):
            tree = ast.parse(source)
            imported = {a.asname or a.name for n in tree.body if isinstance(n, ast.ImportFrom) for a in n.names}
            classes = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
            assert not imported & classes, (path, imported & classes)


def test_readme_python_examples_are_inert(hostile: Generated) -> None:
    """Every ```python block of the README compiles and uses no name its templates do not use."""
    readme = (hostile.out / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", readme, flags=re.DOTALL | re.MULTILINE)
    assert blocks
    dangerous = DANGEROUS_NAMES - template_words()
    for block in blocks:
        compile(block, "README.md", "exec", dont_inherit=True)
        assert not name_tokens(block) & dangerous, block


@pytest.mark.parametrize("name", ["self", "auth", "headers"])
def test_shared_path_parameter_names_keep_the_client_valid(name: str, tmp_path: Path) -> None:
    """Two operations sharing path parameter `{self}` still give a _client.py that compiles."""
    operation = {"responses": {"204": {"description": "-"}}}
    item = {
        "parameters": [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}],
        "get": {**operation, "operationId": "getA"},
        "delete": {**operation, "operationId": "deleteA"},
    }
    document = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {f"/a/{{{name}}}": item}}
    files = _render(tmp_path, document, "p")
    compile(files["p/_client.py"], "p/_client.py", "exec", dont_inherit=True)
