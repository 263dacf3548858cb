"""`validate`: the raw seed's defects are found and located; the overlay fixes every one."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import OVERLAY, SEED, run_process, write

# (code, JSON pointer) of every defect of the seed that spec/overlay.yaml fixes.
SEED_DEFECTS = {
    ("ref-siblings", "#/paths/~1v1~1projects~1{projectId}~1importedNumbers/get/parameters/8"),
    ("ref-siblings", "#/components/schemas/CreateImportedNumberRequest"),
    ("ref-siblings", "#/paths/~1v1~1projects~1{projectId}~1hostingOrders:importNumbers/post/responses/200"),
    ("ref-siblings", "#/paths/~1v1~1projects~1{projectId}~1hostingOrders:importNumbers/post/requestBody"),
    ("required-undefined", "#/components/schemas/TextEnableTollFreeNumbersDirectLoaInfoRequest/required"),
    ("enum-descriptions-without-enum", "#/components/schemas/TextEnableInfo/properties/loaType"),
    ("enum-descriptions-without-enum", "#/components/schemas/QualifiedNumber_HostedNumberDetails/properties/status"),
    ("enum-descriptions-without-enum", "#/components/schemas/CallbackPayload/properties/eventType"),
    ("enum-descriptions-without-enum", "#/components/schemas/CallbackPayload/properties/resourceType"),
    ("unused-component", "#/components/parameters/servicePlanIdOpt"),
    ("unused-component", "#/components/parameters/campaignIdOpt"),
    ("example-invalid", "#/components/examples/importNumbersHostingOrderResponse/value/numberImport"),
    ("example-invalid", "#/components/examples/textEnableTollFreeNumbers/value"),
    ("example-undeclared-property", "#/components/examples/invalidServicePlanId/value/details"),
    ("example-undeclared-property", "#/components/examples/hostingOrderResponse/value/hostingOrderInfo"),
    ("example-undeclared-property", "#/components/examples/importNumbersHostingOrderResponse/value/numberImport"),
}


def _findings(run_out: str) -> list[dict[str, object]]:
    data = json.loads(run_out)
    assert isinstance(data, list)
    return data


def test_raw_seed_reports_every_defect_the_overlay_fixes(cli) -> None:
    run = cli("validate", SEED, "--no-overlay", "--format", "json")
    found = {(f["code"], f["pointer"]) for f in _findings(run.out)}
    missing = {d for d in SEED_DEFECTS if d not in found}
    assert not missing, f"defects not reported: {missing}"
    assert run.code == 0  # all are warnings: the seed is usable...
    assert cli("validate", SEED, "--no-overlay", "--strict").code == 1  # ...but not clean


def test_findings_name_file_line_and_column(cli) -> None:
    run = cli("validate", SEED, "--no-overlay")
    line = next(x for x in run.out.splitlines() if "get/parameters/8" in x)
    # The stray keys sit beside the $ref at line 50 of the seed.
    assert line.startswith("spec/sinch-imported-numbers.yaml:50:11: warning ref-siblings "), line
    data = _findings(cli("validate", SEED, "--no-overlay", "--format", "json").out)
    located = next(f for f in data if f["code"] == "required-undefined")
    assert (located["line"], located["col"]) == (1726, 7)


def test_overlay_leaves_nothing_even_in_strict_mode(cli) -> None:
    run = cli("validate", SEED, "--strict")
    assert run.code == 0, run.out
    assert run.out.strip() == ""
    explicit = cli("validate", SEED, "--overlay", OVERLAY, "--strict", "--format", "json")
    assert explicit.code == 0 and json.loads(explicit.out) == []


def test_missing_file_is_exit_2_without_traceback(tmp_path: Path) -> None:
    run = run_process("validate", tmp_path / "nope.yaml")
    assert run.code == 2
    assert "file not found" in run.err and "Traceback" not in run.err


def test_yaml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.yaml", "openapi: 3.0.3\ninfo:\n  title: [unclosed\npaths: {}\n")
    run = run_process("validate", bad)
    assert run.code == 2 and "Traceback" not in run.err
    assert f"{bad}:4:" in run.err or "bad.yaml:4:" in run.err, run.err
    assert "YAML syntax error" in run.err


def test_json_syntax_error_names_line(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.json", '{"openapi": "3.0.3",\n "info": {,}\n}')
    run = run_process("validate", bad)
    assert run.code == 2 and "bad.json:2:" in run.err and "JSON syntax error" in run.err


def test_not_openapi_swagger_and_31_are_refused(tmp_path: Path) -> None:
    cases = {
        "plain.yaml": ("just: data\n", "not an OpenAPI document"),
        "list.yaml": ("- 1\n- 2\n", "not an OpenAPI document"),
        "swagger.yaml": ("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", "Swagger 2.0"),
        "v31.yaml": ("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n", "3.1.0 is not supported"),
        "nopaths.yaml": ("openapi: 3.0.3\ninfo: {title: t, version: '1'}\n", "no 'paths'"),
    }
    for name, (text, message) in cases.items():
        run = run_process("validate", write(tmp_path / name, text))
        assert run.code == 2, (name, run.err)
        assert message in run.err and "Traceback" not in run.err, (name, run.err)


def test_validator_errors_are_errors(cli, tmp_path: Path) -> None:
    doc = write(
        tmp_path / "invalid.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: 5\n",
    )
    run = cli("validate", doc)
    assert run.code == 1
    assert "error spec-validator" in run.out
    missing_version = write(tmp_path / "noversion.yaml", "openapi: 3.0.3\ninfo: {title: t}\npaths: {}\n")
    run = cli("validate", missing_version)
    assert run.code == 1 and '"version" is a required property (#/info)' in run.out


def test_path_parameter_mismatch_is_located(cli, tmp_path: Path) -> None:
    doc = write(
        tmp_path / "params.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a/{id}:\n    get:\n"
        "      responses: {'200': {description: ok}}\n",
    )
    run = cli("validate", doc)
    assert run.code == 1
    assert "params.yaml:5:5: error path-param-undeclared path parameter {id} is not declared" in run.out


def test_generate_runs_the_spec_validator_only_under_strict(cli, tmp_path: Path) -> None:
    """openapi-spec-validator's schema checks belong to `validate` (and `generate --strict`);
    a plain generate leaves them out, as it does the example checks."""
    doc = write(
        tmp_path / "invalid.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
        "      operationId: getA\n      responses: {'200': {description: ok}}\n      x-bad: 1\n"
        "components:\n  schemas:\n    A: {type: object, required: 5}\n",
    )
    assert "error spec-validator" in cli("validate", doc).out
    plain = cli("generate", doc, "--out", tmp_path / "plain", "--package-name", "client")
    assert plain.code == 0 and "spec-validator" not in plain.err
    strict = cli("generate", doc, "--out", tmp_path / "strict", "--package-name", "client", "--strict")
    assert strict.code == 1 and "error spec-validator" in strict.err
    assert not (tmp_path / "strict").exists()


def test_spec_validator_worker_reports_a_dead_worker_and_stops_an_unused_one() -> None:
    from generator.pipeline import SpecValidatorWorker, spec_validator_findings

    unused = SpecValidatorWorker()  # a run that fails before its document loads
    unused.close()
    assert unused._process.exitcode is not None
    dead = SpecValidatorWorker()
    dead._process.kill()
    dead._process.join()
    status, errors = dead.result()
    assert status.startswith("worker: its process ended") and errors == []
    dead.close()
    nested: list[object] = []
    for _ in range(200_000):  # deeper than pickle goes: the worker must not wait for it forever
        nested = [nested]
    unsendable = SpecValidatorWorker()
    unsendable.submit({"openapi": "3.0.3", "x": nested})
    status, errors = unsendable.result()
    assert status == "worker: the document could not be sent to it (RecursionError)" and errors == []
    unsendable.close()
    working = SpecValidatorWorker()
    working.submit({"openapi": "3.0.3", "info": {"title": "t"}, "paths": {}})
    assert working.result() == ("ok", [("#/info", '"version" is a required property')])
    working.close()
    from generator.loader import Document

    doc = Document(Path("x.json"), "x.json", {}, "{}")
    (finding,) = spec_validator_findings(doc, ("crash: boom", []))
    assert finding.code == "spec-validator-crash" and "boom" in finding.message and "malformed" in finding.message
    (finding,) = spec_validator_findings(doc, ("worker: its process ended with exit code -9", []))
    assert finding.message.startswith("openapi-spec-validator did not run on this document (its process ended")
    assert "malformed" not in finding.message
