"""outputs/index.html: the download page, rendered from what is on disk under outputs/releases/.

For a person: what the data is, a preview and the row count of each table, what changed, how to
cite and the licences, the checks in plain words, the accuracy per gold set, what was held back,
then every release's files with checksums. One static page (``templates/index.html.j2``,
autoescaped), inline CSS, no external asset, no JavaScript; works from file:// and `make serve`.
Rendering reads only published releases, so the same releases give the same page.
"""

from __future__ import annotations

import copy
import hashlib
import heapq
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from pipeline import settings, vocab
from pipeline.contract import TABLES
from pipeline.publish import diff as release_diff
from pipeline.publish.citation import bibtex, citation_text
from pipeline.publish.database import database_name
from pipeline.publish.escape import safe_href
from pipeline.publish.layout import (
    CHANGELOG,
    CHANGELOG_HTML,
    CHECKSUMS,
    CITATION,
    CITATION_BIB,
    DATAPACKAGE,
    EVALUATION_JSON,
    LATEST_DIR,
    QUALITY_PAGE,
    QUALITY_SUMMARY,
    QUARANTINE_FILE,
    README,
    README_HTML,
    REJECTIONS_FILE,
    Outputs,
    release_href,
)
from pipeline.publish.package import archive_name, format_of, sha256_file
from pipeline.publish.render import render_html
from pipeline.publish.reports import accuracy_by_set, accuracy_rows
from pipeline.publish.tables import document_names, read_csv_cells, rows_to_compare
from pipeline.publish.verify import checksum_lines, trusted_releases
from pipeline.publish.workbook import workbook_name
from pipeline.settings import Publication

EXCERPT_CHARS = 160  # a long cell in a preview is cut to this many characters


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def row_count(path: Path) -> int | None:
    """Rows of a table file; a CSV with its Parquet twin beside it has the twin's (a verified
    release's CSV and Parquet hold the same rows), read from the Parquet footer."""
    twin = path.with_suffix(".parquet")
    if path.suffix == ".parquet" or (path.suffix == ".csv" and twin.is_file()):
        rows: int = pq.read_metadata(twin).num_rows  # pyarrow has no type hints
        return rows
    if path.suffix == ".csv":
        return len(read_csv_cells(path)[1])
    return None


def _file_order(path: Path) -> tuple[Any, ...]:
    tables = list(TABLES)
    stem_rank = tables.index(path.stem) if path.stem in tables else len(tables)
    return (stem_rank, path.suffix != ".parquet", path.name)


def release_files(release_dir: Path) -> list[Path]:
    """The downloadable files of a release: its top-level files and the quality report's entry page."""
    files = sorted((p for p in release_dir.iterdir() if p.is_file()), key=_file_order)
    quality_index = release_dir / QUALITY_PAGE
    if quality_index.exists():
        files.append(quality_index)
    return files


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    except (OSError, ValueError):
        return None  # a damaged report shows as "not recorded"; it never stops the page


def _read_json_object(path: Path) -> dict[str, Any]:
    """A JSON file's object; empty when the file is missing, damaged or holds no object."""
    found = _read_json(path)
    return found if isinstance(found, dict) else {}


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A cell as shown in a preview: one line, long text cut with an ellipsis, missing as empty."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    if isinstance(value, bool | int | float):
        return f"{value:,}" if not isinstance(value, bool) else str(value).lower()
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _file_rows(release_dir: Path) -> list[dict[str, Any]]:
    """A line per downloadable file; its SHA-256 as the release's SHA256SUMS lists it (what a
    person checks the download against), computed for the files that list leaves out."""
    sums = release_dir / CHECKSUMS
    listed = checksum_lines(sums.read_text(encoding="utf-8"))[0] if sums.is_file() else {}
    rows = []
    for path in release_files(release_dir):
        n = row_count(path)
        rel = path.relative_to(release_dir).as_posix()
        rows.append(
            {
                "path": rel,
                "format": format_of(path)["label"],
                "size": human_size(path.stat().st_size),
                "rows": "" if n is None else n,
                "sha256": listed.get(rel) or sha256_file(path),
            }
        )
    return rows


def newest_rows(path: Path, columns: list[str], dates: dict[str, str], n_rows: int) -> list[dict[str, Any]]:
    """The `n_rows` rows of a published table whose document is newest (`dates`: doc_id -> ISO
    date), undated documents last, rows of one document in the table's own order."""
    ids = pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist()
    order = heapq.nlargest(n_rows, range(len(ids)), key=lambda i: (dates.get(ids[i]) or "", -i))
    newest: list[dict[str, Any]] = (  # pyarrow has no type hints
        pq.read_table(path, columns=columns).take(pa.array(order, type=pa.int64())).to_pylist()
    )
    return newest


