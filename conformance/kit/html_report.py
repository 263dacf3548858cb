"""A self-contained HTML report (no external assets): summary, coverage matrix, failures with curl lines."""

from __future__ import annotations

from html import escape

from .results import FailureRecord, RunResult, covers

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1d2330;background:#fff}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
.verdict{display:inline-block;padding:.2rem .7rem;border-radius:4px;color:#fff;font-weight:600}
.pass{background:#1f7a3a}.fail{background:#b3261e}
dl.summary{display:grid;grid-template-columns:max-content auto;gap:.15rem 1rem;margin:1rem 0}
dl.summary dt{color:#5a6272}dl.summary dd{margin:0}
table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #d5d9e0;padding:.25rem .5rem;text-align:center}
th{background:#f3f5f8;position:sticky;top:0}td.op{text-align:left;font-family:ui-monospace,monospace;white-space:nowrap}
td.hit{background:#dff3e4}td.miss{background:#fdecea}td.quiet{color:#7b8190}td.na{color:#a0a6b1}td.undoc{background:#fff3cd}
.failure{border:1px solid #e3c1bf;border-left:4px solid #b3261e;border-radius:4px;padding:.5rem .8rem;margin:.6rem 0}
.failure.known{border-left-color:#8a6d00;opacity:.8}
.failure h3{font-size:1rem;margin:0 0 .3rem}.meta{color:#5a6272;font-size:12px}
pre{background:#f6f8fa;padding:.5rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all;font-size:12px}
button.copy{font-size:12px;margin-top:.2rem}input#filter{padding:.3rem;width:20rem;margin:.3rem 0}
"""

_SCRIPT = """
(function(){
  var box=document.getElementById('filter');
  if(box){box.addEventListener('input',function(){
    var q=box.value.toLowerCase();
    document.querySelectorAll('.failure').forEach(function(el){
      el.style.display=el.textContent.toLowerCase().indexOf(q)>=0?'':'none';});
  });}
  document.querySelectorAll('button.copy').forEach(function(b){
    b.addEventListener('click',function(){
      var pre=document.getElementById(b.getAttribute('data-target'));
      if(pre&&navigator.clipboard){navigator.clipboard.writeText(pre.textContent).catch(function(){});}
      b.textContent='copied';
    });
  });
  document.body.setAttribute('data-ready','1');
})();
"""


def render_html(result: RunResult) -> str:
    summary = result.summary()
    verdict = "PASSED" if result.passed else "FAILED"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Conformance report: {verdict}</title><style>{_STYLE}</style></head><body>",
        f'<h1>Conformance report <span class="verdict {"pass" if result.passed else "fail"}">{verdict}</span></h1>',
        '<dl class="summary">',
    ]
    for key in (
        "target",
        "spec",
        "seed",
        "phases",
        "shard",
        "operations",
        "cases",
        "new_failures",
        "known_failures",
        "errors",
        "duration",
        "stop_reason",
    ):
        value = summary[key]
        if value in (None, ""):
            continue
        shown = ", ".join(value) if isinstance(value, list) else value
        parts.append(f"<dt>{escape(key.replace('_', ' '))}</dt><dd>{escape(str(shown))}</dd>")
    parts.append("</dl>")
    parts.extend(_matrix(result))
    parts.extend(_failures(result))
    if result.errors:
        parts.append(f"<h2>Errors ({len(result.errors)})</h2>")
        parts.extend(f"<pre>{escape(e)}</pre>" for e in result.errors)
    parts.append(f"<script>{_SCRIPT}</script></body></html>")
    return "\n".join(parts) + "\n"


def _matrix(result: RunResult) -> list[str]:
    columns = sorted({d for op in result.operations.values() for d in op.documented}, key=_status_order)
    out = [
        "<h2>Coverage: responses seen per operation and documented status</h2>",
        '<table id="coverage"><thead><tr><th>operation</th><th>cases</th>',
        *(f"<th>{escape(c)}</th>" for c in columns),
        "<th>undocumented</th></tr></thead><tbody>",
    ]
    for label, op in sorted(result.operations.items()):
        cells = [f'<td class="op">{escape(label)}</td><td>{op.cases}</td>']
        for column in columns:
            if column not in op.documented:
                cells.append('<td class="na">–</td>')
                continue
            seen = sum(n for status, n in op.statuses.items() if covers(column, status))
            # an unseen 5xx is what a healthy API gives: not a gap in coverage
            quiet = not seen and column.startswith("5")
            cells.append(f'<td class="{"hit" if seen else "quiet" if quiet else "miss"}">{seen}</td>')
        undocumented = op.undocumented()
        text = ", ".join(f"{s}×{n}" for s, n in undocumented.items())
        cells.append(f'<td class="{"undoc" if undocumented else "na"}">{escape(text) or "–"}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return out


def _failures(result: RunResult) -> list[str]:
    out = [
        f"<h2>Failures ({len(result.new_failures)} new, {len(result.failures) - len(result.new_failures)} known)</h2>"
    ]
    if not result.failures:
        out.append("<p>No check failed.</p>")
        return out
    out.append('<input id="filter" type="search" placeholder="filter failures">')
    for index, failure in enumerate(result.failures):
        out.append(_failure(index, failure))
    return out


def _failure(index: int, failure: FailureRecord) -> str:
    meta = [f"check <code>{escape(failure.check)}</code>", f"phase {escape(failure.phase)}"]
    if failure.status is not None:
        meta.append(f"status {failure.status}")
    if failure.seed is not None:
        meta.append(f"seed {failure.seed}")
    if failure.occurrences > 1:
        meta.append(f"seen {failure.occurrences}×")
    if failure.known:
        meta.append("known (baseline)")
    curl = ""
    if failure.curl:
        curl = (
            f'<pre id="curl-{index}">{escape(failure.curl)}</pre>'
            f'<button class="copy" data-target="curl-{index}">copy curl</button>'
        )
    return (
        f'<div class="failure{" known" if failure.known else ""}">'
        f"<h3>{escape(failure.operation or 'run')}: {escape(failure.title)}</h3>"
        f'<div class="meta">{" · ".join(meta)}</div>'
        f"<pre>{escape(failure.message)}</pre>{curl}</div>"
    )


def _status_order(status: str) -> tuple[int, str]:
    return (1, status) if status == "default" else (0, status)
