"""Command line: `python -m pipeline run` materialises the graph (what `make data` calls);
`python -m pipeline evaluate` scores the published tables against the gold (`make evaluate`)."""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

    from dagster import AssetCheckEvaluation, DagsterInstance, JobExecutionResult

    from pipeline.settings import ProjectPaths
    from pipeline.uptodate import FileHashes, Stamp


@dataclass(frozen=True)
class StepError:
    """Why a step failed: the error's message and the class names along its chain of causes."""

    message: str
    classes: frozenset[str]


def _step_errors(result: JobExecutionResult) -> dict[str, StepError]:
    """{step: the error it failed with}, from the run's step-failure events; Dagster's own wrapping
    errors are looked through to the project's error inside."""
    errors = {}
    for event in result.all_events:
        if event.event_type_value != "STEP_FAILURE":
            continue
        data = event.step_failure_data
        error = data.error if data is not None else None
        classes = set()
        chain = error
        while chain is not None:
            classes.add(chain.cls_name or "")
            chain = chain.cause
        while error is not None and error.cause is not None and "dagster" in (error.cls_name or "").lower():
            error = error.cause
        message = (error.message.strip() if error is not None else event.message) or ""
        errors[event.step_key or "?"] = StepError(message, frozenset(classes))
    return errors


def _node_output(result: JobExecutionResult, node: str, output: str = "result") -> Any:
    try:
        return result.output_for_node(node, output) if result.is_node_success(node) else None
    except Exception:  # a node that produced nothing
        return None


def _said_above(check: AssetCheckEvaluation) -> bool:
    """A WARN check whose every failure is a rejected input or a held-back document, listed above."""
    if check.check_name in ("held_back", "ingest_rejections_suite"):
        return True
    meta = {k: getattr(v, "value", v) for k, v in (check.metadata or {}).items()}
    only_documents = not meta.get("warned_expectations") and not meta.get("blocking_failures")
    return bool(meta.get("documents_failing")) and only_documents


def _print_inputs(result: JobExecutionResult) -> None:
    """The rejected raw inputs and the held-back documents, each once."""
    from pipeline.quality.quarantine import summary_lines
    from pipeline.sources import printable_name

    rejections = _node_output(result, "ingest", "ingest_rejections")
    if rejections is not None and len(rejections):
        print(f"{len(rejections)} raw input(s) rejected:")
        for r in rejections.itertuples(index=False):
            print(printable_name(f"  {r.source_file}: {r.reason} — {r.detail}"))
    held = _node_output(result, "validate", "quarantine")
    if held is None or not len(held):
        return
    whole = held["source_file"].isin(set(held.loc[held["scope"] == "document", "source_file"]))
    for part, heading in (
        (held[whole], "document(s) held back (quarantine.csv)"),
        (held[~whole], "document(s) published with row(s) held back (quarantine.csv)"),
    ):
        lines = summary_lines(part) if len(part) else []
        if lines:
            print(f"{len(lines)} {heading}:")
            for line in lines:
                print(printable_name(f"  {line}"))


def _published_tables(result: JobExecutionResult) -> dict[str, Any]:
    """The four tables as published by this run, read back through the IO manager."""
    from pipeline.contract import TABLES

    tables = {name: _node_output(result, "validate", f"validated_{name}") for name in TABLES}
    return {name: t for name, t in tables.items() if t is not None}


def _print_rows_and_where_to_look(tables: dict[str, Any]) -> None:
    """Rows per published table, then where a person looks next (vocab/publish.yaml `next_steps`)."""
    from pipeline import vocab

    if tables:
        print("rows: " + ", ".join(f"{name} {len(frame):,}" for name, frame in tables.items()))
    for line in vocab.load("publish")["next_steps"]:
        print(f"  {line}")


def _failed_checks(result: JobExecutionResult) -> list[str]:
    """Print every failed check not already said above; the names of those of severity ERROR."""
    errors = []
    for check in result.get_asset_check_evaluations():
        if check.passed:
            continue
        name = f"{check.asset_key.to_user_string()}/{check.check_name}"
        if check.severity.value == "ERROR":
            errors.append(name)
        if check.severity.value == "ERROR" or not _said_above(check):
            print(f"check {name} failed ({check.severity.value}): {(check.description or '')[:300]}")
    return errors


def _print_release(release: dict | None) -> None:
    """Releases that do not verify, and a latest/ that had to be repaired."""
    for version, problems in ((release or {}).get("untrusted") or {}).items():
        print(f"release {version} does not verify (left as evidence, not used): {'; '.join(problems)}")
    if release and release.get("latest_repaired"):
        found = release["latest_repaired"]
        shown = "; ".join(found[:5]) + (f"; and {len(found) - 5} more" if len(found) > 5 else "")
        print(
            f"latest/ was not a copy of release {release['previous']}, the newest that verifies ({shown}); "
            f"it now holds release {release['version']}"
        )


