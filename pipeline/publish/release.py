"""Publish a release: stage it, verify it, rename it into place, then point latest/ and index.html at it.

    outputs/releases/<version>/   immutable; a release that exists is never rewritten
    outputs/latest/               real files (no symlinks) identical to the newest release
    outputs/index.html            the download page

A run whose tables are identical to the newest release's (same schema, same CSV bytes) makes no
release and writes nothing; it only repairs latest/ or index.html if they were lost.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from pipeline.contract import TABLES, conform, frictionless_schema
from pipeline.publish import diff as release_diff
from pipeline.publish import package
from pipeline.publish.database import database_name, write_database
from pipeline.publish.reports import evaluation_markdown, quality_summary
from pipeline.publish.site import QUALITY_SUMMARY, release_versions, render_index
from pipeline.publish.tables import csv_bytes, read_parquet_rows, write_table
from pipeline.publish.verify import verify_staged_release
from pipeline.publish.workbook import workbook_name, write_workbook

# Writes the quality report (GX Data Docs) for the run's suite results into a folder:
# (results, target_dir, run_time=<ISO 8601>) -> path of its index.html.
QualityDocsBuilder = Callable[..., object]


@dataclass
class PublishResult:
    version: str
    created: str
    new_release: bool
    previous: str | None
    release_dir: Path
    row_counts: dict[str, int] = field(default_factory=dict)
    diffs: list[release_diff.TableDiff] = field(default_factory=list)


def release_time() -> datetime:
    """Now (UTC), or `SOURCE_DATE_EPOCH` when set, so that fresh builds can be reproduced exactly."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --- reading what is published -------------------------------------------------------------


def current_schemas() -> dict[str, dict]:
    return {name: frictionless_schema(table) for name, table in TABLES.items()}


def published_schemas(release_dir: Path) -> dict[str, dict]:
    """Table Schemas of a published release's tables, from its datapackage.json (CSV resources)."""
    descriptor = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
    return {
        r["name"]: r["schema"]
        for r in descriptor["resources"]
        if r.get("format") == "csv" and r["name"] != "rejections"
    }


def content_digest(directory: Path, schemas: dict[str, dict]) -> str:
    """Digest of a release's tables: each table's schema signature and its CSV bytes."""
    digest = hashlib.sha256()
    for name, signature in release_diff.schema_signature(schemas).items():
        digest.update(json.dumps([name, signature]).encode())
        csv_path = directory / f"{name}.csv"
        digest.update(csv_path.read_bytes() if csv_path.exists() else b"<missing>")
    return digest.hexdigest()


def _rows(directory: Path, names) -> dict[str, list[dict]]:
    return {
        n: read_parquet_rows(directory / f"{n}.parquet")
        for n in names
        if (directory / f"{n}.parquet").exists()
    }


# --- writing -------------------------------------------------------------------------------


