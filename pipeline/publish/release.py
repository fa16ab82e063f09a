"""Publish a release: stage it, verify it, rename it into place, then point latest/ and index.html at it.

    outputs/releases/<version>/   immutable; a release that exists is never rewritten
    outputs/latest/               real files (no symlinks) identical to the newest release
    outputs/index.html            the download page

A run whose published tables are identical to the newest verified release's (same schema, same
CSV bytes) makes no release and writes nothing, whatever else changed (a rejected input, a
document held back with its previous rows carried forward: outputs/status/ says those); it only
repairs latest/ or index.html if they were lost or changed.

Nothing published is trusted before it is checked: a release is reused, compared against or
copied into latest/ only once it verifies against its SHA256SUMS (``verify.release_problems``).
A release that does not (tampered, incomplete, an empty stray folder) is named in the result,
left where it is as evidence, and skipped: the new release is compared against the newest one
that verifies and numbered above every existing folder. One run publishes at a time (an
``fcntl`` lock on ``outputs/.lock``); staging folders left by a killed run are removed first, and
a failed copy removes what it had written.

    outputs/status/               this run's rejections.csv and quarantine.csv, rewritten every
                                  run (also when no release is made): always the current state
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pandas as pd
import pyarrow.parquet as pq
import yaml

from pipeline import settings
from pipeline.contract import (
    QUARANTINE,
    REJECTIONS,
    TABLES,
    UNTRUSTED_RELEASES,
    conform,
    empty_frame,
    frictionless_schema,
)
from pipeline.publish import citation, package
from pipeline.publish import diff as release_diff
from pipeline.publish.database import database_name, write_database
from pipeline.publish.escape import md_code, md_text
from pipeline.publish.layout import (
    CHANGELOG,
    CHANGELOG_HTML,
    CHECKSUMS,
    CITATION,
    CITATION_BIB,
    DATAPACKAGE,
    EVALUATION_JSON,
    EVALUATION_MD,
    INDEX_PAGE,
    LEFTOVER_PREFIXES,
    QUALITY_DIR,
    QUALITY_SUMMARY,
    QUARANTINE_FILE,
    README,
    README_HTML,
    REJECTIONS_FILE,
    UNTRUSTED_FILE,
    ZENODO,
    Outputs,
)
from pipeline.publish.render import markdown_html, render_html
from pipeline.publish.reports import evaluation_markdown, quality_summary
from pipeline.publish.site import remember_changes, render_index
from pipeline.publish.tables import csv_bytes, document_names, rows_to_compare, write_table
from pipeline.publish.verify import (
    published_release_problems,
    release_problems,
    release_versions,
    trusted_releases,
    verify_staged_release,
)
from pipeline.publish.workbook import workbook_name, write_workbook
from pipeline.settings import Publication

AUXILIARY_RESOURCES = ("rejections", "quarantine")  # datapackage resources that are not TABLES

# Writes the quality report (GX Data Docs) for the run's suite results into a folder:
# (results, target_dir, run_time=<ISO 8601>) -> path of its index.html.
QualityDocsBuilder = Callable[..., object]
# pipeline.evaluate's report as Markdown, handed in by the caller: publish sits below evaluate.
EvaluationRenderer = Callable[[dict[str, Any]], str]


class PublishLockedError(RuntimeError):
    """Another run holds the publishing lock on outputs/."""


class LatestNotUpdatedError(RuntimeError):
    """The release was published under releases/, but latest/ or index.html could not be updated."""


@dataclass
class PublishResult:
    version: str
    created: str
    new_release: bool
    previous: str | None  # the newest release that verified, compared against
    release_dir: Path
    row_counts: dict[str, int] = field(default_factory=dict)
    diffs: list[release_diff.TableDiff] = field(default_factory=list)
    untrusted: dict[str, list[str]] = field(default_factory=dict)  # version -> why it does not verify
    latest_repaired: list[str] = field(default_factory=list)  # how latest/ differed from `previous`
    leftovers_removed: list[str] = field(default_factory=list)  # staging folders of killed runs


SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"  # reproducible builds' variable: seconds since 1970, UTC


class ReleaseDateError(ValueError):
    """The date a release would carry is not a date it can have (SOURCE_DATE_EPOCH malformed,
    negative, or before the release it follows)."""


def release_time() -> datetime:
    """When a release is stamped: when it is made (the wall clock, UTC), unless
    `SOURCE_DATE_EPOCH` is set (reproducible rebuilds and tests), which must be a whole number of
    seconds since 1970, not negative."""
    epoch = os.environ.get(SOURCE_DATE_EPOCH, "").strip()
    if not epoch:
        return datetime.now(UTC)
    if not epoch.isascii() or not epoch.isdigit():
        raise ReleaseDateError(
            f"{SOURCE_DATE_EPOCH}={epoch!r} is not a number of seconds since 1970-01-01 (a whole number, "
            "not negative); unset it to date the release now"
        )
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise ReleaseDateError(f"{SOURCE_DATE_EPOCH}={epoch} is not a date ({exc})") from exc


def check_not_before(created: str, previous: str | None, previous_created: str | None) -> None:
    """A release is never dated before the release it follows: raise ReleaseDateError, saying
    where the date came from."""
    if previous is None or not previous_created or created >= previous_created:
        return
    source = (
        f"{SOURCE_DATE_EPOCH}={os.environ[SOURCE_DATE_EPOCH].strip()}"
        if os.environ.get(SOURCE_DATE_EPOCH, "").strip()
        else "the clock"
    )
    raise ReleaseDateError(
        f"{source} dates this release {created}, before release {previous} ({previous_created}); "
        "nothing was published"
    )


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --- reading what is published -------------------------------------------------------------


def current_schemas() -> dict[str, dict[str, Any]]:
    return {name: frictionless_schema(table) for name, table in TABLES.items()}


def published_schemas(release_dir: Path) -> dict[str, dict[str, Any]]:
    """Table Schemas of a published release's tables, from its datapackage.json (CSV resources)."""
    descriptor = json.loads((release_dir / DATAPACKAGE).read_text(encoding="utf-8"))
    return {
        r["name"]: r["schema"]
        for r in descriptor["resources"]
        if r.get("format") == "csv" and r["name"] not in AUXILIARY_RESOURCES
    }