def _print_unpublished(result: JobExecutionResult, errors: list[str]) -> None:
    """Why nothing was published: a failed step, another run's lock, or blocking checks."""
    from pipeline.publish.release import PublishLockedError

    step_errors = _step_errors(result)
    for step, error in step_errors.items():
        print(f"step {step} failed: {error.message}", file=sys.stderr)
    if any(PublishLockedError.__name__ in e.classes for e in step_errors.values()):
        print(
            f"run {result.run_id}: another run holds the outputs/ lock; this run published nothing",
            file=sys.stderr,
        )
    elif "published_release" in step_errors:
        print(f"run {result.run_id}: publishing failed (see above)", file=sys.stderr)
    else:
        blocked = f" (blocked by {', '.join(errors)})" if errors else ""
        print(
            f"run {result.run_id}: nothing was published{blocked}; the previous release stays latest",
            file=sys.stderr,
        )


def _print_up_to_date(stamp: Stamp, outputs_dir: Path) -> None:
    print(
        f"nothing changed since run {stamp.run_id} (raw/, code, expectations, settings and outputs/ "
        f"are as it left them): latest release is {stamp.version} -> {outputs_dir / 'latest'}"
    )
    print("  `make data FORCE=1` runs the job anyway")
    if stamp.rows:
        print("rows: " + ", ".join(f"{name} {n:,}" for name, n in stamp.rows.items()))


def run(force: bool = False) -> int:
    """Materialise the graph on the local instance and say exactly what happened, each thing once:
    the rejected inputs, the held-back documents, failed checks, releases that do not verify, and
    whether (and which) release is now latest. Exit 0 when a release was published or the tables
    were unchanged; 1 when nothing could be published or a check failed with severity ERROR.
    Nothing runs when nothing changed since the last good run (``pipeline.uptodate``), unless
    ``force``."""
    from pipeline.settings import default_paths
    from pipeline.uptodate import FileHashes, inputs_fingerprint, up_to_date

    paths = default_paths()
    hashes = FileHashes.for_paths(paths)
    fingerprint = inputs_fingerprint(paths, hashes=hashes)
    stamp = None if force else up_to_date(paths, fingerprint, hashes)
    if stamp is not None:
        _print_up_to_date(stamp, paths.outputs_dir)
        return 0
    return _run_job(paths, fingerprint, hashes)


QUIET = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}  # the summary says it


@contextmanager
def publish_job_run(
    instance: DagsterInstance, run_config: dict | None = None
) -> Iterator[JobExecutionResult]:
    """The publish job run in this process, its outputs read back through the IO manager: unlike
    ``execute_in_process``, no step's output stays in memory after the steps that use it."""
    from dagster import execute_job, reconstructable

    from pipeline.defs.code_location import resolved_publish_job

    with execute_job(
        reconstructable(resolved_publish_job), instance, run_config=run_config, raise_on_error=False
    ) as result:
        yield result


def _run_job(paths: ProjectPaths, fingerprint: str, hashes: FileHashes) -> int:
    from dagster import DagsterInstance

    with DagsterInstance.get() as instance, publish_job_run(instance, QUIET) as result:
        return _report(result, paths, fingerprint, hashes)


def _report(result: JobExecutionResult, paths: ProjectPaths, fingerprint: str, hashes: FileHashes) -> int:
    """What the run did, each thing once; the stamp when it went well."""
    _print_inputs(result)
    errors = _failed_checks(result)
    release = _node_output(result, "published_release")
    _print_release(release)
    if release is None:
        _print_unpublished(result, errors)
        return 1
    what = "published release" if release["new_release"] else "tables unchanged; latest release is"
    print(f"run {result.run_id}: {what} {release['version']} -> {release['latest_dir']}")
    _print_rows_and_where_to_look(_published_tables(result))
    if errors:
        print(
            f"run {result.run_id}: but check(s) {', '.join(errors)} failed with severity ERROR",
            file=sys.stderr,
        )
        return 1
    record_good_run(paths, fingerprint, result, hashes)
    return 0


