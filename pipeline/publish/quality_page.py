"""The quality report of a release: one self-contained, escaped HTML page from the suite results.

Rendered here from ``SuiteResult.as_dict()`` rather than by GX Data Docs, whose pages load CSS and
JavaScript from other hosts, link to files a release does not ship and print document text
unescaped. The page (``quality/index.html``, template ``pipeline/publish/templates/quality.html.j2``)
has inline CSS, no script, and links only to its own anchors, ``validation_results.json`` beside
it (the same results as data) and the release README. Same results, same bytes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pipeline import vocab
from pipeline.publish.render import render_html

MAX_CELL_CHARS = 300  # an observed value or example is cut to this many characters
_ANCHOR = re.compile(r"[^a-z0-9_-]+")


def _short(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _argument(value: Any) -> str:
    """An expectation's argument as a reader reads it: a GX row condition (a comparison, stored as
    data) as `unit == "percent"`, anything else as its JSON."""
    column = value.get("column") if isinstance(value, dict) else None
    if isinstance(column, dict) and value.get("type") == "comparison":
        parameter = json.dumps(value.get("parameter"), ensure_ascii=False)
        return _short(f"{column.get('name')} {value.get('operator')} {parameter}")
    return _short(value)


def _expectation_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per expectation of the suite: the GX result where kept, else the failures alone."""
    problems = {
        (p.get("expectation_type"), p.get("column")): p
        for p in [*(result.get("failed") or []), *(result.get("warnings") or [])]
    }
    gx_results = (result.get("gx_result") or {}).get("results") or []
    rows = []
    for r in gx_results:
        config = r.get("expectation_config") or {}
        kwargs = dict(config.get("kwargs") or {})
        column = kwargs.pop("column", None)
        problem = problems.get((config.get("type"), column), {})
        severity = str(config.get("severity") or problem.get("severity") or "critical")
        ok = bool(r.get("success"))
        outcome = r.get("result") or {}
        observed = outcome.get("observed_value")
        if observed is None and outcome.get("unexpected_count"):
            observed = f"{outcome['unexpected_count']} unexpected of {outcome.get('element_count', '?')}"
        rows.append(
            {
                "type": config.get("type", ""),
                "column": column,
                "arguments": _short(", ".join(f"{k}={_argument(v)}" for k, v in sorted(kwargs.items()))),
                "notes": (config.get("meta") or {}).get("notes") or "",
                "severity": severity,
                "result": "met" if ok else ("failed" if severity == "critical" else "warning"),
                "css": "ok" if ok else ("fail" if severity == "critical" else "warn"),
                "observed": _short(observed),
                "examples": [] if ok else [_short(x) for x in problem.get("examples") or []],
            }
        )
    if not gx_results:
        for p in problems.values():
            rows.append(
                {
                    "type": p.get("expectation_type", ""),
                    "column": p.get("column"),
                    "arguments": "",
                    "notes": p.get("notes") or "",
                    "severity": p.get("severity", ""),
                    "result": "failed" if p.get("severity") == "critical" else "warning",
                    "css": "fail" if p.get("severity") == "critical" else "warn",
                    "observed": _short(p.get("observed")),
                    "examples": [_short(x) for x in p.get("examples") or []],
                }
            )
    return rows


def _suite_context(
    result: dict[str, Any], index: int, plain: dict[str, str], seen: dict[str, int]
) -> dict[str, Any]:
    name = str(result.get("suite", f"suite {index + 1}"))
    seen[name] = seen.get(name, 0) + 1
    anchor = "suite-" + _ANCHOR.sub("-", name.lower()) + (f"-{seen[name]}" if seen[name] > 1 else "")
    failed, warned = len(result.get("failed") or []), len(result.get("warnings") or [])
    total = int(result.get("n_expectations") or 0)
    ok = bool(result.get("success"))
    result_word, css = ("passed", "ok") if ok else ("failed", "fail")
    if ok and warned:
        result_word, css = "passed with warnings", "warn"
    return {
        "name": name,
        "anchor": anchor,
        "plain": plain.get(name, f"The {name} checks."),
        "result": result_word,
        "css": css,
        "rows": int(result.get("n_rows") or 0),
        "total": total,
        "passed": total - failed - warned,
        "failed": failed,
        "warned": warned,
        "expectations": _expectation_rows(result),
    }


def render_quality_report(results: list[dict[str, Any]], title: str, run_time: str | None = None) -> str:
    """The quality report page for ``results`` (``SuiteResult.as_dict()`` each)."""
    plain = vocab.load("publish").get("checks", {})
    seen: dict[str, int] = {}
    suites = [_suite_context(r, i, plain, seen) for i, r in enumerate(results or []) if isinstance(r, dict)]
    return render_html("quality.html.j2", title=title, run_time=run_time, suites=suites)


def build_data_docs(
    results: list[dict[str, Any]], target_dir: Path, run_name: str = "release", run_time: str | None = None
) -> Path:
    """Write the quality report for ``results`` into ``target_dir``; returns its ``index.html``.

    ``run_time`` (ISO 8601, UTC) is shown as when the checks ran; pass the release's date. The
    same results and arguments give byte-identical files."""
    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    title = vocab.load("publish")["dataset"]["title"]
    if run_name and run_name != "release":
        title = f"{title}, release {run_name}"
    index = target_dir / "index.html"
    index.write_text(render_quality_report(results, title, run_time), encoding="utf-8")
    (target_dir / "validation_results.json").write_text(
        json.dumps(results, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return index