def content_digest(directory: Path, schemas: dict[str, dict[str, Any]]) -> str:
    """Digest of a release's published tables: each table's schema signature and CSV bytes."""
    digest = hashlib.sha256()
    for name, signature in release_diff.schema_signature(schemas).items():
        digest.update(json.dumps([name, signature]).encode())
        csv_path = directory / f"{name}.csv"
        digest.update(csv_path.read_bytes() if csv_path.exists() else b"<missing>")
    return digest.hexdigest()


# --- which releases can be trusted ---------------------------------------------------------


def release_trust(releases_dir: Path) -> tuple[str | None, dict[str, list[str]], list[str]]:
    """(newest version that verifies, {version: problems} of every one that does not, every version)."""
    trusted, untrusted = trusted_releases(releases_dir)
    return (trusted[0] if trusted else None), untrusted, release_versions(releases_dir)


def read_release_tables(release_dir: Path) -> dict[str, pd.DataFrame]:
    """The tables of a published release as its Parquet files hold them (its own columns)."""
    return {
        name: pq.read_table(release_dir / f"{name}.parquet").to_pandas()
        for name in TABLES
        if (release_dir / f"{name}.parquet").is_file()
    }


def previous_release_tables(outputs_dir: Path) -> tuple[str | None, dict[str, pd.DataFrame], dict[str, Any]]:
    """(version, tables, untrusted) of the newest release under outputs/releases/ that verifies."""
    version, untrusted, _ = release_trust(Outputs(Path(outputs_dir)).releases)
    if version is None:
        return None, {}, untrusted
    return version, read_release_tables(Outputs(Path(outputs_dir)).release(version)), untrusted


