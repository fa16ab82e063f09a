"""outputs/index.html: the download page, rendered from what is on disk under outputs/releases/.

Plain HTML with inline CSS: no external assets, no JavaScript, works from file:// and from
`make serve`. Rendering reads only published releases, so the same releases give the same page.
"""

from __future__ import annotations

import csv
import json
from html import escape
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import vocab
from pipeline.contract import TABLES
from pipeline.publish.diff import parse_version, version_sort_key
from pipeline.publish.package import format_of, sha256_file
from pipeline.publish.reports import accuracy_rows

QUALITY_SUMMARY = "quality/checks.json"

STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:80rem;
padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin:.6rem 0 1.2rem;font-size:.92rem}
th,td{border:1px solid #d0d0d0;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
code.sha{font-size:.78rem;word-break:break-all}.ok{color:#0a6b2d}.fail{color:#a40000}
.latest{background:#eef6ee;padding:.1rem .4rem;border-radius:.3rem;font-size:.85rem}
"""


def release_versions(releases_dir: Path) -> list[str]:
    """Published versions, newest first (directories whose name is not a version are ignored)."""
    if not releases_dir.is_dir():
        return []
    names = [p.name for p in releases_dir.iterdir() if p.is_dir() and parse_version(p.name)]
    return sorted(names, key=version_sort_key, reverse=True)


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def row_count(path: Path) -> int | None:
    if path.suffix == ".parquet":
        return pq.read_metadata(path).num_rows
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as fh:
            return max(sum(1 for _ in csv.reader(fh)) - 1, 0)
    return None


def _file_order(path: Path) -> tuple:
    tables = list(TABLES)
    stem_rank = tables.index(path.stem) if path.stem in tables else len(tables)
    return (stem_rank, path.suffix != ".parquet", path.name)


def release_files(release_dir: Path) -> list[Path]:
    """The downloadable files of a release: its top-level files and the quality report's entry page."""
    files = sorted((p for p in release_dir.iterdir() if p.is_file()), key=_file_order)
    quality_index = release_dir / "quality" / "index.html"
    if quality_index.exists():
        files.append(quality_index)
    return files


def _read_json(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _files_table(release_dir: Path, href_prefix: str) -> list[str]:
    lines = [
        "<table>",
        "<tr><th>file</th><th>format</th><th>size</th><th>rows</th><th>SHA-256</th></tr>",
    ]
    for path in release_files(release_dir):
        rel = path.relative_to(release_dir).as_posix()
        rows = row_count(path)
        lines.append(
            f'<tr><td><a href="{escape(href_prefix + rel)}">{escape(rel)}</a></td>'
            f"<td>{escape(format_of(path)['label'])}</td>"
            f'<td class="num">{escape(human_size(path.stat().st_size))}</td>'
            f'<td class="num">{"" if rows is None else rows}</td>'
            f'<td><code class="sha">{sha256_file(path)}</code></td></tr>'
        )
    lines.append("</table>")
    return lines


def _checks_section(release_dir: Path) -> list[str]:
    summary = _read_json(release_dir / QUALITY_SUMMARY) or []
    lines = ["<h3>Quality checks</h3>"]
    if not summary:
        return [*lines, "<p>No check results were recorded for this release.</p>"]
    passed_all = all(s["success"] for s in summary)
    lines.append(
        f'<p class="{"ok" if passed_all else "fail"}">'
        f"{sum(s['success'] for s in summary)} of {len(summary)} check suites passed.</p>"
    )
    lines += ["<table>", "<tr><th>suite</th><th>result</th><th>checks passed</th><th>warnings</th></tr>"]
    for s in summary:
        result = '<span class="ok">passed</span>' if s["success"] else '<span class="fail">failed</span>'
        lines.append(
            f"<tr><td>{escape(s['suite'])}</td><td>{result}</td>"
            f'<td class="num">{s["passed"]} / {s["evaluated"]}</td>'
            f'<td class="num">{s.get("warned", 0)}</td></tr>'
        )
    lines.append("</table>")
    if (release_dir / "quality" / "index.html").exists():
        lines.append(
            f'<p><a href="releases/{release_dir.name}/quality/index.html">Full quality report</a></p>'
        )
    return lines


def _accuracy_section(release_dir: Path) -> list[str]:
    rows = accuracy_rows(_read_json(release_dir / "evaluation.json"))
    lines = ["<h3>Extraction accuracy</h3>"]
    if not rows:
        return [*lines, "<p>No evaluation results were recorded for this release.</p>"]
    lines += [
        "<p>Rows extracted by the pipeline, matched against hand-annotated gold rows.</p>",
        "<table>",
        "<tr><th>table</th><th>precision</th><th>recall</th><th>F1</th><th>naive baseline F1</th></tr>",
    ]
    lines += [
        f"<tr><td>{escape(r['name'])}</td><td class='num'>{r['precision']:.3f}</td>"
        f"<td class='num'>{r['recall']:.3f}</td><td class='num'>{r['f1']:.3f}</td>"
        f"<td class='num'>{'' if 'baseline_f1' not in r else format(r['baseline_f1'], '.3f')}</td></tr>"
        for r in rows
    ]
    lines += [
        "</table>",
        f'<p>Details: <a href="releases/{release_dir.name}/evaluation.md">evaluation.md</a></p>',
    ]
    return lines


def render_index(outputs_dir: Path) -> str:
    """The whole download page for the releases now under `outputs_dir/releases/`."""
    dataset = vocab.load("publish")["dataset"]
    releases_dir = outputs_dir / "releases"
    versions = release_versions(releases_dir)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(dataset['title'])} — downloads</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>{escape(dataset['title'])}</h1>",
        f"<p>{escape(dataset['description'])}</p>",
    ]
    if not versions:
        return "\n".join([*lines, "<p>No release has been published yet.</p>", "</body></html>", ""])
    latest = versions[0]
    latest_dir = releases_dir / latest
    package = _read_json(latest_dir / "datapackage.json") or {}
    lines += [
        f'<h2 id="latest">Latest release: {escape(latest)} <span class="latest">'
        f"{escape(str(package.get('created', '')))}</span></h2>",
        f'<p>Always the current release: <a href="latest/">latest/</a> · '
        f'<a href="releases/{latest}/README.md#data-dictionary">Data dictionary</a> · '
        f'<a href="releases/{latest}/CHANGELOG.md">Changelog</a> · '
        f'<a href="releases/{latest}/datapackage.json">datapackage.json</a></p>',
        *_checks_section(latest_dir),
        *_accuracy_section(latest_dir),
        "<h2>All releases</h2>",
    ]
    for version in versions:
        release_dir = releases_dir / version
        created = (_read_json(release_dir / "datapackage.json") or {}).get("created", "")
        lines += [
            f'<h3 id="v{escape(version)}">{escape(version)} — {escape(str(created))}</h3>',
            f'<p><a href="releases/{version}/README.md#data-dictionary">Data dictionary</a> · '
            f'<a href="releases/{version}/CHANGELOG.md">Changelog</a></p>',
            *_files_table(release_dir, f"releases/{version}/"),
        ]
    lines += [
        "<p>Verify a download with <code>sha256sum -c SHA256SUMS</code> inside the release folder.</p>",
        "</body></html>",
        "",
    ]
    return "\n".join(lines)
