"""Extraction throughput per core, in its own process: `python -m bench.throughput OUT.json RAW_DIR`.

Reads a synthetic corpus with the pure stage functions (no Dagster, no cache), warms every
vocabulary once, then times :func:`extract_tables` in CPU seconds of this one process — MB of
normalised text per CPU second is the throughput of one core, whatever else the machine runs.
The naive baseline (``pipeline.baseline``, quantulum3) is timed the same way on a sample of the
same text, and cProfile's top functions of the extraction are kept for the report.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

BASELINE_BUDGET_CHARS = 200_000  # quantulum3 is slow: a sample of the same documents is enough


def _cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def measure(raw_dir: Path, profile_lines: int = 30) -> dict:
    from pipeline.baseline import baseline_tables
    from pipeline.extract.tables import extract_tables
    from pipeline.stages.core import run_core

    run = run_core(raw_dir)
    documents, segments = run.tables["documents"], run.segments
    mb = sum(len(t.encode("utf-8")) for t in documents["text"]) / 1e6
    extract_tables(documents.head(len(documents) // 50 + 1), segments)  # vocabularies compiled once
    cpu = _cpu(lambda: extract_tables(documents, segments))
    profiler = cProfile.Profile()
    profiler.enable()
    extract_tables(documents, segments)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(profile_lines)
    sample = documents[documents["text"].str.len().cumsum() <= BASELINE_BUDGET_CHARS]
    sample = sample if len(sample) else documents.head(1)
    baseline_tables(sample.head(1))  # quantulum3 loads its tables on first use
    sample_mb = sum(len(t.encode("utf-8")) for t in sample["text"]) / 1e6
    baseline_cpu = _cpu(lambda: baseline_tables(sample))
    return {
        "docs": len(documents),
        "mb": mb,
        "extract_cpu_s": cpu,
        "extract_mb_s_per_core": mb / cpu if cpu else 0.0,
        "baseline_mb": sample_mb,
        "baseline_cpu_s": baseline_cpu,
        "baseline_mb_s_per_core": sample_mb / baseline_cpu if baseline_cpu else 0.0,
        "profile": out.getvalue(),
    }


def main(argv: list[str]) -> int:
    report = measure(Path(argv[2]))
    Path(argv[1]).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