def _release_version(release_dir: Path) -> str | None:
    try:
        version = json.loads((release_dir / DATAPACKAGE).read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError, AttributeError):
        return None
    return version if isinstance(version, str) and release_diff.parse_version(version) else None


def id_documents(outputs_dir: Path) -> tuple[str | None, pd.DataFrame | None, dict[str, list[str]]]:
    """(where from, documents table, releases that fail verification): the documents whose doc_ids
    a run keeps. The newest release that verifies; but when a newer release's folder fails
    verification while latest/ — the copy made of it when it was published — still verifies and
    holds it, latest/: its documents keep their ids, and a twin sorting first cannot take one."""
    outputs = Outputs(Path(outputs_dir))
    version, untrusted, _ = release_trust(outputs.releases)
    newer_in_latest = None
    if untrusted and outputs.latest.is_dir() and not published_release_problems(outputs.latest):
        held = _release_version(outputs.latest)
        if held and (
            version is None or release_diff.version_sort_key(held) > release_diff.version_sort_key(version)
        ):
            newer_in_latest = held
    if newer_in_latest is not None:
        return (
            f"latest/ (release {newer_in_latest})",
            read_release_tables(outputs.latest).get("documents"),
            untrusted,
        )
    if version is None:
        return None, None, untrusted
    return version, read_release_tables(outputs.release(version)).get("documents"), untrusted


# --- one publisher at a time; what killed runs leave ----------------------------------------


class UnsafeOutputPath(RuntimeError):
    """A path the pipeline writes under outputs/ is a symbolic link: it is not followed."""


def refuse_link(path: Path) -> Path:
    """``path``, unless it is a symbolic link: writing through it would land outside outputs/."""
    if path.is_symlink():
        raise UnsafeOutputPath(f"{path} is a symbolic link: refused, not followed (remove it and run again)")
    return path


@contextmanager
def publish_lock(outputs_dir: Path) -> Iterator[None]:
    """Hold `outputs/.lock` (fcntl, released by the kernel if the process dies) or refuse at once;
    a lock that is a symbolic link is refused by name, never followed."""
    outputs_dir.mkdir(parents=True, exist_ok=True)
    path = refuse_link(Outputs(outputs_dir).lock)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    with os.fdopen(os.open(path, flags, 0o644), "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise PublishLockedError(
                f"another run is publishing into {outputs_dir} (it holds {path}); this run wrote nothing "
                "there — run again when it has finished"
            ) from exc
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _is_leftover(path: Path) -> bool:
    name = path.name
    return name.startswith(LEFTOVER_PREFIXES) or (name.startswith(".") and name.endswith(".tmp"))


def remove_leftovers(outputs_dir: Path) -> list[str]:
    """Remove what runs killed while publishing left: staging folders, half-written temporary
    files (``.<name>.tmp`` of index.html and status/). Call with the lock held."""
    removed = []
    folders = [outputs_dir, Outputs(outputs_dir).status]
    for path in sorted(p for folder in folders if folder.is_dir() for p in folder.iterdir()):
        if _is_leftover(path):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path.relative_to(outputs_dir).as_posix())
    return removed


def _replace_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)  # a planted link there is removed, never written through
    tmp.write_bytes(data)
    os.replace(tmp, path)


def status_bytes(quarantine: pd.DataFrame | None, rejections: pd.DataFrame | None) -> dict[str, bytes]:
    held = quarantine if quarantine is not None else empty_frame(QUARANTINE)
    rejected = rejections if rejections is not None else pd.DataFrame()
    rejected = conform(rejected.reindex(columns=REJECTIONS.column_names), REJECTIONS)
    return {
        QUARANTINE_FILE: csv_bytes(conform(held, QUARANTINE), QUARANTINE),
        REJECTIONS_FILE: csv_bytes(rejected, REJECTIONS),
    }