def write_release_files(
    staging: Path,
    *,
    version: str,
    created: str,
    documents: pd.DataFrame,
    row_counts: dict[str, int],
    changelog: str,
    quality: list[dict],
    evaluation: object,
    rejections: pd.DataFrame,
    build_quality_docs: QualityDocsBuilder | None,
) -> None:
    """Everything in a release besides the table files, which must already be in `staging`."""
    rejected = conform(rejections.reindex(columns=package.REJECTIONS.column_names), package.REJECTIONS)
    (staging / "rejections.csv").write_bytes(csv_bytes(rejected, package.REJECTIONS))
    (staging / "evaluation.json").write_bytes(
        package.dumps_json(evaluation if evaluation is not None else {})
    )
    (staging / "evaluation.md").write_text(evaluation_markdown(evaluation), encoding="utf-8")
    quality_dir = staging / "quality"
    quality_dir.mkdir(exist_ok=True)
    if build_quality_docs is not None:
        build_quality_docs(quality, quality_dir, run_time=created)
    (staging / QUALITY_SUMMARY).write_bytes(package.dumps_json(quality_summary(quality)))
    (staging / "CITATION.cff").write_text(package.citation_cff(version, created[:10]), encoding="utf-8")
    counts = {**row_counts, "rejections": len(rejections)}
    (staging / "README.md").write_text(package.readme(version, created, counts, documents), encoding="utf-8")
    (staging / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    descriptor = package.datapackage(staging, version, created, documents)
    (staging / "datapackage.json").write_bytes(package.dumps_json(descriptor))
    archive = staging / package.archive_name(version)
    sums = package.checksums(staging, exclude={package.CHECKSUMS_NAME, archive.name})
    (staging / package.CHECKSUMS_NAME).write_text(sums, encoding="utf-8")
    package.write_zip(staging, archive, folder=archive.stem)


def _same_tree(a: Path, b: Path) -> bool:
    """True when both directories hold the same relative paths with the same bytes."""
    if not (a.is_dir() and b.is_dir()):
        return False
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return files_a == files_b and all((a / f).read_bytes() == (b / f).read_bytes() for f in files_a)


def sync_latest(outputs_dir: Path, release_dir: Path) -> bool:
    """Make outputs/latest/ a real-file copy of `release_dir`; build aside, then swap. True if changed."""
    latest = outputs_dir / "latest"
    if _same_tree(latest, release_dir):
        return False
    staging = Path(tempfile.mkdtemp(dir=outputs_dir, prefix=".latest-new-"))
    staging.chmod(0o755)  # mkdtemp makes 0700; published folders are for everyone to read
    shutil.copytree(release_dir, staging, dirs_exist_ok=True)
    retired = None
    if latest.exists() or latest.is_symlink():
        retired = Path(tempfile.mkdtemp(dir=outputs_dir, prefix=".latest-old-"))
        retired.rmdir()
        os.rename(latest, retired)
    os.rename(staging, latest)
    if retired is not None:
        shutil.rmtree(retired) if retired.is_dir() and not retired.is_symlink() else retired.unlink()
    return True


def write_if_changed(path: Path, text: str) -> bool:
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


def publish_release(
    tables: dict[str, pd.DataFrame],
    *,
    outputs_dir: Path,
    now: datetime,
    quality: list[dict] | None = None,
    evaluation: object = None,
    rejections: pd.DataFrame | None = None,
    build_quality_docs: QualityDocsBuilder | None = None,
) -> PublishResult:
    """Publish `tables` as a new release if they differ from the newest one; see the module docstring."""
    missing = [name for name in TABLES if name not in tables]
    if missing:
        raise ValueError(f"cannot publish: tables {missing} are missing from the validated tables")
    outputs_dir.mkdir(parents=True, exist_ok=True)
    releases_dir = outputs_dir / "releases"
    releases_dir.mkdir(exist_ok=True)
    versions = release_versions(releases_dir)
    previous = versions[0] if versions else None
    previous_dir = releases_dir / previous if previous else None
    if rejections is None:
        rejections = pd.DataFrame(columns=package.REJECTIONS.column_names)

    staging = Path(tempfile.mkdtemp(dir=outputs_dir, prefix=".staging-"))
    staging.chmod(0o755)  # mkdtemp makes 0700; published folders are for everyone to read
    try:
        for name, table in TABLES.items():
            write_table(tables[name], table, staging)
        row_counts = {name: len(tables[name]) for name in TABLES}
        schemas = current_schemas()
        if previous_dir is not None and content_digest(staging, schemas) == content_digest(
            previous_dir, published_schemas(previous_dir)
        ):
            created = json.loads((previous_dir / "datapackage.json").read_text(encoding="utf-8"))["created"]
            sync_latest(outputs_dir, previous_dir)
            write_if_changed(outputs_dir / "index.html", render_index(outputs_dir))
            return PublishResult(previous, created, False, previous, previous_dir, row_counts)

        created = iso(now)
        diffs: list[release_diff.TableDiff] = []
        previous_changelog = None
        if previous_dir is not None:
            old_schemas = published_schemas(previous_dir)
            diffs = release_diff.diff_release(
                release_diff.schema_signature(old_schemas),
                release_diff.schema_signature(schemas),
                _rows(previous_dir, old_schemas),
                _rows(staging, schemas),
            )
            changelog_path = previous_dir / "CHANGELOG.md"
            previous_changelog = (
                changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else None
            )
        version = release_diff.next_version(previous, diffs)
        section = release_diff.changelog_section(version, created[:10], previous, diffs, row_counts)
        # the same tables for people who query or open a spreadsheet; before datapackage.json and SHA256SUMS
        write_database(tables, staging / database_name())
        write_workbook(tables, staging / workbook_name())
        write_release_files(
            staging,
            version=version,
            created=created,
            documents=tables["documents"],
            row_counts=row_counts,
            changelog=release_diff.prepend_changelog(section, previous_changelog),
            quality=list(quality or []),
            evaluation=evaluation,
            rejections=rejections,
            build_quality_docs=build_quality_docs,
        )
        verify_staged_release(staging)
        target = releases_dir / version
        if target.exists():
            raise FileExistsError(f"release {target} already exists and is never rewritten")
        os.rename(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    sync_latest(outputs_dir, target)
    write_if_changed(outputs_dir / "index.html", render_index(outputs_dir))
    return PublishResult(version, created, True, previous, target, row_counts, diffs)
