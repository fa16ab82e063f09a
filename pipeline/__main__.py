"""Command line: `python -m pipeline run` materialises the graph (what `make data` calls);
`python -m pipeline evaluate` scores the published tables against the gold (`make evaluate`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run() -> int:
    """Materialise the graph on the local instance; print the outcome, not Dagster's event log."""
    from dagster import DagsterInstance

    from pipeline.definitions import defs

    quiet = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
    result = defs.resolve_job_def("publish_job").execute_in_process(
        instance=DagsterInstance.get(), run_config=quiet, raise_on_error=False
    )
    rejections = (
        result.output_for_node("ingest", "ingest_rejections") if result.is_node_success("ingest") else None
    )
    if rejections is not None and len(rejections):
        print(f"{len(rejections)} raw file(s) rejected:")
        for r in rejections.itertuples(index=False):
            print(f"  {r.source_file}: {r.reason} — {r.detail}")
    failed = [c for c in result.get_asset_check_evaluations() if not c.passed]
    for check in failed:
        print(f"check {check.asset_key.to_user_string()}/{check.check_name} failed ({check.severity.value})")
    if not result.success:
        for event in result.all_events:
            if event.is_failure:
                print(event.message, file=sys.stderr)
        print(
            f"run {result.run_id} failed: nothing was published; the previous release stays latest",
            file=sys.stderr,
        )
        return 1
    release = result.output_for_node("published_release")
    what = "published release" if release["new_release"] else "tables unchanged; latest release is"
    print(f"run {result.run_id}: {what} {release['version']} -> {release['latest_dir']}")
    return 0


def evaluate(published: Path | None, as_json: bool) -> int:
    """Score a published release (default outputs/latest) against the gold and print the report."""
    import json

    import pandas as pd

    from pipeline.evaluate import evaluate as score
    from pipeline.evaluate import render_markdown
    from pipeline.settings import default_paths

    folder = published or default_paths().outputs_dir / "latest"
    tables = {}
    for name in ("documents", "commitments", "funding", "statistics"):
        found = [
            folder / f"{name}.{ext}" for ext in ("parquet", "csv") if (folder / f"{name}.{ext}").exists()
        ]
        if not found:
            print(f"{folder}: no {name}.parquet or {name}.csv — run `make data` first", file=sys.stderr)
            return 1
        tables[name] = pd.read_parquet(found[0]) if found[0].suffix == ".parquet" else pd.read_csv(found[0])
    report = score(tables)
    print(json.dumps(report, indent=1, default=str) if as_json else render_markdown(report))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="materialise every asset and publish outputs/")
    ev = sub.add_parser("evaluate", help="score published tables against the gold in tests/fixtures/gold")
    ev.add_argument("--published", type=Path, help="folder of published tables (default outputs/latest)")
    ev.add_argument("--json", action="store_true", help="print the report as JSON instead of Markdown")
    args = parser.parse_args(argv)
    if args.command == "run":
        return run()
    if args.command == "evaluate":
        return evaluate(args.published, args.json)
    return 2


if __name__ == "__main__":
    sys.exit(main())
