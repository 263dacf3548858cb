"""`generate` and `check`: golden output, determinism, and an output folder that is never half-written."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from conftest import CORPUS, DATA, GENERATED, ROOT, SEED, run_process, write

from generator.render import STATIC_FILES

GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_DOCS = {"mini": DATA / "mini.yaml", "oai_link_example": CORPUS / "oai_link_example.yaml"}


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.mark.parametrize("name", sorted(GOLDEN_DOCS))
def test_golden_snapshot(name: str, cli, tmp_path: Path) -> None:
    """The generated tree equals the reviewed snapshot (UPDATE_GOLDEN=1 rewrites it)."""
    out = tmp_path / "out"
    run = cli("generate", GOLDEN_DOCS[name], "--out", out, "--package-name", "client")
    assert run.code == 0, run.err
    # The static runtime modules are verbatim copies of templates/static (test_hostile checks
    # that), so the snapshot holds only what the templates render.
    copies = {f"client/{name}" for name in STATIC_FILES}
    produced = {k: v for k, v in _tree(out).items() if k != ".generator-manifest.json" and k not in copies}
    golden_dir = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(golden_dir, ignore_errors=True)
        for rel, content in produced.items():
            target = golden_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    expected = _tree(golden_dir)
    assert sorted(produced) == sorted(expected)
    for rel in expected:
        assert produced[rel] == expected[rel], f"{rel} differs from tests/golden/{name}/{rel}"


def test_output_is_byte_identical_across_runs_and_folders(cli, tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "generated", tmp_path / "b" / "elsewhere"
    assert cli("generate", SEED, "--out", first, "--package-name", "sinch_imported_numbers").code == 0
    assert cli("generate", SEED, "--out", second, "--package-name", "sinch_imported_numbers").code == 0
    assert _tree(first) == _tree(second)


def test_committed_generated_folder_is_current(cli) -> None:
    run = cli("check")
    assert run.code == 0, run.out
    assert "up to date" in run.out


def test_check_reports_drift_and_stale_files(cli, tmp_path: Path) -> None:
    out = tmp_path / "gen"
    shutil.copytree(GENERATED, out)
    models = out / "sinch_imported_numbers" / "models.py"
    models.write_text(models.read_text() + "\nHAND_EDIT = 1\n")
    (out / "sinch_imported_numbers" / "__init__.py").unlink()
    run = cli("check", "--out", out)
    assert run.code == 1
    assert "differs: sinch_imported_numbers/models.py (+0 -2 lines)" in run.out
    assert "missing: sinch_imported_numbers/__init__.py" in run.out


def test_unchanged_files_keep_their_inode_and_mtime(cli, tmp_path: Path) -> None:
    out = tmp_path / "gen"
    spec = write(tmp_path / "mini.yaml", (DATA / "mini.yaml").read_text())
    assert cli("generate", spec, "--out", out, "--package-name", "client").code == 0
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.rglob("*.py")}
    spec.write_text(spec.read_text().replace("summary: Create a pet", "summary: Create one pet"))
    run = cli("generate", spec, "--out", out, "--package-name", "client")
    assert run.code == 0 and "(written)" in run.out
    changed = [
        p.relative_to(out).as_posix() for p, st in before.items() if (p.stat().st_ino, p.stat().st_mtime_ns) != st
    ]
    assert changed == ["client/resources/pets.py"]


def test_noop_regeneration_takes_the_cached_path(cli, tmp_path: Path) -> None:
    out = tmp_path / "gen"
    assert cli("generate", DATA / "mini.yaml", "--out", out, "--package-name", "client").code == 0
    run = cli("generate", DATA / "mini.yaml", "--out", out, "--package-name", "client")
    assert "(unchanged (cached))" in run.out
    # A hand edit invalidates the cache: the file is restored.
    target = out / "client" / "models.py"
    original = target.read_text()
    target.write_text("broken")
    run = cli("generate", DATA / "mini.yaml", "--out", out, "--package-name", "client")
    assert "(written)" in run.out and target.read_text() == original


def test_user_files_in_the_output_folder_survive(cli, tmp_path: Path) -> None:
    out = tmp_path / "gen"
    assert cli("generate", DATA / "mini.yaml", "--out", out, "--package-name", "client").code == 0
    write(out / "notes" / "mine.txt", "keep me")
    spec = write(tmp_path / "m.yaml", (DATA / "mini.yaml").read_text().replace('version: "2.1"', 'version: "2.2"'))
    assert cli("generate", spec, "--out", out, "--package-name", "client").code == 0
    assert (out / "notes" / "mine.txt").read_text() == "keep me"


def test_refuses_a_foreign_non_empty_folder(cli, tmp_path: Path) -> None:
    target = tmp_path / "home"
    write(target / "precious.txt", "data")
    run = cli("generate", DATA / "mini.yaml", "--out", target, "--package-name", "client")
    assert run.code == 2 and "refusing to write into" in run.err
    assert _tree(target) == {"precious.txt": b"data"}


def test_failure_leaves_existing_output_untouched(cli, tmp_path: Path) -> None:
    out = tmp_path / "gen"
    assert cli("generate", DATA / "mini.yaml", "--out", out, "--package-name", "client").code == 0
    before = _tree(out)
    broken = write(tmp_path / "tpl" / "package" / "models.py.jinja", "class {{ nothing.here }}:\n")
    run = cli(
        "generate", DATA / "mini.yaml", "--out", out, "--package-name", "client", "--templates", broken.parent.parent
    )
    assert run.code == 2 and "template error" in run.err
    invalid = write(tmp_path / "tpl2" / "package" / "models.py.jinja", "def broken(:\n")
    run = cli(
        "generate", DATA / "mini.yaml", "--out", out, "--package-name", "client", "--templates", invalid.parent.parent
    )
    assert run.code == 2 and "is not valid Python" in run.err
    assert _tree(out) == before
    assert not list(tmp_path.glob(".gen.tmp-*"))


def test_no_format_skips_black_but_still_compiles(cli, tmp_path: Path) -> None:
    fast, formatted = tmp_path / "fast", tmp_path / "formatted"
    assert cli("generate", DATA / "mini.yaml", "--out", fast, "--package-name", "client", "--no-format").code == 0
    assert cli("generate", DATA / "mini.yaml", "--out", formatted, "--package-name", "client").code == 0
    for path in fast.rglob("*.py"):
        compile(path.read_text(), str(path), "exec")
    # The templates render what black would write (so black finds nothing to change, one
    # pass per chunk): without black the package is the same, byte for byte.
    for path in formatted.rglob("*.py"):
        assert (fast / path.relative_to(formatted)).read_text() == path.read_text(), path
    unformatted = write(tmp_path / "tpl2" / "package" / "webhooks.py.jinja", "X = 'not black'\n")
    for flag, expected in (("--no-format", "X = 'not black'\n"), ("--strict", 'X = "not black"\n')):
        out = tmp_path / f"override{flag}"
        argv = ["generate", DATA / "mini.yaml", "--out", out, "--package-name", "client", flag]
        assert cli(*argv, "--templates", unformatted.parent.parent).code == 0
        assert (out / "client" / "webhooks.py").read_text() == expected
    broken = write(tmp_path / "tpl" / "package" / "models.py.jinja", "def broken(:\n")
    run = cli(
        "generate",
        DATA / "mini.yaml",
        "--out",
        tmp_path / "x",
        "--package-name",
        "client",
        "--no-format",
        "--templates",
        broken.parent.parent,
    )
    assert run.code == 2 and "is not valid Python" in run.err


def test_template_override_by_name(cli, tmp_path: Path) -> None:
    override = write(tmp_path / "tpl" / "README.md.jinja", "# {{ api.title | one_line }} custom\n")
    out = tmp_path / "gen"
    run = cli("generate", DATA / "mini.yaml", "--out", out, "--package-name", "client", "--templates", override.parent)
    assert run.code == 0
    assert (out / "README.md").read_text() == "# Mini Pets custom\n"
    assert (out / "client" / "models.py").exists()


def test_strict_refuses_and_writes_nothing(cli, tmp_path: Path) -> None:
    out = tmp_path / "gen"
    run = cli("generate", SEED, "--no-overlay", "--strict", "--out", out)
    assert run.code == 1 and "refused (--strict)" in run.err
    assert not out.exists()
    assert cli("generate", SEED, "--strict", "--out", out).code == 0


def test_local_problems_degrade_with_a_named_warning(cli, tmp_path: Path) -> None:
    spec = write(
        tmp_path / "messy.yaml",
        "openapi: 3.0.0\ninfo: {title: Messy, version: '1'}\npaths:\n"
        "  /a/{id}:\n    get:\n      operationId: getA\n      responses: {'200': {description: ok}}\n"
        "  /b:\n    get:\n      operationId: getB\n      responses:\n        '200':\n          description: ok\n"
        "          content: {application/json: {schema: {$ref: '#/components/schemas/Missing'}}}\n"
        "  /c:\n    trace:\n      operationId: traceC\n      parameters: [{$ref: '#/components/parameters/Nope'}]\n"
        "      responses: {'200': {description: ok}}\n",
    )
    out = tmp_path / "gen"
    run = cli("generate", spec, "--out", out, "--package-name", "client")
    assert run.code == 0, run.err
    assert "parameter-degraded getA: path parameter {id} is not declared; generated as a required string" in run.err
    assert "unresolved-ref" in run.err and "parameter-skipped traceC: parameter skipped" in run.err
    assert "3/3 operations" in run.out
    resource = (out / "client" / "resources" / "default.py").read_text()
    assert "def get_a(\n        self,\n        *,\n        id: str," in resource
    assert "def get_b(" in resource and "-> _t.Any:" in resource
    assert cli("generate", spec, "--out", tmp_path / "strict", "--package-name", "client", "--strict").code == 1


def test_resolve_writes_the_overlaid_spec(cli, tmp_path: Path) -> None:
    import json

    out_json = tmp_path / "resolved.json"
    assert cli("resolve", "--out", out_json).code == 0
    data = json.loads(out_json.read_text())
    assert data["components"]["schemas"]["TextEnableInfo"]["properties"]["loaType"]["enum"] == ["DIRECT", "RESELLER"]
    out_yaml = tmp_path / "resolved.yaml"
    assert cli("resolve", "--out", out_yaml).code == 0
    assert yaml.safe_load(out_yaml.read_text()) == data
    raw = cli("resolve", "--no-overlay")
    assert (
        yaml.safe_load(raw.out)["components"]["schemas"]["TextEnableInfo"]["properties"]["loaType"]["type"] == "integer"
    )
    # The resolved document is itself clean.
    assert cli("validate", out_json, "--strict").code == 0


@pytest.mark.slow
def test_killed_mid_run_leaves_output_untouched(tmp_path: Path) -> None:
    """SIGKILL during generation (in black, the longest phase) changes nothing on disk."""
    big = CORPUS / "spotify_web_api_fixed.yml"
    out = tmp_path / "gen"
    first = run_process("generate", big, "--out", out, "--package-name", "client")
    assert first.code == 0, first.err
    before = original = _tree(out)
    from generator.loader import load_document

    doc = load_document(big).data  # JSON-like: YAML dates stay text
    doc["info"]["description"] = "changed"
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "summary" in op:
                op["summary"] += " (changed)"
    changed = write(tmp_path / "spotify.json", json.dumps(doc))
    # kill at fractions of what a whole run of the changed spec takes on this machine now
    started = time.monotonic()
    assert run_process("generate", changed, "--out", tmp_path / "timing", "--package-name", "client").code == 0
    whole = time.monotonic() - started
    killed = 0
    for delay in (whole * 0.2, whole * 0.45, whole * 0.7):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                str(changed),
                "--out",
                str(out),
                "--package-name",
                "client",
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(delay)
        killed += proc.poll() is None  # still running: the kill lands mid-run
        with contextlib.suppress(ProcessLookupError):  # it may end between the poll and the kill
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        if proc.returncode == -signal.SIGKILL:
            assert _tree(out) == before, f"output changed after a kill at {delay:.1f}s"
        else:
            before = _tree(out)  # it finished first: later kills must leave its output
    assert killed >= 2, "the runs finished before they could be killed"
    # The next run cleans up what the killed one left beside the output, and succeeds.
    done = run_process("generate", changed, "--out", out, "--package-name", "client")
    assert done.code == 0 and _tree(out) != original
    assert not list(tmp_path.glob(".gen.tmp-*"))


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_regeneration_skips_only_chunks_known_to_be_black_stable(tmp_path: Path) -> None:
    """After a spec change, chunks made only of units black returned unchanged before are not
    formatted again; the changed ones are; the output is what a fresh run writes."""
    from generator.generate import Options, generate

    spec = tmp_path / "spec.yaml"
    text = SEED.read_text(encoding="utf-8")
    spec.write_text(text, encoding="utf-8")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    overlay = ROOT / "spec" / "overlay.yaml"
    first = generate(Options(spec, overlay, out, package_name="client", black="all"))
    assert first.chunks_skipped == 0 and first.chunks_formatted > 2
    manifest = json.loads((out / ".generator-manifest.json").read_text())
    assert manifest["formatter"].startswith("black ") and len(manifest["stable"]) > 10
    # A new schema property changes one model (and the README): only its chunk is formatted.
    changed = text.replace("    ErrorResponse:\n", "    ErrorResponse:\n      x-changed: true\n", 1)
    changed = changed.replace(
        "        displayName:\n", "        extraName:\n          type: string\n        displayName:\n", 1
    )
    assert changed.count("extraName") == 1
    spec.write_text(changed, encoding="utf-8")
    again = generate(Options(spec, overlay, out, package_name="client", black="all"))
    assert again.written and again.chunks_skipped >= 1 and 1 <= again.chunks_formatted < first.chunks_formatted
    generate(Options(spec, overlay, fresh, package_name="client"))  # auto: the same output
    ours, theirs = _tree(out), _tree(fresh)
    for name in ("CHANGELOG.md", "pyproject.toml", "openapi.json"):  # history, not formatting
        ours.pop(name, None), theirs.pop(name, None)
    ours.pop(".generator-manifest.json"), theirs.pop(".generator-manifest.json")
    assert ours == theirs
    assert b"extra_name" in ours["client/models.py"]


def test_stable_digests_are_ignored_under_another_black(tmp_path: Path) -> None:
    from generator.generate import Options, generate

    out = tmp_path / "out"
    opts = Options(DATA / "mini.yaml", None, out, package_name="client", black="all")
    generate(opts)
    path = out / ".generator-manifest.json"
    manifest = json.loads(path.read_text())
    for entry in manifest["files"].values():
        entry["raw"] = ""  # no whole-file reuse either
    manifest["inputs"] = "stale"
    path.write_text(json.dumps(manifest))
    assert generate(opts).chunks_skipped >= 1  # same black: the units are known stable
    manifest["formatter"] = "black 0.0 elsewhere"
    path.write_text(json.dumps(manifest))
    again = generate(opts)
    assert again.chunks_skipped == 0 and again.chunks_formatted >= 1


def test_black_auto_writes_what_black_all_writes(tmp_path: Path) -> None:
    """By default black formats only the chunks with a code line over its limit and trusts the
    templates' layout elsewhere; that gives the same package as black over every chunk, and
    black finds nothing to change in it."""
    from black_stable import unstable

    from generator.generate import Options, produce

    overlay = ROOT / "spec" / "overlay.yaml"
    auto = produce(Options(SEED, overlay, tmp_path / "a", package_name="client"), use_cache=False)
    full = produce(Options(SEED, overlay, tmp_path / "b", package_name="client", black="all"), use_cache=False)
    assert auto.chunks_trusted > 5 and full.chunks_trusted == 0 and full.chunks_formatted > auto.chunks_formatted
    assert auto.files == full.files
    assert unstable(GENERATED) == []


def test_black_all_is_the_default_when_templates_override_python(cli, tmp_path: Path) -> None:
    from generator.generate import Options, produce

    long_line = "X = " + " + ".join(["1"] * 40) + "\n"
    short = "Y = {'a':1}\n"  # not black's layout, and short: only black --all or an override finds it
    tpl = write(tmp_path / "tpl" / "package" / "webhooks.py.jinja", short + long_line)
    result = produce(
        Options(DATA / "mini.yaml", None, tmp_path / "o", package_name="client", templates=tpl.parent.parent)
    )
    assert result.files["client/webhooks.py"].startswith('Y = {"a": 1}\n')
    assert result.chunks_trusted == 0


def test_template_bytecode_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Templates compile once into a per-user cache; a broken, foreign or disabled cache costs
    a compile, never the run or a different output."""
    from generator import render
    from generator.generate import Options, produce

    def files() -> dict[str, str]:
        return produce(Options(DATA / "mini.yaml", None, tmp_path / "o", package_name="client"), use_cache=False).files

    cache = tmp_path / "cache"
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(cache))
    first = files()
    cached = sorted(cache.iterdir())
    assert cached and all(p.name.endswith(".cache") for p in cached)
    assert oct(cache.stat().st_mode & 0o777) == "0o700"
    assert files() == first  # from the cache
    for path in cached:
        path.write_bytes(b"not a bytecode file")
    assert files() == first
    monkeypatch.setattr(render.os, "getuid", lambda: cache.stat().st_uid + 1)
    assert render._bytecode_cache() is None  # someone else's folder is not trusted
    monkeypatch.undo()
    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    assert render._bytecode_cache() is None
    blocked = write(tmp_path / "a-file", "")
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(blocked / "sub"))
    assert render._bytecode_cache() is None and files() == first
