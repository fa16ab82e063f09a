"""`make bench`: the main job on 5 (the seeds), 100, 1,000 and 10,000 documents, with targets.

Each size runs in a temporary copy of the project roots (raw/, outputs/, cache, DAGSTER_HOME),
in a fresh process, exactly as `make data` runs it. Writes ``outputs/bench/report.json`` and
``outputs/bench/report.md`` (or ``--out DIR``). ``--sizes 100,1000`` picks sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import read_templates, write_corpus
from pipeline.settings import PROJECT_ROOT

LIBRARIES = ["dagster", "pandas", "pyarrow", "numpy", "spacy", "great_expectations", "text_to_num", "yaml"]
TARGETS = {
    "seeds_vs_floor": 2.5,  # five documents, `make data` again: at most 2.5x the import floor
    "seeds_cold_vs_floor": 2.5,  # the same on a fresh instance and an empty cache
    "1000_s": 30.0,
    "10000_s": 180.0,
    "10000_rss_mb": 2048.0,
    "incremental_share": 0.10,  # one document added to 10,000: at most 10% of the full run
    "nochange_vs_seeds": 2.0,  # no-change re-run: at most 2x the five-document time
    "extract_mb_s": 5.0,  # extraction throughput per core
}
EXTRACT_STEPS = ("extract",)


def _env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PIPELINE_RAW_DIR=str(root / "raw"),
        PIPELINE_OUTPUTS_DIR=str(root / "outputs"),
        PIPELINE_CACHE_DIR=str(root / "cache"),
        PIPELINE_EXPECTATIONS_DIR=str(PROJECT_ROOT / "expectations"),
        DAGSTER_HOME=str(root / "dagster_home"),
    )
    return env


def _prepare(root: Path) -> None:
    (root / "dagster_home").mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT_ROOT / "deploy" / "dagster.yaml", root / "dagster_home" / "dagster.yaml")


def measure_run(root: Path, profile: Path | None = None) -> dict:
    """One run of the job in a fresh process; wall time measured from outside."""
    out = root / f"run-{time.monotonic_ns()}.json"
    cmd = [sys.executable, "-m", "bench.driver", str(out)] + (["--profile", str(profile)] if profile else [])
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=_env(root), cwd=PROJECT_ROOT, capture_output=True, text=True)
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


def import_floor(repeats: int = 3) -> float:
    code = "import " + ", ".join(LIBRARIES)
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=PROJECT_ROOT)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def corpus_mb(root: Path) -> float:
    return sum(p.stat().st_size for p in (root / "raw").glob("*.txt")) / 1e6


def quantulum_throughput(templates: list[str], budget_chars: int = 60_000) -> float:
    """MB/s of the quantulum3 baseline over seed-like text (measured on a sample: it is slow)."""
    from quantulum3 import parser

    from pipeline.text.normalise import normalise

    text = "\n\n".join(normalise(t).text for t in templates)
    sample = (text * (budget_chars // max(1, len(text)) + 1))[:budget_chars]
    parser.parse("warm up 5 people")
    t = time.perf_counter()
    for para in sample.split("\n\n"):
        parser.parse(para)
    return len(sample.encode()) / 1e6 / (time.perf_counter() - t)


def run_size(n_docs: int, templates: list[str], work: Path, incremental: bool, profile: Path | None) -> dict:
    root = work / f"n{n_docs}"
    _prepare(root)
    if n_docs == 5:
        shutil.copytree(PROJECT_ROOT / "raw", root / "raw")
    else:
        write_corpus(templates, n_docs, root / "raw")
    result = {"docs": n_docs, "mb": corpus_mb(root)}
    result["full"] = measure_run(root, profile)
    if n_docs == 5:
        result["warm"] = measure_run(root)  # `make data` again: installed .venv, filled cache
    if incremental:
        write_corpus(templates, 1, root / "added", seed=7)
        shutil.move(root / "added" / "synthetic-00000.txt", root / "raw" / "added-document.txt")
        result["incremental"] = measure_run(root)
        result["nochange"] = measure_run(root)
    return result


def summarise(results: list[dict], floor: float, quantulum_mb_s: float) -> dict:
    by = {r["docs"]: r for r in results}
    seeds = by.get(5, {}).get("full", {}).get("wall_s")
    checks = {}
    if seeds:
        checks["seeds_cold_vs_floor"] = seeds / floor
        checks["seeds_vs_floor"] = by[5]["warm"]["wall_s"] / floor
    for n in (1000, 10000):
        if n in by:
            checks[f"{n}_s"] = by[n]["full"]["wall_s"]
    if 10000 in by:
        checks["10000_rss_mb"] = by[10000]["full"]["peak_rss_mb"]
    big = by.get(10000) or by.get(max(by))
    if "incremental" in big:
        checks["incremental_share"] = big["incremental"]["wall_s"] / big["full"]["wall_s"]
        if seeds:
            checks["nochange_vs_seeds"] = big["nochange"]["wall_s"] / seeds
    extract = [
        r["mb"] / r["full"]["extract_s"] for r in results if r["full"]["extract_s"] > 0 and r["docs"] >= 100
    ]
    if extract:
        checks["extract_mb_s"] = min(extract)
    verdict = {}
    for key, value in checks.items():
        limit = TARGETS[key]
        ok = value >= limit if key == "extract_mb_s" else value <= limit
        verdict[key] = {"value": round(value, 3), "target": limit, "met": ok}
    return {"import_floor_s": floor, "quantulum3_mb_s": quantulum_mb_s, "targets": verdict}


def render_markdown(report: dict) -> str:
    lines = [
        "# Benchmark",
        "",
        f"Machine: {report['machine']}. Import floor (`import {', '.join(LIBRARIES)}`): "
        f"{report['summary']['import_floor_s']:.2f} s. quantulum3 baseline: "
        f"{report['summary']['quantulum3_mb_s']:.3f} MB/s.",
        "",
        "| docs | MB | run | wall s | peak MB | import s | steps s | GX s (share) | Dagster overhead s | "
        "extract MB/s |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in report["sizes"]:
        for kind in ("full", "warm", "incremental", "nochange"):
            if kind not in r:
                continue
            m = r[kind]
            share = m["gx_s"] / m["wall_s"] if m["wall_s"] else 0
            mbs = f"{r['mb'] / m['extract_s']:.2f}" if m["extract_s"] > 0 else "–"
            lines.append(
                f"| {r['docs']:,} | {r['mb']:.1f} | {kind} | {m['wall_s']:.1f} | {m['peak_rss_mb']:.0f} | "
                f"{m['import_s']:.1f} | {m['step_total_s']:.1f} | {m['gx_s']:.1f} ({share:.0%}) | "
                f"{m['dagster_overhead_s']:.1f} | {mbs} |"
            )
    lines += ["", "## Time per stage (full runs, seconds)", ""]
    steps = sorted({k for r in report["sizes"] for k in r["full"]["steps_s"]})
    lines.append("| step | " + " | ".join(f"{r['docs']:,}" for r in report["sizes"]) + " |")
    lines.append("| --- |" + " ---: |" * len(report["sizes"]))
    for s in steps:
        lines.append(
            f"| {s} | " + " | ".join(f"{r['full']['steps_s'].get(s, 0):.2f}" for r in report["sizes"]) + " |"
        )
    lines += ["", "## Targets", "", "| target | value | limit | met |", "| --- | ---: | ---: | --- |"]
    for key, v in report["summary"]["targets"].items():
        lines.append(f"| {key} | {v['value']} | {v['target']} | {'yes' if v['met'] else '**no**'} |")
    if report.get("profile"):
        lines += [
            "",
            f"## Profile ({report['profile']['docs']:,} documents, pyinstrument)",
            "",
            "```",
            report["profile"]["text"],
            "```",
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--sizes", default="5,100,1000,10000")
    parser.add_argument("--out", default=str(PROJECT_ROOT / "outputs" / "bench"))
    parser.add_argument("--profile-size", type=int, default=1000)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    templates = read_templates(PROJECT_ROOT / "raw")
    floor = import_floor()
    results = []
    profile_text = None
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        for n in sizes:
            profile = out / f"profile-{n}.txt" if n == args.profile_size else None
            print(f"bench: {n} documents…", flush=True)
            results.append(run_size(n, templates, work, incremental=(n == max(sizes)), profile=profile))
            if profile and profile.exists():
                profile_text = profile.read_text(encoding="utf-8")
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "sizes": results,
        "summary": summarise(results, floor, quantulum_throughput(templates)),
    }
    if profile_text:
        report["profile"] = {"docs": args.profile_size, "text": "\n".join(profile_text.splitlines()[:60])}
    (out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    (out / "report.md").write_text(render_markdown(report), encoding="utf-8")
    print(render_markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