def _table_previews(release_dir: Path, publish: dict[str, Any]) -> list[dict[str, Any]]:
    columns_by_table = publish["dataset"].get("preview_columns", {})
    n_rows = int(publish["dataset"].get("preview_rows", 5))
    dates = {doc_id: date for doc_id, (_, date) in document_names(release_dir).items()}
    tables = []
    for table in TABLES.values():
        path = release_dir / f"{table.name}.parquet"
        entry = {"name": table.name, "title": table.title, "description": table.description, "rows": 0}
        entry.update(preview=[], columns=[], more_columns=0)
        if path.exists():
            meta = pq.read_metadata(path)
            held = set(meta.schema.names)  # a release made by older code may lack a newer column
            wanted = [
                c
                for c in columns_by_table.get(table.name, table.column_names)
                if c in table.column_names and c in held
            ]
            head = newest_rows(path, wanted, dates, n_rows)
            entry.update(
                rows=meta.num_rows,
                columns=wanted,
                more_columns=len(table.columns) - len(wanted),
                preview=[[excerpt(r.get(c)) for c in wanted] for r in head],
            )
        tables.append(entry)
    return tables


def _changes(releases_dir: Path, versions: list[str]) -> dict[str, Any]:
    """The newest release's differences from the one before (both verified: `versions` holds only
    releases that verify), in words; worked out once per pair of releases (the page is rendered
    twice a run: with the status, then the release)."""
    if len(versions) < 2:
        return {"first": True, "tables": [], "documents": [], "previous": None}
    new_dir, old_dir = releases_dir / versions[0], releases_dir / versions[1]
    key = _pair_key(new_dir, old_dir)
    if key not in _CHANGES:
        _CHANGES.clear()  # one pair matters at a time
        _CHANGES[key] = _changes_between(new_dir, old_dir, versions[1])
    return copy.deepcopy(_CHANGES[key])


_CHANGES: dict[tuple[Any, ...], dict[str, Any]] = {}


def _pair_key(new_dir: Path, old_dir: Path) -> tuple[Any, ...]:
    return (str(new_dir.resolve()), str(old_dir.resolve()), _sums_digest(new_dir), _sums_digest(old_dir))


def remember_changes(
    new_dir: Path,
    old_dir: Path,
    diffs: list[release_diff.TableDiff],
    documents: list[release_diff.DocumentChange],
) -> None:
    """The differences publishing just worked out between a sealed release and the one before it,
    kept for the page (which would otherwise read both releases again to find them)."""
    _CHANGES.clear()
    _CHANGES[_pair_key(new_dir, old_dir)] = _in_words(diffs, documents, old_dir.name)


def _sums_digest(release_dir: Path) -> str:
    """What a release's files are (its SHA256SUMS), or its absence."""
    sums = release_dir / CHECKSUMS
    return hashlib.sha256(sums.read_bytes()).hexdigest() if sums.is_file() else "absent"


def _changes_between(new_dir: Path, old_dir: Path, previous: str) -> dict[str, Any]:
    try:
        old_schemas, new_schemas = _csv_schemas(old_dir), _csv_schemas(new_dir)
        diffs = release_diff.diff_release(
            release_diff.schema_signature(old_schemas),
            release_diff.schema_signature(new_schemas),
            *rows_to_compare(old_dir, new_dir, old_schemas, new_schemas),
        )
        documents = release_diff.document_changes(diffs, document_names(old_dir), document_names(new_dir))
    except (OSError, ValueError, KeyError):
        return {"first": False, "tables": [], "documents": [], "previous": previous, "unknown": True}
    return _in_words(diffs, documents, previous)


def _in_words(
    diffs: list[release_diff.TableDiff], documents: list[release_diff.DocumentChange], previous: str
) -> dict[str, Any]:
    """What changed for the page: each document (title, date, rows per table), then each table."""
    tables = []
    for d in diffs:
        if not (d.rows_changed or d.schema_changed):
            continue
        words = [
            f"{len(d.added)} {'row' if len(d.added) == 1 else 'rows'} added",
            f"{len(d.removed)} removed",
            f"{len(d.changed)} changed",
        ]
        if d.columns_added or d.columns_removed or d.columns_retyped:
            words.append(
                f"columns: {len(d.columns_added)} added, {len(d.columns_removed)} removed, "
                f"{len(d.columns_retyped)} retyped"
            )
        tables.append({"table": d.table, "words": ", ".join(words) + "."})
    named = [
        {
            "status": c.status,
            "doc_id": c.doc_id,
            "title": c.title,
            "date": c.date,
            "rows": release_diff.rows_in_words(c),
        }
        for c in documents
    ]
    return {"first": False, "tables": tables, "documents": named, "previous": previous}