def untrusted_bytes(untrusted: dict[str, list[str]]) -> bytes:
    """status/untrusted_releases.csv: a row per problem of each release that fails verification."""
    rows = [{"version": v, "problem": p} for v, problems in untrusted.items() for p in problems]
    frame = pd.DataFrame(rows, columns=UNTRUSTED_RELEASES.column_names)
    return csv_bytes(conform(frame, UNTRUSTED_RELEASES), UNTRUSTED_RELEASES)


def _write_status_files(outputs: Outputs, files: dict[str, bytes]) -> None:
    """Replace files of outputs/status/ whose bytes differ (call with the lock held); a status
    folder or file that is a symbolic link is refused by name, never followed."""
    refuse_link(outputs.status).mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        path = refuse_link(outputs.status / name)
        if not path.is_file() or path.read_bytes() != data:
            _replace_bytes(path, data)


def write_status(
    outputs_dir: Path, quarantine: pd.DataFrame | None = None, rejections: pd.DataFrame | None = None
) -> Path:
    """outputs/status/: quarantine.csv (given ``quarantine``), rejections.csv (given
    ``rejections``), each written by the step that owns it every run whether or not a release
    follows, so they are always true; and the release folders that fail verification."""
    outputs = Outputs(Path(outputs_dir))
    with publish_lock(outputs.root):
        _, untrusted = trusted_releases(outputs.releases)
        given = {QUARANTINE_FILE: quarantine is not None, REJECTIONS_FILE: rejections is not None}
        files = {name: data for name, data in status_bytes(quarantine, rejections).items() if given[name]}
        _write_status_files(outputs, {**files, UNTRUSTED_FILE: untrusted_bytes(untrusted)})
        if outputs.index_page.exists():  # the download page shows the current status
            write_if_changed(outputs.index_page, render_index(outputs.root))
    return outputs.status


# --- writing -------------------------------------------------------------------------------


def write_release_files(
    staging: Path,
    *,
    version: str,
    created: str,
    documents: pd.DataFrame,
    row_counts: dict[str, int],
    changelog: str,
    quality: list[dict[str, Any]],
    evaluation: object,
    rejections: pd.DataFrame,
    build_quality_docs: QualityDocsBuilder | None,
    render_evaluation: EvaluationRenderer | None = None,
    quarantine: pd.DataFrame | None = None,
    changes: list[release_diff.DocumentChange] | None = None,
    previous: str | None = None,
    publication: Publication | None = None,
) -> None:
    """Everything in a release besides the table files, which must already be in `staging`."""
    rejected = conform(rejections.reindex(columns=REJECTIONS.column_names), REJECTIONS)
    (staging / REJECTIONS_FILE).write_bytes(csv_bytes(rejected, REJECTIONS))
    if not (staging / QUARANTINE_FILE).exists():
        (staging / QUARANTINE_FILE).write_bytes(status_bytes(quarantine, None)[QUARANTINE_FILE])
    (staging / EVALUATION_JSON).write_bytes(package.dumps_json(evaluation if evaluation is not None else {}))
    (staging / EVALUATION_MD).write_text(evaluation_markdown(evaluation, render_evaluation), encoding="utf-8")
    quality_dir = staging / QUALITY_DIR
    quality_dir.mkdir(exist_ok=True)
    if build_quality_docs is not None:
        build_quality_docs(quality, quality_dir, run_time=created)
    (staging / QUALITY_SUMMARY).write_bytes(package.dumps_json(quality_summary(quality)))
    write_citations(staging, version, created[:10], publication)
    counts = {**row_counts, "rejections": len(rejections)}
    (staging / README).write_text(
        package.readme(version, created, counts, documents, changes, previous, publication), encoding="utf-8"
    )
    (staging / CHANGELOG).write_text(changelog, encoding="utf-8")
    write_html_documents(staging, version)
    descriptor = package.datapackage(staging, version, created, documents, publication)
    if not any(r.get("name") == QUARANTINE.name for r in descriptor["resources"]):
        descriptor["resources"].append(
            package._resource(staging / QUARANTINE_FILE, QUARANTINE.name, QUARANTINE, quarantine_schema())
        )
    (staging / DATAPACKAGE).write_bytes(package.dumps_json(descriptor))
    archive = staging / package.archive_name(version)
    sums = package.checksums(staging, exclude={CHECKSUMS, archive.name})
    (staging / CHECKSUMS).write_text(sums, encoding="utf-8")
    package.write_zip(staging, archive, folder=archive.stem)


