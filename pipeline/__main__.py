"""Command line: `python -m pipeline run` materialises the graph (what `make data` calls);
`python -m pipeline evaluate` scores the published tables against the gold (`make evaluate`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run() -> int:
    from dagster import DagsterInstance

    from pipeline.definitions import defs

    instance = DagsterInstance.get()
    result = defs.get_job_def("publish_job").execute_in_process(instance=instance, raise_on_error=False)
    if not result.success:
        for event in result.all_events:
            if event.is_failure:
                print(event.message, file=sys.stderr)
        return 1
    print(f"run {result.run_id}: published")
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
