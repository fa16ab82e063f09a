"""`make bench`: the main job on 5 (the seeds), 1,000 and 10,000 documents, with the targets of
the scale issue, in one run.

Each size runs in a temporary copy of the project roots (raw/, outputs/, cache, DAGSTER_HOME),
in a fresh process, exactly as `make data` runs it. The largest size is also run again with one
document added and with nothing changed. Extraction throughput per core is measured apart
(``bench.throughput``: CPU seconds of one process, beside the naive baseline's). Writes
``outputs/bench/report.json``, ``outputs/bench/report.md`` and the profile of the largest run
(``profile-<n>.txt``, pyinstrument) (or ``--out DIR``). ``--sizes 5,1000`` picks sizes.

The machine may be shared: wall times are noisy; the throughput is in CPU time, which is not.
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
from bench.hostile import measure_hostile
from bench.runs import measure_run, prepare_root
from pipeline.settings import PROJECT_ROOT

LIBRARIES = ["dagster", "pandas", "pyarrow", "numpy", "spacy", "great_expectations", "text_to_num", "yaml"]
TARGETS = {  # the scale issue's table
    "seeds_vs_floor": 2.0,  # five documents, `make data` again: at most 2x the import floor
    "10000_s": 90.0,  # 10,000 documents, full run
    "10000_rss_mb": 1024.0,  # ... peak resident memory
    "incremental_share": 0.10,  # one document added to 10,000: at most 10% of the full run
    "nochange_vs_seeds": 2.0,  # no change at 10,000: at most 2x the five-document `make data` again
    "extract_mb_s": 5.0,  # extraction throughput per core (CPU time)
    "hostile_vs_forced": 2.5,  # the trust issue's four crafted texts added: at most 2.5x a forced run
}
LABELS = {
    "seeds_vs_floor": "five texts, `make data` again (× import floor)",
    "10000_s": "10,000 texts, full run (s)",
    "10000_rss_mb": "10,000 texts, full run, peak memory (MB)",
    "incremental_share": "one text added to {n:,} (share of the full run)",
    "nochange_vs_seeds": "no change, {n:,} texts (× the five-text time)",
    "extract_mb_s": "extraction throughput (MB/s per core)",
    "hostile_vs_forced": "four crafted texts added (× a forced run without them)",
}
THROUGHPUT_SIZE = 1000  # the corpus the throughput is measured on (its raw/ is reused)
RUN_KINDS = ("full", "warm", "warm_forced", "incremental", "nochange", "nochange_forced")


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


def measure_throughput(raw_dir: Path, work: Path) -> dict:
    """Extraction and naive-baseline MB/s per core on ``raw_dir``, in a fresh process."""
    out = work / "throughput.json"
    cmd = [sys.executable, "-m", "bench.throughput", str(out), str(raw_dir)]
    proc = subprocess.run(cmd, cwd=PROJECT_ROOT, capture_output=True, text=True)
    if proc.returncode != 0 or not out.exists():
        raise RuntimeError(f"throughput measurement failed:\n{proc.stderr[-3000:]}")
    return json.loads(out.read_text())


def run_size(n_docs: int, templates: list[str], work: Path, incremental: bool, profile: Path | None) -> dict:
    root = work / f"n{n_docs}"
    prepare_root(root)
    if n_docs == 5:
        shutil.copytree(PROJECT_ROOT / "raw", root / "raw")
    else:
        write_corpus(templates, n_docs, root / "raw")
    result = {"docs": n_docs, "mb": corpus_mb(root)}
    result["full"] = measure_run(root)  # never profiled: the profiler's own memory and time
    if profile:  # the profile comes from a run of its own, on a fresh copy of the same raw/
        shadow = work / f"n{n_docs}-profiled"
        prepare_root(shadow)
        shutil.copytree(root / "raw", shadow / "raw")
        result["profiled_wall_s"] = measure_run(shadow, profile)["wall_s"]
        shutil.rmtree(shadow, ignore_errors=True)
    if n_docs == 5:
        result["warm"] = measure_run(root)  # `make data` again: installed .venv, filled cache
        result["warm_forced"] = measure_run(root, force=True)  # `make data FORCE=1`: the job runs
    if incremental:
        write_corpus(templates, 1, root / "added", seed=7)
        shutil.move(root / "added" / "synthetic-00000.txt", root / "raw" / "added-document.txt")
        result["incremental"] = measure_run(root)
        result["nochange"] = measure_run(root)
        result["nochange_forced"] = measure_run(root, force=True)
    return result


def summarise(
    results: list[dict], floor: float, throughput: dict | None, hostile: dict | None = None
) -> dict:
    by = {r["docs"]: r for r in results}
    seeds_warm = by.get(5, {}).get("warm", {}).get("wall_s")
    checks = {}
    if seeds_warm:
        checks["seeds_vs_floor"] = seeds_warm / floor
    if 10000 in by:
        checks["10000_s"] = by[10000]["full"]["wall_s"]
        checks["10000_rss_mb"] = by[10000]["full"]["peak_rss_mb"]
    big = by[max(by)]
    if "incremental" in big:
        checks["incremental_share"] = big["incremental"]["wall_s"] / big["full"]["wall_s"]
        if seeds_warm:
            checks["nochange_vs_seeds"] = big["nochange"]["wall_s"] / seeds_warm
    if throughput:
        checks["extract_mb_s"] = throughput["extract_mb_s_per_core"]
    if hostile:
        checks["hostile_vs_forced"] = hostile["ratio"]
    verdict = {}
    for key, value in checks.items():
        limit = TARGETS[key]
        ok = value >= limit if key == "extract_mb_s" else value <= limit
        verdict[key] = {"value": round(value, 3), "target": limit, "met": ok}
    return {
        "import_floor_s": floor,
        "seeds_warm_s": seeds_warm,
        "largest": big["docs"],
        "full_s": big["full"]["wall_s"],
        "incremental_s": big.get("incremental", {}).get("wall_s"),
        "nochange_s": big.get("nochange", {}).get("wall_s"),
        "seeds_forced_s": by.get(5, {}).get("warm_forced", {}).get("wall_s"),
        "nochange_forced_s": big.get("nochange_forced", {}).get("wall_s"),
        "baseline_mb_s": throughput["baseline_mb_s_per_core"] if throughput else None,
        "hostile": hostile,
        "targets": verdict,
    }


def _issue_table(report: dict) -> list[str]:
    """The scale issue's table: every figure, its target, met or not, beside floor and baseline."""
    s = report["summary"]
    t = s["targets"]
    floor = s["import_floor_s"]
    rows = []
    if "seeds_vs_floor" in t:
        rows.append(
            ("seeds_vs_floor", f"{s['seeds_warm_s']:.1f} s = {t['seeds_vs_floor']['value']:.2f}× floor")
        )
    if "10000_s" in t:
        rows.append(("10000_s", f"{t['10000_s']['value']:.1f} s"))
        rows.append(("10000_rss_mb", f"{t['10000_rss_mb']['value']:.0f} MB"))
    if "incremental_share" in t:
        share = t["incremental_share"]["value"]
        rows.append(("incremental_share", f"{s['incremental_s']:.1f} s ({share:.0%} of {s['full_s']:.1f} s)"))
    if "nochange_vs_seeds" in t:
        rows.append(
            ("nochange_vs_seeds", f"{s['nochange_s']:.1f} s = {t['nochange_vs_seeds']['value']:.2f}×")
        )
    if "extract_mb_s" in t:
        base = s["baseline_mb_s"]
        rows.append(
            ("extract_mb_s", f"{t['extract_mb_s']['value']:.2f} MB/s (naive baseline {base:.3f} MB/s)")
        )
    if "hostile_vs_forced" in t:
        h = s["hostile"]
        rows.append(
            (
                "hostile_vs_forced",
                f"{h['with_crafted_s']:.1f} s over {h['forced_run_s']:.1f} s = {h['ratio']:.2f}× "
                f"({', '.join(f'{k}: {v}' for k, v in h['crafted'].items())})",
            )
        )
    lines = [
        f"Import floor (`import {', '.join(LIBRARIES)}`): {floor:.2f} s. "
        f"Largest corpus: {s['largest']:,} texts.",
        "",
        "| case | now | target | met |",
        "| --- | --- | ---: | --- |",
    ]
    for key, text in rows:
        v = t[key]
        label = LABELS[key].format(n=s["largest"])
        lines.append(f"| {label} | {text} | {v['target']} | {'yes' if v['met'] else '**no**'} |")
    forced = [
        f"five texts {s['seeds_forced_s']:.1f} s = {s['seeds_forced_s'] / floor:.2f}× floor"
        if s.get("seeds_forced_s")
        else "",
        f"no change at {s['largest']:,} texts {s['nochange_forced_s']:.1f} s"
        if s.get("nochange_forced_s")
        else "",
    ]
    if any(forced):
        lines += [
            "",
            "`make data` runs nothing when nothing changed (`pipeline/uptodate.py`). With `FORCE=1` the job "
            "runs anyway, every stage reading its cache: " + "; ".join(f for f in forced if f) + ".",
        ]
    return lines


