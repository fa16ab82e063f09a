"""The benchmark's report shows every figure of the scale issue's table, judged against its target."""

from __future__ import annotations

from bench.__main__ import TARGETS, render_markdown, summarise


def _run(wall: float, rss: float = 500.0) -> dict:
    return {
        "wall_s": wall,
        "peak_rss_mb": rss,
        "import_s": 1.0,
        "step_total_s": wall / 2,
        "gx_s": 1.0,
        "dagster_overhead_s": 0.5,
        "extract_s": 1.0,
        "steps_s": {"extract": 1.0},
    }


def test_every_target_of_the_issue_is_reported_and_judged() -> None:
    results = [
        {"docs": 5, "mb": 0.1, "full": _run(8.0), "warm": _run(6.0)},
        {
            "docs": 10000,
            "mb": 30.0,
            "full": _run(100.0, 1200.0),
            "incremental": _run(9.0),
            "nochange": _run(11.0),
        },
    ]
    throughput = {
        "docs": 1000,
        "mb": 3.0,
        "extract_cpu_s": 1.0,
        "extract_mb_s_per_core": 3.0,
        "baseline_mb_s_per_core": 0.1,
        "profile": "top functions",
    }
    hostile = {
        "forced_run_s": 10.0,
        "with_crafted_s": 30.0,
        "ratio": 3.0,
        "crafted": {"crafted-4999-amounts.txt": "published", "crafted-nel-heading.txt": "held back"},
    }
    summary = summarise(results, floor=3.0, throughput=throughput, hostile=hostile)
    verdict = summary["targets"]
    assert set(verdict) == set(TARGETS)
    assert verdict["seeds_vs_floor"]["value"] == 2.0 and verdict["seeds_vs_floor"]["met"]
    assert not verdict["10000_s"]["met"] and not verdict["10000_rss_mb"]["met"]
    assert verdict["incremental_share"]["met"] and verdict["nochange_vs_seeds"]["met"] is True
    assert not verdict["extract_mb_s"]["met"]
    assert verdict["hostile_vs_forced"] == {"value": 3.0, "target": 2.5, "met": False}
    text = render_markdown(
        {"machine": "test", "sizes": results, "summary": summary, "throughput": throughput}
    )
    assert "naive baseline 0.100 MB/s" in text and "Import floor" in text
    assert text.count("| **no** |") == 4
    shown = (
        "30.0 s over 10.0 s = 3.00× (crafted-4999-amounts.txt: published, crafted-nel-heading.txt: held back)"
    )
    assert shown in text


def test_the_forced_runs_are_reported_beside_the_runs_that_did_nothing() -> None:
    skipped = {**_run(0.2), "steps_s": {}, "extract_s": 0.0}
    results = [
        {"docs": 5, "mb": 0.1, "full": _run(8.0), "warm": skipped, "warm_forced": _run(6.0)},
        {
            "docs": 10000,
            "mb": 30.0,
            "full": _run(100.0),
            "incremental": _run(40.0),
            "nochange": skipped,
            "nochange_forced": _run(50.0),
        },
    ]
    summary = summarise(results, floor=3.0, throughput=None)
    report = {"machine": "test", "sizes": results, "summary": summary, "throughput": None, "profile": None}
    text = render_markdown(report)
    assert "five texts 6.0 s = 2.00× floor" in text
    assert "no change at 10,000 texts 50.0 s" in text
    assert "| 10,000 | 30.0 | nochange_forced | 50.0 |" in text
    assert summary["targets"]["nochange_vs_seeds"]["value"] == 1.0