def _csv_schemas(release_dir: Path) -> dict[str, dict[str, Any]]:
    descriptor = json.loads((release_dir / DATAPACKAGE).read_text(encoding="utf-8"))
    return {
        r["name"]: r["schema"]
        for r in descriptor["resources"]
        if r.get("format") == "csv" and r["name"] in TABLES and isinstance(r.get("schema"), dict)
    }


def _checks(release_dir: Path, publish: dict[str, Any]) -> list[dict[str, Any]]:
    plain = publish.get("checks", {})
    rows = []
    summary = _read_json(release_dir / QUALITY_SUMMARY)
    for s in summary if isinstance(summary, list) else []:
        if not isinstance(s, dict) or "suite" not in s:
            continue
        warned = int(s.get("warned", 0))
        result, css = ("passed", "ok") if s.get("success") else ("failed", "fail")
        if s.get("success") and warned:
            result, css = "passed with warnings", "warn"
        rows.append(
            {
                "suite": str(s["suite"]),
                "plain": plain.get(str(s["suite"]), f"The {s['suite']} checks."),
                "result": result,
                "css": css,
                "passed": s.get("passed", ""),
                "evaluated": s.get("evaluated", ""),
                "warned": warned,
                "success": bool(s.get("success")),
            }
        )
    order = list(plain)  # the vocabulary lists the suites in stage order
    return sorted(
        rows, key=lambda r: (order.index(r["suite"]) if r["suite"] in order else len(order), r["suite"])
    )


def _licences(package: dict[str, Any], publish: dict[str, Any]) -> list[dict[str, Any]]:
    own = publish["dataset"]["license"]
    out = []
    for licence in package.get("licenses") or []:
        if not isinstance(licence, dict):
            continue
        name = str(licence.get("name", ""))
        out.append(
            {
                "name": name,
                "title": str(licence.get("title") or name),
                "href": safe_href(licence.get("path")),
                "applies": "these tables and their documentation"
                if name == own
                else "source texts marked so in documents.license",
            }
        )
    return out