HTML_DOCUMENTS = {README: README_HTML, CHANGELOG: CHANGELOG_HTML}  # Markdown file -> its HTML page


def write_html_documents(staging: Path, version: str) -> None:
    """README.html (with the data dictionary) and CHANGELOG.html beside their Markdown, for a
    browser; links between them point at the HTML pages."""
    title = package.meta()["dataset"]["title"]
    nav = [
        {"href": README_HTML, "label": "README and data dictionary"},
        {"href": f"{README_HTML}#data-dictionary", "label": "Data dictionary"},
        {"href": CHANGELOG_HTML, "label": "Changelog"},
    ]
    for markdown_name, html_name in HTML_DOCUMENTS.items():
        body = markdown_html((staging / markdown_name).read_text(encoding="utf-8"), HTML_DOCUMENTS)
        page = render_html(
            "document.html.j2", title=f"{title} {version}: {markdown_name}", body=body, nav=nav
        )
        (staging / html_name).write_text(page, encoding="utf-8")


def write_citations(staging: Path, version: str, released: str, publication: Publication | None) -> None:
    """CITATION.cff, CITATION.bib and .zenodo.json: the release as people and Zenodo cite it."""
    cff = citation.citation_cff(version, released, publication)
    (staging / CITATION).write_text(cff, encoding="utf-8")
    (staging / CITATION_BIB).write_text(citation.bibtex(yaml.safe_load(cff)), encoding="utf-8")
    (staging / ZENODO).write_bytes(package.dumps_json(citation.zenodo_json(version, released, publication)))


def published_publication(release_dir: Path) -> Publication:
    """Where a published release said it was hosted and its DOI (its CITATION.cff)."""
    try:
        cff = yaml.safe_load((release_dir / CITATION).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return Publication()
    if not isinstance(cff, dict):
        return Publication()
    url, doi = cff.get("repository-artifact"), cff.get("doi")
    return Publication(url if isinstance(url, str) else None, doi if isinstance(doi, str) else None)


def quarantine_schema() -> dict[str, Any]:
    schema = frictionless_schema(QUARANTINE)
    schema.pop("primaryKey")  # a document may fail more than one check
    return schema


def tree_differences(a: Path, b: Path) -> list[str]:
    """How directory `a` differs from `b` (relative paths missing, added or with other bytes)."""
    if a.is_symlink() or not a.is_dir():
        return [f"{a.name} is not a folder"] if a.exists() or a.is_symlink() else [f"no {a.name}/"]
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file() or p.is_symlink()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    out = [f"missing {f}" for f in sorted(files_b - files_a)]
    out += [f"extra {f}" for f in sorted(files_a - files_b)]
    out += [
        f"{f} differs"
        for f in sorted(files_a & files_b)
        if (a / f).is_symlink() or (a / f).read_bytes() != (b / f).read_bytes()
    ]
    return out


def sync_latest(outputs_dir: Path, release_dir: Path) -> list[str]:
    """Make outputs/latest/ a real-file copy of `release_dir` (which has verified); build aside,
    then swap. Returns how latest/ differed before (empty: it was already the same)."""
    latest = Outputs(outputs_dir).latest
    differences = tree_differences(latest, release_dir)
    if not differences:
        return []
    staging = Path(tempfile.mkdtemp(dir=outputs_dir, prefix=".latest-new-"))
    try:
        staging.chmod(0o755)  # mkdtemp makes 0700; published folders are for everyone to read
        shutil.copytree(release_dir, staging, dirs_exist_ok=True)
        retired = None
        if latest.exists() or latest.is_symlink():
            retired = Path(tempfile.mkdtemp(dir=outputs_dir, prefix=".latest-old-"))
            retired.rmdir()
            os.rename(latest, retired)
        os.rename(staging, latest)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)  # a failed copy leaves nothing half-written
    if retired is not None:
        shutil.rmtree(retired) if retired.is_dir() and not retired.is_symlink() else retired.unlink()
    return differences


