"""JUnit XML for CI: one test suite per operation, one test case per check run on it."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from .results import RunResult


def render_junit(result: RunResult) -> str:
    root = ET.Element(
        "testsuites",
        name="conformance",
        tests="0",
        failures=str(len(result.new_failures)),
        errors=str(len(result.errors)),
        time=f"{result.duration:.3f}",
    )
    total = 0
    failures_by_op: dict[str, list[int]] = {}
    for index, failure in enumerate(result.failures):
        failures_by_op.setdefault(failure.operation, []).append(index)
    labels = sorted(set(result.operations) | set(failures_by_op))
    for label in labels:
        op = result.operations.get(label)
        checks = sorted(
            set(op.checks if op else {}) | {result.failures[i].check for i in failures_by_op.get(label, [])}
        )
        suite = ET.SubElement(root, "testsuite", name=label or "run", tests=str(len(checks)))
        suite_failures = 0
        for check in checks:
            total += 1
            case = ET.SubElement(suite, "testcase", classname=label or "run", name=check)
            related = [result.failures[i] for i in failures_by_op.get(label, []) if result.failures[i].check == check]
            for failure in related:
                if failure.known:
                    ET.SubElement(case, "skipped", message=f"known failure (baseline): {failure.title}")
                    continue
                suite_failures += 1
                element = ET.SubElement(case, "failure", message=failure.title, type=failure.code or check)
                element.text = _failure_text(failure.message, failure.status, failure.seed, failure.curl)
        if op is not None:
            for error in op.errors:
                case = ET.SubElement(suite, "testcase", classname=label, name="error")
                ET.SubElement(case, "error", message=error.splitlines()[0] if error else "error").text = error
                total += 1
        suite.set("failures", str(suite_failures))
    for error in result.errors:
        if not any(error in (op.errors) for op in result.operations.values()):
            case = ET.SubElement(ET.SubElement(root, "testsuite", name="run", tests="1"), "testcase", name="error")
            ET.SubElement(case, "error", message=error.splitlines()[0] if error else "error").text = error
            total += 1
    root.set("tests", str(total))
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    # fuzzed data echoed in messages may hold control characters, which XML 1.0 cannot carry
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _NOT_XML.sub("\ufffd", text) + "\n"


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _failure_text(message: str, status: int | None, seed: int | None, curl: str) -> str:
    lines = [message.strip()] if message.strip() else []
    if status is not None:
        lines.append(f"status: {status}")
    if seed is not None:
        lines.append(f"seed: {seed}")
    if curl:
        lines.append(f"reproduce: {curl}")
    return "\n".join(lines)