def record_good_run(
    paths: ProjectPaths, fingerprint: str, result: JobExecutionResult, hashes: FileHashes | None = None
) -> bool:
    """Stamp a run that published (or found the tables unchanged) with no ERROR check, so the next
    `make data` with nothing changed does nothing; False (no stamp) for any other run."""
    from pipeline.uptodate import write_stamp

    release = _node_output(result, "published_release")
    failed = any(not c.passed and c.severity.value == "ERROR" for c in result.get_asset_check_evaluations())
    if release is None or failed:
        return False
    rows = {n: len(t) for n, t in _published_tables(result).items()}
    write_stamp(paths, fingerprint, result.run_id, release["version"], rows, hashes)
    return True


def evaluate(published: Path | None, as_json: bool, details: bool = False, write_floors: bool = False) -> int:
    """Score the gold sets and print the report: by default through the core stages `make data`
    runs (``pipeline.stages.core``) on raw/ (the cache makes a second run quick); with
    ``published``, the tables of a release folder instead. Sets with texts of their own (the
    challenge set) always go through the core stages."""
    import json

    import pandas as pd

    from pipeline.cache import DocumentCache
    from pipeline.contract import TABLES
    from pipeline.defs.assets.extract import CODE_VERSION as EXTRACT_VERSION  # share the graph's cache
    from pipeline.evaluate import FLOORS_FILE, floors_frame, render_markdown, render_summary
    from pipeline.evaluate import evaluate as score
    from pipeline.settings import default_paths
    from pipeline.stages.core import run_core

    paths = default_paths()
    cache = DocumentCache(paths.cache_dir)
    if published is None:
        tables = run_core(paths.raw_dir, cache, paths.expectations_dir, EXTRACT_VERSION).tables
    else:
        tables = {}
        for name in TABLES:
            found = [
                published / f"{name}.{ext}"
                for ext in ("parquet", "csv")
                if (published / f"{name}.{ext}").exists()
            ]
            if not found:
                print(f"{published}: no {name}.parquet or {name}.csv", file=sys.stderr)
                return 1
            tables[name] = (
                pd.read_parquet(found[0]) if found[0].suffix == ".parquet" else pd.read_csv(found[0])
            )
    report = score(
        tables,
        gold_root=paths.gold_dir,
        cache=cache,
        expectations_dir=paths.expectations_dir,
        code_version=EXTRACT_VERSION,
    )
    if write_floors:  # after a merge: the tests' floors from what this code measures now
        floors_frame(report).to_csv(paths.gold_dir / FLOORS_FILE, index=False, lineterminator="\n")
        print(f"wrote {paths.gold_dir / FLOORS_FILE}", file=sys.stderr)
    if as_json:
        print(json.dumps(report, indent=1, default=str))
    else:
        print(render_markdown(report) if details else render_summary(report))
    return 0


def publish_remote(target: str, version: str | None) -> int:
    """Copy the newest verified release (or `version`) to `target` and say what was done."""
    from pipeline.publish.remote import RemotePublishError
    from pipeline.publish.remote import publish_remote as copy_release
    from pipeline.settings import default_paths

    try:
        result = copy_release(default_paths().outputs_dir, target, version)
    except RemotePublishError as exc:
        print(f"publish-remote: {exc}", file=sys.stderr)
        return 1
    print(
        f"release {result.version} -> {target.rstrip('/')}/{result.version}/ and latest/: "
        f"{len(result.uploaded)} file(s) uploaded, {len(result.unchanged)} already there, "
        f"{len(result.removed)} stale removed from latest/; {result.verified} read back and verified "
        "against SHA256SUMS"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline")
    sub = parser.add_subparsers(dest="command", required=True)
    runner = sub.add_parser("run", help="materialise every asset and publish outputs/")
    runner.add_argument("--force", action="store_true", help="run the job even when nothing changed")
    ev = sub.add_parser("evaluate", help="score every gold set in gold/ through the stages make data runs")
    ev.add_argument("--published", type=Path, help="score a folder of published tables instead of raw/")
    ev.add_argument("--details", action="store_true", help="every miss and false positive, per text")
    ev.add_argument("--write-floors", action="store_true", help="rewrite gold/floors.csv from this run")
    ev.add_argument("--json", action="store_true", help="print the report as JSON instead of Markdown")
    remote = sub.add_parser("publish-remote", help="copy the newest verified release to an fsspec URL")
    remote.add_argument("--to", required=True, help="s3://bucket/path, gs://bucket/path, file:///path, ...")
    remote.add_argument("--release", help="a version to publish instead of the newest")
    args = parser.parse_args(argv)
    if args.command == "publish-remote":
        return publish_remote(args.to, args.release)
    if args.command == "run":
        return run(force=args.force)
    if args.command == "evaluate":
        return evaluate(args.published, args.json, args.details, args.write_floors)
    return 2


if __name__ == "__main__":
    sys.exit(main())