def render_markdown(report: dict) -> str:
    lines = [
        "# Benchmark",
        "",
        f"Machine: {report['machine']}. Wall times are noisy when the machine is shared; the "
        "throughput is CPU time of one process.",
        "",
        *_issue_table(report),
        "",
        "## Runs",
        "",
        "| docs | MB | run | wall s | peak MB | import s | steps s | GX s (share) | Dagster overhead s | "
        "extract MB/s |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in report["sizes"]:
        for kind in RUN_KINDS:
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
    lines += ["", "## Time per stage (seconds)", ""]
    columns = [(r, kind) for r in report["sizes"] for kind in RUN_KINDS if kind in r and r[kind]["steps_s"]]
    steps = sorted({k for r, kind in columns for k in r[kind]["steps_s"]})
    lines.append("| step | " + " | ".join(f"{r['docs']:,} {kind}" for r, kind in columns) + " |")
    lines.append("| --- |" + " ---: |" * len(columns))
    for s in steps:
        lines.append(f"| {s} | " + " | ".join(f"{r[k]['steps_s'].get(s, 0):.2f}" for r, k in columns) + " |")
    if report.get("throughput"):
        tp = report["throughput"]
        lines += [
            "",
            f"## Extraction alone ({tp['docs']:,} texts, {tp['mb']:.1f} MB, cProfile, top functions)",
            "",
            f"{tp['extract_cpu_s']:.2f} CPU s = {tp['extract_mb_s_per_core']:.2f} MB/s per core; "
            f"naive baseline (quantulum3, with its segmentation) {tp['baseline_mb_s_per_core']:.3f} MB/s "
            "per core.",
            "",
            "```",
            tp["profile"].strip(),
            "```",
        ]
    if report.get("profile"):
        lines += [
            "",
            f"## Profile of the {report['profile']['docs']:,}-text run (pyinstrument; whole tree in "
            f"`profile-{report['profile']['docs']}.txt`)",
            "",
            "```",
            report["profile"]["text"],
            "```",
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--sizes", default="5,1000,10000")
    parser.add_argument("--out", default=str(PROJECT_ROOT / "outputs" / "bench"))
    parser.add_argument("--profile-size", type=int, default=0, help="default: the largest size")
    parser.add_argument("--no-hostile", action="store_true", help="skip the crafted-texts measurement")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    templates = read_templates(PROJECT_ROOT / "raw")
    floor = import_floor()
    profile_size = args.profile_size or max(sizes)
    results = []
    profile_text = None
    throughput = None
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        for n in sizes:
            profile = out / f"profile-{n}.txt" if n == profile_size else None
            print(f"bench: {n} documents…", flush=True)
            results.append(run_size(n, templates, work, incremental=(n == max(sizes)), profile=profile))
            if profile and profile.exists():
                profile_text = profile.read_text(encoding="utf-8")
        tp_size = THROUGHPUT_SIZE if THROUGHPUT_SIZE in sizes else max(sizes)
        print(f"bench: extraction throughput on {tp_size} documents…", flush=True)
        throughput = measure_throughput(work / f"n{tp_size}" / "raw", work)
        hostile = None
        if not args.no_hostile:
            print("bench: the four crafted texts against a forced run…", flush=True)
            hostile = measure_hostile(work / "hostile")
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "sizes": results,
        "summary": summarise(results, floor, throughput, hostile),
        "throughput": throughput,
    }
    if profile_text:
        report["profile"] = {"docs": profile_size, "text": "\n".join(profile_text.splitlines()[:80])}
    (out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    (out / "report.md").write_text(render_markdown(report), encoding="utf-8")
    print(render_markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
