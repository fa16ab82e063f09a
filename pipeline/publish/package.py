"""The documents that describe a release: datapackage.json, README, CITATION.cff, SHA256SUMS, zip.

Everything here is a pure function of the tables, the release's version and its creation time,
so the same release renders to the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from pipeline import vocab
from pipeline.contract import REJECTIONS, TABLES, Table, data_dictionary_markdown, frictionless_schema
from pipeline.publish.citation import bibtex, citation_cff, citation_text
from pipeline.publish.database import database_name
from pipeline.publish.diff import DocumentChange, document_change_markdown
from pipeline.publish.escape import md_text, safe_href
from pipeline.publish.render import Markdown, render_markdown
from pipeline.publish.workbook import workbook_name
from pipeline.settings import Publication

DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"


def meta() -> dict[str, Any]:
    publish: dict[str, Any] = vocab.load("publish")  # a YAML mapping
    return publish


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def format_of(path: Path) -> dict[str, Any]:
    formats: dict[str, dict[str, Any]] = meta()["formats"]
    return formats.get(path.suffix.lstrip(".").lower(), formats[""])


def archive_name(version: str) -> str:
    return f"{meta()['dataset']['archive_stem']}-{version}.zip"


def rejections_schema() -> dict[str, Any]:
    schema = frictionless_schema(REJECTIONS)
    schema.pop("primaryKey")  # a file may be rejected for more than one reason
    return schema


def _resource(path: Path, name: str, table: Table, schema: dict[str, Any]) -> dict[str, Any]:
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


def browsable_resources(directory: Path) -> list[dict[str, Any]]:
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


def _licence(name: str) -> dict[str, Any]:
    known = meta()["licenses"].get(name, {})
    return {"name": name, **known}


def source_licences(documents: pd.DataFrame) -> list[str]:
    return sorted({str(v) for v in documents["license"].dropna()}) if "license" in documents else []


def _sources(documents: pd.DataFrame) -> list[dict[str, Any]]:
    sources = []
    for row in documents.itertuples(index=False):
        source: dict[str, Any] = {"title": str(row.title)}
        if safe_href(row.source_url) and "://" in str(row.source_url):
            source["path"] = row.source_url
        if pd.notna(row.doc_date):  # type: ignore[arg-type]  # pandas-stubs: notna takes any scalar
            source["date"] = str(row.doc_date)
        source["file"] = f"raw/{row.source_file}"
        source["sha256"] = str(row.sha256)
        if "license" in documents.columns and isinstance(row.license, str):
            source["license"] = row.license
        sources.append(source)
    return sources


PARQUET_SUFFIX = "-parquet"  # a Parquet resource's name: its table's name and this


def _parquet_references(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with its foreign keys pointing at the Parquet resources, not at the CSV twins."""
    for fk in schema.get("foreignKeys", []):
        fk["reference"]["resource"] = f"{fk['reference']['resource']}{PARQUET_SUFFIX}"
    return schema


def datapackage(
    directory: Path,
    version: str,
    created: str,
    documents: pd.DataFrame,
    publication: Publication | None = None,
) -> dict[str, Any]:
    """Frictionless Data Package v2 descriptor for the table files already written in `directory`;
    its `id` (the DOI, else the release's URL) and `homepage` only when the releases are hosted."""
    dataset = meta()["dataset"]
    publication = publication or Publication()
    where: dict[str, Any] = {}
    if publication.doi_url or publication.release_url(version):
        where["id"] = publication.doi_url or publication.release_url(version)
    if publication.public_url:
        where["homepage"] = publication.public_url
    resources = []
    for table in TABLES.values():
        schema = frictionless_schema(table)
        resources.append(_resource(directory / f"{table.name}.csv", table.name, table, schema))
    for table in TABLES.values():
        schema = _parquet_references(frictionless_schema(table))
        resources.append(
            _resource(directory / f"{table.name}.parquet", f"{table.name}{PARQUET_SUFFIX}", table, schema)
        )
    resources.append(_resource(directory / "rejections.csv", "rejections", REJECTIONS, rejections_schema()))
    resources += browsable_resources(directory)
    return {
        "$schema": DATAPACKAGE_PROFILE,
        "name": dataset["name"],
        **where,
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


def _table_rows(row_counts: dict[str, int]) -> list[dict[str, Any]]:
    return [
        {"name": t.name, "rows": row_counts.get(t.name, 0), "description": t.description}
        for t in TABLES.values()
    ]


def _source_rows(documents: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for row in documents.to_dict("records"):
        url, lic = row.get("source_url"), row.get("license")
        rows.append(
            {
                "title": row.get("title"),
                "date": str(row["doc_date"]) if pd.notna(row.get("doc_date")) else None,
                "file": row.get("source_file"),
                "url": url if isinstance(url, str) and url else None,
                "license": lic if isinstance(lic, str) and lic else None,
            }
        )
    return rows


def readme(
    version: str,
    created: str,
    row_counts: dict[str, int],
    documents: pd.DataFrame,
    changes: list[DocumentChange] | None = None,
    previous: str | None = None,
    publication: Publication | None = None,
) -> str:
    """README.md generated from the contract: what changed since ``previous`` (each document by
    title and date), tables, data dictionary, provenance, licences, loading
    (``templates/README.md.j2``; every value from the documents is escaped for Markdown)."""
    dataset = meta()["dataset"]
    licences = meta()["licenses"]
    own = dataset["license"]
    cff = yaml.safe_load(citation_cff(version, created[:10], publication))
    citation = Markdown(f"Cite the release you used: {md_text(citation_text(cff))}")
    bib = bibtex(cff)
    return render_markdown(
        "README.md.j2",
        dataset=dataset,
        version=version,
        created=created,
        tables=_table_rows(row_counts),
        rejections=row_counts.get("rejections", 0),
        archive=archive_name(version),
        dictionaries=[Markdown(data_dictionary_markdown(t)) for t in TABLES.values()],
        sources=_source_rows(documents),
        own_licence={"name": own, **licences[own]},
        source_licences=[{"name": n, **licences.get(n, {})} for n in source_licences(documents)],
        citation=citation,
        bibtex=Markdown(bib),
        previous=previous,
        changes=[Markdown(document_change_markdown(c)) for c in changes or []],
    )


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
    settings = meta()
    date_time = tuple(settings["zip_date_time"])
    level, stored = int(settings["zip_compress_level"]), set(settings["zip_stored_suffixes"])
    files = sorted(p for p in directory.rglob("*") if p.is_file() and p != target)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(directory).as_posix()}", date_time=date_time)
            info.compress_type = zipfile.ZIP_STORED if path.suffix in stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, path.read_bytes(), compresslevel=level)