def write_if_changed(path: Path, text: str) -> bool:
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    _replace_bytes(path, data)
    return True


def _point_latest_at(outputs_dir: Path, release_dir: Path, published: bool) -> None:
    """sync_latest and the download page; a failure says whether a release was published."""
    try:
        sync_latest(outputs_dir, release_dir)
        write_if_changed(Outputs(outputs_dir).index_page, render_index(outputs_dir))
    except OSError as exc:
        what = (
            f"release {release_dir.name} was published in {release_dir}"
            if published
            else (f"no new release was needed (the tables equal release {release_dir.name})")
        )
        raise LatestNotUpdatedError(
            f"{what}, but {Outputs(outputs_dir).latest} or {INDEX_PAGE} could not be updated: {exc}. "
            "latest/ still holds what it held before; the next run repairs it."
        ) from exc


def publish_release(
    tables: dict[str, pd.DataFrame],
    *,
    outputs_dir: Path,
    now: datetime,
    quality: list[dict[str, Any]] | None = None,
    evaluation: object = None,
    rejections: pd.DataFrame | None = None,
    build_quality_docs: QualityDocsBuilder | None = None,
    render_evaluation: EvaluationRenderer | None = None,
    quarantine: pd.DataFrame | None = None,
    publication: Publication | None = None,
) -> PublishResult:
    """Publish `tables` as a new release if they differ from the newest one; see the module
    docstring. ``publication`` (where releases are served, the DOI) defaults to the settings."""
    missing = [name for name in TABLES if name not in tables]
    if missing:
        raise ValueError(f"cannot publish: tables {missing} are missing from the validated tables")
    outputs_dir = Path(outputs_dir)
    with publish_lock(outputs_dir):
        leftovers = remove_leftovers(outputs_dir)
        run = RunOutputs(
            quality=list(quality or []),
            evaluation=evaluation,
            rejections=rejections
            if rejections is not None
            else pd.DataFrame(columns=REJECTIONS.column_names),
            build_quality_docs=build_quality_docs,
            render_evaluation=render_evaluation,
            quarantine=quarantine,
            publication=publication if publication is not None else settings.publication(),
        )
        result = _publish_locked(tables, outputs_dir, now, run)
        result.leftovers_removed = leftovers
        return result


def _created(release_dir: Path | None) -> str | None:
    """When a published release was made, from its datapackage.json."""
    if release_dir is None:
        return None
    descriptor = json.loads((release_dir / DATAPACKAGE).read_text(encoding="utf-8"))
    return str(descriptor["created"]) if isinstance(descriptor, dict) and "created" in descriptor else None


def _same_content(staging: Path, previous_dir: Path, schemas: dict[str, Any]) -> bool:
    """The staged tables hold exactly the previous release's content (same schemas, same rows)."""
    return content_digest(staging, schemas) == content_digest(previous_dir, published_schemas(previous_dir))


def _changes_since(
    previous_dir: Path | None, staging: Path, schemas: dict[str, Any]
) -> tuple[list[release_diff.TableDiff], str | None]:
    """The staged tables' differences from the previous release, and that release's changelog."""
    if previous_dir is None:
        return [], None
    old_schemas = published_schemas(previous_dir)
    diffs = release_diff.diff_release(
        release_diff.schema_signature(old_schemas),
        release_diff.schema_signature(schemas),
        *rows_to_compare(previous_dir, staging, old_schemas, schemas),
    )
    changelog_path = previous_dir / CHANGELOG
    return diffs, changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else None


