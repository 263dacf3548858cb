"""The HTML report in a real browser: it renders without script errors and the screenshot shows the matrix."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import ensure_chromium, render, screenshot
from PIL import Image

from conformance.kit.html_report import render_html
from conformance.kit.results import FailureRecord, OperationRecord, RunResult

HIT = (0xDF, 0xF3, 0xE4)  # td.hit background
MISS = (0xFD, 0xEC, 0xEA)  # td.miss background

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chromium() -> str:
    return ensure_chromium()


def _report() -> RunResult:
    result = RunResult(target="http://127.0.0.1:1", spec="spec.yaml", seed=7, phases=["examples", "fuzzing"])
    for i, label in enumerate(["GET /v1/things", "POST /v1/things", "DELETE /v1/things/{id}"]):
        op = OperationRecord(label=label, operation_id=f"op{i}", documented=["200", "400", "404", "500"], cases=9)
        op.statuses = {"200": 4, "400": 3} if i != 1 else {"404": 2, "418": 1}
        result.operations[label] = op
    result.add_failure(
        FailureRecord(
            operation="POST /v1/things",
            check="status_code_conformance",
            title="Undocumented status code",
            message="Received: 418 </pre><script>document.title='pwned'</script>",
            status=418,
            seed=7,
            curl="curl -X POST -H 'Authorization: [REDACTED]' http://127.0.0.1:1/v1/things",
            phase="fuzzing",
        )
    )
    return result


def test_report_renders_without_script_errors(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(_report()), encoding="utf-8")
    rendered = render(chromium, page, tmp_path / "profile")
    assert rendered.console_errors == []
    assert 'data-ready="1"' in rendered.dom  # the report's own script ran to its end
    assert "<title>Conformance report: FAILED</title>" in rendered.dom  # spec text did not run as script
    assert rendered.dom.count("<tr>") == 4


def test_a_broken_script_is_noticed(chromium: str, tmp_path: Path) -> None:
    """The check above can fail: a page whose script throws is caught by the same means."""
    page = tmp_path / "broken.html"
    page.write_text(render_html(_report()).replace("(function(){", "(function(){ undefinedThing();", 1))
    rendered = render(chromium, page, tmp_path / "profile")
    assert rendered.console_errors and 'data-ready="1"' not in rendered.dom


def test_screenshot_shows_the_coverage_matrix(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(_report()), encoding="utf-8")
    shot = tmp_path / "shot.png"
    screenshot(chromium, page, shot, tmp_path / "profile")
    pixels = Image.open(shot).convert("RGB")
    colours = pixels.getcolors(maxcolors=1 << 20) or []
    counts = {colour: n for n, colour in colours}
    # covered cells (green) and uncovered documented statuses (red) are both on screen
    assert counts.get(HIT, 0) > 2000 and counts.get(MISS, 0) > 2000