def _citation(release_dir: Path) -> dict[str, Any]:
    """The release's citation as one line and as BibTeX (its CITATION.bib, or made from its
    CITATION.cff for a release published before it had one)."""
    try:
        cff = yaml.safe_load((release_dir / CITATION).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {"text": "", "bibtex": ""}
    if not isinstance(cff, dict):
        return {"text": "", "bibtex": ""}
    bib_path = release_dir / CITATION_BIB
    bib = bib_path.read_text(encoding="utf-8") if bib_path.is_file() else bibtex(cff)
    return {"text": citation_text(cff), "bibtex": bib, "doi": cff.get("doi") or ""}


def _accuracy_blocks(evaluation: object) -> list[dict[str, Any]]:
    """Per gold set; a report of another layout becomes one block without a set name."""
    blocks = [b for b in accuracy_by_set(evaluation) if b["rows"]]
    if blocks or not evaluation:
        return blocks
    rows = accuracy_rows(evaluation)
    return [{"name": "", "title": "", "documents": 0, "rows": rows}] if rows else []


def _current(outputs_dir: Path, release_dir: Path, name: str) -> Path:
    """This run's report (outputs/status/, rewritten by every run, even one that made no release)
    when there is one, else the release's own copy."""
    status = Outputs(outputs_dir).status / name
    return status if status.is_file() else release_dir / name


def _listing(path: Path, outputs_dir: Path, limit: int, group_by: str | None = None) -> dict[str, Any] | None:
    """A CSV of the status (quarantine, rejections) as the page shows it: every column it has, by
    name (a file with more columns shows them too), and at most `limit` rows per `group_by` value
    with how many more there are: a manifest naming 20,000 missing files is one line and a count,
    not a 10 MB page. None when there is no row."""
    if not path.is_file():
        return None
    header, rows = read_csv_cells(path)
    if not rows:
        return None
    key = header.index(group_by) if group_by in header else None
    groups: dict[str, list[list[str]]] = {}
    for row in rows:
        groups.setdefault(row[key] if key is not None and key < len(row) else "", []).append(row)
    return {
        "columns": header,
        "total": len(rows),
        "href": path.relative_to(outputs_dir).as_posix(),
        "groups": [
            {"name": name, "count": len(found), "rows": found[:limit], "more": max(len(found) - limit, 0)}
            for name, found in groups.items()
        ],
    }


def _download(release_dir: Path, name: str) -> dict[str, Any] | None:
    path = release_dir / name
    return {"name": name, "size": human_size(path.stat().st_size)} if path.is_file() else None


def _documents(release_dir: Path) -> dict[str, str]:
    """Which README and changelog to link: the HTML pages, or the Markdown of a release made
    before it had them."""
    html = (release_dir / README_HTML).is_file() and (release_dir / CHANGELOG_HTML).is_file()
    return {"readme": README_HTML if html else README, "changelog": CHANGELOG_HTML if html else CHANGELOG}


def _latest_context(releases_dir: Path, versions: list[str], publish: dict[str, Any]) -> dict[str, Any]:
    version = versions[0]
    release_dir = releases_dir / version
    package = _read_json_object(release_dir / DATAPACKAGE)
    checks = _checks(release_dir, publish)
    evaluation = _read_json(release_dir / EVALUATION_JSON)
    statement = evaluation.get("statement") if isinstance(evaluation, dict) else None
    not_evaluated = evaluation.get("not_evaluated") if isinstance(evaluation, dict) else None
    not_evaluated = not_evaluated if isinstance(not_evaluated, list) else []
    outputs_dir, limit = releases_dir.parent, int(publish["dataset"].get("page_list_limit", 20))
    return {
        "version": version,
        "prefix": release_href(version),
        "created": package.get("created", ""),
        "archive": archive_name(version),
        "quality_page": QUALITY_PAGE if (release_dir / QUALITY_PAGE).exists() else None,
        "workbook": _download(release_dir, workbook_name()),
        "database": _download(release_dir, database_name()),
        **_documents(release_dir),
        "tables": _table_previews(release_dir, publish),
        "changes": _changes(releases_dir, versions),
        "citation": _citation(release_dir),
        "licences": _licences(package, publish),
        "checks": checks,
        "checks_passed": sum(c["success"] for c in checks),
        "accuracy": _accuracy_blocks(evaluation),
        "accuracy_statement": statement or "",
        "not_evaluated": not_evaluated[:limit],
        "not_evaluated_total": len(not_evaluated),
        "quarantine": _listing(_current(outputs_dir, release_dir, QUARANTINE_FILE), outputs_dir, limit),
        "rejections": _listing(
            _current(outputs_dir, release_dir, REJECTIONS_FILE), outputs_dir, limit, group_by="reason"
        ),
    }


PROBLEMS_SHOWN = 5  # per release that fails verification, on the page


def _untrusted_rows(untrusted: dict[str, list[str]]) -> list[dict[str, Any]]:
    rows = []
    for version, problems in untrusted.items():
        more = len(problems) - PROBLEMS_SHOWN
        rows.append({"version": version, "problems": problems[:PROBLEMS_SHOWN], "more": max(more, 0)})
    return rows


def render_index(outputs_dir: Path) -> str:
    """The whole download page for the releases now under `outputs_dir/releases/`
    (``templates/index.html.j2``). Only releases that verify against their SHA256SUMS are shown,
    previewed, compared or linked; the others are named with what is wrong, never linked."""
    publish = vocab.load("publish")
    releases_dir = Outputs(outputs_dir).releases
    versions, untrusted = trusted_releases(releases_dir)
    latest = _latest_context(releases_dir, versions, publish) if versions else None
    releases = [
        {
            "version": v,
            "prefix": release_href(v),
            "created": _read_json_object(releases_dir / v / DATAPACKAGE).get("created", ""),
            "files": _file_rows(releases_dir / v),
            **_documents(releases_dir / v),
        }
        for v in versions
    ]
    return render_html(
        "index.html.j2",
        dataset=publish["dataset"],
        latest=latest,
        releases=releases,
        untrusted=_untrusted_rows(untrusted),
        public=_public_links(settings.publication(), versions),
    )


def _public_links(publication: Publication, versions: list[str]) -> dict[str, Any]:
    """Where the releases are served (`make publish-remote`, PIPELINE_PUBLIC_URL) and the DOI, for
    the page's links; empty when unset: the page then names no host."""
    return {
        "latest": f"{publication.public_url}{LATEST_DIR}/" if publication.public_url else None,
        "releases": {v: publication.release_url(v) for v in versions} if publication.public_url else {},
        "doi": publication.doi,
        "doi_url": publication.doi_url,
    }