def _seal(staging: Path, target: Path) -> Path:
    """The staged release verified against its own SHA256SUMS and renamed into place, never over
    an existing release."""
    verify_staged_release(staging)
    problems = release_problems(staging)
    if problems:
        raise RuntimeError(f"staged release {staging} does not verify against its own SHA256SUMS: {problems}")
    if target.exists():
        raise FileExistsError(
            f"release {target} already exists and is never rewritten; nothing was published"
        )
    os.rename(staging, target)
    return target


def _stage_tables(tables: dict[str, pd.DataFrame], quarantine: pd.DataFrame | None, staging: Path) -> None:
    for name, table in TABLES.items():
        write_table(tables[name], table, staging)
    (staging / QUARANTINE_FILE).write_bytes(status_bytes(quarantine, None)[QUARANTINE_FILE])


@dataclass
class NextRelease:
    """What a new release is: its version, its differences from the previous one (by row and by
    document) and its cumulative changelog."""

    version: str
    diffs: list[release_diff.TableDiff]
    documents: list[release_diff.DocumentChange]
    changelog: str


def _next_release(
    previous_dir: Path | None,
    previous: str | None,
    newest: str | None,
    staging: Path,
    schemas: dict[str, Any],
    created: str,
    row_counts: dict[str, int],
    run: RunOutputs,
    untrusted: dict[str, list[str]],
) -> NextRelease:
    diffs, previous_changelog = _changes_since(previous_dir, staging, schemas)
    version = release_diff.next_version(newest, diffs)
    documents = (
        release_diff.document_changes(diffs, document_names(previous_dir), document_names(staging))
        if previous_dir is not None
        else []
    )
    section = release_diff.changelog_section(
        version,
        created[:10],
        previous,
        diffs,
        row_counts,
        held_back=_held_back_lines(run.quarantine),
        untrusted=untrusted,
        documents=documents,
        publication=_publication_change(previous_dir, run.publication),
    )
    return NextRelease(version, diffs, documents, release_diff.prepend_changelog(section, previous_changelog))


def _publication_change(previous_dir: Path | None, now: Publication) -> list[str]:
    """Lines for the changelog when where the releases are served, or the DOI, changed."""
    if previous_dir is None:
        return []
    before = published_publication(previous_dir)
    lines = []
    if before.public_url != now.public_url:
        lines.append(
            f"Served from {now.public_url or 'no public address'} (was {before.public_url or 'none'})."
        )
    if before.doi != now.doi:
        lines.append(f"DOI {now.doi or 'none'} (was {before.doi or 'none'}).")
    return lines


def _releases_so_far(
    outputs_dir: Path, releases_dir: Path
) -> tuple[str | None, dict[str, list[str]], str | None, Path | None, list[str]]:
    """(newest version that verifies, those that do not, newest version, the sound one's folder,
    what latest/ should be and is not — tampered, half-copied: it is replaced, never read from)."""
    releases_dir.mkdir(exist_ok=True)
    previous, untrusted, versions = release_trust(releases_dir)
    previous_dir = releases_dir / previous if previous else None
    newest = versions[0] if versions else None
    tampered_latest = (
        tree_differences(Outputs(outputs_dir).latest, previous_dir) if previous_dir is not None else []
    )
    return previous, untrusted, newest, previous_dir, tampered_latest


@dataclass
class RunOutputs:
    """What a run hands publishing besides the tables: the checks' results, the evaluation, the
    rejected inputs, the held-back documents, and where the releases are served."""

    quality: list[dict[str, Any]]
    evaluation: object
    rejections: pd.DataFrame
    build_quality_docs: QualityDocsBuilder | None
    render_evaluation: EvaluationRenderer | None
    quarantine: pd.DataFrame | None
    publication: Publication


