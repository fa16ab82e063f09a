"""Command line: `python -m pipeline run` materialises the graph (what `make data` calls)."""

from __future__ import annotations

import argparse
import sys


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="materialise every asset and publish outputs/")
    args = parser.parse_args(argv)
    if args.command == "run":
        return run()
    return 2


if __name__ == "__main__":
    sys.exit(main())
