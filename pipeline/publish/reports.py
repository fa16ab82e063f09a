"""Summaries of the quality checks and the extraction evaluation that travel with a release.

Both reports come from other stages whose exact shape may grow; these readers take what they
recognise and ignore the rest, so publishing never fails on a report's layout.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.publish.escape import md_cell

METRICS = ("precision", "recall", "f1")


def _suite_name(result: dict[str, Any], index: int) -> str:
    for key in ("suite_name", "suite", "name", "table"):
        value = result.get(key)
        if isinstance(value, str):
            return value
    meta = result.get("meta")
    if isinstance(meta, dict):
        suite_name = meta.get("expectation_suite_name")
        if isinstance(suite_name, str):
            return suite_name
    return f"suite {index + 1}"


def quality_summary(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One line per check suite (``SuiteResult.as_dict()``): passed or not, expectations met and warned."""
    summary = []
    for i, result in enumerate(results or []):
        evaluated = int(result["n_expectations"])
        failed = len(result.get("failed") or [])
        warned = len(result.get("warnings") or [])
        summary.append(
            {
                "suite": _suite_name(result, i),
                "success": bool(result["success"]),
                "evaluated": evaluated,
                "passed": evaluated - failed - warned,
                "warned": warned,
            }
        )
    return sorted(summary, key=lambda s: s["suite"])


def _metric_blocks(node: Any, path: list[str], rows: list[dict[str, Any]]) -> None:
    if not isinstance(node, dict) or len(path) > 3:
        return
    if all(isinstance(node.get(m), int | float) for m in METRICS):
        row = {"name": " / ".join(path) or "overall", **{m: float(node[m]) for m in METRICS}}
        row["measured"] = node.get("measured") is not False
        rows.append(row)
        return
    for key in sorted(node, key=str):
        _metric_blocks(node[key], [*path, str(key)], rows)


def accuracy_rows(report: Any) -> list[dict[str, Any]]:
    """Precision, recall and F1 per table. The evaluation report keeps the pipeline's scores under
    "pipeline" (and a naive baseline's under "baseline"); other layouts are searched for any
    `{precision, recall, f1}` block, named by its path."""
    rows: list[dict[str, Any]] = []
    if isinstance(report, dict) and isinstance(report.get("pipeline"), dict):
        _metric_blocks(report["pipeline"], [], rows)
        found = report.get("baseline")
        baseline: dict[str, Any] = found if isinstance(found, dict) else {}
        for row in rows:
            base = baseline.get(row["name"])
            if (
                isinstance(base, dict)
                and isinstance(base.get("f1"), int | float)
                and base.get("measured") is not False
            ):
                row["baseline_f1"] = float(base["f1"])
        return rows
    _metric_blocks(report, [], rows)
    return rows


def accuracy_by_set(report: Any) -> list[dict[str, Any]]:
    """One block per gold set of ``pipeline.evaluate``'s report: name, title, texts scored and the
    rows of ``accuracy_rows`` for that set. Empty for any other layout."""
    sets = report.get("sets") if isinstance(report, dict) else None
    if not isinstance(sets, dict):
        return []
    blocks = []
    for name, result in sets.items():
        if not isinstance(result, dict):
            continue
        blocks.append(
            {
                "name": str(name),
                "title": str(result.get("title", name)),
                "language": str(result.get("language", "")),
                "documents": int(result.get("documents_matched", 0)),
                "invented": result.get("texts") == "gold",
                "development": str(result.get("used_in_development", "")),
                "negatives": _negatives(result.get("negatives")),
                "rows": accuracy_rows(result),
            }
        )
    return blocks


def _negatives(found: Any) -> dict[str, int] | None:
    """How many sentences that must give no row gave one, when the set has such sentences."""
    if not isinstance(found, dict):
        return None
    try:
        return {"sentences": int(found["sentences"]), "gave_a_row": int(found["gave_a_row"])}
    except (KeyError, TypeError, ValueError):
        return None


def fallback_markdown(report: Any) -> str:
    rows = accuracy_rows(report)
    lines = ["# Extraction accuracy", ""]
    if not rows:
        return "\n".join([*lines, "No evaluation results were reported for this release.", ""])
    lines += ["| table | precision | recall | F1 |", "| --- | --- | --- | --- |"]
    lines += [
        f"| {md_cell(r['name'])} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |" for r in rows
    ]
    return "\n".join(lines) + "\n"


def evaluation_markdown(report: Any, render: Callable[[dict[str, Any]], str] | None = None) -> str:
    """``render`` (pipeline.evaluate's rendering, passed in by the caller) for a report of gold sets;
    a plain accuracy table for any other layout or when no renderer is given."""
    if render is None or not (isinstance(report, dict) and isinstance(report.get("sets"), dict)):
        return fallback_markdown(report)
    return render(report)
