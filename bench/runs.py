"""One measured `make data` in a temporary copy of the project roots: what `make bench` and
`bench.hostile` run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pipeline.settings import PROJECT_ROOT

EXTRACT_STEPS = ("extract",)


def run_env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PIPELINE_RAW_DIR=str(root / "raw"),
        PIPELINE_OUTPUTS_DIR=str(root / "outputs"),
        PIPELINE_CACHE_DIR=str(root / "cache"),
        PIPELINE_EXPECTATIONS_DIR=str(PROJECT_ROOT / "expectations"),
        DAGSTER_HOME=str(root / "dagster_home"),
    )
    return env


def prepare_root(root: Path) -> None:
    (root / "dagster_home").mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT_ROOT / "deploy" / "dagster.yaml", root / "dagster_home" / "dagster.yaml")


def measure_run(root: Path, profile: Path | None = None, force: bool = False) -> dict:
    """One `make data` in a fresh process (the job only when something changed, unless ``force``);
    wall time measured from outside."""
    out = root / f"run-{time.monotonic_ns()}.json"
    cmd = [sys.executable, "-m", "bench.driver", str(out)] + (["--profile", str(profile)] if profile else [])
    cmd += ["--force"] if force else []
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=run_env(root), cwd=PROJECT_ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0 or not out.exists():
        raise RuntimeError(f"benchmark run failed in {root}:\n{proc.stderr[-3000:]}")
    report = json.loads(out.read_text())
    report["wall_s"] = wall
    steps = report["steps_s"]
    report["step_total_s"] = sum(steps.values())
    report["extract_s"] = sum(v for k, v in steps.items() if k in EXTRACT_STEPS)
    report["dagster_overhead_s"] = max(0.0, report["run_s"] - report["step_total_s"])
    return report