def _publish_locked(
    tables: dict[str, pd.DataFrame], outputs_dir: Path, now: datetime, run: RunOutputs
) -> PublishResult:
    releases_dir = Outputs(outputs_dir).releases
    previous, untrusted, newest, previous_dir, tampered_latest = _releases_so_far(outputs_dir, releases_dir)
    _write_status_files(Outputs(outputs_dir), {UNTRUSTED_FILE: untrusted_bytes(untrusted)})
    row_counts = {name: len(tables[name]) for name in TABLES}
    staging = Path(tempfile.mkdtemp(dir=outputs_dir, prefix=".staging-"))
    staging.chmod(0o755)  # mkdtemp makes 0700; published folders are for everyone to read
    try:
        _stage_tables(tables, run.quarantine, staging)
        schemas = current_schemas()
        if (
            previous_dir is not None
            and previous is not None  # always so with previous_dir: it is releases/<previous>
            and _same_content(staging, previous_dir, schemas)
            and published_publication(previous_dir) == run.publication
        ):
            shutil.rmtree(staging)
            _point_latest_at(outputs_dir, previous_dir, published=False)
            created = _created(previous_dir) or ""
            return PublishResult(
                previous, created, False, previous, previous_dir, row_counts, [], untrusted, tampered_latest
            )
        created = iso(now)
        check_not_before(created, previous, _created(previous_dir))
        upcoming = _next_release(
            previous_dir, previous, newest, staging, schemas, created, row_counts, run, untrusted
        )
        _write_release(staging, tables, upcoming, created, previous, row_counts, run)
        target = _seal(staging, releases_dir / upcoming.version)
        if previous_dir is not None:
            remember_changes(target, previous_dir, upcoming.diffs, upcoming.documents)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    _point_latest_at(outputs_dir, target, published=True)
    return PublishResult(
        upcoming.version,
        created,
        True,
        previous,
        target,
        row_counts,
        upcoming.diffs,
        untrusted,
        tampered_latest,
    )


def _write_release(
    staging: Path,
    tables: dict[str, pd.DataFrame],
    upcoming: NextRelease,
    created: str,
    previous: str | None,
    row_counts: dict[str, int],
    run: RunOutputs,
) -> None:
    # the same tables for people who query or open a spreadsheet; before datapackage.json and SHA256SUMS
    write_database(tables, staging / database_name())
    write_workbook(tables, staging / workbook_name())
    write_release_files(
        staging,
        version=upcoming.version,
        created=created,
        documents=tables["documents"],
        row_counts=row_counts,
        changelog=upcoming.changelog,
        changes=upcoming.documents,
        previous=previous,
        quality=run.quality,
        evaluation=run.evaluation,
        rejections=run.rejections,
        build_quality_docs=run.build_quality_docs,
        render_evaluation=run.render_evaluation,
        quarantine=run.quarantine,
        publication=run.publication,
    )


def _held_back_lines(quarantine: pd.DataFrame | None) -> list[str]:
    if quarantine is None or not len(quarantine):
        return []
    lines = []
    for key, group in quarantine.groupby("source_file", sort=True):
        source_file = cast(str, key)  # the quarantine table's source_file is a string column
        carried = bool(group["carried_forward"].astype("bool").any())
        checks = ", ".join(md_text(c) for c in sorted(set(group["check"])))
        whole = "scope" not in group or (group["scope"] == "document").any()
        what = "its rows from the previous release carried forward" if carried else "absent from the tables"
        if not whole:
            n_rows = len(group.drop_duplicates(subset=["table", "row_id"]))
            what = f"{n_rows} row(s) held back, the rest published"
        lines.append(
            f"{md_code(group['doc_id'].iloc[0])} ({md_code('raw/' + source_file)}): {what}; fails {checks}"
        )
    return lines
