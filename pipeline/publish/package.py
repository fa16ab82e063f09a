"""The documents that describe a release: datapackage.json, README, CITATION.cff, SHA256SUMS, zip.

Everything here is a pure function of the tables, the release's version and its creation time,
so the same release renders to the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pandas as pd
import yaml

from pipeline import vocab
from pipeline.contract import TABLES, Column, Table, data_dictionary_markdown, frictionless_schema
from pipeline.publish.database import database_name
from pipeline.publish.workbook import workbook_name

DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
CHECKSUMS_NAME = "SHA256SUMS"

REJECTIONS = Table(
    name="rejections",
    title="Rejected raw files",
    description="Every raw file (or manifest row) the pipeline could not use, with the reason.",
    primary_key="source_file",
    sort_by=("source_file", "reason", "detail"),
    columns=(
        Column("source_file", "string", "Path of the raw file (or manifest) relative to raw/."),
        Column("reason", "string", "Why it was rejected (empty, binary, not UTF-8, duplicate, ...)."),
        Column("detail", "string", "What exactly was wrong.", nullable=True),
    ),
)


def meta() -> dict:
    return vocab.load("publish")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def format_of(path: Path) -> dict:
    formats = meta()["formats"]
    return formats.get(path.suffix.lstrip(".").lower(), formats[""])


def archive_name(version: str) -> str:
    return f"{meta()['dataset']['archive_stem']}-{version}.zip"


def rejections_schema() -> dict:
    schema = frictionless_schema(REJECTIONS)
    schema.pop("primaryKey")  # a file may be rejected for more than one reason
    return schema


def _resource(path: Path, name: str, table: Table, schema: dict) -> dict:
    fmt = path.suffix.lstrip(".")
    resource = {
        "name": name,
        # frictionless reads Parquet straight through pyarrow and then cannot check `bytes` and `hash`;
        # as "file" resources their size and checksum are verified, and the CSV twin's rows validated.
        "type": "table" if fmt == "csv" else "file",
        "path": path.name,
        "format": fmt,
        "mediatype": format_of(path)["mediatype"],
        "bytes": path.stat().st_size,
        "hash": f"sha256:{sha256_file(path)}",
        "title": f"{table.title} ({format_of(path)['label']})",
        "description": table.description,
        "schema": schema,
    }
    if fmt == "csv":
        resource["encoding"] = "utf-8"
    return resource


def browsable_resources(directory: Path) -> list[dict]:
    """The SQLite database and the Excel workbook (all four tables in one file each), when written."""
    resources = []
    for path, name, what in (
        (directory / database_name(), "database", "all tables, with full-text search and keys"),
        (directory / workbook_name(), "workbook", "a sheet per table and the data dictionary"),
    ):
        if path.exists():
            resources.append(
                {
                    "name": name,
                    "type": "file",
                    "path": path.name,
                    "format": path.suffix.lstrip("."),
                    "mediatype": format_of(path)["mediatype"],
                    "bytes": path.stat().st_size,
                    "hash": f"sha256:{sha256_file(path)}",
                    "title": f"{format_of(path)['label']}: {what}",
                    "description": f"The {', '.join(TABLES)} tables in one {format_of(path)['label']} file.",
                }
            )
    return resources


def _licence(name: str) -> dict:
    known = meta()["licenses"].get(name, {})
    return {"name": name, **known}


def source_licences(documents: pd.DataFrame) -> list[str]:
    return sorted({str(v) for v in documents["license"].dropna()}) if "license" in documents else []


def _sources(documents: pd.DataFrame) -> list[dict]:
    sources = []
    for row in documents.itertuples(index=False):
        source: dict = {"title": str(row.title)}
        if isinstance(row.source_url, str) and row.source_url:
            source["path"] = row.source_url
        if pd.notna(row.doc_date):
            source["date"] = str(row.doc_date)
        source["file"] = f"raw/{row.source_file}"
        source["sha256"] = str(row.sha256)
        if "license" in documents.columns and isinstance(row.license, str):
            source["license"] = row.license
        sources.append(source)
    return sources


def datapackage(directory: Path, version: str, created: str, documents: pd.DataFrame) -> dict:
    """Frictionless Data Package v2 descriptor for the table files already written in `directory`."""
    dataset = meta()["dataset"]
    resources = []
    for table in TABLES.values():
        schema = frictionless_schema(table)
        resources.append(_resource(directory / f"{table.name}.csv", table.name, table, schema))
    for table in TABLES.values():
        schema = frictionless_schema(table)
        resources.append(
            _resource(directory / f"{table.name}.parquet", f"{table.name}-parquet", table, schema)
        )
    resources.append(_resource(directory / "rejections.csv", "rejections", REJECTIONS, rejections_schema()))
    resources += browsable_resources(directory)
    return {
        "$schema": DATAPACKAGE_PROFILE,
        "name": dataset["name"],
        "title": dataset["title"],
        "description": dataset["description"],
        "version": version,
        "created": created,
        "keywords": list(dataset["keywords"]),
        "licenses": [_licence(dataset["license"])] + [_licence(n) for n in source_licences(documents)],
        "contributors": [dict(c) for c in dataset["contributors"]],
        "sources": _sources(documents),
        "resources": resources,
    }


def dumps_json(obj: object) -> bytes:
    """Stable JSON bytes: sorted keys where order carries no meaning is the caller's job; fixed indent."""
    return (json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n").encode("utf-8")


def citation_cff(version: str | None, released: str | None) -> str:
    """CITATION.cff (Citation File Format 1.2.0); without a version it describes the dataset as a whole."""
    dataset = meta()["dataset"]
    citation: dict = {
        "cff-version": "1.2.0",
        "message": dataset["citation_message"],
        "type": "dataset",
        "title": dataset["title"],
        "abstract": dataset["description"],
        "authors": [{"name": c["title"]} for c in dataset["contributors"]],
        "license": dataset["license"],
        "keywords": list(dataset["keywords"]),
    }
    if version:
        citation["version"] = version
    if released:
        citation["date-released"] = released
    return yaml.safe_dump(citation, sort_keys=False, allow_unicode=True, width=100)


def readme(version: str, created: str, row_counts: dict[str, int], documents: pd.DataFrame) -> str:
    """README.md generated from the contract: tables, data dictionary, provenance, licences, loading."""
    dataset = meta()["dataset"]
    licences = meta()["licenses"]
    own = dataset["license"]
    lines = [
        f"# {dataset['title']}",
        "",
        f"Release **{version}**, created {created}.",
        "",
        dataset["description"],
        "",
        "## Tables",
        "",
        "Every table is published twice with the same columns in the same order: as Parquet (exact types "
        "and text) and as CSV (UTF-8, comma-separated, RFC 4180 quoting, header row).",
        "",
        "| table | rows | files | what it is |",
        "| --- | --- | --- | --- |",
    ]
    for table in TABLES.values():
        lines.append(
            f"| `{table.name}` | {row_counts.get(table.name, 0)} | [`{table.name}.parquet`]"
            f"({table.name}.parquet), [`{table.name}.csv`]({table.name}.csv) | {table.description} |"
        )
    lines += [
        "",
        "Also in this release: `datapackage.json` (Frictionless Data Package v2: every file with its size, "
        "SHA-256 and Table Schema), `CHANGELOG.md` (row-level differences from the previous release), "
        "`CITATION.cff`, `SHA256SUMS`, `rejections.csv` (raw files that could not be used, with the "
        f"reason; {row_counts.get('rejections', 0)} in this release), `evaluation.json` / `evaluation.md` "
        "(extraction accuracy against hand-annotated gold), `quality/` (the data-quality checks the "
        f"tables passed before publication) and `{archive_name(version)}` (all of it in one zip).",
        "",
        "## Tracing a row back to the text",
        "",
        "`documents.text` is the normalised full text of each source document. Every row of "
        "`commitments`, `funding` and `statistics` names its document by `doc_id` and its passage by "
        "`char_start`/`char_end` (0-based, end-exclusive, in Unicode code points), so that "
        "`documents.text[char_start:char_end] == text`. `documents.sha256` is the SHA-256 of the raw "
        "file's bytes and `documents.source_file` its name, so the passage can be found in the original.",
        "",
        "In the CSV files a text cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return "
        "is written with a leading `'` so that a spreadsheet shows it instead of running it as a formula; "
        "the Parquet files keep the exact text, so use them to check offsets.",
        "",
        "## Data dictionary",
        "",
    ]
    for table in TABLES.values():
        lines += [data_dictionary_markdown(table)]
    lines += ["## Sources", ""]
    for row in documents.itertuples(index=False):
        url = f" <{row.source_url}>" if isinstance(row.source_url, str) and row.source_url else ""
        lic = getattr(row, "license", None)
        lic_text = f" Licence: {lic}." if isinstance(lic, str) else " Licence: not recorded."
        date = f" ({row.doc_date})" if pd.notna(row.doc_date) else ""
        lines.append(f"- {row.title}{date}, `raw/{row.source_file}`.{url}{lic_text}")
    lines += [
        "",
        "## Licences",
        "",
        f"This compilation (the tables, their structure and documentation) is published under "
        f"{licences[own]['title']} ({own}, {licences[own]['path']}). The source texts stay under their own "
        "licences, which the documents table records per document (`license`):",
        "",
    ]
    for name in source_licences(documents):
        known = licences.get(name)
        lines.append(f"- `{name}`: {known['title']}, {known['path']}" if known else f"- `{name}`")
    lines += [
        "",
        "## How to cite",
        "",
        f"Cite the release you used, e.g. *{dataset['title']}*, version {version} ({created[:10]}). "
        "`CITATION.cff` holds the same in Citation File Format.",
        "",
        "## Loading the data",
        "",
        "pandas:",
        "",
        "```python",
        "import pandas as pd",
        'documents = pd.read_parquet("documents.parquet")',
        'commitments = pd.read_parquet("commitments.parquet")',
        'per_doc = commitments.merge(documents[["doc_id", "title", "doc_date"]], on="doc_id")',
        "```",
        "",
        "R:",
        "",
        "```r",
        'library(arrow)  # or readr::read_csv("commitments.csv")',
        'commitments <- read_parquet("commitments.parquet")',
        'documents <- read_parquet("documents.parquet")',
        'per_doc <- merge(commitments, documents[, c("doc_id", "title", "doc_date")], by = "doc_id")',
        "```",
        "",
        "DuckDB:",
        "",
        "```sql",
        "SELECT d.title, c.theme, count(*) AS n",
        "FROM 'commitments.parquet' c JOIN 'documents.parquet' d USING (doc_id)",
        "GROUP BY ALL ORDER BY n DESC;",
        "```",
        "",
        "Spreadsheet (Excel, LibreOffice, Google Sheets): open the `.csv` file, or import it choosing "
        "UTF-8 and comma as separator; keep `doc_id` and the date columns as text.",
        "",
        "Check the download: `sha256sum -c SHA256SUMS`.",
        "",
    ]
    return "\n".join(lines)


def checksums(directory: Path, exclude: set[str]) -> str:
    """`sha256sum -c`-compatible lines for every file under `directory`, by sorted relative path."""
    lines = []
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        rel = path.relative_to(directory).as_posix()
        if rel not in exclude:
            lines.append(f"{sha256_file(path)}  {rel}")
    return "\n".join(lines) + "\n"


def write_zip(directory: Path, target: Path, folder: str) -> None:
    """Zip every file under `directory` (except `target`) with sorted names and a fixed timestamp."""
    date_time = tuple(meta()["zip_date_time"])
    files = sorted(p for p in directory.rglob("*") if p.is_file() and p != target)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(directory).as_posix()}", date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, path.read_bytes(), compresslevel=9)
